//! Issue 7's targets, measured side by side: frames of the example and the stress session and
//! of egui's demo are drawn in turn (interleaved, so that a noisy neighbour slows all three
//! alike), and the medians and their ratios are printed with the sanity bounds of load, save
//! and DOCX export. `cargo bench --bench ratios`; docs/PERFORMANCE.md explains the figures.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // a benchmark: a failure stops it right there

mod common;

use std::time::{Duration, Instant};

use huiwu::export::{DocKind, Format};

/// Frames timed per screen and session (after the warm-up); `HUIWU_BENCH_FRAMES` overrides.
/// `HUIWU_BENCH_SCREENS=votes,agenda` limits the screens measured.
const FRAMES: usize = 200;

/// The most a screen may cost on the stress session (or the term-sized folder) against the
/// example (issue 21).
const GROWTH: f64 = 1.25;

/// Repetitions of each file operation.
const FILE_RUNS: usize = 30;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // Only `cargo bench` (which passes `--bench`) measures; `cargo test --benches` does not.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let frames: usize = std::env::var("HUIWU_BENCH_FRAMES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(FRAMES);
    let example = common::example();
    let stress = common::stress();
    println!(
        "frames per screen and session: {frames} (medians, ms of CPU work per frame: UI pass + tessellation)"
    );
    println!(
        "{:<13} {:>9} {:>9} {:>11} {:>9} {:>13} | {:>9} {:>9} {:>11}",
        "screen",
        "example",
        "stress",
        "stress/ex",
        "demo",
        "example/demo",
        "view ex.",
        "view st.",
        "stress/ex"
    );
    let mut demo = common::demo();
    let mut all_met = true;
    // `HUIWU_BENCH_SCREENS=votes,agenda` measures only those screens.
    let only = std::env::var("HUIWU_BENCH_SCREENS").ok();
    for (name, screen) in common::screens() {
        if only
            .as_ref()
            .is_some_and(|o| !o.split(',').any(|s| s == name))
        {
            continue;
        }
        let mut on_example = common::editor(example.clone(), screen);
        let mut on_stress = common::editor(stress.clone(), screen);
        let mut view_example = common::screen_only(example.clone(), screen);
        let mut view_stress = common::screen_only(stress.clone(), screen);
        let mut times = [Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new()];
        for _ in 0..frames {
            times[0].push(time(|| {
                std::hint::black_box(on_example.frame());
            }));
            times[1].push(time(|| {
                std::hint::black_box(on_stress.frame());
            }));
            times[2].push(time(|| {
                std::hint::black_box(demo.frame());
            }));
            times[3].push(time(|| {
                std::hint::black_box(view_example.frame());
            }));
            times[4].push(time(|| {
                std::hint::black_box(view_stress.frame());
            }));
        }
        let [
            example_ms,
            stress_ms,
            demo_ms,
            view_example_ms,
            view_stress_ms,
        ] = times.map(|t| ms(median(t)));
        let growth = stress_ms / example_ms;
        let view_growth = view_stress_ms / view_example_ms;
        let against_demo = example_ms / demo_ms;
        // Issue 21: every screen on the stress session within 1.25× the example; issue 7: the
        // example's frame no dearer than egui's demo.
        let met = view_growth <= GROWTH && against_demo <= 1.0;
        all_met &= met;
        println!(
            "{name:<13} {example_ms:>9.3} {stress_ms:>9.3} {growth:>10.2}× {demo_ms:>9.3} {against_demo:>12.2}× | {view_example_ms:>9.3} {view_stress_ms:>9.3} {view_growth:>10.2}× {}",
            if met { "ok" } else { "NOT MET" }
        );
    }

    // The folder's pages: the example's folder (sessions/hebi-12) against a term of 40
    // sessions and 300 suggestions, on the last day of the generated term.
    let directory = tempfile::tempdir().unwrap();
    let (example_folder, stress_folder) = common::folders(directory.path());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    println!();
    // Alongside the ratio: the rows each page has in view, and what a row in view costs (the
    // difference between the two frames over the difference in rows), since the example's
    // folder fills most pages only in part.
    // And the vertices of each frame's triangles, which egui copies into every frame however
    // they were made: what a row in view costs at the least.
    println!(
        "{:<13} {:>9} {:>9} {:>11} | {:>9} {:>9} {:>11} | {:>9} {:>9} {:>13}",
        "folder page",
        "example",
        "term",
        "term/ex",
        "rows ex.",
        "rows term",
        "µs a row",
        "vert. ex.",
        "vert. term",
        "µs/1000 vert."
    );
    // `HUIWU_BENCH_PAGES=会议,审议意见` measures only those pages of the folder.
    let pages = std::env::var("HUIWU_BENCH_PAGES").ok();
    for page in huiwu::views::folder::FolderPage::ALL {
        if pages
            .as_ref()
            .is_some_and(|only| !only.split(',').any(|p| p == page.label()))
        {
            continue;
        }
        let frame_of = |opened: &huiwu::io::folder::OpenedFolder| {
            let mut view = huiwu::views::folder::FolderView::new(opened.clone());
            view.page = page;
            common::Headless::new(
                common::FolderFrame { view, today },
                huiwu::app::install_fonts,
            )
        };
        let mut on_example = frame_of(&example_folder);
        let mut on_stress = frame_of(&stress_folder);
        let mut times = [Vec::new(), Vec::new()];
        for _ in 0..frames {
            times[0].push(time(|| {
                std::hint::black_box(on_example.frame());
            }));
            times[1].push(time(|| {
                std::hint::black_box(on_stress.frame());
            }));
        }
        let [example_ms, stress_ms] = times.map(|t| ms(median(t)));
        let growth = stress_ms / example_ms;
        let met = growth <= GROWTH;
        all_met &= met;
        let rows_example = huiwu::views::widgets::grid_rows_drawn(on_example.ctx());
        let rows_stress = huiwu::views::widgets::grid_rows_drawn(on_stress.ctx());
        let per_row = if rows_stress > rows_example {
            format!(
                "{:.2}",
                (stress_ms - example_ms) * 1000.0 / (rows_stress - rows_example) as f64
            )
        } else {
            "-".to_owned()
        };
        let (vertices_example, vertices_stress) = (on_example.vertices(), on_stress.vertices());
        let per_vertex = if vertices_stress > vertices_example {
            format!(
                "{:.2}",
                (stress_ms - example_ms) * 1e6 / (vertices_stress - vertices_example) as f64
            )
        } else {
            "-".to_owned()
        };
        println!(
            "{:<13} {example_ms:>9.3} {stress_ms:>9.3} {growth:>10.2}× | {rows_example:>9} {rows_stress:>9} {per_row:>11} | {vertices_example:>9} {vertices_stress:>9} {per_vertex:>13} {}",
            page.label(),
            if met { "ok" } else { "NOT MET" }
        );
    }

    let saved = directory.path().join("example.ron");
    let load = median(
        (0..FILE_RUNS)
            .map(|_| time(|| drop(huiwu::io::load(&common::example_path()).unwrap())))
            .collect(),
    );
    let save = median(
        (0..FILE_RUNS)
            .map(|_| time(|| huiwu::io::save(&example, &saved).unwrap()))
            .collect(),
    );
    let docx = median(
        (0..FILE_RUNS)
            .map(|_| {
                time(|| {
                    drop(huiwu::export::render(&example, DocKind::Minutes, Format::Docx).unwrap());
                })
            })
            .collect(),
    );
    println!();
    for (what, took, bound) in [
        ("load the example", load, 20.0),
        ("save the example (flushed)", save, 30.0),
        ("minutes of the example as DOCX", docx, 50.0),
    ] {
        let met = ms(took) < bound;
        all_met &= met;
        println!(
            "{what:<32} {:>8.3} ms   (bound {bound} ms) {}",
            ms(took),
            if met { "ok" } else { "NOT MET" }
        );
    }
    println!();
    println!(
        "{}",
        if all_met {
            "every frame and file target met"
        } else {
            "some targets NOT MET"
        }
    );
}
