//! Issue 23, "every body's own words": the variants of FORMS.md that print a fact the record
//! held no place for before format 6 — a resignation's reason and a deputy's resignation (§15),
//! a statement after the vote and the nominees' meeting (§20), 列席 by rank and citizens
//! observing (§5), a guest invited (§4), posts named by their class and the entries the news
//! leaves unnamed (§9), the evaluation notice's 公告 header and number (§18). Each is printed
//! from a session that records the fact and compared with FORMS.md's example; each is learned
//! back from a text printed in it; under the default forms a session without the facts prints
//! as before (the golden files), and one with them prints what FORMS.md's defaults say.

use crate::common;
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::{
    AppointmentAction, AppointmentEntry, EntryId, Observer, ObserverUnit, ObserverUnitId, Role,
    Session, Statement,
};
use huiwu_core::wording::forms::{FormChoice, FormChoices, learn};

/// `session` printed with `form` set to its variant `variant`.
pub(crate) fn with(session: &Session, form: &str, variant: &str) -> Session {
    let mut styled = session.clone();
    let mut choices = styled.body.settings.forms.clone();
    choices
        .set(form, FormChoice::Variant(variant.to_owned()))
        .unwrap();
    styled.set_form_choices(choices);
    styled
}

/// FORMS.md's example of a variant, from the catalog (which copies it from FORMS.md).
pub(crate) fn example_of(form: &str, variant: &str) -> &'static str {
    huiwu_core::wording::forms::form(form)
        .and_then(|f| f.variant(variant))
        .map(|v| v.example)
        .unwrap_or_else(|| panic!("{form}/{variant}"))
}

/// Asserts that FORMS.md (its copy committed for the tests, checked against `../shared`
/// where that is beside the project) gives `example` word for word.
pub(crate) fn in_forms(example: &str) {
    let text = common::shared_text("docs/FORMS.md");
    let joined: String = text.lines().map(|l| l.trim_matches(' ')).collect();
    assert!(
        joined.contains(example),
        "FORMS.md does not say 「{example}」"
    );
}

/// The county example's entry with this id, to change what it records (the example's votes
/// are announced: a test changes the record as a file would hold it).
fn entry_mut(session: &mut Session, id: u32) -> &mut AppointmentEntry {
    session
        .motions
        .iter_mut()
        .flat_map(|m| m.entries.iter_mut())
        .find(|e| e.id == EntryId(id))
        .unwrap()
}

/// The county's resignation (entry 1, 张志强, 淇县人民政府县长).
const RESIGNATION: u32 = 1;

#[test]
fn a_resignation_s_reason_is_printed_inside_or_before_where_given() {
    let county = common::county();
    // §15 `reason_inside`, with 同志 after each name, as FORMS.md's example has it.
    let mut session = county.clone();
    {
        let entry = entry_mut(&mut session, RESIGNATION);
        entry.people[0].name = "张三".to_owned();
        entry.posts = vec!["某市市长".to_owned()];
        entry.reason = "工作岗位变动".to_owned();
    }
    let inside = with(
        &with(&session, "tongzhi", "each"),
        "resignation",
        "reason_inside",
    );
    let expected = example_of("resignation", "reason_inside");
    in_forms(expected);
    for doc in [DocKind::News, DocKind::Minutes] {
        let text = plain_text(&inside, doc);
        assert!(text.contains(expected), "{doc:?}: {text}");
    }
    // Without a reason the form prints the default clause; by default the reason is not said.
    let mut without = inside.clone();
    entry_mut(&mut without, RESIGNATION).reason.clear();
    assert!(plain_text(&without, DocKind::News).contains("决定接受张三同志辞去某市市长职务的请求"));
    assert!(!plain_text(&session, DocKind::News).contains("工作岗位变动"));

    // §15 `reason_before`: a sentence of its own before the resignation, in the news and the
    // minutes.
    let mut session = county.clone();
    {
        let entry = entry_mut(&mut session, RESIGNATION);
        entry.people[0].name = "张晓东".to_owned();
        entry.posts = vec!["宿州市人民政府副市长".to_owned()];
        entry.reason = "工作变动".to_owned();
    }
    let before = with(&session, "resignation_reason", "reason_before");
    let expected = example_of("resignation_reason", "reason_before");
    in_forms(expected);
    let news = plain_text(&before, DocKind::News);
    assert!(
        news.contains(&format!(
            "\n　　{expected}会议决定任命刘卫东为淇县人民政府副县长；"
        )),
        "{news}"
    );
    let minutes = plain_text(&before, DocKind::Minutes);
    assert!(minutes.contains(&format!("{expected}会议以")), "{minutes}");
    // Only where given.
    let mut none_given = before.clone();
    entry_mut(&mut none_given, RESIGNATION).reason.clear();
    assert_eq!(
        plain_text(&none_given, DocKind::News),
        plain_text(
            &{
                let mut plain = session.clone();
                entry_mut(&mut plain, RESIGNATION).reason.clear();
                plain
            },
            DocKind::News
        )
    );
}

#[test]
fn a_reason_is_set_through_the_model_and_refused_once_the_vote_is_announced() {
    let mut session = common::county();
    let refused = session
        .set_entry_reason(EntryId(RESIGNATION), "工作变动")
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("已宣布") || refused.contains("解锁"),
        "{refused}"
    );
    // A new resignation, not voted on yet.
    let motion = session.motions[0].id;
    let id = session
        .add_entry(motion, AppointmentAction::AcceptResignation)
        .unwrap();
    session.set_entry_reason(id, "  工作变动 ").unwrap();
    assert_eq!(session.entry(id).unwrap().1.reason, "工作变动");
    // A deputy's resignation takes the deputy's post of the body's congress.
    session.set_entry_deputy(id, true).unwrap();
    let (_, entry) = session.entry(id).unwrap();
    assert!(entry.is_deputy_resignation());
    assert_eq!(entry.posts, ["淇县第十七届人民代表大会代表"]);
    // Another verb is not a deputy's resignation.
    let appointment = session
        .add_entry(motion, AppointmentAction::Appoint)
        .unwrap();
    session.set_entry_deputy(appointment, true).unwrap();
    assert!(!session.entry(appointment).unwrap().1.deputy);
    // What happened after the vote is recorded after it: the statement, the news's naming.
    session.set_entry_statement(EntryId(2), Some(Statement::Pledge));
    session.set_entry_unnamed_in_news(EntryId(4), true);
    assert_eq!(
        session.entry(EntryId(2)).unwrap().1.statement,
        Some(Statement::Pledge)
    );
    assert!(session.entry(EntryId(4)).unwrap().1.unnamed_in_news);
}

#[test]
fn a_deputy_s_resignation_ends_the_committee_post_it_held() {
    let mut session = common::county();
    session.body.region = "肃宁县".to_owned();
    session.body.term = 18;
    // 张丽娟 is a 委员 of the committee; 王奇超 and 刘江涛 are deputies only.
    let member = session
        .roster
        .iter_mut()
        .find(|m| m.role == Role::Member)
        .unwrap();
    member.name = "张丽娟".to_owned();
    {
        let entry = entry_mut(&mut session, RESIGNATION);
        entry.people = ["张丽娟", "王奇超", "刘江涛"]
            .into_iter()
            .map(huiwu_core::model::Appointee::named)
            .collect();
        entry.posts = vec!["肃宁县第十八届人民代表大会代表".to_owned()];
        entry.deputy = true;
    }
    // By default a deputy's resignation reads as any resignation, and nothing more is said.
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains("决定接受张丽娟、王奇超、刘江涛辞去肃宁县第十八届人民代表大会代表职务的请求"),
        "{news}"
    );
    assert!(!news.contains("相应终止"));
    // §15 `deputy`: the deputies' words, and the knock-on for the member among them.
    let deputy = with(&session, "deputy_resignation", "deputy");
    let clause = example_of("deputy_resignation", "deputy");
    let knock_on = example_of("deputy_knock_on", "election_law");
    // FORMS.md gives the knock-on without its closing 「。」.
    in_forms(knock_on.trim_end_matches('。'));
    for doc in [DocKind::News, DocKind::Minutes] {
        let text = plain_text(&deputy, doc);
        assert!(text.contains(clause), "{doc:?}: {text}");
        assert!(text.contains(knock_on), "{doc:?}: {text}");
        // Only the member's post ends.
        assert!(!text.contains("王奇超同志的常委会"), "{doc:?}");
    }
    // A body that leaves the knock-on out.
    let quiet = with(&deputy, "deputy_knock_on", "none");
    assert!(!plain_text(&quiet, DocKind::News).contains("相应终止"));
    // The list keeps its 「接受：」 line with the post as recorded.
    let list = plain_text(&deputy, DocKind::Appointments);
    assert!(
        list.contains("辞去肃宁县第十八届人民代表大会代表职务的请求。"),
        "{list}"
    );
}

#[test]
fn a_statement_and_the_nominees_meeting_are_said_where_recorded() {
    let mut session = common::county();
    // 刘卫东's appointment as 副县长 (entry 2) and acting post (entry 3), named 刘芸 as in
    // FORMS.md's example.
    for id in [2, 3] {
        entry_mut(&mut session, id).people[0].name = "刘芸".to_owned();
    }
    entry_mut(&mut session, 2).statement = Some(Statement::Pledge);
    let expected = example_of("after_vote_statement", "statement");
    in_forms(expected);
    // Printed by default, after the ceremonies, where recorded.
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains(&format!("新任命人员进行了宪法宣誓。{expected}\n")),
        "{news}"
    );
    let quiet = with(&session, "after_vote_statement", "none");
    assert!(!plain_text(&quiet, DocKind::News).contains("表态发言"));
    // Another word.
    entry_mut(&mut session, 2).statement = Some(Statement::Account);
    assert!(plain_text(&session, DocKind::News).contains("刘芸同志在会上作了任职陈述。"));

    // §20 `meeting`: the motion heard and its nominees introduced.
    let mut session = common::county();
    session.motions[0].signatory = "市长：马以".to_owned();
    session.set_motion_meeting(session.motions[0].id, true);
    let expected = example_of("appointees_meeting", "meeting");
    in_forms(expected);
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains(&format!(
            "\n　　{expected}会议决定任命刘卫东为淇县人民政府副县长；"
        )),
        "{news}"
    );
    // Where the body names each motion heard before its entries, the meeting is said there.
    let heard = with(&session, "personnel_proposer", "proposer_heard");
    let news = plain_text(&heard, DocKind::News);
    assert!(
        news.contains("会议听取和审议了市长马以提请的有关人事任免议案，并介绍拟任命人员与常委会组成人员见面，决定任命刘卫东为淇县人民政府副县长；"),
        "{news}"
    );
    assert!(!news.contains("有关人事任命议案"), "said twice: {news}");
    let quiet = with(&session, "appointees_meeting", "none");
    assert!(!plain_text(&quiet, DocKind::News).contains("见面"));
}

/// The county with the 列席 of FORMS.md §5's `by_rank` example.
fn county_by_rank() -> Session {
    let mut session = common::county();
    let unit = |id: u32, name: &str, people: Vec<Observer>, related: bool| ObserverUnit {
        id: ObserverUnitId(id),
        unit: name.to_owned(),
        people,
        on_leave: Vec::new(),
        for_related_items: related,
    };
    session.observers = vec![
        unit(
            1,
            "县人民政府",
            vec![Observer {
                name: "张时民".to_owned(),
                title: "县委副书记、常务副县长".to_owned(),
            }],
            false,
        ),
        unit(2, "县法院、县检察院主要负责同志", Vec::new(), false),
        unit(
            3,
            "县政府办主任、县人大常委会办公室副主任",
            Vec::new(),
            false,
        ),
        unit(4, "县政府有关部门主要负责同志", Vec::new(), true),
        unit(5, "县人大常委会相关工委委员", Vec::new(), true),
        unit(6, "部分乡镇人大主席、县人大代表", Vec::new(), false),
    ];
    session
}

#[test]
fn observers_by_rank_say_who_attends_only_for_the_items_that_concern_them() {
    let session = county_by_rank();
    let by_rank = with(&session, "nonvoting_by_rank", "by_rank");
    let expected = example_of("nonvoting_by_rank", "by_rank");
    in_forms(expected);
    let news = plain_text(&by_rank, DocKind::News);
    assert!(news.contains(&format!("出席会议。{expected}\n")), "{news}");
    // In one sentence by default: the units as they stand, none said apart.
    let news = plain_text(&session, DocKind::News);
    assert!(!news.contains("在审议相关议题时"), "{news}");
    assert!(news.contains("县政府有关部门主要负责同志"), "{news}");
    // A sentence with nothing to say is left out: no units for the related items.
    let mut throughout = by_rank.clone();
    for unit in &mut throughout.observers {
        unit.for_related_items = false;
    }
    let news = plain_text(&throughout, DocKind::News);
    assert!(!news.contains("在审议相关议题时"), "{news}");
    assert!(
        news.contains("县委副书记、常务副县长张时民列席会议。"),
        "{news}"
    );
    // The unit's mark is set through the model.
    let mut marked = common::county();
    let id = marked.observers[1].id;
    marked.set_observer_unit_for_related_items(id, true);
    assert!(marked.observers[1].for_related_items);
}

#[test]
fn citizens_observing_and_guests_invited_are_counted_and_named() {
    let mut session = common::county();
    // FORMS.md's placeholder: 15 deputies of the city's congress, 4 citizens.
    let deputies = session
        .observers
        .iter_mut()
        .find(|u| u.unit.contains("代表"))
        .unwrap();
    deputies.unit = "市人大代表".to_owned();
    deputies.people = (1..=15)
        .map(|n| Observer::named(format!("代表{n}")))
        .collect();
    deputies.on_leave.clear();
    session.set_citizens_observing(4);
    let counted = with(&session, "nonvoting_deputies", "counted_citizens");
    let expected = example_of("nonvoting_deputies", "counted_citizens");
    in_forms(expected);
    assert!(plain_text(&counted, DocKind::News).contains(expected));
    // Without citizens, the deputies alone.
    let mut none = counted.clone();
    none.set_citizens_observing(0);
    assert!(plain_text(&none, DocKind::News).contains("本次会议还邀请了15位市人大代表列席。"));

    // §4 `guest`: a line of its own after the 列席, by default.
    let mut session = common::county();
    session.set_invited_guests("张鸿建（市政协副主席）");
    assert_eq!(
        session.guests.invited,
        [Observer {
            name: "张鸿建".to_owned(),
            title: "市政协副主席".to_owned()
        }]
    );
    let expected = example_of("attendance_guest", "guest");
    in_forms(expected);
    let news = plain_text(&session, DocKind::News);
    assert!(news.contains(&format!("列席会议。{expected}\n")), "{news}");
    let quiet = with(&session, "attendance_guest", "none");
    assert_eq!(
        plain_text(&quiet, DocKind::News),
        plain_text(&common::county(), DocKind::News)
    );
}

#[test]
fn posts_named_by_their_class_and_entries_left_unnamed_are_said_as_the_body_says_them() {
    // §9 `partial`: the court's removal of a judge, by the class of the posts.
    let mut session = common::county();
    session
        .motions
        .retain(|m| m.entries.iter().any(|e| e.id == EntryId(5)));
    session.motions[0].entries.retain(|e| e.id == EntryId(5));
    session.motions[0].signatory = "市中级人民法院院长：罗雄".to_owned();
    session.set_motion_post_category(session.motions[0].id, " 审判人员 ");
    assert_eq!(session.motions[0].post_category, "审判人员");
    let partial = with(&session, "personnel_verb", "partial");
    let expected = example_of("personnel_verb", "partial");
    in_forms(expected);
    let news = plain_text(&partial, DocKind::News);
    assert!(news.contains(&format!("\n　　{expected}\n")), "{news}");
    // The minutes keep every name.
    assert!(plain_text(&partial, DocKind::Minutes).contains("免去秦志勇的淇县人民法院审判员职务"));
    // A motion without a class is told by name; the others of a classed motion too.
    let county = with(&common::county(), "personnel_verb", "partial");
    let news = plain_text(&county, DocKind::News);
    assert!(
        news.contains("会议决定任命刘卫东为淇县人民政府副县长；决定接受张志强辞去淇县人民政府县长职务的请求；决定刘卫东为淇县人民政府代理县长；任命李春燕等25名同志为淇县人民法院人民陪审员；免去秦志勇的淇县人民法院审判员职务。"),
        "{news}"
    );

    // §9 `catch_all`: the jurors left unnamed in the news.
    let mut session = common::county();
    session.set_entry_unnamed_in_news(EntryId(4), true);
    let expected = example_of("personnel_catch_all", "catch_all");
    let tail = expected.trim_start_matches('…').trim_start_matches('，');
    in_forms(tail);
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains(&format!(
            "决定刘卫东为淇县人民政府代理县长；免去秦志勇的淇县人民法院审判员职务。{expected}\n"
        )),
        "{news}"
    );
    assert!(!news.contains("李春燕"), "{news}");
    // The list and the minutes name every entry.
    assert!(plain_text(&session, DocKind::Minutes).contains("李春燕"));
    let quiet = with(&session, "personnel_catch_all", "none");
    assert!(!plain_text(&quiet, DocKind::News).contains("其他人事任免事项"));
    // Every entry named: no line.
    assert!(!plain_text(&common::county(), DocKind::News).contains("其他人事任免事项"));
}

#[test]
fn the_evaluation_notice_is_a_numbered_announcement_under_the_body_s_header() {
    let mut session = common::county();
    session.body.region = "曲靖市沾益区".to_owned();
    session.body.term = 2;
    session.set_evaluation_notice_number(Some(60));
    let header = example_of("evaluation_notice_header", "gonggao");
    in_forms(header);
    let notice = with(&session, "evaluation_notice_header", "gonggao");
    let text = plain_text(&notice, DocKind::EvaluationResults);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines[0], header, "{text}");
    assert_eq!(lines[1], "（第60号）", "{text}");
    in_forms("（第60号）");
    assert!(lines[2].ends_with("现将测评结果公告如下："), "{text}");
    assert!(!text.contains("测评结果："), "{text}");
    // The default header with the number under it; none without one.
    let text = plain_text(&session, DocKind::EvaluationResults);
    assert!(text.contains("满意度测评结果\n"), "{text}");
    assert!(text.contains("（第60号）"), "{text}");
    session.set_evaluation_notice_number(Some(0));
    assert_eq!(session.papers.evaluation_notice_number, None);
    session.set_evaluation_notice_number(None);
    let county = common::county();
    let mut unnumbered = county.clone();
    unnumbered.body = session.body.clone();
    assert!(!plain_text(&unnumbered, DocKind::EvaluationResults).contains("号）"));
    // With the numbered items of `counts_rates`, the 公告 keeps its header.
    let numbered = with(&notice, "evaluation_notice", "numbered_verdict");
    let text = plain_text(&numbered, DocKind::EvaluationResults);
    assert!(text.starts_with(header), "{text}");
    assert_eq!(text.matches("现将测评结果公告如下：").count(), 1, "{text}");
}

/// The county with every fact of format 6 recorded.
fn county_with_every_fact() -> Session {
    let mut session = county_by_rank();
    {
        let entry = entry_mut(&mut session, RESIGNATION);
        entry.reason = "工作变动".to_owned();
    }
    entry_mut(&mut session, 2).statement = Some(Statement::Duties);
    session.set_entry_unnamed_in_news(EntryId(4), true);
    session.set_motion_meeting(session.motions[0].id, true);
    session.set_invited_guests("张鸿建（市政协副主席）");
    session.set_citizens_observing(4);
    session.set_evaluation_notice_number(Some(60));
    session
}

#[test]
fn a_text_printed_in_the_new_variants_teaches_them_back() {
    let session = county_with_every_fact();
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("resignation", "reason_inside"),
        ("resignation_reason", "reason_before"),
        ("after_vote_statement", "statement"),
        ("appointees_meeting", "meeting"),
        ("nonvoting_by_rank", "by_rank"),
        ("attendance_guest", "guest"),
        ("personnel_catch_all", "catch_all"),
        ("evaluation_notice_header", "gonggao"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    let mut styled = session.clone();
    styled.set_form_choices(choices.clone());
    let text = [DocKind::News, DocKind::Minutes, DocKind::EvaluationResults]
        .iter()
        .map(|doc| plain_text(&styled, *doc))
        .collect::<String>();
    let found = learn::learn(&text);
    let learned = learn::apply(&FormChoices::default(), &found);
    for (form, variant) in [
        ("resignation", "reason_inside"),
        ("resignation_reason", "reason_before"),
        ("nonvoting_by_rank", "by_rank"),
        ("evaluation_notice_header", "gonggao"),
    ] {
        assert_eq!(
            learned.get(form),
            Some(&FormChoice::Variant(variant.into())),
            "{form}: {found:#?}"
        );
    }
    // The defaults that print a fact are found as the defaults.
    for form in [
        "after_vote_statement",
        "appointees_meeting",
        "attendance_guest",
        "personnel_catch_all",
    ] {
        let finding = found.iter().find(|f| f.form == form);
        assert!(finding.is_some_and(|f| f.is_default), "{form}: {finding:?}");
    }
    // The others, each from the sentence its example gives, among other text.
    for (form, variant, sentence) in [
        (
            "deputy_resignation",
            "deputy",
            "会议决定接受张丽娟、王奇超、刘江涛同志辞去肃宁县第十八届人大代表职务。",
        ),
        (
            "personnel_verb",
            "partial",
            "会议根据市中级人民法院院长罗雄提请，免去部分审判人员职务。",
        ),
        (
            "nonvoting_deputies",
            "counted_citizens",
            "本次会议还邀请了15位市人大代表列席，4位公民旁听。",
        ),
        (
            "deputy_knock_on",
            "election_law",
            "根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》第五十六条规定，张丽娟同志的常委会委员职务相应终止。",
        ),
    ] {
        let text = format!("本报讯。{sentence}会议要求，认真贯彻落实。");
        let found = learn::learn(&text);
        assert!(
            found.iter().any(|f| f.form == form && f.variant == variant),
            "{form}/{variant}: {found:#?}"
        );
    }
}

#[test]
fn every_fact_recorded_saves_and_reads_back_in_format_6() {
    let session = county_with_every_fact();
    let text = huiwu_core::io::to_ron_string(&session).unwrap();
    for field in [
        "reason: \"工作变动\"",
        "statement: Some(Duties)",
        "unnamed_in_news: true",
        "meeting: true",
        "for_related_items: true",
        "citizens: 4",
        "evaluation_notice_number: Some(60)",
    ] {
        assert!(text.contains(field), "{field} not in the file");
    }
    let back = huiwu_core::io::from_ron_str(&text, std::path::Path::new("六.ron")).unwrap();
    assert_eq!(back, session);
    // And a session without them saves without them (the example files are unchanged but for
    // their version).
    let county = common::county();
    let text = huiwu_core::io::to_ron_string(&county).unwrap();
    for field in [
        "reason:",
        "deputy:",
        "statement:",
        "unnamed_in_news:",
        "meeting:",
        "guests:",
    ] {
        assert!(!text.contains(field), "{field}");
    }
}

#[test]
fn under_the_default_forms_the_example_sessions_print_as_before() {
    // The golden files hold the documents as they were before format 6; the examples have
    // none of its facts, and print them byte for byte (the golden tests check every document;
    // here the documents the new facts reach).
    for (session, prefix) in [(common::example(), ""), (common::county(), "qixian/")] {
        for (doc, name) in [
            (DocKind::News, "news.txt"),
            (DocKind::Minutes, "minutes.txt"),
            (DocKind::EvaluationResults, "evaluation-results.txt"),
        ] {
            let golden = common::golden(&format!("{prefix}{name}"));
            assert_eq!(plain_text(&session, doc), golden, "{prefix}{name}");
        }
    }
}
