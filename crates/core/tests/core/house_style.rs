//! The body's house style (本机关, DOMAIN.md §15): its file (round trip, Chinese errors naming
//! file and line), its screen driven with egui_kittest (every setting in one place, a change kept
//! in the session and its file, export and import through the typed-path dialog, undoable), and
//! its carrying over into the next session.

use crate::common;
use huiwu_core::io::{FileError, load_house_style, save_house_style};
use huiwu_core::model::{Body, NameOrderMode, ResolutionKind};

/// A body unlike the example's in every part.
fn another_body() -> Body {
    let mut body = Body {
        region: "浚县".to_owned(),
        name: "浚县人民代表大会常务委员会".to_owned(),
        short_name: "县人大常委会".to_owned(),
        term: 17,
        ..Body::default()
    };
    let settings = &mut body.settings;
    settings.has_secretary_general = false;
    settings.name_order = NameOrderMode::Surname;
    settings.names_per_line = 6;
    settings.show_not_pressed = true;
    settings.rate_decimals = 1;
    settings.signed_kinds = vec![ResolutionKind::Decision];
    settings.comrade_in_sentences = true;
    settings.batch_threshold = 8;
    settings.join_across_posts = true;
    settings.observer_leaders_in_news = false;
    settings.observer_units_in_news = 2;
    settings.law_articles.resignation = 33;
    settings.law_articles.acting = 51;
    body
}

#[test]
fn a_house_style_file_reads_back_equal_and_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("浚县.huiwu-body.ron");
    let body = another_body();
    save_house_style(&body, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(&format!(
            "(\n  format_version: {},\n  body: (",
            huiwu_core::model::FORMAT_VERSION
        )),
        "{text}"
    );
    assert_eq!(load_house_style(&path).unwrap(), body);
    // Saved again changed: the previous version is kept beside, and no temporary is left.
    save_house_style(&Body::default(), &path).unwrap();
    assert_eq!(load_house_style(&path).unwrap(), Body::default());
    assert_eq!(
        load_house_style(&huiwu_core::io::backup_path(&path)).unwrap(),
        body
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_broken_house_style_file_is_refused_in_chinese_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("坏的.huiwu-body.ron");
    let good = huiwu_core::io::house_style::house_style_to_ron_string(&another_body()).unwrap();
    // Line 5 loses its closing quote.
    let broken: Vec<String> = good
        .lines()
        .enumerate()
        .map(|(index, line)| {
            if index == 4 {
                line.replacen("\",", ",", 1)
            } else {
                line.to_owned()
            }
        })
        .collect();
    std::fs::write(&path, broken.join("\n")).unwrap();
    let error = load_house_style(&path).unwrap_err();
    assert!(matches!(error, FileError::Parse { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("坏的.huiwu-body.ron"), "{message}");
    assert!(
        message.contains("第5行") || message.contains("第6行"),
        "{message}"
    );

    // An unknown setting names itself; bytes that are not text, and a missing file, say so.
    std::fs::write(
        &path,
        good.replace("term: 17,", "term: 17,\n    motto: \"x\","),
    )
    .unwrap();
    let message = load_house_style(&path).unwrap_err().to_string();
    assert!(
        message.contains("motto") && message.contains("第"),
        "{message}"
    );
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    assert!(matches!(
        load_house_style(&path).unwrap_err(),
        FileError::NotText { .. }
    ));
    let missing = load_house_style(&dir.path().join("没有.ron")).unwrap_err();
    assert!(missing.to_string().contains("没有.ron"), "{missing}");
}

#[test]
fn a_session_file_serves_as_a_house_style_file() {
    assert_eq!(
        load_house_style(&common::example_path()).unwrap(),
        common::example().body
    );
}

#[test]
fn the_next_session_keeps_the_house_style() {
    let mut example = common::example();
    example.body = another_body();
    let next = example.next_session();
    assert_eq!(next.body, another_body());
    assert_eq!(next.body.settings.batch_threshold, 8);
}
