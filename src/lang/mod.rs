//! Per-language cues: what the reader needs to know about a language (the
//! opening line of a resolution, preambular cues, closing and adoption lines,
//! sub-paragraph letters, elisions) and the words the HTML page prints in it.
//!
//! Each language is one file holding one [`LanguageRules`] row (`en`, `fr`,
//! `es`, `ru`, `ar`, `zh`), listed in [`LANGUAGES`]; adding a language means
//! adding a file, its `mod` line and its entry in that list, not touching
//! the parser. The rows' types ([`LanguageRules`], [`Labels`]) and the test
//! of a row's preambular cues ([`LanguageRules::opens_preamble`]) are in
//! `rules.rs`, which the rows import; this module keeps the list,
//! [`Language`], and the functions that read the list: [`detect`] guesses a
//! text's language from its first 6,000 characters (a few thousand tell the
//! language; more only cost time), and [`is_han`] marks the characters that
//! are words alone. The word lists of the languages that typesetters
//! hyphenate are in [`lexicon`].

use serde::{Deserialize, Serialize};

mod ar;
mod en;
mod es;
mod fr;
pub mod lexicon;
pub mod page;
mod ru;
mod rules;
pub mod substance;
mod zh;

pub use rules::{
    is_han, CoverWords, HistoryLabels, Labels, LanguageRules, Ordinals, ReuseLabels, SectionLabels,
    SubstanceLabels,
};

/// The language rows, one file each. The first row is the fallback, and
/// detection prefers the earlier row on a tie, so the order matters.
pub static LANGUAGES: &[LanguageRules] = &[
    en::RULES,
    fr::RULES,
    es::RULES,
    ru::RULES,
    ar::RULES,
    zh::RULES,
];

/// A language of the table, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Language(pub &'static str);

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        LANGUAGES
            .iter()
            .find(|l| l.code == code)
            .map(|l| Language(l.code))
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {code:?}")))
    }
}

impl Language {
    /// The rules row for this language (the first row when unknown).
    pub fn rules(self) -> &'static LanguageRules {
        LANGUAGES
            .iter()
            .find(|l| l.code == self.0)
            .unwrap_or(&LANGUAGES[0])
    }
}

/// Guesses the language of a text by counting each row's stop words (for
/// Chinese, Han characters stand in for words).
pub fn detect(text: &str) -> Language {
    // A few thousand characters tell the language; more only cost time.
    let end = text
        .char_indices()
        .nth(6_000)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    // ASCII first: the Unicode table only for other characters.
    let alphabetic = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_alphabetic()
        }
    };
    let (mut han, mut arabic, mut cyrillic, mut letters) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars().filter(|&c| alphabetic(c)) {
        letters += 1;
        if is_han(c) {
            han += 1;
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            arabic += 1;
        } else if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        }
    }
    let letters = letters.max(1);
    if han * 3 > letters {
        return Language("zh");
    }
    if arabic * 3 > letters {
        return Language("ar");
    }
    if cyrillic * 3 > letters {
        return Language("ru");
    }
    let latin: Vec<&LanguageRules> = LANGUAGES
        .iter()
        .filter(|l| l.cased && l.code != "ru")
        .collect();
    let mut scores = vec![0usize; latin.len()];
    for word in sample
        .split(|c: char| !alphabetic(c))
        .filter(|w| (1..=5).contains(&w.len()))
    {
        for (score, rules) in scores.iter_mut().zip(&latin) {
            if rules.stopwords.iter().any(|s| s.eq_ignore_ascii_case(word)) {
                *score += 1;
            }
        }
    }
    let mut best = (0usize, LANGUAGES[0].code);
    for (score, rules) in scores.into_iter().zip(&latin) {
        if score > best.0 {
            best = (score, rules.code);
        }
    }
    Language(best.1)
}
