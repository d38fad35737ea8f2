//! The settings of a body's house style (DOMAIN.md §7, §15) as a table: each setting once, with
//! its name, its group, what it does, how to read and change it, and how its value (the
//! default's included) is said. The 本机关 screen draws the table and derives every 「默认：…」
//! note from [`BodySettings::default`]; a new setting is one row here.

use super::body::{BodySettings, NameOrderMode, RatesBase, SatisfactionBase, ZeroCounts};
use super::numerals::chinese_number;

/// One setting of the house style.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    /// A stable name (for tests and the command line).
    pub key: &'static str,
    /// The group the screen lists it under.
    pub group: &'static str,
    /// Its name on the screen.
    pub label: &'static str,
    /// How it is read and changed.
    pub kind: SettingKind,
}

/// How a setting is read, changed and said.
#[derive(Clone, Copy, Debug)]
pub enum SettingKind {
    /// On or off.
    Flag {
        /// What it does, as the checkbox says it.
        text: &'static str,
        /// The value.
        get: fn(&BodySettings) -> bool,
        /// Changes it.
        set: fn(&mut BodySettings, bool),
        /// How the value is said: (on, off).
        said: (&'static str, &'static str),
    },
    /// A whole number in a range.
    Number {
        /// Before the number.
        before: &'static str,
        /// After the number.
        after: &'static str,
        /// The range allowed.
        range: (u32, u32),
        /// The value.
        get: fn(&BodySettings) -> u32,
        /// Changes it.
        set: fn(&mut BodySettings, u32),
        /// How the value is said.
        said: fn(u32) -> String,
    },
    /// One of several choices.
    Choice {
        /// The choices, as said.
        options: &'static [&'static str],
        /// The index of the value.
        get: fn(&BodySettings) -> usize,
        /// Changes it to the choice at an index.
        set: fn(&mut BodySettings, usize),
    },
    /// A line of text.
    Text {
        /// The hint in an empty field.
        hint: &'static str,
        /// The value.
        get: fn(&BodySettings) -> &str,
        /// Changes it.
        set: fn(&mut BodySettings, String),
        /// How the default is said where the text is long.
        default_said: &'static str,
    },
    /// A setting the screen draws in its own way (several parts); said by `said`.
    Composite {
        /// How the value is said.
        said: fn(&BodySettings) -> String,
        /// Whether the value is the default's.
        is_default: fn(&BodySettings) -> bool,
        /// Puts the default back.
        reset: fn(&mut BodySettings),
    },
}

impl Setting {
    /// How this setting's value in `settings` is said: 「设秘书长」, 「5个」, 「第三十二条」.
    pub fn said(&self, settings: &BodySettings) -> String {
        match self.kind {
            SettingKind::Flag { get, said, .. } => {
                if get(settings) { said.0 } else { said.1 }.to_owned()
            }
            SettingKind::Number { get, said, .. } => said(get(settings)),
            SettingKind::Choice { options, get, .. } => {
                options.get(get(settings)).copied().unwrap_or("").to_owned()
            }
            SettingKind::Text {
                get, default_said, ..
            } => {
                let text = get(settings);
                if text == get(&BodySettings::default()) && !default_said.is_empty() {
                    default_said.to_owned()
                } else {
                    text.to_owned()
                }
            }
            SettingKind::Composite { said, .. } => said(settings),
        }
    }

    /// The 「默认：…」 note: the default's value, said as any value is.
    pub fn default_note(&self) -> String {
        format!("默认：{}", self.said(&BodySettings::default()))
    }

    /// Whether `settings` holds the default for this setting.
    pub fn is_default(&self, settings: &BodySettings) -> bool {
        let defaults = BodySettings::default();
        match self.kind {
            SettingKind::Flag { get, .. } => get(settings) == get(&defaults),
            SettingKind::Number { get, .. } => get(settings) == get(&defaults),
            SettingKind::Choice { get, .. } => get(settings) == get(&defaults),
            SettingKind::Text { get, .. } => get(settings) == get(&defaults),
            SettingKind::Composite { is_default, .. } => is_default(settings),
        }
    }

    /// Puts this setting back to its default.
    pub fn reset(&self, settings: &mut BodySettings) {
        let defaults = BodySettings::default();
        match self.kind {
            SettingKind::Flag { get, set, .. } => set(settings, get(&defaults)),
            SettingKind::Number { get, set, .. } => set(settings, get(&defaults)),
            SettingKind::Choice { get, set, .. } => set(settings, get(&defaults)),
            SettingKind::Text { get, set, .. } => set(settings, get(&defaults).to_owned()),
            SettingKind::Composite { reset, .. } => reset(settings),
        }
    }
}

/// 「第三十二条」.
fn article(number: u32) -> String {
    format!("第{}条", chinese_number(number))
}

/// The satisfaction rule as said: 「满意票超过全体组成人员的50%」.
fn rule_said(settings: &BodySettings) -> String {
    let rule = &settings.satisfaction_rule;
    format!(
        "满意票{}{}的{}%",
        if rule.strictly_more {
            "超过"
        } else {
            "达到"
        },
        rule.base.label(),
        rule.threshold_percent
    )
}

/// The document kinds signed with the body's name and the date, as said.
fn signed_said(settings: &BodySettings) -> String {
    if settings.signed_kinds.is_empty() {
        "都不印".to_owned()
    } else {
        settings
            .signed_kinds
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join("、")
    }
}

/// The table of short names as said: 「不用简称」 for the default (every name in full), else its
/// rows: 「区人民法院→区法院、代理检察长→代检察长」.
fn short_names_said(settings: &BodySettings) -> String {
    let rows: Vec<String> = settings
        .short_names
        .iter()
        .filter(|row| !row.full.trim().is_empty())
        .map(|row| format!("{}→{}", row.full.trim(), row.short.trim()))
        .collect();
    if rows.is_empty() {
        "不用简称".to_owned()
    } else {
        rows.join("、")
    }
}

/// Every setting of the house style, in the order the screen lists them.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "has_secretary_general",
        group: "称呼与名单",
        label: "设秘书长",
        kind: SettingKind::Flag {
            text: "本常委会设秘书长（县级常委会通常不设）",
            get: |s| s.has_secretary_general,
            set: |s, v| s.has_secretary_general = v,
            said: ("设秘书长", "不设秘书长"),
        },
    },
    Setting {
        key: "name_order",
        group: "称呼与名单",
        label: "姓名排序",
        kind: SettingKind::Choice {
            options: &["姓名笔画", "姓氏笔画"],
            get: |s| match s.name_order {
                NameOrderMode::FullName => 0,
                NameOrderMode::Surname => 1,
            },
            set: |s, i| {
                s.name_order = if i == 1 {
                    NameOrderMode::Surname
                } else {
                    NameOrderMode::FullName
                };
            },
        },
    },
    Setting {
        key: "names_per_line",
        group: "称呼与名单",
        label: "每行姓名数",
        kind: SettingKind::Number {
            before: "",
            after: "个（印发的名单）",
            range: (1, 10),
            get: |s| s.names_per_line,
            set: |s, v| s.names_per_line = v,
            said: |v| format!("{v}个"),
        },
    },
    Setting {
        key: "show_not_pressed",
        group: "表决",
        label: "未按表决器",
        kind: SettingKind::Flag {
            text: "表决结果中写明「未按表决器」人数",
            get: |s| s.show_not_pressed,
            set: |s, v| s.show_not_pressed = v,
            said: ("写", "不写"),
        },
    },
    Setting {
        key: "comrade_in_sentences",
        group: "人事任免",
        label: "同志",
        kind: SettingKind::Flag {
            text: "纪要、新闻稿和决定中写「张三同志」（名单中不写）",
            get: |s| s.comrade_in_sentences,
            set: |s, v| s.comrade_in_sentences = v,
            said: ("写", "不写"),
        },
    },
    Setting {
        key: "batch_threshold",
        group: "人事任免",
        label: "批量任免",
        kind: SettingKind::Number {
            before: "同一职务超过",
            after: "人时，句中写「张三等N名同志」",
            range: (1, 999),
            get: |s| s.batch_threshold,
            set: |s, v| s.batch_threshold = v,
            said: |v| format!("超过{v}人"),
        },
    },
    Setting {
        key: "join_across_posts",
        group: "人事任免",
        label: "跨职务合并",
        kind: SettingKind::Flag {
            text: "合并为一句：「免去张三的甲职务、李四的乙职务」",
            get: |s| s.join_across_posts,
            set: |s, v| s.join_across_posts = v,
            said: ("合并", "不合并"),
        },
    },
    Setting {
        key: "law",
        group: "人事任免",
        label: "组织法名称",
        kind: SettingKind::Text {
            hint: "不加书名号",
            get: |s| s.law_articles.law.as_str(),
            set: |s, v| s.law_articles.law = v,
            default_said: "2022年修正的组织法",
        },
    },
    Setting {
        key: "resignation_article",
        group: "人事任免",
        label: "接受辞职依据",
        kind: SettingKind::Number {
            before: "",
            after: "",
            range: (1, 999),
            get: |s| s.law_articles.resignation,
            set: |s, v| s.law_articles.resignation = v,
            said: article,
        },
    },
    Setting {
        key: "acting_article",
        group: "人事任免",
        label: "决定代理依据",
        kind: SettingKind::Number {
            before: "",
            after: "",
            range: (1, 999),
            get: |s| s.law_articles.acting,
            set: |s, v| s.law_articles.acting = v,
            said: article,
        },
    },
    Setting {
        key: "local_regulation",
        group: "人事任免",
        label: "本地任免办法",
        kind: SettingKind::Text {
            hint: "不加书名号，如：某市人民代表大会常务委员会任免地方国家机关工作人员办法",
            get: |s| s.law_articles.local_regulation.as_str(),
            set: |s, v| s.law_articles.local_regulation = v,
            default_said: "不引用",
        },
    },
    Setting {
        key: "local_resignation_article",
        group: "人事任免",
        label: "本地办法的辞职条款",
        kind: SettingKind::Number {
            before: "",
            after: "",
            range: (0, 999),
            get: |s| s.law_articles.local_resignation,
            set: |s, v| s.law_articles.local_resignation = v,
            said: |v| {
                if v == 0 {
                    "不引条文".to_owned()
                } else {
                    article(v)
                }
            },
        },
    },
    Setting {
        key: "satisfaction_rule",
        group: "满意度测评",
        label: "测评规则",
        kind: SettingKind::Composite {
            said: rule_said,
            is_default: |s| s.satisfaction_rule == BodySettings::default().satisfaction_rule,
            reset: |s| s.satisfaction_rule = BodySettings::default().satisfaction_rule,
        },
    },
    Setting {
        key: "rate_decimals",
        group: "满意度测评",
        label: "满意率小数位数",
        kind: SettingKind::Number {
            before: "",
            after: "位",
            range: (0, 4),
            get: |s| s.rate_decimals,
            set: |s, v| s.rate_decimals = v,
            said: |v| format!("{v}位"),
        },
    },
    Setting {
        key: "whole_rates_plain",
        group: "满意度测评",
        label: "整数的百分比",
        kind: SettingKind::Flag {
            text: "整数的百分比不写小数：「25%」，不写「25.00%」",
            get: |s| s.whole_rates_plain,
            set: |s, v| s.whole_rates_plain = v,
            said: ("不写小数", "写小数"),
        },
    },
    Setting {
        key: "zero_counts",
        group: "满意度测评",
        label: "零票",
        kind: SettingKind::Choice {
            options: &ZeroCounts::LABELS,
            get: |s| s.zero_counts.index(),
            set: |s, i| s.zero_counts = ZeroCounts::ALL.get(i).copied().unwrap_or_default(),
        },
    },
    Setting {
        key: "rates_base",
        group: "满意度测评",
        label: "满意率的基数",
        kind: SettingKind::Choice {
            options: &RatesBase::LABELS,
            get: |s| s.rates_base.index(),
            set: |s, i| s.rates_base = RatesBase::ALL.get(i).copied().unwrap_or_default(),
        },
    },
    Setting {
        key: "evaluation_consequence",
        group: "满意度测评",
        label: "测评结果的后果",
        kind: SettingKind::Text {
            hint: "如：凡是测评满意率低于60%的建议，需重新办理……",
            get: |s| s.evaluation_consequence.as_str(),
            set: |s, v| s.evaluation_consequence = v,
            default_said: "不写",
        },
    },
    Setting {
        key: "observer_leaders_in_news",
        group: "新闻稿",
        label: "列席领导",
        kind: SettingKind::Flag {
            text: "写出职务和姓名：「市委常委、常务副市长李可」",
            get: |s| s.observer_leaders_in_news,
            set: |s, v| s.observer_leaders_in_news = v,
            said: ("写", "不写"),
        },
    },
    Setting {
        key: "observer_units_in_news",
        group: "新闻稿",
        label: "列席单位",
        kind: SettingKind::Number {
            before: "列举前",
            after: "个单位，其余写「等有关单位」",
            range: (0, 50),
            get: |s| s.observer_units_in_news,
            set: |s, v| s.observer_units_in_news = v,
            said: |v| format!("{v}个"),
        },
    },
    Setting {
        key: "short_names",
        group: "新闻稿",
        label: "简称表",
        kind: SettingKind::Composite {
            said: short_names_said,
            is_default: |s| s.short_names.is_empty(),
            reset: |s| s.short_names.clear(),
        },
    },
    Setting {
        key: "signed_kinds",
        group: "落款",
        label: "印落款的文件",
        kind: SettingKind::Composite {
            said: signed_said,
            is_default: |s| s.signed_kinds == BodySettings::default().signed_kinds,
            reset: |s| s.signed_kinds = BodySettings::default().signed_kinds,
        },
    },
    Setting {
        key: "invalid_marks",
        group: "表决票和宣誓",
        label: "表决票说明",
        kind: SettingKind::Text {
            hint: super::body::DEFAULT_INVALID_MARKS,
            get: |s| s.invalid_marks.as_str(),
            set: |s, v| s.invalid_marks = v,
            default_said: super::body::DEFAULT_INVALID_MARKS,
        },
    },
    Setting {
        key: "sworn_posts",
        group: "表决票和宣誓",
        label: "宪法宣誓",
        kind: SettingKind::Composite {
            said: sworn_said,
            is_default: |s| s.sworn_posts == BodySettings::default().sworn_posts,
            reset: |s| s.sworn_posts = BodySettings::default().sworn_posts,
        },
    },
];

/// Whose appointment is followed by the oath, as said: 「人民陪审员以外的职务」 for the default.
fn sworn_said(settings: &BodySettings) -> String {
    use super::organs::PostKind;
    let sworn = &settings.sworn_posts;
    let missing: Vec<&str> = PostKind::ALL
        .iter()
        .filter(|kind| !sworn.contains(kind))
        .map(|kind| kind.label())
        .collect();
    match missing.len() {
        0 => "所有职务".to_owned(),
        n if n == PostKind::ALL.len() => "不宣誓".to_owned(),
        n if n * 2 <= PostKind::ALL.len() => format!("{}以外的职务", missing.join("、")),
        _ => sworn
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join("、"),
    }
}

/// The satisfaction bases in the order a chooser offers them.
pub const SATISFACTION_BASES: [SatisfactionBase; 3] = [
    SatisfactionBase::AllMembers,
    SatisfactionBase::Present,
    SatisfactionBase::ValidBallots,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_said_from_the_defaults_themselves() {
        let notes: Vec<String> = SETTINGS.iter().map(Setting::default_note).collect();
        assert!(notes.contains(&"默认：设秘书长".to_owned()));
        assert!(notes.contains(&"默认：5个".to_owned()));
        assert!(notes.contains(&"默认：超过5人".to_owned()));
        assert!(notes.contains(&"默认：第三十二条".to_owned()));
        assert!(notes.contains(&"默认：第五十条".to_owned()));
        assert!(notes.contains(&"默认：满意票超过全体组成人员的50%".to_owned()));
        assert!(notes.contains(&"默认：2位".to_owned()));
        assert!(notes.contains(&"默认：不用简称".to_owned()));
        let mut settings = BodySettings::default();
        for setting in SETTINGS {
            assert!(setting.is_default(&settings), "{}", setting.key);
        }
        settings.batch_threshold = 9;
        settings.has_secretary_general = false;
        settings.short_names.push(super::super::body::ShortName {
            full: "区人民法院".to_owned(),
            short: "区法院".to_owned(),
        });
        for setting in SETTINGS {
            setting.reset(&mut settings);
        }
        assert_eq!(settings, BodySettings::default());
        let keys: std::collections::BTreeSet<&str> = SETTINGS.iter().map(|s| s.key).collect();
        assert_eq!(keys.len(), SETTINGS.len(), "keys are distinct");
    }
}
