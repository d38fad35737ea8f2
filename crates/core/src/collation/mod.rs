//! Stroke-order comparison of names (以姓名笔画为序, DOMAIN.md §5) and the display padding of names.
//!
//! Two names compare character by character: fewer strokes first; then the stroke shapes in
//! writing order (横 < 竖 < 撇 < 点 < 折); then the character's number in the 通用规范汉字表;
//! a name that is a prefix of another comes first. Characters the table lacks come after every
//! known character with the same position, ordered by code point, so every order is total and
//! deterministic. In 姓氏 mode a two-character name sorts as if a blank stood after the surname.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::NameOrderMode;

mod normal;

pub use normal::{MAX_NAME_CHARS, is_invisible, name_problem, normal_name};

/// The stroke table, built into the program (`assets/strokes/strokes.tsv`, see its README).
const STROKES_TSV: &str = include_str!("../../../../assets/strokes/strokes.tsv");

/// What the table says of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharStrokes {
    /// Total strokes.
    pub strokes: u8,
    /// Stroke shapes in writing order, digits 1–5; empty where the table has none.
    pub shapes: &'static str,
    /// Number in the 通用规范汉字表 (1–8105).
    pub table_number: u16,
}

fn table() -> &'static HashMap<char, CharStrokes> {
    static TABLE: OnceLock<HashMap<char, CharStrokes>> = OnceLock::new();
    TABLE.get_or_init(|| parse_table(STROKES_TSV))
}

fn parse_table(tsv: &'static str) -> HashMap<char, CharStrokes> {
    let mut map = HashMap::with_capacity(8200);
    for line in tsv.lines() {
        let mut fields = line.split('\t');
        let (Some(ch), Some(strokes), Some(shapes), Some(number)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let mut chars = ch.chars();
        let (Some(ch), None) = (chars.next(), chars.next()) else {
            continue;
        };
        let (Ok(strokes), Ok(table_number)) = (strokes.parse(), number.trim().parse()) else {
            continue;
        };
        map.insert(
            ch,
            CharStrokes {
                strokes,
                shapes,
                table_number,
            },
        );
    }
    map
}

/// The stroke data of a character, if the table has it.
pub fn char_strokes(ch: char) -> Option<CharStrokes> {
    table().get(&ch).copied()
}

/// The sort key of one position of a name. Derived order is the collation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum CharKey {
    /// The blank after the surname in 姓氏 mode: before every character.
    Blank,
    /// A character of the table: strokes, shapes (characters without a sequence after those
    /// with one, via the `'9'` sentinel), table number.
    Known {
        strokes: u8,
        shapes: &'static str,
        table_number: u16,
    },
    /// A character the table lacks: after all known ones, by code point.
    Unknown(char),
}

fn char_key(ch: char) -> CharKey {
    match char_strokes(ch) {
        Some(data) => CharKey::Known {
            strokes: data.strokes,
            shapes: if data.shapes.is_empty() {
                "9"
            } else {
                data.shapes
            },
            table_number: data.table_number,
        },
        None => CharKey::Unknown(ch),
    }
}

/// The characters that count for sorting and padding: white space (incl. the U+3000 padding)
/// and invisible characters ([`normal_name`]'s) are ignored.
fn significant_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
}

/// The full sort key of a name under `mode`.
fn name_key(name: &str, mode: NameOrderMode) -> Vec<CharKey> {
    let chars: Vec<char> = significant_chars(name).collect();
    let mut key: Vec<CharKey> = chars.iter().copied().map(char_key).collect();
    if mode == NameOrderMode::Surname && chars.len() == 2 {
        key.insert(1, CharKey::Blank);
    }
    key
}

/// Compares two names in stroke order under `mode`. A total order: equal only for equal names
/// (white space aside).
///
/// ```
/// use std::cmp::Ordering;
/// use huiwu_core::collation::compare_names;
/// use huiwu_core::model::NameOrderMode;
/// // 姓名笔画: 大 (3 strokes) before 富 (12); 姓氏笔画: the two-character name first.
/// assert_eq!(compare_names("田大利", "田富", NameOrderMode::FullName), Ordering::Less);
/// assert_eq!(compare_names("田富", "田大利", NameOrderMode::Surname), Ordering::Less);
/// ```
pub fn compare_names(a: &str, b: &str, mode: NameOrderMode) -> Ordering {
    name_key(a, mode).cmp(&name_key(b, mode))
}

/// Sorts `items` in stroke order of the name `name_of` gives, stably.
pub fn sort_by_name<T>(items: &mut [T], mode: NameOrderMode, name_of: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| name_key(name_of(item), mode));
}

/// Names sorted in stroke order.
pub fn sorted_names(names: &[String], mode: NameOrderMode) -> Vec<String> {
    let mut sorted = names.to_vec();
    sort_by_name(&mut sorted, mode, String::as_str);
    sorted
}

/// Splits text into names at new lines, spaces (incl. U+3000), 、 and ，(and ASCII commas).
/// Two single characters in a row are one padded two-character name (「尚　欣」, 「田 锋」), as
/// printed lists write them: 「艾振军 田 锋 吕民民」 is three names. Empty pieces are dropped;
/// each name is in its normal form ([`normal_name`]), so invisible characters neither split a
/// name nor stay in it.
pub fn split_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let visible: String;
    let text = if text.chars().any(is_invisible) {
        visible = text
            .chars()
            .filter(|c| !is_invisible(*c) || matches!(c, '\n' | '\r' | '\t'))
            .collect();
        visible.as_str()
    } else {
        text
    };
    for line in text.lines() {
        let separators = |c: char| c == '、' || c == '，' || c == ',' || c == ';' || c == '；';
        for piece in line.split(separators) {
            let words: Vec<&str> = piece.split_whitespace().collect();
            let mut index = 0;
            while index < words.len() {
                let word = words[index];
                let single = |w: &str| w.chars().count() == 1;
                match words.get(index + 1) {
                    Some(next) if single(word) && single(next) => {
                        names.push(normal_name(&format!("{word}{next}")));
                        index += 2;
                    }
                    _ => {
                        names.push(normal_name(word));
                        index += 1;
                    }
                }
            }
        }
    }
    names
}

/// The printed form of a name: a two-character name gets a full-width space (U+3000) between
/// its characters so that columns line up with three-character names (「尚　欣」). Display only.
///
/// ```
/// assert_eq!(huiwu_core::collation::padded_name("尚欣"), "尚\u{3000}欣");
/// assert_eq!(huiwu_core::collation::padded_name("蔺其军"), "蔺其军");
/// ```
pub fn padded_name(name: &str) -> String {
    let chars: Vec<char> = significant_chars(name).collect();
    if chars.len() == 2 {
        format!("{}\u{3000}{}", chars[0], chars[1])
    } else {
        chars.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 委员 of the seed gazette's 出缺席人员名单, in published order.
    const SEED_MEMBERS: [&str; 29] = [
        "王士洁",
        "王小强",
        "王旭东",
        "王学德",
        "王景娟",
        "艾振军",
        "田锋",
        "吕民民",
        "朱国旺",
        "刘文合",
        "刘砚娟",
        "刘增军",
        "孙小珂",
        "孙炳良",
        "李忠生",
        "李树祝",
        "辛守勇",
        "辛晓哲",
        "张玉兰",
        "张尚东",
        "张新江",
        "郑全智",
        "赵建波",
        "宣振喜",
        "郭少锋",
        "郭得岁",
        "董文闯",
        "韩玉生",
        "薛松",
    ];

    #[test]
    fn the_table_is_complete() {
        assert_eq!(table().len(), 8105);
        assert_eq!(char_strokes('王').map(|c| c.strokes), Some(4));
        assert_eq!(char_strokes('一').map(|c| c.shapes), Some("1"));
    }

    #[test]
    fn seed_members_in_published_order_from_shuffled_input() {
        let published: Vec<String> = SEED_MEMBERS.iter().map(|s| (*s).to_owned()).collect();
        let mut shuffled = published.clone();
        shuffled.reverse();
        shuffled.rotate_left(11);
        assert_eq!(sorted_names(&shuffled, NameOrderMode::FullName), published);
    }

    #[test]
    fn fewer_strokes_then_shapes_then_table() {
        // 王 (4) before 艾 (5).
        assert_eq!(
            compare_names("王景娟", "艾振军", NameOrderMode::FullName),
            Ordering::Less
        );
        // Same surname: the second character decides (士 3 < 小 3 by shape: 横 before 竖).
        assert_eq!(
            compare_names("王士洁", "王小强", NameOrderMode::FullName),
            Ordering::Less
        );
        // A name that is a prefix of another comes first.
        assert_eq!(
            compare_names("田富", "田富强", NameOrderMode::FullName),
            Ordering::Less
        );
    }

    #[test]
    fn surname_mode_puts_two_character_names_first() {
        assert_eq!(
            compare_names("田大利", "田富", NameOrderMode::FullName),
            Ordering::Less
        );
        assert_eq!(
            compare_names("田富", "田大利", NameOrderMode::Surname),
            Ordering::Less
        );
        let names: Vec<String> = ["田大利", "田富", "王五"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            sorted_names(&names, NameOrderMode::Surname),
            ["王五", "田富", "田大利"]
        );
    }

    #[test]
    fn unknown_characters_sort_deterministically_after_known_ones() {
        // 媧 (traditional) is not in the table.
        assert!(char_strokes('媧').is_none());
        assert_eq!(
            compare_names("女", "媧", NameOrderMode::FullName),
            Ordering::Less
        );
        assert_eq!(
            compare_names("王媧", "王一", NameOrderMode::FullName),
            Ordering::Greater
        );
        assert_eq!(
            compare_names("A", "B", NameOrderMode::FullName),
            Ordering::Less
        );
        assert_eq!(
            compare_names("媧", "媧", NameOrderMode::FullName),
            Ordering::Equal
        );
    }

    #[test]
    fn padding_is_ignored_by_sorting() {
        assert_eq!(
            compare_names("尚\u{3000}欣", "尚欣", NameOrderMode::FullName),
            Ordering::Equal
        );
    }

    #[test]
    fn padding_for_display() {
        assert_eq!(padded_name("尚欣"), "尚\u{3000}欣");
        assert_eq!(padded_name("蔺其军"), "蔺其军");
        assert_eq!(padded_name("欧阳小明"), "欧阳小明");
        assert_eq!(padded_name("尚\u{3000}欣"), "尚\u{3000}欣");
        assert_eq!(padded_name(""), "");
    }

    #[test]
    fn names_split_at_the_usual_separators() {
        let text = "王士洁 王小强\n刘育、张尚东，李雷\n尚　欣\n\n  田 锋  ";
        assert_eq!(
            split_names(text),
            ["王士洁", "王小强", "刘育", "张尚东", "李雷", "尚欣", "田锋"]
        );
        // A printed line: padded two-character names among three-character ones.
        assert_eq!(
            split_names("艾振军 田 锋 吕民民　薛　松 李 杰 王 烁"),
            ["艾振军", "田锋", "吕民民", "薛松", "李杰", "王烁"]
        );
    }
}
