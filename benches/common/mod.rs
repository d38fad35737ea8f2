//! What the benchmarks share: the two sessions, and a screen of the editor (or egui's demo)
//! drawn headless at 1920×1080, one frame at a time.

#![allow(dead_code)] // each bench uses a different part

use std::path::{Path, PathBuf};

use egui::{Context, Event, Pos2, RawInput, Rect, Ui, vec2};
use huiwu::app::{HuiwuApp, install_fonts};
use huiwu::dialogs::TypedPathOnly;
use huiwu::document::Document;
use huiwu::io::config::AppConfig;
use huiwu::model::decisions::voting_order;
use huiwu::model::{Choice, RecordMode, Session, VoteRecord, VoteSubject};
use huiwu::views::votes::Selection;
use huiwu::views::{self, EditorState, Section};
use huiwu_stress::{StressSize, stress_session};

/// The repository, where the example sessions are (the benchmarks are crates/bench's).
pub const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The example session's file.
pub fn example_path() -> PathBuf {
    Path::new(REPO).join("sessions/hebi-12-09.ron")
}

/// The example session.
pub fn example() -> Session {
    huiwu::io::load(&example_path()).expect("the example session loads")
}

/// The stress session built from the example (issue 7's size).
pub fn stress() -> Session {
    stress_session(&example(), &StressSize::ISSUE)
}

/// The county example (DOMAIN.md part two's forms: sittings, batches, personnel decisions).
pub fn county() -> Session {
    let path = Path::new(REPO).join("sessions/qixian-17-15.ron");
    huiwu::io::load(&path).expect("the county example loads")
}

/// The two sessions with their names, example first.
pub fn sessions() -> [(&'static str, Session); 2] {
    [("example", example()), ("stress", stress())]
}

/// The screen size every frame is drawn at.
pub const SCREEN: egui::Vec2 = vec2(1920.0, 1080.0);

/// Frames drawn before timing, so fonts, galleys and measured row heights are in the caches.
pub const WARM_UP_FRAMES: u32 = 10;

/// One frame's input: the screen, the time (60 frames a second), and a one-pixel mouse move
/// so that egui has something to react to, as when the person moves the mouse over the window.
pub fn frame_input(frame: u64) -> RawInput {
    let x = 1200.0 + (frame % 2) as f32;
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SCREEN)),
        time: Some(frame as f64 / 60.0),
        predicted_dt: 1.0 / 60.0,
        events: vec![Event::PointerMoved(Pos2::new(x, 900.0))],
        ..RawInput::default()
    }
}

/// A UI drawn headless frame after frame: the editor on one screen, or egui's demo.
pub struct Headless<U> {
    ctx: Context,
    frame: u64,
    /// The vertices of the last frame's triangles.
    vertices: usize,
    /// What draws a frame.
    pub ui: U,
}

/// Something that draws one frame into the root `Ui`.
pub trait DrawFrame {
    /// Draws one frame.
    fn draw(&mut self, ui: &mut Ui);
}

impl DrawFrame for HuiwuApp {
    fn draw(&mut self, ui: &mut Ui) {
        self.frame_ui(ui);
    }
}

impl DrawFrame for egui_demo_lib::DemoWindows {
    fn draw(&mut self, ui: &mut Ui) {
        self.ui(ui);
    }
}

impl<U> Headless<U> {
    /// The context the frames are drawn in.
    pub fn ctx(&self) -> &Context {
        &self.ctx
    }

    /// How many vertices the last frame's triangles have: what egui copies into the frame
    /// whatever was cached.
    pub fn vertices(&self) -> usize {
        self.vertices
    }
}

impl<U: DrawFrame> Headless<U> {
    /// `ui` in a fresh context prepared by `setup`, warmed up.
    pub fn new(ui: U, setup: impl FnOnce(&Context)) -> Self {
        let ctx = Context::default();
        setup(&ctx);
        let mut headless = Self {
            ctx,
            frame: 0,
            vertices: 0,
            ui,
        };
        for _ in 0..WARM_UP_FRAMES {
            headless.frame();
        }
        headless
    }

    /// Runs one whole frame on the CPU: the UI pass and tessellation into triangles, as egui's
    /// own `demo_with_tessellate__realistic` benchmark does. Returns the number of primitives.
    pub fn frame(&mut self) -> usize {
        self.frame += 1;
        let ui = &mut self.ui;
        let mut output = self
            .ctx
            .run_ui(frame_input(self.frame), |root| ui.draw(root));
        let primitives = self
            .ctx
            .tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        // No renderer takes the font atlas: drop it rather than let it pile up.
        output.textures_delta.clear();
        self.vertices = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        primitives.len()
    }
}

/// A screen to draw: a section with its first item selected, or the voting console on a vote
/// recorded member by member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The section, with the first item of a list screen selected.
    Section(Section),
    /// 表决/测评 with the first vote recorded ballot by ballot selected; a session without one
    /// gets its first recorded vote re-recorded with a 赞成 ballot from every member present.
    BallotVote,
}

/// The editor on `screen` of `session`.
pub fn editor(session: Session, screen: Screen) -> Headless<HuiwuApp> {
    Headless::new(editor_app(session, screen), install_fonts)
}

/// The app on `screen` of `session`, not yet drawn.
fn editor_app(mut session: Session, screen: Screen) -> HuiwuApp {
    let ballot_vote = (screen == Screen::BallotVote).then(|| ensure_ballot_vote(&mut session));
    let mut app = HuiwuApp::new(
        Some(Document::opened(session, None)),
        AppConfig::default(),
        Box::new(TypedPathOnly),
    );
    if let Some(document) = &app.document {
        let session = &document.session;
        app.editor.agenda_item = session.agenda.first().map(|i| i.id);
        app.editor.member = session.roster.first().map(|m| m.id);
        app.editor.report = session.reports.first().map(|r| r.id);
        app.editor.resolution = session.resolutions.first().map(|r| r.id);
        app.editor.motion = session.motions.first().map(|m| m.id);
        app.editor.votes.selection = voting_order(session)
            .into_iter()
            .next()
            .map(Selection::Vote);
    }
    match screen {
        Screen::Section(section) => app.editor.section = section,
        Screen::BallotVote => {
            app.editor.section = Section::Votes;
            app.editor.votes.selection = ballot_vote.map(Selection::Vote);
        }
    }
    app
}

/// The subject of the first vote recorded ballot by ballot, making one if there is none.
fn ensure_ballot_vote(session: &mut Session) -> VoteSubject {
    if let Some(vote) = session
        .votes
        .iter()
        .find(|v| matches!(&v.record, VoteRecord::Ballots(b) if !b.is_empty()))
    {
        return vote.subject.clone();
    }
    // Re-record the first vote member by member, through the model as the console does.
    let vote = session.votes.first().expect("a recorded vote");
    let (id, subject) = (vote.id, vote.subject.clone());
    let at = chrono::NaiveDate::from_ymd_opt(2023, 12, 21)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a valid time");
    session
        .unlock(id, "基准测试", "改为逐人记录", at)
        .expect("unlocked");
    session
        .set_record_mode(id, RecordMode::Ballots)
        .expect("ballots");
    session.fill_ballots(id, Choice::Yes).expect("filled");
    let announcer = huiwu::model::recorded::Announcer {
        by: "基准测试".to_owned(),
        at,
    };
    session.announce(id, true, &announcer).expect("announced");
    subject
}

/// A screen of the editor without the window around it: the navigation panel and the
/// section's view, as `HuiwuApp::frame_ui` draws them, but without the menu, the status bar and
/// the document's bookkeeping (undo feed, unsaved mark). Actions the view emits are dropped.
pub struct ScreenOnly {
    session: Session,
    derived: views::Derived,
    editor: EditorState,
}

impl DrawFrame for ScreenOnly {
    fn draw(&mut self, ui: &mut Ui) {
        let Self {
            session,
            derived,
            editor,
        } = self;
        egui::Panel::left("navigation")
            .resizable(false)
            .exact_size(150.0)
            .show(ui, |ui| {
                views::navigation_ui(ui, Section::ALL.map(|s| s.count(session)), editor);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let mut sender = huiwu::sender::Sender::default();
            views::section_ui(ui, session, derived, editor, &mut sender);
        });
    }
}

/// The view of `screen` alone (see [`ScreenOnly`]), selected as in [`editor`].
pub fn screen_only(session: Session, screen: Screen) -> Headless<ScreenOnly> {
    let mut app = editor_app(session, screen);
    let session = app.document.take().map(|d| d.session).unwrap_or_default();
    let editor = std::mem::take(&mut app.editor);
    // Derived as the window derives it, once, not every frame.
    let derived = views::Derived::of(&session);
    Headless::new(
        ScreenOnly {
            session,
            derived,
            editor,
        },
        install_fonts,
    )
}

/// egui's own demo windows (`egui_demo_lib`), as the egui demo app shows them.
pub fn demo() -> Headless<egui_demo_lib::DemoWindows> {
    Headless::new(egui_demo_lib::DemoWindows::default(), |_| {})
}

/// The screens measured, with a short name for reports: every section, and the voting console
/// on a vote recorded member by member.
pub fn screens() -> [(&'static str, Screen); 11] {
    [
        ("overview", Screen::Section(Section::Overview)),
        ("agenda", Screen::Section(Section::Agenda)),
        ("attendance", Screen::Section(Section::Attendance)),
        ("observers", Screen::Section(Section::Observers)),
        ("reports", Screen::Section(Section::Reports)),
        ("resolutions", Screen::Section(Section::Resolutions)),
        ("appointments", Screen::Section(Section::Appointments)),
        ("votes", Screen::Section(Section::Votes)),
        ("votes-ballots", Screen::BallotVote),
        ("seating", Screen::Section(Section::Seating)),
        ("house-style", Screen::Section(Section::HouseStyle)),
    ]
}

/// The folder screen drawn headless, on `today`.
pub struct FolderFrame {
    /// The folder and the page shown.
    pub view: huiwu::views::folder::FolderView,
    /// The day of the registers.
    pub today: chrono::NaiveDate,
}

impl DrawFrame for FolderFrame {
    fn draw(&mut self, ui: &mut Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            huiwu::views::folder::folder_ui(
                ui,
                &mut self.view,
                self.today,
                &mut huiwu::sender::Sender::default(),
            );
        });
    }
}

/// The example's folder (`sessions/hebi-12`) and a term-sized one written into `directory`
/// (40 sessions, 300 suggestions: `huiwu_stress::folder`), opened as the window opens them.
pub fn folders(
    directory: &std::path::Path,
) -> (
    huiwu::io::folder::OpenedFolder,
    huiwu::io::folder::OpenedFolder,
) {
    let example_folder = std::path::Path::new(REPO).join("sessions/hebi-12");
    let example = huiwu::io::folder::open_folder(&example_folder).expect("the example's folder");
    let stress = huiwu_stress::folder::stress_folder(
        &self::example(),
        &example.body,
        &huiwu_stress::folder::FolderSize::ISSUE,
    );
    let path = directory.join("stress");
    huiwu_stress::folder::write_stress_folder(&path, &stress).expect("written");
    let stress = huiwu::io::folder::open_folder(&path).expect("the stress folder");
    (example, stress)
}
