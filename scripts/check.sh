#!/usr/bin/env bash
# What CI runs, and what to run before a commit: formatting, lints, tests.
# `--lint-only` (what .ci/run uses, which then runs the README's test command itself) stops
# after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
# Lints our crates while they are compiled for the tests (scripts/lint-env.sh); `--all-targets`
# lints (and builds) the benchmarks too.
source scripts/lint-env.sh
cargo test --locked --all-targets --no-run
if [[ "${1:-}" == "--lint-only" ]]; then
    exit 0
fi
# The README's test command, with the artifacts just built.
cargo test
