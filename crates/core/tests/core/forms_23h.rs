//! Issue 23 (「every body's own words」), the Offers of FORMS.md that remained: an item's own
//! verb, typed by the office for that item (§7 「a free verb per item」, and the budget row);
//! every item of a class under one verb, 「分别审议并通过了《…》；《…》」 (§8 `separately`); a
//! body's table of short unit names and abbreviated titles, printed where the news names those
//! attending without a vote (§5); where the presiding sentence stands and whether 委托 is said
//! (§3 `presiding_position`, `presiding_entrusted`). Each is compared with FORMS.md's example
//! word for word; under the default forms every document prints as before.

use crate::common;
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::io::{from_ron_str, to_ron_string};
use huiwu_core::model::check::check_session;
use huiwu_core::model::{
    AgendaItem, AgendaItemId, AgendaKind, DocumentRef, NewsMention, Observer, ObserverUnit,
    ObserverUnitId, Outcome, Role, Session, ShortName,
};
use huiwu_core::wording::forms::{FormChoice, FormChoices, learn};

use super::forms_23e::styled;
use super::forms_own_words::{example_of, in_forms};

/// Every published document of `session` is that of `base`.
fn prints_as(session: &Session, base: &Session) {
    for doc in DocKind::ALL {
        if doc.is_paper() {
            continue;
        }
        assert_eq!(
            plain_text(session, doc),
            plain_text(base, doc),
            "{doc:?} changed"
        );
    }
}

// §7: an item's own verb.

/// The county session with one more item, dealt with at the session and linked to nothing,
/// named in the office's words `name`, with its own verb `verb`.
fn with_own_item(base: &Session, verb: &str, name: &str, outcome: Outcome) -> Session {
    let mut session = base.clone();
    let id = session.add_agenda_item(None);
    let item = session.agenda.iter_mut().find(|i| i.id == id).unwrap();
    item.kind = AgendaKind::Other;
    item.title = format!("议题：{name}");
    item.outcome = outcome;
    item.news = NewsMention::Phrase(name.to_owned());
    item.verb = verb.to_owned();
    session
}

/// Each row of FORMS.md §7 that no house verb says, and the budget row (the record knows no
/// budget item: DOMAIN.md names none, and a budget is a report or a resolution like any other,
/// so its verb is the item's own): the verb typed, the item's name, the sentence printed.
const OWN_VERBS: [(&str, &str, &str); 9] = [
    // adopted: 「原则通过了」
    (
        "原则通过了",
        "某县人大常委会2024年工作要点",
        "会议原则通过了某县人大常委会2024年工作要点。",
    ),
    // adopted: 「经分组审议，会议表决通过了{议题}」
    (
        "经分组审议，会议表决通过了{议题}",
        "某市人大常委会关于……的决议",
        "经分组审议，会议表决通过了某市人大常委会关于……的决议。",
    ),
    // adopted: 「审议表决了…辞职事项」
    (
        "审议表决了",
        "市人大代表辞职事项",
        "会议审议表决了市人大代表辞职事项。",
    ),
    // study
    (
        "集中传达学习了",
        "十四届全国人大一次会议精神",
        "会议集中传达学习了十四届全国人大一次会议精神。",
    ),
    // 人代会 date, both forms
    (
        "决定：",
        "祁阳县第十七届人民代表大会第三次会议定于2018年元月7日至11日在县城举行",
        "会议决定：祁阳县第十七届人民代表大会第三次会议定于2018年元月7日至11日在县城举行。",
    ),
    (
        "决定了",
        "县十六届人大七次会议召开日期",
        "会议决定了县十六届人大七次会议召开日期。",
    ),
    // discussed
    (
        "研究讨论",
        "县人民政府关于……的方案",
        "会议研究讨论县人民政府关于……的方案。",
    ),
    // future
    (
        "常委会组成人员将分组审议{议题}。",
        "上述报告",
        "常委会组成人员将分组审议上述报告。",
    ),
    // budget
    (
        "审查和批准了",
        "某县人民政府关于2023年县级预算调整方案的议案",
        "会议审查和批准了某县人民政府关于2023年县级预算调整方案的议案。",
    ),
];

#[test]
fn an_item_s_own_verb_prints_each_example_of_forms_md_word_for_word() {
    let county = common::county();
    for (verb, name, sentence) in OWN_VERBS {
        // FORMS.md's example is the sentence without its full stop (and, for some, without
        // 「会议」 before the verb).
        let example = sentence.trim_end_matches('。');
        in_forms(example.strip_prefix("会议").unwrap_or(example));
        let session = with_own_item(&county, verb, name, Outcome::Deliberated);
        let news = plain_text(&session, DocKind::News);
        // A sentence of its own, after what was deliberated and heard.
        assert!(
            news.contains(&format!(
                "县政府关于2024年上半年全县经济运行情况的报告。{sentence}"
            )),
            "{verb}: {news}"
        );
        let minutes = plain_text(&session, DocKind::Minutes);
        assert!(
            minutes.contains(&format!("\n　　{sentence}\n")),
            "{verb}: {minutes}"
        );
        // Without the verb the house verb is printed.
        let mut plain = session.clone();
        plain.agenda.last_mut().unwrap().verb.clear();
        for doc in [DocKind::News, DocKind::Minutes] {
            assert!(
                !plain_text(&plain, doc).contains(sentence),
                "{verb}: {doc:?}"
            );
        }
    }
}

#[test]
fn a_future_item_is_said_in_the_office_s_words_before_its_vote() {
    // 「常委会组成人员将分组审议上述报告。」 for an item still pending: the news is written
    // before the groups meet.
    let session = with_own_item(
        &common::county(),
        "常委会组成人员将分组审议{议题}。",
        "上述报告",
        Outcome::Pending,
    );
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains("常委会组成人员将分组审议上述报告。"),
        "{news}"
    );
    // Withdrawn, it is not said.
    let mut withdrawn = session.clone();
    withdrawn.agenda.last_mut().unwrap().outcome = Outcome::Withdrawn;
    assert!(!plain_text(&withdrawn, DocKind::News).contains("上述报告"));
    // Left out of the release by the office, it is not said there.
    let mut omitted = session.clone();
    omitted.agenda.last_mut().unwrap().news = NewsMention::Omitted;
    assert!(!plain_text(&omitted, DocKind::News).contains("分组审议"));
}

/// Where the county's item on the court's openness (a report heard and deliberated) stands.
fn openness_item(county: &Session) -> usize {
    county
        .agenda
        .iter()
        .position(|i| i.title.contains("司法公开"))
        .unwrap()
}

#[test]
fn an_item_with_documents_is_named_from_them_and_leaves_its_group() {
    // The county's report on the court's openness, heard and deliberated: with its own verb it
    // leaves the heard paragraph's clauses and is said in a sentence of its own, named as the
    // release names it; the minutes name its report.
    let county = common::county();
    let index = openness_item(&county);
    let mut session = county.clone();
    session.agenda[index].verb = "研究讨论".to_owned();
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains("会议还听取审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；听取了县政府关于2024年上半年全县经济运行情况的报告。会议研究讨论县人民法院关于司法公开工作情况的报告。"),
        "{news}"
    );
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(
        minutes
            .contains("\n　　会议研究讨论县人民法院院长陈静所作的关于司法公开工作情况的报告。\n"),
        "{minutes}"
    );
    assert!(!minutes.contains("会议听取和审议了县人民法院院长陈静所作的"));
    // Empty again: every document as before.
    session.agenda[index].verb = "  ".to_owned();
    prints_as(&session, &county);
}

#[test]
fn an_own_verb_with_an_unknown_slot_is_refused_and_the_house_verb_printed() {
    let county = common::county();
    let index = openness_item(&county);
    let mut session = county.clone();
    session.agenda[index].verb = "研究讨论了{职称}".to_owned();
    let problem = huiwu_core::wording::phrases::item_verb_problem("研究讨论了{职称}").unwrap();
    assert!(
        problem.contains("「{职称}」") && problem.contains("{议题}"),
        "{problem}"
    );
    assert!(huiwu_core::wording::phrases::item_verb_problem("研究讨论{议题").is_some());
    assert!(huiwu_core::wording::phrases::item_verb_problem("原则通过了").is_none());
    let warned = check_session(&session)
        .into_iter()
        .any(|p| p.message.contains("本议题动词") && p.message.contains("{职称}"));
    assert!(warned);
    prints_as(&session, &county);
}

#[test]
fn a_summarising_lead_says_an_own_verb_among_the_business() {
    // FORMS.md §2 `summary_lead`: 「……，进行了人事任免，审议表决了市人大代表辞职事项，……」.
    let session = with_own_item(
        &common::county(),
        "审议表决了",
        "市人大代表辞职事项",
        Outcome::Deliberated,
    );
    let news = plain_text(
        &styled(&session, &[("lead", "summary_lead")]),
        DocKind::News,
    );
    let lead = news.lines().nth(2).unwrap();
    assert!(lead.contains("，审议表决了市人大代表辞职事项。"), "{lead}");
}

#[test]
fn an_own_verb_is_kept_in_the_file_and_files_without_it_read_as_before() {
    let session = with_own_item(
        &common::county(),
        "原则通过了",
        "某县人大常委会2024年工作要点",
        Outcome::Deliberated,
    );
    let text = to_ron_string(&session).unwrap();
    assert!(text.contains("verb: \"原则通过了\""), "{text}");
    assert!(text.starts_with("(\n  format_version: 6,"));
    assert_eq!(
        from_ron_str(&text, std::path::Path::new("x.ron")).unwrap(),
        session
    );
    // Files of every earlier format have no item verb and no short names.
    let fixtures = std::path::Path::new(common::REPO).join("tests/fixtures");
    let mut read = 0;
    for version in ["v1", "v2", "v3", "v4", "v5", "v5/last"] {
        for entry in std::fs::read_dir(fixtures.join(version)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                let old = huiwu_core::io::load(&path).unwrap();
                assert!(old.agenda.iter().all(|i| i.verb.is_empty()), "{path:?}");
                assert!(old.body.settings.short_names.is_empty(), "{path:?}");
                read += 1;
            }
        }
    }
    assert!(read >= 6, "{read} fixtures");
    // The examples under sessions/ save as they are.
    for path in ["sessions/hebi-12-09.ron", "sessions/qixian-17-15.ron"] {
        let path = std::path::Path::new(common::REPO).join(path);
        let on_disk = std::fs::read_to_string(&path).unwrap();
        let loaded = huiwu_core::io::load(&path).unwrap();
        assert_eq!(to_ron_string(&loaded).unwrap(), on_disk, "{path:?}");
    }
}

// §8: every item of a class under one verb.

/// The example's drafts alone, each named from its resolution and linked to nothing else: what
/// was adopted without a report heard.
fn drafts_only() -> Session {
    let mut session = common::example();
    session
        .agenda
        .retain(|item| item.kind == AgendaKind::DeliberateDraft);
    for item in &mut session.agenda {
        item.news = NewsMention::Derived;
        item.documents
            .retain(|d| matches!(d, DocumentRef::Resolution(_)));
    }
    session
}

#[test]
fn items_are_said_separately_under_one_verb_as_forms_md_shows() {
    let example = example_of("item_grouping", "separately");
    in_forms(example);
    let choices = [
        ("item_grouping", "separately"),
        ("item_verb_adopted", "shenyi_bing"),
    ];
    let news = plain_text(&styled(&drafts_only(), &choices), DocKind::News);
    let paragraph = news
        .lines()
        .find(|l| l.contains("分别"))
        .unwrap_or_else(|| panic!("{news}"));
    assert!(
        paragraph.starts_with("　　会议分别审议并通过了《市人大常委会关于批准2023年经济社会发展部分指标调整的决议》；《市人大常委会关于批准鹤壁市2023年市级第二次财政预算调整方案的决议》；《市人大常委会执法检查工作规范》；《市人大常委会关于加强检察建议工作的决议》"),
        "{paragraph}"
    );
    // FORMS.md's example has the shape of the form: the learner reads it so, and reads the
    // release printed in it back.
    let found = learn::learn(example);
    assert!(
        found
            .iter()
            .any(|f| f.form == "item_grouping" && f.variant == "separately"),
        "{found:#?}"
    );
    let learned = learn::apply(&FormChoices::default(), &learn::learn(&news));
    assert_eq!(
        learned.get("item_grouping"),
        Some(&FormChoice::Variant("separately".into()))
    );
    // One item alone is named as by default: nothing to say 「分别」 of.
    let mut one = drafts_only();
    one.agenda.truncate(1);
    assert_eq!(
        plain_text(&styled(&one, &choices[..1]), DocKind::News),
        plain_text(&one, DocKind::News)
    );
}

// §5: the body's table of short names.

fn person(name: &str, title: &str) -> Observer {
    Observer {
        name: name.to_owned(),
        title: title.to_owned(),
    }
}

fn unit(id: u32, name: &str, people: Vec<Observer>) -> ObserverUnit {
    ObserverUnit {
        id: ObserverUnitId(id),
        unit: name.to_owned(),
        people,
        on_leave: Vec::new(),
        for_related_items: false,
    }
}

fn short(full: &str, short: &str) -> ShortName {
    ShortName {
        full: full.to_owned(),
        short: short.to_owned(),
    }
}

/// A district's 列席 as its 列席人员名单 has them: units in full, titles as the units give them.
fn district() -> Session {
    let mut session = common::county();
    session.observers = vec![
        unit(1, "区人民政府", vec![person("张婕", "副区长")]),
        unit(2, "区人民法院", vec![person("祖鹏", "院长")]),
        unit(3, "区人民检察院", vec![person("李继征", "代理检察长")]),
        unit(4, "部分区人大代表", Vec::new()),
    ];
    session
}

#[test]
fn the_news_names_units_and_titles_by_the_body_s_short_names() {
    // FORMS.md §5 `comma`: 「副区长张婕，区法院院长祖鹏，区检察院代检察长李继征，部分区人大代表
    // 列席会议。」: the 列席人员名单 has the units in full and the title 代理检察长.
    let expected = example_of("nonvoting_joiner", "comma");
    in_forms(expected);
    let base = styled(&district(), &[("nonvoting_last", "comma")]);
    let full = plain_text(&base, DocKind::News);
    assert!(
        full.contains("区人民政府副区长张婕，区人民法院院长祖鹏，区人民检察院代理检察长李继征，部分区人大代表列席会议。"),
        "{full}"
    );
    let mut session = base.clone();
    session.body.settings.short_names = vec![
        short("区人民政府副区长", "副区长"),
        short("区人民法院", "区法院"),
        short("区人民检察院", "区检察院"),
        short("代理检察长", "代检察长"),
    ];
    let news = plain_text(&session, DocKind::News);
    assert!(news.contains(expected), "{news}");
    // Only the news: the lists and the minutes keep the units in full.
    for doc in [DocKind::Observers, DocKind::Minutes] {
        assert_eq!(plain_text(&session, doc), plain_text(&base, doc), "{doc:?}");
    }
}

#[test]
fn short_names_replace_the_longest_name_once_and_an_empty_table_nothing() {
    use huiwu_core::wording::names::abbreviated;
    let table = [
        short("县人民法院", "县法院"),
        short("县人民法院院长", "院长"),
        short("监察委员会", "监委"),
        short("县监察委员会", "县监察委"),
        short("", "空"),
        short("县人民检察院", ""),
    ];
    assert_eq!(
        abbreviated(&table, "县人民法院院长陈静及县监察委员会、县人民检察院等"),
        "院长陈静及县监察委、县人民检察院等"
    );
    // What is put in is not replaced again.
    let chained = [short("区人民法院", "区法院"), short("区法院", "法院")];
    assert_eq!(abbreviated(&chained, "区人民法院院长"), "区法院院长");
    assert_eq!(abbreviated(&[], "区人民法院"), "区人民法院");
    // The county's release: 「县监察委」 and 「县检察院」, its deputies counted by their short
    // name too.
    let mut county = common::county();
    county.body.settings.short_names = vec![
        short("县监察委员会", "县监察委"),
        short("县人民检察院", "县检察院"),
        short("县人民法院", "县法院"),
    ];
    let news = plain_text(&county, DocKind::News);
    assert!(
        news.contains("县法院院长陈静及县监察委、县检察院等有关单位相关负责同志"),
        "{news}"
    );
    // The default table is empty: every document as before.
    let mut plain = county.clone();
    plain.body.settings.short_names.clear();
    prints_as(&plain, &common::county());
}

#[test]
fn the_table_is_kept_with_the_house_style_and_said_on_its_screen() {
    use huiwu_core::io::house_style::{house_style_from_ron_str, house_style_to_ron_string};
    use huiwu_core::model::house_style::SETTINGS;
    let mut body = common::county().body;
    let plain = house_style_to_ron_string(&body).unwrap();
    assert!(!plain.contains("short_names"));
    body.settings.short_names = vec![
        short("区人民法院", "区法院"),
        short("代理检察长", "代检察长"),
    ];
    let text = house_style_to_ron_string(&body).unwrap();
    assert!(text.contains("short_names"), "{text}");
    let path = std::path::Path::new("x.huiwu-body.ron");
    assert_eq!(house_style_from_ron_str(&text, path).unwrap(), body);
    // The body's folder keeps it too (body.ron format 2 belongs to this release), and leaves
    // it out where empty.
    use huiwu_core::io::folder::{body_from_ron_str, body_to_ron_string};
    use huiwu_core::model::term::body_folder::BodyFile;
    let folder = BodyFile::new(body.clone());
    let written = body_to_ron_string(&folder).unwrap();
    assert!(written.contains("short_names"));
    assert_eq!(
        body_from_ron_str(&written, std::path::Path::new("body.ron")).unwrap(),
        folder
    );
    let example_folder = std::fs::read_to_string(
        std::path::Path::new(common::REPO).join("sessions/hebi-12/body.ron"),
    )
    .unwrap();
    let read = body_from_ron_str(&example_folder, std::path::Path::new("body.ron")).unwrap();
    assert!(read.body.settings.short_names.is_empty());
    assert_eq!(body_to_ron_string(&read).unwrap(), example_folder);
    let setting = SETTINGS.iter().find(|s| s.key == "short_names").unwrap();
    assert_eq!(setting.default_note(), "默认：不用简称");
    assert_eq!(
        setting.said(&body.settings),
        "区人民法院→区法院、代理检察长→代检察长"
    );
    assert!(!setting.is_default(&body.settings));
    setting.reset(&mut body.settings);
    assert!(body.settings.short_names.is_empty());
}

// §3: where the presiding sentence stands, and 委托.

/// The example with its 主任 renamed 郭建清 (FORMS.md's `name_only` example).
fn guo_presides() -> Session {
    let mut session = common::example();
    for member in &mut session.roster {
        if member.name == "史全新" {
            member.name = "郭建清".to_owned();
        }
    }
    session
}

#[test]
fn the_presiding_sentence_stands_after_the_attendance_or_last_as_forms_md_says() {
    let expected = example_of("presiding", "name_only");
    in_forms(expected);
    let base = guo_presides();
    // After the 出席 sentence: the presiding officer is named there with the title.
    let after = styled(
        &base,
        &[
            ("presiding", "name_only"),
            ("presiding_position", "after_attendance"),
        ],
    );
    let news = plain_text(&after, DocKind::News);
    let who = news.lines().nth(2).unwrap();
    assert_eq!(
        who,
        "　　12月21日，市十二届人大常委会第九次会议召开。市人大常委会主任郭建清，副主任尚欣、郑辉、蔺其军、郑志学，秘书长方在敏出席会议。郭建清主持会议。市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。"
    );
    // Joined with the 列席 sentence (FORMS.md §4 `with_liexi`): after the joined sentence.
    let joined = styled(&after, &[("attendance_joined", "with_liexi")]);
    let who = plain_text(&joined, DocKind::News);
    assert!(
        who.contains("出席会议；市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。郭建清主持会议。"),
        "{who}"
    );
    // As the last line.
    let last = styled(
        &base,
        &[
            ("presiding", "name_only"),
            ("presiding_position", "last_line"),
        ],
    );
    let news = plain_text(&last, DocKind::News);
    assert_eq!(
        news.lines().rev().find(|l| !l.trim().is_empty()),
        Some(format!("　　{expected}").as_str()),
        "{news}"
    );
    assert!(news.contains("市人大常委会主任郭建清，副主任尚欣"));
    assert_eq!(news.matches("主持").count(), 1, "{news}");
    // The learner reads the last line back.
    let found = learn::learn(&news);
    let learned = learn::apply(&FormChoices::default(), &found);
    assert_eq!(
        learned.get("presiding_position"),
        Some(&FormChoice::Variant("last_line".into())),
        "{found:#?}"
    );
    // The minutes keep their opening.
    assert_eq!(
        plain_text(&last, DocKind::Minutes),
        plain_text(&base, DocKind::Minutes)
    );
    // A position of the body's own must say where the presiding sentence goes.
    let error = base
        .body
        .settings
        .forms
        .clone()
        .set(
            "presiding_position",
            FormChoice::Template("主持".to_owned()),
        )
        .unwrap_err();
    assert!(error.contains("{主持句}"), "{error}");
}

/// The county example (its vice-chair presiding, entrusted by the 主任) with FORMS.md's
/// placeholder names.
fn entrusted_county() -> Session {
    let mut session = common::county();
    for member in &mut session.roster {
        match member.name.as_str() {
            "王建国" => member.name = "张三".to_owned(),
            "李明华" => member.name = "李四".to_owned(),
            _ => {}
        }
    }
    session
}

#[test]
fn entrustment_is_said_only_of_another_presiding_and_only_where_the_body_says_it() {
    let expected = example_of("presiding_entrusted", "entrusted");
    in_forms(expected);
    let session = entrusted_county();
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(minutes.contains(expected), "{minutes}");
    let news = plain_text(&session, DocKind::News);
    assert!(
        news.contains("受县人大常委会主任张三委托，县人大常委会副主任李四主持会议。"),
        "{news}"
    );
    // A body that does not print it.
    let unsaid = styled(&session, &[("presiding_entrusted", "none")]);
    let minutes = plain_text(&unsaid, DocKind::Minutes);
    assert!(
        minutes.contains("会议室举行，会议由副主任李四主持。"),
        "{minutes}"
    );
    for doc in [DocKind::News, DocKind::Minutes] {
        assert!(!plain_text(&unsaid, doc).contains("委托"), "{doc:?}");
    }
    // The 主任 presiding is entrusted by nobody, whatever the record holds.
    let mut chair = session.clone();
    let chair_id = chair
        .roster
        .iter()
        .find(|m| m.role == Role::Chair)
        .unwrap()
        .id;
    let vice = chair.roster.iter().find(|m| m.name == "李四").unwrap().id;
    chair.details.presiding = Some(chair_id);
    chair.details.entrusted_by = Some(vice);
    for doc in [DocKind::News, DocKind::Minutes] {
        assert!(!plain_text(&chair, doc).contains("委托"), "{doc:?}");
    }
    // The learner reads the default back from FORMS.md's example.
    let found = learn::learn(expected);
    assert!(
        found
            .iter()
            .any(|f| f.form == "presiding_entrusted" && f.variant == "entrusted" && f.is_default),
        "{found:#?}"
    );
}

#[test]
fn the_defaults_of_the_new_forms_print_every_document_as_before() {
    for base in [common::example(), common::county()] {
        for (form, variant) in [
            ("presiding_position", "after_lead"),
            ("presiding_entrusted", "entrusted"),
            ("item_grouping", "seed"),
        ] {
            let styled = styled(&base, &[(form, variant)]);
            assert!(styled.body.settings.forms.is_empty());
            prints_as(&styled, &base);
        }
        // And as the body's own template, the same words.
        for (form, template) in [
            ("presiding_entrusted", "受{委托人}委托，"),
            ("item_grouping", "{提请人}{短名列}等报告"),
        ] {
            let mut session = base.clone();
            let mut choices = session.body.settings.forms.clone();
            choices
                .set(form, FormChoice::Template(template.to_owned()))
                .unwrap();
            session.set_form_choices(choices);
            prints_as(&session, &base);
        }
    }
}

#[test]
fn an_own_verb_and_an_item_of_the_agenda_are_independent() {
    // The item's own verb belongs to the item: a new item has none, a copy keeps it.
    let mut session = common::county();
    let id = session.add_agenda_item(None);
    assert!(
        session
            .agenda
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .verb
            .is_empty()
    );
    session.agenda.last_mut().unwrap().verb = "原则通过了".to_owned();
    let copy = session.duplicate_agenda_item(id).unwrap();
    let item: &AgendaItem = session.agenda.iter().find(|i| i.id == copy).unwrap();
    assert_eq!(item.verb, "原则通过了");
    assert_ne!(item.id, AgendaItemId(0));
}
