//! The CPU time of one frame of each main screen, drawn headless at 1920×1080 (UI pass and
//! tessellation), on the example and the stress session, and of egui's own demo windows.
//! `cargo bench --bench frames`; `cargo bench --bench ratios` prints the targets' ratios.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: a failure stops it right there

mod common;

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.bench_function("demo", |b| {
        let mut demo = common::demo();
        b.iter(|| demo.frame());
    });
    for (session_name, session) in common::sessions() {
        for (name, screen) in common::screens() {
            group.bench_function(format!("{session_name}/{name}"), |b| {
                let mut editor = common::editor(session.clone(), screen);
                b.iter(|| editor.frame());
            });
        }
    }
    group.finish();
}

fn config() -> Criterion {
    // Short runs: the machine is shared, and a whole `cargo bench` should take minutes.
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = frames
}
criterion_main!(benches);
