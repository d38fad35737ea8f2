//! 会务's core: everything the program knows and does about a session and a term, without a
//! window. The compiler keeps the boundary: this crate depends on no egui, eframe, winit or glow,
//! so the command line, the tests and the benchmarks build and run without them.
//!
//! - [`model`]: the session and the term as pure data, with the rules (quorum, passing, verdicts,
//!   who is present, what was decided) and every change as a method.
//! - [`collation`]: stroke-order comparison of names and their display padding.
//! - [`io`]: RON files: versioned, deterministic, atomic saves, locks, recovery, friendly errors.
//! - [`import`]: rosters, 列席 lists and reports from Excel, CSV, Word and pasted text.
//! - [`wording`]: the words of the record, one owner for each sentence and order.
//! - [`export`]: the published texts and papers, and their writers (text, Markdown, HTML, DOCX).

pub mod collation;
pub mod export;
pub mod import;
pub mod io;
pub mod model;
pub mod wording;
