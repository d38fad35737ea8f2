//! The attendance sentence and the quorum phrase (DOMAIN.md §3), for every place that says them.

use crate::model::AttendanceCounts;

/// 「符合法定人数」 or 「不符合法定人数」: the one wording of the quorum, on screen and on paper.
pub fn quorum_phrase(counts: AttendanceCounts) -> &'static str {
    if counts.is_quorate() {
        "符合法定人数"
    } else {
        "不符合法定人数"
    }
}

/// 「应到41人，实到35人，请假6人，缺席0人」: the counts as screens and the command line show them.
pub fn counts_line(counts: AttendanceCounts) -> String {
    format!(
        "应到{}人，实到{}人，请假{}人，缺席{}人",
        counts.members, counts.present, counts.on_leave, counts.absent
    )
}

/// 「应到常委会组成人员41人，实到35人」: the head of every attendance sentence (the minutes, the
/// presiding officer's script, the evaluation notice).
pub fn members_and_present(counts: AttendanceCounts) -> String {
    format!(
        "应到常委会组成人员{}人，实到{}人",
        counts.members, counts.present
    )
}

/// 「应到常委会组成人员41人，实到35人，请假6人，缺席0人，符合法定人数。」: the minutes' sentence
/// (after 「本次会议」 or a sitting's name).
pub fn attendance_sentence(counts: AttendanceCounts) -> String {
    attendance_sentence_with(counts, true)
}

/// As [`attendance_sentence`]; `zeros`: the 请假 and 缺席 parts also when nobody is (the minutes),
/// else only when somebody is (what the presiding officer reads out and the news print: no
/// 「缺席0人」).
pub fn attendance_sentence_with(counts: AttendanceCounts, zeros: bool) -> String {
    let mut text = members_and_present(counts);
    if zeros || counts.on_leave > 0 {
        text.push_str(&format!("，请假{}人", counts.on_leave));
    }
    if zeros || counts.absent > 0 {
        text.push_str(&format!("，缺席{}人", counts.absent));
    }
    format!("{text}，{}。", quorum_phrase(counts))
}

/// 「符合法定人数（实到35人，超过应到41人的半数）」: the quorum with its reason, as the command
/// line and `check` explain it.
pub fn quorum_explained(counts: AttendanceCounts) -> String {
    let (over, phrase) = if counts.is_quorate() {
        ("超过", quorum_phrase(counts))
    } else {
        ("未超过", quorum_phrase(counts))
    };
    format!(
        "{phrase}（实到{}人，{over}应到{}人的半数）",
        counts.present, counts.members
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quorum_is_worded_once_whichever_way_it_goes() {
        let met = AttendanceCounts {
            members: 41,
            present: 35,
            on_leave: 6,
            absent: 0,
        };
        assert_eq!(quorum_phrase(met), "符合法定人数");
        assert_eq!(counts_line(met), "应到41人，实到35人，请假6人，缺席0人");
        assert_eq!(
            attendance_sentence(met),
            "应到常委会组成人员41人，实到35人，请假6人，缺席0人，符合法定人数。"
        );
        assert_eq!(
            quorum_explained(met),
            "符合法定人数（实到35人，超过应到41人的半数）"
        );
        let short = AttendanceCounts {
            members: 41,
            present: 20,
            on_leave: 21,
            absent: 0,
        };
        assert_eq!(quorum_phrase(short), "不符合法定人数");
        assert_eq!(
            quorum_explained(short),
            "不符合法定人数（实到20人，未超过应到41人的半数）"
        );
    }
}
