//! 会务 (huiwu): prepare, record and publish the sessions of a local People's Congress
//! Standing Committee.
//!
//! - [`model`]: the session and its parts as pure data, with the rules (quorum, passing, verdicts).
//! - [`collation`]: stroke-order comparison of names and their display padding.
//! - [`io`]: RON files: versioned, deterministic, atomic saves, friendly load errors.
//! - [`export`]: the published texts (name lists …) built from a session.
//! - [`import`]: rosters, 列席 lists and reports from Excel, CSV, Word and pasted text.
//! - [`cli`]: `check`, `export` and `sort-names` without a window.
//! - [`app`], [`views`], [`action`], [`command`], [`document`]: the editor window (egui).
//!
//! `model`, `collation`, `io`, `export` and `import` never use egui: the command line, the tests and the
//! benchmarks run without a window.

pub mod action;
pub mod app;
pub mod cli;
pub mod collation;
pub mod command;
pub mod dialogs;
pub mod document;
pub mod export;
pub mod import;
pub mod io;
pub mod model;
pub mod views;
