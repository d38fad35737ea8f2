//! `huiwu style learn`: a published text of the body (UTF-8 or GBK) teaches its forms, printed
//! with the sentence found; `--dry-run` changes nothing; `--into` sets them in the session.

use std::process::Command;

use crate::common;

fn huiwu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_huiwu"))
}

/// A county's news paragraph in words other than the seed's.
const PUBLISHED: &str = "6月27日，县十七届人大常委会举行第十五次会议。会议由县人大常委会副主任李明华主持。县人大常委会副主任张秀英、刘德胜出席了会议。县人民法院院长陈静列席了会议。会议应到常委会组成人员25人，实到22人，符合法定人数。会议决定任命刘卫东为淇县人民政府副县长，免去秦志勇淇县人民法院审判员一职。\n";

#[test]
fn style_learn_reads_gbk_prints_the_evidence_and_saves_the_forms() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("会议.ron");
    std::fs::copy(common::example_path(), &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let text = dir.path().join("往期公报.txt");
    let (gbk, _, _) = encoding_rs::GBK.encode(PUBLISHED);
    std::fs::write(&text, &gbk).unwrap();

    let output = huiwu()
        .args(["style", "learn"])
        .arg(&text)
        .arg("--into")
        .arg(&session)
        .arg("--dry-run")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Each form by its name and the variant found by its wording, never by the program's key.
    assert!(
        out.contains("导语及其动词：「{日期}，{级}{届}届人大常委会举行第{次}次会议。」"),
        "{out}"
    );
    assert!(!out.contains("juxing"), "{out}");
    assert!(
        out.contains("依据：6月27日，县十七届人大常委会举行第十五次会议。"),
        "{out}"
    );
    assert!(out.contains("免职的「的」：「{名单}{职务}一职」"), "{out}");
    assert!(out.contains("试运行"), "{out}");
    assert_eq!(
        std::fs::read(&session).unwrap(),
        before,
        "a dry run changes nothing"
    );

    let output = huiwu()
        .args(["style", "learn"])
        .arg(&text)
        .arg("--into")
        .arg(&session)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let saved = huiwu_core::io::load(&session).unwrap();
    let forms = &saved.body.settings.forms;
    for (form, variant) in [
        ("lead", "juxing"),
        ("presiding", "you_presides"),
        ("attendance_leaders", "chuxi_le"),
        ("attendance_nonvoting", "closing_le"),
        ("quorum", "no_leave_huiyi"),
        ("de", "yizhi"),
    ] {
        assert_eq!(
            forms.get(form),
            Some(&huiwu_core::wording::forms::FormChoice::Variant(
                variant.into()
            )),
            "{form}"
        );
    }
    // The session's news now reads in the learned words.
    let news = huiwu_core::export::plain_text(&saved, huiwu_core::export::DocKind::News);
    assert!(
        news.contains(
            "12月21日，市十二届人大常委会举行第九次会议。会议由市人大常委会主任史全新主持。"
        ),
        "{news}"
    );
}

/// A county's items, appointments and ceremonies in words other than the seed's.
const ITEMS_AND_CEREMONIES: &str = "会议依法听取和审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；书面听取了县政府关于2024年上半年全县经济运行情况的报告。会议还进行了人事任免，任命蒋锐为县人民政府副县长。会上，县人大常委会主任王建国向新任命人员颁发任命书，现场举行宪法宣誓仪式。\n";

#[test]
fn style_learn_finds_item_verbs_personnel_verbs_and_ceremonies() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("会议.ron");
    std::fs::copy(common::example_path(), &session).unwrap();
    let text = dir.path().join("往期新闻.txt");
    std::fs::write(&text, ITEMS_AND_CEREMONIES).unwrap();
    let output = huiwu()
        .args(["style", "learn"])
        .arg(&text)
        .arg("--into")
        .arg(&session)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let saved = huiwu_core::io::load(&session).unwrap();
    let forms = &saved.body.settings.forms;
    for (form, variant) in [
        ("item_verb_deliberated", "yifa"),
        ("item_verb_heard", "in_writing"),
        ("personnel_verb", "ren_for_all"),
        ("after_vote_certificate", "xiang"),
        ("after_vote_oath", "ceremony"),
    ] {
        assert_eq!(
            forms.get(form),
            Some(&huiwu_core::wording::forms::FormChoice::Variant(
                variant.into()
            )),
            "{form}"
        );
    }
    let news = huiwu_core::export::plain_text(&saved, huiwu_core::export::DocKind::News);
    assert!(
        news.contains("；任命张建华为鹤壁市科学技术局局长；"),
        "{news}"
    );
    assert!(
        news.contains("向新任命人员颁发任命书，现场举行宪法宣誓仪式。"),
        "{news}"
    );
}

#[test]
fn style_learn_refuses_a_missing_file_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let output = huiwu()
        .args(["style", "learn"])
        .arg(dir.path().join("没有.txt"))
        .arg("--into")
        .arg(dir.path().join("会议.ron"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("没有.txt"), "{err}");
}
