//! Learning a body's forms from its own publications (issue 23 point 5): a 公报, news release,
//! 纪要 or 任免名单, pasted or read from a file, is cut into sentences; each form's variants are
//! matched as patterns (slots as wildcards, within the form's context words); per form the most
//! specific variant found is proposed, with the sentence found as evidence. Forms the text does
//! not show are not proposed (they keep the body's setting). A text in traditional characters
//! is read as simplified as well. Bounded: a huge or hostile text is cut, and every match has a
//! step budget.

use super::catalog::{FORMS, FormSpec, Variant};
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

/// The pattern a variant is recognised by: its template (or its own learning pattern) within
/// the form's context words.
fn pattern(spec: &FormSpec, variant: &Variant) -> Option<Template> {
    if variant.learn_pattern().is_empty() {
        return None;
    }
    let mut template = Template::parse(variant.learn_pattern()).ok()?;
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
    Some(template)
}

/// Which variant of every form `text` uses, with the sentence found; forms it does not show are
/// left out. Per form the most specific variant wins (the most characters printed as they
/// stand, then the longest match), so that 「…职务的请求」 is not read as 「…职务」.
pub fn learn(text: &str) -> Vec<Finding> {
    // A text reposted in traditional characters is read as simplified too (FORMS.md §22
    // `characters`): the forms are found in it, and the traditional characters themselves.
    let mut sentences = sentences(text);
    let cut: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let simplified = crate::wording::characters::to_simplified(&cut);
    if simplified != cut {
        sentences.extend(self::sentences(&simplified));
    }
    let mut findings = Vec::new();
    for spec in FORMS {
        let mut best: Option<((usize, usize), &Variant, String)> = None;
        for variant in spec.variants {
            let Some(pattern) = pattern(spec, variant) else {
                continue;
            };
            let specificity = pattern.literal_chars();
            for sentence in &sentences {
                if let Some((start, end)) = pattern.find_in(sentence) {
                    let rank = (specificity, end - start);
                    if best.as_ref().is_none_or(|(b, _, _)| rank > *b) {
                        best = Some((rank, variant, sentence.clone()));
                    }
                    break;
                }
            }
        }
        if let Some((_, variant, evidence)) = best {
            findings.push(Finding {
                form: spec.key,
                label: spec.label,
                variant: variant.key,
                template: variant.template,
                evidence,
                is_default: variant.key == spec.default_variant().key,
            });
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
