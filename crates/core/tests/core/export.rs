//! Every published document of the example session, in every format: golden files for text,
//! Markdown and HTML; the DOCX's structure (GB/T 9704 page, fonts, sizes, footers); escaping of
//! user text; the minutes' sentences for what was and was not recorded; LibreOffice accepts
//! every DOCX we write (skipped with a notice where LibreOffice is not installed).
//!
//! Regenerate the golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test --test export`, then read the diff.

use crate::common;
use huiwu_core::export::{self, DocKind, Format};
use huiwu_core::model::Session;
use std::io::Read;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn rendered(session: &Session, doc: DocKind, format: Format) -> String {
    String::from_utf8(export::render(session, doc, format).unwrap()).unwrap()
}

#[test]
fn every_document_matches_its_golden_files() {
    let session = common::example();
    // (The papers before and during the session have theirs in tests/golden/papers/.)
    for doc in DocKind::PUBLISHED {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let name = format!("{}.{}", doc.key(), format.extension());
            common::check_golden(&name, &rendered(&session, doc, format));
        }
    }
}

#[test]
fn the_lists_in_every_format_carry_the_gazette_text() {
    let session = common::example();
    for (doc, seed) in [
        (DocKind::Attendance, "seed-attendance.txt"),
        (DocKind::Observers, "seed-observers.txt"),
        (DocKind::Appointments, "seed-appointments.txt"),
    ] {
        assert_eq!(
            common::fold(&export::plain_text(&session, doc)),
            common::fold(&common::golden(seed)),
            "{}",
            doc.label()
        );
    }
    // The gazette ends with the three lists exactly as published.
    let gazette = export::plain_text(&session, DocKind::Gazette);
    for seed in [
        "seed-appointments.txt",
        "seed-attendance.txt",
        "seed-observers.txt",
    ] {
        let folded = common::fold(&common::golden(seed));
        assert!(common::fold(&gazette).contains(&folded), "{seed}");
    }
}

#[test]
fn minutes_have_the_forms_of_the_domain() {
    let text = export::plain_text(&common::example(), DocKind::Minutes);
    assert!(text.starts_with("鹤壁市第十二届人民代表大会常务委员会第九次会议纪要\n"));
    assert!(text.contains(
        "2023年12月21日，鹤壁市第十二届人民代表大会常务委员会第九次会议举行，会议由主任史全新主持。"
    ));
    assert!(
        text.contains("本次会议应到常委会组成人员41人，实到35人，请假6人，缺席0人，符合法定人数。")
    );
    assert!(text.contains(
        "\u{3000}\u{3000}一、听取和审议市人民政府关于2023年重点民生实事办理情况的专项工作报告\n"
    ));
    assert!(text.contains("\u{3000}\u{3000}十四、审议人事任免事项\n"));
    // Each vote with how it was taken (DOMAIN.md §18): the hall's machine by default, the
    // personnel votes on paper.
    assert!(text.contains("会议以按表决器表决方式，表决通过了该报告。"));
    assert!(text.contains(
        "会议以按表决器表决方式，表决通过了《鹤壁市人民代表大会常务委员会关于加强检察建议工作的决议》。"
    ));
    assert!(text.contains("会议以无记名投票方式，表决通过了下列人事任免事项：任命刘育"));
    assert!(text.contains("任命刘育为鹤壁市人大常委会副秘书长、办公室主任；"));
    assert!(text.contains("决定免去姚智的鹤壁市统计局局长职务；"));
    assert!(text.contains("会议对重点督办建议办理情况进行了满意度测评。"));
    assert!(
        text.contains("\u{3000}\u{3000}出席：史全新、尚欣、郑辉、蔺其军、郑志学、方在敏、王士洁")
    );
    assert!(text.contains("\u{3000}\u{3000}请假：王海涛、李杰、王烁、秦天苍、岳朝亚、郎付山\n"));
    assert!(
        text.contains("\u{3000}\u{3000}列席：市人民政府李可、刘军文；市监察委员会桑剑新、韩福伟；")
    );
    // Nothing invented: no counts were published, so none are printed.
    assert!(!text.contains("赞成"));
    // Item 8 was heard, not voted on.
    let item_eight = text
        .lines()
        .skip_while(|l| !l.contains("八、听取和审议市司法局"))
        .nth(1)
        .unwrap();
    assert_eq!(
        item_eight,
        "\u{3000}\u{3000}会议听取和审议了市司法局关于2023年度法治政府建设情况的专项工作报告。"
    );
}

#[test]
fn news_release_names_the_leaders_present() {
    let text = export::plain_text(&common::example(), DocKind::News);
    assert!(text.starts_with("鹤壁市第十二届人民代表大会常务委员会举行第九次会议\n"));
    assert!(text.contains("12月21日，市十二届人大常委会第九次会议召开。市人大常委会主任史全新主持会议并讲话。市人大常委会副主任尚欣、郑辉、蔺其军、郑志学，秘书长方在敏出席会议。"));
    // The first paragraph is the seed's, to the character (DOMAIN.md §9).
    let first = text.lines().nth(2).unwrap().trim_start_matches('\u{3000}');
    assert_eq!(
        first,
        "12月21日，市十二届人大常委会第九次会议召开。市人大常委会主任史全新主持会议并讲话。市人大常委会副主任尚欣、郑辉、蔺其军、郑志学，秘书长方在敏出席会议。市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、市中级人民法院等有关单位相关负责同志、部分人大代表列席会议。"
    );
    let seed = common::shared_text("seeds/000_5b667c5a4296d65d.txt");
    assert_eq!(seed.lines().nth(4), Some(first));
    // Appointments by name, in the list's order (DOMAIN.md §8).
    assert!(
        text.contains("\n\u{3000}\u{3000}会议任命刘育为鹤壁市人大常委会副秘书长、办公室主任；")
    );
    // The business paragraph is the seed's too, to the character: items grouped by the organ
    // that submitted them (FORMS.md §8 `seed`).
    let business = "会议听取审议并表决通过了市政府关于2023年重点民生实事办理情况，关于市十二届人大一次会议以来代表建议、批评和意见办理情况，关于国民经济和社会发展“十四五”规划中期评估，关于2022年度市级预算执行和其他财政收支审计查出问题整改情况等报告；听取审议并表决通过了市人大常委会关于《河南省革命老区振兴发展促进条例》贯彻落实情况、关于新时代高质量发展示范城市建设工作评议情况、关于加强检察建议工作的决议等报告和人事任免事项。";
    let paragraphs: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches('\u{3000}'))
        .collect();
    assert!(paragraphs.contains(&business), "{text}");
    let seed = std::path::Path::new(common::REPO).join("../shared/seeds/000_5b667c5a4296d65d.txt");
    if let Ok(seed) = std::fs::read_to_string(seed) {
        assert_eq!(seed.lines().nth(6), Some(business));
    }
    // What the seed leaves out is said after it: the items heard, the attendance, the
    // certificates and the oath.
    assert!(text.contains(
        "会议还听取审议了市政府关于2023年度法治政府建设情况、关于国家共同富裕示范区创建情况、"
    ));
    assert!(text.contains("会议应到常委会组成人员41人，实到35人，请假6人，符合法定人数。"));
    assert!(text.contains(
        "会上，市人大常委会主任史全新为新任命人员颁发任命书，新任命人员进行了宪法宣誓。"
    ));
}

#[test]
fn gazette_prints_reports_resolutions_and_motions_in_agenda_order() {
    let text = export::plain_text(&common::example(), DocKind::Gazette);
    // A cover and a 目录, then the news, then the speech, then the items' documents in order,
    // then the lists.
    assert!(text.starts_with("鹤壁市人民代表大会常务委员会\n会\u{3000}刊\n第九期\n"));
    let contents = text
        .find("\n目\u{3000}\u{3000}录\n鹤壁市第十二届人民代表大会常务委员会举行第九次会议\n")
        .unwrap();
    let news = text
        .find("\n\n鹤壁市第十二届人民代表大会常务委员会举行第九次会议\n\n")
        .unwrap();
    assert!(contents < news);
    // In the body, after the 目录 that names every part once.
    let position = |needle: &str| {
        text[news..]
            .find(needle)
            .unwrap_or_else(|| panic!("not in the gazette: {needle}"))
    };
    let speech = position(
        "\n在市十二届人大常委会第九次会议结束时的讲话\n市人大常委会主任 史全新\n（2023年12月21日）\n",
    );
    let first_report = position(
        "\n关于2023年重点民生实事办理情况的专项工作报告\n——2023年12月21日在鹤壁市第十二届人民代表大会\n常务委员会第九次会议上\n市人民政府\n\n主任、各位副主任、秘书长、各位委员：\n",
    );
    let resolution = position(
        "\n鹤壁市人民代表大会常务委员会\n关于加强检察建议工作的决议\n（2023年12月21日鹤壁市第十二届人民代表大会常务委员会第九次会议通过）\n",
    );
    let explanation =
        position("\n关于《鹤壁市人民代表大会常务委员会关于加强检察建议工作的决议》的说明\n");
    let motion =
        position("\n关于提请任免张建华等6名同志职务的议案\n鹤政文〔2023〕52号\n\n市人大常委会：\n");
    let list = position("\n鹤壁市十二届人大常委会第九次会议人事任免名单\n");
    assert!(speech < first_report && first_report < resolution);
    assert!(resolution < explanation && explanation < motion && motion < list);
    assert!(text.contains("\u{3000}\u{3000}以上报告，请予审议。\n"));
    assert!(
        text.contains(
            "\u{3000}\u{3000}免去：\n\u{3000}\u{3000}郭志鹏的鹤壁市科学技术局局长职务；\n"
        )
    );
    assert!(text.contains("\n市长：赵宏宇\n2023年12月19日\n"));
    assert!(text.contains("附件：鹤壁市国民经济和社会发展的“十四五”规划中期评估报告"));
    // Every report of the session is printed, each once (and named once more in the 目录).
    let session = common::example();
    for report in &session.reports {
        assert!(
            text.contains(&format!("\n{}\n", report.title)),
            "{}",
            report.title
        );
    }
    for title in [
        "关于张志强辞去淇县人民政府县长职务和刘卫东任职的议案\n",
        // Broken after the body's name in the body, whole in the 目录.
        "关于刘卫东代理淇县人民政府县长的决定\n",
    ] {
        let county = export::plain_text(&common::county(), DocKind::Gazette);
        assert_eq!(county.matches(title).count(), 2, "{title}");
    }
}

#[test]
fn the_gazette_prints_only_what_was_on_the_agenda() {
    let mut session = common::example();
    let mut stray = session.reports[2].clone();
    stray.id = huiwu_core::model::ReportId(900);
    stray.title = "关于不在议程上的某项工作的报告".to_owned();
    session.reports.push(stray);
    let text = export::plain_text(&session, DocKind::Gazette);
    assert!(!text.contains("关于不在议程上的某项工作的报告"));
    // `check` says why.
    assert!(
        huiwu_core::model::check::check_session(&session)
            .iter()
            .any(|p| p
                .message
                .contains("关于不在议程上的某项工作的报告」不属于任何议题（会刊不收录）"))
    );
}

#[test]
fn control_characters_never_reach_the_docx() {
    let mut session = common::example();
    session.roster[6].name = "王\u{1}士洁\u{7}".to_owned();
    let docx = export::render(&session, DocKind::Attendance, Format::Docx).unwrap();
    let xml = zip_entry(&docx, "word/document.xml");
    assert!(xml.contains("王士洁"));
    assert!(!xml.contains('\u{1}') && !xml.contains('\u{7}'));
}

#[test]
fn docx_parts_are_deflated() {
    let session = common::example();
    for doc in [DocKind::Gazette, DocKind::Ballots] {
        let docx = export::render(&session, doc, Format::Docx).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
        let entry = archive.by_name("word/document.xml").unwrap();
        assert_eq!(entry.compression(), zip::CompressionMethod::Deflated);
        // Text and markup deflate to well under a third; forms, printed in copies, further.
        let ratio = entry.compressed_size() as f64 / entry.size() as f64;
        let most = if doc == DocKind::Ballots { 0.05 } else { 0.3 };
        assert!(ratio < most, "{doc:?}: {ratio}");
        drop(entry);
        // Word, WPS and LibreOffice read it: every part is there and whole.
        for index in 0..archive.len() {
            let mut part = archive.by_index(index).unwrap();
            std::io::copy(&mut part, &mut std::io::sink()).unwrap();
        }
    }
}

/// The text of one file inside a DOCX (a zip).
fn zip_entry(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut entry = archive.by_name(name).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn docx_has_the_gb_t_9704_page_fonts_and_footers() {
    let session = common::example();
    let docx = export::render(&session, DocKind::Minutes, Format::Docx).unwrap();
    assert_eq!(&docx[..2], b"PK");
    let document = zip_entry(&docx, "word/document.xml");
    // A4 with margins top 37 mm, right 26 mm, bottom 35 mm, left 28 mm.
    assert!(
        document.contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#),
        "page size"
    );
    assert!(
        document.contains(r#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#),
        "margins"
    );
    // 22 lines of 28 characters: a 28.95 pt line grid, 16 pt type set 0.25 pt tighter. The
    // body's face, size, tightening and line are the document's defaults (styles.xml), so that
    // its runs and paragraphs carry nothing of their own.
    assert!(document.contains(r#"<w:docGrid w:type="lines" w:linePitch="579" />"#));
    let styles = zip_entry(&docx, "word/styles.xml");
    let defaults =
        &styles[styles.find("<w:docDefaults>").unwrap()..styles.find("</w:docDefaults>").unwrap()];
    assert!(
        defaults.contains(r#"<w:spacing w:val="-5" />"#),
        "{defaults}"
    );
    assert!(
        defaults.contains(r#"w:line="579" w:lineRule="exact""#),
        "{defaults}"
    );
    assert!(
        defaults.contains(r#"w:eastAsia="仿宋_GB2312""#),
        "{defaults}"
    );
    assert!(defaults.contains(r#"<w:sz w:val="32" />"#), "{defaults}");
    // A body paragraph says only its indent.
    assert!(document.contains(
        r#"<w:ind w:left="0" w:right="0" w:firstLine="630" /></w:pPr><w:r><w:rPr /><w:t xml:space="preserve">2023年12月21日，"#
    ));
    // Title: 2号 (22 pt) 方正小标宋简体, centred, untightened; body 3号 (16 pt) 仿宋_GB2312,
    // indented 2 characters.
    assert!(document.contains(r#"w:eastAsia="方正小标宋简体""#));
    assert!(document.contains(r#"<w:sz w:val="44" />"#));
    assert!(document.contains(r#"<w:spacing w:val="0" />"#));
    assert!(document.contains(r#"<w:jc w:val="center" />"#));
    assert!(document.contains(r#"w:firstLine="630""#));
    // Headings 一、 in 黑体; the attendance lines hang after 「出席：」 (黑体 label).
    assert!(document.contains(r#"w:eastAsia="黑体""#));
    assert!(document.contains(r#"w:left="1575" w:right="0" w:hanging="945""#));
    // The text itself.
    assert!(document.contains("鹤壁市第十二届人民代表大会"));
    assert!(
        document
            .contains("本次会议应到常委会组成人员41人，实到35人，请假6人，缺席0人，符合法定人数。")
    );
    assert!(
        document.contains("一、听取和审议市人民政府关于2023年重点民生实事办理情况的专项工作报告")
    );
    // Page numbers 「— 1 —」 in 4号宋体: odd pages right, even pages left.
    let settings = zip_entry(&docx, "word/settings.xml");
    assert!(settings.contains("evenAndOddHeaders"));
    assert!(document.contains(r#"<w:footerReference w:type="default""#));
    assert!(document.contains(r#"<w:footerReference w:type="even""#));
    let footers: Vec<String> = (1..=2)
        .map(|n| zip_entry(&docx, &format!("word/footer{n}.xml")))
        .collect();
    for footer in &footers {
        assert!(footer.contains("PAGE"));
        assert!(footer.contains("— "));
        assert!(footer.contains(r#"w:eastAsia="宋体""#));
        assert!(footer.contains(r#"<w:sz w:val="28" />"#));
    }
    assert!(
        footers
            .iter()
            .any(|f| f.contains(r#"<w:jc w:val="right" />"#))
    );
    assert!(
        footers
            .iter()
            .any(|f| f.contains(r#"<w:jc w:val="left" />"#))
    );
}

/// A program on the PATH, if installed.
fn program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// `soffice` if LibreOffice is installed.
fn libreoffice() -> Option<PathBuf> {
    program("soffice")
}

#[test]
fn libreoffice_accepts_every_docx() {
    let Some(soffice) = libreoffice() else {
        println!("注意：未安装 LibreOffice（soffice），跳过 DOCX 可打开性检查。");
        return;
    };
    let session = common::example();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for doc in DocKind::ALL {
        let path = dir.path().join(format!("{}.docx", doc.key()));
        export::export_to_file(&session, doc, &path).unwrap();
        files.push(path);
    }
    let profile = dir.path().join("profile");
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .args(&files)
        .env("HOME", dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(600) {
            child.kill().unwrap();
            panic!("LibreOffice did not finish converting within 10 minutes");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    for file in &files {
        let pdf = file.with_extension("pdf");
        let bytes = std::fs::read(&pdf)
            .unwrap_or_else(|e| panic!("LibreOffice made no PDF of {}: {e}", file.display()));
        assert!(bytes.starts_with(b"%PDF"), "{}", pdf.display());
    }
    // Nothing lost on the way: every punctuation mark of the text is printed (LibreOffice
    // once dropped marks at the end of full justified lines).
    let Some(pdftotext) = program("pdftotext") else {
        println!("注意：未安装 pdftotext，跳过 PDF 文字核对。");
        return;
    };
    for (doc, file) in DocKind::ALL.iter().zip(&files) {
        let output = Command::new(&pdftotext)
            .arg(file.with_extension("pdf"))
            .arg("-")
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&output.stdout);
        let text = export::plain_text(&session, *doc);
        for mark in ['、', '，', '。', '；', '：'] {
            assert_eq!(
                printed.matches(mark).count(),
                text.matches(mark).count(),
                "{}: 「{mark}」",
                doc.label()
            );
        }
    }
}

#[test]
fn a_file_that_cannot_be_replaced_is_explained() {
    let error = export::ExportError::FileInUse {
        path: PathBuf::from("纪要.docx"),
    };
    let message = error.to_string();
    assert!(
        message.contains("纪要.docx") && message.contains("Word"),
        "{message}"
    );
}
