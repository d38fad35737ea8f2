//! The command line as scripts use it: check, export, sort-names, format.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failure stops the test right there

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn huiwu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_huiwu"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_prints_the_summary_and_exits_zero() {
    let output = huiwu()
        .arg("check")
        .arg(common::example_path())
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success(), "{out}{}", text(&output.stderr));
    assert!(
        out.contains("鹤壁市第十二届人民代表大会常务委员会第九次会议"),
        "{out}"
    );
    assert!(
        out.contains("组成人员：41人　出席：35人　请假：6人　缺席：0人"),
        "{out}"
    );
    assert!(out.contains("符合法定人数"), "{out}");
    assert!(out.contains("议题：14项"), "{out}");
    assert!(out.contains("任免事项：14项"), "{out}");
}

#[test]
fn check_reports_problems_in_a_broken_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let mut session = common::example();
    // A vote with more votes than members present, and an item that references nothing.
    session.votes.push(huiwu::model::Vote {
        id: huiwu::model::VoteId(999),
        subject: huiwu::model::VoteSubject::Agenda,
        record: huiwu::model::VoteRecord::Counts(huiwu::model::Tally {
            yes: 40,
            no: 0,
            abstain: 0,
            not_pressed: 0,
        }),
        announced: false,
        history: Vec::new(),
    });
    session.agenda[0].documents.clear();
    huiwu::io::save(&session, &path).unwrap();
    let output = huiwu().arg("check").arg(&path).output().unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success());
    assert!(out.contains("票数合计40，超过实到人数35"), "{out}");
    assert!(out.contains("没有关联任何文件"), "{out}");
}

#[test]
fn check_exits_one_with_the_message_for_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(format_version: 1, body: (").unwrap();
    let output = huiwu().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(err.contains("bad.ron") && err.contains("第1行"), "{err}");
}

#[test]
fn export_writes_to_standard_output_and_to_a_file() {
    let output = huiwu()
        .args(["export"])
        .arg(common::example_path())
        .args(["--doc", "observers", "--to", "-"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        common::fold(&text(&output.stdout)),
        common::fold(&common::golden("seed-observers.txt"))
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("任免名单.txt");
    let status = huiwu()
        .arg("export")
        .arg(common::example_path())
        .args(["--doc", "appointments", "--to"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        common::fold(&written),
        common::fold(&common::golden("seed-appointments.txt"))
    );
}

fn sort_names(args: &[&str], input: &str) -> String {
    let mut child = huiwu()
        .arg("sort-names")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    text(&output.stdout)
}

#[test]
fn sort_names_reads_any_separator_and_prints_one_a_line() {
    let published = common::golden("seed-attendance.txt");
    // The 委员 of the gazette: the lines after the 委员 label up to the 请假 line.
    let members: Vec<String> = published
        .lines()
        .skip_while(|l| !l.contains("以姓名笔画为序"))
        .skip(1)
        .take_while(|l| !l.contains("请 假"))
        .flat_map(|l| {
            // Two-character names are printed padded 「田 锋」: join single characters back.
            huiwu::collation::split_names(&l.replace("田 锋", "田锋").replace("薛 松", "薛松"))
        })
        .collect();
    assert_eq!(members.len(), 29);
    let mut shuffled = members.clone();
    shuffled.sort(); // code-point order, far from stroke order
    let input = shuffled.join("、");
    let sorted: Vec<String> = sort_names(&[], &input).lines().map(str::to_owned).collect();
    assert_eq!(sorted, members);

    assert_eq!(
        sort_names(&["--mode", "surname"], "田大利 田富，王五\n"),
        "王五\n田富\n田大利\n"
    );
    assert_eq!(
        sort_names(&["--mode", "name"], "田大利 田富，王五\n"),
        "王五\n田大利\n田富\n"
    );
    assert_eq!(sort_names(&[], ""), "");
}
