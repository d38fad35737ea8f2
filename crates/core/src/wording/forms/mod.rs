//! The forms of every body (FORMS.md, DOMAIN.md §17): each formula sentence is a named form with
//! a default (what the program printed before forms existed: the seed's words) and listed
//! variants; a body chooses a variant or writes its own template once, in its house style
//! ([`FormChoices`] in [`crate::model::BodySettings`]). The documents ask [`chosen`] for the
//! body's template: `None` means the default, printed by the document's own code exactly as
//! before, so the seed's documents stay byte-identical.
//!
//! - [`template`]: templates with slots, checked, filled and matched.
//! - [`catalog`]: every form with its slots and variants.
//! - [`learn`]: which variants a published text of the body uses.

pub mod catalog;
pub mod learn;
pub mod template;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use catalog::{FORMS, FormSpec, Variant, form};
pub use template::Template;

use crate::model::Session;

/// What a body chose for one form: a listed variant by key, or its own template. Never a
/// printed sentence: the slots are filled from the facts each time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormChoice {
    /// A variant of FORMS.md, by its key.
    Variant(String),
    /// The body's own template, with the form's slots.
    Template(String),
}

/// The body's choices, by form key; a form not in it prints its default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FormChoices(pub BTreeMap<String, FormChoice>);

impl FormChoices {
    /// Whether every form prints its default (the house-style file then leaves the field out).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The choice for `form`, if not the default.
    pub fn get(&self, form: &str) -> Option<&FormChoice> {
        self.0.get(form)
    }

    /// Sets the choice for `form` after checking it; the default variant removes the choice.
    /// A template with an unknown or missing slot, or an unknown form or variant, is refused.
    pub fn set(&mut self, form: &str, choice: FormChoice) -> Result<(), String> {
        let spec = catalog::form(form).ok_or_else(|| format!("没有名为「{form}」的格式"))?;
        resolve(spec, &choice)?;
        if choice == FormChoice::Variant(spec.default_variant().key.to_owned()) {
            self.0.remove(form);
        } else {
            self.0.insert(form.to_owned(), choice);
        }
        Ok(())
    }

    /// Puts `form` back to its default.
    pub fn reset(&mut self, form: &str) {
        self.0.remove(form);
    }

    /// The template chosen for `form`, if it is not the default and is valid.
    pub fn template(&self, form: &str) -> Option<Template> {
        let spec = catalog::form(form)?;
        let choice = self.0.get(form)?;
        resolve(spec, choice).ok()
    }

    /// How the choice for `form` is said on the screen and the command line: the variant's key
    /// and template, or 「自定义：…」.
    pub fn said(&self, form: &str) -> String {
        match self.0.get(form) {
            None => catalog::form(form)
                .map(|spec| format!("默认（{}）", spec.default_variant().template))
                .unwrap_or_default(),
            Some(FormChoice::Variant(key)) => catalog::form(form)
                .and_then(|spec| spec.variant(key))
                .map(|v| format!("{}（{}）", v.key, v.template))
                .unwrap_or_else(|| key.clone()),
            Some(FormChoice::Template(text)) => format!("自定义（{text}）"),
        }
    }
}

/// The template of `choice` for the form `spec`, checked: a variant must be listed; the body's
/// own template must use only the form's slots and keep the required ones.
pub fn resolve(spec: &FormSpec, choice: &FormChoice) -> Result<Template, String> {
    match choice {
        FormChoice::Variant(key) => {
            let variant = spec
                .variant(key)
                .ok_or_else(|| format!("格式「{}」没有名为「{key}」的写法", spec.label))?;
            Template::parse(variant.template)
        }
        FormChoice::Template(text) => {
            let template = Template::parse(text)?;
            template.check(spec.slots, spec.required)?;
            Ok(template)
        }
    }
}

/// The template the body chose for `form`, or `None` for the default (the document prints its
/// own default, unchanged).
pub fn chosen(session: &Session, form: &str) -> Option<Template> {
    session.body.settings.forms.template(form)
}

/// Whether the body prints its documents in traditional characters (FORMS.md §22
/// `characters`); off by default.
pub fn traditional(session: &Session) -> bool {
    writes_traditional(&session.body.settings.forms)
}

/// Whether `choices` print in traditional characters (FORMS.md §22 `characters`).
pub fn writes_traditional(choices: &FormChoices) -> bool {
    choices
        .template("characters")
        .is_some_and(|t| t.slots().contains(&"繁体"))
}

/// The session's number (次) in the body's numerals (FORMS.md §21 `ordinals`): 「九」 by
/// default, 「9」 where the body writes 「第9次会议」.
pub fn session_ordinal(choices: &FormChoices, number: u32) -> String {
    use crate::model::numerals::chinese_number;
    match choices
        .template("numerals_ordinals")
        .filter(|t| !t.slots().is_empty())
    {
        None => chinese_number(number),
        Some(template) => fill(
            &template,
            &[
                ("数字", number.to_string()),
                ("汉字", chinese_number(number)),
            ],
        ),
    }
}

/// The template the body chose for `form`, or the form's default variant: for the forms whose
/// default prints a fact only the record's new parts hold (a guest invited, a statement made),
/// so that the document words it once, from the catalog. `None` for an unknown form.
pub fn chosen_or_default(session: &Session, form: &str) -> Option<Template> {
    chosen(session, form).or_else(|| {
        catalog::form(form).and_then(|spec| Template::parse(spec.default_variant().template).ok())
    })
}

/// Fills a template of several sentences (each closed by 「。」), leaving out every sentence
/// whose slot has nothing to say: 「{领导}列席会议。{单位}列席会议。」 with no leaders is
/// 「……列席会议。」 alone.
pub fn fill_sentences(template: &Template, values: &[(&str, String)]) -> String {
    use template::Piece;
    let mut out = String::new();
    let mut sentence = String::new();
    let mut empty_slot = false;
    for piece in &template.pieces {
        match piece {
            Piece::Slot(name) => {
                let value = values
                    .iter()
                    .find(|(slot, _)| slot == name)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or_default();
                empty_slot |= value.is_empty();
                sentence.push_str(value);
            }
            Piece::Text(text) => {
                for part in text.split_inclusive('。') {
                    sentence.push_str(part);
                    if part.ends_with('。') {
                        if !empty_slot {
                            out.push_str(&sentence);
                        }
                        sentence.clear();
                        empty_slot = false;
                    }
                }
            }
        }
    }
    if !empty_slot {
        out.push_str(&sentence);
    }
    out
}

/// Fills `template` from `(slot, value)` pairs; a slot without a value prints empty.
pub fn fill(template: &Template, values: &[(&str, String)]) -> String {
    template.fill(&|name| {
        values
            .iter()
            .find(|(slot, _)| *slot == name)
            .map(|(_, value)| value.clone())
    })
}

/// The slots naming the body and the session's number: 地名, 级, 届, 次 (Chinese numerals),
/// 次数 (Arabic).
fn number_slots(session: &Session) -> Vec<(&'static str, String)> {
    use crate::model::numerals::chinese_number;
    let body = &session.body;
    vec![
        ("地名", body.region.clone()),
        (
            "级",
            body.short_name
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default(),
        ),
        ("届", chinese_number(body.term)),
        (
            "次",
            session_ordinal(&body.settings.forms, session.details.number),
        ),
        ("次数", session.details.number.to_string()),
    ]
}

/// The slots every form may use that describe the session itself: those of the session's
/// number, and 会议, 会议全称, 常委会, 机关全称, 年月日.
pub fn session_slots(session: &Session) -> Vec<(&'static str, String)> {
    let body = &session.body;
    let mut slots = number_slots(session);
    slots.extend([
        ("会议", session_name(session)),
        ("会议全称", session.full_title()),
        ("常委会", body.short_name.clone()),
        ("机关全称", body.name.clone()),
        (
            "年月日",
            session
                .details
                .dates
                .iter()
                .min()
                .map(|d| crate::wording::dates::DateStyle::of_session(session).date(*d))
                .unwrap_or_default(),
        ),
    ]);
    slots
}

/// The session's name in the body's form (FORMS.md §1 `session_name`): 「市十二届人大常委会第九次
/// 会议」 by default.
pub fn session_name(session: &Session) -> String {
    match chosen(session, "session_name") {
        None => session.short_title(),
        Some(template) => fill(&template, &number_slots(session)),
    }
}

/// The attendance and quorum sentence in the body's chosen form (FORMS.md §6 `quorum`), from
/// the counts of the attendance published and the reasons of leave recorded (`leave_reason`:
/// 「因病、因事请假2人」); `None` for the default, which each document words
/// itself (the minutes with 请假 and 缺席 always, the news only when not zero). The form
/// `none` gives an empty sentence.
pub fn quorum_sentence(
    session: &Session,
    counts: crate::model::AttendanceCounts,
    reasons: &[&str],
) -> Option<String> {
    let template = chosen(session, "quorum")?;
    let mut values = number_slots(session);
    // 「因病、因事」: the reasons of leave recorded, each once, in the order recorded.
    let mut distinct: Vec<&str> = Vec::new();
    for reason in reasons.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        if !distinct.contains(&reason) {
            distinct.push(reason);
        }
    }
    values.extend([
        ("事由", distinct.join("、")),
        ("应到", counts.members.to_string()),
        ("实到", counts.present.to_string()),
        ("请假", counts.on_leave.to_string()),
        ("缺席", counts.absent.to_string()),
        (
            "法定人数",
            super::attendance::quorum_phrase(counts).to_owned(),
        ),
    ]);
    Some(fill(&template, &values))
}

/// The days of the session (FORMS.md §22 `date_span`, §21 `numerals_month`):
/// 「2023年12月20日至21日」 (`with_year`) or 「12月20日至21日」 by default, 「12月20日、21日」 in
/// the `dun` form, 「2018年元月7日至11日」 with 元月; a single day is the date alone in every
/// form of the span. `None` without a date.
pub fn session_date_span(session: &Session, with_year: bool) -> Option<String> {
    use super::dates::{DateStyle, date_span, date_span_in_year};
    let first = *session.details.dates.iter().min()?;
    let last = *session.details.dates.iter().max()?;
    let span = chosen(session, "date_span");
    if span.is_none() && chosen(session, "numerals_month").is_none() {
        return Some(if with_year {
            date_span(first, last)
        } else {
            date_span_in_year(first, last)
        });
    }
    let style = DateStyle::of_session(session);
    let start = if with_year {
        style.date(first)
    } else {
        style.month_day(first)
    };
    if first == last {
        return Some(start);
    }
    let Some(template) = span.or_else(|| {
        catalog::form("date_span").and_then(|f| Template::parse(f.default_variant().template).ok())
    }) else {
        return Some(start);
    };
    let mut later: Vec<chrono::NaiveDate> = session
        .details
        .dates
        .iter()
        .copied()
        .filter(|d| *d != first)
        .collect();
    later.sort();
    later.dedup();
    let each: Vec<String> = later.iter().map(|d| style.after(first, *d)).collect();
    Some(fill(
        &template,
        &[
            ("起", start),
            ("止", style.after(first, last)),
            ("其后各日", each.join("、")),
        ],
    ))
}

/// A count of people in the body's numerals (FORMS.md §21 `numerals_people`): 「25」 by default,
/// 「二十五」, or 「两」 for 2 before a classifier.
pub fn people_count(template: Option<&Template>, count: usize) -> String {
    let Some(template) = template else {
        return count.to_string();
    };
    use crate::model::numerals::{chinese_count, chinese_number};
    fill(
        template,
        &[
            ("数字", count.to_string()),
            ("汉字", chinese_number(count as u32)),
            ("两", chinese_count(count as u32)),
        ],
    )
}
