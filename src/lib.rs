//! 会务 (huiwu): prepare, record and publish the sessions of a local People's Congress
//! Standing Committee. This crate is the program: the window and the command line, built on
//! [`huiwu_core`], which holds everything else and has no window.
//!
//! - [`app`], [`views`], [`action`], [`command`], [`document`]: the editor window (egui).
//! - [`cli`]: `check`, `export`, `import`, `folder`, `sort-names` without a window.
//!
//! The core's modules are re-exported under their own names ([`model`], [`collation`], [`io`],
//! [`export`], [`import`], [`wording`]), so `crate::model::Session` reads the same here as in
//! the core.

pub use huiwu_core::{collation, export, import, io, model, wording};

pub mod action;
pub mod app;
pub mod cli;
pub mod command;
pub mod dialogs;
pub mod document;
pub mod sender;
pub mod views;
