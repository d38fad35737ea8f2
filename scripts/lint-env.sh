# Sourced by scripts/check.sh and .ci/run: clippy-driver as the compiler of the workspace's crates
# (what `cargo clippy` does, but generating code), every warning an error. The dependencies are
# then compiled once, for the lints and the tests alike, instead of once checked for
# `cargo clippy` and once more built for `cargo test` (docs/PERFORMANCE.md, "A cold CI"). Cargo
# rebuilds the workspace's crates when the compiler changes, so every command of a run keeps it.
RUSTC_WORKSPACE_WRAPPER="$(rustc --print sysroot)/bin/clippy-driver"
CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
export RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS
