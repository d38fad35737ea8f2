//! Simplified and traditional characters (FORMS.md §22 `characters`): a body whose record is
//! reposted in traditional characters prints every document so, names included (as the reposted
//! copies do); the learner reads a traditional text as simplified.
//!
//! The tables are OpenCC's dictionaries (Apache-2.0) cut down by `tools/opencc_to_table.py` to
//! what a conversion needs (`assets/opencc/`): the characters that change and only the phrases a
//! character-by-character conversion gets wrong. The conversion is OpenCC's: the longest phrase
//! at each place, else the character. A table rather than a crate: the pure-Rust converters are
//! heavy for a cold build (ferrous-opencc brings 20 crates, rkyv and a dictionary compiler),
//! GPL-licensed (zhconv) or carry megabytes of their own data (character_converter).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Simplified → traditional: OpenCC's STCharacters and STPhrases, cut down.
const S2T: &str = include_str!("../../../../assets/opencc/s2t.tsv");
/// Traditional → simplified: OpenCC's TSCharacters and TSPhrases, cut down.
const T2S: &str = include_str!("../../../../assets/opencc/t2s.tsv");

/// One direction's table: characters and phrases, and the longest phrase in characters.
struct Table {
    chars: HashMap<char, &'static str>,
    phrases: HashMap<&'static str, &'static str>,
    longest: usize,
}

impl Table {
    /// Reads `key<TAB>value` lines; a line of another shape is skipped.
    fn parse(text: &'static str) -> Self {
        let mut chars = HashMap::new();
        let mut phrases = HashMap::new();
        let mut longest = 1;
        for line in text.lines() {
            let Some((key, value)) = line.split_once('\t') else {
                continue;
            };
            let mut key_chars = key.chars();
            match (key_chars.next(), key_chars.next()) {
                (Some(c), None) => {
                    chars.insert(c, value);
                }
                (Some(_), Some(_)) => {
                    longest = longest.max(key.chars().count());
                    phrases.insert(key, value);
                }
                _ => {}
            }
        }
        Self {
            chars,
            phrases,
            longest,
        }
    }

    /// `text` converted: at each place the longest phrase of the table, else the character.
    fn convert(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        // The byte offsets of the characters, with the end.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()))
            .collect();
        let count = bounds.len() - 1;
        let mut at = 0;
        while at < count {
            let longest = self.longest.min(count - at);
            let phrase = (2..=longest).rev().find_map(|length| {
                self.phrases
                    .get(&text[bounds[at]..bounds[at + length]])
                    .map(|value| (length, *value))
            });
            match phrase {
                Some((length, value)) => {
                    out.push_str(value);
                    at += length;
                }
                None => {
                    let piece = &text[bounds[at]..bounds[at + 1]];
                    match piece.chars().next().and_then(|c| self.chars.get(&c)) {
                        Some(value) => out.push_str(value),
                        None => out.push_str(piece),
                    }
                    at += 1;
                }
            }
        }
        out
    }
}

fn s2t() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(S2T))
}

fn t2s() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(T2S))
}

/// `text` in traditional characters: 「会议决定」 → 「會議決定」.
pub fn to_traditional(text: &str) -> String {
    s2t().convert(text)
}

/// `text` in simplified characters: 「會議決定」 → 「会议决定」.
pub fn to_simplified(text: &str) -> String {
    t2s().convert(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_reads_in_traditional_characters_and_back() {
        let text = "鹤壁市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去鹤壁市人民政府副市长职务的请求。";
        let traditional = to_traditional(text);
        assert_eq!(
            traditional,
            "鶴壁市第十二屆人民代表大會常務委員會第九次會議決定，接受張三辭去鶴壁市人民政府副市長職務的請求。"
        );
        assert_eq!(to_simplified(&traditional), text);
        // Phrases where one character has several: 干部 → 幹部, 发展 → 發展, 头发 → 頭髮.
        assert_eq!(to_traditional("干部发展头发"), "幹部發展頭髮");
        // Names convert too, as reposted copies print them.
        assert_eq!(to_traditional("郑辉、蔺其军"), "鄭輝、藺其軍");
        // What has no traditional form stays as it is.
        assert_eq!(to_traditional("2023年12月21日（A）"), "2023年12月21日（A）");
        assert_eq!(to_traditional(""), "");
    }
}
