//! Issue 23, FORMS.md §13–§22 variant by variant: the resignation's subject and pronoun (§15),
//! the filing targets and the batch title (§17), the evaluation's verdict said, whole rates,
//! zeros and the rates' base (§18), 采用…表决的方式 (§19), Arabic ordinals and 元月 in every
//! document (§21), 「决定：」 or 「决定，」 and traditional characters (§22): each printed from the
//! facts as FORMS.md's example reads, and learned back from a text written in it.

use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::{
    Appointee, AppointmentAction, AppointmentEntry, EvaluationRecord, EvaluationTally, RatesBase,
    Session, ZeroCounts,
};
use huiwu_core::wording::characters::{to_simplified, to_traditional};
use huiwu_core::wording::forms::{FormChoice, FormChoices, learn};
use huiwu_core::wording::phrases::{
    SentenceStyle, appointment_sentences_styled, personnel_decision,
};

use super::common;
use super::personnel_forms::entry;

/// FORMS.md.
fn forms_md() -> String {
    common::shared_text("docs/FORMS.md")
}

/// Asserts FORMS.md gives `example`, so that the test compares with its very words.
fn in_forms_md(example: &str) {
    assert!(
        forms_md().contains(example),
        "FORMS.md does not say 「{example}」"
    );
}

/// `session` with `form` set to the listed variant `variant`.
fn with(session: &Session, form: &str, variant: &str) -> Session {
    let mut styled = session.clone();
    let mut choices = styled.body.settings.forms.clone();
    choices
        .set(form, FormChoice::Variant(variant.to_owned()))
        .unwrap();
    styled.set_form_choices(choices);
    styled
}

/// The news release's sentences of `entries` in the body's style.
fn news_sentences(session: &Session, entries: &[AppointmentEntry]) -> Vec<String> {
    let refs: Vec<&AppointmentEntry> = entries.iter().collect();
    appointment_sentences_styled(&refs, &SentenceStyle::for_news(session))
}

#[test]
fn a_resignation_is_accepted_by_the_meeting_or_with_the_same_persons_appointment() {
    use AppointmentAction::{AcceptResignation, DecideAppoint};
    let county = common::county();
    // §15 `meeting_accepts`: a sentence of its own, 会议 its subject, without 决定.
    let meeting = with(&county, "resignation_subject", "meeting_accepts");
    let resignation = [entry(
        1,
        AcceptResignation,
        "宗国英",
        "滨海新区人民政府区长",
    )];
    let example = "会议接受宗国英辞去滨海新区人民政府区长职务的请求。";
    in_forms_md(example);
    assert_eq!(news_sentences(&meeting, &resignation), [example]);
    // Among the session's other decisions it stands apart, and the next sentence says 会议 again.
    let news = plain_text(&meeting, DocKind::News);
    assert!(
        news.contains("会议决定任命刘卫东为淇县人民政府副县长。会议接受张志强辞去淇县人民政府县长职务的请求。会议决定刘卫东为淇县人民政府代理县长；"),
        "{news}"
    );
    // The minutes keep the legal verb.
    for doc in [DocKind::Minutes, DocKind::Appointments] {
        assert_eq!(plain_text(&meeting, doc), plain_text(&county, doc));
    }
    // `accepts` with `no_request`: 「接受蔡奇辞去杭州市市长职务」.
    let bare = with(
        &with(&county, "resignation_subject", "accepts"),
        "resignation",
        "no_request",
    );
    let example = "接受蔡奇辞去杭州市市长职务";
    in_forms_md(example);
    assert_eq!(
        news_sentences(&bare, &[entry(1, AcceptResignation, "蔡奇", "杭州市市长")]),
        [example]
    );
    assert!(
        plain_text(&bare, DocKind::News)
            .contains("副县长；接受张志强辞去淇县人民政府县长职务；决定刘卫东")
    );

    // §15 `pronoun`: the same person appointed and resigning in one session.
    let pronoun = with(&county, "resignation_folded", "pronoun");
    let both = [
        entry(1, DecideAppoint, "张三", "某市人民政府副市长"),
        entry(2, AcceptResignation, "张三", "某市人大常委会副主任"),
    ];
    let example = "决定任命张三为某市人民政府副市长，接受其辞去某市人大常委会副主任职务的请求";
    in_forms_md(example);
    assert_eq!(news_sentences(&pronoun, &both), [example]);
    // By default, and for two people, each is said apart.
    assert_eq!(news_sentences(&county, &both).len(), 2);
    let others = [
        entry(1, DecideAppoint, "张三", "某市人民政府副市长"),
        entry(2, AcceptResignation, "李四", "某市人大常委会副主任"),
    ];
    assert_eq!(news_sentences(&pronoun, &others).len(), 2);
    // With the filing chosen, the folded clause files it too.
    let filed = with(&pronoun, "resignation_filing", "with_filing");
    assert_eq!(
        news_sentences(&filed, &both),
        [
            "决定任命张三为某市人民政府副市长，接受其辞去某市人大常委会副主任职务的请求，报淇县第十七届人民代表大会备案"
        ]
    );

    // §15 `with_filing` filed with the congress (§17 `congress`, `congress_short`).
    let mut tongzhou = with(&county, "resignation_filing", "with_filing_congress");
    tongzhou.body.region = "北京市通州区".to_owned();
    let said = news_sentences(
        &tongzhou,
        &[entry(
            1,
            AcceptResignation,
            "马可容",
            "北京市通州区监察委员会主任",
        )],
    );
    in_forms_md("请求的决定，报北京市通州区人民代表大会备案」");
    assert_eq!(
        said,
        ["决定接受马可容辞去北京市通州区监察委员会主任职务的请求，报北京市通州区人民代表大会备案"]
    );
    let short = with(&county, "resignation_filing", "with_filing_short");
    in_forms_md("「报县人民代表大会备案」");
    assert!(
        plain_text(&short, DocKind::News).contains("县长职务的请求，报县人民代表大会备案；"),
        "{}",
        plain_text(&short, DocKind::News)
    );

    // A text printed in these forms teaches them back.
    let mut choices = FormChoices::default();
    for (form, variant) in [
        ("resignation_subject", "meeting_accepts"),
        ("resignation_filing", "with_filing_short"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    let mut styled = county.clone();
    styled.set_form_choices(choices.clone());
    let learned = learn::apply(
        &FormChoices::default(),
        &learn::learn(&plain_text(&styled, DocKind::News)),
    );
    for (form, choice) in &choices.0 {
        assert_eq!(learned.get(form), Some(choice), "{form}");
    }
    let learned = learn::apply(&FormChoices::default(), &learn::learn(example));
    assert_eq!(
        learned.get("resignation_folded"),
        Some(&FormChoice::Variant("pronoun".into()))
    );
}

#[test]
fn a_resignations_decision_titles_a_batch_files_with_the_congress_and_takes_the_bodys_mark() {
    let county = common::county();
    let find = |action| {
        county
            .motions
            .iter()
            .flat_map(|m| m.entries.iter())
            .find(|e| e.action == action)
            .unwrap()
            .clone()
    };
    let resignation = find(AppointmentAction::AcceptResignation);
    let acting = find(AppointmentAction::DecideActing);
    // §17 `title_batch`: 「关于接受张丽娟等三名同志辞去…职务的决定」, the count in the body's numerals.
    let mut deputies = resignation.clone();
    deputies.people = ["张丽娟", "王奇超", "刘江涛"]
        .into_iter()
        .map(Appointee::named)
        .collect();
    deputies.posts = vec!["肃宁县第十八届人大代表".to_owned()];
    let batch = with(
        &with(&county, "decision_title", "title_batch"),
        "numerals_people",
        "chinese",
    );
    let (title, _) = personnel_decision(&batch, &deputies).unwrap();
    let example = "关于接受张丽娟等三名同志辞去肃宁县第十八届人大代表职务的决定";
    in_forms_md(example);
    assert_eq!(
        title,
        format!("淇县人民代表大会常务委员会{example}"),
        "{title}"
    );
    // One person is named as the default names him.
    assert_eq!(
        personnel_decision(&batch, &resignation).unwrap().0,
        personnel_decision(&county, &resignation).unwrap().0
    );
    // §17 `congress_short`: 「报县人民代表大会备案」.
    let short = with(&county, "decision_text", "filed_congress_short");
    let (_, text) = personnel_decision(&short, &resignation).unwrap();
    assert!(
        text.ends_with("接受张志强辞去淇县人民政府县长职务的请求，报县人民代表大会备案。"),
        "{text}"
    );
    // §22 `punctuation_decides`: every decision 「决定：」, or every one 「决定，」.
    let colon = with(&county, "punctuation_decides", "colon");
    let (_, text) = personnel_decision(&colon, &resignation).unwrap();
    assert!(
        text.contains("第十五次会议决定：接受张志强辞去淇县人民政府县长职务的请求"),
        "{text}"
    );
    assert_eq!(
        personnel_decision(&colon, &acting).unwrap(),
        personnel_decision(&county, &acting).unwrap()
    );
    let comma = with(&county, "punctuation_decides", "comma");
    let (_, text) = personnel_decision(&comma, &acting).unwrap();
    assert!(
        text.ends_with("第十五次会议决定，刘卫东代理淇县人民政府县长。"),
        "{text}"
    );
    assert_eq!(
        personnel_decision(&comma, &resignation).unwrap(),
        personnel_decision(&county, &resignation).unwrap()
    );
    // Learned from a decision text written so.
    let found = learn::learn(&personnel_decision(&colon, &resignation).unwrap().1);
    assert!(
        found
            .iter()
            .any(|f| f.form == "punctuation_decides" && f.variant == "colon"),
        "{found:?}"
    );
}

/// The county session with its evaluation announced with counts.
fn county_counted(tally: EvaluationTally) -> Session {
    let mut session = common::county();
    session.evaluations[0].record = EvaluationRecord::Counts(tally);
    session
}

fn tally(satisfied: u32, basically: u32, dissatisfied: u32, invalid: u32) -> EvaluationTally {
    EvaluationTally {
        satisfied,
        basically_satisfied: basically,
        dissatisfied,
        invalid,
    }
}

#[test]
fn an_evaluation_is_said_expressed_with_whole_rates_zeros_and_the_bodys_base() {
    // §18 `expressed`: after the item named the report, 「会议对该报告表示满意。」.
    let mut county = common::county();
    let item = county
        .agenda
        .iter_mut()
        .find(|i| i.title.contains("司法公开"))
        .unwrap();
    item.kind = huiwu_core::model::AgendaKind::HearAndDeliberate;
    let sitting = item.sitting;
    county.evaluations[0].sitting = sitting;
    let expressed = with(&county, "evaluation", "expressed");
    let example = "会议对该报告表示满意";
    in_forms_md(example);
    let minutes = plain_text(&expressed, DocKind::Minutes);
    assert!(
        minutes.contains(&format!(
            "会议听取和审议了县人民法院院长陈静所作的关于司法公开工作情况的报告。{example}。"
        )),
        "{minutes}"
    );
    // Where no sentence named the report (an evaluation item says only its result), it is
    // named in full.
    let alone = with(&common::county(), "evaluation", "expressed");
    assert!(
        plain_text(&alone, DocKind::Minutes).contains("会议对县人民法院司法公开工作表示满意。")
    );
    assert_ne!(minutes, plain_text(&county, DocKind::Minutes));
    // The news names what it was.
    assert!(
        plain_text(&expressed, DocKind::News).contains("会议对县人民法院司法公开工作表示满意。")
    );

    // A whole rate 「100%」, not 「100.00%」.
    let counted = county_counted(tally(20, 2, 0, 0));
    let minutes = plain_text(&counted, DocKind::Minutes);
    assert!(minutes.contains("满意和基本满意率100.00%"), "{minutes}");
    let mut whole = counted.clone();
    whole.body.settings.whole_rates_plain = true;
    let minutes = plain_text(&whole, DocKind::Minutes);
    assert!(
        minutes.contains("满意率90.91%，满意和基本满意率100%）"),
        "{minutes}"
    );
    // FORMS.md's `total_share`: 「…占总票数的100%」.
    let share = with(&whole, "evaluation", "total_share");
    in_forms_md("占总票数的100%」");
    assert!(plain_text(&share, DocKind::News).contains(
        "满意票为20张，基本满意票为2张，满意和基本满意票达22张，占总票数的100%，测评结果为满意。"
    ));

    // A category without a vote: 「不满意0票」 by default, left out where the body writes none.
    assert!(minutes.contains("满意20票，基本满意2票，不满意0票；"));
    let mut left_out = whole.clone();
    left_out.body.settings.zero_counts = ZeroCounts::LeftOut;
    let minutes = plain_text(&left_out, DocKind::Minutes);
    assert!(
        minutes.contains("（满意20票，基本满意2票；满意率"),
        "{minutes}"
    );
    // In the table: an empty cell, or the column left out where no object has a vote.
    let table_of = |session: &Session| {
        plain_text(session, DocKind::EvaluationResults)
            .lines()
            .filter(|l| l.contains('\t'))
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let default_table = table_of(&counted);
    assert!(default_table.contains("不满意"), "{default_table}");
    let mut empty = counted.clone();
    empty.body.settings.zero_counts = ZeroCounts::Empty;
    let table = table_of(&empty);
    assert!(table.contains("不满意"), "{table}");
    assert_ne!(table, default_table);
    let mut left_out_table = counted.clone();
    left_out_table.body.settings.zero_counts = ZeroCounts::LeftOut;
    let table = table_of(&left_out_table);
    assert!(!table.contains("不满意"), "{table}");
    // In a numbered 公告 (§18 `counts_rates`) the clauses of a category without a vote go.
    let mut numbered = with(
        &county_counted(tally(25, 0, 3, 0)),
        "evaluation_notice",
        "counts_rates",
    );
    numbered.body.settings.zero_counts = ZeroCounts::LeftOut;
    let text = plain_text(&numbered, DocKind::EvaluationResults);
    assert!(
        text.contains("测评情况：发出测评表22张，收回28张，满意票25票，满意率89.29%。"),
        "{text}"
    );

    // The rates' base: the valid ballots by default; the ballots returned (FORMS.md: 25/28 =
    // 89.29%), handed out, or all members.
    let base = county_counted(tally(25, 3, 0, 2));
    let rates = |session: &Session| {
        let evaluation = &session.evaluations[0];
        huiwu_core::model::decisions::evaluation_decision(session, evaluation)
            .unwrap()
            .rates
            .unwrap()
            .0
    };
    assert!((rates(&base) - 25.0 * 100.0 / 28.0).abs() < 1e-9);
    let mut returned = base.clone();
    returned.body.settings.rates_base = RatesBase::Returned;
    assert!((rates(&returned) - 25.0 * 100.0 / 30.0).abs() < 1e-9);
    let counts = base.attendance_counts_at(base.evaluations[0].sitting);
    let mut handed_out = base.clone();
    handed_out.body.settings.rates_base = RatesBase::HandedOut;
    assert!((rates(&handed_out) - 2500.0 / f64::from(counts.present)).abs() < 1e-9);
    let mut members = base.clone();
    members.body.settings.rates_base = RatesBase::AllMembers;
    assert!((rates(&members) - 2500.0 / f64::from(counts.members)).abs() < 1e-9);
    assert!(
        plain_text(&members, DocKind::Minutes)
            .contains(&format!("满意率{:.2}%", 2500.0 / f64::from(counts.members)))
    );
    // The rule as a note, or none (FORMS.md §18 Offer: 「rule note … on/off」).
    let notice = plain_text(&counted, DocKind::EvaluationResults);
    assert!(
        notice.contains("注：满意票超过全体组成人员的半数为满意；"),
        "{notice}"
    );
    let without = plain_text(
        &with(&counted, "evaluation_rule", "none"),
        DocKind::EvaluationResults,
    );
    assert_eq!(
        without.replace("注：满意票", "").lines().count() + 1,
        notice.lines().count()
    );
    assert!(!without.contains("注：满意票"));
    // FORMS.md §20 `ceremony`: 「并举行了任命书颁发和向宪法宣誓仪式」, the certificates said in it.
    in_forms_md("并举行了任命书颁发和向宪法宣誓仪式");
    let ceremony = with(&common::example(), "after_vote_oath", "ceremony_both");
    let news = plain_text(&ceremony, DocKind::News);
    assert!(
        news.contains("会上，举行了任命书颁发和向宪法宣誓仪式。"),
        "{news}"
    );
    assert!(!news.contains("颁发任命书"), "{news}");
    // FORMS.md §19 `caiyong`: 「采用无记名投票表决的方式」.
    let caiyong = with(&common::example(), "vote_method", "caiyong_biaojue");
    in_forms_md("会议采用无记名投票表决的方式");
    assert!(plain_text(&caiyong, DocKind::Minutes).contains("会议采用无记名投票表决的方式，"));
}

#[test]
fn the_sessions_number_in_arabic_and_january_as_yuanyue_hold_in_every_document() {
    // §21 `ordinals`: 「第15次会议」 wherever the session is named.
    let county = common::county();
    let arabic = with(&county, "numerals_ordinals", "arabic");
    for doc in [
        DocKind::News,
        DocKind::Minutes,
        DocKind::Appointments,
        DocKind::EvaluationResults,
        DocKind::Attendance,
        DocKind::Notice,
        DocKind::Script,
    ] {
        let text = plain_text(&arabic, doc);
        assert!(text.contains("第15次会议"), "{doc:?}: {text}");
        assert!(!text.contains("第十五次会议"), "{doc:?}: {text}");
    }
    in_forms_md("「第36次会议」");
    // Learned from a text that writes it so.
    let learned = learn::apply(
        &FormChoices::default(),
        &learn::learn("某县第十五届人民代表大会常务委员会举行第36次会议"),
    );
    assert_eq!(
        learned.get("numerals_ordinals"),
        Some(&FormChoice::Variant("arabic".into()))
    );

    // §21 `month`: 元月 in every document that prints a January date.
    let mut january = common::county();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2018, 1, d).unwrap();
    january.details.dates = vec![day(7), day(8)];
    for sitting in &mut january.details.sittings {
        sitting.date = day(if sitting.date.format("%d").to_string() == "27" {
            7
        } else {
            8
        });
    }
    let yuanyue = with(&january, "numerals_month", "yuanyue");
    in_forms_md("「2018年元月7日至11日」");
    for doc in DocKind::ALL {
        let before = plain_text(&january, doc);
        let text = plain_text(&yuanyue, doc);
        if before.contains("1月7日") || before.contains("1月8日") {
            assert!(text.contains("元月"), "{doc:?}: {text}");
        }
        for bare in ["年1月", "\n1月", "　1月", "（1月"] {
            assert!(!text.contains(bare), "{doc:?} prints {bare}: {text}");
        }
    }
}

#[test]
fn a_body_printing_traditional_characters_prints_every_document_so_names_included() {
    let session = common::example();
    let traditional = with(&session, "characters", "traditional");
    for doc in DocKind::ALL {
        let simplified = plain_text(&session, doc);
        let text = plain_text(&traditional, doc);
        assert_eq!(text, to_traditional(&simplified), "{doc:?}");
    }
    let news = plain_text(&traditional, DocKind::News);
    // The lead, and the names: 郑辉 → 鄭輝, as reposted copies print them.
    assert!(
        news.contains("12月21日，市十二屆人大常委會第九次會議召開。"),
        "{news}"
    );
    assert!(news.contains("鄭輝"), "{news}");
    assert!(!news.contains("会议"));
    // Every format: the Word file carries the same text.
    let docx = huiwu_core::export::render(
        &traditional,
        DocKind::News,
        huiwu_core::export::Format::Docx,
    )
    .unwrap();
    assert!(!docx.is_empty());
    // Off by default: the seed's documents are as they were.
    assert!(plain_text(&session, DocKind::News).contains("市十二届人大常委会第九次会议召开"));

    // The learner reads a reposted copy: the switch, and the forms it is written in.
    let styled = with(&traditional, "lead", "juxing");
    let text = plain_text(&styled, DocKind::News);
    assert!(text.contains("舉行第九次會議"), "{text}");
    let learned = learn::apply(&FormChoices::default(), &learn::learn(&text));
    assert_eq!(
        learned.get("characters"),
        Some(&FormChoice::Variant("traditional".into()))
    );
    assert_eq!(
        learned.get("lead"),
        Some(&FormChoice::Variant("juxing".into()))
    );
    // A simplified text does not turn it on.
    let learned = learn::apply(
        &FormChoices::default(),
        &learn::learn(&plain_text(&session, DocKind::News)),
    );
    assert_eq!(learned.get("characters"), None);
    assert_eq!(to_simplified(&news), plain_text(&session, DocKind::News));
}

#[test]
fn the_folders_documents_follow_the_bodys_characters_and_numerals() {
    use huiwu_core::export::registers::{self, FolderDocKind, FolderDocOptions};
    use huiwu_core::io::folder;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("hebi-12");
    std::fs::create_dir(&copy).unwrap();
    let example = std::path::Path::new(common::REPO).join("sessions/hebi-12");
    for name in ["body.ron", "hebi-12-09.ron"] {
        std::fs::copy(example.join(name), copy.join(name)).unwrap();
    }
    let options = FolderDocOptions {
        year: Some(2023),
        today: chrono::NaiveDate::from_ymd_opt(2024, 1, 10).unwrap(),
    };
    let record = |folder: &std::path::Path| {
        let opened = folder::open_folder(folder).unwrap();
        registers::plain_text(&opened.term(), FolderDocKind::AttendanceRecord, options).unwrap()
    };
    let before = record(&copy);
    assert!(before.contains("第九次会议"), "{before}");
    // The body chooses Arabic ordinals, traditional characters and whole rates.
    let path = folder::body_path(&copy);
    let mut body = folder::load_body(&path).unwrap();
    let mut choices = body.body.settings.forms.clone();
    for (form, variant) in [
        ("numerals_ordinals", "arabic"),
        ("characters", "traditional"),
    ] {
        choices
            .set(form, FormChoice::Variant(variant.into()))
            .unwrap();
    }
    body.body.settings.forms = choices;
    folder::save_body(&body, &path).unwrap();
    let after = record(&copy);
    assert!(after.contains("第9次會議"), "{after}");
    assert_eq!(to_simplified(&after).replace("第9次", "第九次"), before);
}

#[test]
fn the_bundled_font_prints_every_character_of_a_traditional_document() {
    // The PDF embeds the bundled font: a character it lacks would print as an empty box.
    let charset: std::collections::HashSet<char> = std::fs::read_to_string(
        std::path::Path::new(common::REPO).join("assets/fonts/subset-charset.txt"),
    )
    .unwrap()
    .chars()
    .collect();
    for session in [common::example(), common::county()] {
        let traditional = with(&session, "characters", "traditional");
        for doc in DocKind::ALL {
            let text = plain_text(&traditional, doc);
            let missing: std::collections::BTreeSet<char> = text
                .chars()
                .filter(|c| !c.is_whitespace() && !charset.contains(c))
                .collect();
            assert!(missing.is_empty(), "{doc:?}: {missing:?}");
        }
    }
}
