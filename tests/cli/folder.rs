//! The body's folder (issue 15): `body.ron` with the sessions beside it, the registers derived
//! from them, the published results of key suggestions against seeds 001 and 004, and the
//! command line (`huiwu folder`, `huiwu export FOLDER --doc KEY`).

use crate::common;
use chrono::NaiveDate;
use huiwu_core::export::registers::{self, FolderDocKind, FolderDocOptions};
use huiwu_core::io::folder::{self, open_folder};
use huiwu_core::model::term::body_folder::BodyFile;
use huiwu_core::model::term::registers::{EntryResult, SessionState};
use huiwu_core::model::{AttendanceStatus, ReportId, Role, Session};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The program, with its cache of folder summaries in a folder of the tests' own.
fn huiwu() -> Command {
    static CACHE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(|| tempfile::tempdir().unwrap());
    let mut command = Command::new(env!("CARGO_BIN_EXE_huiwu"));
    command.env("HUIWU_CACHE_DIR", cache.path());
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The example body's folder committed under `sessions/`.
fn example_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/hebi-12")
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

/// A second session of the example body: 第十次会议 on 2024-02-27, with 尚欣 on leave 因病
/// and the first 委员 absent; everyone else present.
fn tenth_session(folder: &Path) -> Session {
    let opened = open_folder(folder).unwrap();
    let previous = huiwu_core::io::load(&folder.join("hebi-12-09.ron")).unwrap();
    let mut session = opened.body.new_session(
        10,
        vec![date(2024, 2, 27)],
        Some(&previous),
        date(2024, 2, 1),
    );
    let shang = session.roster.iter().find(|m| m.name == "尚欣").unwrap().id;
    session.set_attendance(shang, AttendanceStatus::OnLeave("因病".to_owned()));
    let member = session
        .roster
        .iter()
        .find(|m| m.role == Role::Member)
        .unwrap()
        .id;
    session.set_attendance(member, AttendanceStatus::Absent);
    session
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
fn the_example_folder_holds_the_example_session_unchanged_and_a_canonical_body() {
    let copy = std::fs::read(example_folder().join("hebi-12-09.ron")).unwrap();
    let original = std::fs::read(common::example_path()).unwrap();
    assert!(
        copy == original,
        "sessions/hebi-12/hebi-12-09.ron must stay a copy of sessions/hebi-12-09.ron"
    );
    let path = example_folder().join("body.ron");
    let written = std::fs::read_to_string(&path).unwrap();
    let body = folder::load_body(&path).unwrap();
    assert_eq!(
        folder::body_to_ron_string(&body).unwrap(),
        written,
        "run `huiwu format` on it"
    );
    assert_eq!(
        body.body,
        common::example().body,
        "the house style of the example session"
    );
    assert_eq!(body.members.len(), 41);
    assert_eq!(body.suggestions.len(), 30);
    assert_eq!(body.key_suggestions(2022).count(), 15);
    assert_eq!(body.key_suggestions(2025).count(), 15);
}

#[test]
fn attendance_is_counted_per_member_per_year_with_the_reasons() {
    let (_dir, folder) = copied_folder();
    let tenth = tenth_session(&folder);
    huiwu_core::io::save(&tenth, &folder.join("hebi-12-10.ron")).unwrap();
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    let today = date(2024, 12, 31);
    assert_eq!(term.held_years(today), [2023, 2024]);
    let record = term.attendance_record(2023, today);
    assert_eq!(record.sessions, [(9, date(2023, 12, 21))]);
    assert_eq!(record.rows.len(), 41);
    assert_eq!(record.rows[0].member.name, "史全新");
    assert_eq!(record.rows.iter().map(|r| r.present).sum::<u32>(), 35);
    let on_leave: Vec<_> = record.rows.iter().filter(|r| r.on_leave > 0).collect();
    assert_eq!(on_leave.len(), 6);
    let record = term.attendance_record(2024, today);
    assert_eq!(record.sessions, [(10, date(2024, 2, 27))]);
    let shang = record
        .rows
        .iter()
        .find(|r| r.member.name == "尚欣")
        .unwrap();
    assert_eq!((shang.expected, shang.present, shang.on_leave), (1, 0, 1));
    assert_eq!(shang.leaves, [(10, "因病".to_owned())]);
    assert_eq!(shang.rate_percent(), Some(0.0));
    let absent: Vec<_> = record.rows.iter().filter(|r| r.absent > 0).collect();
    assert_eq!(absent.len(), 1);
    assert_eq!(absent[0].absences, [10]);
    // A session not held yet by the day of the record does not count.
    let record = term.attendance_record(2024, date(2024, 2, 26));
    assert!(record.sessions.is_empty());
    // The document: the table and each leave by session.
    let doc = registers::plain_text(
        &term,
        FolderDocKind::AttendanceRecord,
        FolderDocOptions {
            year: Some(2024),
            today,
        },
    )
    .unwrap();
    assert!(
        doc.starts_with("鹤壁市第十二届人民代表大会常务委员会组成人员2024年度出席会议情况\n"),
        "{doc}"
    );
    assert!(
        doc.contains("2024年市十二届人大常委会共举行会议1次：第十次会议（2月27日）。"),
        "{doc}"
    );
    assert!(doc.contains("尚欣\t副主任\t1\t0\t1\t0\t0.00%"), "{doc}");
    assert!(doc.contains("尚欣：第十次会议请假（因病）。"), "{doc}");
    assert!(
        doc.contains("鹤壁市人民代表大会常务委员会办公室\n2024年12月31日\n"),
        "{doc}"
    );
}

#[test]
fn a_later_removal_ends_the_holding() {
    let (_dir, folder) = copied_folder();
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    let register = term.appointments();
    let held = register.holders();
    let (post, holder) = held
        .iter()
        .map(|p| (p.post.clone(), p.holders[0].record.person.name.clone()))
        .next()
        .unwrap();
    // 第十次会议 removes that holder from that post.
    let mut tenth = tenth_session(&folder);
    let motion = huiwu_core::model::MotionId(1);
    tenth.motions.push(huiwu_core::model::AppointmentMotion {
        id: motion,
        title: "关于提请免去职务的议案".to_owned(),
        document_number: "鹤人常主任会议〔2024〕1号".to_owned(),
        nominator: huiwu_core::model::Nominator::CouncilOfChairpersons,
        addressee: String::new(),
        basis: String::new(),
        signatory: String::new(),
        date: None,
        entries: vec![huiwu_core::model::AppointmentEntry::of_one(
            huiwu_core::model::EntryId(1),
            huiwu_core::model::AppointmentAction::Remove,
            huiwu_core::model::Appointee::named(holder.clone()),
            vec![post.clone()],
        )],
        vote_together: false,
        presenter: String::new(),
        post_category: String::new(),
        meeting: false,
    });
    tenth.votes.push(huiwu_core::model::Vote::new(
        huiwu_core::model::VoteId(1),
        huiwu_core::model::VoteSubject::Entries(vec![huiwu_core::model::EntryId(1)]),
        huiwu_core::model::VoteRecord::ResultOnly(huiwu_core::model::ResultWithoutCounts::Adopted),
    ));
    tenth
        .announce(huiwu_core::model::VoteId(1), false, &common::operator())
        .unwrap();
    huiwu_core::io::save(&tenth, &folder.join("hebi-12-10.ron")).unwrap();
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    let register = term.appointments();
    assert!(
        register
            .holders_of(&post)
            .iter()
            .all(|row| row.record.person.name != holder)
    );
    let last = register.rows.last().unwrap();
    assert_eq!(last.session.number, 10);
    assert_eq!(last.record.result, EntryResult::Adopted);
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
fn a_new_session_in_the_folder_takes_the_roster_and_house_style_of_the_body() {
    let (_dir, folder) = copied_folder();
    let path = folder::body_path(&folder);
    let mut body = folder::load_body(&path).unwrap();
    body.body.settings.names_per_line = 6;
    // 尚欣 leaves, a new 委员 joins, on 2024-01-15.
    let shang = body.members.iter().find(|m| m.name == "尚欣").unwrap().id;
    body.member_leaves(shang, date(2024, 1, 15)).unwrap();
    body.add_member("王新", Role::Member, 0, Some(date(2024, 1, 15)));
    folder::save_body(&body, &path).unwrap();
    let opened = open_folder(&folder).unwrap();
    let previous = huiwu_core::io::load(opened.latest_session_file().unwrap()).unwrap();
    let session = opened.body.new_session(
        opened.next_number(),
        vec![date(2024, 2, 27)],
        Some(&previous),
        date(2024, 2, 1),
    );
    assert_eq!(session.details.number, 10);
    assert_eq!(session.body.settings.names_per_line, 6);
    assert_eq!(session.roster.len(), 41);
    assert!(session.roster.iter().any(|m| m.name == "王新"));
    assert!(session.roster.iter().all(|m| m.name != "尚欣"));
    assert!(session.absences.is_empty());
    assert_eq!(session.observers, previous.observers);
    let file = opened.new_session_path(10);
    huiwu_core::io::save(&session, &file).unwrap();
    let opened = open_folder(&folder).unwrap();
    let listed = opened.sessions[1].loaded.as_ref().unwrap();
    assert_eq!((listed.number, listed.state), (10, SessionState::Preparing));
}

#[test]
fn two_people_work_on_two_sessions_of_one_folder_at_once() {
    use huiwu_core::io::lock::{LockError, acquire};
    let (_dir, folder) = copied_folder();
    huiwu_core::io::save(&tenth_session(&folder), &folder.join("hebi-12-10.ron")).unwrap();
    let now = chrono::Local::now();
    let ninth = acquire(&folder.join("hebi-12-09.ron"), now).unwrap();
    let tenth = acquire(&folder.join("hebi-12-10.ron"), now).unwrap();
    let body = acquire(&folder::body_path(&folder), now).unwrap();
    // Each file has its own lock: a second editor of any of them is told who has it.
    assert!(matches!(
        acquire(&folder.join("hebi-12-10.ron"), now),
        Err(LockError::LockedBy { .. })
    ));
    assert!(matches!(
        acquire(&folder::body_path(&folder), now),
        Err(LockError::LockedBy { .. })
    ));
    // The folder still opens for everybody, locks and all, and saving one session leaves the
    // other and the body alone.
    let before = std::fs::read(folder.join("hebi-12-09.ron")).unwrap();
    let mut session = huiwu_core::io::load(&folder.join("hebi-12-10.ron")).unwrap();
    session.details.venue = "市人大常委会会议室".to_owned();
    huiwu_core::io::save(&session, &folder.join("hebi-12-10.ron")).unwrap();
    assert_eq!(
        std::fs::read(folder.join("hebi-12-09.ron")).unwrap(),
        before
    );
    assert_eq!(open_folder(&folder).unwrap().sessions.len(), 2);
    drop((ninth, tenth, body));
    assert!(acquire(&folder::body_path(&folder), now).is_ok());
}

#[test]
fn body_saves_are_atomic_with_backups() {
    let (_dir, folder) = copied_folder();
    let path = folder::body_path(&folder);
    let first = std::fs::read(&path).unwrap();
    with_opinion(&folder);
    assert_eq!(
        std::fs::read(huiwu_core::io::backup_path(&path)).unwrap(),
        first
    );
    let leftovers: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// ----- the command line -----

#[test]
fn folder_prints_the_summary_of_the_term() {
    let output = huiwu()
        .arg("folder")
        .arg(example_folder())
        .args(["--date", "2026-01-10"])
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success(), "{out}{}", text(&output.stderr));
    for expected in [
        "常委会：鹤壁市人民代表大会常务委员会（第十二届）",
        "组成人员：41人",
        "会议：1次",
        "　第九次会议　2023年12月21日　已结束　hebi-12-09.ron",
        "出席情况：2023年举行会议1次，应出席41人次，出席35人次，出席率85.37%",
        "2022年度：共15件（重点督办15件）",
        "2025年度：共15件（重点督办15件）",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
}

#[test]
fn folder_lists_a_broken_session_and_exits_zero_but_one_without_body() {
    let (_dir, folder) = copied_folder();
    std::fs::write(folder.join("hebi-12-10.ron"), "").unwrap();
    let output = huiwu().arg("folder").arg(&folder).output().unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(out.contains("另有1个文件无法读取"), "{out}");
    assert!(
        out.contains("无法读取：文件「") && out.contains("hebi-12-10.ron」是空的"),
        "{out}"
    );
    let empty = tempfile::tempdir().unwrap();
    let output = huiwu().arg("folder").arg(empty.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("还不是常委会文件夹"));
}

#[test]
fn export_writes_every_register_in_every_format() {
    let (dir, folder) = copied_folder();
    let mut body = with_opinion(&folder);
    // Its text, so that 审议意见 has one to print.
    let id = body.opinions[0].id;
    body.set_opinion_text(
        id,
        huiwu_core::model::text::blocks_from_plain_text(
            "会议认为，工作扎实有效。\n一、加快项目建设进度",
        ),
    )
    .unwrap();
    folder::save_body(&body, &folder::body_path(&folder)).unwrap();
    for kind in FolderDocKind::ALL {
        for extension in ["docx", "html", "md", "txt"] {
            let out = dir.path().join(format!("{}.{extension}", kind.key()));
            let output = huiwu()
                .arg("export")
                .arg(&folder)
                .args([
                    "--doc",
                    kind.key(),
                    "--date",
                    "2024-04-07",
                    "--year",
                    "2023",
                ])
                .arg("--to")
                .arg(&out)
                .output()
                .unwrap();
            // The 2023 results do not exist: that one export is refused, in Chinese.
            if kind == FolderDocKind::SuggestionResults {
                assert_eq!(output.status.code(), Some(1));
                assert!(text(&output.stderr).contains("2023年度没有重点督办建议"));
                continue;
            }
            assert!(
                output.status.success(),
                "{kind:?} {extension}: {}",
                text(&output.stderr)
            );
            let bytes = std::fs::read(&out).unwrap();
            assert!(bytes.len() > 200, "{kind:?} {extension}");
            if extension == "docx" {
                assert_eq!(&bytes[..2], b"PK");
            }
        }
    }
    let attendance = std::fs::read_to_string(dir.path().join("attendance-record.txt")).unwrap();
    common::check_golden("folder/attendance-record.txt", &attendance);
}

#[test]
fn export_prints_the_results_of_a_year_as_the_seed() {
    let output = huiwu()
        .arg("export")
        .arg(example_folder())
        .args(["--doc", "suggestion-results", "--year", "2022", "--to", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        fold_all(&text(&output.stdout)),
        fold_all(&seed_results(2022))
    );
}

#[test]
fn export_tells_a_folder_from_a_session_file() {
    let output = huiwu()
        .arg("export")
        .arg(example_folder())
        .args(["--doc", "minutes"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(
        err.contains("是文件夹") && err.contains("attendance-record"),
        "{err}"
    );
    let output = huiwu()
        .arg("export")
        .arg(common::example_path())
        .args(["--doc", "attendance-record"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(
        err.contains("不是文件夹") && err.contains("常委会文件夹"),
        "{err}"
    );
    let output = huiwu()
        .arg("export")
        .arg(common::example_path())
        .args(["--doc", "minutes", "--year", "2023"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("--year"));
    // A bad date is refused by the command line itself.
    let output = huiwu()
        .arg("folder")
        .arg(example_folder())
        .args(["--date", "2024-13-01"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("--date"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn help_names_the_folder_and_its_registers_in_chinese() {
    let output = huiwu().args(["export", "--help"]).output().unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success());
    for expected in [
        "attendance-record（组成人员出席会议情况）",
        "suggestion-results（重点督办建议办理结果）",
        "--year <年度>",
        "huiwu export <文件夹>",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
    let output = huiwu().args(["folder", "--help"]).output().unwrap();
    let out = text(&output.stdout);
    assert!(out.contains("用法：huiwu folder <文件夹>"), "{out}");
    let output = huiwu().arg("--help").output().unwrap();
    assert!(text(&output.stdout).contains("常委会文件夹"));
}

#[test]
fn format_rewrites_body_ron_in_the_standard_layout() {
    let (_dir, folder) = copied_folder();
    let path = folder::body_path(&folder);
    let standard = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, standard.replace("\n  ", "\n")).unwrap();
    let output = huiwu().arg("format").arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), standard);
}

#[test]
fn suggestions_are_imported_from_a_spreadsheet_under_the_lock() {
    let (dir, folder) = copied_folder();
    let csv = dir.path().join("建议.csv");
    std::fs::write(
        &csv,
        "建议编号,案由,领衔代表,联名代表,主办单位,协办单位,交办日期,重点督办,答复日期,答复类别,办理情况,满意度\n\
         12,关于加快城区停车场建设的建议,张三,\"李四、王五\",鹤壁市城市管理局,鹤壁市公安局,2024-03-20,否,2024-06-10,B,一是……,基本满意\n\
         13,关于加强校园周边交通安全的建议,赵六,,鹤壁市公安局,,2024-03-20,是,,,,\n",
    )
    .unwrap();
    let output = huiwu()
        .arg("folder")
        .arg(&folder)
        .arg("--import-suggestions")
        .arg(&csv)
        .args(["--year", "2024", "--date", "2024-07-01"])
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(out.contains("导入2件代表建议"), "{out}");
    assert!(
        out.contains("2024年度：共2件（重点督办1件），已交办2件，已答复1件（B类1件；代表评价：基本满意1件），已办结1件，逾期未答复1件"),
        "{out}"
    );
    let body = folder::load_body(&folder::body_path(&folder)).unwrap();
    assert_eq!(body.suggestions.len(), 32);
    let last = body.suggestions.last().unwrap();
    assert_eq!((last.id.0, last.number.as_str()), (32, "13"));
    // A bad row names the file and the line, and nothing is imported.
    std::fs::write(&csv, "标题,交办日期\n甲,2024-03-20\n乙,明天\n").unwrap();
    let before = std::fs::read(folder::body_path(&folder)).unwrap();
    let output = huiwu()
        .arg("folder")
        .arg(&folder)
        .arg("--import-suggestions")
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(
        err.contains("建议.csv") && err.contains("第3行") && err.contains("明天"),
        "{err}"
    );
    assert_eq!(std::fs::read(folder::body_path(&folder)).unwrap(), before);
    // While someone edits body.ron, nobody else writes it.
    std::fs::write(&csv, "标题\n甲\n").unwrap();
    let guard =
        huiwu_core::io::lock::acquire(&folder::body_path(&folder), chrono::Local::now()).unwrap();
    let output = huiwu()
        .arg("folder")
        .arg(&folder)
        .arg("--import-suggestions")
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("正由"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read(folder::body_path(&folder)).unwrap(), before);
    drop(guard);
}

#[test]
fn unchanged_sessions_are_summed_up_from_the_cache() {
    use huiwu_core::io::folder_cache::SummaryCache;
    let (dir, folder) = copied_folder();
    huiwu_core::io::save(&tenth_session(&folder), &folder.join("hebi-12-10.ron")).unwrap();
    let cache = SummaryCache::at(dir.path().join("cache"));
    let fresh = open_folder(&folder).unwrap();
    let first = folder::open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!(first.from_cache, 0);
    let second = folder::open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!(second.from_cache, 2);
    assert_eq!(
        second.sessions, fresh.sessions,
        "the cache gives what reading gives"
    );
    // A session saved again is read again; the other still comes from the cache.
    let mut tenth = huiwu_core::io::load(&folder.join("hebi-12-10.ron")).unwrap();
    tenth.absences.clear();
    huiwu_core::io::save(&tenth, &folder.join("hebi-12-10.ron")).unwrap();
    let third = folder::open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!(third.from_cache, 1);
    assert_eq!(third.sessions, open_folder(&folder).unwrap().sessions);
    let record = third.term().attendance_record(2024, date(2024, 12, 31));
    assert!(record.rows.iter().all(|r| r.present == 1));
    // A damaged cache is not used, and is written again.
    for entry in std::fs::read_dir(dir.path().join("cache")).unwrap() {
        std::fs::write(entry.unwrap().path(), "(cache_version: 1, garbage").unwrap();
    }
    let fourth = folder::open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!((fourth.from_cache, fourth.sessions.len()), (0, 2));
    assert_eq!(
        folder::open_folder_cached(&folder, Some(&cache))
            .unwrap()
            .from_cache,
        2
    );
    // body.ron saved again is read again.
    assert!(fourth.body.opinions.is_empty());
    let body = with_opinion(&folder);
    let fifth = folder::open_folder_cached(&folder, Some(&cache)).unwrap();
    assert_eq!(fifth.body, body);
    assert_eq!(fifth.from_cache, 2);
    assert_eq!(
        folder::open_folder_cached(&folder, Some(&cache))
            .unwrap()
            .body,
        body
    );
}

#[test]
fn an_opinion_is_drafted_written_and_printed_as_sent() {
    let (_dir, folder) = copied_folder();
    let mut body = with_opinion(&folder);
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    let options = FolderDocOptions {
        year: None,
        today: date(2024, 1, 5),
    };
    // Nothing written yet: the document says so, in Chinese.
    let error = registers::plain_text(&term, FolderDocKind::Opinions, options).unwrap_err();
    assert_eq!(error.to_string(), "常委会文件夹中还没有写好的审议意见。");
    // The draft: the deliberation's sentence from the session, the reply's deadline, and the
    // parts to fill in marked.
    let rows = term.opinions(date(2024, 1, 5));
    let draft = registers::opinion_draft(&term, &rows[0]);
    let text = huiwu_core::model::text::plain_text_from_blocks(&draft);
    assert!(
        text.starts_with(
            "2023年12月21日，市十二届人大常委会第九次会议听取和审议了市人民政府关于2023年重点民生实事办理情况的专项工作报告。"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "请市人民政府认真研究处理，并于2024年3月28日前将研究处理情况书面报告市人大常委会。"
        ),
        "{text}"
    );
    assert!(registers::has_parts_to_fill_in(&draft));
    // Written and saved through the body's edit; the document prints it as sent.
    let written = text
        .replace("【对工作的总体评价】", "市人民政府高度重视重点民生实事工作")
        .replace("【工作中存在的主要问题和不足】", "项目推进不够均衡")
        .replace("【意见和建议】", "加快项目建设进度")
        .replace("【具体内容】", "要倒排工期，确保按期完成。");
    let blocks = huiwu_core::model::text::blocks_from_plain_text(&written);
    assert!(!registers::has_parts_to_fill_in(&blocks));
    let id = body.opinions[0].id;
    body.apply(huiwu_core::model::term::body_folder::BodyEdit::SetOpinionText(id, blocks))
        .unwrap();
    folder::save_body(&body, &folder::body_path(&folder)).unwrap();
    let opened = open_folder(&folder).unwrap();
    let term = opened.term();
    let doc = registers::plain_text(&term, FolderDocKind::Opinions, options).unwrap();
    common::check_golden("folder/opinions.txt", &doc);
    assert!(doc.contains("市人民政府："), "{doc}");
    assert!(doc.contains("一、加快项目建设进度"), "{doc}");
    // By year: the session's year has it, another year has none.
    let of_2023 = FolderDocOptions {
        year: Some(2023),
        ..options
    };
    assert_eq!(
        registers::plain_text(&term, FolderDocKind::Opinions, of_2023).unwrap(),
        doc.replace(
            "市十二届人大常委会审议意见",
            "市十二届人大常委会2023年审议意见"
        )
    );
    let of_2022 = FolderDocOptions {
        year: Some(2022),
        ..options
    };
    assert!(registers::plain_text(&term, FolderDocKind::Opinions, of_2022).is_err());
    // Every format writes it; the command line exports it by its key.
    let out = folder.join("审议意见.docx");
    registers::export_to_file(&term, FolderDocKind::Opinions, options, &out).unwrap();
    assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    let printed = huiwu()
        .args(["export"])
        .arg(&folder)
        .args(["--doc", "opinions", "--to", "-"])
        .output()
        .unwrap();
    assert!(printed.status.success(), "{}", text_of(&printed.stderr));
    assert!(text_of(&printed.stdout).contains("一、加快项目建设进度"));
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_roster_history_is_kept_by_the_bodys_edits() {
    use huiwu_core::model::term::body_folder::BodyEdit;
    use huiwu_core::model::{Gender, Person};
    let (_dir, folder) = copied_folder();
    let path = folder::body_path(&folder);
    let mut body = folder::load_body(&path).unwrap();
    let before = body.roster_on(date(2024, 6, 1)).len();
    body.apply(BodyEdit::AddMember {
        name: " 张新 ".to_owned(),
        gender: Gender::Female,
        role: Role::Member,
        rank: 0,
        from: Some(date(2024, 6, 1)),
    })
    .unwrap();
    let id = body.members.last().unwrap().id;
    assert_eq!(body.member(id).unwrap().name, "张新");
    // The same name twice, while serving, is refused; an empty name too.
    let again = BodyEdit::AddMember {
        name: "张新".to_owned(),
        gender: Gender::Female,
        role: Role::Member,
        rank: 0,
        from: None,
    };
    assert!(
        body.clone()
            .apply(again)
            .unwrap_err()
            .to_string()
            .contains("张新已是组成人员")
    );
    assert!(
        body.clone()
            .apply(BodyEdit::AddMember {
                name: " ".to_owned(),
                gender: Gender::Unspecified,
                role: Role::Member,
                rank: 0,
                from: None,
            })
            .is_err()
    );
    body.apply(BodyEdit::ChangeRole {
        member: id,
        role: Role::ViceChair,
        rank: 5,
        on: date(2025, 1, 10),
    })
    .unwrap();
    body.apply(BodyEdit::CorrectMember(Person {
        name: "张欣".to_owned(),
        gender: Gender::Female,
        note: "市总工会主席".to_owned(),
        ..body.member(id).unwrap().person.clone()
    }))
    .unwrap();
    body.apply(BodyEdit::MemberLeaves(id, date(2025, 6, 30)))
        .unwrap();
    folder::save_body(&body, &path).unwrap();
    let body = folder::load_body(&path).unwrap();
    let role_on = |day| {
        body.roster_on(day)
            .into_iter()
            .find(|m| m.id == id)
            .map(|m| (m.person.name, m.role))
    };
    assert_eq!(role_on(date(2024, 5, 31)), None);
    assert_eq!(
        role_on(date(2024, 6, 1)),
        Some(("张欣".to_owned(), Role::Member))
    );
    assert_eq!(
        role_on(date(2025, 1, 10)),
        Some(("张欣".to_owned(), Role::ViceChair))
    );
    assert_eq!(role_on(date(2025, 6, 30)), None);
    assert_eq!(body.roster_on(date(2024, 6, 1)).len(), before + 1);
    // A new session on a day after the member left does not take them.
    let session = body.new_session(20, vec![date(2025, 8, 28)], None, date(2025, 8, 1));
    assert!(session.roster.iter().all(|m| m.id != id));
}

#[test]
fn every_field_of_a_suggestion_is_edited_together() {
    use huiwu_core::model::term::body_folder::{BodyEdit, SuggestionDetails};
    let (_dir, folder) = copied_folder();
    let path = folder::body_path(&folder);
    let mut body = folder::load_body(&path).unwrap();
    let id = body.suggestions[0].id;
    let mut details = SuggestionDetails::of(&body.suggestions[0]);
    details.number = "第105号".to_owned();
    details.co_signers = vec!["李四".to_owned(), " 王五 ".to_owned(), String::new()];
    details.category = "城乡建设".to_owned();
    details.helping_units = vec!["鹤壁市财政局".to_owned()];
    details.handed_over = Some(date(2022, 3, 1));
    details.deadline = Some(date(2022, 9, 1));
    details.supervisors = Some(vec!["王建国".to_owned()]);
    body.apply(BodyEdit::EditSuggestion(id, details.clone()))
        .unwrap();
    let s = body.suggestion(id).unwrap();
    assert_eq!(s.number, "第105号");
    assert_eq!(s.co_signers, ["李四", "王五"]);
    assert_eq!(s.helping_units, ["鹤壁市财政局"]);
    assert_eq!(s.due(), Some(date(2022, 9, 1)));
    assert_eq!(s.key.as_ref().unwrap().supervisors, ["王建国"]);
    // A deadline before the handing over, an empty title, or no lead unit on an answered
    // suggestion are refused and change nothing.
    let kept = body.clone();
    for bad in [
        SuggestionDetails {
            deadline: Some(date(2022, 2, 1)),
            ..details.clone()
        },
        SuggestionDetails {
            title: " ".to_owned(),
            ..details.clone()
        },
        SuggestionDetails {
            lead_units: Vec::new(),
            ..details.clone()
        },
    ] {
        assert!(body.apply(BodyEdit::EditSuggestion(id, bad)).is_err());
        assert_eq!(body, kept);
    }
    // Ordinary again.
    body.apply(BodyEdit::EditSuggestion(
        id,
        SuggestionDetails {
            supervisors: None,
            ..details
        },
    ))
    .unwrap();
    assert!(!body.suggestion(id).unwrap().is_key());
}

#[test]
fn suggestions_are_read_from_excel_and_from_a_gbk_csv() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    // Excel: a title row above the column names, a date cell and a date typed as text.
    let read = folder::read_suggestions(&fixtures.join("suggestions.xlsx"), 2025).unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].number, "第1号");
    assert_eq!(read[0].title, "关于加强老旧小区电梯加装的建议");
    assert_eq!(read[0].co_signers, ["李四", "王五"]);
    assert_eq!(read[0].handed_over, Some(date(2025, 3, 20)));
    assert!(read[0].is_key());
    assert_eq!(read[1].handed_over, Some(date(2025, 3, 20)));
    assert!(!read[1].is_key());
    // GBK, as Excel saves CSV on Chinese Windows.
    let read = folder::read_suggestions(&fixtures.join("suggestions-gbk.csv"), 2025).unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].title, "关于加快城区停车场建设的建议");
    assert_eq!(read[0].helping_units, ["鹤壁市公安局"]);
    // A workbook without a title column, and a Word file, are refused in Chinese naming the file.
    let error = folder::read_suggestions(&fixtures.join("no-names.xlsx"), 2025)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no-names.xlsx") && error.contains("「标题」"),
        "{error}"
    );
    let error = folder::read_suggestions(&fixtures.join("report-tables.docx"), 2025)
        .unwrap_err()
        .to_string();
    assert!(error.contains("Word"), "{error}");
    // Through the command line into the folder.
    let (_dir, folder_path) = copied_folder();
    let output = huiwu()
        .arg("folder")
        .arg(&folder_path)
        .arg("--import-suggestions")
        .arg(fixtures.join("suggestions.xlsx"))
        .args(["--year", "2025"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("导入2件代表建议"));
}

#[test]
fn folder_create_makes_a_folder_the_window_opens() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("新的一届");
    let output = huiwu()
        .args(["folder", "create"])
        .arg(&target)
        .arg("--from")
        .arg(common::example_path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(
        out.contains("已新建常委会文件夹") && out.contains("41名组成人员"),
        "{out}"
    );
    assert!(!out.contains("body.ron"), "{out}");
    // The folder's summary reads it, with the copied session.
    let output = huiwu().arg("folder").arg(&target).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("第九次会议"));
    // Once is enough.
    let output = huiwu()
        .args(["folder", "create"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("已经是常委会文件夹"));
    // The summary of a folder that is not one yet says how to make it one.
    let plain = dir.path().join("普通文件夹");
    std::fs::create_dir(&plain).unwrap();
    let output = huiwu().arg("folder").arg(&plain).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("huiwu folder create"));
}
