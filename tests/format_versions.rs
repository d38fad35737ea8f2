//! Files of every earlier format open: `tests/fixtures/v1/` and `v2/` hold the example session
//! as formats 1 and 2 wrote it. It loads with nothing lost, exports the same documents, and is rewritten in the
//! current format only when saved (the old file kept as the backup).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

mod common;

use std::path::{Path, PathBuf};

use huiwu::export::{DocKind, Format, render};
use huiwu::io::{backup_path, from_ron_str, load, load_versioned, save, to_ron_string};
use huiwu::model::check::{Severity, check_session};
use huiwu::model::decisions::{ItemState, ResolutionState, item_state, resolution_state};
use huiwu::model::{FORMAT_VERSION, LegacyResult, VoteRecord, VoteSubject};

fn v2_example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/hebi-12-09.ron")
}

#[test]
fn the_format_2_example_loads_as_it_is_with_the_new_settings_at_their_defaults() {
    let (session, version) = load_versioned(&v2_example()).unwrap();
    assert_eq!(version, 2);
    assert_eq!(session, common::example());
    assert_eq!(session.body.settings.rate_decimals, 2);
    for doc in DocKind::ALL {
        assert_eq!(
            render(&session, doc, Format::Text).unwrap(),
            render(&common::example(), doc, Format::Text).unwrap()
        );
    }
}

fn v1_example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/hebi-12-09.ron")
}

#[test]
fn the_format_1_example_loads_into_the_current_format_with_nothing_lost() {
    let (migrated, version) = load_versioned(&v1_example()).unwrap();
    assert_eq!(version, 1);
    assert_eq!(migrated.format_version, FORMAT_VERSION);
    // The same session as the example saved in today's format.
    assert_eq!(migrated, common::example());
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
    let current = common::example();
    for doc in DocKind::ALL {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            assert_eq!(
                render(&migrated, doc, format).unwrap(),
                render(&current, doc, format).unwrap(),
                "{doc:?} {format:?}"
            );
        }
        // And the golden text the gazette gives.
        let golden = common::golden(&format!("{}.txt", doc.key()));
        let text = String::from_utf8(render(&migrated, doc, Format::Text).unwrap()).unwrap();
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
    assert!(vote.announced);
    assert_eq!(
        vote.record,
        VoteRecord::ResultOnly(huiwu::model::ResultWithoutCounts::Adopted)
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
    assert!(session.evaluations[0].announced);
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
