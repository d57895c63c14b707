//! Per-language cues: what the reader needs to know about a language (the
//! opening line of a resolution, preambular cues, closing and adoption lines,
//! sub-paragraph letters, elisions) and the words the HTML page prints in it.
//!
//! Each language is one file holding one [`LanguageRules`] row (`en`, `fr`,
//! `es`, `ru`, `ar`, `zh`), listed in [`LANGUAGES`]; adding a language means
//! adding a file, its `mod` line and its entry in that list, not touching
//! the parser. This
//! module keeps what the rows share: their types ([`LanguageRules`],
//! [`Labels`], [`Language`]), the list, and the functions that read a row:
//! [`detect`] guesses a text's language from its first 6,000 characters (a
//! few thousand tell the language; more only cost time),
//! [`LanguageRules::opens_preamble`] tests a paragraph's first words against
//! a row's cues, and [`is_han`] marks the characters that are words alone.

use serde::{Deserialize, Serialize};

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

/// The rules for one language.
#[derive(Debug)]
pub struct LanguageRules {
    /// ISO 639-1 code, as written in the `lang` attribute of HTML output.
    pub code: &'static str,
    /// Frequent short words, used to guess the language of a text.
    pub stopwords: &'static [&'static str],
    /// The line that opens a resolution's body ("The General Assembly,").
    /// Compared after folding case, quotes and spaces.
    pub openers: &'static [&'static str],
    /// Whole words or phrases that open preambular paragraphs.
    pub preamble_words: &'static [&'static str],
    /// Adverbs that may stand before a preambular cue ("Also convinced").
    pub preamble_adverbs: &'static [&'static str],
    /// Endings of the participles that open most preambular paragraphs
    /// ("Recalling", "Rappelant", "Recordando").
    pub preamble_endings: &'static [&'static str],
    /// Phrases of the closing line ("52nd plenary meeting").
    pub meeting_phrases: &'static [&'static str],
    /// Phrases of the adoption line of an adopted text.
    pub adoption_phrases: &'static [&'static str],
    /// The end of a draft's sponsor list ("…: draft resolution").
    pub draft_markers: &'static [&'static str],
    /// Headings that open an annex.
    pub annex_words: &'static [&'static str],
    /// Letters that label sub-paragraphs, in order.
    pub sub_letters: &'static [char],
    /// Words cut by elision before an apostrophe ("l’", "qu’"): a stray space
    /// after them is a PDF artifact, and they are their own diff token.
    pub elisions: &'static [&'static str],
    /// Words a number may follow as a quantity or a reference ("paragraph 3",
    /// "Group of 77"): a number after them is never a spaced footnote marker.
    pub number_words: &'static [&'static str],
    /// The words of one letter: any other lone letter is a PDF artifact.
    pub single_letter_words: &'static [&'static str],
    /// Whether the script has letter case (paragraph continuation cues rely
    /// on a lower-case start where it does).
    pub cased: bool,
    /// The words the HTML page prints for a document in this language
    /// (English's while the language has none of its own).
    pub labels: &'static Labels,
}

/// The Latin sub-paragraph letters, shared by the rows that letter
/// sub-paragraphs a), b), c) (Chinese among them).
const LATIN: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];

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

/// The page's own words in one language.
#[derive(Debug)]
pub struct Labels {
    /// Page heading and title prefix.
    pub redline: &'static str,
    /// Row names of the documents table.
    pub old: &'static str,
    /// Row names of the documents table.
    pub new: &'static str,
    /// Column headings of the documents table: symbol, title, date, file.
    pub columns: [&'static str; 4],
    /// Legend: deleted words, how they look, inserted words, how they look,
    /// how paragraphs are labelled.
    pub legend: [&'static str; 5],
    /// Hidden text read before a deletion and an insertion.
    pub hidden: [&'static str; 2],
    /// "Summary", "Paragraphs", "renumbered".
    pub summary: [&'static str; 3],
    /// The words line: four pieces around the three numbers.
    pub words_line: [&'static str; 4],
    /// Heading of the list of changes.
    pub changed_paragraphs: &'static str,
    /// Status names, in the order of `Status::ALL`. The renderer looks them
    /// up: statuses are defined in a later layer than this one.
    pub statuses: [&'static str; 7],
    /// "(old)" after a deleted paragraph's id; "was" before an old id.
    pub old_marker: &'static str,
    /// "was" before an old number.
    pub was: &'static str,
    /// "unchanged, renumbered", "moved from", "split from", "merged from".
    pub notes: [&'static str; 4],
    /// "(old place)", "moved to".
    pub moves: [&'static str; 2],
    /// "Footnote", "Footnotes changed".
    pub footnotes: [&'static str; 2],
}

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

/// A CJK ideograph: each is its own word for diffing.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

impl LanguageRules {
    /// Whether `text` opens with a preambular cue of this language.
    pub fn opens_preamble(&self, text: &str) -> bool {
        let mut t = text.trim_start_matches(['*', '_', ' ']);
        // "Also convinced", "Further recalling", "Deeply concerned": the
        // adverb before the cue is skipped.
        for adverb in self.preamble_adverbs {
            if let Some(rest) = t.strip_prefix(adverb) {
                if rest.starts_with(' ') {
                    t = rest.trim_start();
                    break;
                }
            }
        }
        let t = t;
        if self
            .preamble_words
            .iter()
            .any(|w| t.starts_with(w) && !t[w.len()..].starts_with(char::is_alphanumeric))
        {
            return true;
        }
        // The first word, hyphens included ("Re-emphasizing"); a cue after
        // an adverb may be lower case ("Also convinced").
        let first: &str = t
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '‑'))
            .next()
            .unwrap_or("");
        let cased_ok = first.chars().next().is_some_and(char::is_uppercase)
            || t.len() < text.trim_start_matches(['*', '_', ' ']).len();
        cased_ok
            && first.chars().count() > 4
            && (self.preamble_endings.iter().any(|e| first.ends_with(e))
                || self
                    .preamble_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(first)))
    }
}
