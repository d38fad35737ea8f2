//! The window's test helpers: a headless harness on the app, and the helpers of every binary.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::model::Session;

pub use crate::support::*;

/// The editor window `app` in a 1440×900 headless harness with the bundled font, not yet run.
pub fn window(app: HuiwuApp) -> Harness<'static, HuiwuApp> {
    window_of_size(app, egui::vec2(1440.0, 900.0))
}

/// A window of `size`: a page long enough to be drawn only in part (the parts out of view are
/// not drawn) is looked at whole in a window as tall as the page.
pub fn window_of_size(app: HuiwuApp, size: egui::Vec2) -> Harness<'static, HuiwuApp> {
    Harness::builder()
        .with_size(size)
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

/// Types `text` into the field named `label`, replacing what it holds.
pub fn type_into(harness: &mut Harness<'_, HuiwuApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Opens 导入 of `kind`, types `path` and asks for its preview. Not `run` at the end: a large
/// file is read on a worker thread behind a spinner, which keeps asking for frames.
pub fn ask_import_preview(
    harness: &mut Harness<'_, HuiwuApp>,
    kind: huiwu::import::ImportKind,
    path: &std::path::Path,
) {
    harness
        .state_mut()
        .queue(huiwu::command::Command::Import(kind));
    harness.run();
    type_into(harness, "导入文件路径", &path.display().to_string());
    harness.get_by_label("预览").click();
    harness.run_steps(3);
}

/// The editor window `app` in a 1024×768 headless harness (a small office screen or a
/// projector), with the bundled font, not yet run.
pub fn small_window(app: HuiwuApp) -> Harness<'static, HuiwuApp> {
    Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .with_context_setup(install_fonts)
        .with_accessibility_check(true)
        .build_ui_state(|ui, app: &mut HuiwuApp| app.frame_ui(ui), app)
}

/// File dialogs that choose nothing and remember every file the window asked the desktop to
/// open (a PDF to print), instead of opening it.
#[derive(Clone, Default)]
pub struct RecordingDialogs {
    /// The files the window asked to open, in order.
    pub opened: std::sync::Arc<std::sync::Mutex<Vec<std::path::PathBuf>>>,
    /// The folders the window started its dialogs in, in order.
    pub started_in: std::sync::Arc<std::sync::Mutex<Vec<Option<std::path::PathBuf>>>>,
}

impl huiwu::dialogs::FileDialogs for RecordingDialogs {
    fn pick_open(&self, folder: Option<&std::path::Path>) -> Option<std::path::PathBuf> {
        self.started_in
            .lock()
            .unwrap()
            .push(folder.map(ToOwned::to_owned));
        None
    }

    fn pick_save(
        &self,
        folder: Option<&std::path::Path>,
        _name: &str,
        _extension: &str,
    ) -> Option<std::path::PathBuf> {
        self.started_in
            .lock()
            .unwrap()
            .push(folder.map(ToOwned::to_owned));
        None
    }

    fn open_in_viewer(&self, path: &std::path::Path) -> Result<(), String> {
        self.opened.lock().unwrap().push(path.to_owned());
        Ok(())
    }
}
