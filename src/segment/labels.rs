//! Paragraph labels and the ids made of them.
//!
//! [`split_label`] reads the label a paragraph opens with (`12.`, `b)`,
//! `(iv)`, `II.`, `A.`), trying each shape in turn: a number that lost its
//! period, a number, a letter or roman numeral in parentheses, a section
//! number, a sub-section letter. Only the first few characters are looked
//! at, since every line of a long paragraph is tried. [`Numbering`] turns
//! the labels into the ids people cite (`PP3`, `OP5(a)(ii)`, `ANNEX.3`),
//! and [`dedupe_ids`] keeps them unique.

use rustc_hash::FxHashMap;

use crate::lang::LanguageRules;
use crate::text::lines::ends_complete;
use crate::types::{Paragraph, ParagraphKind};

use super::declaration::article_number;
use super::phrases::is_annex_heading;

/// A paragraph's label as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Label {
    /// `12.`
    Number(u32),
    /// `a)`, `(a)`
    Letter(char),
    /// `(iv)`, `iv)`
    Roman(String),
    /// `II.` heading number.
    Section(String),
    /// `A.` sub-section letter.
    SubSection(char),
}

/// A label found at the start of a text: the label, the label as printed,
/// and the text after it.
type Found<'t> = Option<(Label, String, &'t str)>;

/// Splits a leading label off a paragraph text.
pub(super) fn split_label<'t>(
    text: &'t str,
    rules: &LanguageRules,
    last_letter: Option<char>,
    expected_number: Option<u32>,
) -> (Option<(Label, String)>, &'t str) {
    let t = text.trim_start();
    let found = number_without_period(t, expected_number)
        .or_else(|| number(t, expected_number))
        .or_else(|| parenthesised(t, rules, last_letter))
        .or_else(|| section(t))
        .or_else(|| sub_section(t));
    match found {
        Some((label, printed, rest)) => (Some((label, printed)), rest),
        None => (None, text),
    }
}

/// "25 Condemns …": an extraction that lost the period after a number is
/// trusted only when the number is the one expected next.
fn number_without_period(t: &str, expected_number: Option<u32>) -> Found<'_> {
    let expected = expected_number?;
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 && t[..digits].parse() == Ok(expected) {
        let after = &t[digits..];
        if after.starts_with(' ') && after.trim_start().starts_with(char::is_uppercase) {
            return Some((
                Label::Number(expected),
                t[..digits].to_string(),
                after.trim_start(),
            ));
        }
    }
    None
}

/// "12." or "12.\t" (Arabic texts number with Arabic-Indic digits, "١٢.");
/// a number of four digits or more ("1000.") only as the one expected
/// next, since a year can open a sentence too.
fn number(t: &str, expected_number: Option<u32>) -> Found<'_> {
    let digit_chars: Vec<(usize, u32)> = t
        .char_indices()
        .map_while(|(i, c)| decimal_digit(c).map(|d| (i, d)))
        .collect();
    let digits = digit_chars.len();
    let end = digit_chars.last().map_or(0, |&(i, _)| {
        i + t[i..].chars().next().map_or(1, char::len_utf8)
    });
    let number: Option<u32> =
        (digits > 0 && digits <= 9).then(|| digit_chars.iter().fold(0u32, |n, &(_, d)| n * 10 + d));
    let plausible = digits <= 3 || (digits <= 6 && number.is_some() && number == expected_number);
    // "٢ - تدعو": Arabic texts set the number off with a dash.
    if digits > 0 && digits <= 3 {
        for dash in [" - ", " – "] {
            if let Some(after) = t[end..].strip_prefix(dash) {
                let n: u32 = number.unwrap_or(0);
                return Some((
                    Label::Number(n),
                    t[..end + dash.len() - 1].to_string(),
                    after.trim_start(),
                ));
            }
        }
    }
    if digits > 0 && plausible && t.as_bytes().get(end) == Some(&b'.') {
        let after = &t[end + 1..];
        if after.is_empty() || after.starts_with(char::is_whitespace) {
            let n: u32 = number.unwrap_or(0);
            return Some((Label::Number(n), t[..=end].to_string(), after.trim_start()));
        }
    }
    None
}

/// "(a)", "a)", "(iv)", "iv)": the closing parenthesis comes within the
/// first few characters (looking further would make long paragraphs cost
/// their length at every line).
fn parenthesised<'t>(t: &'t str, rules: &LanguageRules, last_letter: Option<char>) -> Found<'t> {
    let inner_start = usize::from(t.starts_with('('));
    let close = t[inner_start..]
        .char_indices()
        .take(8)
        .find(|&(_, c)| c == ')')
        .map(|(i, _)| i)?;
    let inner = &t[inner_start..inner_start + close];
    let after = &t[inner_start + close + 1..];
    // "(m)Promoting": a label whose tab an extraction lost still opens a
    // capitalised text; "m)Promoting" without its opening bracket is no
    // label.
    let spaced = after.is_empty()
        || after.starts_with(char::is_whitespace)
        || (inner_start == 1 && after.starts_with(char::is_uppercase));
    if !(spaced && !inner.is_empty() && inner.chars().count() <= 6) {
        return None;
    }
    let printed = t[..inner_start + close + 1].to_string();
    let mut chars = inner.chars();
    let c = chars.next().expect("inner is not empty");
    let single = chars.next().is_none();
    let roman = inner.chars().all(|c| "ivxlc".contains(c));
    // "i)" after "h)" is a letter; after anything else a roman numeral.
    let letter_in_sequence = single
        && rules.sub_letters.contains(&c)
        && (!roman
            || last_letter.is_some_and(|l| {
                rules
                    .sub_letters
                    .iter()
                    .position(|x| *x == l)
                    .and_then(|p| rules.sub_letters.get(p + 1))
                    == Some(&c)
            })
            || (c != 'i' && last_letter.is_none()));
    if letter_in_sequence {
        return Some((Label::Letter(c), printed, after.trim_start()));
    }
    if roman {
        return Some((Label::Roman(inner.to_string()), printed, after.trim_start()));
    }
    None
}

/// "II.": a section heading's number.
fn section(t: &str) -> Found<'_> {
    let bytes = t.as_bytes();
    let upper = t.chars().take_while(|c| "IVXLC".contains(*c)).count();
    // A lone "C." or "L." is a sub-section letter, not section 100 or 50.
    let lone_letter = upper == 1 && matches!(bytes[0], b'C' | b'L');
    if upper > 0
        && !lone_letter
        && bytes.get(upper) == Some(&b'.')
        && t[upper + 1..].starts_with(char::is_whitespace)
    {
        return Some((
            Label::Section(t[..upper].to_string()),
            t[..=upper].to_string(),
            t[upper + 1..].trim_start(),
        ));
    }
    None
}

/// "A.": a sub-section heading's letter.
fn sub_section(t: &str) -> Found<'_> {
    let mut cs = t.chars();
    if let (Some(c), Some('.')) = (cs.next(), cs.next()) {
        if c.is_ascii_uppercase() && cs.next().is_some_and(char::is_whitespace) {
            let rest = t[2..].trim_start();
            // "A. Title" but not an initial such as "J. Smith".
            if rest.split_whitespace().count() >= 2 && !ends_complete(rest) {
                return Some((Label::SubSection(c), t[..2].to_string(), rest));
            }
        }
    }
    None
}

/// The value of a decimal digit: ASCII, Arabic-Indic or Eastern Arabic-Indic.
fn decimal_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Assigns ids in the text's own numbering: the state is where the
/// numbering stands (the paragraph, letter and section open, the prefix an
/// annex puts before its ids).
pub(super) struct Numbering {
    resolution: bool,
    operative_started: bool,
    preamble: u32,
    unnumbered: u32,
    headings: u32,
    top: Option<String>,
    letter: Option<String>,
    last_letter: Option<char>,
    section: Option<String>,
    prefix: String,
    /// The annex's prefix, under which articles put theirs.
    base: String,
    last_number: Option<u32>,
    /// The preamble stood before the opener (a declaration): unnumbered
    /// paragraphs after it are operative (`OP1`, the proclamation).
    declaration: bool,
    unnumbered_operative: u32,
}

impl Numbering {
    /// The operative or paragraph number expected next, once numbering began.
    pub(super) fn next_number(&self) -> Option<u32> {
        self.last_number.map(|n| n + 1)
    }

    /// The letter of the last lettered sub-paragraph: it tells "i)" the
    /// letter from "i)" the roman numeral.
    pub(super) fn last_letter(&self) -> Option<char> {
        self.last_letter
    }

    /// Numbering for a resolution (preambular and operative paragraphs) or
    /// for any other text (numbered paragraphs).
    pub(super) fn new(resolution: bool) -> Self {
        Numbering {
            resolution,
            operative_started: false,
            preamble: 0,
            unnumbered: 0,
            headings: 0,
            top: None,
            letter: None,
            last_letter: None,
            section: None,
            prefix: String::new(),
            base: String::new(),
            last_number: None,
            declaration: false,
            unnumbered_operative: 0,
        }
    }

    /// The opener of a declaration, after its preamble, was passed: what
    /// follows is the operative part.
    pub(super) fn begin_operative(&mut self) {
        self.operative_started = true;
        self.declaration = true;
    }

    /// The id and kind of the next paragraph, from its label.
    pub(super) fn assign(
        &mut self,
        label: Option<&Label>,
        heading: bool,
        text: &str,
        rules: &LanguageRules,
    ) -> (String, ParagraphKind) {
        if heading {
            return self.assign_heading(label, text, rules);
        }
        self.assign_paragraph(label)
    }

    /// A heading's id: an annex heading starts a new prefix and numbering,
    /// a section or sub-section heading is cited by its number or letter.
    fn assign_heading(
        &mut self,
        label: Option<&Label>,
        text: &str,
        rules: &LanguageRules,
    ) -> (String, ParagraphKind) {
        let p = self.prefix.clone();
        if label.is_none() && is_annex_heading(text, rules) {
            self.prefix = format!("{}.", text.trim().to_uppercase().replace(' ', ""));
            self.base = self.prefix.clone();
            self.resolution = false;
            self.top = None;
            self.letter = None;
            self.last_letter = None;
            self.section = None;
            self.last_number = None;
            return (
                self.prefix.trim_end_matches('.').to_string(),
                ParagraphKind::Heading,
            );
        }
        if let Some(n) = label
            .is_none()
            .then(|| article_number(text, rules))
            .flatten()
        {
            // An article numbers its paragraphs from 1 again.
            let id = format!("{}ART{n}", self.base);
            self.prefix = format!("{id}.");
            self.resolution = false;
            self.unnumbered = 0;
            self.top = None;
            self.letter = None;
            self.last_letter = None;
            self.section = None;
            self.last_number = None;
            return (id, ParagraphKind::Heading);
        }
        let id = match label {
            Some(Label::Section(r)) => {
                self.section = Some(r.clone());
                format!("{p}{r}")
            }
            Some(Label::SubSection(c)) => match &self.section {
                Some(s) => format!("{p}{s}.{c}"),
                None => format!("{p}{c}"),
            },
            _ => {
                self.headings += 1;
                format!("{p}H{}", self.headings)
            }
        };
        self.top = None;
        self.letter = None;
        self.last_letter = None;
        (id, ParagraphKind::Heading)
    }

    /// A paragraph's id under the heading, paragraph and letter open.
    fn assign_paragraph(&mut self, label: Option<&Label>) -> (String, ParagraphKind) {
        let p = self.prefix.clone();
        match label {
            Some(Label::Number(n)) => {
                self.last_number = Some(*n);
                let (id, kind) = if self.resolution {
                    self.operative_started = true;
                    (format!("{p}OP{n}"), ParagraphKind::Operative)
                } else {
                    (format!("{p}{n}"), ParagraphKind::Paragraph)
                };
                self.top = Some(id.clone());
                self.letter = None;
                self.last_letter = None;
                (id, kind)
            }
            Some(Label::Letter(c)) => {
                let parent = self.top.clone().unwrap_or_else(|| p.clone());
                let id = format!("{parent}({c})");
                self.letter = Some(id.clone());
                self.last_letter = Some(*c);
                (id, ParagraphKind::Subparagraph)
            }
            Some(Label::Roman(r)) => {
                let parent = self
                    .letter
                    .clone()
                    .or_else(|| self.top.clone())
                    .unwrap_or_else(|| p.clone());
                (format!("{parent}({r})"), ParagraphKind::Subparagraph)
            }
            Some(Label::Section(_)) | Some(Label::SubSection(_)) | None => {
                if self.resolution && !self.operative_started {
                    self.preamble += 1;
                    let id = format!("{p}PP{}", self.preamble);
                    self.top = Some(id.clone());
                    self.letter = None;
                    self.last_letter = None;
                    (id, ParagraphKind::Preamble)
                } else if self.resolution && self.declaration {
                    self.unnumbered_operative += 1;
                    let id = format!("{p}OP{}", self.unnumbered_operative);
                    self.top = Some(id.clone());
                    self.letter = None;
                    self.last_letter = None;
                    (id, ParagraphKind::Operative)
                } else {
                    self.unnumbered += 1;
                    (format!("{p}U{}", self.unnumbered), ParagraphKind::Paragraph)
                }
            }
        }
    }
}

/// Makes repeated ids unique with a `#2`, `#3` suffix, in text order.
pub(super) fn dedupe_ids(paragraphs: &mut [Paragraph]) {
    let mut seen: FxHashMap<String, u32> = FxHashMap::default();
    for p in paragraphs.iter_mut() {
        let n = seen.entry(p.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            p.id = format!("{}#{}", p.id, n);
        }
    }
}
