#!/usr/bin/env bash
# What CI runs, and what to run before a commit: formatting, lints, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
# Clippy lints our own crates while they are compiled for the tests: clippy-driver is the rustc
# of the workspace's crates (what `cargo clippy` does, but generating code), with every warning
# an error. The dependencies are compiled once, instead of once checked for `cargo clippy` and
# once more built for `cargo test`: a cold run takes half the time (docs/PERFORMANCE.md, "CI").
# `--all-targets` lints (and builds) the benchmarks too; the second command runs the tests with
# the same artifacts.
RUSTC_WORKSPACE_WRAPPER="$(rustc --print sysroot)/bin/clippy-driver"
CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
export RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS
cargo test --locked --all-targets --no-run
cargo test --locked
