//! A stress session (a dev-only crate: fixtures are not the product): the example session grown to well over ten times its size, for the
//! benchmarks and for trying the editor on a huge session (docs/PERFORMANCE.md).
//!
//! Everything is built from the example session's own material (names, report paragraphs,
//! headings and tables, agenda items, motions), recombined deterministically: the same example
//! and size always give the same session, so no file needs to be committed and no randomness
//! crate is needed.

pub mod folder;

use std::collections::BTreeSet;

use huiwu_core::model::decisions::{is_pending, voting_order};
use huiwu_core::model::numerals::chinese_number;
use huiwu_core::model::roster::USUAL_LEAVE_REASONS;
use huiwu_core::model::{
    Absence, AbsenceKind, AgendaItem, AgendaItemId, AppointmentEntry, AppointmentMotion, Ballot,
    Block, Choice, DocumentRef, EntryId, Evaluation, EvaluationBallot, EvaluationId,
    EvaluationRecord, Gender, Grade, Member, MemberId, MotionId, ObserverUnit, ObserverUnitId,
    Person, Report, ReportId, ResolutionId, ResultWithoutCounts, Role, Session, Table, VoteRecord,
    VoteSubject,
};

/// How big a stress session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StressSize {
    /// Members of the committee (the example has 41).
    pub members: usize,
    /// Agenda items (the example has 14).
    pub agenda_items: usize,
    /// Reports (the example has 27).
    pub reports: usize,
    /// UTF-8 bytes of report text (bodies and attachments) in all (the example has about 0.35 MB).
    pub report_text_bytes: usize,
    /// Appointment entries over all motions (the example has 14).
    pub appointment_entries: usize,
    /// Votes recorded with one ballot per member present (the example has none); the other
    /// subjects are recorded with the result only, as in the example.
    pub ballot_votes: usize,
}

impl StressSize {
    /// The size issue 7 asks for: 300 members, 150 agenda items, 60 reports with 4 MB of
    /// text, 300 appointment entries and 100 votes recorded member by member.
    pub const ISSUE: Self = Self {
        members: 300,
        agenda_items: 150,
        reports: 60,
        report_text_bytes: 4 * 1024 * 1024,
        appointment_entries: 300,
        ballot_votes: 100,
    };
}

impl Default for StressSize {
    fn default() -> Self {
        Self::ISSUE
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same session.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // usize → u64 is lossless on every platform Rust supports, and back below n.
        (self.next() % n as u64) as usize
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }
}

/// The example session grown to `size`, deterministically. `example` is normally the session
/// of `sessions/hebi-12-09.ron`; any session with reports, agenda items and motions will do.
pub fn stress_session(example: &Session, size: &StressSize) -> Session {
    let mut dice = Dice(0x4855_4957_5531_3230); // "HUIWU120"
    let mut names = NameMaker::new(example);
    let mut session = Session::new_empty(example.body.clone());
    session.details = example.details.clone();
    session.roster = roster(example, size.members, &mut names, &mut dice);
    session.absences = absences(example, &session.roster);
    session.observers = observers(example, &mut names);
    session.reports = reports(example, size, &mut dice);
    let rounds = size.agenda_items.div_ceil(example.agenda.len().max(1));
    agenda_and_documents(example, size, &mut session);
    distribute_entries(example, size.appointment_entries, &mut session, &mut names);
    session.evaluations = evaluations(example, rounds, &session, &mut dice);
    // Recorded evaluations are announced, as the console announces them.
    let recorded: Vec<EvaluationId> = session
        .evaluations
        .iter()
        .filter(|e| e.record != EvaluationRecord::NotRecorded)
        .map(|e| e.id)
        .collect();
    for id in recorded {
        let _ = session.announce(id, true, &operator());
    }
    record_votes(size.ballot_votes, &mut session, &mut dice);
    session
}

/// Makes new, unique Chinese names from the characters of the example's names, so that every
/// glyph is in the bundled font and every character in the stroke table.
struct NameMaker {
    surnames: Vec<char>,
    given: Vec<char>,
    used: BTreeSet<String>,
    counter: usize,
}

impl NameMaker {
    fn new(example: &Session) -> Self {
        let all: Vec<&str> = example
            .roster
            .iter()
            .map(|m| m.name.as_str())
            .chain(
                example
                    .observers
                    .iter()
                    .flat_map(|u| u.people.iter().map(|p| p.name.as_str())),
            )
            .chain(
                example
                    .entries()
                    .flat_map(|e| e.people.iter().map(|p| p.name.as_str())),
            )
            .collect();
        let mut surnames = Vec::new();
        let mut given = Vec::new();
        for name in &all {
            let mut chars = name.chars();
            if let Some(first) = chars.next()
                && !surnames.contains(&first)
            {
                surnames.push(first);
            }
            for c in chars {
                if !given.contains(&c) {
                    given.push(c);
                }
            }
        }
        if surnames.is_empty() {
            surnames.push('王');
        }
        if given.is_empty() {
            given.push('明');
        }
        Self {
            surnames,
            given,
            used: all.iter().map(|n| (*n).to_owned()).collect(),
            counter: 0,
        }
    }

    /// A name not given before (nor in the example).
    fn next_name(&mut self) -> String {
        loop {
            let i = self.counter;
            self.counter += 1;
            let surname = self.surnames[i % self.surnames.len()];
            let first = self.given[(i * 7 + i / self.surnames.len()) % self.given.len()];
            let mut name = format!("{surname}{first}");
            // About two names in three have two given characters, as in the example.
            if !i.is_multiple_of(3) {
                name.push(self.given[(i * 13 + 5) % self.given.len()]);
            }
            if self.used.insert(name.clone()) {
                return name;
            }
            if self.counter > 1_000_000 {
                // Every combination taken: number the name rather than loop forever.
                return format!("{name}{}", self.counter);
            }
        }
    }
}

fn roster(
    example: &Session,
    members: usize,
    names: &mut NameMaker,
    dice: &mut Dice,
) -> Vec<Member> {
    let mut roster: Vec<Member> = example.roster.iter().take(members).cloned().collect();
    let mut next = roster.iter().map(|m| m.id.0).max().unwrap_or(0);
    while roster.len() < members {
        next += 1;
        let gender = match dice.below(10) {
            0..=2 => Gender::Female,
            3..=5 => Gender::Male,
            _ => Gender::Unspecified,
        };
        roster.push(Member {
            person: Person {
                id: MemberId(next),
                name: names.next_name(),
                gender,
                note: if next % 5 == 0 {
                    "市直机关".to_owned()
                } else {
                    String::new()
                },
                ..Person::default()
            },
            role: Role::Member,
            rank: 0,
        });
    }
    roster
}

/// The example's absences, then about one new member in ten on leave and one in forty absent.
fn absences(example: &Session, roster: &[Member]) -> Vec<Absence> {
    let mut absences: Vec<Absence> = example
        .absences
        .iter()
        .filter(|a| roster.iter().any(|m| m.id == a.member))
        .cloned()
        .collect();
    for (index, member) in roster.iter().enumerate().skip(example.roster.len()) {
        if absences.iter().any(|a| a.member == member.id) {
            continue;
        }
        let kind = if index % 40 == 0 {
            AbsenceKind::Absent
        } else if index % 10 == 0 {
            AbsenceKind::Leave(
                USUAL_LEAVE_REASONS[index / 10 % USUAL_LEAVE_REASONS.len()].to_owned(),
            )
        } else {
            continue;
        };
        absences.push(Absence {
            member: member.id,
            kind,
        });
    }
    absences
}

/// Ten rounds of the example's observer units, with new people.
fn observers(example: &Session, names: &mut NameMaker) -> Vec<ObserverUnit> {
    let mut units = example.observers.clone();
    let mut next = units.iter().map(|u| u.id.0).max().unwrap_or(0);
    for _round in 1..10 {
        for unit in &example.observers {
            next += 1;
            units.push(ObserverUnit {
                id: ObserverUnitId(next),
                unit: unit.unit.clone(),
                people: unit
                    .people
                    .iter()
                    .map(|_| huiwu_core::model::Observer::named(names.next_name()))
                    .collect(),
                on_leave: Vec::new(),
                for_related_items: false,
            });
        }
    }
    units
}

/// The building material of report bodies: the example's headings, paragraphs and tables.
struct TextPool {
    headings: [Vec<String>; 3],
    paragraphs: Vec<String>,
    tables: Vec<Table>,
}

impl TextPool {
    fn of(example: &Session) -> Self {
        let mut pool = Self {
            headings: [Vec::new(), Vec::new(), Vec::new()],
            paragraphs: Vec::new(),
            tables: Vec::new(),
        };
        let bodies = example
            .reports
            .iter()
            .flat_map(|r| std::iter::once(&r.body).chain(r.attachments.iter().map(|a| &a.body)));
        for block in bodies.flatten() {
            match block {
                Block::Heading(level, text) => {
                    let slot = usize::from(level.clamp(&1, &3) - 1);
                    pool.headings[slot].push(text.clone());
                }
                Block::Paragraph(text) if text.chars().count() >= 20 => {
                    pool.paragraphs.push(text.clone());
                }
                Block::Paragraph(_) => {}
                Block::Table(table) => pool.tables.push(table.clone()),
            }
        }
        if pool.paragraphs.is_empty() {
            pool.paragraphs
                .push("会议听取和审议了有关报告，提出了意见和建议。".repeat(4));
        }
        pool
    }

    fn pick<'a>(list: &'a [String], dice: &mut Dice) -> Option<&'a String> {
        list.get(dice.below(list.len()))
    }

    /// A heading of `level` numbered `number` (「三、」, 「（三）」, 「3.」), if the example has any.
    fn heading(&self, level: u8, number: u32, dice: &mut Dice) -> Option<Block> {
        let list = &self.headings[usize::from(level - 1)];
        let text = Self::pick(list, dice)?;
        Some(Block::Heading(level, renumbered(level, text, number)))
    }

    fn paragraph(&self, dice: &mut Dice) -> Block {
        Block::Paragraph(
            Self::pick(&self.paragraphs, dice)
                .cloned()
                .unwrap_or_default(),
        )
    }

    fn table(&self, dice: &mut Dice) -> Option<Block> {
        self.tables
            .get(dice.below(self.tables.len()))
            .cloned()
            .map(Block::Table)
    }

    /// A body of at least `bytes` bytes: sections with a numbered heading, some with numbered
    /// sub-headings, paragraphs, and now and then a table.
    fn body(&self, bytes: usize, dice: &mut Dice) -> Vec<Block> {
        let mut blocks = vec![self.paragraph(dice)];
        let mut size = text_bytes(&blocks);
        let mut section = 0;
        while size < bytes {
            section += 1;
            let mut added = Vec::new();
            added.extend(self.heading(1, section, dice));
            match dice.below(3) {
                0 => (0..dice.between(2, 5)).for_each(|_| added.push(self.paragraph(dice))),
                subsections => {
                    for sub in 1..=subsections + 1 {
                        added.extend(self.heading(2, u32::try_from(sub).unwrap_or(1), dice));
                        (0..dice.between(1, 3)).for_each(|_| added.push(self.paragraph(dice)));
                    }
                }
            }
            if section % 4 == 0 {
                added.extend(self.table(dice));
            }
            size += text_bytes(&added);
            blocks.extend(added);
        }
        blocks
    }
}

/// The heading's text with its leading mark replaced by the one for `number`.
fn renumbered(level: u8, text: &str, number: u32) -> String {
    let rest = match level {
        1 => text
            .split_once('、')
            .filter(|(mark, _)| mark.chars().count() <= 3),
        2 => text
            .strip_prefix('（')
            .and_then(|t| t.split_once('）'))
            .filter(|(mark, _)| mark.chars().count() <= 3),
        _ => text
            .split_once(['.', '．'])
            .filter(|(mark, _)| !mark.is_empty() && mark.chars().all(|c| c.is_ascii_digit())),
    };
    match (level, rest) {
        (1, Some((_, rest))) => format!("{}、{rest}", chinese_number(number)),
        (2, Some((_, rest))) => format!("（{}）{rest}", chinese_number(number)),
        (_, Some((_, rest))) => format!("{number}.{rest}"),
        (_, None) => text.to_owned(),
    }
}

/// UTF-8 bytes of the text of `blocks` (table cells included).
pub fn text_bytes(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_, text) | Block::Paragraph(text) => text.len(),
            Block::Table(table) => table.rows.iter().flatten().map(String::len).sum(),
        })
        .sum()
}

/// UTF-8 bytes of all report text of `session` (bodies and attachments).
pub fn report_text_bytes(session: &Session) -> usize {
    session
        .reports
        .iter()
        .map(|r| {
            text_bytes(&r.body)
                + r.attachments
                    .iter()
                    .map(|a| text_bytes(&a.body))
                    .sum::<usize>()
        })
        .sum()
}

/// `size.reports` reports: the example's first (with their attachments), then copies of them
/// with bodies recombined from the example's text, `size.report_text_bytes` in all.
fn reports(example: &Session, size: &StressSize, dice: &mut Dice) -> Vec<Report> {
    let pool = TextPool::of(example);
    let templates = &example.reports;
    let mut reports = Vec::with_capacity(size.reports);
    let per_report = size.report_text_bytes / size.reports.max(1) + 1;
    for index in 0..size.reports {
        let Some(template) = templates.get(index % templates.len().max(1)) else {
            break;
        };
        let round = index / templates.len();
        let mut report = template.clone();
        report.id = ReportId(u32::try_from(index + 1).unwrap_or(u32::MAX));
        if round > 0 {
            report.title = round_title(&template.title, round);
            report.attachments.clear();
        }
        let attachments: usize = report.attachments.iter().map(|a| text_bytes(&a.body)).sum();
        report.body = pool.body(per_report.saturating_sub(attachments), dice);
        reports.push(report);
    }
    reports
}

/// The example's agenda again and again, up to `size.agenda_items` items. Each round links its
/// own copies of the resolutions and motions; reports are shared out over the rounds.
fn agenda_and_documents(example: &Session, size: &StressSize, session: &mut Session) {
    let report_count = session.reports.len();
    let example_reports: Vec<ReportId> = example.reports.iter().map(|r| r.id).collect();
    let map_report = |id: ReportId, round: usize| -> Option<ReportId> {
        let position = example_reports.iter().position(|r| *r == id)?;
        let index = (round * example_reports.len() + position) % report_count.max(1);
        Some(ReportId(u32::try_from(index + 1).unwrap_or(u32::MAX)))
    };
    let mut round = 0;
    while session.agenda.len() < size.agenda_items && !example.agenda.is_empty() {
        for template in &example.agenda {
            if session.agenda.len() >= size.agenda_items {
                break;
            }
            let mut documents = Vec::new();
            for document in &template.documents {
                let mapped = match *document {
                    DocumentRef::Report(id) => map_report(id, round).map(DocumentRef::Report),
                    DocumentRef::Resolution(id) => example.resolution(id).map(|r| {
                        let copy_id = ResolutionId(next_u32(session.resolutions.len()));
                        let mut copy = r.clone();
                        copy.id = copy_id;
                        copy.explanation = r.explanation.and_then(|e| map_report(e, round));
                        if round > 0 {
                            copy.title = round_title(&r.title, round);
                        }
                        session.resolutions.push(copy);
                        DocumentRef::Resolution(copy_id)
                    }),
                    DocumentRef::Motion(id) => {
                        example.motions.iter().find(|m| m.id == id).map(|m| {
                            let copy_id = MotionId(next_u32(session.motions.len()));
                            let mut copy = m.clone();
                            copy.id = copy_id;
                            session.motions.push(copy);
                            DocumentRef::Motion(copy_id)
                        })
                    }
                };
                documents.extend(mapped);
            }
            let id = AgendaItemId(next_u32(session.agenda.len()));
            session.agenda.push(AgendaItem {
                id,
                kind: template.kind,
                title: if round == 0 {
                    template.title.clone()
                } else {
                    round_title(&template.title, round)
                },
                submitter: template.submitter.clone(),
                presenter: template.presenter.clone(),
                documents,
                sitting: None,
                news: template.news.clone(),
                verb: template.verb.clone(),
                outcome: template.outcome,
                legacy_result: None,
            });
        }
        round += 1;
    }
}

/// The number after `len` as an id: 1 for an empty list.
fn next_u32(len: usize) -> u32 {
    u32::try_from(len + 1).unwrap_or(u32::MAX)
}

/// 「…的报告（三）」: a title marked with its round, counting from one.
fn round_title(title: &str, round: usize) -> String {
    format!(
        "{title}（{}）",
        chinese_number(u32::try_from(round + 1).unwrap_or(u32::MAX))
    )
}

/// Shares `total` entries out over the motions: each motion takes its example entries in turn,
/// with new people from the second round on, and a title that counts them.
fn distribute_entries(
    example: &Session,
    total: usize,
    session: &mut Session,
    names: &mut NameMaker,
) {
    let motions = session.motions.len();
    if motions == 0 {
        return;
    }
    let mut next_entry = 0u32;
    for (index, motion) in session.motions.iter_mut().enumerate() {
        let count = total / motions + usize::from(index < total % motions);
        let template: Vec<AppointmentEntry> = example
            .motions
            .iter()
            .find(|m| m.title == motion.title)
            .map(|m| m.entries.clone())
            .unwrap_or_else(|| motion.entries.clone());
        let first_round = index < example.motions.len();
        motion.entries = (0..count)
            .filter_map(|position| {
                let source = template.get(position % template.len().max(1))?;
                next_entry += 1;
                let mut entry = source.clone();
                entry.id = EntryId(next_entry);
                if !first_round || position >= template.len() {
                    for person in &mut entry.people {
                        person.name = names.next_name();
                    }
                }
                Some(entry)
            })
            .collect();
        retitle_motion(motion);
    }
}

/// 「关于提请任免张三等12名同志职务的议案」 for the motion's present entries.
fn retitle_motion(motion: &mut AppointmentMotion) {
    if let Some(first) = motion.entries.first() {
        motion.title = format!(
            "关于提请任免{}等{}名同志职务的议案",
            first.people.first().map_or("", |p| p.name.as_str()),
            motion.entries.len()
        );
    }
}

/// The example's evaluations once per agenda round; from the second round on, every other one
/// recorded ballot by ballot.
fn evaluations(
    example: &Session,
    rounds: usize,
    session: &Session,
    dice: &mut Dice,
) -> Vec<Evaluation> {
    let present: Vec<MemberId> = present_members(session);
    let mut evaluations = Vec::new();
    for round in 0..rounds {
        for template in &example.evaluations {
            let id = EvaluationId(next_u32(evaluations.len()));
            let record = if round > 0 && evaluations.len() % 2 == 0 {
                EvaluationRecord::Ballots(
                    present
                        .iter()
                        .map(|member| EvaluationBallot {
                            member: *member,
                            grade: match dice.below(100) {
                                0..=79 => Some(Grade::Satisfied),
                                80..=94 => Some(Grade::BasicallySatisfied),
                                95..=98 => Some(Grade::Dissatisfied),
                                _ => None,
                            },
                        })
                        .collect(),
                )
            } else {
                template.record.clone()
            };
            let subject = if round == 0 {
                template.subject.clone()
            } else {
                round_title(&template.subject, round)
            };
            let reports = template
                .reports
                .iter()
                .filter_map(|r| {
                    let position = example.reports.iter().position(|x| x.id == *r)?;
                    let index =
                        (round * example.reports.len() + position) % session.reports.len().max(1);
                    Some(ReportId(next_u32(index)))
                })
                .collect();
            let mut evaluation = Evaluation::new(id, subject, reports);
            evaluation.record = record;
            evaluations.push(evaluation);
        }
    }
    evaluations
}

fn present_members(session: &Session) -> Vec<MemberId> {
    session
        .roster
        .iter()
        .filter(|m| session.is_present(m.id))
        .map(|m| m.id)
        .collect()
}

/// Records the votes as the example has them: every subject voted on except the agenda itself,
/// which is left pending (the example's state when the session opens), all announced; the first
/// `ballot_votes` member by member, the rest with the result only. Through the model's own
/// methods, as the console records them.
fn record_votes(ballot_votes: usize, session: &mut Session, dice: &mut Dice) {
    let present = present_members(session);
    let subjects: Vec<VoteSubject> = voting_order(session)
        .into_iter()
        .filter(|s| *s != VoteSubject::Agenda && is_pending(session, s))
        .collect();
    for (index, subject) in subjects.into_iter().enumerate() {
        let record = if index < ballot_votes {
            VoteRecord::Ballots(
                present
                    .iter()
                    .map(|member| Ballot {
                        member: *member,
                        choice: match dice.below(100) {
                            0..=91 => Choice::Yes,
                            92..=95 => Choice::No,
                            96..=98 => Choice::Abstain,
                            _ => Choice::NotPressed,
                        },
                    })
                    .collect(),
            )
        } else {
            VoteRecord::ResultOnly(ResultWithoutCounts::Adopted)
        };
        // Every member present has a ballot and the session is quorate: nothing is refused.
        if let Ok(vote) = session.record_vote(&subject, record) {
            let _ = session.announce(vote, true, &operator());
        }
    }
}

/// The operator the stress session's results are announced by, at a fixed time so that the
/// session is the same at every run.
fn operator() -> huiwu_core::model::recorded::Announcer {
    huiwu_core::model::recorded::Announcer {
        by: "压力测试".to_owned(),
        at: chrono::NaiveDate::from_ymd_opt(2023, 12, 21)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiwu_core::model::check::{Severity, check_session};

    fn example() -> Session {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sessions/hebi-12-09.ron");
        huiwu_core::io::load(&path).unwrap()
    }

    #[test]
    fn the_stress_session_has_the_size_the_issue_asks_for() {
        let example = example();
        let stress = stress_session(&example, &StressSize::ISSUE);
        assert_eq!(stress.roster.len(), 300);
        assert_eq!(stress.agenda.len(), 150);
        assert_eq!(stress.reports.len(), 60);
        assert!(report_text_bytes(&stress) >= 4 * 1024 * 1024);
        assert!(report_text_bytes(&stress) < 5 * 1024 * 1024);
        assert_eq!(stress.entries().count(), 300);
        let with_ballots = stress
            .votes
            .iter()
            .filter(|v| matches!(&v.record, VoteRecord::Ballots(b) if !b.is_empty()))
            .count();
        assert_eq!(with_ballots, 100);
        // Ten times the example or more, part by part.
        assert!(stress.roster.len() >= 7 * example.roster.len());
        assert!(stress.agenda.len() >= 10 * example.agenda.len());
        assert!(report_text_bytes(&stress) >= 10 * report_text_bytes(&example));
        assert!(stress.entries().count() >= 10 * example.entries().count());
    }

    #[test]
    fn the_stress_session_is_deterministic_and_consistent() {
        let example = example();
        let stress = stress_session(&example, &StressSize::ISSUE);
        assert_eq!(stress, stress_session(&example, &StressSize::ISSUE));
        let errors: Vec<_> = check_session(&stress)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let names: BTreeSet<&str> = stress.roster.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names.len(), stress.roster.len(), "names are unique");
        assert!(stress.attendance_counts().is_quorate());
    }

    #[test]
    fn headings_are_renumbered() {
        assert_eq!(renumbered(1, "一、关于民生", 3), "三、关于民生");
        assert_eq!(renumbered(2, "（二）加强监督", 11), "（十一）加强监督");
        assert_eq!(renumbered(3, "1.完善制度", 4), "4.完善制度");
        assert_eq!(renumbered(1, "没有编号的标题", 2), "没有编号的标题");
    }
}
