//! Load, save (flushed to disk), check, every export in every format, and stroke-order sorting
//! of 300 names, on the example, the stress session and the county example.
//! `cargo bench --bench files`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: a failure stops it right there

mod common;

use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use huiwu::collation::sorted_names;
use huiwu::export::{DocKind, Format};
use huiwu::model::NameOrderMode;
use huiwu::model::check::check_session;

fn files(c: &mut Criterion) {
    let directory = tempfile::tempdir().unwrap();
    let sessions = common::sessions()
        .into_iter()
        .chain([("county", common::county())]);
    for (name, session) in sessions {
        let path = directory.path().join(format!("{name}.ron"));
        huiwu::io::save(&session, &path).unwrap();
        let mut group = c.benchmark_group(name);
        group.bench_function("load", |b| b.iter(|| huiwu::io::load(&path).unwrap()));
        // Saving over the unchanged file: written beside it, flushed, renamed into place.
        group.bench_function("save", |b| {
            b.iter(|| huiwu::io::save(&session, &path).unwrap());
        });
        group.bench_function("check", |b| b.iter(|| check_session(&session)));
        for doc in DocKind::ALL {
            for format in Format::ALL {
                group.bench_function(
                    format!("export/{}/{}", doc.key(), format.extension()),
                    |b| b.iter(|| huiwu::export::render(&session, doc, format).unwrap()),
                );
            }
        }
        group.finish();
    }
}

fn names(c: &mut Criterion) {
    let stress = common::stress();
    let names: Vec<String> = stress.roster.iter().map(|m| m.name.clone()).collect();
    assert_eq!(names.len(), 300);
    let mut group = c.benchmark_group("sort_300_names");
    for mode in [NameOrderMode::FullName, NameOrderMode::Surname] {
        group.bench_function(format!("{mode:?}"), |b| {
            b.iter_batched(
                || names.clone(),
                |names| sorted_names(&names, mode),
                BatchSize::SmallInput,
            );
        });
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
    targets = files, names
}
criterion_main!(benches);
