//! Files of every earlier format open: `tests/fixtures/v1/` to `v4/` hold the example
//! sessions as formats 1 to 4 wrote them, `v5/` as format 5 migrated them from format 4 and
//! `v5/last/` as format 5 last saved them. Each loads with nothing lost, exports the same
//! documents, and is rewritten in the current format only when saved (the old file kept as the
//! backup).

use crate::common;
use huiwu_core::export::{DocKind, Format, render};
use huiwu_core::io::{backup_path, from_ron_str, load, load_versioned, save, to_ron_string};
use huiwu_core::model::check::{Severity, check_session};
use huiwu_core::model::decisions::{ItemState, ResolutionState, item_state, resolution_state};
use huiwu_core::model::{FORMAT_VERSION, LegacyResult, VoteRecord, VoteSubject};
use std::path::{Path, PathBuf};

fn v2_example() -> PathBuf {
    Path::new(common::REPO).join("tests/fixtures/v2/hebi-12-09.ron")
}

fn v3_example() -> PathBuf {
    Path::new(common::REPO).join("tests/fixtures/v3/hebi-12-09.ron")
}

/// The example as formats 2 and 3 could hold it: 列席 people without titles (format 4 added
/// them, and the example gained the two the seed's news gives), and without what issue 24 added
/// (the sittings' clock times, the items' news wording).
fn example_before_titles() -> huiwu_core::model::Session {
    let mut session = common::example();
    for person in session
        .observers
        .iter_mut()
        .flat_map(|u| u.people.iter_mut())
    {
        person.title.clear();
    }
    for sitting in &mut session.details.sittings {
        sitting.starts_at.clear();
    }
    for item in &mut session.agenda {
        item.news = huiwu_core::model::NewsMention::Derived;
    }
    session
}

#[test]
fn the_format_2_and_3_examples_load_as_they_are_with_the_new_settings_at_their_defaults() {
    for (path, expected_version) in [(v2_example(), 2), (v3_example(), 3)] {
        let (session, version) = load_versioned(&path).unwrap();
        assert_eq!(version, expected_version);
        assert_eq!(session, example_before_titles());
        assert_eq!(session.body.settings.rate_decimals, 2);
        assert_eq!(session.body.settings.batch_threshold, 5);
        // Entries of one person read as entries of one person.
        assert!(session.entries().all(|e| e.people.len() == 1));
        assert_eq!(session.motions[0].entries[0].people[0].name, "刘育");
        assert_eq!(
            session.motions[0].entries[0].people[0].gender,
            huiwu_core::model::Gender::Female
        );
        for doc in DocKind::ALL {
            let expected = render(&example_before_titles(), doc, Format::Text).unwrap();
            assert_eq!(render(&session, doc, Format::Text).unwrap(), expected);
        }
    }
}

fn v1_example() -> PathBuf {
    Path::new(common::REPO).join("tests/fixtures/v1/hebi-12-09.ron")
}

#[test]
fn the_format_1_example_loads_into_the_current_format_with_nothing_lost() {
    let (migrated, version) = load_versioned(&v1_example()).unwrap();
    assert_eq!(version, 1);
    assert_eq!(migrated.format_version, FORMAT_VERSION);
    // The same session as the example saved in today's format.
    assert_eq!(migrated, example_before_titles());
    let states: Vec<ItemState> = migrated
        .agenda
        .iter()
        .map(|i| item_state(&migrated, i))
        .collect();
    assert_eq!(
        states.iter().filter(|s| **s == ItemState::Adopted).count(),
        11
    );
    assert!(
        migrated
            .resolutions
            .iter()
            .all(|r| resolution_state(&migrated, r) == ResolutionState::Adopted)
    );
    assert!(
        check_session(&migrated)
            .iter()
            .all(|p| p.severity != Severity::Error)
    );
}

#[test]
fn the_format_1_example_exports_the_same_documents() {
    let migrated = load(&v1_example()).unwrap();
    let current = example_before_titles();
    for doc in DocKind::ALL {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            assert_eq!(
                render(&migrated, doc, format).unwrap(),
                render(&current, doc, format).unwrap(),
                "{doc:?} {format:?}"
            );
        }
        // And, given the titles format 4 added, the golden text (the papers before and during the
        // session have theirs in tests/golden/papers/).
        if doc.is_paper() {
            continue;
        }
        let golden = common::golden(&format!("{}.txt", doc.key()));
        let mut titled = migrated.clone();
        let example = common::example();
        for (unit, person) in titled.observers.iter_mut().zip(&example.observers) {
            unit.people.clone_from(&person.people);
        }
        for (item, current) in titled.agenda.iter_mut().zip(&example.agenda) {
            item.news = current.news.clone();
        }
        let text = String::from_utf8(render(&titled, doc, Format::Text).unwrap()).unwrap();
        assert_eq!(text, golden, "{doc:?}");
    }
}

#[test]
fn a_format_1_file_is_rewritten_only_when_saved_and_kept_as_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.ron");
    std::fs::copy(v1_example(), &file).unwrap();
    let original = std::fs::read(&file).unwrap();
    let session = load(&file).unwrap();
    // Loading wrote nothing.
    assert_eq!(std::fs::read(&file).unwrap(), original);
    save(&session, &file).unwrap();
    assert_eq!(std::fs::read(backup_path(&file)).unwrap(), original);
    let (reloaded, version) = load_versioned(&file).unwrap();
    assert_eq!(version, FORMAT_VERSION);
    assert_eq!(reloaded, session);
    // Saving again is byte-identical.
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(to_ron_string(&reloaded).unwrap(), text);
    assert!(text.starts_with(&format!("(\n  format_version: {FORMAT_VERSION},")));
}

/// A small format-1 session: one member, items whose stored outcomes have no vote, agree with
/// theirs, or disagree.
const SMALL_V1: &str = r#"(
  format_version: 1,
  body: (region: "某县", name: "某县人民代表大会常务委员会", short_name: "县人大常委会", term: 18),
  details: (number: 3, dates: ["2024-03-01"]),
  roster: [(id: 1, name: "张三", role: Chair), (id: 2, name: "李四", role: Member), (id: 3, name: "王五", role: Member)],
  agenda: [
    (id: 1, kind: HearAndDeliberate, title: "听取某报告", documents: [Report(1)], outcome: Adopted),
    (id: 2, kind: HearAndDeliberate, title: "听取另一报告", documents: [Report(2)], outcome: Rejected),
    (id: 3, kind: DeliberateDraft, title: "审议某决议（草案）", documents: [Resolution(1)], outcome: Adopted),
    (id: 4, kind: HearAndDeliberate, title: "听取第三个报告", documents: [], outcome: Deliberated),
  ],
  reports: [
    (id: 1, kind: WorkReport, title: "某报告", submitter: "县人民政府", body: []),
    (id: 2, kind: WorkReport, title: "另一报告", submitter: "县人民政府", body: []),
  ],
  resolutions: [
    (id: 1, kind: Resolution, title: "某县人民代表大会常务委员会关于某事的决议", status: Adopted, body: []),
  ],
  votes: [
    (id: 1, subject: AgendaItem(2), record: Counts((yes: 3, no: 0, abstain: 0)), announced: true),
  ],
  evaluations: [
    (id: 1, subject: "某局工作", record: Counts((satisfied: 3, basically_satisfied: 0, dissatisfied: 0))),
  ],
)
"#;

#[test]
fn stored_outcomes_become_votes_or_are_kept_for_check_when_they_disagree() {
    let session = from_ron_str(SMALL_V1, Path::new("small.ron")).unwrap();
    // Item 1: adopted with no vote → an announced 「只记结果：通过」 vote stands for it.
    let vote = session
        .votes
        .iter()
        .find(|v| v.subject == VoteSubject::AgendaItem(session.agenda[0].id))
        .expect("a vote made from the stored outcome");
    assert!(vote.is_announced());
    assert_eq!(
        vote.record,
        VoteRecord::ResultOnly(huiwu_core::model::ResultWithoutCounts::Adopted)
    );
    assert_eq!(item_state(&session, &session.agenda[0]), ItemState::Adopted);
    // Item 2: stored as rejected, but its vote carried (3 of 3): kept, and check says so.
    assert_eq!(
        session.agenda[1].legacy_result,
        Some(LegacyResult::Rejected)
    );
    assert_eq!(item_state(&session, &session.agenda[1]), ItemState::Adopted);
    let problems = check_session(&session);
    assert!(
        problems
            .iter()
            .any(|p| p.severity == Severity::Error
                && p.message.contains("旧版本文件中记为「未获通过」")),
        "{problems:#?}"
    );
    // The resolution adopted without a vote, and its item.
    assert_eq!(
        resolution_state(&session, &session.resolutions[0]),
        ResolutionState::Adopted
    );
    assert_eq!(item_state(&session, &session.agenda[2]), ItemState::Adopted);
    assert_eq!(session.agenda[2].legacy_result, None);
    assert_eq!(
        item_state(&session, &session.agenda[3]),
        ItemState::Deliberated
    );
    // A recorded evaluation of format 1 was final: announced.
    assert!(session.evaluations[0].is_announced());
    // Settling it keeps the vote's word.
    let mut settled = session.clone();
    settled.settle_legacy_result(session.agenda[1].id);
    assert!(
        check_session(&settled)
            .iter()
            .all(|p| p.severity != Severity::Error)
    );
    // And it round-trips in the current format.
    let text = to_ron_string(&session).unwrap();
    assert_eq!(
        from_ron_str(&text, Path::new("again.ron")).unwrap(),
        session
    );
}

#[test]
fn the_format_4_examples_load_into_format_5_and_export_the_same_documents() {
    for name in ["hebi-12-09.ron", "qixian-17-15.ron"] {
        let old = Path::new(common::REPO).join("tests/fixtures/v4").join(name);
        let (migrated, version) = load_versioned(&old).unwrap();
        assert_eq!(version, 4);
        // tests/fixtures/v5 holds the examples as the format-4 files migrated and saved when
        // format 5 came (the examples in sessions/ have been edited since): equal, to the byte
        // but the version (format 6 added only fields these files lack).
        let saved = Path::new(common::REPO).join("tests/fixtures/v5").join(name);
        let current = load(&saved).unwrap();
        assert_eq!(migrated, current, "{name}");
        assert_eq!(
            to_ron_string(&migrated).unwrap(),
            std::fs::read_to_string(&saved).unwrap().replacen(
                "format_version: 5,",
                &format!("format_version: {FORMAT_VERSION},"),
                1
            )
        );
        // Every announced result got its basis from what the file held.
        for vote in &migrated.votes {
            let announcement = vote.announcement.as_ref().expect("announced in format 4");
            assert_eq!(announcement.members, migrated.member_count());
            assert_eq!(announcement.at, None, "format 4 kept no time");
            assert!(announcement.by.is_empty());
        }
        for doc in DocKind::ALL {
            assert_eq!(
                render(&migrated, doc, Format::Text).unwrap(),
                render(&current, doc, Format::Text).unwrap(),
                "{name} {doc:?}"
            );
        }
    }
}

#[test]
fn a_format_1_body_file_reads_as_it_is_and_saves_in_the_current_format() {
    use huiwu_core::io::folder::body_from_ron_str;
    use huiwu_core::model::term::body_folder::BODY_FORMAT_VERSION;
    let old = Path::new(common::REPO).join("tests/fixtures/body-v1/body.ron");
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.contains("format_version: 1,"));
    let body = body_from_ron_str(&text, &old).unwrap();
    assert_eq!(body.format_version, BODY_FORMAT_VERSION);
    // The committed folder's body.ron is the same file in the current format: equal once read.
    let current = Path::new(common::REPO).join("sessions/hebi-12/body.ron");
    let now = body_from_ron_str(&std::fs::read_to_string(&current).unwrap(), &current).unwrap();
    assert_eq!(body, now);
    // A newer file than this build knows is refused, naming the file.
    let newer = text.replace(
        "format_version: 1,",
        &format!("format_version: {},", BODY_FORMAT_VERSION + 1),
    );
    let refused = body_from_ron_str(&newer, Path::new("新.ron")).unwrap_err();
    assert!(refused.to_string().contains("新.ron"), "{refused}");
}

#[test]
fn a_format_2_body_file_reads_as_it_is_and_saves_in_the_current_format() {
    use huiwu_core::io::folder::{body_from_ron_str, body_to_ron_string};
    use huiwu_core::model::term::body_folder::BODY_FORMAT_VERSION;
    // tests/fixtures/body-v2 holds the example folder's body.ron as format 2 last saved it,
    // before format 3 added the house style's last settings of issue 23.
    let old = Path::new(common::REPO).join("tests/fixtures/body-v2/body.ron");
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.starts_with("(\n  format_version: 2,"));
    let body = body_from_ron_str(&text, &old).unwrap();
    assert_eq!(body.format_version, BODY_FORMAT_VERSION);
    let current = Path::new(common::REPO).join("sessions/hebi-12/body.ron");
    let now = body_from_ron_str(&std::fs::read_to_string(&current).unwrap(), &current).unwrap();
    assert_eq!(body, now);
    // Saved, only the version line changes.
    assert_eq!(
        body_to_ron_string(&body).unwrap(),
        text.replacen(
            "format_version: 2,",
            &format!("format_version: {BODY_FORMAT_VERSION},"),
            1
        )
    );
}

#[test]
fn the_format_5_examples_load_as_they_are_into_format_6_with_none_of_its_facts() {
    // tests/fixtures/v5/last holds the examples as format 5 last saved them, before format 6
    // added the facts every body's own words need (issue 23).
    for name in ["hebi-12-09.ron", "qixian-17-15.ron"] {
        let old = Path::new(common::REPO)
            .join("tests/fixtures/v5/last")
            .join(name);
        let text = std::fs::read_to_string(&old).unwrap();
        assert!(text.starts_with("(\n  format_version: 5,"), "{name}");
        let (migrated, version) = load_versioned(&old).unwrap();
        assert_eq!(version, 5, "{name}");
        assert_eq!(migrated.format_version, FORMAT_VERSION);
        // Nothing to migrate: the examples in sessions/ are the same files saved in format 6.
        let current = load(&Path::new(common::REPO).join("sessions").join(name)).unwrap();
        assert_eq!(migrated, current, "{name}");
        assert_eq!(
            to_ron_string(&migrated).unwrap(),
            text.replacen(
                "format_version: 5,",
                &format!("format_version: {FORMAT_VERSION},"),
                1
            ),
            "{name}: saved again, only the version changes"
        );
        // None of format 6's facts is there, so every document prints as before.
        assert!(migrated.guests.is_empty());
        assert_eq!(migrated.papers.evaluation_notice_number, None);
        assert!(migrated.observers.iter().all(|u| !u.for_related_items));
        assert!(
            migrated
                .motions
                .iter()
                .all(|m| !m.meeting && m.post_category.is_empty())
        );
        assert!(migrated.entries().all(|e| e.reason.is_empty()
            && !e.deputy
            && e.statement.is_none()
            && !e.unnamed_in_news));
        for doc in DocKind::ALL {
            assert_eq!(
                render(&migrated, doc, Format::Text).unwrap(),
                render(&current, doc, Format::Text).unwrap(),
                "{name} {doc:?}"
            );
        }
    }
    // And format 6's facts read back where a file holds them.
    let text = std::fs::read_to_string(
        Path::new(common::REPO).join("tests/fixtures/v5/last/qixian-17-15.ron"),
    )
    .unwrap();
    let with_new = text.replacen(
        "  format_version: 5,\n",
        "  format_version: 6,\n  guests: (citizens: 4),\n",
        1,
    );
    let session = from_ron_str(&with_new, Path::new("新.ron")).unwrap();
    assert_eq!(session.guests.citizens, 4);
}
