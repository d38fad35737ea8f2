//! The screens of the editor, one file per part of the session; functions that draw end in `_ui`.
//! Views bind leaf fields directly and push [`Action`]s for structural changes.

pub mod agenda;
pub mod appointments;
pub mod attendance;
pub mod blocks;
pub mod cells;
pub mod dialogs;
pub mod export_dialog;
pub mod folder;
pub mod guide;
pub mod hall;
pub mod house_style;
pub mod icon;
pub mod learn_forms;
pub mod list_screen;
pub mod observers;
pub mod overview;
pub mod painted;
pub mod reorder;
pub mod reports;
pub mod resolutions;
pub mod seating;
pub mod start;
pub mod table;
pub mod votes;
pub mod widgets;

use crate::model::{AgendaItemId, MemberId, MotionId, ReportId, ResolutionId, Session};
use crate::sender::Sender;

/// The parts of a session, as the navigation panel lists them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Section {
    /// 概况: body and session details.
    #[default]
    Overview,
    /// 议程.
    Agenda,
    /// 出席: roster and attendance.
    Attendance,
    /// 列席.
    Observers,
    /// 报告.
    Reports,
    /// 决议.
    Resolutions,
    /// 任免.
    Appointments,
    /// 表决/测评.
    Votes,
    /// 座次: the seating chart (DOMAIN.md §13).
    Seating,
    /// 本机关: the body's identity and house style (DOMAIN.md §15).
    HouseStyle,
}

impl Section {
    /// Every section, in navigation order: the order of [`SCREENS`].
    pub const ALL: [Section; SCREENS.len()] = {
        let mut all = [Section::Overview; SCREENS.len()];
        let mut at = 0;
        while at < SCREENS.len() {
            all[at] = SCREENS[at].section;
            at += 1;
        }
        all
    };

    /// The section's screen in [`SCREENS`].
    pub fn screen(self) -> &'static Screen {
        // SCREENS lists the sections in their declared order (a test checks it).
        SCREENS[self as usize]
    }

    /// The section's name.
    pub fn label(self) -> &'static str {
        self.screen().label
    }

    /// The key that shows it with Ctrl (Ctrl+1 … Ctrl+9, Ctrl+0), if it has one.
    pub fn shortcut_key(self) -> Option<egui::Key> {
        self.screen().shortcut
    }

    /// The count shown beside the section's name.
    pub fn count(self, session: &Session) -> Option<usize> {
        (self.screen().count)(session)
    }
}

/// What a screen is drawn with: the session, what is derived from it, the editor's state, and
/// where structural changes go.
pub struct ScreenContext<'a> {
    /// The open session (leaf fields are bound directly).
    pub session: &'a mut Session,
    /// What is derived from the session.
    pub derived: &'a Derived,
    /// The editor's state: selections, filters, the section shown.
    pub state: &'a mut EditorState,
    /// Where the screen sends its actions and commands, carried out after drawing.
    pub sender: &'a mut Sender,
}

/// One screen of the editor, as its file declares it (`pub const SCREEN`): how the navigation
/// names it, the shortcut that shows it, the count beside its name, and how it is drawn. The
/// navigation, the 视图 menu, the shortcuts and the every-screen tests all walk [`SCREENS`].
pub struct Screen {
    /// The section it shows.
    pub section: Section,
    /// Its name in the navigation and the 视图 menu.
    pub label: &'static str,
    /// The key that shows it with Ctrl; `None` for a screen reached otherwise (Ctrl+1 … Ctrl+0
    /// are all taken).
    pub shortcut: Option<egui::Key>,
    /// The count beside its name, if it shows one.
    pub count: fn(&Session) -> Option<usize>,
    /// Draws it.
    pub ui: fn(&mut egui::Ui, ScreenContext<'_>),
}

/// Every screen, in navigation order (the order of [`Section`]'s variants). A new screen is its
/// file with its `SCREEN`, a [`Section`] variant, and a line here.
pub const SCREENS: [&Screen; 10] = [
    &overview::SCREEN,
    &agenda::SCREEN,
    &attendance::SCREEN,
    &observers::SCREEN,
    &reports::SCREEN,
    &resolutions::SCREEN,
    &appointments::SCREEN,
    &votes::SCREEN,
    &seating::SCREEN,
    &house_style::SCREEN,
];

/// What the screens show of the session that takes work to derive, computed on the frames that
/// may have changed the session (not on every frame): each agenda item's state counts the
/// ballots of its votes; the seating plan sorts the roster by strokes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// The state of each agenda item, in agenda order.
    pub item_states: Vec<crate::model::decisions::ItemState>,
    /// The hall's rows, seats a row, and who sits where ([`Session::seat_plan`]).
    pub seat_plan: (u32, u32, Vec<crate::model::Seat>),
    /// What `check` finds, errors first: the problem list and the notes before an
    /// announcement read it.
    pub problems: Vec<crate::model::check::Problem>,
    /// The texts of 概况, derived the first time the screen is drawn after a change.
    overview: std::cell::OnceCell<OverviewTexts>,
    /// Who sits on each seat of the hall, derived the first time 座次 is drawn after a change.
    seats: std::cell::OnceCell<seating::SeatGrid>,
    /// What each 列席 unit's row shows, derived the first time 列席 is drawn after a change.
    observer_rows: std::cell::OnceCell<Vec<observers::UnitTexts>>,
    /// The grey examples in empty fields, in the body's own terms, derived the first time a
    /// screen shows one after a change.
    hints: std::cell::OnceCell<crate::model::hints::Hints>,
    /// This derivation's own number: what is painted from the session and kept between frames
    /// ([`painted::CachedRows`]) is painted again when it changes.
    pub generation: Generation,
}

/// A number of its own for each [`Derived`] (the empty one too), never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Generation(pub u64);

impl Default for Generation {
    fn default() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Self(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// What 概况 shows that takes work to derive: the minutes' opening and each sitting's sentence
/// (the published attendance walks every announcement), the oath's leader by default (every
/// entry's vote), the copies of each ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverviewTexts {
    /// 「2023年12月21日，…第九次会议在…举行，会议由主任…主持。」
    pub opening: String,
    /// How the minutes tell each sitting, in order.
    pub sitting_sentences: Vec<String>,
    /// 「默认：刘育」 or 「（本次会议无任命人员）」.
    pub oath_leader_hint: String,
    /// The copies of each ballot printed.
    pub ballot_copies: u32,
}

impl Derived {
    /// Derives it all from `session`.
    pub fn of(session: &Session) -> Self {
        let votes = crate::model::decisions::VoteIndex::of(session);
        Self {
            item_states: session
                .agenda
                .iter()
                .map(|item| votes.item_state(session, item))
                .collect(),
            seat_plan: session.seat_plan(),
            problems: crate::model::check::check_session(session),
            overview: std::cell::OnceCell::new(),
            seats: std::cell::OnceCell::new(),
            observer_rows: std::cell::OnceCell::new(),
            hints: std::cell::OnceCell::new(),
            generation: Generation::default(),
        }
    }

    /// Who sits where, seat by seat, for `session` (the session these were derived from).
    pub fn seat_grid(&self, session: &Session) -> &seating::SeatGrid {
        self.seats
            .get_or_init(|| seating::SeatGrid::of(session, &self.seat_plan))
    }

    /// The grey examples in empty fields for `session` (the session these were derived from).
    pub fn hints(&self, session: &Session) -> &crate::model::hints::Hints {
        self.hints
            .get_or_init(|| crate::model::hints::Hints::of(session))
    }

    /// What each 列席 unit's row shows, in list order, for `session` (the session these were
    /// derived from).
    pub fn observer_rows(&self, session: &Session) -> &[observers::UnitTexts] {
        self.observer_rows.get_or_init(|| {
            session
                .observers
                .iter()
                .map(observers::UnitTexts::of)
                .collect()
        })
    }

    /// The texts of 概况 for `session` (the session these were derived from).
    pub fn overview(&self, session: &Session) -> &OverviewTexts {
        self.overview.get_or_init(|| OverviewTexts {
            opening: crate::export::minutes::opening_sentence(session),
            sitting_sentences: session
                .details
                .sittings
                .iter()
                .map(|s| crate::export::minutes::sitting_sentence_as_published(session, s))
                .collect(),
            oath_leader_hint: crate::export::papers::appointees::swearers(session)
                .first()
                .map_or_else(
                    || "（本次会议无任命人员）".to_owned(),
                    |s| format!("默认：{}", s.name),
                ),
            ballot_copies: session.ballot_copies(),
        })
    }
}

/// Shows the place of a problem: its screen, with the thing selected.
pub fn go_to(editor: &mut EditorState, place: &crate::model::check::Place) {
    use crate::model::check::Place;
    match place {
        Place::Member(id) => {
            editor.section = Section::Attendance;
            editor.member = Some(*id);
        }
        Place::Sitting(_) => editor.section = Section::Overview,
        Place::AgendaItem(id) => {
            editor.section = Section::Agenda;
            editor.agenda_item = Some(*id);
        }
        Place::Report(id) => {
            editor.section = Section::Reports;
            editor.report = Some(*id);
        }
        Place::Resolution(id) => {
            editor.section = Section::Resolutions;
            editor.resolution = Some(*id);
        }
        Place::Motion(id) => {
            editor.section = Section::Appointments;
            editor.motion = Some(*id);
        }
        Place::Vote(subject) => {
            editor.section = Section::Votes;
            editor.votes.select(votes::Selection::Vote(subject.clone()));
        }
        Place::Evaluation(id) => {
            editor.section = Section::Votes;
            editor.votes.select(votes::Selection::Evaluation(*id));
        }
    }
}

/// The problem list (问题): what `check` finds, errors first, each a link to its place. Returns
/// the place clicked, if any.
pub fn problems_ui(
    ui: &mut egui::Ui,
    problems: &[crate::model::check::Problem],
) -> Option<crate::model::check::Place> {
    use crate::model::check::Severity;
    let mut clicked = None;
    if problems.is_empty() {
        ui.label("未发现问题。");
        return None;
    }
    egui::ScrollArea::vertical()
        .max_height(ui.ctx().content_rect().height() * 0.6)
        .show(ui, |ui| {
            for problem in problems {
                ui.horizontal_wrapped(|ui| {
                    let color = match problem.severity {
                        Severity::Error => votes::RED,
                        Severity::Warning => ui.visuals().warn_fg_color,
                    };
                    ui.label(
                        egui::RichText::new(problem.severity.label())
                            .color(color)
                            .strong(),
                    );
                    match &problem.place {
                        Some(place) => {
                            if ui
                                .link(problem.message.as_str())
                                .on_hover_text("转到该处")
                                .clicked()
                            {
                                clicked = Some(place.clone());
                            }
                        }
                        None => {
                            ui.label(problem.message.as_str());
                        }
                    }
                });
            }
        });
    clicked
}

/// What the editor shows and has selected: window state, never saved in the session file.
#[derive(Debug, Default)]
pub struct EditorState {
    /// The section shown.
    pub section: Section,
    /// The selected agenda item.
    pub agenda_item: Option<AgendaItemId>,
    /// The selected member.
    pub member: Option<MemberId>,
    /// The selected report.
    pub report: Option<ReportId>,
    /// The selected resolution.
    pub resolution: Option<ResolutionId>,
    /// The selected motion.
    pub motion: Option<MotionId>,
    /// The long-text editor's state (mode, heights, whole-text buffer).
    pub blocks: blocks::BlocksEditorState,
    /// Filter text of the roster.
    pub roster_filter: String,
    /// The seating screen's seat picked up by a click.
    pub seating: seating::SeatingState,
    /// The sitting whose attendance the attendance screen shows (`None`: the whole session).
    pub attendance_sitting: Option<crate::model::SittingId>,
    /// The voting console's state: selection, fast entry, hall screen.
    pub votes: votes::VotingState,
}

/// The navigation panel: each part of the session with its count.
pub fn navigation_ui(
    ui: &mut egui::Ui,
    counts: [Option<usize>; SCREENS.len()],
    state: &mut EditorState,
) {
    ui.add_space(6.0);
    for (section, count) in Section::ALL.into_iter().zip(counts) {
        let text = match count {
            Some(count) => format!("{}　{count}", section.label()),
            None => section.label().to_owned(),
        };
        let button = egui::Button::selectable(
            state.section == section,
            egui::RichText::new(text).size(16.0),
        )
        .min_size(egui::vec2(ui.available_width(), 30.0));
        if ui.add(button).clicked() {
            state.section = section;
        }
    }
}

/// Draws the selected section's editor.
pub fn section_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    derived: &Derived,
    state: &mut EditorState,
    sender: &mut Sender,
) {
    let screen = state.section.screen();
    (screen.ui)(
        ui,
        ScreenContext {
            session,
            derived,
            state,
            sender,
        },
    );
}

#[cfg(test)]
mod screen_tests {
    use super::*;

    #[test]
    fn the_registry_lists_every_section_once_in_order_with_its_own_name_and_key() {
        for (index, screen) in SCREENS.iter().enumerate() {
            assert_eq!(screen.section as usize, index, "{}", screen.label);
            assert_eq!(Section::ALL[index].screen().label, screen.label);
        }
        for (index, a) in SCREENS.iter().enumerate() {
            for b in &SCREENS[index + 1..] {
                assert_ne!(a.label, b.label);
                assert!(
                    a.shortcut.is_none() || a.shortcut != b.shortcut,
                    "{}",
                    b.label
                );
            }
        }
        let session = crate::model::Session::default();
        assert_eq!(Section::Agenda.count(&session), Some(0));
        assert_eq!(Section::Overview.count(&session), None);
    }
}
