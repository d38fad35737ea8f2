//! The second example session, `sessions/qixian-17-15.ron`: a county body (no 秘书长) whose
//! session is presided by a 副主任 entrusted by the 主任, in two plenary sittings and a group
//! sitting with their own attendance, with a resignation and an acting head (and their
//! decisions), a batch of 25 人民陪审员 and a verdict-only evaluation. Every document exports
//! in every format; the text of each is kept as a golden file under `tests/golden/qixian/`
//! (`HUIWU_UPDATE_GOLDEN=1 cargo test --test county_session` rewrites them after a deliberate
//! change).

use crate::common;
use huiwu_core::export::{DocKind, Format, plain_text, render};
use huiwu_core::model::check::{Severity, check_session};
use huiwu_core::model::decisions::{ResolutionState, resolution_state};
use huiwu_core::model::{FORMAT_VERSION, Session};
use std::path::Path;

fn county() -> Session {
    let path = Path::new(common::REPO).join("sessions/qixian-17-15.ron");
    let (session, version) = huiwu_core::io::load_versioned(&path).unwrap();
    assert_eq!(
        version, FORMAT_VERSION,
        "the example is saved in the current format"
    );
    session
}

#[test]
fn the_county_session_checks_clean_and_its_decisions_are_as_generated() {
    let session = county();
    let problems: Vec<_> = check_session(&session)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!session.body.settings.has_secretary_general);
    // The two personnel decisions are the generated ones, adopted by their entries' votes.
    let decisions: Vec<_> = session
        .resolutions
        .iter()
        .filter(|r| r.entry.is_some())
        .collect();
    assert_eq!(decisions.len(), 2);
    for decision in decisions {
        let (_, entry) = session.entry(decision.entry.unwrap()).unwrap();
        let (title, text) =
            huiwu_core::wording::phrases::personnel_decision(&session, entry).unwrap();
        assert_eq!(decision.title, title);
        assert_eq!(decision.body, [huiwu_core::model::Block::Paragraph(text)]);
        assert_eq!(
            resolution_state(&session, decision),
            ResolutionState::Adopted
        );
    }
}

#[test]
fn every_document_of_the_county_session_matches_its_golden_text() {
    let session = county();
    // (The papers before and during the session have theirs in tests/golden/papers/.)
    for doc in DocKind::PUBLISHED {
        let text = plain_text(&session, doc);
        common::check_golden(&format!("qixian/{}.txt", doc.key()), &text);
        for format in [Format::Html, Format::Markdown, Format::Docx] {
            let bytes = render(&session, doc, format).unwrap();
            assert!(bytes.len() > 200, "{doc:?} {format:?}");
        }
    }
}

#[test]
fn the_county_minutes_and_news_use_its_own_forms() {
    let session = county();
    let minutes = plain_text(&session, DocKind::Minutes);
    for expected in [
        "会议在县人大常委会机关三楼会议室举行，受主任王建国委托，会议由副主任李明华主持。",
        "6月27日上午，会议举行第一次全体会议。",
        "6月27日下午，举行分组会议。",
        // The second sitting: the 主任 presides, and its own attendance is stated.
        "6月28日上午，会议举行第二次全体会议，会议由主任王建国主持。应到常委会组成人员25人，实到22人，请假3人，缺席0人，符合法定人数。",
        "会议听取了县发展和改革委员会主任黄立军所作的关于2024年上半年全县经济运行情况的报告。",
        "决定接受张志强辞去淇县人民政府县长职务的请求；决定刘卫东为淇县人民政府代理县长；任命李春燕等25名同志为淇县人民法院人民陪审员",
        "会议对县人民法院司法公开工作进行了满意度测评，测评结果为满意。",
        "县直有关部门负责同志；",
    ] {
        assert!(
            minutes.contains(expected),
            "「{expected}」 not in\n{minutes}"
        );
    }
    let news = plain_text(&session, DocKind::News);
    for expected in [
        "受县人大常委会主任王建国委托，县人大常委会副主任李明华主持会议。县人大常委会副主任张秀英、刘德胜、陈晓东出席会议。",
        "县委常委、县人民政府副县长刘卫东，县人民法院院长陈静及县监察委员会、县人民检察院等有关单位相关负责同志、县直有关部门负责同志、部分人大代表列席会议。",
        // The personnel decisions are reported with the appointments (FORMS.md §8).
        "听取审议并表决通过了县人大常委会关于批准2023年县级财政决算的决议和人事任免事项。",
        "会议决定任命刘卫东为淇县人民政府副县长；决定接受张志强辞去淇县人民政府县长职务的请求；",
        "会议还听取审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；",
        "听取了县政府关于2024年上半年全县经济运行情况的报告。",
        "会议应到常委会组成人员25人，实到22人，请假3人，符合法定人数。",
        "会上，县人大常委会主任王建国为新任命人员颁发任命书，新任命人员进行了宪法宣誓。",
        "测评结果为满意",
    ] {
        assert!(news.contains(expected), "「{expected}」 not in\n{news}");
    }
    assert!(!news.contains("秘书长"));
    let list = plain_text(&session, DocKind::Appointments);
    assert!(
        list.contains(
            "接受：\n张志强辞去淇县人民政府县长职务的请求。\n决定：\n刘卫东为淇县人民政府代理县长。"
        ),
        "{list}"
    );
    assert!(list.contains("李春燕（女）、王晓峰、张丽（女）"));
    // The decisions are signed, as this body's house style says; the resolution is not.
    let resolutions = plain_text(&session, DocKind::Resolutions);
    assert_eq!(
        resolutions
            .matches("淇县人民代表大会常务委员会\n2024年6月28日")
            .count(),
        2
    );
    // The evaluation notice is dated and counted at the sitting it was held at.
    let notice = plain_text(&session, DocKind::EvaluationResults);
    assert!(
        notice.contains(
            "2024年6月28日，淇县第十七届人民代表大会常务委员会第十五次会议以无记名投票方式"
        ),
        "{notice}"
    );
}

#[test]
fn the_second_sitting_s_votes_are_checked_against_its_own_attendance() {
    let session = county();
    let second = session.details.sittings[2].id;
    // 王建国 is on leave for the session (the first sitting) but present at the second.
    assert!(!session.is_present(huiwu_core::model::MemberId(1)));
    assert!(session.is_present_at(huiwu_core::model::MemberId(1), Some(second)));
    // 范淑芬 is on leave for the second sitting only.
    assert!(session.is_present(huiwu_core::model::MemberId(23)));
    assert!(!session.is_present_at(huiwu_core::model::MemberId(23), Some(second)));
    for vote in &session.votes {
        assert_eq!(vote.sitting, Some(second));
        assert_eq!(
            huiwu_core::model::decisions::attendance_for(&session, &vote.subject).present,
            22
        );
    }
}
