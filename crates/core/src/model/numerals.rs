//! Chinese numerals as printed in session titles (第十二届, 第九次) and list groups ((一)).

/// Writes `n` in Chinese numerals as official titles do: 9 → 九, 12 → 十二, 20 → 二十,
/// 105 → 一百零五. Numbers of 10 000 and more are written with Arabic digits.
///
/// ```
/// use huiwu_core::model::numerals::chinese_number;
/// assert_eq!(chinese_number(12), "十二");
/// assert_eq!(chinese_number(9), "九");
/// ```
pub fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS[(d % 10) as usize];
    match n {
        0..=9 => digit(n).to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { digit(n % 10) }),
        20..=99 => {
            let ones = if n.is_multiple_of(10) {
                ""
            } else {
                digit(n % 10)
            };
            format!("{}十{}", digit(n / 10), ones)
        }
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", digit(rest)),
                _ => format!(
                    "{}十{}",
                    digit(rest / 10),
                    if rest.is_multiple_of(10) {
                        ""
                    } else {
                        digit(rest % 10)
                    }
                ),
            };
            format!("{}百{}", digit(n / 100), tail)
        }
        1000..=9999 => {
            let rest = n % 1000;
            let tail = match rest {
                0 => String::new(),
                1..=99 => format!("零{}", chinese_number(rest)),
                _ => chinese_number(rest),
            };
            format!("{}千{}", digit(n / 1000), tail)
        }
        _ => n.to_string(),
    }
}

/// A count before a classifier in Chinese numerals (FORMS.md §21 `two`): as
/// [`chinese_number`], but 2 is 「两」 (「两项」, 「两张」).
pub fn chinese_count(n: u32) -> String {
    if n == 2 {
        "两".to_owned()
    } else {
        chinese_number(n)
    }
}

/// 「（一）」 style group mark, as the published appointment list numbers its groups.
pub fn group_mark(index_from_one: u32) -> String {
    format!("（{}）", chinese_number(index_from_one))
}

/// 「一、」 style heading mark for agenda items.
pub fn item_mark(index_from_one: u32) -> String {
    format!("{}、", chinese_number(index_from_one))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_as_titles_print_them() {
        let cases = [
            (0, "零"),
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (12, "十二"),
            (20, "二十"),
            (21, "二十一"),
            (99, "九十九"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (999, "九百九十九"),
            (1000, "一千"),
            (1005, "一千零五"),
            (2023, "二千零二十三"),
        ];
        for (n, text) in cases {
            assert_eq!(chinese_number(n), text, "{n}");
        }
        assert_eq!(group_mark(3), "（三）");
        assert_eq!(item_mark(14), "十四、");
    }
}
