//! Which encoding a text file is in, known rather than guessed silently (issue 22): a byte-order
//! mark or valid UTF-8 settle it; otherwise the legacy encodings an office meets — GB18030
//! (GBK, GB2312) from the mainland, Big5 from Taiwan and Hong Kong, Shift-JIS from Japan — are
//! each tried strictly, and chardetng (by the author of encoding_rs, Firefox's detector) weighs
//! the text of those that decode. The reading says which it took, whether it is sure, and the
//! first line that did not decode, so that the preview can say so and offer the others.

use std::sync::Arc;

use encoding_rs::Encoding;

/// A text encoding an import can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16 little-endian (with its byte-order mark: Notepad's 「Unicode」).
    Utf16Le,
    /// UTF-16 big-endian (with its byte-order mark).
    Utf16Be,
    /// GB18030, which holds GBK and GB2312: what Excel and Notepad write on Chinese Windows.
    Gb18030,
    /// Big5 (with the Hong Kong additions): Taiwan and Hong Kong.
    Big5,
    /// Shift-JIS: Japan.
    ShiftJis,
}

impl TextEncoding {
    /// The encodings a person can choose for a file without a byte-order mark, in the order
    /// the choice offers them.
    pub const CHOICES: [TextEncoding; 4] = [Self::Gb18030, Self::Big5, Self::ShiftJis, Self::Utf8];

    /// The encoding as the preview names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le | Self::Utf16Be => "UTF-16（Unicode）",
            Self::Gb18030 => "GB18030（简体中文，含 GBK、GB2312）",
            Self::Big5 => "Big5（繁体中文，台湾、香港）",
            Self::ShiftJis => "Shift-JIS（日文）",
        }
    }

    /// The name the command line takes: `utf-8`, `gb18030`, `big5`, `shift-jis`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "utf-8",
            Self::Utf16Le => "utf-16le",
            Self::Utf16Be => "utf-16be",
            Self::Gb18030 => "gb18030",
            Self::Big5 => "big5",
            Self::ShiftJis => "shift-jis",
        }
    }

    /// The encoding a command-line name gives (also gbk, gb2312, sjis, utf8); `None` for any
    /// other.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Self::Utf8),
            "utf-16le" | "utf-16" | "unicode" => Some(Self::Utf16Le),
            "utf-16be" => Some(Self::Utf16Be),
            "gb18030" | "gbk" | "gb2312" | "cp936" => Some(Self::Gb18030),
            "big5" | "big5-hkscs" | "cp950" => Some(Self::Big5),
            "shift-jis" | "sjis" | "shiftjis" | "cp932" | "windows-31j" => Some(Self::ShiftJis),
            _ => None,
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Self::Utf8 => encoding_rs::UTF_8,
            Self::Utf16Le => encoding_rs::UTF_16LE,
            Self::Utf16Be => encoding_rs::UTF_16BE,
            Self::Gb18030 => encoding_rs::GB18030,
            Self::Big5 => encoding_rs::BIG5,
            Self::ShiftJis => encoding_rs::SHIFT_JIS,
        }
    }
}

/// How a text file was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextReading {
    /// The encoding it was read in.
    pub encoding: TextEncoding,
    /// How it was known: a byte-order mark, valid UTF-8, the only legacy encoding that
    /// decodes, or the detector's clear preference; or the person's choice.
    pub certainty: Certainty,
    /// The first line holding bytes that did not decode (shown as 「�」), if any.
    pub bad_line: Option<usize>,
    /// The file's bytes, to read again in another encoding.
    pub bytes: Arc<[u8]>,
}

/// How sure a reading is of its encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// A byte-order mark, valid UTF-8, or plain ASCII.
    Marked,
    /// Of the legacy encodings, only this one decodes the file, or the detector prefers it
    /// and there is enough text to weigh.
    Clear,
    /// Several encodings read the file and the text is too short to weigh, or the detector
    /// prefers none that decodes it: the person should look.
    InDoubt,
    /// The person chose it.
    Chosen,
}

impl TextReading {
    /// Whether the person should look at the names before importing: the encoding is in doubt,
    /// or some bytes did not decode.
    pub fn needs_a_look(&self) -> bool {
        self.certainty == Certainty::InDoubt || self.bad_line.is_some()
    }

    /// The lines the preview shows about the encoding.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = vec![match self.certainty {
            Certainty::InDoubt => format!(
                "无法确定文件的编码，按 {} 读取：如姓名显示为乱码，请改选其他编码（命令行用 --encoding）。",
                self.encoding.label()
            ),
            Certainty::Chosen => format!("按所选编码 {} 读取。", self.encoding.label()),
            Certainty::Marked | Certainty::Clear => {
                format!("文件编码：{}。", self.encoding.label())
            }
        }];
        if let Some(line) = self.bad_line {
            notes.push(format!(
                "第{line}行起有按 {} 无法识别的字节，显示为「\u{FFFD}」，这样的姓名不会导入：请核对文件的编码。",
                self.encoding.label()
            ));
        }
        notes
    }
}

/// The line (from 1) of the first U+FFFD in `text`.
fn first_bad_line(text: &str) -> Option<usize> {
    let at = text.find('\u{FFFD}')?;
    Some(text[..at].matches('\n').count() + 1)
}

/// Decodes `bytes` in `encoding` (a byte-order mark of it dropped), with U+FFFD for what does
/// not decode.
fn decode_in(bytes: &[u8], encoding: TextEncoding) -> String {
    let bytes = match encoding {
        TextEncoding::Utf8 => bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes),
        TextEncoding::Utf16Le => bytes.strip_prefix(&[0xFF, 0xFE]).unwrap_or(bytes),
        TextEncoding::Utf16Be => bytes.strip_prefix(&[0xFE, 0xFF]).unwrap_or(bytes),
        _ => bytes,
    };
    encoding
        .encoding()
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// Whether `bytes` decode in `encoding` without a single error.
fn decodes_cleanly(bytes: &[u8], encoding: TextEncoding) -> bool {
    encoding
        .encoding()
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
}

/// Reads `bytes` as text: in `chosen` if given, else in the encoding they tell. `None` when
/// they are not text at all (NUL bytes outside UTF-16).
pub fn read_text(bytes: Arc<[u8]>, chosen: Option<TextEncoding>) -> Option<(String, TextReading)> {
    let reading = |encoding, certainty, text: &str, bytes: Arc<[u8]>| TextReading {
        encoding,
        certainty,
        bad_line: first_bad_line(text),
        bytes,
    };
    if let Some(encoding) = chosen {
        let text = decode_in(&bytes, encoding);
        let reading = reading(encoding, Certainty::Chosen, &text, bytes);
        return Some((text, reading));
    }
    for (bom, encoding) in [
        (&[0xEF, 0xBB, 0xBF][..], TextEncoding::Utf8),
        (&[0xFF, 0xFE][..], TextEncoding::Utf16Le),
        (&[0xFE, 0xFF][..], TextEncoding::Utf16Be),
    ] {
        if bytes.starts_with(bom) {
            let text = decode_in(&bytes, encoding);
            if encoding == TextEncoding::Utf8 && text.contains('\0') {
                return None;
            }
            let reading = reading(encoding, Certainty::Marked, &text, bytes);
            return Some((text, reading));
        }
    }
    if bytes.contains(&0) {
        return None;
    }
    if let Ok(text) = std::str::from_utf8(&bytes) {
        let text = text.to_owned();
        let reading = reading(TextEncoding::Utf8, Certainty::Marked, &text, bytes);
        return Some((text, reading));
    }
    let (encoding, certainty) = detect_legacy(&bytes);
    let text = decode_in(&bytes, encoding);
    let reading = reading(encoding, certainty, &text, bytes);
    Some((text, reading))
}

/// How much of a file the detector weighs.
const DETECTED_BYTES: usize = 64 * 1024;

/// The legacy encoding of bytes that are not UTF-8, and how sure that is: sure when only one
/// legacy encoding decodes them, or when the detector prefers one that does and there is
/// enough text to weigh; in doubt otherwise.
fn detect_legacy(bytes: &[u8]) -> (TextEncoding, Certainty) {
    let legacy = [
        TextEncoding::Gb18030,
        TextEncoding::Big5,
        TextEncoding::ShiftJis,
    ];
    let clean: Vec<TextEncoding> = legacy
        .into_iter()
        .filter(|e| decodes_cleanly(bytes, *e))
        .collect();
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // The detector weighs every byte it is fed, at some cost: the first 64 KB (a thousand
    // rows of a list) tell the language as well as the whole file does.
    match bytes.get(..DETECTED_BYTES) {
        Some(prefix) => detector.feed(prefix, false),
        None => detector.feed(bytes, true),
    };
    // Without a region: the region's bias (mainland, Taiwan, Japan) swings short texts.
    let guessed = detector.guess(None, chardetng::Utf8Detection::Deny);
    let guess = legacy.into_iter().find(|e| {
        e.encoding() == guessed || (*e == TextEncoding::Gb18030 && guessed == encoding_rs::GBK)
    });
    // A few characters are too little text to weigh.
    let enough = bytes.iter().filter(|b| !b.is_ascii()).count() >= 16;
    match (clean.as_slice(), guess) {
        ([only], _) => (*only, Certainty::Clear),
        (_, Some(encoding)) if clean.contains(&encoding) && enough => (encoding, Certainty::Clear),
        (_, Some(encoding)) if clean.contains(&encoding) => (encoding, Certainty::InDoubt),
        ([first, ..], _) => (*first, Certainty::InDoubt),
        ([], guess) => (guess.unwrap_or(TextEncoding::Gb18030), Certainty::InDoubt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> (String, TextReading) {
        read_text(Arc::from(bytes), None).unwrap()
    }

    const ROSTER: &str =
        "姓名,性别,职务\n史全新,男,主任\n尚欣,女,副主任\n郑辉,男,副主任\n王士洁,男,委员\n";

    #[test]
    fn marked_and_unicode_text_is_read_for_sure() {
        let (text, reading) = read("\u{feff}姓名".as_bytes());
        assert_eq!(
            (text.as_str(), reading.certainty),
            ("姓名", Certainty::Marked)
        );
        let (text, reading) = read(&[0xFF, 0xFE, 0xD3, 0x59]);
        assert_eq!(
            (text.as_str(), reading.encoding),
            ("姓", TextEncoding::Utf16Le)
        );
        assert_eq!(read("姓名".as_bytes()).1.encoding, TextEncoding::Utf8);
        assert!(read_text(Arc::from(&b"a\0b"[..]), None).is_none());
    }

    #[test]
    fn gbk_big5_and_shift_jis_are_told_apart() {
        let (gbk, _, _) = encoding_rs::GBK.encode(ROSTER);
        let (text, reading) = read(&gbk);
        assert_eq!(text, ROSTER);
        assert_eq!(reading.encoding, TextEncoding::Gb18030);
        let traditional =
            "姓名,性別,職務\n陳水扁,男,主任\n蔡英文,女,副主任\n馬英九,男,委員\n賴清德,男,委員\n";
        let (big5, _, _) = encoding_rs::BIG5.encode(traditional);
        let (text, reading) = read(&big5);
        assert_eq!(reading.encoding, TextEncoding::Big5, "{text}");
        assert_eq!(text, traditional);
        let japanese = "氏名,性別,役職\n山田太郎,男,委員長\n佐藤花子,女,委員\n鈴木一郎,男,委員\n";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
        let (text, reading) = read(&sjis);
        assert_eq!(reading.encoding, TextEncoding::ShiftJis, "{text}");
        assert_eq!(text, japanese);
    }

    #[test]
    fn a_chosen_encoding_is_said_and_bad_bytes_are_found() {
        let (big5, _, _) = encoding_rs::BIG5.encode("姓名\n陳水扁\n");
        let (text, reading) = read_text(Arc::from(&*big5), Some(TextEncoding::ShiftJis)).unwrap();
        assert_eq!(reading.certainty, Certainty::Chosen);
        assert!(text.contains('\u{FFFD}') == reading.bad_line.is_some());
        assert!(reading.notes()[0].contains("Shift-JIS"));
        let (_, reading) =
            read_text(Arc::from(&b"ok\n\xFF\xFF\n"[..]), Some(TextEncoding::Utf8)).unwrap();
        assert_eq!(reading.bad_line, Some(2));
        assert!(reading.needs_a_look());
        assert_eq!(TextEncoding::parse("GBK"), Some(TextEncoding::Gb18030));
        assert_eq!(TextEncoding::parse("sjis"), Some(TextEncoding::ShiftJis));
        assert_eq!(TextEncoding::parse("latin1"), None);
    }
}
