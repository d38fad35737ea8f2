//! The body's folder (issue 15): `body.ron` with the sessions beside it, the registers derived
//! from them, the published results of key suggestions against seeds 001 and 004, and the
//! command line (`huiwu folder`, `huiwu export FOLDER --doc KEY`).

use crate::common;
use chrono::NaiveDate;
use huiwu_core::export::registers::{self, FolderDocKind, FolderDocOptions};
use huiwu_core::io::folder::{self, open_folder};
use huiwu_core::model::term::body_folder::BodyFile;
use huiwu_core::model::term::opinions::{OpinionReply, OpinionState};
use huiwu_core::model::term::registers::{EntryResult, SessionState};
use huiwu_core::model::{AbsenceKind, ReportId};
use std::path::{Path, PathBuf};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The example body's folder committed under `sessions/`.
fn example_folder() -> PathBuf {
    Path::new(common::REPO).join("sessions/hebi-12")
}

/// A copy of the example folder in a temporary folder (named like it), to change.
fn copied_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("hebi-12");
    std::fs::create_dir(&folder).unwrap();
    for name in ["body.ron", "hebi-12-09.ron"] {
        std::fs::copy(example_folder().join(name), folder.join(name)).unwrap();
    }
    (dir, folder)
}

/// Every run of white space dropped, and the print's ASCII punctuation taken as the full-width
/// forms the program writes: the newspaper's text was flattened from print, so that a headline
/// broken over two lines has a space inside, and a paragraph broken over two pages a blank line
/// (see tests/golden/README.md).
fn fold_all(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '(' => '（',
            ')' => '）',
            other => other,
        })
        .collect()
}

/// The seed of the results of `year`, without the running headline the newspaper repeats at the
/// top of its second page (2025: 「提升办理实效」 and the subtitle again, inside a paragraph).
fn seed_results(year: i32) -> String {
    let seed = common::golden(&format!("seed-suggestion-results-{year}.txt"));
    let lines: Vec<&str> = seed.lines().collect();
    let subtitle = lines
        .iter()
        .find(|l| l.starts_with("——"))
        .copied()
        .unwrap_or_default();
    let mut seen_subtitle = false;
    lines
        .into_iter()
        .filter(|line| {
            if line.trim() == "提升办理实效" {
                return false;
            }
            if *line == subtitle {
                let first = !seen_subtitle;
                seen_subtitle = true;
                return first;
            }
            true
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_example_folder_opens_with_its_session_listed() {
    let opened = open_folder(&example_folder()).unwrap();
    assert_eq!(opened.sessions.len(), 1);
    let summary = opened.sessions[0].loaded.as_ref().unwrap();
    assert_eq!(summary.number, 9);
    assert_eq!(summary.short_name, "第九次会议");
    assert_eq!(summary.state, SessionState::Concluded);
    assert_eq!(opened.next_number(), 10);
    assert!(
        opened
            .new_session_path(10)
            .ends_with("hebi-12/hebi-12-10.ron")
    );
}

#[test]
fn the_published_results_of_2022_and_2025_match_the_seeds() {
    let opened = open_folder(&example_folder()).unwrap();
    let term = opened.term();
    for year in [2022, 2025] {
        let options = FolderDocOptions {
            year: Some(year),
            today: date(2026, 1, 10),
        };
        let exported =
            registers::plain_text(&term, FolderDocKind::SuggestionResults, options).unwrap();
        let expected = fold_all(&seed_results(year));
        let actual = fold_all(&exported);
        if actual != expected {
            let at = actual
                .chars()
                .zip(expected.chars())
                .position(|(a, b)| a != b)
                .unwrap_or(actual.chars().count().min(expected.chars().count()));
            let around = |s: &str| {
                s.chars()
                    .skip(at.saturating_sub(20))
                    .take(60)
                    .collect::<String>()
            };
            panic!(
                "{year}: the export differs from the seed at character {at}:\n  seed:   {}\n  export: {}",
                around(&expected),
                around(&actual)
            );
        }
    }
    // Without a year: the latest.
    let latest = registers::plain_text(
        &term,
        FolderDocKind::SuggestionResults,
        FolderDocOptions {
            year: None,
            today: date(2026, 1, 10),
        },
    )
    .unwrap();
    assert!(latest.starts_with("聚焦民意关切\n"), "{latest}");
}

#[test]
fn the_fold_really_compares_text() {
    let seed = seed_results(2022);
    assert_ne!(fold_all(&seed.replacen("浚县", "滑县", 1)), fold_all(&seed));
    assert_ne!(fold_all(&seed.replacen("牵头单位", "", 1)), fold_all(&seed));
    assert_eq!(fold_all("关于 加大\n\n对"), fold_all("关于加大对"));
}

#[test]
fn the_register_of_the_example_lists_every_appointment_and_the_holders() {
    let opened = open_folder(&example_folder()).unwrap();
    let term = opened.term();
    let register = term.appointments();
    let session = common::example();
    // One row a person and entry (人次): 14, though 刘育 and 张尚东 each hold two posts.
    let expected: usize = session.entries().map(|e| e.people.len()).sum();
    assert_eq!(register.rows.len(), expected);
    assert_eq!(expected, 14);
    // Each post whole: 「办公室主任」 keeps the unit it was written after.
    let holders: Vec<String> = register.holders().into_iter().map(|h| h.post).collect();
    assert!(
        holders.contains(&"鹤壁市人大常委会办公室主任".to_owned()),
        "{holders:?}"
    );
    assert!(!holders.contains(&"办公室主任".to_owned()));
    assert!(
        register
            .rows
            .iter()
            .all(|row| row.record.result == EntryResult::Adopted)
    );
    // Searching by name and by post.
    let found = register.search("科学技术局");
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|row| row.record.posts_written.contains("科学技术局"))
    );
    let first = &register.rows[0].record.person.name;
    assert!(
        register
            .search(first)
            .iter()
            .all(|row| row.record.person.name.contains(first.as_str()))
    );
    // A post whose holder was removed at the same session and another appointed holds the
    // appointed one only; nobody removed is a holder.
    for post in register.holders() {
        for holder in &post.holders {
            assert!(holder.record.action.is_appointment());
        }
    }
    let removed: Vec<(&str, &str)> = register
        .rows
        .iter()
        .filter(|row| !row.record.action.is_appointment())
        .flat_map(|row| {
            row.record
                .posts
                .iter()
                .map(|post| (row.record.person.name.as_str(), post.as_str()))
        })
        .collect();
    for post in register.holders() {
        for holder in &post.holders {
            assert!(!removed.contains(&(holder.record.person.name.as_str(), post.post.as_str())));
        }
    }
    let doc = registers::plain_text(
        &term,
        FolderDocKind::AppointmentsRegister,
        FolderDocOptions {
            year: None,
            today: date(2026, 1, 10),
        },
    )
    .unwrap();
    common::check_golden("folder/appointments-register.txt", &doc);
}

/// An opinion on the example's 重点民生实事 report, sent on 2023-12-28 and due 2024-03-28.
fn with_opinion(folder: &Path) -> BodyFile {
    let path = folder::body_path(folder);
    let mut body = folder::load_body(&path).unwrap();
    let id = body.add_opinion(9, ReportId(2), "市人民政府");
    body.record_opinion_sent(id, date(2023, 12, 28), Some(date(2024, 3, 28)))
        .unwrap();
    folder::save_body(&body, &path).unwrap();
    body
}

#[test]
fn an_opinion_without_a_reply_is_overdue_after_its_deadline() {
    let (_dir, folder) = copied_folder();
    let mut body = with_opinion(&folder);
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    assert!(term.overdue_opinions(date(2024, 3, 28)).is_empty());
    let overdue = term.overdue_opinions(date(2024, 4, 7));
    assert_eq!(overdue.len(), 1);
    assert_eq!(
        overdue[0].title,
        "关于2023年重点民生实事办理情况的专项工作报告的审议意见"
    );
    assert_eq!(overdue[0].days_overdue, 10);
    let doc = registers::plain_text(
        &term,
        FolderDocKind::OpinionsOverdue,
        FolderDocOptions {
            year: None,
            today: date(2024, 4, 7),
        },
    )
    .unwrap();
    common::check_golden("folder/opinions-overdue.txt", &doc);
    // The reply comes: nothing is overdue any more.
    let id = body.opinions[0].id;
    body.record_opinion_reply(
        id,
        Some(OpinionReply {
            received: Some(date(2024, 4, 10)),
            title:
                "关于市人大常委会对2023年重点民生实事办理情况专项工作报告审议意见研究处理情况的报告"
                    .to_owned(),
            heard_at: Some(11),
        }),
    )
    .unwrap();
    folder::save_body(&body, &folder::body_path(&folder)).unwrap();
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    assert!(term.overdue_opinions(date(2024, 5, 1)).is_empty());
    assert_eq!(
        term.opinions(date(2024, 5, 1))[0].state,
        OpinionState::Replied
    );
    let doc = registers::plain_text(
        &term,
        FolderDocKind::OpinionsOverdue,
        FolderDocOptions {
            year: None,
            today: date(2024, 5, 1),
        },
    )
    .unwrap();
    assert!(
        doc.contains("截至2024年5月1日，没有逾期未答复的审议意见。"),
        "{doc}"
    );
    // The reports deliberated without an opinion: the government's, not the committee's own.
    let without = term.reports_without_opinion();
    assert!(without.iter().all(|(_, r)| r.id != ReportId(2)));
    assert!(
        without
            .iter()
            .all(|(_, r)| !r.submitter.contains("人大常委会") || r.title.contains("检查"))
    );
}

#[test]
fn a_session_that_cannot_be_read_is_listed_and_the_rest_load() {
    let (_dir, folder) = copied_folder();
    std::fs::write(folder.join("hebi-12-10.ron"), "(format_version: 4, body: (").unwrap();
    std::fs::write(folder.join("notes.txt"), "not a session").unwrap();
    std::fs::write(folder.join(".hebi-12-09.ron.lock"), "x").unwrap();
    let opened = open_folder(&folder).unwrap();
    assert_eq!(opened.sessions.len(), 2);
    assert!(
        opened.sessions[0].loaded.is_ok(),
        "the readable session first"
    );
    let error = opened.sessions[1].loaded.as_ref().unwrap_err();
    assert!(
        error.contains("hebi-12-10.ron") && error.contains("第1行"),
        "{error}"
    );
    assert_eq!(opened.failures().count(), 1);
    assert_eq!(opened.term().sessions.len(), 1);
}

#[test]
fn a_folder_without_body_or_with_a_broken_body_is_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let error = open_folder(dir.path()).unwrap_err().to_string();
    assert!(
        error.contains("还不是常委会文件夹") && error.contains("新建"),
        "{error}"
    );
    let error = open_folder(&dir.path().join("nope"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("不是文件夹"), "{error}");
    std::fs::write(
        dir.path().join("body.ron"),
        "(format_version: 1, body: (region: 3))",
    )
    .unwrap();
    let error = open_folder(dir.path()).unwrap_err().to_string();
    assert!(
        error.contains("body.ron") && error.contains("第1行"),
        "{error}"
    );
    std::fs::write(dir.path().join("body.ron"), "(format_version: 9)").unwrap();
    let error = open_folder(dir.path()).unwrap_err().to_string();
    assert!(error.contains("较新版本"), "{error}");
}

#[test]
fn the_attendance_of_the_example_sessions_members_is_the_sessions() {
    // The register's counts are the session's own: 41 members, 35 present, 6 on leave.
    let opened = open_folder(&example_folder()).unwrap();
    let record = opened.term().attendance_record(2023, date(2024, 1, 1));
    let session = common::example();
    for row in &record.rows {
        let member = session
            .roster
            .iter()
            .find(|m| m.name == row.member.name)
            .unwrap();
        let on_leave = session
            .absences
            .iter()
            .any(|a| a.member == member.id && matches!(a.kind, AbsenceKind::Leave(_)));
        assert_eq!(row.on_leave == 1, on_leave, "{}", row.member.name);
    }
}

#[test]
fn a_folder_starts_from_a_session_from_its_own_sessions_or_from_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // From nothing: a new folder with an empty body, no sessions.
    let empty = dir.path().join("空白");
    let started = folder::start_folder(&empty, None).unwrap();
    assert_eq!((started.from.as_deref(), started.members), (None, 0));
    assert!(started.sessions.is_empty());
    assert!(open_folder(&empty).is_ok());
    // Again: refused, nothing changed.
    let before = std::fs::read(empty.join("body.ron")).unwrap();
    let error = folder::start_folder(&empty, None).unwrap_err().to_string();
    assert!(error.contains("已经是常委会文件夹"), "{error}");
    assert!(!error.contains("body.ron"), "{error}");
    assert_eq!(std::fs::read(empty.join("body.ron")).unwrap(), before);

    // From the sessions already there: the latest by date gives body and roster.
    let own = dir.path().join("已有会议");
    std::fs::create_dir(&own).unwrap();
    let mut earlier = common::example();
    earlier.details.number = 8;
    earlier.details.dates = vec![date(2023, 10, 20)];
    earlier.roster.truncate(30);
    huiwu_core::io::save(&earlier, &own.join("hebi-12-08.ron")).unwrap();
    huiwu_core::io::save(&common::example(), &own.join("hebi-12-09.ron")).unwrap();
    let started = folder::start_folder(&own, None).unwrap();
    assert_eq!(started.from, Some(own.join("hebi-12-09.ron")));
    assert_eq!(started.members, 41);
    assert_eq!(started.sessions.len(), 2);
    assert!(started.copied.is_none());
    let opened = open_folder(&own).unwrap();
    assert_eq!(opened.term().sessions.len(), 2);
    assert_eq!(opened.body.body, common::example().body);

    // From a session elsewhere: copied in, the original untouched.
    let elsewhere = dir.path().join("另一个");
    let started = folder::start_folder(&elsewhere, Some(&common::example_path())).unwrap();
    let copy = elsewhere.join("hebi-12-09.ron");
    assert_eq!(started.copied.as_deref(), Some(copy.as_path()));
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(common::example_path()).unwrap()
    );
    let summary = started.summary(&elsewhere);
    assert!(
        summary.contains("41名组成人员") && summary.contains("复制"),
        "{summary}"
    );

    // A session that cannot be read starts nothing.
    let broken = dir.path().join("坏.ron");
    std::fs::write(&broken, "(format_version: 4, body: ").unwrap();
    let target = dir.path().join("不该出现");
    assert!(folder::start_folder(&target, Some(&broken)).is_err());
    assert!(!target.join("body.ron").exists());
}
