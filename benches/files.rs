//! Load, save (flushed to disk), check, every export in every format, and stroke-order sorting
//! of 300 names, on the example, the stress session and the county example; importing a large
//! roster (XLSX, GBK CSV) and a long DOCX report.
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

/// Importing (issue 16): a roster of 2,200 rows as XLSX and as GBK CSV, read and previewed
/// against the stress session; the stress session's 会刊 (every report) as DOCX, read as a report.
fn imports(c: &mut Criterion) {
    use huiwu::import::source::source_from_bytes;
    use huiwu::import::{ImportKind, ImportMode, PendingImport};
    let stress = common::stress();
    let xlsx_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/roster-large.xlsx");
    let xlsx = std::fs::read(&xlsx_path).unwrap();
    let mut csv = String::from("姓名,性别,职务,备注\r\n");
    let PendingImport::Roster(roster) = PendingImport::read(
        ImportKind::Roster,
        &source_from_bytes(&xlsx_path, xlsx.clone()).unwrap(),
    )
    .unwrap() else {
        unreachable!()
    };
    for row in &roster.rows {
        csv.push_str(&format!(
            "{},{},{},{}\r\n",
            row.name,
            row.gender.label(),
            row.role.label(),
            row.note
        ));
    }
    let (gbk, _, _) = encoding_rs::GBK.encode(&csv);
    let gbk = gbk.into_owned();
    let directory = tempfile::tempdir().unwrap();
    let docx_path = directory.path().join("gazette.docx");
    huiwu::export::export_to_file(&stress, DocKind::Gazette, &docx_path).unwrap();
    let docx = std::fs::read(&docx_path).unwrap();
    let mut group = c.benchmark_group("import");
    for (name, path, bytes, kind) in [
        (
            "roster_2200_xlsx",
            xlsx_path.clone(),
            xlsx,
            ImportKind::Roster,
        ),
        (
            "roster_2200_gbk_csv",
            directory.path().join("r.csv"),
            gbk,
            ImportKind::Roster,
        ),
        (
            "report_gazette_docx",
            docx_path.clone(),
            docx,
            ImportKind::Report,
        ),
    ] {
        group.bench_function(format!("{name}/read"), |b| {
            b.iter(|| {
                let source = source_from_bytes(&path, bytes.clone()).unwrap();
                PendingImport::read(kind, &source).unwrap()
            });
        });
        let pending =
            PendingImport::read(kind, &source_from_bytes(&path, bytes.clone()).unwrap()).unwrap();
        group.bench_function(format!("{name}/preview"), |b| {
            b.iter(|| pending.preview_text(&stress, ImportMode::Add, None));
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
    targets = files, names, imports
}
criterion_main!(benches);
