//! 查找 (Ctrl+F): a small window beside the editor. Typing searches the whole session (the
//! core's [`crate::model::search`]); each hit says where it is; a click, or Enter for the next
//! one, goes there. Esc closes it.

use egui::{RichText, Ui};

use crate::model::Session;
use crate::model::search::{Hit, MAX_HITS, Place, search};

/// The find window's state.
#[derive(Debug, Default)]
pub struct FindDialog {
    /// The text typed.
    pub query: String,
    /// What the hits were found for (searched again when the query or the session changes).
    searched: Option<String>,
    /// The hits of `searched`.
    pub hits: Vec<Hit>,
    /// The hit shown last (Enter goes to the one after it).
    current: Option<usize>,
    /// Put the keyboard in the field on the next frame (just opened).
    focus: bool,
}

impl FindDialog {
    /// A find window with the keyboard in its field.
    pub fn new() -> Self {
        Self {
            focus: true,
            ..Self::default()
        }
    }

    /// Puts the keyboard back in the field (Ctrl+F again).
    pub fn refocus(&mut self) {
        self.focus = true;
    }

    /// Draws the window; returns the place to go to, and whether the person closed it.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        session: &Session,
        changed: bool,
    ) -> (Option<Place>, bool) {
        let mut open = true;
        let mut go = None;
        egui::Window::new("查找")
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(420.0)
            .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 64.0))
            .show(ctx, |ui| go = self.contents_ui(ui, session, changed));
        let escaped = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        (go, !open || escaped)
    }

    fn contents_ui(&mut self, ui: &mut Ui, session: &Session, changed: bool) -> Option<Place> {
        let field = crate::views::widgets::named(
            ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .hint_text("议题、姓名、单位、报告中的文字…")
                    .desired_width(f32::INFINITY),
            ),
            "查找内容",
        );
        if std::mem::take(&mut self.focus) {
            field.request_focus();
        }
        if changed || self.searched.as_deref() != Some(self.query.as_str()) {
            self.hits = search(session, &self.query);
            self.searched = Some(self.query.clone());
            self.current = None;
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut go = None;
        if enter && !self.hits.is_empty() {
            let next = self.current.map_or(0, |at| (at + 1) % self.hits.len());
            self.current = Some(next);
            go = Some(self.hits[next].place);
            field.request_focus();
        }
        if self.query.trim().is_empty() {
            ui.weak("输入要查找的文字，按回车转到下一处。");
            return go;
        }
        let count = self.hits.len();
        ui.label(match count {
            0 => "没有找到。".to_owned(),
            MAX_HITS.. => format!("找到{MAX_HITS}处以上（只列出前{MAX_HITS}处）："),
            _ => format!("找到{count}处："),
        });
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for (index, hit) in self.hits.iter().enumerate() {
                    let selected = self.current == Some(index);
                    let text = format!("{}\n{}", hit.location, hit.excerpt);
                    let response = ui.add(egui::Button::selectable(selected, RichText::new(text)));
                    if selected && go.is_some() {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        self.current = Some(index);
                        go = Some(hit.place);
                    }
                }
            });
        go
    }
}
