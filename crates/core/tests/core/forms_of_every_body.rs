//! The forms of DOMAIN.md §8–§12 that go beyond the example session, each built through the
//! model and compared with the text DOMAIN.md itself gives (read from `../shared/docs/DOMAIN.md`
//! where it is beside the project, as on the developers' machines and in CI; the expected
//! strings are also written here, so the tests hold without it).

use crate::common;
use chrono::NaiveDate;
use huiwu_core::export::lists::{adoption_line_of, verb_blocks};
use huiwu_core::export::minutes::{presiding_phrase, sitting_sentence_as_published};
use huiwu_core::model::{
    AgendaKind, Appointee, AppointmentAction, AppointmentEntry, AppointmentMotion, Approval, Body,
    EntryId, MotionId, Nominator, ResolutionKind, Role, Session,
};
use huiwu_core::wording::phrases::{
    SentenceStyle, appointment_sentences, appointment_sentences_styled, personnel_decision,
};

/// DOMAIN.md with its wrapped lines joined (a quoted form may run over a line break and the
/// indentation of the next line).
fn domain() -> String {
    let text = common::shared_text("docs/DOMAIN.md");
    let mut joined = String::new();
    for line in text.lines() {
        joined.push_str(line.trim_matches(' '));
    }
    joined
}

/// Asserts that DOMAIN.md says `form` word for word.
fn in_domain(form: &str) {
    assert!(domain().contains(form), "DOMAIN.md does not say 「{form}」");
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// 某市第十二届人民代表大会常务委员会第九次会议, as DOMAIN.md's placeholders name it.
fn some_city() -> Session {
    let mut session = Session::new_empty(Body {
        region: "某市".to_owned(),
        name: "某市人民代表大会常务委员会".to_owned(),
        short_name: "市人大常委会".to_owned(),
        term: 12,
        settings: Default::default(),
    });
    session.details.number = 9;
    session.details.dates = vec![day(2023, 12, 20), day(2023, 12, 21)];
    session
}

fn entry(id: u32, action: AppointmentAction, people: &[&str], post: &str) -> AppointmentEntry {
    AppointmentEntry {
        people: people.iter().map(|p| Appointee::named(*p)).collect(),
        ..AppointmentEntry::of_one(
            EntryId(id),
            action,
            Appointee::default(),
            vec![post.to_owned()],
        )
    }
}

fn motion(entries: Vec<AppointmentEntry>) -> AppointmentMotion {
    AppointmentMotion {
        id: MotionId(1),
        title: "关于提请任免的议案".to_owned(),
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

#[test]
fn a_batch_above_the_threshold_is_one_name_and_a_count_below_it_every_name() {
    let mut names: Vec<String> = vec!["张三".to_owned()];
    names.extend((2..=25).map(|n| format!("陪审员{n}")));
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let batch = entry(
        1,
        AppointmentAction::Appoint,
        &names,
        "某县人民法院人民陪审员",
    );
    let expected = "任命张三等25名同志为某县人民法院人民陪审员";
    assert_eq!(appointment_sentences(&[&batch]), [expected]);
    in_domain(expected);
    // Five people are not above the default threshold: every name.
    let five = entry(
        2,
        AppointmentAction::Appoint,
        &["张三", "李四", "王五", "赵六", "钱七"],
        "某县人民法院人民陪审员",
    );
    assert_eq!(
        appointment_sentences(&[&five]),
        ["任命张三、李四、王五、赵六、钱七为某县人民法院人民陪审员"]
    );
    // The threshold is the body's: at 3, five people are a count.
    let style = SentenceStyle {
        batch_threshold: 3,
        ..SentenceStyle::default()
    };
    assert_eq!(
        appointment_sentences_styled(&[&five], &style),
        ["任命张三等5名同志为某县人民法院人民陪审员"]
    );
    // The list prints every name, with the 「（女）」 marks.
    let mut listed = five.clone();
    listed.people[1].gender = huiwu_core::model::Gender::Female;
    let blocks = verb_blocks(&motion(vec![listed]));
    assert_eq!(
        blocks[0].1,
        ["张三、李四（女）、王五、赵六、钱七为某县人民法院人民陪审员"]
    );
}

#[test]
fn joining_across_posts_is_a_house_style_option() {
    use AppointmentAction::Remove;
    let entries = [
        entry(1, Remove, &["张三"], "甲"),
        entry(2, Remove, &["李四"], "乙"),
    ];
    let refs: Vec<&AppointmentEntry> = entries.iter().collect();
    assert_eq!(
        appointment_sentences(&refs),
        ["免去张三的甲职务", "免去李四的乙职务"]
    );
    let mut session = some_city();
    session.body.settings.join_across_posts = true;
    let joined = "免去张三的甲职务、李四的乙职务";
    assert_eq!(
        huiwu_core::wording::phrases::appointment_sentences_of(&session, &refs),
        [joined]
    );
    in_domain(joined);
}

#[test]
fn the_list_lines_of_an_acting_head_and_a_resignation_are_domain_mds() {
    use AppointmentAction::{AcceptResignation, DecideActing};
    let m = motion(vec![
        entry(1, DecideActing, &["张三"], "某市人民政府代理市长"),
        entry(2, AcceptResignation, &["张三"], "某市人民政府市长"),
    ]);
    let blocks = verb_blocks(&m);
    // The resignation first, then the acting decision (DOMAIN.md §8).
    let lines: Vec<String> = blocks
        .iter()
        .map(|(action, clauses)| format!("{}： {}。", action.label(), clauses[0]))
        .collect();
    assert_eq!(
        lines,
        [
            "接受： 张三辞去某市人民政府市长职务的请求。",
            "决定： 张三为某市人民政府代理市长。"
        ]
    );
    for line in &lines {
        in_domain(line);
    }
    let order: Vec<AppointmentAction> =
        m.entries_in_list_order().iter().map(|e| e.action).collect();
    assert_eq!(order, [AcceptResignation, DecideActing]);
}

#[test]
fn the_resignation_and_acting_decisions_are_generated_as_domain_md_words_them() {
    let mut session = some_city();
    session.motions.push(motion(vec![
        entry(
            1,
            AppointmentAction::AcceptResignation,
            &["张三"],
            "某市人民政府市长",
        ),
        entry(
            2,
            AppointmentAction::DecideActing,
            &["张三"],
            "某市人民政府代理市长",
        ),
    ]));
    let expected = [
        (
            "某市人民代表大会常务委员会关于接受张三辞去某市人民政府市长职务请求的决定",
            "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，某市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去某市人民政府市长职务的请求，报某市第十二届人民代表大会备案。",
        ),
        (
            "某市人民代表大会常务委员会关于张三代理某市人民政府市长的决定",
            "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定，某市第十二届人民代表大会常务委员会第九次会议决定：张三代理某市人民政府市长。",
        ),
    ];
    for (id, (title, text)) in [1, 2].into_iter().zip(expected) {
        let (_, found) = session.entry(EntryId(id)).unwrap();
        let (generated_title, generated_text) = personnel_decision(&session, found).unwrap();
        assert_eq!(generated_title, title);
        assert_eq!(generated_text, text);
        in_domain(title);
        in_domain(text);
        // Generated into the session as a draft 决定 linked to its entry, editable.
        let resolution = session
            .generate_personnel_decision(EntryId(id))
            .unwrap()
            .unwrap();
        let resolution = session.resolution(resolution).unwrap();
        assert_eq!(resolution.kind, ResolutionKind::Decision);
        assert_eq!(resolution.entry, Some(EntryId(id)));
        assert_eq!(resolution.title, title);
    }
    // Generating again updates it, not a second one.
    session.generate_personnel_decision(EntryId(1)).unwrap();
    assert_eq!(session.resolutions.len(), 2);
    // The articles are the body's: a later revision of the law changes them there.
    session.body.settings.law_articles.resignation = 33;
    let (_, found) = session.entry(EntryId(1)).unwrap();
    assert!(
        personnel_decision(&session, found)
            .unwrap()
            .1
            .contains("第三十三条的规定和本人申请")
    );
    // Other verbs have no decision document.
    let appoint = entry(3, AppointmentAction::Appoint, &["李四"], "某职务");
    assert_eq!(personnel_decision(&session, &appoint), None);
}

#[test]
fn the_decision_of_an_entry_is_adopted_by_the_entry_s_vote() {
    let mut session = some_city();
    for name in ["甲", "乙", "丙"] {
        let id = session.add_member(Role::Member);
        session.roster.iter_mut().find(|m| m.id == id).unwrap().name = name.to_owned();
    }
    session.motions.push(motion(vec![entry(
        1,
        AppointmentAction::AcceptResignation,
        &["张三"],
        "某市人民政府市长",
    )]));
    // The motion belongs to a 人事任免 item: only then is it put to the vote.
    let item = session.add_agenda_item(None);
    session
        .set_item_kind(item, AgendaKind::Appointments)
        .unwrap();
    let motion_id = session.motions.last().unwrap().id;
    session.link_document(item, huiwu_core::model::DocumentRef::Motion(motion_id));
    let decision = session
        .generate_personnel_decision(EntryId(1))
        .unwrap()
        .unwrap();
    let state = |s: &Session| {
        huiwu_core::model::decisions::resolution_state(s, s.resolution(decision).unwrap())
    };
    assert_eq!(
        state(&session),
        huiwu_core::model::decisions::ResolutionState::Draft
    );
    let subject = huiwu_core::model::VoteSubject::Entries(vec![EntryId(1)]);
    session
        .record_vote(
            &subject,
            huiwu_core::model::VoteRecord::Counts(huiwu_core::model::Tally {
                yes: 3,
                ..Default::default()
            }),
        )
        .unwrap();
    let vote = huiwu_core::model::decisions::vote_for(&session, &subject)
        .unwrap()
        .id;
    session.announce(vote, false, &common::operator()).unwrap();
    assert_eq!(
        state(&session),
        huiwu_core::model::decisions::ResolutionState::Adopted
    );
    // Once announced, it is not regenerated over the adopted text.
    assert!(session.generate_personnel_decision(EntryId(1)).is_err());
}

/// A roster of 张三 (主任) and 李四 (副主任), as DOMAIN.md §9's placeholders.
fn with_chairs(
    session: &mut Session,
) -> (huiwu_core::model::MemberId, huiwu_core::model::MemberId) {
    let chair = session.add_member(Role::Chair);
    let vice = session.add_member(Role::ViceChair);
    for (id, name) in [(chair, "张三"), (vice, "李四")] {
        session.roster.iter_mut().find(|m| m.id == id).unwrap().name = name.to_owned();
    }
    (chair, vice)
}

#[test]
fn presiding_in_own_right_entrusted_and_per_sitting() {
    let mut session = some_city();
    let (chair, vice) = with_chairs(&mut session);
    session.details.presiding = Some(chair);
    let own = presiding_phrase(&session, None).unwrap();
    assert_eq!(own, "会议由主任张三主持");
    in_domain(&own);
    session.details.presiding = Some(vice);
    session.details.entrusted_by = Some(chair);
    let entrusted = presiding_phrase(&session, None).unwrap();
    assert_eq!(entrusted, "受主任张三委托，会议由副主任李四主持");
    in_domain(&entrusted);
    let minutes = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Minutes);
    assert!(
        minutes.contains("举行，受主任张三委托，会议由副主任李四主持。"),
        "{minutes}"
    );
    // A sitting presided by the 主任 himself says so, in its own sentence (DOMAIN.md §10).
    let first = session.add_sitting();
    let second = session.add_sitting();
    for (id, date, time) in [
        (first, day(2023, 12, 20), "上午"),
        (second, day(2023, 12, 21), "上午"),
    ] {
        let sitting = session
            .details
            .sittings
            .iter_mut()
            .find(|s| s.id == id)
            .unwrap();
        sitting.date = date;
        sitting.time = time.to_owned();
    }
    session.details.sittings[1].presiding = Some(chair);
    let first_sentence = sitting_sentence_as_published(&session, &session.details.sittings[0]);
    assert_eq!(first_sentence, "12月20日上午，会议举行第一次全体会议。");
    in_domain("12月20日上午，会议举行第一次全体会议，");
    assert_eq!(
        sitting_sentence_as_published(&session, &session.details.sittings[1]),
        "12月21日上午，会议举行第二次全体会议，会议由主任张三主持。"
    );
}

#[test]
fn the_news_names_leaders_with_titles_and_units_without_names_as_they_stand() {
    use huiwu_core::model::{Observer, ObserverUnit, ObserverUnitId};
    let mut session = some_city();
    let unit = |id, name: &str, people: Vec<Observer>| ObserverUnit {
        id: ObserverUnitId(id),
        unit: name.to_owned(),
        people,
        on_leave: Vec::new(),
        for_related_items: false,
    };
    session.observers = vec![
        unit(
            1,
            "市人民政府",
            vec![Observer {
                name: "李可".to_owned(),
                title: "市委常委、常务副市长".to_owned(),
            }],
        ),
        unit(2, "市监察委员会", vec![Observer::named("甲")]),
        unit(3, "市直有关部门负责同志", Vec::new()),
        unit(4, "市人大代表", vec![Observer::named("乙")]),
    ];
    let phrase = huiwu_core::export::news::observers_phrase(&session).unwrap();
    assert_eq!(
        phrase,
        "市委常委、常务副市长李可及市监察委员会相关负责同志、市直有关部门负责同志、部分人大代表"
    );
    in_domain("市直有关部门负责同志");
    // The lists print the unit without names as it stands.
    let list = huiwu_core::export::plain_text(&session, huiwu_core::export::DocKind::Observers);
    assert!(list.contains("\n市直有关部门负责同志\n"), "{list}");
    // Without the house style of naming leaders, the leader's unit is one of the units.
    session.body.settings.observer_leaders_in_news = false;
    assert_eq!(
        huiwu_core::export::news::observers_phrase(&session).unwrap(),
        "市人民政府、市监察委员会相关负责同志、市直有关部门负责同志、部分人大代表"
    );
    // The seed's own release is DOMAIN.md's model.
    in_domain(
        "市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。",
    );
}

#[test]
fn a_local_regulation_prints_its_approval_under_the_title() {
    let mut session = some_city();
    session.details.number = 10;
    session.details.dates = vec![day(2024, 3, 1)];
    let id = session.add_resolution();
    let resolution = session.resolutions.iter_mut().find(|r| r.id == id).unwrap();
    resolution.kind = ResolutionKind::LocalRegulation;
    resolution.title = "某市城市绿化条例".to_owned();
    resolution.approval = Some(Approval {
        date: Some(day(2024, 5, 30)),
        by: "某省第十四届人民代表大会常务委员会第九次会议".to_owned(),
    });
    let line = adoption_line_of(&session, session.resolution(id).unwrap()).unwrap();
    let expected = "（2024年3月1日某市第十二届人民代表大会常务委员会第十次会议通过\u{3000}2024年5月30日某省第十四届人民代表大会常务委员会第九次会议批准）";
    assert_eq!(line, expected);
    in_domain(expected);
    // Not yet approved: only the adoption.
    session.resolutions[0].approval = None;
    assert_eq!(
        adoption_line_of(&session, &session.resolutions[0]).unwrap(),
        "（2024年3月1日某市第十二届人民代表大会常务委员会第十次会议通过）"
    );
}

#[test]
fn a_verdict_without_counts_and_rates_with_two_decimals() {
    use huiwu_core::model::decisions::EvaluationResult;
    use huiwu_core::model::{EvaluationTally, Grade};
    let session = some_city();
    let verdict = EvaluationResult {
        tally: None,
        verdict: Grade::Satisfied,
        rates: None,
    };
    let text = huiwu_core::wording::phrases::evaluation_result(&session, &verdict);
    assert_eq!(text, "测评结果为满意");
    in_domain(&text);
    let counted = EvaluationResult {
        tally: Some(EvaluationTally {
            satisfied: 17,
            basically_satisfied: 12,
            dissatisfied: 0,
            invalid: 0,
        }),
        verdict: Grade::BasicallySatisfied,
        rates: Some((17.0 / 29.0 * 100.0, 100.0)),
    };
    let text = huiwu_core::wording::phrases::evaluation_result(&session, &counted);
    assert!(text.contains("满意率58.62%"), "{text}");
    in_domain("58.62%");
}

#[test]
fn a_vote_at_a_sitting_is_checked_against_that_sitting_s_attendance() {
    let mut session = some_city();
    let members: Vec<huiwu_core::model::MemberId> =
        (0..5).map(|_| session.add_member(Role::Member)).collect();
    let first = session.add_sitting();
    let second = session.add_sitting();
    // One member on leave for the second sitting only.
    session.set_sitting_own_attendance(second, true);
    session.change_attendance_at(
        members[0],
        Some(second),
        huiwu_core::model::AttendanceStatus::OnLeave("因病".to_owned()),
    );
    assert_eq!(session.attendance_counts_at(Some(first)).present, 5);
    assert_eq!(session.attendance_counts_at(Some(second)).present, 4);
    assert_eq!(session.attendance_counts().present, 5);
    let item = session.add_agenda_item(None);
    session.set_item_sitting(item, Some(second));
    let subject = huiwu_core::model::VoteSubject::AgendaItem(item);
    let vote = session
        .start_vote(&subject, huiwu_core::model::RecordMode::Ballots)
        .unwrap();
    assert_eq!(
        session.votes.iter().find(|v| v.id == vote).unwrap().sitting,
        Some(second)
    );
    // The member on leave at that sitting cannot vote in it …
    assert!(
        session
            .set_ballot(vote, members[0], Some(huiwu_core::model::Choice::Yes))
            .is_err()
    );
    // … and five votes would be more than the four present.
    session
        .set_vote_record(
            vote,
            huiwu_core::model::VoteRecord::Counts(huiwu_core::model::Tally {
                yes: 5,
                ..Default::default()
            }),
        )
        .unwrap();
    assert!(session.announce(vote, false, &common::operator()).is_err());
    // Taken at the first sitting, the same record is possible.
    session.set_vote_sitting(vote, Some(first)).unwrap();
    session.announce(vote, false, &common::operator()).unwrap();
    // An announced vote's sitting is locked, and so is deleting it.
    assert!(session.set_vote_sitting(vote, Some(second)).is_err());
    assert!(session.delete_sitting(first).is_err());
}
