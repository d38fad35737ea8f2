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
    format!(
        "本报讯。\n会议要求，要认真贯彻落实。{}{}{}。\n以上。",
        spec.context.0, filled, spec.context.1
    )
}

#[test]
fn the_learner_recognises_every_variant_in_a_text_written_in_it() {
    let mut failures = Vec::new();
    for spec in FORMS {
        for variant in spec.variants.iter().filter(|v| !v.template.is_empty()) {
            let text = written_in(spec, variant.template);
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

const PUBLISHED: [DocKind; 3] = [DocKind::News, DocKind::Minutes, DocKind::Appointments];

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
