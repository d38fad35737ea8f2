//! The core's tests, in one binary that links no window: the model and its rules, every
//! document and paper as text and DOCX, files and their versions, imports, the body's folder.
//! Regenerate golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test -p huiwu-core --test core`, then read the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

/// The repository's folder: sessions, fixtures and golden files are found from it.
pub const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

#[path = "../../../../tests/support/mod.rs"]
mod common;

mod announced_properties;
mod county_session;
mod example_session;
mod export;
mod files;
mod folder;
mod format_versions;
mod forms_23e;
mod forms_23f;
mod forms_23h;
mod forms_23i;
mod forms_23j;
mod forms_chosen;
mod forms_of_every_body;
mod forms_own_words;
mod hostile_files;
mod house_style;
mod import;
mod lists;
mod model_edits;
mod papers;
mod pdf;
mod person_on_disk;
mod personnel_forms;
mod properties;
mod record_as_facts;
mod reliability;
mod script_and_seating;
mod search;
mod voting;
