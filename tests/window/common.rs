//! The window's test helpers: a headless harness on the app, and the helpers of every binary.

use egui_kittest::Harness;
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::model::Session;

pub use crate::support::*;

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
