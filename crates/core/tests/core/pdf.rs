//! PDF export (issue 25): every document of both example sessions as PDF holds the same text as
//! the text export (modulo where lines break), read back two ways: in-process from the file's
//! content streams through its ToUnicode map (so CI always checks something real), and with
//! poppler's `pdftotext` where it is installed (skipped with a notice where it is not). The page
//! is GB/T 9704's, the font embedded as a subset, page numbers on official documents only.

use std::collections::BTreeMap;
use std::io::Read;
use std::process::Command;

use crate::common;
use huiwu_core::export::doc::{Doc, DocBlock};
use huiwu_core::export::{self, DocKind, Format};
use huiwu_core::model::Session;

/// The text of a PDF written by our writer, page after page, as a reader copies it out: every
/// shown string decoded through the font's ToUnicode map, a marked run's `/ActualText` in
/// place of its glyphs (a character the font lacks).
fn extract_text(pdf: &[u8]) -> Vec<String> {
    let streams = streams(pdf);
    let mut unicode: BTreeMap<u16, String> = BTreeMap::new();
    for (_, stream) in &streams {
        let text = String::from_utf8_lossy(stream);
        if text.contains("beginbfchar") {
            unicode.extend(parse_bfchar(&text));
        }
    }
    assert!(!unicode.is_empty(), "no ToUnicode map");
    // Page contents are the streams whose dictionary says nothing but length and filter: the
    // font program has a /Subtype, the CMap a /Type.
    streams
        .iter()
        .filter(|(head, _)| !head.contains("/Subtype") && !head.contains("/Type"))
        .map(|(_, content)| page_text(content, &unicode))
        .collect()
}

/// Every stream of the file with its dictionary, inflated where it is compressed (content, CMap,
/// font program).
fn streams(pdf: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = find(&pdf[at..], b"stream\n").map(|i| at + i) {
        let object_start = pdf[..start]
            .windows(3)
            .rposition(|w| w == b"obj")
            .unwrap_or(at);
        let head = &pdf[object_start..start];
        let data_start = start + b"stream\n".len();
        let Some(end) = find(&pdf[data_start..], b"\nendstream").map(|i| data_start + i) else {
            break;
        };
        let data = &pdf[data_start..end];
        let flate = find(head, b"/FlateDecode").is_some();
        let bytes = if flate {
            let mut inflated = Vec::new();
            flate2::read::ZlibDecoder::new(data)
                .read_to_end(&mut inflated)
                .unwrap();
            inflated
        } else {
            data.to_vec()
        };
        out.push((String::from_utf8_lossy(head).into_owned(), bytes));
        at = end + b"\nendstream".len();
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `<0001> <4E00>` lines of a ToUnicode CMap.
fn parse_bfchar(cmap: &str) -> Vec<(u16, String)> {
    let mut pairs = Vec::new();
    for section in cmap.split("beginbfchar").skip(1) {
        let body = section.split("endbfchar").next().unwrap();
        for line in body.lines() {
            let hexes: Vec<&str> = line
                .split(['<', '>'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if let [cid, text] = hexes[..] {
                let cid = u16::from_str_radix(cid, 16).unwrap();
                pairs.push((cid, utf16_hex(text)));
            }
        }
    }
    pairs
}

fn utf16_hex(hex: &str) -> String {
    let units: Vec<u16> = (0..hex.len() / 4)
        .map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).unwrap())
        .collect();
    String::from_utf16(&units).unwrap()
}

/// The text a page's content stream shows.
fn page_text(content: &[u8], unicode: &BTreeMap<u16, String>) -> String {
    let mut text = String::new();
    let mut actual: Option<String> = None;
    let mut last_string: Vec<u8> = Vec::new();
    let mut at = 0;
    while at < content.len() {
        match content[at] {
            b'(' => {
                let (bytes, next) = literal(content, at + 1);
                last_string = bytes;
                at = next;
            }
            b'<' if content.get(at + 1) == Some(&b'<') => at += 2,
            b'<' => {
                let end = at + content[at..].iter().position(|b| *b == b'>').unwrap();
                let hex = String::from_utf8_lossy(&content[at + 1..end]).to_string();
                let bytes: Vec<u8> = (0..hex.len() / 2)
                    .map(|i| u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap())
                    .collect();
                // A hex string right after /ActualText is the run's text (UTF-16BE with BOM).
                let before = String::from_utf8_lossy(&content[at.saturating_sub(12)..at]);
                if before.contains("ActualText") {
                    actual = Some(utf16_hex(&hex[4..]));
                } else {
                    last_string = bytes;
                }
                at = end + 1;
            }
            _ if content[at..].starts_with(b"Tj") => {
                if actual.is_none() {
                    for pair in last_string.chunks(2) {
                        let cid = u16::from_be_bytes([pair[0], pair[1]]);
                        text.push_str(unicode.get(&cid).map_or("\u{FFFD}", String::as_str));
                    }
                }
                text.push('\n');
                at += 2;
            }
            _ if content[at..].starts_with(b"EMC") => {
                text.push_str(&actual.take().unwrap_or_default());
                at += 3;
            }
            _ => at += 1,
        }
    }
    text
}

/// A literal string's bytes from just after its `(`, and where it ends.
fn literal(content: &[u8], mut at: usize) -> (Vec<u8>, usize) {
    let mut bytes = Vec::new();
    let mut depth = 0;
    while at < content.len() {
        let byte = content[at];
        match byte {
            b'\\' => {
                let next = content[at + 1];
                match next {
                    b'n' => bytes.push(b'\n'),
                    b'r' => bytes.push(b'\r'),
                    b't' => bytes.push(b'\t'),
                    b'b' => bytes.push(8),
                    b'f' => bytes.push(12),
                    b'0'..=b'7' => {
                        let digits: Vec<u8> = content[at + 1..]
                            .iter()
                            .take(3)
                            .take_while(|d| (b'0'..=b'7').contains(d))
                            .copied()
                            .collect();
                        let value = digits.iter().fold(0u32, |v, d| v * 8 + u32::from(d - b'0'));
                        bytes.push(value as u8);
                        at += digits.len() + 1;
                        continue;
                    }
                    other => bytes.push(other),
                }
                at += 2;
            }
            b'(' => {
                depth += 1;
                bytes.push(byte);
                at += 1;
            }
            b')' if depth == 0 => return (bytes, at + 1),
            b')' => {
                depth -= 1;
                bytes.push(byte);
                at += 1;
            }
            _ => {
                bytes.push(byte);
                at += 1;
            }
        }
    }
    (bytes, at)
}

/// Text without any white space, without the page numbers 「— 1 —」, and without the leaders and
/// page numbers of a 目录's lines (「……·····3」: the text export knows no pages).
fn comparable(text: &str) -> String {
    let text: &str = &without_leaders(text);
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("— ") {
        let after = &rest[start + "— ".len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(" —") {
            out.push_str(&rest[..start]);
            rest = &after[digits + " —".len()..];
        } else {
            out.push_str(&rest[..start + "— ".len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    out.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `text` without every run of leader dots 「·」 and the figures after it.
fn without_leaders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '·' && chars.peek() == Some(&'·') {
            while chars.peek().is_some_and(|c| *c == '·' || c.is_whitespace()) {
                chars.next();
            }
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn assert_same_text(session: &Session, doc: DocKind, what: &str, from_pdf: &str) {
    let expected = comparable(&export::plain_text(session, doc));
    let actual = comparable(from_pdf);
    if expected != actual {
        let at = expected
            .chars()
            .zip(actual.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let around = |s: &str| {
            s.chars()
                .skip(at.saturating_sub(20))
                .take(50)
                .collect::<String>()
        };
        panic!(
            "{} ({what}): the PDF's text differs from the text export at character {at}:\n text: {}\n pdf:  {}",
            doc.key(),
            around(&expected),
            around(&actual)
        );
    }
}

fn sessions() -> Vec<Session> {
    vec![
        common::example(),
        huiwu_core::io::load(&std::path::Path::new(crate::REPO).join("sessions/qixian-17-15.ron"))
            .unwrap(),
    ]
}

#[test]
fn every_document_as_pdf_holds_the_text_export() {
    for session in sessions() {
        for doc in DocKind::ALL {
            let pdf = export::render(&session, doc, Format::Pdf).unwrap();
            assert!(pdf.starts_with(b"%PDF-1.7"), "{}", doc.key());
            let pages = extract_text(&pdf);
            assert!(!pages.is_empty(), "{}", doc.key());
            assert_same_text(&session, doc, "in-process", &pages.concat());
        }
    }
}

#[test]
fn pdftotext_reads_the_text_export() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!(
            "注意：未安装 pdftotext（poppler-utils），跳过此项检查；进程内的文字检查照常进行。"
        );
        return;
    }
    let directory = tempfile::tempdir().unwrap();
    for session in sessions() {
        for doc in DocKind::ALL {
            let path = directory.path().join(format!("{}.pdf", doc.key()));
            export::export_to_file(&session, doc, &path).unwrap();
            let out = Command::new("pdftotext")
                .args(["-raw", "-enc", "UTF-8"])
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).unwrap();
            assert_same_text(&session, doc, "pdftotext", &text);
        }
    }
}

#[test]
fn the_page_is_gb_t_9704_with_the_font_embedded_and_numbered() {
    let session = common::example();
    let pdf = export::render(&session, DocKind::Minutes, Format::Pdf).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    // A4 in points.
    assert!(
        raw.contains("/MediaBox [0 0 595.27563 841.8898]"),
        "{raw:.2000}"
    );
    // A CID font with a CFF program, subset (tag + name), with a ToUnicode map.
    assert!(raw.contains("/Subtype /CIDFontType0C"));
    assert!(raw.contains("/FontFile3"));
    assert!(raw.contains("/ToUnicode"));
    let tagged = raw
        .split("/BaseFont /")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    assert_eq!(tagged.find('+'), Some(6), "{tagged}");
    // A small file: the subset, not the 3.6 MB font.
    assert!(pdf.len() < 200_000, "{}", pdf.len());
    let pages = extract_text(&pdf);
    assert!(pages.len() >= 2);
    for (index, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("— {} —", index + 1)),
            "page {} has no number: {page}",
            index + 1
        );
    }
    // The title first, then the opening sentence.
    assert!(pages[0].starts_with("鹤壁市第十二届人民代表大会\n常务委员会第九次会议纪要"));
    // Forms carry no page numbers.
    let ballots = export::render(&session, DocKind::Ballots, Format::Pdf).unwrap();
    let pages = extract_text(&ballots);
    assert!(pages.len() > 40);
    assert!(pages.iter().all(|p| !p.contains("— 1 —")));
    // The same document gives the same bytes.
    assert_eq!(
        pdf,
        export::render(&session, DocKind::Minutes, Format::Pdf).unwrap()
    );
}

#[test]
fn a_character_the_font_lacks_still_copies_out() {
    // 媧 (in a report of the example's gazette) is not in the bundled font; nor is a control
    // character, which must not break the file either.
    let mut doc = Doc::new("测试");
    doc.push(DocBlock::Title("关于女媧星座的报告".to_owned()));
    doc.paragraph("卫星\u{1}发射");
    let pdf = export::pdf::write(&doc).unwrap();
    let text = extract_text(&pdf).concat();
    assert!(text.contains("女媧星座"), "{text}");
    assert!(comparable(&text).contains("卫星\u{1}发射"), "{text}");
}
