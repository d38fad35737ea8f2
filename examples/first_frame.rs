//! A probe for the start-up time: opens the window, draws the first frame and exits.
//!
//! ```sh
//! first_frame sessions/hebi-12-09.ron   # the editor on a session, as `huiwu FILE` starts
//! first_frame --empty                   # an empty eframe window built the same way
//! ```
//!
//! Timed from outside (hyperfine, `/usr/bin/time -v` for the peak memory) under Xvfb; see
//! docs/PERFORMANCE.md. Both windows have the options `huiwu` opens its window with. With
//! `FIRST_FRAME_VERBOSE=1` each frame prints when it was drawn, counted from the start.

use std::path::PathBuf;
use std::process::ExitCode;

use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;

/// Draws frames with `draw` and closes the window once the first one is drawn.
struct FirstFrame {
    draw: Box<dyn FnMut(&mut egui::Ui)>,
    frames: u32,
}

impl eframe::App for FirstFrame {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        (self.draw)(ui);
        self.frames += 1;
        if std::env::var_os("FIRST_FRAME_VERBOSE").is_some() {
            eprintln!(
                "frame {} drawn at {:?}",
                self.frames,
                START.get().map(|s| s.elapsed())
            );
        }
        if self.frames == 1 {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

fn main() -> ExitCode {
    START.get_or_init(std::time::Instant::now);
    let argument = std::env::args_os().nth(1);
    let empty = argument.as_ref().is_none_or(|a| a == "--empty");
    let path = argument.filter(|_| !empty).map(PathBuf::from);
    // The options of `huiwu::app::run`.
    let options = huiwu::app::native_options();
    let result = eframe::run_native(
        "huiwu-first-frame",
        options,
        Box::new(move |cc| {
            let draw: Box<dyn FnMut(&mut egui::Ui)> = match path {
                None => Box::new(|ui| {
                    egui::CentralPanel::default().show(ui, |_| {});
                }),
                Some(path) => {
                    // As `huiwu FILE` starts: the bundled font, then the session loaded and shown.
                    install_fonts(&cc.egui_ctx);
                    let session = huiwu::io::load(&path)?;
                    let mut app = HuiwuApp::new(
                        Some(Document::opened(session, Some(path))),
                        AppConfig::default(),
                        Box::new(TypedPathOnly),
                    );
                    Box::new(move |ui| app.frame_ui(ui))
                }
            };
            Ok(Box::new(FirstFrame { draw, frames: 0 }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
