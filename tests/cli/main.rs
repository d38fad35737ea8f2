//! The command line's tests, in one binary that links no window: `huiwu check`, `export`,
//! `import`, `folder`, `format` and `sort-names` run as a person runs them, and what they write
//! and say.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

/// The repository's folder: sessions, fixtures and golden files are found from it.
pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

#[path = "../support/mod.rs"]
mod common;

mod commands;
mod crash_safe_save;
mod export;
mod folder;
mod hostile;
mod import;
mod papers;
mod reliability;
mod style;
