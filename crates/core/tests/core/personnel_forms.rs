//! Every personnel decision of DOMAIN.md §8 as minutes and news word it, compared with the text
//! of DOMAIN.md itself (read from `../shared/docs/DOMAIN.md` where it is beside the project, as
//! on the developers' machines and in CI), and the order of the 人事任免名单.

use crate::common;
use huiwu_core::export::lists::verb_blocks;
use huiwu_core::model::{
    Appointee, AppointmentAction, AppointmentEntry, AppointmentMotion, EntryId, MotionId, Nominator,
};
use huiwu_core::wording::phrases::appointment_sentences;

/// One person's entry of one post.
pub(crate) fn entry(
    id: u32,
    action: AppointmentAction,
    person: &str,
    post: &str,
) -> AppointmentEntry {
    AppointmentEntry::of_one(
        EntryId(id),
        action,
        Appointee::named(person),
        vec![post.to_owned()],
    )
}

fn motion(entries: Vec<AppointmentEntry>) -> AppointmentMotion {
    AppointmentMotion {
        id: MotionId(1),
        title: String::new(),
        document_number: String::new(),
        nominator: Nominator::CouncilOfChairpersons,
        addressee: String::new(),
        basis: String::new(),
        signatory: String::new(),
        date: None,
        entries,
        vote_together: false,
        presenter: String::new(),
        post_category: String::new(),
        meeting: false,
    }
}

/// The example session.
fn example() -> huiwu_core::model::Session {
    let path = std::path::Path::new(common::REPO).join("sessions/hebi-12-09.ron");
    huiwu_core::io::load(&path).unwrap()
}

/// DOMAIN.md.
fn domain() -> String {
    common::shared_text("docs/DOMAIN.md")
}

fn assert_worded(entries: &[AppointmentEntry], expected: &str) {
    let refs: Vec<&AppointmentEntry> = entries.iter().collect();
    assert_eq!(appointment_sentences(&refs), [expected]);
    assert!(
        domain().contains(expected),
        "DOMAIN.md does not say 「{expected}」"
    );
}

#[test]
fn each_kind_of_decision_is_worded_as_domain_md_says() {
    use AppointmentAction::*;
    let cases = [
        (
            Appoint,
            "张三",
            "某市人民检察院检察员",
            "任命张三为某市人民检察院检察员",
        ),
        (
            Remove,
            "李四",
            "某市人民检察院检察员",
            "免去李四的某市人民检察院检察员职务",
        ),
        (
            DecideAppoint,
            "张三",
            "某市财政局局长",
            "决定任命张三为某市财政局局长",
        ),
        (
            DecideRemove,
            "李四",
            "某市财政局局长",
            "决定免去李四的某市财政局局长职务",
        ),
        (
            ApproveAppoint,
            "张三",
            "某县人民检察院检察长",
            "批准任命张三为某县人民检察院检察长",
        ),
        (
            DecideActing,
            "张三",
            "某市人民政府代理市长",
            "决定张三为某市人民政府代理市长",
        ),
        (
            AcceptResignation,
            "张三",
            "某市人民政府市长",
            "决定接受张三辞去某市人民政府市长职务的请求",
        ),
        (
            Dismiss,
            "张三",
            "某市人民法院审判员",
            "撤销张三的某市人民法院审判员职务",
        ),
    ];
    for (action, person, post, expected) in cases {
        assert_worded(&[entry(1, action, person, post)], expected);
    }
}

#[test]
fn several_people_of_one_verb_and_one_post_share_a_sentence() {
    use AppointmentAction::Appoint;
    assert_worded(
        &[
            entry(1, Appoint, "张三", "某市人民检察院检察员"),
            entry(2, Appoint, "李四", "某市人民检察院检察员"),
        ],
        "任命张三、李四为某市人民检察院检察员",
    );
    // Across posts they are not joined (a house-style option, off by default).
    let entries = [
        entry(1, Appoint, "张三", "甲职务"),
        entry(2, Appoint, "李四", "乙职务"),
    ];
    let refs: Vec<&AppointmentEntry> = entries.iter().collect();
    assert_eq!(
        appointment_sentences(&refs),
        ["任命张三为甲职务", "任命李四为乙职务"]
    );
}

#[test]
fn the_resignation_comes_before_the_acting_decision_in_the_list() {
    use AppointmentAction::{AcceptResignation, DecideActing, DecideAppoint};
    let m = motion(vec![
        entry(1, DecideAppoint, "李四", "某市人民政府副市长"),
        entry(2, DecideActing, "李四", "某市人民政府代理市长"),
        entry(3, AcceptResignation, "张三", "某市人民政府市长"),
    ]);
    let verbs: Vec<&str> = verb_blocks(&m).iter().map(|(a, _)| a.label()).collect();
    assert_eq!(verbs, ["决定任命", "接受", "决定"]);
    let blocks = verb_blocks(&m);
    assert_eq!(blocks[1].1, ["张三辞去某市人民政府市长职务的请求"]);
    // Sentences follow the list's order.
    let sentences = appointment_sentences(&m.entries_in_list_order());
    assert_eq!(
        sentences,
        [
            "决定任命李四为某市人民政府副市长",
            "决定接受张三辞去某市人民政府市长职务的请求",
            "决定李四为某市人民政府代理市长",
        ]
    );
}

#[test]
fn the_news_reports_decisions_beside_appointments_and_evaluation_results() {
    let mut session = example();
    // A decision in the same item as the appointments (as a resignation's decision would be).
    let resolution = session.resolutions[3].id;
    let appointments_item = session.agenda[13].id;
    let its_item = session.agenda[11].id;
    // Its vote is announced: moving it needs the recorded unlock, then a new announcement.
    let vote = huiwu_core::model::decisions::vote_for(
        &session,
        &huiwu_core::model::VoteSubject::Resolution(resolution),
    )
    .unwrap()
    .id;
    let operator = common::operator();
    assert!(
        session
            .unlink_document(
                its_item,
                huiwu_core::model::DocumentRef::Resolution(resolution)
            )
            .is_err()
    );
    session
        .unlock(vote, &operator.by, "移入人事任免议题", operator.at)
        .unwrap();
    session
        .unlink_document(
            its_item,
            huiwu_core::model::DocumentRef::Resolution(resolution),
        )
        .unwrap();
    session.link_document(
        appointments_item,
        huiwu_core::model::DocumentRef::Resolution(resolution),
    );
    session.announce(vote, true, &operator).unwrap();
    // An evaluation recorded and announced.
    let evaluation = session.evaluations[1].id;
    session
        .set_evaluation_record(
            evaluation,
            huiwu_core::model::EvaluationRecord::Counts(huiwu_core::model::EvaluationTally {
                satisfied: 30,
                basically_satisfied: 4,
                dissatisfied: 1,
                invalid: 0,
            }),
        )
        .unwrap();
    session
        .announce(evaluation, false, &common::operator())
        .unwrap();
    let news = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::News);
    assert!(
        news.contains("听取审议并表决通过了市人大常委会关于《河南省革命老区振兴发展促进条例》贯彻落实情况、关于新时代高质量发展示范城市建设工作评议情况、关于加强检察建议工作的决议等报告和人事任免事项。"),
        "{news}"
    );
    assert!(news.contains("会议对市工业和信息化局工作进行了满意度测评，测评结果为满意"));
}

#[test]
fn the_evaluation_results_notice_states_each_result_with_the_rule() {
    let mut session = example();
    let counted = session.evaluations[1].id;
    let verdict = session.evaluations[2].id;
    session
        .set_evaluation_record(
            counted,
            huiwu_core::model::EvaluationRecord::Counts(huiwu_core::model::EvaluationTally {
                satisfied: 17,
                basically_satisfied: 12,
                dissatisfied: 0,
                invalid: 0,
            }),
        )
        .unwrap();
    session
        .announce(counted, true, &common::operator())
        .unwrap();
    session
        .set_evaluation_mode(
            verdict,
            Some(huiwu_core::model::EvaluationMode::VerdictOnly(
                huiwu_core::model::Grade::Satisfied,
            )),
        )
        .unwrap();
    session
        .announce(verdict, false, &common::operator())
        .unwrap();
    let text =
        huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::EvaluationResults);
    // 17 of 41 is not more than half of all members; 17 + 12 is: 基本满意. 17 of 29 valid: 58.62%.
    assert!(
        text.contains("测评结果：市工业和信息化局工作为基本满意；市司法局工作为满意。"),
        "{text}"
    );
    assert!(
        text.contains("1\t市工业和信息化局工作\t17\t12\t0\t58.62%\t基本满意"),
        "{text}"
    );
    assert!(text.contains("2\t市司法局工作\t—\t—\t—\t—\t满意"), "{text}");
    // Only what was announced is published (DOMAIN.md §18).
    assert!(!text.contains("重点督办建议办理情况"), "{text}");
    assert!(!text.contains("未宣布"), "{text}");
    assert!(text.contains("本次测评应到常委会组成人员41人，实到35人，符合法定人数。"));
    assert!(text.contains("鹤壁市人民代表大会常务委员会办公室"));
}

#[test]
fn house_style_comrade_signature_and_nested_titles() {
    use huiwu_core::wording::phrases::{appointment_sentences_of, book_title};
    let mut session = example();
    // 同志, off by default, on as a house style: in sentences, never in the list.
    let entries = [
        entry(
            1,
            AppointmentAction::Appoint,
            "张三",
            "某市人民检察院检察员",
        ),
        entry(
            2,
            AppointmentAction::Appoint,
            "李四",
            "某市人民检察院检察员",
        ),
    ];
    let refs: Vec<&AppointmentEntry> = entries.iter().collect();
    assert_eq!(
        appointment_sentences_of(&session, &refs),
        ["任命张三、李四为某市人民检察院检察员"]
    );
    session.body.settings.comrade_in_sentences = true;
    assert_eq!(
        appointment_sentences_of(&session, &refs),
        ["任命张三同志、李四同志为某市人民检察院检察员"]
    );
    let list = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Appointments);
    assert!(!list.contains("同志为"));
    let minutes = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Minutes);
    assert!(minutes.contains("任命刘育同志为鹤壁市人大常委会副秘书长、办公室主任"));
    // A title within a title.
    assert_eq!(
        book_title("关于《河南省革命老区振兴发展促进条例》贯彻落实情况的决议"),
        "《关于〈河南省革命老区振兴发展促进条例〉贯彻落实情况的决议》"
    );
    // 落款 for the kinds the body signs, none by default (as the seed).
    let resolutions =
        huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Resolutions);
    assert!(!resolutions.contains("鹤壁市人民代表大会常务委员会\n2023年12月21日"));
    session
        .body
        .settings
        .signed_kinds
        .push(huiwu_core::model::ResolutionKind::Resolution);
    let resolutions =
        huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Resolutions);
    assert!(
        resolutions.contains("鹤壁市人民代表大会常务委员会\n2023年12月21日"),
        "{resolutions}"
    );
}

#[test]
fn an_item_only_heard_says_heard_in_minutes_and_news_and_is_not_voted_on() {
    let mut session = example();
    // Item 8 (市司法局's report) was heard without a vote; call it 听取.
    session.agenda[7].kind = huiwu_core::model::AgendaKind::Hear;
    let item = session.agenda[7].id;
    assert!(
        !huiwu_core::model::decisions::voting_order(&session)
            .contains(&huiwu_core::model::VoteSubject::AgendaItem(item))
    );
    let minutes = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Minutes);
    assert!(
        minutes.contains("会议听取了市司法局关于2023年度法治政府建设情况的专项工作报告。"),
        "{minutes}"
    );
    let news = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::News);
    assert!(
        news.contains("；听取了市政府关于2023年度法治政府建设情况的专项工作报告。"),
        "{news}"
    );
    // An item only evaluated is reported by its result, not as heard.
    session.agenda[7].kind = huiwu_core::model::AgendaKind::Evaluation;
    let news = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::News);
    assert!(!news.contains("法治政府建设情况"), "{news}");
}

#[test]
fn the_results_notice_waits_for_the_announcement() {
    let session = example();
    let text =
        huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::EvaluationResults);
    assert!(text.contains("本次会议的满意度测评结果尚未宣布"), "{text}");
    assert!(!text.contains("办公室"), "{text}");
}
