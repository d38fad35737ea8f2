//! Learning a body's forms from its own publications (issue 23 point 5): a 公报, news release,
//! 纪要 or 任免名单, pasted or read from a file, is cut into sentences; each form's variants are
//! matched as patterns (slots as wildcards, within the form's context words); per form the most
//! specific variant found is proposed, with the sentence found as evidence. Forms the text does
//! not show are not proposed (they keep the body's setting). A text in traditional characters
//! is read as simplified as well. Bounded: a huge or hostile text is cut, and every match has a
//! step budget.

use super::catalog::{AT_END, FORMS, FormSpec, Variant};
use super::template::{Piece, Template};
use super::{FormChoice, FormChoices};

/// The most characters of a text the learner reads (a year of gazettes is far less).
pub const MAX_TEXT_CHARS: usize = 400_000;

/// The most characters of one sentence the learner looks at.
const MAX_SENTENCE_CHARS: usize = 400;

/// What the learner found for one form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The form's key.
    pub form: &'static str,
    /// The form's name, as the screen says it.
    pub label: &'static str,
    /// The variant recognised.
    pub variant: &'static str,
    /// Its template.
    pub template: &'static str,
    /// The sentence it was found in (the evidence).
    pub evidence: String,
    /// Whether it is the form's default.
    pub is_default: bool,
}

/// The sentences of `text`, each with its closing 「。」, cut to a bounded size.
fn sentences(text: &str) -> Vec<String> {
    let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let mut out = Vec::new();
    for line in text.lines() {
        for part in line.split_inclusive('。') {
            let part = part.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            if part.chars().count() >= 4 {
                out.push(part.chars().take(MAX_SENTENCE_CHARS).collect());
            }
        }
    }
    out
}

/// The text's last line where it is one sentence of its own (a report's last line, not the end
/// of a paragraph): the only place a pattern ending in [`AT_END`] is looked for.
fn last_line(text: &str) -> Vec<String> {
    let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let line = text
        .lines()
        .rev()
        .find(|line| !line.trim_matches(|c: char| c.is_whitespace()).is_empty())
        .unwrap_or_default();
    let found = sentences(line);
    if found.len() == 1 { found } else { Vec::new() }
}

/// The pattern a variant is recognised by: its template (or its own learning pattern) within
/// the form's context words; and whether it is looked for in the text's last line only.
fn pattern(spec: &FormSpec, variant: &Variant) -> Option<(Template, bool)> {
    if variant.learn_pattern().is_empty() {
        return None;
    }
    let (learn, at_end) = match variant.learn_pattern().strip_suffix(AT_END) {
        Some(before) => (before, true),
        None => (variant.learn_pattern(), false),
    };
    let mut template = Template::parse(learn).ok()?;
    let (before, after) = spec.context;
    if !before.is_empty() {
        template.pieces.insert(0, Piece::Text(before.to_owned()));
    }
    if !after.is_empty() {
        template.pieces.push(Piece::Text(after.to_owned()));
    }
    // Two texts in a row become one, so that matching sees them whole.
    let mut merged: Vec<Piece> = Vec::new();
    for piece in template.pieces {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(last)), Piece::Text(next)) => last.push_str(&next),
            (_, piece) => merged.push(piece),
        }
    }
    template.pieces = merged;
    Some((template, at_end))
}

/// Forms whose variant is read in a sentence another form claims, with that form: 同志 in a
/// lead that says the decisions (FORMS.md §10 `tongzhi_lead`) is the lead's, not the body's
/// (`tongzhi`), which is then read in the other sentences.
const CLAIMS: [(&str, &str); 1] = [("tongzhi_lead", "tongzhi")];

/// The most specific variant of `spec` found in `sentences` (or, for a pattern of the last line,
/// in `last`), with its rank and the sentence found.
fn best(
    spec: &'static FormSpec,
    sentences: &[String],
    last: &[String],
) -> Option<((usize, usize), &'static Variant, String)> {
    let mut best: Option<((usize, usize), &'static Variant, String)> = None;
    for variant in spec.variants {
        let Some((pattern, at_end)) = pattern(spec, variant) else {
            continue;
        };
        let specificity = pattern.literal_chars();
        for sentence in if at_end { last } else { sentences } {
            if let Some((start, end)) = pattern.find_in(sentence) {
                let rank = (specificity, end - start);
                if best.as_ref().is_none_or(|(b, _, _)| rank > *b) {
                    best = Some((rank, variant, sentence.clone()));
                }
                break;
            }
        }
    }
    best
}

/// The finding of `variant` of `spec`, with the sentence found.
fn finding(spec: &'static FormSpec, variant: &'static Variant, evidence: String) -> Finding {
    Finding {
        form: spec.key,
        label: spec.label,
        variant: variant.key,
        template: variant.template,
        evidence,
        is_default: variant.key == spec.default_variant().key,
    }
}

/// Which variant of every form `text` uses, with the sentence found; forms it does not show are
/// left out. Per form the most specific variant wins (the most characters printed as they
/// stand, then the longest match), so that 「…职务的请求」 is not read as 「…职务」.
pub fn learn(text: &str) -> Vec<Finding> {
    // A text reposted in traditional characters is read as simplified too (FORMS.md §22
    // `characters`): the forms are found in it, and the traditional characters themselves.
    let mut sentences = sentences(text);
    let mut last = last_line(text);
    let cut: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let simplified = crate::wording::characters::to_simplified(&cut);
    if simplified != cut {
        sentences.extend(self::sentences(&simplified));
        last.extend(last_line(&simplified));
    }
    let mut findings: Vec<Finding> = FORMS
        .iter()
        .filter_map(|spec| {
            best(spec, &sentences, &last)
                .map(|(_, variant, evidence)| finding(spec, variant, evidence))
        })
        .collect();
    for (claimer, claimed) in CLAIMS {
        let Some(claimed_sentence) = findings
            .iter()
            .find(|f| f.form == claimer && !f.is_default)
            .map(|f| f.evidence.clone())
        else {
            continue;
        };
        let Some(at) = findings
            .iter()
            .position(|f| f.form == claimed && f.evidence == claimed_sentence)
        else {
            continue;
        };
        let Some(spec) = FORMS.iter().find(|f| f.key == claimed) else {
            continue;
        };
        let others: Vec<String> = sentences
            .iter()
            .filter(|s| **s != claimed_sentence)
            .cloned()
            .collect();
        match best(spec, &others, &last) {
            Some((_, variant, evidence)) => findings[at] = finding(spec, variant, evidence),
            None => {
                findings.remove(at);
            }
        }
    }
    findings
}

/// `current` with the findings accepted: each found form set to the variant found (a default
/// found puts the form back to its default); forms not found keep their choice.
pub fn apply(current: &FormChoices, findings: &[Finding]) -> FormChoices {
    let mut choices = current.clone();
    for finding in findings {
        // The findings name listed variants only: setting one cannot fail.
        let _ = choices.set(
            finding.form,
            FormChoice::Variant(finding.variant.to_owned()),
        );
    }
    choices
}
