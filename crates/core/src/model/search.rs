//! 查找 (Ctrl+F): every place in the session where a text occurs: agenda items, members, the
//! 列席, reports (title, submitter, every paragraph and table cell), resolutions, motions and
//! their entries, evaluations, the session's own details. Each hit says where it is, in words
//! for the person and as ids for the window to go there.
//!
//! Matching ignores white space (names are printed padded, 「尚　欣」) and the case of Latin
//! letters.

use super::{
    AgendaItemId, Block, EvaluationId, MemberId, MotionId, ObserverUnitId, ReportId, ResolutionId,
    Session,
};

/// Where a hit is, by the ids of what holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The session's details (title, venue, dates) on 概况.
    Details,
    /// An agenda item.
    AgendaItem(AgendaItemId),
    /// A member of the roster.
    Member(MemberId),
    /// A 列席 unit or one of its people.
    ObserverUnit(ObserverUnitId),
    /// A report; `block` is the index of the paragraph or table in its text, if the hit is there.
    Report {
        /// The report.
        report: ReportId,
        /// The block of its text, if the hit is in the text.
        block: Option<usize>,
    },
    /// A resolution or decision; `block` as for a report.
    Resolution {
        /// The resolution.
        resolution: ResolutionId,
        /// The block of its text, if the hit is in the text.
        block: Option<usize>,
    },
    /// An appointment motion or one of its entries.
    Motion(MotionId),
    /// A satisfaction evaluation.
    Evaluation(EvaluationId),
}

/// One place where the text was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Where it is.
    pub place: Place,
    /// Where it is, in words: 「议程第三项」, 「报告《…》第5段」.
    pub location: String,
    /// The text around the match, on one line (at most about 40 characters).
    pub excerpt: String,
}

/// The most hits returned: enough to scroll through, few enough to draw at once.
pub const MAX_HITS: usize = 500;

/// Every place in `session` where `query` occurs, in the order of the screens (details, agenda,
/// members, 列席, reports, resolutions, motions, evaluations); nothing for an empty query.
pub fn search(session: &Session, query: &str) -> Vec<Hit> {
    let needle = normalized(query);
    if needle.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut look = |place: Place, location: &dyn Fn() -> String, text: &str| {
        if hits.len() < MAX_HITS
            && let Some(excerpt) = excerpt(text, &needle)
        {
            hits.push(Hit {
                place,
                location: location(),
                excerpt,
            });
        }
    };
    let details = &session.details;
    look(
        Place::Details,
        &|| "概况：会议名称".to_owned(),
        &session.full_title(),
    );
    look(
        Place::Details,
        &|| "概况：会议地点".to_owned(),
        &details.venue,
    );
    for (index, item) in session.agenda.iter().enumerate() {
        let location = || format!("议程第{}项", index + 1);
        for text in [&item.title, &item.submitter, &item.presenter] {
            look(Place::AgendaItem(item.id), &location, text);
        }
    }
    for member in &session.roster {
        let location = || format!("组成人员：{}", member.name);
        look(Place::Member(member.id), &location, &member.name);
        look(Place::Member(member.id), &location, &member.note);
    }
    for unit in &session.observers {
        let location = || format!("列席：{}", unit.unit);
        look(Place::ObserverUnit(unit.id), &location, &unit.unit);
        for person in &unit.people {
            look(Place::ObserverUnit(unit.id), &location, &person.name);
            look(Place::ObserverUnit(unit.id), &location, &person.title);
        }
    }
    for report in &session.reports {
        let place = Place::Report {
            report: report.id,
            block: None,
        };
        let location = || format!("报告《{}》", report.title);
        for text in [
            &report.title,
            &report.submitter,
            &report.presenter,
            &report.salutation,
            &report.closing,
        ] {
            look(place, &location, text);
        }
        for (block, text) in blocks_text(&report.body) {
            let place = Place::Report {
                report: report.id,
                block: Some(block),
            };
            look(
                place,
                &|| format!("报告《{}》第{}段", report.title, block + 1),
                &text,
            );
        }
    }
    for resolution in &session.resolutions {
        let place = Place::Resolution {
            resolution: resolution.id,
            block: None,
        };
        look(
            place,
            &|| format!("决议《{}》", resolution.title),
            &resolution.title,
        );
        for (block, text) in blocks_text(&resolution.body) {
            let place = Place::Resolution {
                resolution: resolution.id,
                block: Some(block),
            };
            look(
                place,
                &|| format!("决议《{}》第{}段", resolution.title, block + 1),
                &text,
            );
        }
    }
    for motion in &session.motions {
        let place = Place::Motion(motion.id);
        let location = || format!("任免：{}", motion.title);
        for text in [
            &motion.title,
            &motion.document_number,
            &motion.signatory,
            &motion.basis,
        ] {
            look(place, &location, text);
        }
        for entry in &motion.entries {
            for person in &entry.people {
                look(place, &location, &person.name);
            }
            for post in &entry.posts {
                look(place, &location, post);
            }
        }
    }
    for evaluation in &session.evaluations {
        let location = || format!("满意度测评：{}", evaluation.subject);
        look(
            Place::Evaluation(evaluation.id),
            &location,
            &evaluation.subject,
        );
    }
    hits
}

/// The plain text of each block of a long text, with its index.
fn blocks_text(blocks: &[Block]) -> impl Iterator<Item = (usize, String)> + '_ {
    blocks
        .iter()
        .enumerate()
        .map(|(index, block)| (index, block.plain_text()))
}

/// Text as it is compared: without white space, Latin letters in lower case.
fn normalized(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text around the first occurrence of `needle` in `text`, if any: up to 16 characters
/// before and 24 after, on one line, with 「…」 where it is cut.
fn excerpt(text: &str, needle: &[char]) -> Option<String> {
    // Positions of the compared characters in the original text.
    let kept: Vec<(usize, char)> = text
        .chars()
        .enumerate()
        .filter(|(_, c)| !c.is_whitespace())
        .flat_map(|(at, c)| c.to_lowercase().map(move |l| (at, l)))
        .collect();
    let found = kept
        .windows(needle.len())
        .position(|window| window.iter().map(|(_, c)| *c).eq(needle.iter().copied()))?;
    let start = kept[found].0;
    let end = kept[found + needle.len() - 1].0 + 1;
    let chars: Vec<char> = text.chars().collect();
    let from = start.saturating_sub(16);
    let to = (end + 24).min(chars.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(
        chars[from..to]
            .iter()
            .map(|c| if c.is_control() { ' ' } else { *c }),
    );
    if to < chars.len() {
        out.push('…');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_and_case_do_not_matter() {
        assert_eq!(
            excerpt("主任　尚　欣主持", &normalized("尚欣")).as_deref(),
            Some("主任　尚　欣主持")
        );
        assert!(excerpt("GDP增长", &normalized("gdp")).is_some());
        assert!(excerpt("短", &normalized("长文本")).is_none());
        let long = "一".repeat(50) + "目标" + &"二".repeat(50);
        let cut = excerpt(&long, &normalized("目标")).unwrap();
        assert!(cut.starts_with('…') && cut.ends_with('…') && cut.contains("目标"));
    }
}
