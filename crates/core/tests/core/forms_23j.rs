//! Issue 23, three variants of FORMS.md that waited for a fact or a place: the decision citing
//! the deputies' qualification committee's review report (§17 `body_report_reviewed`, the
//! entry's reviewing committee), the news's filing clause naming the congress's session (§15
//! `resignation_filing` `with_filing_session`, `PaperSettings.congress_session`), and the
//! others-evaluating sentence (§18 `evaluation_evaluators`) in the minutes and the news as in
//! the notice. Each is compared with FORMS.md's example; under the default forms, or without the
//! fact, the documents print as before.

use crate::common;
use crate::forms_23i::{decision_text, learned, resignation};
use crate::forms_own_words::{example_of, in_forms, with};
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::{AppointmentAction, Session};

/// The county example as 肃宁县's 第十八届常委会第二十五次会议.
fn suning() -> Session {
    let mut session = common::county();
    session.body.region = "肃宁县".to_owned();
    session.body.name = "肃宁县人民代表大会常务委员会".to_owned();
    session.body.short_name = "县人大常委会".to_owned();
    session.body.term = 18;
    session.details.number = 25;
    session
}

/// [`suning`] with 张丽娟, 王奇超 and 刘江涛 resigning as deputies of the county's congress.
fn deputies_resigning() -> Session {
    let mut session = suning();
    let entry = resignation(&mut session);
    entry.people = ["张丽娟", "王奇超", "刘江涛"]
        .into_iter()
        .map(huiwu_core::model::Appointee::named)
        .collect();
    entry.posts = vec!["肃宁县第十八届人民代表大会代表".to_owned()];
    entry.deputy = true;
    session
}

#[test]
fn a_decision_cites_the_qualification_committee_s_review_report_where_recorded() {
    let session = deputies_resigning();
    let committee = "人大常委会代表资格审查委员会";
    let expected = example_of("decision_text", "body_report_reviewed");
    assert_eq!(
        expected,
        "肃宁县第十八届人大常委会第二十五次会议审议了人大常委会代表资格审查委员会关于张丽娟、王奇超、刘江涛三名同志请求辞去县第十八届人大代表职务的审查报告，决定接受张丽娟、王奇超、刘江涛三名同志辞去县第十八届人大代表职务。"
    );
    // FORMS.md gives the sentence up to 「决定接受……」.
    let (said, _) = expected.split_once("决定接受").unwrap();
    in_forms(&format!("{said}决定接受……"));
    // The count in the body's numerals (FORMS.md §21: 「三名同志」 where Chinese).
    let styled = with(
        &with(&session, "decision_text", "body_report_reviewed"),
        "numerals_people",
        "chinese",
    );
    // No report recorded: the default text.
    assert_eq!(decision_text(&styled), decision_text(&session));
    let mut recorded = styled.clone();
    resignation(&mut recorded).reviewed_by = committee.to_owned();
    assert_eq!(decision_text(&recorded), expected);
    // Not a deputy's resignation: no qualification report, the default text.
    let mut not_deputy = recorded.clone();
    resignation(&mut not_deputy).deputy = false;
    assert_eq!(
        decision_text(&not_deputy),
        decision_text(&{
            let mut plain = session.clone();
            resignation(&mut plain).deputy = false;
            plain
        })
    );
    // Under the default forms the recorded committee changes no document.
    let mut default = session.clone();
    resignation(&mut default).reviewed_by = committee.to_owned();
    for doc in DocKind::ALL {
        assert_eq!(
            plain_text(&default, doc),
            plain_text(&session, doc),
            "{doc:?}"
        );
    }
    assert!(learned(expected, "decision_text", "body_report_reviewed"));
    // Kept in the file, and left out of it where none is recorded.
    let ron = huiwu_core::io::to_ron_string(&default).unwrap();
    assert!(
        ron.contains(&format!("reviewed_by: \"{committee}\"")),
        "{ron}"
    );
    let read = huiwu_core::io::from_ron_str(&ron, std::path::Path::new("t.huiwu")).unwrap();
    assert_eq!(resignation(&mut read.clone()).reviewed_by, committee);
    assert!(
        !huiwu_core::io::to_ron_string(&session)
            .unwrap()
            .contains("reviewed_by")
    );
}

#[test]
fn the_reviewing_committee_is_set_through_the_model_before_the_vote_is_announced() {
    let mut session = suning();
    let announced = resignation(&mut session).id;
    assert!(
        session
            .set_entry_reviewed_by(announced, "人大常委会代表资格审查委员会")
            .is_err()
    );
    let motion = session.motions[0].id;
    let id = session
        .add_entry(motion, AppointmentAction::AcceptResignation)
        .unwrap();
    session
        .set_entry_reviewed_by(id, " 人大常委会代表资格审查委员会 ")
        .unwrap();
    assert_eq!(
        session.entry(id).unwrap().1.reviewed_by,
        "人大常委会代表资格审查委员会"
    );
    // Another verb records none.
    let appointment = session
        .add_entry(motion, AppointmentAction::Appoint)
        .unwrap();
    session
        .set_entry_reviewed_by(appointment, "人大常委会代表资格审查委员会")
        .unwrap();
    assert!(session.entry(appointment).unwrap().1.reviewed_by.is_empty());
}

#[test]
fn the_news_files_a_resignation_with_the_congress_s_session_where_recorded() {
    let mut session = suning();
    {
        let entry = resignation(&mut session);
        entry.people[0].name = "杨玲".to_owned();
        entry.posts = vec!["肃宁县人民政府县长".to_owned()];
    }
    let expected = example_of("resignation_filing", "with_filing_session");
    // FORMS.md §17 gives the filing target 「并报肃宁县第十八届人民代表大会第五次会议备案」.
    in_forms("并报肃宁县第十八届人民代表大会第五次会议备案");
    let styled = with(&session, "resignation_filing", "with_filing_session");
    // Not recorded: the congress of the term, as `with_filing_bing` says it.
    assert_eq!(
        plain_text(&styled, DocKind::News),
        plain_text(
            &with(&session, "resignation_filing", "with_filing_bing"),
            DocKind::News
        )
    );
    let mut recorded = styled.clone();
    recorded.set_congress_session(Some(5));
    let news = plain_text(&recorded, DocKind::News);
    assert!(news.contains(expected), "{news}");
    // The default news is as before with the fact recorded.
    let mut default = session.clone();
    default.set_congress_session(Some(5));
    assert_eq!(
        plain_text(&default, DocKind::News),
        plain_text(&session, DocKind::News)
    );
    assert!(learned(
        expected,
        "resignation_filing",
        "with_filing_session"
    ));
    assert!(!learned(expected, "resignation_filing", "with_filing_bing"));
}

#[test]
fn others_evaluating_are_said_in_the_minutes_and_the_news_as_in_the_notice() {
    let county = common::county();
    let others = "列席会议的市县人大代表、人大主席、公民代表";
    let mut session = county.clone();
    for evaluation in &mut session.evaluations {
        evaluation.other_evaluators = others.to_owned();
    }
    let expected = example_of("evaluation_evaluators", "members_and_others");
    in_forms(expected.trim_end_matches('。'));
    assert!(plain_text(&session, DocKind::EvaluationResults).contains(expected));
    for doc in [DocKind::Minutes, DocKind::News] {
        let text = plain_text(&session, doc);
        assert_eq!(text.matches(expected).count(), 1, "{doc:?}: {text}");
        // Said after the result.
        assert!(
            text.find("测评结果").unwrap() < text.find(expected).unwrap(),
            "{doc:?}: {text}"
        );
        // Without others, as before.
        assert!(!plain_text(&county, doc).contains("分别逐一进行了测评"));
    }
    // A body that prints none in the notice prints none in the minutes and the news.
    let none = with(&session, "evaluation_evaluators", "none");
    for doc in [DocKind::Minutes, DocKind::News] {
        assert_eq!(plain_text(&none, doc), plain_text(&county, doc), "{doc:?}");
    }
}
