//! Issue 23: every form of FORMS.md the program prints through, chosen once in the house style,
//! written as the body's own template, and learned from the body's own publications.

use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::Session;
use huiwu_core::wording::forms::{self, FORMS, FormChoice, FormChoices, Template, learn};

use super::common;

/// A value for every slot, as a published text would have it (the learner's slot rules hold).
fn sample(slot: &str) -> String {
    match slot {
        "地名" => "某市",
        "级" => "市",
        "届" => "十二",
        "次" => "九",
        "次数" => "9",
        "日期" => "12月21日",
        "会议" => "市十二届人大常委会第九次会议",
        "会议全称" => "某市第十二届人民代表大会常务委员会第九次会议",
        "常委会" => "市人大常委会",
        "机关全称" => "某市人民代表大会常务委员会",
        "年月日" => "2023年12月21日",
        "地点" => "市人大常委会会议室",
        "头衔" => "市人大常委会主任",
        "姓名" | "首名" => "张三",
        "并讲话" => "并讲话",
        "出席" => "副主任李四、王五，秘书长赵六",
        "人数" | "实到" => "31",
        "委员人数" => "22",
        "列席" => "市人民政府副市长孙七，市中级人民法院等有关单位相关负责同志",
        "应到" => "35",
        "请假" => "4",
        "缺席" => "0",
        "法定人数" => "符合法定人数",
        "测评法定人数" => "符合测评的法定人数",
        "名单" => "张三、李四",
        "前三名" => "张三、李四、王五",
        "职务" => "某市人民政府副市长",
        "所代职务" => "某市人民政府市长",
        "法律" => "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法",
        "条" => "第三十二条",
        "备案机关" => "某市第十二届人民代表大会",
        "对象" => "市人民政府关于某项工作情况的报告",
        "结论" => "满意",
        "测评结果" => "测评结果为满意（满意30票，基本满意3票，不满意0票）",
        "方式" => "无记名投票",
        "议题" => "市政府关于甲工作情况的报告",
        "提请人" => "市政府",
        "全名" => "关于甲工作情况的报告",
        "全名二" => "关于乙工作情况的报告",
        "动词" => "听取和审议了",
        "主持人" => "郭建清",
        "委托人" => "主任张三",
        "书名" => "市人大常委会关于甲的决议",
        "短名列" => "关于甲工作情况，关于乙工作情况",
        "全名列" => "关于甲工作情况的报告、关于乙工作情况的报告",
        "逐项全名" => "市政府关于甲工作情况的报告、市政府关于乙工作情况的报告",
        "项数" => "两",
        "名单二" => "王五",
        "职务二" => "某市财政局局长",
        "决定职务" => "某市人民政府副市长",
        "任命职务" => "某市人民检察院检察员",
        "前字" => "，",
        "任免动词" => "任命",
        "法定动词" | "决定动词" => "决定任命",
        "动作" => "任命",
        "条款" => "张三为某市人民政府副市长",
        "颁发人" => "市人大常委会主任张三",
        "受任人" => "新任命人员",
        "数字" => "3",
        "汉字" => "三",
        "两" => "两",
        "量词" => "名",
        "起" => "12月25日",
        "止" | "其后各日" => "26日",
        "满意" => "25",
        "基本满意" => "3",
        "不满意" => "0",
        "满意和基本满意" => "28",
        "满意率" => "89.29%",
        "基本满意率" => "10.71%",
        "满意和基本满意率" => "100%",
        "方式表决" => "无记名投票表决",
        "任命条款" => "张三为某市人民政府副市长",
        "代理职务" => "代理市长",
        "月数" => "1",
        "数字二" => "0",
        "计票" => "以赞成33票，反对0票，弃权0票表决通过",
        "一致" => "一致通过",
        "时段" => "上午",
        "事由" => "因病、因事",
        "头衔名单" => "副主任李四、王五",
        "时段列" => "上午和下午",
        "日数" => "7",
        "元" => "元",
        "列席人" => "市人民检察院检察长黄秀强",
        "列席其他" => "市监察委员会等有关单位相关负责同志",
        "甲" => "任命张三为某市民政局局长",
        "乙" => "任命李四为某市财政局局长",
        "单位列" => "区监委、法院、检察院",
        "代表" => "市人大代表",
        "提请者" => "市长赵宏宇",
        "单位简列" => "龙海市、东山县",
        "序号" => "一",
        "发出" | "收回" => "28",
        "指代" => "该报告",
        "辞职条款" => "其辞去某市财政局局长职务的请求",
        "繁体" => "會議",
        "规则" => "满意票超过全体组成人员的半数为满意",
        "导语日期" => "12月21日",
        "衔" => "副县长",
        "同衔名单" => "陆安亚、沈伯宏",
        "列席尾" => "县政府工作部门负责同志等",
        "合并列" => "甲、乙和丙工作情况",
        "附报告名" => "调研报告",
        "题" => "中医药发展情况的",
        "和附报告" => "和调研报告",
        "主要决定" => "决定任命张三为某市人民政府副市长",
        "事项列" => "听取审议了市政府关于甲工作情况的报告",
        "首项议题" => "听取和审议市人民政府关于甲工作情况的报告",
        "主持" => "会议由主任张三",
        "序" => "一",
        "列席句" => "部分市人大代表列席会议",
        "文末" => "",
        "公民" => "4",
        "理由" => "工作变动",
        "职务类" => "审判人员",
        "发言" => "表态发言",
        "领导" => "县委副书记、常务副县长张时民",
        "单位" => "县法院、县检察院主要负责同志",
        "相关单位" => "县政府有关部门主要负责同志",
        "会议名称" => "某市十二届人大常委会第九次会议",
        "人大次" => "五",
        "本地办法" => "某市人民代表大会常务委员会任免地方国家机关工作人员办法",
        "本地条" => "第十七条",
        "人大会议" => "某市第十二届人民代表大会第五次会议",
        "其他测评人" => "列席会议的市人大代表、公民代表",
        other => panic!("no sample for the slot {other}"),
    }
    .to_owned()
}

#[test]
fn every_variant_is_a_valid_template_of_its_form_and_a_choice_round_trips() {
    let mut count = 0;
    for spec in FORMS {
        assert!(!spec.variants.is_empty(), "{}", spec.key);
        for variant in spec.variants {
            let template = Template::parse(variant.template).unwrap();
            for slot in template.slots() {
                assert!(
                    spec.slots.contains(&slot),
                    "{}/{}: {slot}",
                    spec.key,
                    variant.key
                );
            }
            let mut choices = FormChoices::default();
            choices
                .set(spec.key, FormChoice::Variant(variant.key.to_owned()))
                .unwrap();
            // The default is stored as nothing: a body that chose nothing saves as before.
            assert_eq!(
                choices.is_empty(),
                variant.key == spec.default_variant().key
            );
            count += 1;
        }
    }
    assert!(count >= 60, "{count} variants");
}

#[test]
fn a_template_with_an_unknown_or_missing_slot_is_refused_naming_it() {
    let mut choices = FormChoices::default();
    let error = choices
        .set("ren_wei", FormChoice::Template("{名单}为{职称}".into()))
        .unwrap_err();
    assert!(error.contains("「{职称}」"), "{error}");
    assert!(error.contains("{名单}{职务}"), "{error}");
    let error = choices
        .set("ren_wei", FormChoice::Template("{名单}为某职务".into()))
        .unwrap_err();
    assert!(error.contains("缺少必需的栏目「{职务}」"), "{error}");
    assert!(
        choices
            .set("ren_wei", FormChoice::Template("{名单}同志任{职务}".into()))
            .is_ok()
    );
    assert!(
        choices
            .set("nonsense", FormChoice::Variant("x".into()))
            .is_err()
    );
    assert!(
        choices
            .set("quorum", FormChoice::Variant("x".into()))
            .is_err()
    );
}

/// A text written in `variant`: its template filled with published-looking facts, within the
/// form's context words, among other sentences.
fn written_in(spec: &forms::FormSpec, template: &str) -> String {
    let filled = forms::fill(
        &Template::parse(template).unwrap(),
        &Template::parse(template)
            .unwrap()
            .slots()
            .iter()
            .map(|s| (*s, sample(s)))
            .collect::<Vec<_>>()
            .iter()
            .map(|(s, v)| (*s, v.clone()))
            .collect::<Vec<_>>(),
    );
    // A sentence printed as the report's last line is written last, on a line of its own.
    if template.ends_with(forms::catalog::AT_END) {
        return format!(
            "本报讯。\n会议要求，要认真贯彻落实。\n{}{}{}。",
            spec.context.0, filled, spec.context.1
        );
    }
    format!(
        "本报讯。\n会议要求，要认真贯彻落实。{}{}{}。\n以上。",
        spec.context.0, filled, spec.context.1
    )
}

#[test]
fn the_learner_recognises_every_variant_in_a_text_written_in_it() {
    let mut failures = Vec::new();
    for spec in FORMS {
        for variant in spec
            .variants
            .iter()
            .filter(|v| !v.learn_pattern().is_empty())
        {
            let text = written_in(spec, variant.learn_pattern());
            let found = learn::learn(&text);
            let finding = found.iter().find(|f| f.form == spec.key);
            match finding {
                Some(f) if f.variant == variant.key => {
                    assert!(!f.evidence.is_empty());
                }
                other => failures.push(format!(
                    "{}/{}: {:?} in {text}",
                    spec.key,
                    variant.key,
                    other.map(|f| f.variant)
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The session printed with `form` set to `choice`.
fn with(session: &Session, form: &str, choice: FormChoice) -> Session {
    let mut styled = session.clone();
    let mut choices = styled.body.settings.forms.clone();
    choices.set(form, choice).unwrap();
    styled.set_form_choices(choices);
    styled
}

const PUBLISHED: [DocKind; 5] = [
    DocKind::News,
    DocKind::Minutes,
    DocKind::Appointments,
    DocKind::EvaluationResults,
    DocKind::Gazette,
];

#[test]
fn the_default_template_written_out_prints_exactly_the_default() {
    // Each form's default, written as the body's own template, prints the seed's documents
    // byte for byte: the default variant is today's output.
    let session = common::example();
    let county = common::county();
    for form in [
        "session_name",
        "lead",
        "presiding",
        "attendance_leaders",
        "attendance_nonvoting",
        "ren_wei",
        "de",
        "resignation",
        "acting",
        "vote_method",
        "evaluation",
        "batch",
        "item_verb",
        "item_verb_adopted",
        "item_verb_deliberated",
        "item_verb_heard",
        "item_grouping",
        "personnel_verb",
        "joining",
        "after_vote_certificate",
        "after_vote_oath",
        "numerals_people",
        "punctuation_items",
        "date_span",
        "evaluation_quorum",
        "nonvoting_joiner",
        "nonvoting_last",
        "numerals_month",
        "presiding_sittings",
        "vote_counts",
        "personnel_mention",
        "minutes_item_verb",
        "minutes_item_verb_heard",
        "personnel_order",
        "attendance_joined",
        "resignation_joined",
        "nonvoting_titles",
        "tongzhi_lead",
        "evaluation_notice_header",
    ] {
        let spec = forms::form(form).unwrap();
        for base in [&session, &county] {
            let styled = with(
                base,
                form,
                FormChoice::Template(spec.default_variant().template.to_owned()),
            );
            for doc in PUBLISHED {
                assert_eq!(
                    plain_text(&styled, doc),
                    plain_text(base, doc),
                    "{form} {doc:?}"
                );
            }
        }
    }
    // The minutes' quorum sentence is the `full` variant.
    let styled = with(
        &session,
        "quorum",
        FormChoice::Template(
            forms::form("quorum")
                .unwrap()
                .default_variant()
                .template
                .to_owned(),
        ),
    );
    assert_eq!(
        plain_text(&styled, DocKind::Minutes),
        plain_text(&session, DocKind::Minutes)
    );
}

#[test]
fn every_printed_variant_appears_in_the_documents_filled_from_the_facts() {
    let session = common::example();
    let news = plain_text(&session, DocKind::News);
    assert!(news.contains("12月21日，市十二届人大常委会第九次会议召开。"));
    let cases: &[(&str, &str, &str, DocKind)] = &[
        (
            "lead",
            "juxing",
            "12月21日，市十二届人大常委会举行第九次会议。",
            DocKind::News,
        ),
        (
            "lead",
            "zhaokai_before",
            "12月21日，市十二届人大常委会召开第九次会议。",
            DocKind::News,
        ),
        (
            "session_name",
            "full",
            "12月21日，鹤壁市第十二届人民代表大会常务委员会第九次会议召开。",
            DocKind::News,
        ),
        (
            "session_name",
            "arabic_ci",
            "市十二届人大常委会第9次会议召开。",
            DocKind::News,
        ),
        (
            "presiding",
            "you_presides",
            "会议由市人大常委会主任史全新主持。",
            DocKind::News,
        ),
        (
            "presiding",
            "name_only",
            "召开。史全新主持会议。",
            DocKind::News,
        ),
        (
            "attendance_leaders",
            "chuxi_le",
            "秘书长方在敏出席了会议。",
            DocKind::News,
        ),
        (
            "attendance_leaders",
            "canjia",
            "秘书长方在敏参加会议。",
            DocKind::News,
        ),
        (
            "attendance_nonvoting",
            "closing_le",
            "部分人大代表列席了会议。",
            DocKind::News,
        ),
        ("quorum", "none", "", DocKind::News),
        ("vote_method", "caiyong", "会议采用", DocKind::Minutes),
    ];
    for (form, variant, expected, doc) in cases {
        let styled = with(&session, form, FormChoice::Variant((*variant).to_owned()));
        let text = plain_text(&styled, *doc);
        assert!(
            text.contains(expected),
            "{form}/{variant}: {expected} not in\n{text}"
        );
        assert_ne!(
            text,
            plain_text(&session, *doc),
            "{form}/{variant} changed nothing"
        );
    }
    // The county's resignation and acting head.
    let county = common::county();
    for (form, variant, expected) in [
        (
            "resignation",
            "no_request",
            "决定接受张志强辞去淇县人民政府县长职务；",
        ),
        (
            "acting",
            "separate_zhiwu",
            "决定刘卫东代理淇县人民政府县长职务；",
        ),
        (
            "resignation",
            "cizheng",
            "决定接受张志强辞去淇县人民政府县长职务的辞呈；",
        ),
        ("de", "yizhi", "免去秦志勇淇县人民法院审判员一职。"),
        ("batch", "deng_wei", "任命李春燕等25位同志为"),
        ("ren_wei", "ren", "决定任命刘卫东任淇县人民政府副县长；"),
    ] {
        let styled = with(&county, form, FormChoice::Variant(variant.to_owned()));
        let text = plain_text(&styled, DocKind::News);
        assert_ne!(text, plain_text(&county, DocKind::News), "{form}/{variant}");
        assert!(text.contains(expected), "{form}/{variant}: {text}");
    }
    // The quorum sentence from the published attendance, in the minutes.
    let styled = with(&session, "quorum", FormChoice::Variant("no_leave".into()));
    let minutes = plain_text(&styled, DocKind::Minutes);
    assert!(minutes.contains("本次会议应到常委会组成人员"), "{minutes}");
    assert!(minutes.contains("实到35人，符合法定人数。"), "{minutes}");
    assert!(!minutes.contains("人，请假"), "{minutes}");
}

#[test]
fn a_style_learned_from_a_printed_text_prints_that_text_again() {
    // The seed's own news release teaches the defaults: nothing changes.
    let session = common::example();
    let news = plain_text(&session, DocKind::News);
    let found = learn::learn(&news);
    assert!(found.iter().any(|f| f.form == "lead"), "{found:?}");
    for finding in &found {
        assert!(finding.is_default, "{finding:?}");
    }
    // A body writing in other words: its text, learned, gives its choices back, and the same
    // facts printed in the learned style give the same text.
    let mut styled = session.clone();
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("lead", "juxing"),
        ("presiding", "you_presides"),
        ("attendance_leaders", "chuxi_le"),
        ("attendance_nonvoting", "closing_le"),
        ("quorum", "no_leave_huiyi"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    styled.set_form_choices(choices.clone());
    let text = plain_text(&styled, DocKind::News);
    let learned = learn::apply(&FormChoices::default(), &learn::learn(&text));
    let mut relearned = session.clone();
    relearned.set_form_choices(learned.clone());
    for form in [
        "lead",
        "presiding",
        "attendance_leaders",
        "attendance_nonvoting",
        "quorum",
    ] {
        assert_eq!(learned.get(form), choices.get(form), "{form}");
    }
    assert_eq!(plain_text(&relearned, DocKind::News), text);
}

#[test]
fn a_huge_or_hostile_text_is_read_in_bounded_time() {
    let text = "会议由".repeat(200_000) + &"主持".repeat(50_000) + &"，".repeat(100_000);
    let _ = learn::learn(&text);
    let text = "本次会议应到常委会组成人员".repeat(30_000);
    let _ = learn::learn(&text);
}

#[test]
fn the_county_example_in_another_bodys_words() {
    let mut session = common::county();
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("lead", "juxing"),
        ("presiding", "you_presides"),
        ("attendance_leaders", "chuxi_bare"),
        ("attendance_nonvoting", "closing_cishi"),
        ("quorum", "leave_first"),
        ("tongzhi", "each"),
        ("de", "yizhi"),
        ("vote_method", "yi_biaojue_fangshi"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    session.set_form_choices(choices);
    for doc in [DocKind::News, DocKind::Minutes] {
        common::check_golden(
            &format!("qixian-style/{}.txt", doc.key()),
            &plain_text(&session, doc),
        );
    }
}

#[test]
fn the_forms_are_kept_with_the_body_and_read_back() {
    let mut session = common::example();
    let mut choices = FormChoices::default();
    choices
        .set("lead", FormChoice::Variant("juxing".into()))
        .unwrap();
    choices
        .set(
            "quorum",
            FormChoice::Template("会议应到{应到}人，实到{实到}人，{法定人数}。".into()),
        )
        .unwrap();
    session.set_form_choices(choices.clone());
    let text = huiwu_core::io::house_style::house_style_to_ron_string(&session.body).unwrap();
    assert!(text.contains("forms:"), "{text}");
    let body = huiwu_core::io::house_style::house_style_from_ron_str(
        &text,
        std::path::Path::new("本机关.huiwu-body.ron"),
    )
    .unwrap();
    assert_eq!(body.settings.forms, choices);
    // The next session carries them.
    assert_eq!(session.next_session().body.settings.forms, choices);
    // A body without choices writes no field.
    let plain =
        huiwu_core::io::house_style::house_style_to_ron_string(&common::example().body).unwrap();
    assert!(!plain.contains("forms"));
}

/// Sections 7–9, 14 and 20–22: every variant printed from the same facts reads as FORMS.md's
/// example of it, and changes only its own words.
#[test]
fn the_item_personnel_ceremony_numeral_and_punctuation_forms_print_as_their_examples() {
    let session = common::example();
    let county = common::county();
    // The county with its accounts adopted without a report heard: 「审议并表决通过了」.
    let mut unheard = common::county();
    for report in &mut unheard.reports {
        if report.title.contains("决算") {
            report.kind = huiwu_core::model::ReportKind::Explanation;
        }
    }
    assert!(
        plain_text(&unheard, DocKind::News)
            .contains("会议审议并表决通过了县人大常委会关于批准2023年县级财政决算的决议")
    );
    // The seed with two 检察员 and 同志 counted after the list: 「…两名同志」.
    let mut pair = common::example();
    for motion in &mut pair.motions {
        motion.entries.retain(|e| {
            !e.people
                .iter()
                .any(|p| ["侯鹏", "马颖颖"].contains(&p.name.as_str()))
        });
    }
    let mut pair_choices = FormChoices::default();
    pair_choices
        .set("tongzhi", FormChoice::Variant("once_counted".into()))
        .unwrap();
    pair.set_form_choices(pair_choices);
    // The seed with two procurators-general of counties approved (FORMS.md §9 `pizhun_no_names`).
    let mut approvals = common::example();
    let mut approved = 0;
    for motion in &mut approvals.motions {
        for entry in &mut motion.entries {
            if approved < 2 && entry.posts.iter().any(|p| p.contains("检察员")) {
                entry.action = huiwu_core::model::AppointmentAction::ApproveAppoint;
                entry.posts =
                    vec![["淇县人民检察院检察长", "浚县人民检察院检察长"][approved].to_owned()];
                approved += 1;
            }
        }
    }
    assert_eq!(approved, 2);
    // The county in January.
    let mut january = common::county();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2018, 1, d).unwrap();
    january.details.dates = vec![day(7), day(8)];
    // The county with the facts format 6 added for §9 and §20: the court's motion names its
    // posts' class, the jurors are left unnamed in the news, 刘卫东 made a statement, the first
    // motion's nominees met the members.
    let mut facts = common::county();
    facts.motions[1].post_category = "审判人员".to_owned();
    facts.set_entry_unnamed_in_news(huiwu_core::model::EntryId(4), true);
    facts.set_entry_statement(
        huiwu_core::model::EntryId(2),
        Some(huiwu_core::model::Statement::Pledge),
    );
    facts.motions[0].meeting = true;
    let news = DocKind::News;
    let cases: &[(&str, &str, &Session, DocKind, &str)] = &[
        (
            "personnel_verb",
            "partial",
            &facts,
            news,
            "；根据院长陈静提请，免去部分审判人员职务。",
        ),
        (
            "personnel_catch_all",
            "none",
            &facts,
            news,
            "免去秦志勇的淇县人民法院审判员职务。\n",
        ),
        (
            "after_vote_statement",
            "none",
            &facts,
            news,
            "新任命人员进行了宪法宣誓。\n",
        ),
        (
            "appointees_meeting",
            "none",
            &facts,
            news,
            "\n　　会议决定任命刘卫东为淇县人民政府副县长；",
        ),
        (
            "numerals_month",
            "yuanyue",
            &january,
            news,
            "\n　　元月7日至8日，县十七届人大常委会第十五次会议召开。",
        ),
        // §7: the verbs.
        (
            "item_verb",
            "dun",
            &session,
            news,
            "会议听取、审议并表决通过了市政府关于2023年重点民生实事办理情况，",
        ),
        (
            "item_verb",
            "bing_tongguo",
            &county,
            news,
            "会议听取并审议通过了县人大常委会关于批准2023年县级财政决算的决议和人事任免事项。",
        ),
        (
            "item_verb_adopted",
            "biaojue",
            &unheard,
            news,
            "会议表决通过了县人大常委会关于批准2023年县级财政决算的决议和人事任免事项。",
        ),
        (
            "item_verb_adopted",
            "shenyi_tongguo",
            &unheard,
            news,
            "会议审议通过了县人大常委会关于批准2023年县级财政决算的决议",
        ),
        (
            "item_verb_adopted",
            "shenyi_bing",
            &unheard,
            news,
            "会议审议并通过了县人大常委会关于批准2023年县级财政决算的决议",
        ),
        (
            "item_verb_deliberated",
            "he_le",
            &county,
            news,
            "会议还听取和审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；听取和审议了县人民法院关于司法公开工作情况的报告；",
        ),
        (
            "item_verb_deliberated",
            "he",
            &county,
            news,
            "会议还听取和审议县政府关于2023年度县级预算执行和其他财政收支的审计工作报告；",
        ),
        (
            "item_verb_deliberated",
            "bing",
            &session,
            news,
            "会议还听取并审议了市政府关于2023年度法治政府建设情况、",
        ),
        (
            "item_verb_deliberated",
            "yifa",
            &session,
            news,
            "会议还依法听取和审议了市政府关于2023年度法治政府建设情况、",
        ),
        (
            "item_verb_deliberated",
            "reporter",
            &county,
            news,
            "会议还听取并审议了县审计局局长周国平作的《关于2023年度县级预算执行和其他财政收支的审计工作报告》；听取并审议了县人民法院院长陈静作的《关于司法公开工作情况的报告》；听取了",
        ),
        (
            "item_verb_heard",
            "in_writing",
            &county,
            news,
            "；书面听取了县政府关于2024年上半年全县经济运行情况的报告。",
        ),
        // §7: the minutes' verbs.
        (
            "minutes_item_verb",
            "no_he",
            &county,
            DocKind::Minutes,
            "会议听取审议了县审计局局长周国平所作的",
        ),
        (
            "minutes_item_verb",
            "he",
            &county,
            DocKind::Minutes,
            "会议听取和审议县审计局局长周国平所作的",
        ),
        (
            "minutes_item_verb",
            "bing",
            &county,
            DocKind::Minutes,
            "会议听取并审议了县人民法院院长陈静所作的关于司法公开工作情况的报告。",
        ),
        (
            "minutes_item_verb",
            "yifa",
            &county,
            DocKind::Minutes,
            "会议依法听取和审议了县人民法院院长陈静所作的",
        ),
        (
            "minutes_item_verb_heard",
            "in_writing",
            &county,
            DocKind::Minutes,
            "会议书面听取了县发展和改革委员会主任黄立军所作的关于2024年上半年全县经济运行情况的报告。",
        ),
        // §8: the grouping.
        (
            "item_grouping",
            "verb_each",
            &session,
            news,
            "会议还听取审议了市政府关于2023年度法治政府建设情况的专项工作报告；听取审议了市政府关于国家共同富裕示范区创建情况的专项工作报告；听取审议了市政府关于《",
        ),
        (
            "item_grouping",
            "separately",
            &session,
            news,
            "会议还分别听取审议了《市政府关于2023年度法治政府建设情况的专项工作报告》；《市政府关于国家共同富裕示范区创建情况的专项工作报告》；《市政府关于〈",
        ),
        (
            "item_grouping",
            "subject_each",
            &session,
            news,
            "会议还听取审议了市政府关于2023年度法治政府建设情况的专项工作报告、市政府关于国家共同富裕示范区创建情况的专项工作报告、市政府关于《",
        ),
        (
            "item_grouping",
            "subject_once",
            &session,
            news,
            "会议还听取审议了市政府关于2023年度法治政府建设情况的专项工作报告、关于国家共同富裕示范区创建情况的专项工作报告、关于《",
        ),
        (
            "item_grouping",
            "counted",
            &session,
            news,
            "整改情况等四项报告；听取审议并表决通过了市人大常委会关于《河南省革命老区振兴发展促进条例》贯彻落实情况、关于新时代高质量发展示范城市建设工作评议情况、关于加强检察建议工作的决议等三项报告和人事任免事项。",
        ),
        (
            "item_grouping",
            "merged",
            &session,
            news,
            "会议还听取审议了市政府关于2023年度法治政府建设、国家共同富裕示范区创建和《鹤壁市人民代表大会常务委员会关于促进卫河流域生态治理和高质量发展的决议》贯彻落实情况的报告。",
        ),
        (
            "item_grouping",
            "companion",
            &session,
            news,
            "听取审议了市政府关于国家共同富裕示范区创建情况的专项工作报告和视察报告；",
        ),
        (
            "personnel_mention",
            "also_adopted",
            &session,
            news,
            "关于加强检察建议工作的决议等报告。会议还表决通过了有关人事任免事项。\n",
        ),
        (
            "personnel_verb",
            "matters_decided",
            &session,
            news,
            "\n　　会议决定了相关人事任免。\n",
        ),
        (
            "personnel_verb",
            "matters_motions",
            &session,
            news,
            "\n　　会议表决通过了相关人事任免议案。\n",
        ),
        (
            "personnel_mention",
            "first",
            &session,
            news,
            "\n　　会议决定人事任免事项；听取审议并表决通过了市政府关于2023年重点民生实事办理情况，",
        ),
        (
            "personnel_mention",
            "also",
            &session,
            news,
            "关于加强检察建议工作的决议等报告。会议还进行了人事任免。\n",
        ),
        // §9: the personnel verb.
        (
            "personnel_verb",
            "ren_for_all",
            &session,
            news,
            "免去张尚东的鹤壁市人大常委会副秘书长、办公室主任职务；任命张建华为鹤壁市科学技术局局长；任命李雷为",
        ),
        (
            "personnel_verb",
            "jueding_for_all",
            &session,
            news,
            "会议决定任命刘育为鹤壁市人大常委会副秘书长、办公室主任；决定免去张尚东的",
        ),
        (
            "personnel_verb",
            "matters_only",
            &session,
            news,
            "\n　　会议表决通过了有关人事任免事项。\n",
        ),
        (
            "personnel_verb",
            "mianchu",
            &county,
            news,
            "任命李春燕等25名同志为淇县人民法院人民陪审员；免除秦志勇淇县人民法院审判员一职。",
        ),
        (
            "personnel_verb",
            "by_post_count",
            &county,
            news,
            "会议决定任命1名淇县人民政府副县长；决定接受张志强辞去淇县人民政府县长职务的请求；决定刘卫东为淇县人民政府代理县长；任命25名淇县人民法院人民陪审员；免去秦志勇的",
        ),
        (
            "personnel_verb",
            "count_only",
            &county,
            news,
            "\n　　26位同志高票通过县人大常委会的任命。\n",
        ),
        (
            "personnel_verb",
            "pizhun_no_names",
            &approvals,
            news,
            "；批准任命淇县、浚县人民检察院检察长。",
        ),
        (
            "personnel_verb",
            "toupiao_biaojue",
            &session,
            news,
            "\n　　会议投票表决了人事任免事项。\n",
        ),
        (
            "personnel_proposer",
            "proposer",
            &county,
            news,
            "会议根据淇县人大常委会主任会议的提请，决定任命刘卫东为淇县人民政府副县长；决定接受张志强辞去淇县人民政府县长职务的请求；决定刘卫东为淇县人民政府代理县长；根据院长陈静的提请，任命李春燕等25名同志为",
        ),
        (
            "personnel_proposer",
            "proposer_heard",
            &county,
            news,
            "会议听取和审议了淇县人大常委会主任会议提请的有关人事任免议案，决定任命刘卫东为淇县人民政府副县长；",
        ),
        // §14: removals before appointments, in each motion.
        (
            "personnel_order",
            "mian_ren",
            &session,
            news,
            "会议免去张尚东的鹤壁市人大常委会副秘书长、办公室主任职务；任命刘育为鹤壁市人大常委会副秘书长、办公室主任；决定免去郭志鹏的",
        ),
        // §14: joining across posts.
        (
            "joining",
            "posts_comma",
            &session,
            news,
            "决定任命张建华为鹤壁市科学技术局局长，李雷为鹤壁市生态环境局局长，袁江华为鹤壁市统计局局长；决定免去郭志鹏的鹤壁市科学技术局局长职务，任晓云的",
        ),
        (
            "joining",
            "removals_dun",
            &session,
            news,
            "决定免去郭志鹏的鹤壁市科学技术局局长职务、任晓云的鹤壁市生态环境局局长职务、姚智的鹤壁市统计局局长职务；",
        ),
        // §20: after the vote.
        (
            "after_vote_certificate",
            "xiang",
            &session,
            news,
            "会上，市人大常委会主任史全新向新任命人员颁发任命书，新任命人员进行了宪法宣誓。",
        ),
        (
            "after_vote_certificate",
            "le",
            &county,
            news,
            "会上，县人大常委会主任王建国为新任命人员颁发了任命书，",
        ),
        (
            "after_vote_certificate",
            "zhengshu",
            &session,
            news,
            "史全新为新任命人员颁发任命证书，",
        ),
        (
            "after_vote_certificate",
            "none",
            &session,
            news,
            "\n　　会上，新任命人员进行了宪法宣誓。",
        ),
        (
            "after_vote_oath",
            "oath_statement",
            &session,
            news,
            "颁发任命书，新任命人员进行了宪法宣誓并作了表态发言。",
        ),
        (
            "after_vote_oath",
            "ceremony",
            &county,
            news,
            "会上，县人大常委会主任王建国为新任命人员颁发任命书，现场举行宪法宣誓仪式。",
        ),
        (
            "after_vote_oath",
            "oath_pledge",
            &session,
            news,
            "颁发任命书，新任命人员向宪法宣誓，作出庄严承诺。",
        ),
        (
            "after_vote_oath",
            "ceremony_both",
            &session,
            news,
            "会上，举行了任命书颁发和向宪法宣誓仪式。",
        ),
        (
            "after_vote_oath",
            "collective_after",
            &session,
            news,
            "会上，市人大常委会主任史全新为新任命人员颁发任命书。会后，刘育、",
        ),
        (
            "after_vote_oath",
            "none",
            &session,
            news,
            "会上，市人大常委会主任史全新为新任命人员颁发任命书。",
        ),
        // §21: numerals of people, in the news and the minutes alike.
        (
            "numerals_people",
            "chinese",
            &county,
            news,
            "任命李春燕等二十五名同志为淇县人民法院人民陪审员；",
        ),
        (
            "numerals_people",
            "chinese",
            &county,
            DocKind::Minutes,
            "任命李春燕等二十五名同志为淇县人民法院人民陪审员；",
        ),
        (
            "numerals_people",
            "chinese",
            &pair,
            news,
            "任命张海那、田昊男二名同志为鹤壁市人民检察院检察员。",
        ),
        (
            "numerals_people",
            "chinese_liang",
            &pair,
            news,
            "任命张海那、田昊男两名同志为鹤壁市人民检察院检察员。",
        ),
        (
            "numerals_ordinals",
            "arabic",
            &county,
            news,
            "6月27日至28日，县十七届人大常委会第15次会议召开。",
        ),
        // §22: punctuation.
        (
            "punctuation_items",
            "comma",
            &county,
            news,
            "会议还听取审议了县政府关于2023年度县级预算执行和其他财政收支的审计工作报告，听取审议了县人民法院关于司法公开工作情况的报告，听取了",
        ),
        (
            "date_span",
            "dun",
            &county,
            news,
            "\n　　6月27日、28日，县十七届人大常委会第十五次会议召开。",
        ),
        (
            "date_span",
            "dun",
            &county,
            DocKind::Minutes,
            "2024年6月27日、28日，淇县第十七届人民代表大会常务委员会第十五次会议在",
        ),
    ];
    let mut covered: Vec<(&str, &str)> = Vec::new();
    for (form, variant, base, doc, expected) in cases {
        let styled = with(base, form, FormChoice::Variant((*variant).to_owned()));
        let text = plain_text(&styled, *doc);
        let before = plain_text(base, *doc);
        assert!(
            text.contains(expected),
            "{form}/{variant}: {expected} not in\n{text}"
        );
        assert!(
            !before.contains(expected),
            "{form}/{variant}: the default prints it too"
        );
        // Only the form's own words change: the other paragraphs stay as they were.
        let changed = text
            .lines()
            .zip(before.lines())
            .filter(|(a, b)| a != b)
            .count();
        assert!(
            changed <= 2,
            "{form}/{variant}: {changed} paragraphs changed"
        );
        covered.push((form, variant));
    }
    // Every variant of these sections but the defaults is printed above; the decisions' mark
    // (a generated decision text) and traditional characters (every line) in forms_23f.rs.
    for spec in FORMS.iter().filter(|f| {
        [7, 8, 9, 14, 20, 21, 22].contains(&f.section)
            && !["punctuation_decides", "characters"].contains(&f.key)
    }) {
        for variant in &spec.variants[1..] {
            assert!(
                covered.contains(&(spec.key, variant.key)),
                "{}/{} is not printed",
                spec.key,
                variant.key
            );
        }
    }
    // A verb without clauses says the matters once, and names nobody.
    let styled = with(
        &session,
        "personnel_verb",
        FormChoice::Variant("matters_only".into()),
    );
    assert!(!plain_text(&styled, news).contains("刘育"));
    // With neither the 任命书 nor the oath, the paragraph is left out.
    let mut neither = with(
        &session,
        "after_vote_certificate",
        FormChoice::Variant("none".into()),
    );
    neither = with(
        &neither,
        "after_vote_oath",
        FormChoice::Variant("none".into()),
    );
    assert!(!plain_text(&neither, news).contains("会上，"));
    // The minutes and ballots keep the legal verb and the seed's joining whatever the news says.
    let styled = with(
        &session,
        "personnel_verb",
        FormChoice::Variant("ren_for_all".into()),
    );
    let styled = with(
        &styled,
        "joining",
        FormChoice::Variant("posts_comma".into()),
    );
    assert_eq!(
        plain_text(&styled, DocKind::Minutes),
        plain_text(&session, DocKind::Minutes)
    );
    // A single day is the date alone in every form of the span.
    let styled = with(&session, "date_span", FormChoice::Variant("dun".into()));
    assert_eq!(plain_text(&styled, news), plain_text(&session, news));
}

/// A text printed in the new forms teaches them back, and the same facts printed in the learned
/// style give the same text.
#[test]
fn the_item_and_personnel_forms_are_learned_from_a_text_written_in_them() {
    let session = common::example();
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("item_verb", "dun"),
        ("item_verb_deliberated", "he_le"),
        ("item_grouping", "counted"),
        ("personnel_verb", "ren_for_all"),
        ("joining", "removals_dun"),
        ("after_vote_certificate", "xiang"),
        ("after_vote_oath", "oath_statement"),
        ("punctuation_items", "comma"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    let mut styled = session.clone();
    styled.set_form_choices(choices.clone());
    let text = plain_text(&styled, DocKind::News);
    let found = learn::learn(&text);
    let learned = learn::apply(&FormChoices::default(), &found);
    for (form, choice) in &choices.0 {
        assert_eq!(learned.get(form), Some(choice), "{form}: {found:#?}");
    }
    let mut relearned = session.clone();
    relearned.set_form_choices(learned);
    assert_eq!(plain_text(&relearned, DocKind::News), text);
    // The county's two-day session in the 「、」 form, with Chinese counts.
    let mut county = common::county();
    let mut choices = FormChoices::default();
    choices
        .set("date_span", FormChoice::Variant("dun".into()))
        .unwrap();
    choices
        .set("numerals_people", FormChoice::Variant("chinese".into()))
        .unwrap();
    county.set_form_choices(choices.clone());
    let text = plain_text(&county, DocKind::News);
    let learned = learn::apply(&FormChoices::default(), &learn::learn(&text));
    assert_eq!(learned.get("date_span"), choices.get("date_span"));
    assert_eq!(
        learned.get("numerals_people"),
        choices.get("numerals_people")
    );
}

/// The variants added to sections 16–19: an acting post folded into the appointment, the
/// decision's filing and colon, the evaluation's counts and rates, the vote's 「经…表决」.
#[test]
fn the_acting_decision_evaluation_and_vote_variants_print_as_their_examples() {
    let session = common::example();
    let county = common::county();
    for (variant, expected) in [
        (
            "folded_dun",
            "会议决定任命刘卫东为淇县人民政府副县长、代理县长；决定接受张志强辞去淇县人民政府县长职务的请求；任命李春燕等25名同志为",
        ),
        (
            "folded_bing",
            "会议决定任命刘卫东为淇县人民政府副县长，并决定为代理县长；决定接受",
        ),
        (
            "folded_zhiwu",
            "会议决定任命刘卫东为淇县人民政府副县长，代理淇县人民政府县长职务；决定接受",
        ),
    ] {
        let styled = with(&county, "acting", FormChoice::Variant(variant.into()));
        let news = plain_text(&styled, DocKind::News);
        assert!(news.contains(expected), "{variant}: {news}");
        assert!(!news.contains("决定刘卫东为"), "{variant}: said twice");
        // The minutes and the ballots say every entry voted on.
        for doc in [DocKind::Minutes, DocKind::Appointments] {
            assert_eq!(
                plain_text(&styled, doc),
                plain_text(&county, doc),
                "{variant}"
            );
        }
    }
    // An acting post without the person's appointment is said apart, in the default words.
    let mut alone = common::county();
    for motion in &mut alone.motions {
        motion.entries.retain(|e| {
            e.action != huiwu_core::model::AppointmentAction::DecideAppoint
                || !e.people.iter().any(|p| p.name == "刘卫东")
        });
    }
    let styled = with(&alone, "acting", FormChoice::Variant("folded_dun".into()));
    assert_eq!(
        plain_text(&styled, DocKind::News),
        plain_text(&alone, DocKind::News)
    );

    // The acting head's decision: its title and text (FORMS.md §16 `separate_title`).
    let acting = county
        .motions
        .iter()
        .flat_map(|m| m.entries.iter())
        .find(|e| e.action == huiwu_core::model::AppointmentAction::DecideActing)
        .unwrap();
    let (default_title, default_text) =
        huiwu_core::wording::phrases::personnel_decision(&county, acting).unwrap();
    assert_eq!(
        default_title,
        "淇县人民代表大会常务委员会关于刘卫东代理淇县人民政府县长的决定"
    );
    for (form, variant, expected) in [
        (
            "acting_decision_title",
            "daili_zhiwu",
            "淇县人民代表大会常务委员会关于刘卫东代理淇县人民政府县长职务的决定",
        ),
        (
            "acting_decision_title",
            "renming",
            "淇县人民代表大会常务委员会关于任命刘卫东同志为淇县人民政府代理县长的决定",
        ),
        (
            "acting_decision_text",
            "law_first_zhiwu",
            "第十五次会议决定：刘卫东代理淇县人民政府县长职务。",
        ),
        (
            "acting_decision_text",
            "date_session",
            "2024年6月28日淇县第十七届人民代表大会常务委员会第十五次会议决定，刘卫东代理淇县人民政府县长职务。",
        ),
    ] {
        let styled = with(&county, form, FormChoice::Variant(variant.into()));
        let (title, text) =
            huiwu_core::wording::phrases::personnel_decision(&styled, acting).unwrap();
        let printed = if form.ends_with("title") { title } else { text };
        assert!(printed.ends_with(expected), "{form}/{variant}: {printed}");
        // The date is the day of the vote (the second sitting), not the session's first day.
        assert!(!printed.contains("6月27日"), "{printed}");
        // The default written out as the body's own template prints the same decision.
        let spec = forms::form(form).unwrap();
        let written = with(
            &county,
            form,
            FormChoice::Template(spec.default_variant().template.into()),
        );
        assert_eq!(
            huiwu_core::wording::phrases::personnel_decision(&written, acting).unwrap(),
            (default_title.clone(), default_text.clone())
        );
    }

    // The resignation's decision: where it is filed, 「并」, 「决定：」.
    let resignation = county
        .motions
        .iter()
        .flat_map(|m| m.entries.iter())
        .find(|e| e.action == huiwu_core::model::AppointmentAction::AcceptResignation)
        .unwrap();
    let (_, default_text) =
        huiwu_core::wording::phrases::personnel_decision(&county, resignation).unwrap();
    assert!(default_text.ends_with("的请求，报淇县第十七届人民代表大会备案。"));
    for (variant, expected) in [
        (
            "filed_congress",
            "淇县第十七届人民代表大会常务委员会第十五次会议决定，接受张志强辞去淇县人民政府县长职务的请求，报淇县人民代表大会备案。",
        ),
        (
            "filed_bing",
            "决定，接受张志强辞去淇县人民政府县长职务的请求，并报淇县第十七届人民代表大会备案。",
        ),
        (
            "decides_colon",
            "第十五次会议决定：接受张志强辞去淇县人民政府县长职务的请求，报淇县第十七届人民代表大会备案。",
        ),
    ] {
        let styled = with(
            &county,
            "decision_text",
            FormChoice::Variant(variant.into()),
        );
        let (_, text) =
            huiwu_core::wording::phrases::personnel_decision(&styled, resignation).unwrap();
        assert!(text.ends_with(expected), "{variant}: {text}");
        assert!(text.starts_with("根据《"), "{variant}: {text}");
    }

    // The evaluation's counts and rates.
    use huiwu_core::model::decisions::EvaluationResult;
    use huiwu_core::model::{EvaluationTally, Grade};
    use huiwu_core::wording::phrases::evaluation_sentence;
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
    let verdict = EvaluationResult {
        tally: None,
        verdict: Grade::Satisfied,
        rates: None,
    };
    for (variant, expected) in [
        (
            "counts_rates",
            "会议对某报告进行了满意度测评，满意票17票，满意率58.62%，基本满意票12票，基本满意率41.38%。",
        ),
        (
            "total_share",
            "会议对某报告进行了满意度测评，满意票为17张，基本满意票为12张，满意和基本满意票达29张，占总票数的100.00%，测评结果为基本满意。",
        ),
    ] {
        let styled = with(&session, "evaluation", FormChoice::Variant(variant.into()));
        assert_eq!(evaluation_sentence(&styled, "某报告", &counted), expected);
        // A verdict announced without counts is said as the default says it.
        assert_eq!(
            evaluation_sentence(&styled, "某报告", &verdict),
            evaluation_sentence(&session, "某报告", &verdict)
        );
    }

    // 元月 for January, in the news and the minutes, with the span's own form (FORMS.md §21).
    let mut january = common::county();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2018, 1, d).unwrap();
    january.details.dates = vec![day(7), day(8)];
    let styled = with(
        &january,
        "numerals_month",
        FormChoice::Variant("yuanyue".into()),
    );
    assert!(plain_text(&styled, DocKind::News).contains("\n　　元月7日至8日，县十七届"));
    assert!(plain_text(&styled, DocKind::Minutes).contains("2018年元月7日至8日，淇县"));
    let styled = with(&styled, "date_span", FormChoice::Variant("dun".into()));
    assert!(plain_text(&styled, DocKind::News).contains("\n　　元月7日、8日，县十七届"));
    // Other months are written as before.
    let styled = with(
        &county,
        "numerals_month",
        FormChoice::Variant("yuanyue".into()),
    );
    assert_eq!(
        plain_text(&styled, DocKind::News),
        plain_text(&county, DocKind::News)
    );

    // The reasons of leave in the quorum sentence (FORMS.md §6 `leave_reason`).
    let mut reasons = common::example();
    for (index, absence) in reasons.absences.iter_mut().enumerate() {
        absence.kind = huiwu_core::model::AbsenceKind::Leave(
            if index < 2 { "因病" } else { "因事" }.to_owned(),
        );
    }
    for (variant, doc, expected) in [
        (
            "leave_reason",
            DocKind::News,
            "\n　　本次会议应到41人，实到35人，因病、因事请假6人，符合法定人数。\n",
        ),
        (
            "leave_first_reason",
            DocKind::Minutes,
            "本次会议应到41名，因病、因事请假6名，实到35名，符合法定人数。",
        ),
    ] {
        let styled = with(&reasons, "quorum", FormChoice::Variant(variant.into()));
        let text = plain_text(&styled, doc);
        assert!(text.contains(expected), "{variant}: {text}");
    }

    // The time of day after the date of a one-day session (FORMS.md §2 `{时段}`).
    let mut morning = common::example();
    for sitting in &mut morning.details.sittings {
        sitting.time = "上午".to_owned();
    }
    for (variant, expected) in [
        (
            "zhaokai_after_shiduan",
            "\n　　12月21日上午，市十二届人大常委会第九次会议召开。",
        ),
        (
            "juxing_shiduan",
            "\n　　12月21日上午，市十二届人大常委会举行第九次会议。",
        ),
    ] {
        let styled = with(&morning, "lead", FormChoice::Variant(variant.into()));
        let news = plain_text(&styled, DocKind::News);
        assert!(news.contains(expected), "{variant}: {news}");
        // A session of several days says no half day.
        let styled = with(&county, "lead", FormChoice::Variant(variant.into()));
        assert!(plain_text(&styled, DocKind::News).contains("\n　　6月27日至28日，县十七届"));
    }

    // The presiding officers of the county's two sittings (FORMS.md §3): by default only the
    // session's is named.
    for (variant, expected) in [
        (
            "split_by_half_day",
            "\n　　6月27日至28日，县十七届人大常委会第十五次会议召开。李明华、王建国分别主持了6月27日上午和6月28日上午的会议。县人大常委会副主任张秀英",
        ),
        (
            "split_by_item",
            "会议召开。县人大常委会副主任李明华、主任王建国主持会议相关议程。县人大常委会副主任张秀英",
        ),
    ] {
        let styled = with(
            &county,
            "presiding_sittings",
            FormChoice::Variant(variant.into()),
        );
        let news = plain_text(&styled, DocKind::News);
        assert!(news.contains(expected), "{variant}: {news}");
        assert!(!news.contains("委托"), "{variant}: {news}");
        // One officer for every sitting: the usual sentence.
        let one = with(
            &session,
            "presiding_sittings",
            FormChoice::Variant(variant.into()),
        );
        assert_eq!(
            plain_text(&one, DocKind::News),
            plain_text(&session, DocKind::News)
        );
    }

    // The 列席 sentence's joiners (FORMS.md §5 `dun`, `yiji`, `he`).
    for (form, variant, expected) in [
        (
            "nonvoting_joiner",
            "dun",
            "市委常委、常务副市长李可、市人民检察院代检察长苏康健及市监察委员会",
        ),
        (
            "nonvoting_last",
            "yiji",
            "市人民检察院代检察长苏康健以及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。",
        ),
        (
            "nonvoting_last",
            "he",
            "市人民检察院代检察长苏康健和市监察委员会、",
        ),
    ] {
        let styled = with(&session, form, FormChoice::Variant(variant.into()));
        let news = plain_text(&styled, DocKind::News);
        assert!(news.contains(expected), "{form}/{variant}: {news}");
    }

    // The evaluation notice's note on the members present (FORMS.md §6 `evaluation_note`).
    let styled = with(
        &county,
        "evaluation_quorum",
        FormChoice::Variant("evaluation_note".into()),
    );
    let notice = plain_text(&styled, DocKind::EvaluationResults);
    assert!(
        notice.contains("\n　　注：本次会议实到常委会组成人员22人，符合测评的法定人数。\n"),
        "{notice}"
    );
    assert!(!notice.contains("本次测评应到"));
    let styled = with(
        &county,
        "evaluation_quorum",
        FormChoice::Variant("none".into()),
    );
    let notice = plain_text(&styled, DocKind::EvaluationResults);
    assert!(!notice.contains("实到"), "{notice}");
    assert!(notice.contains("注：满意票超过"), "{notice}");

    // The counts hidden, or 「一致通过」 where the vote was unanimous (FORMS.md §19 `no_counts`).
    let styled = with(
        &county,
        "vote_counts",
        FormChoice::Variant("unanimous".into()),
    );
    let minutes = plain_text(&styled, DocKind::Minutes);
    assert!(
        minutes.contains("会议以无记名投票方式，一致通过了下列人事任免事项：决定接受张志强"),
        "{minutes}"
    );
    assert!(
        minutes.contains("会议以无记名投票方式，以赞成21票，反对0票，弃权1票表决通过了下列人事任免事项：决定任命刘卫东"),
        "{minutes}"
    );
    let styled = with(
        &county,
        "vote_counts",
        FormChoice::Variant("no_counts".into()),
    );
    let minutes = plain_text(&styled, DocKind::Minutes);
    assert!(
        minutes.contains("会议以无记名投票方式，表决通过了下列人事任免事项：决定任命刘卫东"),
        "{minutes}"
    );
    assert!(!minutes.contains("以赞成"), "{minutes}");

    // 「经无记名投票表决」, and 「以按表决器表决方式」 without a second 表决.
    let styled = with(&session, "vote_method", FormChoice::Variant("jing".into()));
    let minutes = plain_text(&styled, DocKind::Minutes);
    assert!(
        minutes.contains("会议经无记名投票表决，表决通过了下列人事任免事项："),
        "{minutes}"
    );
    assert!(
        minutes.contains("会议经按表决器表决，表决通过了该报告。"),
        "{minutes}"
    );
    let styled = with(
        &session,
        "vote_method",
        FormChoice::Variant("yi_biaojue_fangshi".into()),
    );
    let minutes = plain_text(&styled, DocKind::Minutes);
    assert!(minutes.contains("会议以无记名投票表决方式，表决通过了下列人事任免事项："));
    assert!(minutes.contains("会议以按表决器表决方式，"));
    assert!(!minutes.contains("表决表决"));
}

/// Issue 23d: the attendance, 列席 and resignation variants (FORMS.md §4, §5, §15) print as
/// FORMS.md's examples, filled from the facts.
#[test]
fn the_attendance_observer_and_resignation_variants_print_as_their_examples() {
    let session = common::example();
    let county = common::county();
    let news = DocKind::News;
    let cases: &[(&str, &str, &Session, &str)] = &[
        (
            "presiding",
            "vice_presides",
            &county,
            "第十五次会议召开。县人大常委会副主任李明华、张秀英、刘德胜、陈晓东出席会议，李明华主持会议。县委常委",
        ),
        (
            "attendance_leaders",
            "names_only",
            &session,
            "主持会议并讲话。尚欣、郑辉、蔺其军、郑志学及方在敏出席。市委常委",
        ),
        (
            "attendance_joined",
            "with_liexi",
            &county,
            "县人大常委会副主任张秀英、刘德胜、陈晓东出席会议；县委常委、县人民政府副县长刘卫东，",
        ),
        (
            "nonvoting_named",
            "units_only",
            &county,
            "出席会议。县人民政府、县监察委员会、县人民法院、县人民检察院、县审计局负责同志、县直有关部门负责同志、部分人大代表列席会议。",
        ),
        (
            "nonvoting_deputies",
            "counted_guests",
            &county,
            "等有关单位相关负责同志、县直有关部门负责同志列席会议。本次会议还邀请了3位县人大代表列席。",
        ),
        (
            "resignation_filing",
            "with_filing",
            &county,
            "决定接受张志强辞去淇县人民政府县长职务的请求，报淇县第十七届人民代表大会备案；",
        ),
        (
            "resignation_filing",
            "with_filing_bing",
            &county,
            "决定接受张志强辞去淇县人民政府县长职务的请求，并报淇县第十七届人民代表大会备案；",
        ),
    ];
    for (form, variant, base, expected) in cases {
        let styled = with(base, form, FormChoice::Variant((*variant).to_owned()));
        let text = plain_text(&styled, news);
        assert!(text.contains(expected), "{form}/{variant}: {text}");
        assert!(
            !plain_text(base, news).contains(expected),
            "{form}/{variant}"
        );
        // The minutes and the ballots keep their words.
        for doc in [DocKind::Minutes, DocKind::Appointments] {
            assert_eq!(
                plain_text(&styled, doc),
                plain_text(base, doc),
                "{form}/{variant}"
            );
        }
    }
    // Several resignations in one clause, the request said once (FORMS.md §15 `several`).
    use huiwu_core::model::AppointmentAction;
    use huiwu_core::wording::phrases::{SentenceStyle, appointment_sentences_styled};
    let first = county
        .motions
        .iter()
        .flat_map(|m| m.entries.iter())
        .find(|e| e.action == AppointmentAction::AcceptResignation)
        .unwrap()
        .clone();
    let mut second = first.clone();
    second.people[0].name = "李四".to_owned();
    second.posts = vec!["淇县人民政府副县长".to_owned()];
    let styled = with(
        &county,
        "resignation_joined",
        FormChoice::Variant("several".into()),
    );
    assert_eq!(
        appointment_sentences_styled(&[&first, &second], &SentenceStyle::for_news(&styled)),
        vec![
            "决定接受张志强辞去淇县人民政府县长职务、李四辞去淇县人民政府副县长职务的请求"
                .to_owned()
        ]
    );
    let filed = with(
        &styled,
        "resignation_filing",
        FormChoice::Variant("with_filing".into()),
    );
    assert_eq!(
        appointment_sentences_styled(&[&first, &second], &SentenceStyle::for_news(&filed)),
        vec!["决定接受张志强辞去淇县人民政府县长职务、李四辞去淇县人民政府副县长职务的请求，报淇县第十七届人民代表大会备案".to_owned()]
    );
    // By default each is a clause of its own.
    assert_eq!(
        appointment_sentences_styled(&[&first, &second], &SentenceStyle::for_news(&county)).len(),
        2
    );

    // A text printed in these forms teaches them back.
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("attendance_joined", "with_liexi"),
        ("nonvoting_deputies", "counted_guests"),
        ("resignation_filing", "with_filing"),
        ("personnel_proposer", "proposer"),
        ("after_vote_oath", "collective_after"),
        ("minutes_item_verb", "bing"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    let mut styled = county.clone();
    styled.set_form_choices(choices.clone());
    let text = plain_text(&styled, news) + &plain_text(&styled, DocKind::Minutes);
    let found = learn::learn(&text);
    let learned = learn::apply(&FormChoices::default(), &found);
    for (form, choice) in &choices.0 {
        assert_eq!(learned.get(form), Some(choice), "{form}: {found:#?}");
    }
    // The presiding officer after the 出席 sentence is learned from the news alone.
    let styled = with(
        &county,
        "presiding",
        FormChoice::Variant("vice_presides".into()),
    );
    let learned = learn::apply(
        &FormChoices::default(),
        &learn::learn(&plain_text(&styled, news)),
    );
    assert_eq!(
        learned.get("presiding"),
        Some(&FormChoice::Variant("vice_presides".into()))
    );
}

#[test]
fn the_evaluation_notice_is_a_table_by_default_and_a_numbered_announcement_in_its_form() {
    // The county session's evaluation is announced, by its verdict; here with its counts too.
    let verdict_only = common::county();
    let mut session = verdict_only.clone();
    session.evaluations[0].record =
        huiwu_core::model::EvaluationRecord::Counts(huiwu_core::model::EvaluationTally {
            satisfied: 20,
            basically_satisfied: 2,
            dissatisfied: 0,
            invalid: 0,
        });
    let table = plain_text(&session, DocKind::EvaluationResults);
    assert!(table.contains("测评结果："), "{table}");
    assert!(!table.contains("现将测评结果公告如下"), "{table}");
    // FORMS.md §18 `counts_rates`: each object numbered with its ballots, counts and rates.
    let numbered = with(
        &session,
        "evaluation_notice",
        FormChoice::Variant("counts_rates".into()),
    );
    let text = plain_text(&numbered, DocKind::EvaluationResults);
    assert!(
        text.contains("进行了满意度测评。现将测评结果公告如下："),
        "{text}"
    );
    let subject = &session.evaluations[0].subject;
    let first = text
        .lines()
        .find(|line| line.contains(&format!("一、{subject}测评情况：发出测评表")))
        .unwrap_or_else(|| panic!("no first item in {text}"));
    // 22 present, 22 returned; rates of the valid ballots.
    assert_eq!(
        first,
        format!(
            "　　一、{subject}测评情况：发出测评表22张，收回22张，满意票20票，满意率90.91%，基本满意票2票，基本满意率9.09%。"
        )
    );
    // A result announced by its verdict alone is told by it.
    let told = with(
        &verdict_only,
        "evaluation_notice",
        FormChoice::Variant("counts_rates".into()),
    );
    let text_of_verdict = plain_text(&told, DocKind::EvaluationResults);
    assert!(
        text_of_verdict.contains(&format!("一、{subject}测评结果为满意。")),
        "{text_of_verdict}"
    );
    // No table and no 「测评结果：」 list: the items say it.
    assert!(!text.contains("测评结果："), "{text}");
    // Only the verdicts, numbered.
    let verdicts = with(
        &session,
        "evaluation_notice",
        FormChoice::Variant("numbered_verdict".into()),
    );
    let text = plain_text(&verdicts, DocKind::EvaluationResults);
    assert!(text.contains(&format!("一、{subject}测评结果为")), "{text}");
    // The learner finds the numbered 公告 in a published one.
    let published = "某区第二届人大常委会公告\n现将测评结果公告如下：\n一、区住建局主办的《关于加快老旧小区改造的建议》测评情况：发出测评表28张，收回28张，满意票25票，满意率89.29%，基本满意票3票，基本满意率10.71%。";
    let found = learn::learn(published);
    assert!(
        found
            .iter()
            .any(|f| f.form == "evaluation_notice" && f.variant == "counts_rates"),
        "{found:?}"
    );
}
