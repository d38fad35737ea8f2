//! Nothing but a home for the benchmarks' dependencies: the benchmarks themselves are the
//! repository's `benches/*.rs` (docs/PERFORMANCE.md), built by `cargo bench` and by
//! `scripts/check.sh`, never by `cargo test`.
