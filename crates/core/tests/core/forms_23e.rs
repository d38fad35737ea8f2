//! Issue 23 (「every body's own words」), FORMS.md §1–§12: the variants added after the audit of
//! those sections, each printed from a session's facts and compared with FORMS.md's example
//! (placeholder names filled into a test session), and each learned back from a text written
//! in it, the learned style printing that text again.

use chrono::NaiveDate;
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::{
    AgendaItem, AgendaItemId, AgendaKind, DocumentRef, Observer, ObserverUnit, ObserverUnitId,
    Outcome, Report, ReportId, ReportKind, Session,
};
use huiwu_core::wording::forms::{FormChoice, FormChoices, learn};

use super::common;

/// `session` with the forms set to the listed variants.
pub(crate) fn styled(session: &Session, choices: &[(&str, &str)]) -> Session {
    let mut styled = session.clone();
    let mut forms = styled.body.settings.forms.clone();
    for (form, variant) in choices {
        forms
            .set(form, FormChoice::Variant((*variant).to_owned()))
            .unwrap_or_else(|e| panic!("{form}/{variant}: {e}"));
    }
    styled.set_form_choices(forms);
    styled
}

/// The news release of `session` in the listed variants.
fn news(session: &Session, choices: &[(&str, &str)]) -> String {
    plain_text(&styled(session, choices), DocKind::News)
}

/// Learns the forms from `text` and checks that every listed variant is found; then prints
/// `base` in the learned style and checks that it gives `text` again.
fn learned_back(base: &Session, choices: &[(&str, &str)], doc: DocKind) {
    let text = plain_text(&styled(base, choices), doc);
    let found = learn::learn(&text);
    let learned = learn::apply(&FormChoices::default(), &found);
    for (form, variant) in choices {
        assert_eq!(
            learned.get(form),
            Some(&FormChoice::Variant((*variant).to_owned())),
            "{form}/{variant} not learned from\n{text}\n{found:#?}"
        );
    }
    let mut relearned = base.clone();
    relearned.set_form_choices(learned);
    assert_eq!(plain_text(&relearned, doc), text, "{choices:?}");
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The paragraph of `text` that contains `part`.
fn paragraph_with<'t>(text: &'t str, part: &str) -> &'t str {
    text.lines()
        .find(|line| line.contains(part))
        .unwrap_or_else(|| panic!("no paragraph with {part} in\n{text}"))
}

/// The county session with its members renamed: FORMS.md's placeholders.
fn renamed(mut session: Session, names: &[(&str, &str)]) -> Session {
    for member in &mut session.roster {
        if let Some((_, new)) = names.iter().find(|(old, _)| *old == member.name) {
            member.name = (*new).to_owned();
        }
    }
    session
}

// §3 presiding, one sentence per plenary sitting.

#[test]
fn each_plenary_sitting_is_said_with_its_presiding_officer() {
    // FORMS.md §3 `per_sitting`: 「12月20日上午，会议举行第一次全体会议，会议由主任张三主持。」
    let mut session = renamed(common::county(), &[("王建国", "张三"), ("李明华", "李四")]);
    let chair = session.roster.iter().find(|m| m.name == "张三").unwrap().id;
    let vice = session.roster.iter().find(|m| m.name == "李四").unwrap().id;
    session.details.dates = vec![day(2023, 12, 20), day(2023, 12, 21)];
    for sitting in &mut session.details.sittings {
        sitting.date = if sitting.id.0 == 3 {
            day(2023, 12, 21)
        } else {
            day(2023, 12, 20)
        };
        sitting.entrusted_by = None;
    }
    session.details.sittings[0].presiding = Some(chair);
    session.details.sittings[2].presiding = Some(vice);
    let text = news(&session, &[("presiding_sittings", "per_sitting")]);
    let who = paragraph_with(&text, "全体会议");
    assert!(
        who.contains("召开。12月20日上午，会议举行第一次全体会议，会议由主任张三主持。12月21日上午，会议举行第二次全体会议，会议由副主任李四主持。县人大常委会"),
        "{who}"
    );
    // The county as recorded: the first sitting presided by entrustment, said so.
    let text = news(&common::county(), &[("presiding_sittings", "per_sitting")]);
    assert!(
        text.contains("6月27日上午，会议举行第一次全体会议，受主任王建国委托，会议由副主任李明华主持。6月28日上午，会议举行第二次全体会议，会议由主任王建国主持。"),
        "{text}"
    );
    // Not said twice: no session presiding sentence besides.
    assert!(!text.contains("李明华主持会议"), "{text}");
    // A session of one plenary sitting keeps its one sentence.
    let seed = common::example();
    assert_eq!(
        news(&seed, &[("presiding_sittings", "per_sitting")]),
        plain_text(&seed, DocKind::News)
    );
    // The minutes keep their own sitting sentences.
    let county = common::county();
    assert_eq!(
        plain_text(
            &styled(&county, &[("presiding_sittings", "per_sitting")]),
            DocKind::Minutes
        ),
        plain_text(&county, DocKind::Minutes)
    );
    learned_back(
        &county,
        &[("presiding_sittings", "per_sitting")],
        DocKind::News,
    );
}

#[test]
fn a_sitting_is_named_with_its_session() {
    // FORMS.md §1 `sitting`: 「某市十五届人大常委会第十二次会议举行第一次全体会议」.
    let mut session = renamed(common::county(), &[("王建国", "张三")]);
    session.body.region = "某市".to_owned();
    session.body.name = "某市人民代表大会常务委员会".to_owned();
    session.body.short_name = "市人大常委会".to_owned();
    session.body.term = 15;
    session.details.number = 12;
    let choices = [
        ("session_name", "place_short"),
        ("presiding_sittings", "sitting"),
    ];
    let text = news(&session, &choices);
    assert!(
        text.contains("6月27日上午，某市十五届人大常委会第十二次会议举行第一次全体会议，受主任张三委托，会议由副主任李明华主持。6月28日上午，某市十五届人大常委会第十二次会议举行第二次全体会议，会议由主任张三主持。"),
        "{text}"
    );
    learned_back(&session, &choices, DocKind::News);
}

// §5 列席: one title before several names, the closing joiner 「，」, the sentence last.

/// The county with FORMS.md §5's 列席: the county head, seven deputy heads and the departments.
fn county_with_deputy_heads(departments: &str) -> Session {
    let mut session = common::county();
    let person = |name: &str, title: &str| Observer {
        name: name.to_owned(),
        title: title.to_owned(),
    };
    let mut people = vec![person("佘俊臣", "县人民政府县长")];
    for name in [
        "陆安亚",
        "沈伯宏",
        "杨洪国",
        "顾锡芳",
        "杨林",
        "金陵",
        "王辉森",
    ] {
        people.push(person(name, "县人民政府副县长"));
    }
    session.observers = vec![
        ObserverUnit {
            id: ObserverUnitId(1),
            unit: "县人民政府".to_owned(),
            people,
            on_leave: Vec::new(),
            for_related_items: false,
        },
        ObserverUnit {
            id: ObserverUnitId(2),
            unit: departments.to_owned(),
            people: Vec::new(),
            on_leave: Vec::new(),
            for_related_items: false,
        },
    ];
    session
}

#[test]
fn one_title_is_said_once_before_all_who_hold_it() {
    // FORMS.md §5 `one_title_many`, with the joiner 「，」 before the others and 「等列席会议」.
    let session = county_with_deputy_heads("县政府工作部门及相关部门主要负责同志");
    let example = "县人民政府县长佘俊臣，副县长陆安亚、沈伯宏、杨洪国、顾锡芳、杨林、金陵、王辉森，县政府工作部门及相关部门主要负责同志等列席会议。";
    let text = news(
        &session,
        &[
            ("nonvoting_titles", "one_title_many"),
            ("nonvoting_last", "comma"),
            ("attendance_nonvoting", "closing_deng"),
        ],
    );
    assert!(text.contains(&format!("出席会议。{example}")), "{text}");
    // By default each is named with his or her title and unit.
    let plain = plain_text(&session, DocKind::News);
    assert!(
        plain.contains("县人民政府县长佘俊臣，县人民政府副县长陆安亚，县人民政府副县长沈伯宏，"),
        "{plain}"
    );
    // The meeting notice names the 列席 in the same words.
    let notice = plain_text(
        &styled(&session, &[("nonvoting_titles", "one_title_many")]),
        DocKind::Notice,
    );
    assert!(
        notice.contains("县人民政府县长佘俊臣，副县长陆安亚、沈伯宏"),
        "{notice}"
    );
    // The default written as the body's own template prints the same.
    let mut own = session.clone();
    let mut choices = FormChoices::default();
    choices
        .set(
            "nonvoting_titles",
            FormChoice::Template("{头衔}{姓名}".into()),
        )
        .unwrap();
    own.set_form_choices(choices);
    assert_eq!(plain_text(&own, DocKind::News), plain);
    // Learned from a release written so (the others without a 「及」 of their own).
    learned_back(
        &county_with_deputy_heads("县政府工作部门主要负责同志"),
        &[
            ("nonvoting_titles", "one_title_many"),
            ("nonvoting_last", "comma"),
            ("attendance_nonvoting", "closing_deng"),
        ],
        DocKind::News,
    );
}

#[test]
fn the_closing_joiner_may_be_a_comma() {
    // FORMS.md §5 `comma`: 「副区长张婕，区法院院长祖鹏，区检察院代检察长李继征，部分区人大代表列席
    // 会议。」
    let mut session = common::county();
    let person = |name: &str, title: &str| Observer {
        name: name.to_owned(),
        title: title.to_owned(),
    };
    session.observers = vec![
        ObserverUnit {
            id: ObserverUnitId(1),
            unit: "区人民政府".to_owned(),
            people: vec![person("张婕", "副区长")],
            on_leave: Vec::new(),
            for_related_items: false,
        },
        ObserverUnit {
            id: ObserverUnitId(2),
            unit: "区法院".to_owned(),
            people: vec![person("祖鹏", "区法院院长")],
            on_leave: Vec::new(),
            for_related_items: false,
        },
        ObserverUnit {
            id: ObserverUnitId(3),
            unit: "区检察院".to_owned(),
            people: vec![person("李继征", "区检察院代检察长")],
            on_leave: Vec::new(),
            for_related_items: false,
        },
        ObserverUnit {
            id: ObserverUnitId(4),
            unit: "区人大代表".to_owned(),
            people: vec![Observer::named("王五")],
            on_leave: Vec::new(),
            for_related_items: false,
        },
    ];
    let choices = [("nonvoting_last", "comma")];
    let text = news(&session, &choices);
    // The release names a title with its unit and the deputies without their place, as the
    // seed's does (「区人民政府副区长」, 「部分人大代表」); the joiners are the example's.
    assert!(
        text.contains(
            "出席会议。区人民政府副区长张婕，区法院院长祖鹏，区检察院代检察长李继征，部分人大代表列席会议。"
        ),
        "{text}"
    );
    assert!(
        plain_text(&session, DocKind::News)
            .contains("区检察院代检察长李继征及部分人大代表列席会议。")
    );
    learned_back(&session, &choices, DocKind::News);
}

#[test]
fn the_observers_may_be_the_release_s_last_line() {
    // FORMS.md §5 `last_line`: 「某县人大常委会有关工作机构负责人列席会议。」 as the last line.
    let mut session = common::county();
    session.observers = vec![ObserverUnit {
        id: ObserverUnitId(1),
        unit: "某县人大常委会有关工作机构负责人".to_owned(),
        people: Vec::new(),
        on_leave: Vec::new(),
        for_related_items: false,
    }];
    let choices = [("nonvoting_position", "last_line")];
    let text = news(&session, &choices);
    assert_eq!(
        text.lines().last(),
        Some("　　某县人大常委会有关工作机构负责人列席会议。"),
        "{text}"
    );
    assert_eq!(text.matches("列席").count(), 1, "{text}");
    // The county's 列席, with its own closing, last; the first paragraph without it.
    let county = common::county();
    let choices = [
        ("nonvoting_position", "last_line"),
        ("attendance_nonvoting", "closing_le"),
    ];
    let text = news(&county, &choices);
    let last = text.lines().last().unwrap();
    assert!(
        last.starts_with("　　县委常委、县人民政府副县长刘卫东，")
            && last.ends_with("部分人大代表列席了会议。"),
        "{text}"
    );
    assert!(
        paragraph_with(&text, "出席会议").ends_with("陈晓东出席会议。"),
        "{text}"
    );
    learned_back(&county, &choices, DocKind::News);
    // A text that is only its first paragraph does not say the 列席 come last.
    let first = paragraph_with(&plain_text(&county, DocKind::News), "列席").to_owned();
    assert!(
        !learn::learn(&first)
            .iter()
            .any(|f| f.form == "nonvoting_position"),
        "{first}"
    );
}

// §8 grouping: merged, companion; personnel last or in a sentence of its own.

/// The county with three more reports of the government heard, titled as FORMS.md's example.
fn county_hearing(titles: &[&str]) -> Session {
    let mut session = common::county();
    let template_item = session
        .agenda
        .iter()
        .find(|i| i.kind == AgendaKind::Hear)
        .unwrap()
        .clone();
    let template_report = session
        .reports
        .iter()
        .find(|r| template_item.documents.contains(&DocumentRef::Report(r.id)))
        .unwrap()
        .clone();
    session.agenda.retain(|i| i.kind != AgendaKind::Hear);
    for (n, title) in titles.iter().enumerate() {
        let id = 100 + n as u32;
        session.reports.push(Report {
            id: ReportId(id),
            title: (*title).to_owned(),
            ..template_report.clone()
        });
        session.agenda.push(AgendaItem {
            id: AgendaItemId(id),
            title: format!("听取县人民政府{title}"),
            documents: vec![DocumentRef::Report(ReportId(id))],
            ..template_item.clone()
        });
    }
    session
}

#[test]
fn reports_of_one_submitter_are_merged_under_one_title() {
    // FORMS.md §8 `merged`: 「会议听取了某县政府关于甲、乙和丙工作情况的报告」.
    let session = county_hearing(&[
        "关于甲工作情况的报告",
        "关于乙工作情况的报告",
        "关于丙工作情况的报告",
    ]);
    let choices = [("item_grouping", "merged")];
    let text = news(&session, &choices);
    let example = "会议听取了某县政府关于甲、乙和丙工作情况的报告".replacen('某', "", 1);
    assert!(
        text.contains(&format!("；{}。", &example["会议".len()..])),
        "{text}"
    );
    learned_back(&session, &choices, DocKind::News);
    // The seed's three reports heard: what they all end with (「情况」) said once.
    let seed = common::example();
    let text = news(&seed, &choices);
    assert!(
        text.contains("会议还听取审议了市政府关于2023年度法治政府建设、国家共同富裕示范区创建和《鹤壁市人民代表大会常务委员会关于促进卫河流域生态治理和高质量发展的决议》贯彻落实情况的报告。"),
        "{text}"
    );
    // A resolution is not a report: it is named after them, with its own verb.
    assert!(
        text.contains(
            "的报告；听取审议并表决通过了市人大常委会关于加强检察建议工作的决议和人事任免事项。"
        ),
        "{text}"
    );
}

#[test]
fn a_report_is_named_with_the_committee_s_report_tabled_with_it() {
    // FORMS.md §8 `companion`: 「关于中医药发展情况的报告和调研报告」. The record knows a
    // companion report: an item's second report, the committee's 调研报告 (its kind).
    let mut session = county_hearing(&["关于中医药发展情况的报告"]);
    let survey = Report {
        id: ReportId(200),
        kind: ReportKind::SurveyReport,
        title: "关于中医药发展情况的调研报告".to_owned(),
        submitter: "县人大常委会专题调研组".to_owned(),
        ..session.reports[0].clone()
    };
    session.reports.push(survey);
    let item = session
        .agenda
        .iter_mut()
        .find(|i| i.id == AgendaItemId(100))
        .unwrap();
    item.documents.push(DocumentRef::Report(ReportId(200)));
    item.kind = AgendaKind::HearAndDeliberate;
    item.outcome = Outcome::Deliberated;
    let choices = [("item_grouping", "companion")];
    let text = news(&session, &choices);
    assert!(
        text.contains("；听取审议了县政府关于中医药发展情况的报告和调研报告；"),
        "{text}"
    );
    // By default the first report alone, grouped as the seed groups them.
    let plain = plain_text(&session, DocKind::News);
    assert!(plain.contains("、关于中医药发展情况等报告；"), "{plain}");
    assert!(!plain.contains("调研报告"), "{plain}");
    learned_back(&session, &choices, DocKind::News);
    // The seed's reports tabled with a 视察报告 and a 调研报告; the others as they were.
    let text = news(&common::example(), &choices);
    assert!(
        text.contains("听取审议了市政府关于国家共同富裕示范区创建情况的专项工作报告和视察报告；"),
        "{text}"
    );
    assert!(
        text.contains("贯彻落实情况的专项工作报告和调研报告。"),
        "{text}"
    );
    assert!(
        text.contains("听取审议了市政府关于2023年度法治政府建设情况的专项工作报告；"),
        "{text}"
    );
}

#[test]
fn the_appointments_may_be_said_in_a_sentence_after_the_items() {
    // FORMS.md §8: 「会议还表决通过了有关人事任免事项。」 after the items.
    let seed = common::example();
    let choices = [("personnel_mention", "also_adopted")];
    let text = news(&seed, &choices);
    assert!(
        text.contains("关于加强检察建议工作的决议等报告。会议还表决通过了有关人事任免事项。\n"),
        "{text}"
    );
    // The names follow in their paragraph, unless the body names nobody: then once.
    assert!(text.contains("会议任命刘育为"), "{text}");
    let text = news(
        &seed,
        &[
            ("personnel_mention", "also_adopted"),
            ("personnel_verb", "matters_only"),
        ],
    );
    assert_eq!(text.matches("人事任免事项").count(), 1, "{text}");
    learned_back(&seed, &choices, DocKind::News);
}

// §9 the appointments said as matters only.

#[test]
fn the_appointments_may_be_said_as_matters_in_other_words() {
    let seed = common::example();
    for (variant, example) in [
        ("matters_decided", "会议决定了相关人事任免。"),
        ("matters_motions", "会议表决通过了相关人事任免议案。"),
    ] {
        let choices = [("personnel_verb", variant)];
        let text = news(&seed, &choices);
        assert!(text.contains(&format!("\n　　{example}\n")), "{text}");
        assert!(!text.contains("刘育"), "{text}");
        learned_back(&seed, &choices, DocKind::News);
    }
}

// §10, §12: 同志 counted by 位; the first three named; 同志 in the lead only.

#[test]
fn comrades_counted_by_wei_and_the_first_three_named() {
    let county = common::county();
    // FORMS.md §12 `first_three` with 位: 「张三、李四、王五等11位同志」.
    let mut batch = county.clone();
    for motion in &mut batch.motions {
        for entry in &mut motion.entries {
            if entry.people.len() > 5 {
                entry.people.truncate(11);
                for (person, name) in entry.people.iter_mut().zip(["张三", "李四", "王五"]) {
                    person.name = name.to_owned();
                }
            }
        }
    }
    let choices = [("batch", "first_three_wei")];
    let text = news(&batch, &choices);
    assert!(
        text.contains("任命张三、李四、王五等11位同志为淇县人民法院人民陪审员；"),
        "{text}"
    );
    // The minutes say it so too.
    assert!(
        plain_text(&styled(&batch, &choices), DocKind::Minutes)
            .contains("张三、李四、王五等11位同志")
    );
    learned_back(&batch, &choices, DocKind::News);
    // FORMS.md §10 `once_counted` with 位: 「张三、李四两位同志」.
    let mut pair = batch.clone();
    for motion in &mut pair.motions {
        for entry in &mut motion.entries {
            if entry.people.len() > 5 {
                entry.people.truncate(2);
            }
        }
    }
    let text = news(
        &pair,
        &[
            ("tongzhi", "once_counted_wei"),
            ("numerals_people", "chinese_liang"),
        ],
    );
    assert!(
        text.contains("任命张三、李四两位同志为淇县人民法院人民陪审员；"),
        "{text}"
    );
    // One person is not counted: 「刘卫东同志」.
    assert!(text.contains("决定任命刘卫东同志为"), "{text}");
    learned_back(&pair, &[("tongzhi", "once_counted_wei")], DocKind::News);
}

// §1, §2: the session's name and the lead.

#[test]
fn the_session_s_number_in_arabic_numerals_in_every_name() {
    let county = common::county();
    for (variant, expected) in [
        (
            "full_arabic_ci",
            "淇县第十七届人民代表大会常务委员会第15次会议召开。",
        ),
        ("short_di_arabic_ci", "县第十七届人大常委会第15次会议召开。"),
        (
            "place_short_arabic_ci",
            "淇县十七届人大常委会第15次会议召开。",
        ),
        (
            "place_short_di_arabic_ci",
            "淇县第十七届人大常委会第15次会议召开。",
        ),
    ] {
        let choices = [("session_name", variant)];
        let text = news(&county, &choices);
        assert!(
            text.contains(&format!("6月27日至28日，{expected}")),
            "{variant}: {text}"
        );
        learned_back(&county, &choices, DocKind::News);
    }
}

/// A one-day session of 某 body: its place, term, number and day.
fn placeholder(region: &str, short: &str, term: u32, number: u32, dates: &[NaiveDate]) -> Session {
    let mut session = common::county();
    session.body.region = region.to_owned();
    session.body.name = format!("{region}人民代表大会常务委员会");
    session.body.short_name = short.to_owned();
    session.body.term = term;
    session.details.number = number;
    session.details.dates = dates.to_vec();
    for sitting in &mut session.details.sittings {
        sitting.date = dates[0];
    }
    session
}

#[test]
fn the_lead_in_the_other_published_orders() {
    // FORMS.md §1 `place_lead`: 「12月25日、26日，祁阳县召开第十七届人大常委会第八次会议。」
    let qiyang = placeholder(
        "祁阳县",
        "县人大常委会",
        17,
        8,
        &[day(2017, 12, 25), day(2017, 12, 26)],
    );
    let choices = [("lead", "place_lead"), ("date_span", "dun")];
    assert!(
        news(&qiyang, &choices)
            .contains("\n　　12月25日、26日，祁阳县召开第十七届人大常委会第八次会议。")
    );
    learned_back(&qiyang, &choices, DocKind::News);
    // FORMS.md §2 `zhaokai_before`, 次 in Arabic: 「3月25日，县十五届人大常委会召开第36次会议。」
    let county = placeholder("某县", "县人大常委会", 15, 36, &[day(2024, 3, 25)]);
    let choices = [("lead", "zhaokai_before_arabic_ci")];
    assert!(news(&county, &choices).contains("\n　　3月25日，县十五届人大常委会召开第36次会议。"));
    learned_back(&county, &choices, DocKind::News);
    // FORMS.md §1 `session_as_sitting` (a misnomer): offered, printed, never suggested.
    let district = placeholder("某区", "区人大常委会", 2, 8, &[day(2024, 9, 26)]);
    let choices = [("lead", "session_as_sitting")];
    let text = news(&district, &choices);
    assert!(
        text.contains("\n　　9月26日，区二届人大常委会举行第八次全体会议。"),
        "{text}"
    );
    assert!(
        !learn::learn(&text)
            .iter()
            .any(|f| f.form == "lead" && f.variant == "session_as_sitting")
    );
}

#[test]
fn a_lead_may_say_the_business_of_the_session() {
    // FORMS.md §2 `no_verb`: 「9月27日下午，县十六届人大常委会第二十五次会议，专题听取县人民政府
    // 关于……的报告，开展“面对面”询问活动并进行满意度测评。」 (the first item as the agenda says it).
    let mut session = placeholder("某县", "县人大常委会", 16, 25, &[day(2024, 9, 27)]);
    for sitting in &mut session.details.sittings {
        sitting.time = "下午".to_owned();
    }
    session.agenda[0].title =
        "专题听取县人民政府关于……的报告，开展“面对面”询问活动并进行满意度测评".to_owned();
    let choices = [("lead", "no_verb")];
    let text = news(&session, &choices);
    assert!(
        text.contains("\n　　9月27日下午，县十六届人大常委会第二十五次会议，专题听取县人民政府关于……的报告，开展“面对面”询问活动并进行满意度测评。"),
        "{text}"
    );
    learned_back(&session, &choices, DocKind::News);

    // FORMS.md §2 `summary_lead`: 「日前，区七届人大常委会召开第三次会议，进行了人事任免，……」:
    // the business in one run, joined by 「，」.
    let county = common::county();
    let choices = [("lead", "summary_lead")];
    let text = news(&county, &choices);
    assert!(
        text.contains("\n　　6月27日至28日，县十七届人大常委会召开第十五次会议，听取审议并表决通过了县人大常委会关于批准2023年县级财政决算的决议和人事任免事项，听取审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；听取审议了县人民法院关于司法公开工作情况的报告；听取了县政府关于2024年上半年全县经济运行情况的报告。受县人大常委会主任王建国委托"),
        "{text}"
    );
    learned_back(&county, &choices, DocKind::News);

    // FORMS.md §2 `decision_lead`: 「杭州市十一届人大常委会第二十四次会议昨天接受蔡奇辞去杭州市
    // 市长职务，决定任命邵占维为杭州市副市长，代理杭州市市长职务。」: the appointments decided,
    // after the session and its date.
    let mut hangzhou = placeholder("杭州市", "市人大常委会", 11, 24, &[day(2010, 12, 21)]);
    hangzhou.motions.retain(|m| {
        m.entries
            .iter()
            .any(|e| e.action == huiwu_core::model::AppointmentAction::AcceptResignation)
    });
    for motion in &mut hangzhou.motions {
        for entry in &mut motion.entries {
            for person in &mut entry.people {
                person.name = match person.name.as_str() {
                    "张志强" => "蔡奇",
                    "刘卫东" => "邵占维",
                    other => other,
                }
                .to_owned();
            }
            for post in &mut entry.posts {
                *post = post
                    .replace("淇县人民政府副县长", "杭州市副市长")
                    .replace("淇县人民政府代理县长", "杭州市代理市长")
                    .replace("淇县人民政府县长", "杭州市市长");
            }
        }
    }
    let choices = [
        ("lead", "decision_lead"),
        ("session_name", "place_short"),
        ("resignation", "no_request"),
        ("acting", "folded_zhiwu"),
    ];
    let text = news(&hangzhou, &choices);
    assert!(
        text.contains("\n　　杭州市十一届人大常委会第二十四次会议12月21日决定任命邵占维为杭州市副市长，代理杭州市市长职务，决定接受蔡奇辞去杭州市市长职务。"),
        "{text}"
    );
    learned_back(&hangzhou, &choices, DocKind::News);
    // Without an appointment decided, the lead says the session opened.
    let mut none = hangzhou.clone();
    none.motions.clear();
    assert!(
        news(&none, &choices)
            .contains("\n　　12月21日，杭州市十一届人大常委会第二十四次会议召开。")
    );

    // FORMS.md §10 `lead_only`: 「决定任命张三同志为某市副市长」 in the lead, 「会议决定任命张三为
    // 某市副市长。」 in the body.
    let choices = [("lead", "decision_lead"), ("tongzhi_lead", "lead_only")];
    let text = news(&hangzhou, &choices);
    assert!(
        text.contains("次会议12月21日决定任命邵占维同志为杭州市副市长，"),
        "{text}"
    );
    assert!(
        text.contains("\n　　会议决定任命邵占维为杭州市副市长；"),
        "{text}"
    );
    learned_back(&hangzhou, &choices, DocKind::News);
}

// §4 出席: the members counted or summed up in other words.

#[test]
fn the_members_present_counted_or_summed_in_other_words() {
    let county = common::county();
    for (variant, expected) in [
        (
            "count_yiji",
            "县人大常委会副主任张秀英、刘德胜、陈晓东以及委员共22人出席了会议。",
        ),
        (
            "count_canjia",
            "县人大常委会副主任张秀英、刘德胜、陈晓东及委员共22人参加会议。",
        ),
        (
            "summed_members",
            "县人大常委会副主任张秀英、刘德胜、陈晓东及常委会组成人员出席会议。",
        ),
    ] {
        let choices = [("attendance_leaders", variant)];
        let text = news(&county, &choices);
        assert!(text.contains(expected), "{variant}: {text}");
        learned_back(&county, &choices, DocKind::News);
    }
}

// §7 the reporter named with the report.

#[test]
fn a_report_is_named_with_who_made_it() {
    // FORMS.md §7 `reporter`: 「会议听取并审议了某市发展和改革委员会副主任张三作的《关于……的报告》」.
    let mut session = county_hearing(&["关于……的报告"]);
    let report = session
        .reports
        .iter_mut()
        .find(|r| r.id == ReportId(100))
        .unwrap();
    report.presenter = "某市发展和改革委员会副主任 张三".to_owned();
    let item = session
        .agenda
        .iter_mut()
        .find(|i| i.id == AgendaItemId(100))
        .unwrap();
    item.kind = AgendaKind::HearAndDeliberate;
    item.outcome = Outcome::Deliberated;
    let choices = [("item_verb_deliberated", "reporter")];
    let text = news(&session, &choices);
    let heard = paragraph_with(&text, "会议还");
    assert_eq!(
        heard,
        "　　会议还听取并审议了县审计局局长周国平作的《关于2023年度县级预算执行和其他财政收支的审计工作报告》；听取并审议了某市发展和改革委员会副主任张三作的《关于……的报告》；听取并审议了县人民法院院长陈静作的《关于司法公开工作情况的报告》。"
    );
    learned_back(&session, &choices, DocKind::News);
}
