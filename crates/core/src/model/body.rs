//! The standing committee itself (常委会) and the settings in which bodies differ (DOMAIN.md §7).

use serde::{Deserialize, Serialize};

use super::Session;
use super::numerals::chinese_number;

/// A standing committee of a local people's congress, e.g. 鹤壁市人民代表大会常务委员会.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The region the congress belongs to, as printed before 「第X届」: 鹤壁市, 浚县.
    pub region: String,
    /// The full name: 鹤壁市人民代表大会常务委员会.
    pub name: String,
    /// The short form used in running text: 市人大常委会.
    pub short_name: String,
    /// The term of the congress (届), e.g. 12 for 第十二届.
    pub term: u32,
    /// The settings in which bodies differ.
    #[serde(default)]
    // older files and hand-written files may leave every setting at its default
    pub settings: BodySettings,
}

impl Default for Body {
    fn default() -> Self {
        Self {
            region: String::new(),
            name: String::new(),
            short_name: "市人大常委会".to_owned(),
            term: 1,
            settings: BodySettings::default(),
        }
    }
}

impl Body {
    /// 「鹤壁市第十二届人民代表大会常务委员会」: the body of this term, in full.
    pub fn full_title_of_term(&self) -> String {
        format!(
            "{}第{}届人民代表大会常务委员会",
            self.region,
            chinese_number(self.term)
        )
    }

    /// 「鹤壁市十二届人大常委会」: the heading form used by the published lists.
    pub fn list_title_of_term(&self) -> String {
        format!("{}{}届人大常委会", self.region, chinese_number(self.term))
    }

    /// 「主任、各位副主任、秘书长、各位委员：」, or without 秘书长 where the body has none.
    pub fn salutation(&self) -> &'static str {
        if self.settings.has_secretary_general {
            "主任、各位副主任、秘书长、各位委员："
        } else {
            "主任、各位副主任、各位委员："
        }
    }
}

/// What differs between bodies (DOMAIN.md §7), with the defaults the domain gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)] // every setting has a sensible default
pub struct BodySettings {
    /// Whether the body has a 秘书长 (county committees have none).
    pub has_secretary_general: bool,
    /// How the verdict of a satisfaction evaluation is computed.
    pub satisfaction_rule: SatisfactionRule,
    /// 姓名笔画 (every character) or 姓氏笔画 (surname first) for stroke order.
    pub name_order: NameOrderMode,
    /// Whether 「未按表决器W人」 is shown in vote sentences.
    pub show_not_pressed: bool,
    /// How many names a line in printed lists.
    pub names_per_line: u32,
    /// How many decimals satisfaction rates are printed with (58.62% for 2; DOMAIN.md §11).
    pub rate_decimals: u32,
    /// The kinds of adopted documents printed with the body's name and the date under the text
    /// (落款, DOMAIN.md §12); none by default, as the seed prints none.
    pub signed_kinds: Vec<crate::model::ResolutionKind>,
    /// Whether sentences and decision texts write 「张三同志」 (DOMAIN.md §8; never in lists).
    pub comrade_in_sentences: bool,
    /// From how many people a batch is written 「张三等N名同志」 in sentences (DOMAIN.md §8); fewer
    /// are named, joined by 「、」.
    pub batch_threshold: u32,
    /// Whether sentences join one verb's entries across posts: 「免去张三的甲职务、李四的乙职务」
    /// (DOMAIN.md §8; off by default).
    pub join_across_posts: bool,
    /// Whether the news release names the 列席 leaders with their titles (DOMAIN.md §9).
    pub observer_leaders_in_news: bool,
    /// How many units the news release names among those attending without a vote, the leaders'
    /// units included, before 「等有关单位」.
    pub observer_units_in_news: u32,
    /// The articles of the organic law that personnel decisions cite (DOMAIN.md §8).
    pub law_articles: LawArticles,
    /// What the ballots say makes a mark count as an abstention or the ballot invalid, in the
    /// body's own words (DOMAIN.md §18).
    #[serde(skip_serializing_if = "is_default_invalid_marks")]
    // new with issue 24: a body without it has the default text
    pub invalid_marks: String,
    /// The kinds of post whose holders take the constitutional oath before the committee
    /// (DOMAIN.md §18: not the 人民陪审员, who swear at the court's own ceremony).
    #[serde(skip_serializing_if = "is_default_sworn_posts")]
    // new with issue 24: a body without it swears every post but the 人民陪审员
    pub sworn_posts: Vec<crate::model::organs::PostKind>,
    /// The forms the body writes its record in (FORMS.md, DOMAIN.md §17): per form, a listed
    /// variant or the body's own template; a form not listed prints its default.
    #[serde(skip_serializing_if = "crate::wording::forms::FormChoices::is_empty")]
    // new with issue 23: a body without it writes every form in the default (the seed's) words
    pub forms: crate::wording::forms::FormChoices,
    /// Whether a whole satisfaction rate is printed without decimals: 「25%」, not 「25.00%」
    /// (FORMS.md §18); off by default.
    #[serde(skip_serializing_if = "is_false")]
    // new with issue 23: a body without it prints every rate with its decimals
    pub whole_rates_plain: bool,
    /// How an evaluation's category with no vote is printed (FORMS.md §18): 「0」 by default.
    #[serde(skip_serializing_if = "is_default_zero_counts")]
    // new with issue 23: a body without it prints 0
    pub zero_counts: ZeroCounts,
    /// What the satisfaction rates are a share of (FORMS.md §18): the valid ballots by default.
    #[serde(skip_serializing_if = "is_default_rates_base")]
    // new with issue 23: a body without it takes the rates of the valid ballots
    pub rates_base: RatesBase,
    /// The short names of units and the abbreviated titles the news release prints among those
    /// attending without a vote (FORMS.md §5): 「区人民法院」 → 「区法院」, 「代理检察长」 →
    /// 「代检察长」; empty: every name as the 列席 list has it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    // new with issue 23 (body.ron format 3): a body without it prints every
    // name in full
    pub short_names: Vec<ShortName>,
    /// What follows from a low result, as the evaluation notice says it after the rule (FORMS.md
    /// §18): 「凡是测评满意率低于60%的建议，需重新办理，重新报告办理情况，并进行二次测评。」;
    /// empty: nothing said.
    #[serde(skip_serializing_if = "String::is_empty")]
    // new with issue 23 (body.ron format 3): a body without it says no consequence
    pub evaluation_consequence: String,
}

/// Whether a flag is off (the house-style file then leaves it out).
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// Whether zeros are printed as 「0」 (the file then leaves the setting out).
fn is_default_zero_counts(zeros: &ZeroCounts) -> bool {
    *zeros == ZeroCounts::default()
}

/// Whether the rates are of the valid ballots (the file then leaves the setting out).
fn is_default_rates_base(base: &RatesBase) -> bool {
    *base == RatesBase::default()
}

/// How an evaluation's category with no vote is printed (FORMS.md §18).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ZeroCounts {
    /// 「不满意0票」, a 「0」 in the table.
    #[default]
    Zero,
    /// An empty cell in the table; left out of sentences.
    Empty,
    /// Left out: of sentences, and of the table where no object has any.
    LeftOut,
}

impl ZeroCounts {
    /// Every choice, in the order a chooser offers them.
    pub const ALL: [ZeroCounts; 3] = [Self::Zero, Self::Empty, Self::LeftOut];

    /// Every choice as said, in the same order.
    pub const LABELS: [&'static str; 3] = [
        Self::Zero.label(),
        Self::Empty.label(),
        Self::LeftOut.label(),
    ];

    /// Its place in [`Self::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|z| *z == self).unwrap_or(0)
    }

    /// The choice as said.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Zero => "写「0」",
            Self::Empty => "表格中留空",
            Self::LeftOut => "不写",
        }
    }
}

/// What the satisfaction rates are a share of (FORMS.md §18: 25/28 = 89.29% of the ballots
/// returned).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RatesBase {
    /// The valid ballots.
    #[default]
    ValidBallots,
    /// The ballots returned, invalid ones included.
    Returned,
    /// The ballots handed out: the members present.
    HandedOut,
    /// All members of the committee (N).
    AllMembers,
}

impl RatesBase {
    /// Every choice, in the order a chooser offers them.
    pub const ALL: [RatesBase; 4] = [
        Self::ValidBallots,
        Self::Returned,
        Self::HandedOut,
        Self::AllMembers,
    ];

    /// Every base as said, in the same order.
    pub const LABELS: [&'static str; 4] = [
        Self::ValidBallots.label(),
        Self::Returned.label(),
        Self::HandedOut.label(),
        Self::AllMembers.label(),
    ];

    /// Its place in [`Self::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|b| *b == self).unwrap_or(0)
    }

    /// The base as said.
    pub const fn label(self) -> &'static str {
        match self {
            Self::ValidBallots => "有效票",
            Self::Returned => "收回的测评票",
            Self::HandedOut => "发出的测评票（出席人员）",
            Self::AllMembers => "全体组成人员",
        }
    }
}

/// One row of the body's table of short names (FORMS.md §5): a unit's or a title's full form
/// and the form the news release prints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortName {
    /// As the 列席 list has it: 「区人民法院」, 「代理检察长」.
    pub full: String,
    /// As the news prints it: 「区法院」, 「代检察长」.
    pub short: String,
}

/// The ballots' default words on marks: 「不划符号的视为弃权，多划符号的视为无效票。」
pub const DEFAULT_INVALID_MARKS: &str = "不划符号的视为弃权，多划符号的视为无效票。";

/// Whether a body's words on marks are the default (the file then leaves them out).
fn is_default_invalid_marks(text: &String) -> bool {
    text == DEFAULT_INVALID_MARKS
}

/// Whether the sworn kinds of post are the default (the file then leaves them out).
fn is_default_sworn_posts(kinds: &Vec<crate::model::organs::PostKind>) -> bool {
    *kinds == crate::model::organs::PostKind::SWORN_BY_DEFAULT
}

impl BodySettings {
    /// Whether holders of a post of `kind` take the constitutional oath before the committee.
    pub fn swears(&self, kind: crate::model::organs::PostKind) -> bool {
        self.sworn_posts.contains(&kind)
    }
}

/// The articles of 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》 that personnel
/// decisions cite: those of the 2022 revision by default. A setting, since laws are revised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)] // the 2022 revision
pub struct LawArticles {
    /// The law as cited, without book-title marks.
    pub law: String,
    /// The article on accepting a resignation (第三十二条 → 32).
    pub resignation: u32,
    /// The article on deciding an acting head (第五十条 → 50).
    pub acting: u32,
    /// The body's own regulation on appointments (本地办法, FORMS.md §17), without book-title
    /// marks: 「宿州市人民代表大会常务委员会任免地方国家机关工作人员办法」; empty: none cited.
    #[serde(skip_serializing_if = "String::is_empty")]
    // new with issue 23 (body format 3): files without it cite the law alone
    pub local_regulation: String,
    /// The article of the local regulation on accepting a resignation (第十七条 → 17); 0: the
    /// regulation is cited without an article.
    #[serde(skip_serializing_if = "is_zero")]
    // new with issue 23 (body format 3)
    pub local_resignation: u32,
}

/// Whether an optional number is unset (the file then leaves it out).
fn is_zero(value: &u32) -> bool {
    *value == 0
}

impl Default for LawArticles {
    fn default() -> Self {
        Self {
            law: "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法".to_owned(),
            resignation: 32,
            acting: 50,
            local_regulation: String::new(),
            local_resignation: 0,
        }
    }
}

impl Default for BodySettings {
    fn default() -> Self {
        Self {
            has_secretary_general: true,
            satisfaction_rule: SatisfactionRule::default(),
            name_order: NameOrderMode::default(),
            show_not_pressed: false,
            names_per_line: 5,
            rate_decimals: 2,
            signed_kinds: Vec::new(),
            comrade_in_sentences: false,
            batch_threshold: 5,
            join_across_posts: false,
            observer_leaders_in_news: true,
            observer_units_in_news: 4,
            law_articles: LawArticles::default(),
            invalid_marks: DEFAULT_INVALID_MARKS.to_owned(),
            sworn_posts: crate::model::organs::PostKind::SWORN_BY_DEFAULT.to_vec(),
            forms: crate::wording::forms::FormChoices::default(),
            whole_rates_plain: false,
            zero_counts: ZeroCounts::default(),
            rates_base: RatesBase::default(),
            evaluation_consequence: String::new(),
            short_names: Vec::new(),
        }
    }
}

/// Stroke-order mode for names (DOMAIN.md §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameOrderMode {
    /// 姓名笔画: every character counts, one after the other (the default for local 人大).
    #[default]
    FullName,
    /// 姓氏笔画: a two-character name sorts as if a blank stood between surname and given name.
    Surname,
}

impl NameOrderMode {
    /// The name of the mode as the office says it.
    pub fn label(self) -> &'static str {
        match self {
            Self::FullName => "姓名笔画",
            Self::Surname => "姓氏笔画",
        }
    }
}

/// The rule by which a satisfaction evaluation's verdict is reached.
///
/// The verdict is 满意 when 满意 exceeds the threshold of the base, else 基本满意 when
/// 满意 + 基本满意 does, else 不满意. DOMAIN.md's published rule is the default:
/// more than half (50 %, strictly) of all members (N).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SatisfactionRule {
    /// What the threshold is a share of.
    pub base: SatisfactionBase,
    /// The share in percent, e.g. 50.
    pub threshold_percent: u32,
    /// `true`: the count must exceed the share (「过半数」); `false`: reaching it is enough.
    pub strictly_more: bool,
}

impl Default for SatisfactionRule {
    fn default() -> Self {
        Self {
            base: SatisfactionBase::AllMembers,
            threshold_percent: 50,
            strictly_more: true,
        }
    }
}

/// What a satisfaction threshold is measured against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SatisfactionBase {
    /// All members of the committee (N).
    #[default]
    AllMembers,
    /// The members present.
    Present,
    /// The valid ballots cast.
    ValidBallots,
}

impl SatisfactionBase {
    /// The base as the rules say it.
    pub fn label(self) -> &'static str {
        match self {
            Self::AllMembers => "全体组成人员",
            Self::Present => "出席人员",
            Self::ValidBallots => "有效票",
        }
    }
}

/// Changes to the body.
impl Session {
    /// Adopts a house style (DOMAIN.md §15): the body's identity and every setting are replaced
    /// by `body`, as read from a house-style file. Nothing else changes: the roster keeps its
    /// order and the documents their text; the published forms follow the new settings.
    pub fn adopt_house_style(&mut self, body: super::body::Body) {
        self.body = body;
    }

    /// Sets the body's forms (FORMS.md): what 本机关 and the learner (「从往期公报学习…」, `huiwu
    /// style learn`) change, one undo step in the window.
    pub fn set_form_choices(&mut self, choices: crate::wording::forms::FormChoices) {
        self.body.settings.forms = choices;
    }
}
