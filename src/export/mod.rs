//! Session → published texts. Each document is built once as text; writers turn it into files.

pub mod lists;

use crate::model::Session;

/// The documents the program publishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DocKind {
    /// 出缺席人员名单.
    Attendance,
    /// 列席人员名单.
    Observers,
    /// 人事任免名单.
    Appointments,
}

impl DocKind {
    /// Every document, in menu order.
    pub const ALL: [DocKind; 3] = [Self::Attendance, Self::Observers, Self::Appointments];

    /// The document's name as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Attendance => "出缺席人员名单",
            Self::Observers => "列席人员名单",
            Self::Appointments => "人事任免名单",
        }
    }
}

/// The plain text of a document.
pub fn plain_text(session: &Session, doc: DocKind) -> String {
    match doc {
        DocKind::Attendance => lists::attendance_list(session),
        DocKind::Observers => lists::observers_list(session),
        DocKind::Appointments => lists::appointments_list(session),
    }
}
