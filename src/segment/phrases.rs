//! Matching lines against the phrases of the language table: the opener
//! ("The General Assembly,"), the closing meeting line, the adoption line,
//! the draft marker that ends a sponsor list, an annex heading.
//!
//! Lines and phrases are compared folded ([`fold`]): footnote sentinels
//! dropped, apostrophes and spaces unified, lower case. The phrases are
//! folded once per process ([`FoldedPhrases::of`]) and a line is folded
//! lazily ([`folded_chars`]), since every cover and body line is matched
//! and most lines differ from every phrase at their first character.

use std::borrow::Cow;

use crate::lang::LanguageRules;
use crate::types::{NOTE_CLOSE, NOTE_OPEN};

/// Folds a line for matching it against a phrase of the language table.
pub(super) fn fold(s: &str) -> String {
    folded_chars(s).collect()
}

/// The characters of [`fold`]`(s)`, one at a time: footnote sentinels and
/// what they enclose dropped, apostrophes and spaces unified, lower case,
/// whitespace runs as one space, nothing at either end. Matching a line
/// against a phrase stops at the first character that differs, so the
/// thousands of lines of a report that open with no phrase cost a
/// character or two each instead of a folded copy.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    folded_chars_marked(s, s.contains(NOTE_OPEN))
}

/// [`folded_chars`] for a line already known to hold footnote sentinels
/// (`markers`) or not.
fn folded_chars_marked(s: &str, markers: bool) -> impl Iterator<Item = char> + '_ {
    let mut inside = false;
    let mapped = s
        .chars()
        .filter(move |&c| {
            if !markers {
                return true;
            }
            match c {
                NOTE_OPEN => inside = true,
                NOTE_CLOSE => inside = false,
                _ => return !inside,
            }
            false
        })
        .map(|c| match c {
            '’' | 'ʼ' | '‘' => '\'',
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase);
    SingleSpaced {
        chars: mapped,
        space: false,
        started: false,
        held: None,
    }
}

/// Whitespace runs as one space, none at the ends (as `split_whitespace`
/// then `join(" ")` would give).
struct SingleSpaced<I> {
    chars: I,
    space: bool,
    started: bool,
    held: Option<char>,
}

impl<I: Iterator<Item = char>> Iterator for SingleSpaced<I> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        loop {
            let c = self.chars.next()?;
            if c.is_whitespace() {
                self.space = self.started;
                continue;
            }
            self.started = true;
            if std::mem::take(&mut self.space) {
                self.held = Some(c);
                return Some(' ');
            }
            return Some(c);
        }
    }
}

/// Drops the punctuation an opener ends with (`,` `:` and their Arabic
/// and Chinese forms).
fn trim_opener(s: &str) -> &str {
    s.trim_end_matches([',', ':', '،', '，', ' '])
}

/// The phrases of one language's table, folded once per process: they are
/// matched against every cover and body line, and folding them at each
/// match cost more than the rest of segmentation.
#[derive(Debug, Clone)]
pub(super) struct FoldedPhrases {
    /// Openers, with their closing punctuation trimmed.
    openers: Vec<String>,
    meeting: Vec<String>,
    /// Openings of the adoption line on a cover.
    pub(super) adoption: Vec<String>,
    /// Endings of the line that closes a sponsor list (": draft resolution").
    pub(super) draft_markers: Vec<String>,
    annex: Vec<String>,
    /// The words of the cover's metadata lines.
    pub(super) cover: FoldedCover,
}

/// A row's [`CoverWords`](crate::lang::CoverWords), folded.
#[derive(Debug, Clone)]
pub(super) struct FoldedCover {
    pub(super) organs: Vec<String>,
    pub(super) distribution: Vec<String>,
    pub(super) distribution_levels: Vec<String>,
    pub(super) original: Vec<String>,
    pub(super) language_names: Vec<String>,
    pub(super) sessions: Vec<String>,
    pub(super) agenda: Vec<String>,
    pub(super) year_words: Vec<String>,
    pub(super) open_words: Vec<String>,
}

impl FoldedPhrases {
    fn new(rules: &LanguageRules) -> Self {
        let all = |phrases: &[&str]| phrases.iter().map(|p| fold(p)).collect();
        FoldedPhrases {
            openers: rules
                .openers
                .iter()
                .map(|o| trim_opener(&fold(o)).to_string())
                .collect(),
            meeting: all(rules.meeting_phrases),
            adoption: all(rules.adoption_phrases),
            draft_markers: all(rules.draft_markers),
            annex: all(rules.annex_words),
            cover: FoldedCover {
                organs: all(rules.cover.organs),
                distribution: all(rules.cover.distribution),
                distribution_levels: all(rules.cover.distribution_levels),
                original: all(rules.cover.original),
                language_names: all(rules.cover.language_names),
                sessions: all(rules.cover.sessions),
                agenda: all(rules.cover.agenda),
                year_words: all(rules.cover.year_words),
                open_words: all(rules.cover.open_words),
            },
        }
    }

    /// The folded phrases of `rules`: cached for the built-in tables, made
    /// afresh for any other.
    pub(super) fn of(rules: &LanguageRules) -> Cow<'static, FoldedPhrases> {
        use std::sync::OnceLock;
        static CACHE: [OnceLock<FoldedPhrases>; 16] = [const { OnceLock::new() }; 16];
        match crate::lang::LANGUAGES
            .iter()
            .position(|l| std::ptr::eq(l, rules))
            .and_then(|i| CACHE.get(i))
        {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| FoldedPhrases::new(rules))),
            None => Cow::Owned(FoldedPhrases::new(rules)),
        }
    }
}

/// Whether a line is the opening line of a resolution's body.
pub fn is_opener(text: &str, rules: &LanguageRules) -> bool {
    // Openers are short: a long line is no opener, and needs no folding.
    if text.len() > 120 {
        return false;
    }
    // Every opener starts with a capital where the script has them: a line
    // in lower case ("the General Assembly") ends a title wrapped before
    // its last words.
    if text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    // The folded line is the opener and then only the punctuation an
    // opener may end with.
    let markers = text.contains(NOTE_OPEN);
    let is = |opener: &String| {
        let mut line = folded_chars_marked(text, markers);
        opener.chars().all(|c| line.next() == Some(c))
            && line.all(|c| matches!(c, ',' | ':' | '،' | '，' | ' '))
    };
    let english = &crate::lang::LANGUAGES[0];
    let opener = FoldedPhrases::of(rules).openers.iter().any(is)
        || (!std::ptr::eq(rules, english) && FoldedPhrases::of(english).openers.iter().any(is));
    // Where the opener is the organ's name and a comma ("Генеральная
    // Ассамблея,", "大会，"), the name alone is the cover's organ line.
    opener
        && !FoldedPhrases::of(rules)
            .cover
            .organs
            .iter()
            .any(|o| folded_chars_marked(text, markers).eq(o.chars()))
}

/// Whether a line is the closing meeting line ("85th plenary meeting"):
/// short, opening with its number.
pub(super) fn is_meeting_line(text: &str, rules: &LanguageRules) -> bool {
    // The meeting's number opens the line in most languages ("85th
    // plenary meeting"), ends it in Arabic ("الجلسة العامة 73") and stands
    // inside it in Chinese ("第73次全体会议").
    let numbered = |t: &str| {
        let t = t.trim();
        t.starts_with(|c: char| c.is_ascii_digit())
            || t.ends_with(|c: char| c.is_numeric())
            || t.starts_with('第')
    };
    if text.len() > 120 || !numbered(text) {
        return false;
    }
    let f = fold(text);
    f.split_whitespace().count() <= 6
        && f.chars().any(char::is_numeric)
        && FoldedPhrases::of(rules)
            .meeting
            .iter()
            .any(|p| f.contains(p.as_str()))
}

/// Whether a short line is an annex heading ("Annex II", "Appendice").
pub(super) fn is_annex_heading(text: &str, rules: &LanguageRules) -> bool {
    if text.len() > 40 {
        return false;
    }
    let f = fold(text);
    FoldedPhrases::of(rules).annex.contains(&f)
}
