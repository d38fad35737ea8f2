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
pub mod observers;
pub mod overview;
pub mod reorder;
pub mod reports;
pub mod resolutions;
pub mod seating;
pub mod start;
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
    /// Every section, in navigation order.
    pub const ALL: [Section; 10] = [
        Self::Overview,
        Self::Agenda,
        Self::Attendance,
        Self::Observers,
        Self::Reports,
        Self::Resolutions,
        Self::Appointments,
        Self::Votes,
        Self::Seating,
        Self::HouseStyle,
    ];

    /// The section's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "概况",
            Self::Agenda => "议程",
            Self::Attendance => "出席",
            Self::Observers => "列席",
            Self::Reports => "报告",
            Self::Resolutions => "决议",
            Self::Appointments => "任免",
            Self::Votes => "表决/测评",
            Self::Seating => "座次",
            Self::HouseStyle => "本机关",
        }
    }

    /// Ctrl+1 … Ctrl+9, Ctrl+0.
    pub fn shortcut_key(self) -> egui::Key {
        use egui::Key;
        match self {
            Self::Overview => Key::Num1,
            Self::Agenda => Key::Num2,
            Self::Attendance => Key::Num3,
            Self::Observers => Key::Num4,
            Self::Reports => Key::Num5,
            Self::Resolutions => Key::Num6,
            Self::Appointments => Key::Num7,
            Self::Votes => Key::Num8,
            Self::Seating => Key::Num9,
            Self::HouseStyle => Key::Num0,
        }
    }

    /// The count shown beside the section's name.
    pub fn count(self, session: &Session) -> Option<usize> {
        match self {
            Self::Overview | Self::HouseStyle | Self::Seating => None,
            Self::Agenda => Some(session.agenda.len()),
            Self::Attendance => Some(session.roster.len()),
            Self::Observers => Some(session.observers.iter().map(|u| u.people.len()).sum()),
            Self::Reports => Some(session.reports.len()),
            Self::Resolutions => Some(session.resolutions.len()),
            Self::Appointments => Some(session.entries().count()),
            Self::Votes => Some(session.votes.len() + session.evaluations.len()),
        }
    }
}

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
        }
    }

    /// Who sits where, seat by seat, for `session` (the session these were derived from).
    pub fn seat_grid(&self, session: &Session) -> &seating::SeatGrid {
        self.seats
            .get_or_init(|| seating::SeatGrid::of(session, &self.seat_plan))
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
pub fn navigation_ui(ui: &mut egui::Ui, counts: [Option<usize>; 10], state: &mut EditorState) {
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
    match state.section {
        Section::Overview => {
            overview::overview_ui(ui, session, derived, &mut state.section, sender);
        }
        Section::Agenda => agenda::agenda_ui(ui, session, derived, state, sender),
        Section::Attendance => attendance::attendance_ui(ui, session, state, sender),
        Section::Observers => observers::observers_ui(ui, session, sender),
        Section::Reports => reports::reports_ui(ui, session, state, sender),
        Section::Resolutions => resolutions::resolutions_ui(ui, session, state, sender),
        Section::Appointments => appointments::appointments_ui(ui, session, state, sender),
        Section::Votes => {
            votes::votes_ui(ui, session, &derived.problems, &mut state.votes, sender);
        }
        Section::Seating => {
            seating::seating_ui(ui, session, derived, &mut state.seating, sender);
        }
        Section::HouseStyle => house_style::house_style_ui(ui, session, sender),
    }
}
