//! The one normal form of a person's name, which every import, every typed name and `check`
//! use: two names that differ only in what nobody can see (a zero-width space, a byte-order
//! mark, a direction mark, a control character), in padding (「尚　欣」) or in the width of
//! Latin letters and digits are the same name.

/// The longest name kept: a name with its minority-name parts (「阿依古丽·买买提」) is far
/// below this; anything longer is a whole cell or line taken for a name by mistake.
pub const MAX_NAME_CHARS: usize = 50;

/// Whether `c` is invisible in a name: control characters (C0, C1, DEL), the format
/// characters (zero-width space and joiners, byte-order mark, direction marks and embeddings,
/// soft hyphen, word joiner, invisible operators, interlinear annotation marks, tags), and
/// the fillers and variation selectors that change no character of a name.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// The dots that join the parts of a minority or foreign name, as typed on different
/// keyboards (・ • ‧ ∙ ⋅ ･ ．); the normal form writes 「·」 (U+00B7), as GB/T 15834 asks.
fn is_name_dot(c: char) -> bool {
    matches!(
        c,
        '\u{00B7}'
            | '\u{2022}'
            | '\u{2027}'
            | '\u{2219}'
            | '\u{22C5}'
            | '\u{30FB}'
            | '\u{FF0E}'
            | '\u{FF65}'
    )
}

/// A full-width Latin letter, digit or sign (「Ａ」, 「１」) as its ordinary form; any other
/// character as it is.
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Whether `c` is a letter or digit of a script written with spaces between words (Latin,
/// Cyrillic …), where a space inside a name is part of it: 「Li Ming」.
fn is_spaced_script(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// The normal form of a name: invisible characters removed, full-width Latin letters and
/// digits made ordinary, the joining dots of minority names written 「·」, and white space
/// (the U+3000 padding of printed lists included) removed, except one space between two
/// words of a spaced script.
///
/// ```
/// use huiwu_core::collation::normal_name;
/// assert_eq!(normal_name("尚\u{200B}欣"), "尚欣");
/// assert_eq!(normal_name("\u{FEFF}史全新"), "史全新");
/// assert_eq!(normal_name(" 尚　欣 "), "尚欣");
/// assert_eq!(normal_name("阿依古丽・买买提"), "阿依古丽·买买提");
/// assert_eq!(normal_name("Ｌｉ　 Ｍｉｎｇ"), "Li Ming");
/// ```
pub fn normal_name(name: &str) -> String {
    let mut normal = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let c = if is_name_dot(c) { '·' } else { narrow(c) };
        if pending_space
            && is_spaced_script(c)
            && normal.chars().next_back().is_some_and(is_spaced_script)
        {
            normal.push(' ');
        }
        pending_space = false;
        normal.push(c);
    }
    normal
}

/// What makes `name` differ from its normal form, or its length, said for `check` and the
/// import preview: 「含不可见字符（U+200B）」; `None` for a name in normal form of a sane length.
pub fn name_problem(name: &str) -> Option<String> {
    let length = name.chars().count();
    if length > MAX_NAME_CHARS {
        return Some(format!(
            "有 {length} 个字，超过姓名的上限 {MAX_NAME_CHARS} 个字"
        ));
    }
    if normal_name(name) == name {
        return None;
    }
    let invisible: Vec<String> = name
        .chars()
        .filter(|c| is_invisible(*c))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    Some(if invisible.is_empty() {
        "含多余的空格或全角字母、数字".to_owned()
    } else {
        let mut codes = invisible;
        codes.dedup();
        format!("含看不见的字符（{}）", codes.join("、"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alike_names_have_one_normal_form() {
        for odd in [
            "尚\u{200B}欣",
            "\u{FEFF}尚欣",
            "尚欣\u{200E}",
            "尚\u{0007}欣",
            "尚\u{3000}欣",
            " 尚 欣\t",
            "\u{202E}尚欣\u{202C}",
            "尚\u{00A0}欣",
            "尚\u{2060}欣\u{FE0F}",
        ] {
            assert_eq!(normal_name(odd), "尚欣", "{odd:?}");
            assert!(name_problem(odd).is_some(), "{odd:?}");
        }
        assert_eq!(name_problem("尚欣"), None);
        assert_eq!(normal_name("ＡＢ１"), "AB1");
        assert_eq!(normal_name("John  Smith"), "John Smith");
        assert_eq!(normal_name("王 John"), "王John");
        assert_eq!(normal_name("买买提•艾力"), "买买提·艾力");
        assert!(
            name_problem(&"张".repeat(MAX_NAME_CHARS + 1))
                .unwrap()
                .contains("上限 50")
        );
        assert!(name_problem("史全新\u{FEFF}").unwrap().contains("U+FEFF"));
    }
}
