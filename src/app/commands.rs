//! The one route of every request that opens, saves or closes: menus, shortcuts and dialog
//! buttons queue [`Request`]s while drawing; they are carried out here, after drawing.

use super::HuiwuApp;
use super::files::{body_file_folder, default_house_style_path, default_save_path};
use crate::command::{Command, Intent, OpenMode, Request};
use crate::document::Document;
use crate::io::recovery::discard_recovery;
use crate::model::Session;
use crate::views::dialogs::{Modal, PathPurpose};
use crate::views::{self, EditorState};

impl HuiwuApp {
    /// Carries out a queued request.
    pub(super) fn run_request(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::Command(command) => self.run_command(command, ctx),
            Request::Intent(intent) => self.request(intent),
            Request::CarryOut(intent) => self.carry_out(intent),
            // 只读打开 and 强制打开 replace the session too: they ask about unsaved changes.
            Request::Open(path, mode) => self.request(Intent::OpenWith(path, mode)),
            Request::Save {
                then,
                overwrite_changed,
            } => self.save(then, overwrite_changed),
            Request::SaveAs { path, then } => self.save_as(&path, then),
            Request::Restore(info) => self.restore(&info),
            Request::DiscardRecovery(info) => {
                if let Err(error) = discard_recovery(&info.file) {
                    self.notice = Some(error.to_string());
                }
            }
            Request::DiscardOwnRecovery => {
                if let (Some(store), Some(document)) = (&self.recovery, &self.document) {
                    let _ = store.discard_own(document.path.as_deref());
                }
            }
            Request::Folder(request) => self.run_folder_request(request),
            Request::Export { jobs, format } => self.start_export(jobs, format, ctx),
            Request::ShowFolderInSystem(folder) => self.show_folder_in_system(&folder),
            Request::ExportHouseStyle(path) => self.export_house_style(&path),
            Request::ImportHouseStyle(path) => self.import_house_style(&path),
            Request::ExportFolderDoc(kind, year, path) => self.export_folder_doc(kind, year, &path),
            Request::NewFolder { folder, from } => self.new_folder(&folder, from.as_deref()),
            Request::ImportSuggestions(year, path) => self.import_suggestions(year, &path),
            Request::ReadImport { kind, path, pasted } => {
                self.read_import(kind, path.as_deref(), &pasted);
            }
            Request::ApplyImport {
                pending,
                mode,
                target,
            } => self.sender.act(crate::action::Action::ApplyImport {
                pending,
                mode,
                target,
            }),
            Request::KeepMine => {
                if let Some(document) = &mut self.document {
                    // Stop asking until the next save; saving still asks before overwriting.
                    document.stamp = None;
                    document.read_only = true;
                    self.notice = Some("已保留本窗口的版本：保存时请另存为，或确认覆盖".to_owned());
                }
            }
        }
    }

    fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.modal = Some(Modal::NewSession),
            Command::Open => self.request(Intent::AskOpen),
            Command::Save => self.save(None, false),
            Command::SaveAs => {
                if let Some(document) = &self.document {
                    let text = document.path.as_ref().map_or_else(
                        || default_save_path(&document.session),
                        |p| p.display().to_string(),
                    );
                    self.modal = Some(Modal::Path {
                        purpose: PathPurpose::SaveAs { then: None },
                        text,
                        error: None,
                    });
                }
            }
            Command::Reload => {
                if let Some(path) = self.document.as_ref().and_then(|d| d.path.clone()) {
                    self.open_with(&path, OpenMode::Normal);
                }
            }
            Command::Quit => {
                if self.allow_close || !self.document.as_ref().is_some_and(Document::is_dirty) {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    self.modal = Some(Modal::Unsaved {
                        then: Intent::Close,
                    });
                }
            }
            // The session's changes, or on the folder's screen those of `body.ron`.
            Command::Undo => match &mut self.document {
                Some(document) => {
                    document.undo();
                }
                None => self.undo_body(false),
            },
            Command::Redo => match &mut self.document {
                Some(document) => {
                    document.redo();
                }
                None => self.undo_body(true),
            },
            Command::Show(section) => self.editor.section = section,
            Command::Print(Some(doc)) => self.print(doc),
            Command::Guide => {
                self.guide.get_or_insert_with(Default::default);
            }
            Command::Find => {
                if self.document.is_some() {
                    match &mut self.find {
                        Some(find) => find.refocus(),
                        None => self.find = Some(views::dialogs::find::FindDialog::new()),
                    }
                }
            }
            Command::Export(doc) | Command::Print(doc @ None) => {
                if let Some(document) = &self.document {
                    self.export_dialog = Some(views::export_dialog::ExportDialog::new(
                        &document.session,
                        document.path.as_deref(),
                        doc,
                    ));
                }
            }
            Command::About => self.modal = Some(Modal::About),
            Command::FastEntry => {
                if let Some(document) = &self.document
                    && self.editor.section == views::Section::Votes
                    && self.editor.votes.fast_entry.is_none()
                    && !self.editor.votes.has_dialog()
                {
                    self.editor.votes.start_fast_entry(&document.session);
                }
            }
            Command::HallFullscreen => super::toggle_hall_fullscreen(ctx),
            // Matched by the agenda's list, which moves the item it has selected.
            Command::MoveUp | Command::MoveDown => {}
            Command::Appearance(appearance) => self.set_look(appearance, self.config.text_size),
            Command::TextSize(size) => self.set_look(self.config.appearance, size),
            Command::TextLarger => {
                self.set_look(self.config.appearance, self.config.text_size.larger());
            }
            Command::TextSmaller => {
                self.set_look(self.config.appearance, self.config.text_size.smaller());
            }
            Command::OpenFolder => {
                let text = self
                    .folder
                    .as_ref()
                    .and_then(|view| view.opened().path.parent().map(|p| p.display().to_string()))
                    .or_else(|| self.current_folder().map(|f| f.display().to_string()))
                    .unwrap_or_default();
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::OpenFolder,
                    text,
                    error: None,
                });
            }
            Command::Import(kind) => {
                if self.document.is_some() {
                    let folder = self.import_folder();
                    self.modal = Some(Modal::Import(Box::new(
                        crate::views::dialogs::import::ImportDialog::new(kind, folder.as_deref()),
                    )));
                }
            }
            Command::NewFolder => {
                // The open session's folder and file, else the last session opened.
                let from = self
                    .document
                    .as_ref()
                    .and_then(|d| d.path.clone())
                    .or_else(|| self.last_session_file());
                let text = from
                    .as_deref()
                    .and_then(std::path::Path::parent)
                    .map(std::path::Path::to_owned)
                    .or_else(|| self.current_folder())
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::NewFolder { from },
                    text,
                    error: None,
                });
            }
            Command::ShowFolder => {
                if self.folder.is_some() {
                    self.request(Intent::ShowFolder);
                }
            }
            Command::ExportHouseStyle => {
                if let Some(document) = &self.document {
                    let folder = self.current_folder().unwrap_or_default();
                    self.modal = Some(Modal::Path {
                        purpose: PathPurpose::ExportHouseStyle,
                        text: default_house_style_path(&folder, &document.session.body),
                        error: None,
                    });
                }
            }
            Command::ImportHouseStyle => {
                if self.document.is_some() {
                    let text = self
                        .import_folder()
                        .map(|f| f.display().to_string())
                        .unwrap_or_default();
                    self.modal = Some(Modal::Path {
                        purpose: PathPurpose::ImportHouseStyle,
                        text,
                        error: None,
                    });
                }
            }
        }
    }

    /// Carries out an intent, asking first when unsaved changes would be lost.
    pub(super) fn request(&mut self, intent: Intent) {
        let dirty = self.document.as_ref().is_some_and(Document::is_dirty);
        let loses_work = !matches!(intent, Intent::AskOpen);
        if dirty && loses_work {
            self.modal = Some(Modal::Unsaved { then: intent });
        } else {
            self.carry_out(intent);
        }
    }

    /// Carries out an intent now.
    pub(super) fn carry_out(&mut self, intent: Intent) {
        match intent {
            Intent::New { follow_current } => {
                let session = match (&self.document, follow_current) {
                    (Some(document), true) => document.session.next_session(),
                    _ => Session::default(),
                };
                self.document = Some(Document::untitled(session));
                self.editor = EditorState::default();
                self.notice = Some("已新建会议".to_owned());
            }
            // A body's folder (or its body.ron) replaces the open session by the folder's list.
            Intent::Open(path) if path.is_dir() || body_file_folder(&path).is_some() => {
                self.document = None;
                self.editor = EditorState::default();
                self.open(&path);
            }
            Intent::Open(path) => self.open(&path),
            Intent::ShowFolder => self.show_folder(),
            Intent::OpenWith(path, mode) => self.open_with(&path, mode),
            Intent::AskOpen => {
                let text = self
                    .current_folder()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                self.modal = Some(Modal::Path {
                    purpose: PathPurpose::Open,
                    text,
                    error: None,
                });
            }
            Intent::Close => {
                self.allow_close = true;
                self.sender.send(Request::Command(Command::Quit));
            }
        }
    }
}
