//! Issue 15's target: a body's folder the size of a term (40 sessions, 300 suggestions, 80
//! 审议意见; `huiwu_stress::folder`) opens and computes its registers in a time comparable to
//! opening one session. Measured side by side in one run, with criterion:
//!
//! - `one_session/load`: opening one session of the folder (`io::load`, what the window does);
//! - `folder/open_cached`: opening the folder as the window and `huiwu folder` do (body.ron, the
//!   summaries of unchanged sessions from the cache) and computing every register;
//! - `folder/open_uncached`: the same reading every session (the first opening, or every
//!   session changed);
//! - `folder/registers`: the registers alone, from an opened folder.
//!
//! After criterion, the same three are timed in turn, 30 rounds (interleaved, so that a busy
//! neighbour slows them alike), and the medians and their ratios printed.
//!
//! `cargo bench --bench folder`; the ratios are in docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // a benchmark: a failure stops it right there

mod common;

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use huiwu::app::install_fonts;
use huiwu::export::registers::{FolderDocKind, FolderDocOptions};
use huiwu::io::folder::{OpenedFolder, open_folder, open_folder_cached};
use huiwu::io::folder_cache::SummaryCache;
use huiwu::views::folder::{FolderPage, FolderView};
use huiwu_stress::folder::{FolderSize, stress_folder, write_stress_folder};

/// Every register of the term, as `huiwu folder` sums them up.
fn registers(opened: &OpenedFolder, today: chrono::NaiveDate) -> usize {
    let term = opened.term();
    let mut rows = 0;
    for year in term.held_years(today) {
        rows += term.attendance_record(year, today).rows.len();
    }
    let register = term.appointments();
    rows += register.holders().len() + register.search("局长").len();
    rows += term.overdue_opinions(today).len() + term.reports_without_opinion().len();
    rows += term.document_index().len();
    for year in opened.body.suggestion_years() {
        rows += term.suggestion_figures(year, today).total as usize;
    }
    rows
}

/// The stress folder written into `directory`, its cache filled: (folder, cache, one session).
fn setup(directory: &Path) -> (std::path::PathBuf, SummaryCache, std::path::PathBuf) {
    let folder = directory.join("stress");
    let example_body =
        huiwu::io::folder::load_body(&Path::new(common::REPO).join("sessions/hebi-12/body.ron"))
            .unwrap();
    let stress = stress_folder(&common::example(), &example_body, &FolderSize::ISSUE);
    write_stress_folder(&folder, &stress).unwrap();
    let cache = SummaryCache::at(directory.join("cache"));
    // Filled once, as by the first opening.
    let opened = open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!(opened.sessions.len(), 40);
    assert_eq!(opened.body.suggestions.len(), 300);
    assert!(registers(&opened, TODAY) > 0);
    let one = folder.join("stress-20.ron");
    (folder, cache, one)
}

/// The day of the registers: the end of the generated term.
const TODAY: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 12, 31) {
    Some(day) => day,
    None => chrono::NaiveDate::MIN,
};

fn folder(c: &mut Criterion) {
    let directory = tempfile::tempdir().unwrap();
    let (folder, cache, one) = setup(directory.path());
    let today = TODAY;
    let opened = open_folder_cached(&folder, Some(&cache)).unwrap();

    let mut group = c.benchmark_group("one_session");
    group.bench_function("load", |b| b.iter(|| huiwu::io::load(&one).unwrap()));
    group.finish();
    let mut group = c.benchmark_group("folder");
    group.bench_function("open_cached", |b| {
        b.iter(|| {
            let opened = open_folder_cached(&folder, Some(&cache)).unwrap();
            assert_eq!(opened.from_cache, 40);
            registers(&opened, today)
        });
    });
    group.bench_function("open_uncached", |b| {
        b.iter(|| registers(&open_folder(&folder).unwrap(), today));
    });
    group.bench_function("registers", |b| b.iter(|| registers(&opened, today)));
    group.bench_function("documents", |b| b.iter(|| documents(&opened, today)));
    group.finish();

    // One frame of each page of the folder screen on the term-sized folder.
    let mut group = c.benchmark_group("folder_frame");
    for page in FolderPage::ALL {
        let mut view = FolderView::new(open_folder_cached(&folder, Some(&cache)).unwrap());
        view.page = page;
        let mut headless =
            common::Headless::new(common::FolderFrame { view, today }, install_fonts);
        group.bench_function(page.label(), |b| b.iter(|| headless.frame()));
    }
    group.finish();
}

/// Every document of the term built (a document with nothing to print, such as 审议意见 with
/// no text written, counts as none): the number of blocks.
fn documents(opened: &OpenedFolder, today: chrono::NaiveDate) -> usize {
    let term = opened.term();
    let options = FolderDocOptions { year: None, today };
    FolderDocKind::ALL
        .into_iter()
        .filter_map(|kind| huiwu::export::registers::build(&term, kind, options).ok())
        .map(|doc| doc.blocks.len())
        .sum()
}

fn config() -> Criterion {
    // Short runs: the machine is shared.
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = folder
}

/// The median of `times`.
fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The three timed in turn, 30 rounds; medians and ratios printed.
fn side_by_side() {
    let directory = tempfile::tempdir().unwrap();
    let (folder, cache, one) = setup(directory.path());
    let today = TODAY;
    let time = |f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        f();
        start.elapsed()
    };
    let (mut single, mut cached, mut uncached) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..30 {
        single.push(time(&mut || {
            huiwu::io::load(&one).unwrap();
        }));
        cached.push(time(&mut || {
            registers(&open_folder_cached(&folder, Some(&cache)).unwrap(), today);
        }));
        uncached.push(time(&mut || {
            registers(&open_folder(&folder).unwrap(), today);
        }));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (single, cached, uncached) = (median(single), median(cached), median(uncached));
    println!("side by side, medians of 30 rounds:");
    println!(
        "  one session, load:                     {:8.2} ms",
        ms(single)
    );
    println!(
        "  folder (40 sessions), cached + registers: {:8.2} ms  {:5.2} x one session",
        ms(cached),
        ms(cached) / ms(single)
    );
    println!(
        "  folder, every session read + registers:   {:8.2} ms  {:5.2} x one session",
        ms(uncached),
        ms(uncached) / ms(single)
    );
}

fn main() {
    benches();
    // Only `cargo bench` (which passes `--bench`) times side by side; `cargo test --benches`
    // runs criterion's quick check only.
    if std::env::args().any(|a| a == "--bench") {
        side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
