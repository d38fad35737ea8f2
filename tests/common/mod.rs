//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test file uses a different part
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::model::Session;

/// The example session committed under `sessions/`.
pub fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/hebi-12-09.ron")
}

/// Loads the example session.
pub fn example() -> Session {
    huiwu::io::load(&example_path()).expect("the example session loads")
}

/// A golden file under `tests/golden/`.
pub fn golden(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with a golden file, or writes it when HUIWU_UPDATE_GOLDEN is set.
pub fn check_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("HUIWU_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (HUIWU_UPDATE_GOLDEN=1 cargo test writes it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(actual.lines().count()), |i| i);
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// Folds white space for comparing with the gazette: every run of white space (incl. U+3000,
/// tabs and new lines) becomes one space; the ends are trimmed. The gazette's half-width
/// parentheses count as full-width ones (see tests/golden/README.md).
pub fn fold(text: &str) -> String {
    let unified: String = text
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            other => other,
        })
        .collect();
    unified.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The editor window `app` in a 1440×900 headless harness with the bundled font, not yet run.
pub fn window(app: HuiwuApp) -> Harness<'static, HuiwuApp> {
    Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(install_fonts)
        // Every run checks that each widget has a name a screen reader can say (fields beside
        // a label in a grid are named with `widgets::named`).
        .with_accessibility_check(true)
        .build_ui_state(|ui, app: &mut HuiwuApp| app.frame_ui(ui), app)
}

/// The session of the window's open document.
pub fn session<'h>(harness: &'h Harness<'_, HuiwuApp>) -> &'h Session {
    &harness.state().document.as_ref().unwrap().session
}
