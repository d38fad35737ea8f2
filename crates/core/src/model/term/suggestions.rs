//! The deputies' suggestions register (代表建议, DOMAIN.md §14; seeds 001 and 004): each
//! suggestion with its deputies, the units it is handed to (交办), its deadline, the answers
//! and their class (A–D), the deputy's satisfaction, and whether the committee supervises it as
//! a key suggestion (重点督办建议). Where a suggestion stands and the figures of a year are
//! derived here, never stored.
//!
//! Kept in the body's folder (`body.ron`): suggestions are made at the congress and handled over
//! months, across the committee's sessions.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::ids::SuggestionId;
use crate::model::votes::Grade;

/// How long a unit has to answer after the suggestion is handed over: three months
/// (DOMAIN.md §14; six with approval, recorded as the suggestion's own deadline).
pub const ANSWER_MONTHS: u32 = 3;

/// One suggestion of the deputies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// Stable id.
    pub id: SuggestionId,
    /// The year it is handled in (年度): the key suggestions of 2022 are published as those of 2022.
    pub year: i32,
    /// The congress session it was made at, as the office writes it: 「市十二届人大四次会议」;
    /// empty for one made between sessions (闭会期间) or not noted.
    #[serde(default, skip_serializing_if = "String::is_empty")] // often not noted
    pub raised_at: String,
    /// The number the office gives it (建议编号), as written: 「第105号」, 「105」; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // not every register numbers them
    pub number: String,
    /// The title: 「关于加大浚县灾后恢复重建帮扶支持力度的建议」.
    pub title: String,
    /// The deputy who leads it (领衔代表); empty where not recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")] // not published for every one
    pub lead_deputy: String,
    /// The deputies who co-signed it (附议/联名代表), in the order written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // many have none
    pub co_signers: Vec<String>,
    /// The category the office files it under (经济发展, 城乡建设 …); free text, may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    // not every office classes them
    pub category: String,
    /// The day it was handed to the units (交办); `None` until then, or where not noted.
    #[serde(default)] // handed over after the congress
    pub handed_over: Option<NaiveDate>,
    /// The lead units (牵头单位 / 主办单位), in the order written: a suggestion with a lead unit
    /// has been handed over, whether or not the day is noted.
    #[serde(default)] // known once handed over
    pub lead_units: Vec<String>,
    /// The helping units (协办单位).
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // many have none
    pub helping_units: Vec<String>,
    /// The day the answer is due where it is not [`ANSWER_MONTHS`] after handing over (an
    /// extension to six months with approval); `None`: the rule's deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")] // most keep the rule's deadline
    pub deadline: Option<NaiveDate>,
    /// The committee's supervision, for a key suggestion (重点督办建议).
    #[serde(default, skip_serializing_if = "Option::is_none")] // about fifteen a year are key
    pub key: Option<KeySupervision>,
    /// The answers, in order: an answer the deputy is dissatisfied with is handled again and
    /// answered again (DOMAIN.md §14). The last one counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")] // none until answered
    pub answers: Vec<Answer>,
    /// Whether the office has closed it (办结) whatever the last evaluation says, as when the
    /// results are published without each deputy's evaluation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")] // closed by the evaluation
    pub concluded: bool,
}

/// The committee's supervision of a key suggestion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySupervision {
    /// Who supervises it (督办): members of the 主任会议, or a working committee, as written.
    #[serde(default)] // not always published
    pub supervisors: Vec<String>,
}

/// An answer of the lead unit (答复) and how the deputy took it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The day of the answer; `None` where not noted.
    #[serde(default)] // not always noted
    pub date: Option<NaiveDate>,
    /// Its class (A 已解决或基本解决 … D 留作参考); `None` where not classed.
    #[serde(default)] // classed by the office, not always published
    pub class: Option<AnswerClass>,
    /// What was done (办理情况), as published; paragraphs separated by new lines.
    #[serde(default)] // may be filled in later
    pub text: String,
    /// The deputy's evaluation; `None` until the deputy has given it.
    #[serde(default)] // given after the answer
    pub satisfaction: Option<Grade>,
}

/// The class of an answer (DOMAIN.md §14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AnswerClass {
    /// A: 已解决或基本解决.
    A,
    /// B: 正在解决或列入计划解决.
    B,
    /// C: 因条件限制以后解决.
    C,
    /// D: 留作参考.
    D,
}

impl AnswerClass {
    /// Every class, A first.
    pub const ALL: [AnswerClass; 4] = [Self::A, Self::B, Self::C, Self::D];

    /// 「A类」 …
    pub fn label(self) -> &'static str {
        match self {
            Self::A => "A类",
            Self::B => "B类",
            Self::C => "C类",
            Self::D => "D类",
        }
    }

    /// What the class means: 已解决或基本解决 …
    pub fn meaning(self) -> &'static str {
        match self {
            Self::A => "已解决或基本解决",
            Self::B => "正在解决或列入计划解决",
            Self::C => "因条件限制以后解决",
            Self::D => "留作参考",
        }
    }

    /// The class a person writes: 「A」, 「a」, 「A类」.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().trim_end_matches('类').trim();
        match text {
            "A" | "a" | "Ａ" => Some(Self::A),
            "B" | "b" | "Ｂ" => Some(Self::B),
            "C" | "c" | "Ｃ" => Some(Self::C),
            "D" | "d" | "Ｄ" => Some(Self::D),
            _ => None,
        }
    }
}

/// The grade a person writes for a deputy's satisfaction: 「满意」, 「基本满意」, 「不满意」.
pub fn parse_grade(text: &str) -> Option<Grade> {
    match text.trim() {
        "满意" => Some(Grade::Satisfied),
        "基本满意" => Some(Grade::BasicallySatisfied),
        "不满意" => Some(Grade::Dissatisfied),
        _ => None,
    }
}

/// Where a suggestion stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SuggestionState {
    /// 待交办: not handed to a unit yet.
    NotHandedOver,
    /// 办理中: handed over, not answered, the deadline not past.
    InHand,
    /// 逾期未答复: handed over, not answered, the deadline past.
    Overdue,
    /// 已答复: answered, the deputy's evaluation not in yet.
    Answered,
    /// 重新办理: the deputy was dissatisfied with the last answer.
    Rehandling,
    /// 已办结: the deputy was satisfied or basically satisfied, or the office closed it.
    Concluded,
}

impl SuggestionState {
    /// 待交办, 办理中, 逾期未答复, 已答复, 重新办理, 已办结.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotHandedOver => "待交办",
            Self::InHand => "办理中",
            Self::Overdue => "逾期未答复",
            Self::Answered => "已答复",
            Self::Rehandling => "重新办理",
            Self::Concluded => "已办结",
        }
    }
}

impl Suggestion {
    /// A suggestion of `year` with only its title.
    pub fn new(id: SuggestionId, year: i32, title: impl Into<String>) -> Self {
        Self {
            id,
            year,
            raised_at: String::new(),
            number: String::new(),
            title: title.into(),
            lead_deputy: String::new(),
            co_signers: Vec::new(),
            category: String::new(),
            handed_over: None,
            lead_units: Vec::new(),
            helping_units: Vec::new(),
            deadline: None,
            key: None,
            answers: Vec::new(),
            concluded: false,
        }
    }

    /// Whether the committee supervises it as a key suggestion.
    pub fn is_key(&self) -> bool {
        self.key.is_some()
    }

    /// Whether it has been handed to a unit (交办): it has a lead unit or the day is noted.
    pub fn is_handed_over(&self) -> bool {
        self.handed_over.is_some() || self.lead_units.iter().any(|u| !u.trim().is_empty())
    }

    /// The day the answer is due: the suggestion's own deadline, else [`ANSWER_MONTHS`] after
    /// it was handed over; `None` before it is handed over.
    pub fn due(&self) -> Option<NaiveDate> {
        self.deadline.or_else(|| {
            self.handed_over
                .and_then(|day| day.checked_add_months(Months::new(ANSWER_MONTHS)))
        })
    }

    /// The answer that counts: the last.
    pub fn last_answer(&self) -> Option<&Answer> {
        self.answers.last()
    }

    /// Where the suggestion stands on `today`.
    pub fn state(&self, today: NaiveDate) -> SuggestionState {
        if self.concluded {
            return SuggestionState::Concluded;
        }
        match self.last_answer() {
            None if !self.is_handed_over() => SuggestionState::NotHandedOver,
            None if self.due().is_some_and(|due| due < today) => SuggestionState::Overdue,
            None => SuggestionState::InHand,
            Some(answer) => match answer.satisfaction {
                None => SuggestionState::Answered,
                Some(Grade::Dissatisfied) => SuggestionState::Rehandling,
                Some(Grade::Satisfied | Grade::BasicallySatisfied) => SuggestionState::Concluded,
            },
        }
    }

    /// 「办理情况」 heading of the published results: the title and 「办理情况」.
    pub fn results_heading(&self) -> String {
        format!("{}办理情况", self.title.trim())
    }
}

/// The figures of a year the committee's report on the handling needs (DOMAIN.md §14).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SuggestionFigures {
    /// Suggestions in the register for the year.
    pub total: u32,
    /// Of them, key suggestions (重点督办).
    pub key: u32,
    /// Handed over to a unit (交办).
    pub handed_over: u32,
    /// Answered at least once (已答复).
    pub answered: u32,
    /// Answered, by the class of the last answer: A, B, C, D.
    pub by_class: [u32; 4],
    /// Answered without a class.
    pub unclassed: u32,
    /// Answered, by the deputy's evaluation of the last answer: 满意, 基本满意, 不满意.
    pub by_satisfaction: [u32; 3],
    /// Answered, not yet evaluated by the deputy.
    pub not_evaluated: u32,
    /// Closed (已办结).
    pub concluded: u32,
    /// Handed over, not answered, the deadline past.
    pub overdue: u32,
}

impl SuggestionFigures {
    /// The figures of `suggestions` on `today` (pass those of one year).
    pub fn of<'a>(suggestions: impl IntoIterator<Item = &'a Suggestion>, today: NaiveDate) -> Self {
        let mut figures = Self::default();
        for suggestion in suggestions {
            figures.total += 1;
            figures.key += u32::from(suggestion.is_key());
            figures.handed_over += u32::from(suggestion.is_handed_over());
            match suggestion.state(today) {
                SuggestionState::Concluded => figures.concluded += 1,
                SuggestionState::Overdue => figures.overdue += 1,
                _ => {}
            }
            let Some(answer) = suggestion.last_answer() else {
                continue;
            };
            figures.answered += 1;
            match answer.class {
                Some(class) => figures.by_class[class as usize] += 1,
                None => figures.unclassed += 1,
            }
            match answer.satisfaction {
                Some(Grade::Satisfied) => figures.by_satisfaction[0] += 1,
                Some(Grade::BasicallySatisfied) => figures.by_satisfaction[1] += 1,
                Some(Grade::Dissatisfied) => figures.by_satisfaction[2] += 1,
                None => figures.not_evaluated += 1,
            }
        }
        figures
    }

    /// One line for the summary: 「共15件（重点督办15件），已交办15件，已答复15件（A类3件…），已办结15件」.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "共{}件（重点督办{}件），已交办{}件，已答复{}件",
            self.total, self.key, self.handed_over, self.answered
        );
        if self.answered > 0 {
            let mut classes: Vec<String> = AnswerClass::ALL
                .iter()
                .zip(self.by_class)
                .filter(|(_, n)| *n > 0)
                .map(|(class, n)| format!("{}{n}件", class.label()))
                .collect();
            if self.unclassed > 0 {
                classes.push(format!("未分类{}件", self.unclassed));
            }
            let grades: Vec<String> = ["满意", "基本满意", "不满意"]
                .iter()
                .zip(self.by_satisfaction)
                .filter(|(_, n)| *n > 0)
                .map(|(grade, n)| format!("{grade}{n}件"))
                .chain((self.not_evaluated > 0).then(|| format!("未评价{}件", self.not_evaluated)))
                .collect();
            text.push_str(&format!(
                "（{}；代表评价：{}）",
                classes.join("、"),
                grades.join("、")
            ));
        }
        text.push_str(&format!("，已办结{}件", self.concluded));
        if self.overdue > 0 {
            text.push_str(&format!("，逾期未答复{}件", self.overdue));
        }
        text
    }
}

/// The texts of the published results of a year's key suggestions (seeds 001 and 004): what
/// the office writes around the suggestions, which come from the register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsPublication {
    /// The year whose key suggestions it publishes.
    pub year: i32,
    /// The headline: 「认真践行全过程人民民主　助力新时代高质量发展示范城市建设」.
    pub title: String,
    /// The line under it: 「——2022年度市人大常委会重点督办建议办理完结」; may be empty.
    #[serde(default)] // not every publication has one
    pub subtitle: String,
    /// The introduction, paragraph by paragraph.
    #[serde(default)] // may be written last
    pub introduction: Vec<String>,
    /// Whether each suggestion's text is led by 「办理情况：」 (seed 001) or stands alone (seed 004).
    #[serde(default)] // the shorter form
    pub handling_label: bool,
    /// A closing line: 「（本报记者马飞整理）」; empty for none.
    #[serde(default, skip_serializing_if = "String::is_empty")] // most have none
    pub closing: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_suggestion_goes_from_handed_over_to_concluded() {
        let mut s = Suggestion::new(SuggestionId(1), 2025, "关于加强物业管理的建议");
        let today = date(2025, 9, 1);
        assert_eq!(s.state(today), SuggestionState::NotHandedOver);
        s.handed_over = Some(date(2025, 3, 15));
        assert_eq!(s.due(), Some(date(2025, 6, 15)));
        assert_eq!(s.state(date(2025, 6, 15)), SuggestionState::InHand);
        assert_eq!(s.state(date(2025, 6, 16)), SuggestionState::Overdue);
        s.deadline = Some(date(2025, 9, 15));
        assert_eq!(s.state(today), SuggestionState::InHand, "extended");
        s.answers.push(Answer {
            date: Some(date(2025, 8, 1)),
            class: Some(AnswerClass::B),
            text: "一是……".to_owned(),
            satisfaction: None,
        });
        assert_eq!(s.state(today), SuggestionState::Answered);
        s.answers[0].satisfaction = Some(Grade::Dissatisfied);
        assert_eq!(s.state(today), SuggestionState::Rehandling);
        s.answers.push(Answer {
            satisfaction: Some(Grade::BasicallySatisfied),
            class: Some(AnswerClass::A),
            ..Answer::default()
        });
        assert_eq!(s.state(today), SuggestionState::Concluded);
    }

    #[test]
    fn figures_count_the_last_answer() {
        let today = date(2025, 12, 1);
        let mut a = Suggestion::new(SuggestionId(1), 2025, "甲");
        a.handed_over = Some(date(2025, 3, 1));
        a.key = Some(KeySupervision::default());
        a.answers = vec![
            Answer {
                class: Some(AnswerClass::C),
                satisfaction: Some(Grade::Dissatisfied),
                ..Answer::default()
            },
            Answer {
                class: Some(AnswerClass::A),
                satisfaction: Some(Grade::Satisfied),
                ..Answer::default()
            },
        ];
        let mut b = Suggestion::new(SuggestionId(2), 2025, "乙");
        b.handed_over = Some(date(2025, 3, 1));
        let c = Suggestion::new(SuggestionId(3), 2025, "丙");
        let figures = SuggestionFigures::of([&a, &b, &c], today);
        assert_eq!(figures.total, 3);
        assert_eq!(figures.key, 1);
        assert_eq!(figures.handed_over, 2);
        assert_eq!(figures.answered, 1);
        assert_eq!(figures.by_class, [1, 0, 0, 0]);
        assert_eq!(figures.by_satisfaction, [1, 0, 0]);
        assert_eq!(figures.concluded, 1);
        assert_eq!(figures.overdue, 1);
        assert_eq!(
            figures.summary(),
            "共3件（重点督办1件），已交办2件，已答复1件（A类1件；代表评价：满意1件），已办结1件，逾期未答复1件"
        );
    }

    #[test]
    fn classes_and_grades_parse_as_people_write_them() {
        assert_eq!(AnswerClass::parse("A类"), Some(AnswerClass::A));
        assert_eq!(AnswerClass::parse(" d "), Some(AnswerClass::D));
        assert_eq!(AnswerClass::parse("E"), None);
        assert_eq!(parse_grade("基本满意"), Some(Grade::BasicallySatisfied));
        assert_eq!(parse_grade("很满意"), None);
    }
}
