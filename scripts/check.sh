#!/usr/bin/env bash
# What to run before a commit: formatting, lints, every test, and the benchmarks built.
# `--lint-only` (what .ci/run uses, which then runs the README's test command itself) stops
# after the build, and builds what `cargo test` builds, no more: the benchmarks
# (crates/bench: criterion, egui's demo) are left to this script's full run and to
# `cargo bench`, since CI has no use for them (docs/PERFORMANCE.md, "A cold CI").
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
# Lints our crates while they are compiled for the tests (scripts/lint-env.sh).
source scripts/lint-env.sh
if [[ "${1:-}" == "--lint-only" ]]; then
    cargo test --locked --no-run
    exit 0
fi
# `--all-targets` lints (and builds) the benchmarks too.
cargo test --locked --all-targets --no-run
# The README's test command, with the artifacts just built.
cargo test
