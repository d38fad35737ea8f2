//! The session and its parts as pure data, with the rules of DOMAIN.md §3. No egui here.

pub mod agenda;
pub mod appointments;
pub mod attendance;
pub mod body;
pub mod check;
pub mod decisions;
pub mod documents;
pub mod edit;
pub mod guard;
pub mod hints;
pub mod house_style;
pub mod ids;
pub mod numerals;
pub mod organs;
pub mod papers;
pub mod recorded;
pub mod roster;
pub mod rules;
pub mod search;
pub mod seating;
pub mod session;
pub mod term;
pub mod text;
pub mod votes;

pub use agenda::{AgendaItem, AgendaKind, DocumentRef, LegacyResult, NewsMention, Outcome};
pub use appointments::{
    Appointee, AppointmentAction, AppointmentEntry, AppointmentMotion, Nominator, Statement,
};
pub use body::{
    Body, BodySettings, LawArticles, NameOrderMode, RatesBase, SatisfactionBase, SatisfactionRule,
    ShortName, ZeroCounts,
};
pub use documents::TextTarget;
pub use documents::{
    Approval, Attachment, Report, ReportKind, Resolution, ResolutionKind, ResolutionStatus,
};
pub use edit::EditError;
pub use ids::*;
pub use papers::{BallotSecrecy, PaperSettings, PaperVotes, VoteMethod, VoteMethodChoice};
pub use roster::{Absence, AbsenceKind, AttendanceStatus, Gender, Member, Person, Role};
pub use seating::{Seat, Seating, SeatingPaper};
pub use session::{
    AttendanceCounts, FORMAT_VERSION, Guests, Observer, ObserverLeave, ObserverUnit, Session,
    SessionDetails, Sitting, SittingKind,
};
pub use text::{Block, Table};
pub use votes::{
    Amendment, Ballot, Choice, Evaluation, EvaluationAmendment, EvaluationBallot, EvaluationRecord,
    EvaluationTally, Grade, ResultWithoutCounts, Tally, Vote, VoteAmendment, VoteRecord,
    VoteSubject,
};
pub use votes::{EvaluationMode, RecordMode};
