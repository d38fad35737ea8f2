//! Load, save (flushed to disk), check, every export in every format, and stroke-order sorting
//! of 300 names, on the example, the stress session and the county example; importing a large
//! roster (XLSX, GBK CSV) and a long DOCX report; importing rosters of 100,000 and 1,000,000
//! rows (issue 22: linear, about a second for 100,000), generated here.
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
    let xlsx_path =
        std::path::Path::new(common::REPO).join("tests/fixtures/import/roster-large.xlsx");
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

/// A roster of `rows` people as a GBK CSV, as Excel writes it on Chinese Windows.
fn roster_csv(rows: usize) -> Vec<u8> {
    let mut csv = String::with_capacity(rows * 40);
    csv.push_str("姓名,性别,职务,备注\r\n");
    for n in 0..rows {
        let gender = if n % 3 == 0 { "女" } else { "男" };
        csv.push_str(&format!("委员{n:07},{gender},委员,某单位{}\r\n", n % 97));
    }
    encoding_rs::GBK.encode(&csv).0.into_owned()
}

/// A roster of `rows` people as an XLSX workbook (shared strings, as Excel writes them).
fn roster_xlsx(rows: usize) -> Vec<u8> {
    use std::io::Write;
    let mut strings = vec!["姓名".to_owned(), "性别".to_owned(), "职务".to_owned()];
    strings.extend(["男", "女", "委员"].map(str::to_owned));
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
    );
    for n in 0..rows {
        let line = n + 2;
        let gender = if n % 3 == 0 { 4 } else { 3 };
        sheet.push_str(&format!(
            r#"<row r="{line}"><c r="A{line}" t="s"><v>{}</v></c><c r="B{line}" t="s"><v>{gender}</v></c><c r="C{line}" t="s"><v>5</v></c></row>"#,
            strings.len()
        ));
        strings.push(format!("委员{n:07}"));
    }
    sheet.push_str("</sheetData></worksheet>");
    let mut shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">"#,
        strings.len()
    );
    for text in &strings {
        shared.push_str(&format!("<si><t>{text}</t></si>"));
    }
    shared.push_str("</sst>");
    let parts: [(&str, &str); 6] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", &sheet),
        ("xl/sharedStrings.xml", &shared),
    ];
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        writer.start_file(name, options).unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// Importing large rosters (issue 22): 100,000 rows as GBK CSV and as XLSX, 1,000,000 rows as
/// GBK CSV, each read (bytes to rows), previewed against the stress session (what the dialog
/// works out once per mode) and applied to it (one undo step's work); generated here.
fn large_imports(c: &mut Criterion) {
    use huiwu::import::source::source_from_bytes;
    use huiwu::import::{ImportKind, ImportMode, PendingImport};
    let stress = common::stress();
    let mut group = c.benchmark_group("import_large");
    // Each run of the million-row cases takes seconds: the fewest samples criterion allows.
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(1));
    for (name, file, bytes) in [
        ("roster_100000_gbk_csv", "r.csv", roster_csv(100_000)),
        ("roster_100000_xlsx", "r.xlsx", roster_xlsx(100_000)),
        ("roster_1000000_gbk_csv", "r.csv", roster_csv(1_000_000)),
    ] {
        let path = std::path::Path::new(file);
        group.bench_function(format!("{name}/read"), |b| {
            b.iter(|| {
                let source = source_from_bytes(path, bytes.clone()).unwrap();
                PendingImport::read(ImportKind::Roster, &source).unwrap()
            });
        });
        let pending = PendingImport::read(
            ImportKind::Roster,
            &source_from_bytes(path, bytes.clone()).unwrap(),
        )
        .unwrap();
        group.bench_function(format!("{name}/preview"), |b| {
            b.iter(|| pending.preview_text(&stress, ImportMode::Add, None));
        });
        group.bench_function(format!("{name}/apply"), |b| {
            b.iter_batched(
                || stress.clone(),
                |mut session| pending.apply(&mut session, ImportMode::Replace, None),
                BatchSize::LargeInput,
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
    targets = files, names, imports, large_imports
}
criterion_main!(benches);
