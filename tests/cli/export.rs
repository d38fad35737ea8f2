//! Every published document of the example session, in every format: golden files for text,
//! Markdown and HTML; the DOCX's structure (GB/T 9704 page, fonts, sizes, footers); escaping of
//! user text; the minutes' sentences for what was and was not recorded; LibreOffice accepts
//! every DOCX we write (skipped with a notice where LibreOffice is not installed).
//!
//! Regenerate the golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test --test export`, then read the diff.

use crate::common;
use huiwu_core::export::{self, DocKind, Format};
use huiwu_core::model::{
    AbsenceKind, EvaluationRecord, EvaluationTally, ResultWithoutCounts, Session, Tally,
    VoteRecord, VoteSubject,
};
use std::io::Read;
use std::path::Path;
use std::process::Command;

fn rendered(session: &Session, doc: DocKind, format: Format) -> String {
    String::from_utf8(export::render(session, doc, format).unwrap()).unwrap()
}

#[test]
fn minutes_say_the_venue_counts_rejections_and_evaluations() {
    let mut session = common::example();
    session.details.venue = "市人大常委会机关二楼会议室".to_owned();
    // Item 1 with counts, resolution 1 rejected by counts, resolution 2 rejected without counts.
    // Each re-recorded through the model, as the console does: unlock, record, announce.
    let set = |session: &mut Session, subject: VoteSubject, record: VoteRecord| {
        let vote = huiwu_core::model::decisions::vote_for(session, &subject)
            .unwrap()
            .id;
        let at = chrono::NaiveDate::from_ymd_opt(2023, 12, 21)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap();
        session.unlock(vote, "测试", "重新记录", at).unwrap();
        session.set_vote_record(vote, record).unwrap();
        session.announce(vote, true, &common::operator()).unwrap();
    };
    set(
        &mut session,
        VoteSubject::AgendaItem(huiwu_core::model::AgendaItemId(1)),
        VoteRecord::Counts(Tally {
            yes: 33,
            no: 0,
            abstain: 2,
            not_pressed: 0,
        }),
    );
    set(
        &mut session,
        VoteSubject::Resolution(huiwu_core::model::ResolutionId(1)),
        VoteRecord::Counts(Tally {
            yes: 20,
            no: 10,
            abstain: 5,
            not_pressed: 0,
        }),
    );
    set(
        &mut session,
        VoteSubject::Resolution(huiwu_core::model::ResolutionId(2)),
        VoteRecord::ResultOnly(ResultWithoutCounts::Rejected),
    );
    // The evaluation recorded and announced, as the console does it.
    let evaluation = session.evaluations[0].id;
    session
        .set_evaluation_record(
            evaluation,
            EvaluationRecord::Counts(EvaluationTally {
                satisfied: 30,
                basically_satisfied: 3,
                dissatisfied: 0,
                invalid: 2,
            }),
        )
        .unwrap();
    session
        .announce(evaluation, true, &common::operator())
        .unwrap();
    session.absences[0].kind = AbsenceKind::Leave("因公".to_owned());
    session.absences[1].kind = AbsenceKind::Absent;
    let text = export::plain_text(&session, DocKind::Minutes);
    assert!(text.contains("第九次会议在市人大常委会机关二楼会议室举行，会议由主任史全新主持。"));
    assert!(text.contains("请假5人，缺席1人，符合法定人数。"));
    assert!(
        text.contains("会议以按表决器表决方式，以赞成33票，反对0票，弃权2票表决通过了该报告。")
    );
    assert!(text.contains(
        "《鹤壁市人民代表大会常务委员会关于批准2023年经济社会发展部分指标调整的决议》经会议以按表决器表决方式表决，以赞成20票，反对10票，弃权5票，未获通过。"
    ));
    assert!(text.contains("财政预算调整方案的决议》经会议以按表决器表决方式表决，未获通过。"));
    assert!(text.contains(
        "会议对重点督办建议办理情况进行了满意度测评，测评结果为满意（满意30票，基本满意3票，不满意0票，无效2票；满意率90.91%，满意和基本满意率100.00%）。"
    ));
    assert!(text.contains("请假：王海涛（因公）、王烁"));
    assert!(text.contains("缺席：李杰\n"));
    // A rejected resolution is not published.
    let resolutions = export::plain_text(&session, DocKind::Resolutions);
    assert!(!resolutions.contains("部分指标调整的决议"));
    assert!(resolutions.contains("关于加强检察建议工作的决议"));
}

#[test]
fn minutes_say_when_the_quorum_is_not_met() {
    let mut session = common::example();
    // Before any result is announced: the members present when one was announced would be
    // published present whatever the attendance says later (DOMAIN.md §16).
    session.votes.clear();
    session.evaluations.clear();
    let members: Vec<_> = session.roster.iter().map(|m| m.id).collect();
    for id in members.into_iter().skip(5) {
        session.set_attendance(
            id,
            huiwu_core::model::AttendanceStatus::OnLeave(String::new()),
        );
    }
    let text = export::plain_text(&session, DocKind::Minutes);
    assert!(
        text.contains("实到5人，请假36人，缺席0人，不符合法定人数。"),
        "{text}"
    );
    session.details.dates.clear();
    session.details.presiding = None;
    let text = export::plain_text(&session, DocKind::Minutes);
    assert!(
        text.contains(
            "\u{3000}\u{3000}鹤壁市第十二届人民代表大会常务委员会第九次会议举行。本次会议"
        )
    );
}

#[test]
fn user_text_is_escaped_in_html_markdown_and_docx() {
    let mut session = common::example();
    session.roster[6].name = "<script>alert(1)</script>".to_owned();
    session.observers[0].unit = "A&B\"单位'".to_owned();
    session.reports[1].body[0] =
        huiwu_core::model::Block::Paragraph("**<b>粗</b>** & [链接](x) # 1. *星*".to_owned());
    let html = rendered(&session, DocKind::Gazette, Format::Html);
    assert!(
        !html.contains("<script>alert"),
        "raw script tag in the HTML"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("A&amp;B&quot;单位&#39;"));
    assert!(html.contains("<strong>&lt;b&gt;粗&lt;/b&gt;</strong>"));
    assert_eq!(html.matches("<script").count(), 0);

    let markdown = rendered(&session, DocKind::Attendance, Format::Markdown);
    assert!(markdown.contains("\\<script\\>alert(1)\\</script\\>"));
    let markdown = rendered(&session, DocKind::Gazette, Format::Markdown);
    assert!(markdown.contains("**\\<b\\>粗\\</b\\>** \\& \\[链接\\](x) # 1. \\*星\\*"));

    let docx = export::render(&session, DocKind::Attendance, Format::Docx).unwrap();
    let xml = zip_entry(&docx, "word/document.xml");
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!xml.contains("<script>"));
}

/// The text of one file inside a DOCX (a zip).
fn zip_entry(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut entry = archive.by_name(name).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn every_docx_is_a_complete_package() {
    let session = common::example();
    for doc in DocKind::ALL {
        let docx = export::render(&session, doc, Format::Docx).unwrap();
        let document = zip_entry(&docx, "word/document.xml");
        assert!(
            document.trim_end().ends_with("</w:document>"),
            "{}",
            doc.label()
        );
        // Official documents carry page numbers in their footers; forms (ballots, sign-in
        // sheets, certificates) have none.
        let official =
            export::build(&session, doc).pages == huiwu_core::export::doc::PageStyle::Official;
        assert_eq!(
            zip_entry(&docx, "[Content_Types].xml").contains("footer"),
            official,
            "{}",
            doc.label()
        );
        // Every line of the text is in the DOCX (which breaks long titles and splits runs).
        let text = export::plain_text(&session, doc);
        let docx_text = text_of_xml(&document);
        // (Table rows are cells in the DOCX, tab-separated in the text.)
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.contains('\t'))
        {
            let first: String = line.trim().chars().take(8).collect();
            assert!(docx_text.contains(&first), "{}: {first}", doc.label());
        }
    }
}

/// The character data of an XML document: tags dropped, the five entities resolved.
fn text_of_xml(xml: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[test]
fn gazette_docx_starts_each_document_on_a_new_page() {
    let session = common::example();
    let docx = export::render(&session, DocKind::Gazette, Format::Docx).unwrap();
    let document = zip_entry(&docx, "word/document.xml");
    let breaks = document.matches("<w:pageBreakBefore").count();
    let parts = huiwu_core::export::gazette::gazette_parts(&session).len();
    assert!(breaks >= parts, "{breaks} page breaks for {parts} parts");
}

fn huiwu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_huiwu"))
}

#[test]
fn command_line_takes_the_format_from_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("纪要.docx", &b"PK"[..]),
        ("纪要.pdf", &b"%PDF-"[..]),
        ("纪要.html", &b"<!DOCTYPE html>"[..]),
        ("纪要.md", "# 鹤壁市".as_bytes()),
        ("纪要.txt", "鹤壁市".as_bytes()),
    ] {
        let path = dir.path().join(name);
        let output = huiwu()
            .arg("export")
            .arg(common::example_path())
            .args(["--doc", "minutes", "--to"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(starts), "{name}");
    }
    // `-` prints the text.
    let output = huiwu()
        .arg("export")
        .arg(common::example_path())
        .args(["--doc", "news", "--to", "-"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        export::plain_text(&common::example(), DocKind::News)
    );
}

#[test]
fn command_line_explains_what_it_cannot_write_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let export_to = |to: &Path| {
        huiwu()
            .arg("export")
            .arg(common::example_path())
            .args(["--doc", "gazette", "--to"])
            .arg(to)
            .output()
            .unwrap()
    };
    let unknown = dir.path().join("会刊.wps");
    let output = export_to(&unknown);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        message.contains("会刊.wps") && message.contains(".docx") && message.contains(".pdf"),
        "{message}"
    );

    let missing = dir.path().join("没有这个文件夹").join("会刊.docx");
    let output = export_to(&missing);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        message.contains("没有这个文件夹") && message.contains("不存在"),
        "{message}"
    );

    let folder_named_like_the_file = dir.path().join("会刊.docx");
    std::fs::create_dir(&folder_named_like_the_file).unwrap();
    let output = export_to(&folder_named_like_the_file);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(message.contains("会刊.docx"), "{message}");

    // Nothing half-written: only the folder made above is there.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("会刊.docx")]);
}
