//! The window's tests, in one binary: every screen and dialog driven headless with
//! egui_kittest (query by label, click, type, assert on the session).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

/// The repository's folder: sessions, fixtures and golden files are found from it.
pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

#[path = "../support/mod.rs"]
mod support;

mod common;

mod console;
mod editor;
mod folder_window;
mod forms_23e;
mod forms_23f;
mod forms_23h;
mod forms_23i;
mod forms_23j;
mod hostile;
mod house_style;
mod import;
mod model_edits;
mod office;
mod own_words;
mod papers;
mod personnel_decisions;
mod reliability_ui;
mod script_and_seating;
mod sittings;
mod tables;
mod voting;
