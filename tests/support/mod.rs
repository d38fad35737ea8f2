//! Helpers shared by every test binary (the core's, the window's and the command line's): the
//! example session, golden files, folding white space. Each binary's root defines `REPO`, the
//! repository's folder, and includes this file with `#[path]`.
#![allow(dead_code)] // each test file uses a different part
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

use std::path::{Path, PathBuf};

use huiwu_core::model::Session;

pub use crate::REPO;

pub mod hostile;

/// A copy of the example body's folder (`sessions/hebi-12`: body.ron and the example session)
/// in a new temporary folder, named like it, to change.
pub fn copied_example_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("hebi-12");
    std::fs::create_dir(&folder).unwrap();
    let example = Path::new(REPO).join("sessions/hebi-12");
    for name in ["body.ron", "hebi-12-09.ron"] {
        std::fs::copy(example.join(name), folder.join(name)).unwrap();
    }
    (dir, folder)
}

/// The example session committed under `sessions/`.
pub fn example_path() -> PathBuf {
    Path::new(REPO).join("sessions/hebi-12-09.ron")
}

/// Loads the example session.
pub fn example() -> Session {
    huiwu_core::io::load(&example_path()).expect("the example session loads")
}

/// The county example committed under `sessions/` (淇县, two plenary sittings).
pub fn county() -> Session {
    huiwu_core::io::load(&Path::new(REPO).join("sessions/qixian-17-15.ron"))
        .expect("the county example loads")
}

/// A golden file under `tests/golden/`.
pub fn golden(name: &str) -> String {
    let path = Path::new(REPO).join("tests/golden").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn golden_path(name: &str) -> PathBuf {
    Path::new(REPO).join("tests/golden").join(name)
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

/// The operator the tests announce results as, at a fixed time.
pub fn operator() -> huiwu_core::model::recorded::Announcer {
    huiwu_core::model::recorded::Announcer {
        by: "测试操作员".to_owned(),
        at: chrono::NaiveDate::from_ymd_opt(2023, 12, 21)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap(),
    }
}

/// A text of the shared material the tests compare with (the seed gazette, DOMAIN.md), from
/// the copy committed under `tests/fixtures/shared/`: always there, so a test never passes by
/// finding nothing. Where the shared folder is beside the project, the copy must still be the
/// same as it.
pub fn shared_text(relative: &str) -> String {
    let copy = Path::new(REPO).join("tests/fixtures/shared").join(relative);
    let text = std::fs::read_to_string(&copy).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the copy of ../shared/{relative} committed for the tests is missing)",
            copy.display()
        )
    });
    let original = Path::new(REPO).join("../shared").join(relative);
    if let Ok(original) = std::fs::read_to_string(&original) {
        assert!(
            original == text,
            "tests/fixtures/shared/{relative} differs from ../shared/{relative}: copy it again"
        );
    }
    text
}
