//! Issue 23, the variants of FORMS.md that waited for a fact: a report made on another's behalf
//! (§3 `report_entrusted`, the report's 委托人), the decisions that cite the body's own
//! regulation or name the congress's session they are filed with (§17 `body_reason_law`,
//! `body_regulation_general`, `congress_session`), and evaluators who are not all members with
//! the consequence of a low result (§18). Each is printed from a session that records the fact
//! and compared with FORMS.md's example word for word; each is learned back; without the fact,
//! or under the default forms, the documents print as before.

use crate::common;
use crate::forms_own_words::{example_of, in_forms, with};
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::{AppointmentAction, AppointmentEntry, ReportId, Session};
use huiwu_core::wording::forms::learn;
use huiwu_core::wording::phrases::personnel_decision;

/// Whether the learner reads `variant` of `form` in `text`.
pub(crate) fn learned(text: &str, form: &str, variant: &str) -> bool {
    learn::learn(text)
        .iter()
        .any(|f| f.form == form && f.variant == variant)
}

/// The first report of the example's agenda.
fn first_report(session: &Session) -> ReportId {
    session
        .agenda
        .iter()
        .flat_map(|item| &item.documents)
        .find_map(|d| match d {
            huiwu_core::model::DocumentRef::Report(id) => Some(*id),
            _ => None,
        })
        .unwrap()
}

#[test]
fn a_report_made_on_another_s_behalf_is_said_in_the_news_and_the_minutes() {
    let example = common::example();
    let id = first_report(&example);
    let mut session = example.clone();
    {
        let report = session.reports.iter_mut().find(|r| r.id == id).unwrap();
        report.title = "关于本次会议议程草案的说明".to_owned();
        report.presenter = "秘书长 俞宝祥".to_owned();
    }
    let before = session.clone();
    session.set_report_entrusted_by(id, "主任会议");
    assert_eq!(
        session.report(id).unwrap().entrusted_by,
        "主任会议",
        "the Session method records it"
    );
    // The default prints no 委托 sentence: the documents are as without the fact.
    for doc in [DocKind::News, DocKind::Minutes] {
        assert_eq!(
            plain_text(&session, doc),
            plain_text(&before, doc),
            "{doc:?}"
        );
    }
    // FORMS.md §3 `report_entrusted`, word for word.
    let expected = example_of("report_entrusted", "report_entrusted");
    assert_eq!(
        expected,
        "受主任会议委托，秘书长俞宝祥作关于本次会议议程草案的说明。"
    );
    in_forms(expected);
    let styled = with(&session, "report_entrusted", "report_entrusted");
    for doc in [DocKind::News, DocKind::Minutes] {
        let text = plain_text(&styled, doc);
        assert_eq!(text.matches(expected).count(), 1, "{doc:?}: {text}");
    }
    // A report without a 委托人 says nothing more under the variant.
    let plain = with(&before, "report_entrusted", "report_entrusted");
    for doc in [DocKind::News, DocKind::Minutes] {
        assert_eq!(plain_text(&plain, doc), plain_text(&before, doc), "{doc:?}");
    }
    // Learned back from the sentence.
    assert!(learned(expected, "report_entrusted", "report_entrusted"));
    // The file keeps it, and leaves it out where empty.
    let ron = huiwu_core::io::to_ron_string(&session).unwrap();
    assert!(ron.contains("entrusted_by: \"主任会议\""));
    let read = huiwu_core::io::from_ron_str(&ron, std::path::Path::new("t.huiwu")).unwrap();
    assert_eq!(read.report(id).unwrap().entrusted_by, "主任会议");
    assert!(
        !huiwu_core::io::to_ron_string(&before)
            .unwrap()
            .contains("entrusted_by: \"")
    );
}

/// The county's resignation (entry 1), to change what it records.
pub(crate) fn resignation(session: &mut Session) -> &mut AppointmentEntry {
    session
        .motions
        .iter_mut()
        .flat_map(|m| m.entries.iter_mut())
        .find(|e| e.action == AppointmentAction::AcceptResignation)
        .unwrap()
}

/// The decision's text for the county's resignation in `session`.
pub(crate) fn decision_text(session: &Session) -> String {
    let entry = session
        .motions
        .iter()
        .flat_map(|m| m.entries.iter())
        .find(|e| e.action == AppointmentAction::AcceptResignation)
        .unwrap();
    personnel_decision(session, entry).unwrap().1
}

/// The county example as 宿州市's 第五届常委会第三十一次会议, 张晓东 resigning as 副市长 for
/// 工作变动, the law cited in its 2021 numbering (FORMS.md §17 `body_reason_law`).
fn suzhou() -> Session {
    let mut session = common::county();
    session.body.region = "宿州市".to_owned();
    session.body.name = "宿州市人民代表大会常务委员会".to_owned();
    session.body.short_name = "市人大常委会".to_owned();
    session.body.term = 5;
    session.details.number = 31;
    session.body.settings.law_articles.resignation = 27;
    let entry = resignation(&mut session);
    entry.people[0].name = "张晓东".to_owned();
    entry.posts = vec!["宿州市人民政府副市长".to_owned()];
    entry.reason = "工作变动".to_owned();
    session
}

#[test]
fn a_decision_cites_the_body_s_own_regulation_and_the_reason() {
    let mut session = suzhou();
    let law = &mut session.body.settings.law_articles;
    law.local_regulation = "宿州市人民代表大会常务委员会任免地方国家机关工作人员办法".to_owned();
    law.local_resignation = 17;
    // The default text cites the law alone, as before.
    let default = decision_text(&session);
    assert!(
        default.starts_with("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条的规定和本人申请，"),
        "{default}"
    );
    // FORMS.md §17 `body_reason_law`: its example after 「……」, word for word, after the
    // reason's sentence.
    let expected = example_of("decision_text", "body_reason_law");
    let forms_part = "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条和《宿州市人民代表大会常务委员会任免地方国家机关工作人员办法》第十七条的规定，宿州市第五届人民代表大会常务委员会第三十一次会议决定：接受张晓东辞去宿州市人民政府副市长职务的请求，报宿州市人民代表大会备案。";
    in_forms(forms_part);
    assert_eq!(
        expected,
        format!("因工作变动，张晓东提出辞去宿州市人民政府副市长职务。{forms_part}")
    );
    let styled = with(&session, "decision_text", "body_reason_law");
    assert_eq!(decision_text(&styled), expected);
    // No reason recorded: the reason's sentence is left out.
    let mut no_reason = styled.clone();
    resignation(&mut no_reason).reason.clear();
    assert_eq!(decision_text(&no_reason), forms_part);
    // No regulation in the house style: the default text, never 《》 empty.
    let mut no_regulation = styled.clone();
    no_regulation
        .body
        .settings
        .law_articles
        .local_regulation
        .clear();
    assert_eq!(decision_text(&no_regulation), default);
    // The regulation without an article.
    let mut no_article = styled.clone();
    no_article.body.settings.law_articles.local_resignation = 0;
    assert!(
        decision_text(&no_article)
            .contains("和《宿州市人民代表大会常务委员会任免地方国家机关工作人员办法》的规定，")
    );
    // Learned back from the text.
    assert!(learned(expected, "decision_text", "body_reason_law"));

    // `general` with the regulation (FORMS.md §17: 「按照《{本地办法}》的有关规定」, the seed's
    // motions' words).
    in_forms("按照《鹤壁市人民代表大会常务委员会任免地方国家机关工作人员办法》的有关规定");
    let mut hebi = common::county();
    hebi.body.region = "鹤壁市".to_owned();
    hebi.body.name = "鹤壁市人民代表大会常务委员会".to_owned();
    hebi.body.term = 12;
    hebi.details.number = 9;
    hebi.body.settings.law_articles.local_regulation =
        "鹤壁市人民代表大会常务委员会任免地方国家机关工作人员办法".to_owned();
    let entry = resignation(&mut hebi);
    entry.people[0].name = "张三".to_owned();
    entry.posts = vec!["鹤壁市人民政府副市长".to_owned()];
    let styled = with(&hebi, "decision_text", "body_regulation_general");
    let expected = example_of("decision_text", "body_regulation_general");
    assert_eq!(decision_text(&styled), expected);
    assert!(learned(
        expected,
        "decision_text",
        "body_regulation_general"
    ));
}

#[test]
fn a_decision_is_filed_with_the_congress_s_session_where_recorded() {
    let mut session = common::county();
    session.body.region = "肃宁县".to_owned();
    session.body.name = "肃宁县人民代表大会常务委员会".to_owned();
    session.body.short_name = "县人大常委会".to_owned();
    session.body.term = 18;
    session.details.number = 25;
    session.body.settings.comrade_in_sentences = true;
    let day = chrono::NaiveDate::from_ymd_opt(2024, 10, 25).unwrap();
    session.details.dates = vec![day];
    for sitting in &mut session.details.sittings {
        sitting.date = day;
    }
    let entry = resignation(&mut session);
    entry.people[0].name = "杨玲".to_owned();
    entry.posts = vec!["肃宁县人民政府县长".to_owned()];
    let expected = example_of("decision_text", "body_date_session_congress");
    in_forms(expected);
    let styled = with(&session, "decision_text", "body_date_session_congress");
    // Not recorded: the congress of the term, as `body_date_session` says it.
    assert_eq!(
        decision_text(&styled),
        decision_text(&with(&session, "decision_text", "body_date_session"))
    );
    let mut recorded = styled.clone();
    recorded.set_congress_session(Some(5));
    assert_eq!(recorded.papers.congress_session, Some(5));
    assert_eq!(decision_text(&recorded), expected);
    recorded.set_congress_session(Some(0));
    assert_eq!(recorded.papers.congress_session, None);
    // The default text is as before with the fact recorded.
    let mut default = session.clone();
    default.set_congress_session(Some(5));
    assert_eq!(decision_text(&default), decision_text(&session));
    // Learned as the session's, not the term's.
    assert!(learned(
        expected,
        "decision_text",
        "body_date_session_congress"
    ));
    assert!(!learned(expected, "decision_text", "body_date_session"));
}

#[test]
fn others_evaluating_replace_the_members_quorum_and_the_consequence_is_said() {
    let county = common::county();
    assert!(!county.evaluations.is_empty());
    let before = plain_text(&county, DocKind::EvaluationResults);
    assert!(before.contains("法定人数"), "{before}");
    let others = "列席会议的市县人大代表、人大主席、公民代表";
    let mut session = county.clone();
    for evaluation in &mut session.evaluations {
        evaluation.other_evaluators = others.to_owned();
    }
    let expected = example_of("evaluation_evaluators", "members_and_others");
    assert_eq!(
        expected,
        "常委会组成人员以及列席会议的市县人大代表、人大主席、公民代表根据现场提问和答复情况分别逐一进行了测评。"
    );
    in_forms(expected.trim_end_matches('。'));
    let notice = plain_text(&session, DocKind::EvaluationResults);
    assert_eq!(notice.matches(expected).count(), 1, "{notice}");
    assert!(!notice.contains("法定人数"), "{notice}");
    // The body may print none: neither the sentence nor the members' quorum.
    let none = with(&session, "evaluation_evaluators", "none");
    let notice = plain_text(&none, DocKind::EvaluationResults);
    assert!(
        !notice.contains(expected) && !notice.contains("法定人数"),
        "{notice}"
    );
    // The Session method, refused once the result is announced.
    let mut open = county.clone();
    let id = open.evaluations[0].id;
    open.evaluations[0].announcement = None;
    open.set_evaluation_other_evaluators(id, others).unwrap();
    assert_eq!(open.evaluations[0].other_evaluators, others);
    let mut locked = county.clone();
    if locked.evaluations[0].is_announced() {
        assert!(locked.set_evaluation_other_evaluators(id, others).is_err());
    }
    assert!(learned(
        expected,
        "evaluation_evaluators",
        "members_and_others"
    ));

    // The consequence rule, in the body's words, after the rule note.
    let rule = "凡是测评满意率低于60%的建议，需重新办理，重新报告办理情况，并进行二次测评。";
    in_forms(rule);
    let mut consequence = county.clone();
    consequence.body.settings.evaluation_consequence = rule.to_owned();
    let notice = plain_text(&consequence, DocKind::EvaluationResults);
    assert_eq!(notice.matches(rule).count(), 1, "{notice}");
    let at = |text: &str| notice.find(text).unwrap();
    assert!(at("注：") < at(rule), "{notice}");
    assert_eq!(notice.replace(&format!("　　{rule}\n"), ""), before);
    // The house style keeps it.
    let ron = huiwu_core::io::house_style::house_style_to_ron_string(&consequence.body).unwrap();
    assert!(ron.contains(rule));
    assert!(
        !huiwu_core::io::house_style::house_style_to_ron_string(&county.body)
            .unwrap()
            .contains("evaluation_consequence")
    );
}
