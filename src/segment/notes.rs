//! Footnote markers in body text: the sentinels the layout put around a
//! superscript or marked number, and the bare numbers a PDF extraction
//! leaves glued to a word or set off by a space.
//!
//! [`NoteScanner::extract`] takes the markers out of a paragraph's text and
//! records where they stood. A bare number is taken for a marker only where
//! one may stand ([`note_candidates`]) and only as the footnote numbered
//! next (a glued one may skip one or two the extraction lost), so that
//! "paragraph 3" keeps its 3; once every footnote of the document is found,
//! no more numbers are looked at.
//! [`clean_markers`] drops the sentinels from a metadata or footnote line.

use std::collections::BTreeSet;

use crate::lang::LanguageRules;
use crate::types::{NoteRef, NOTE_CLOSE, NOTE_OPEN};

/// Removes inline footnote sentinels, keeping nothing of them.
pub(super) fn clean_markers(s: &str) -> String {
    if !s.contains(NOTE_OPEN) {
        return s.trim().to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut skip = false;
    for c in s.chars() {
        match c {
            NOTE_OPEN => skip = true,
            NOTE_CLOSE => skip = false,
            c if !skip => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Finds footnote markers in body text, in the order the footnotes are
/// numbered, and takes them out of the text.
pub(super) struct NoteScanner {
    remaining: BTreeSet<u32>,
    last: u32,
}

impl NoteScanner {
    /// A scanner expecting the footnotes numbered `marks`.
    pub(super) fn new(marks: BTreeSet<u32>) -> Self {
        NoteScanner {
            remaining: marks,
            last: 0,
        }
    }

    /// The text without its footnote markers, and where each stood.
    pub(super) fn extract(&mut self, text: &str, rules: &LanguageRules) -> (String, Vec<NoteRef>) {
        // Cuts as (start, end, mark): byte ranges to remove.
        let mut cuts: Vec<(usize, usize, String)> = Vec::new();
        let mut i = 0;
        while let Some(open) = text[i..].find(NOTE_OPEN).map(|o| o + i) {
            let Some(close) = text[open..].find(NOTE_CLOSE).map(|c| c + open) else {
                break;
            };
            let mark = text[open + NOTE_OPEN.len_utf8()..close].to_string();
            if let Ok(n) = mark.parse::<u32>() {
                self.remaining.remove(&n);
                self.last = self.last.max(n);
            }
            cuts.push((open, close + NOTE_CLOSE.len_utf8(), mark));
            i = close + NOTE_CLOSE.len_utf8();
        }
        if !self.remaining.is_empty() {
            let mut candidates = note_candidates(text, rules);
            candidates.sort();
            for NoteCandidate {
                start,
                end,
                mark: n,
                strict,
                after_year,
            } in candidates
            {
                let fits = if strict {
                    n == self.last + 1
                } else {
                    n > self.last && n <= self.last + 3
                };
                let preceded_by_digit =
                    text[..start].ends_with(|c: char| c.is_ascii_digit()) && !after_year;
                if fits
                    && self.remaining.contains(&n)
                    && !preceded_by_digit
                    && !cuts.iter().any(|c| c.0 < end && start < c.1)
                {
                    self.remaining.remove(&n);
                    self.last = n;
                    cuts.push((start, end, n.to_string()));
                }
            }
        }
        if cuts.is_empty() {
            return (text.trim().to_string(), Vec::new());
        }
        cuts.sort();
        let mut out = String::with_capacity(text.len());
        let mut refs = Vec::new();
        let mut at = 0;
        for (start, end, mark) in cuts {
            out.push_str(&text[at..start]);
            refs.push(NoteRef {
                mark,
                offset: out.len(),
            });
            at = end;
        }
        out.push_str(&text[at..]);
        let trimmed = out.trim_end().len();
        for r in &mut refs {
            r.offset = r.offset.min(trimmed);
        }
        out.truncate(trimmed);
        (out, refs)
    }
}

/// A number in body text that may be a footnote marker.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct NoteCandidate {
    /// Byte range to cut (a spaced marker takes its space with it).
    start: usize,
    end: usize,
    mark: u32,
    /// Taken only as the very next mark (spaced or after a year), where a
    /// glued marker may skip a missed one or two.
    strict: bool,
    /// Glued to a year ("20216"): the digit before it is the year's.
    after_year: bool,
}

impl NoteCandidate {
    /// A marker set off by a space, taken only as the very next mark.
    fn spaced(start: usize, end: usize, mark: u32) -> Self {
        NoteCandidate {
            start,
            end,
            mark,
            strict: true,
            after_year: false,
        }
    }
}

/// A letter or a combining mark: what a word a marker is glued to is made of.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || crate::text::normalize::is_combining_mark(c)
}

/// Numbers that may be footnote markers: glued to a word or punctuation
/// (`Secretary-General,4`, `l’homme1`), after punctuation and a space
/// (`Secretary-General, 4`), after a word and a space unless the word is
/// one numbers follow (`Secretary General 3 and`, not `paragraph 3 and`),
/// or glued to a year (`2021` + `6`).
fn note_candidates(text: &str, rules: &LanguageRules) -> Vec<NoteCandidate> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let (run_start, run_end) = (i, j);
        i = j;
        let prev = text[..run_start].chars().next_back();
        let next = text[run_end..].chars().next();
        let len = run_end - run_start;
        if (5..=6).contains(&len)
            && (text[run_start..].starts_with("19") || text[run_start..].starts_with("20"))
            && !prev.is_some_and(char::is_alphanumeric)
            && !next.is_some_and(char::is_alphanumeric)
        {
            if let Ok(mark) = text[run_start + 4..run_end].parse() {
                out.push(NoteCandidate {
                    start: run_start + 4,
                    end: run_end,
                    mark,
                    strict: true,
                    after_year: true,
                });
            }
            continue;
        }
        if len > 3 {
            continue;
        }
        let Ok(mark) = text[run_start..run_end].parse::<u32>() else {
            continue;
        };
        let ends_clean = |extra: &str| next.is_none_or(|c| c.is_whitespace() || extra.contains(c));
        // Glued.
        if prev.is_some_and(|c| is_letter(c) || ")]”»’.,;:".contains(c)) && ends_clean(",.;:)")
        {
            out.push(NoteCandidate {
                start: run_start,
                end: run_end,
                mark,
                strict: false,
                after_year: false,
            });
            continue;
        }
        if !prev.is_some_and(char::is_whitespace) {
            continue;
        }
        let before_space = text[..run_start].trim_end_matches(char::is_whitespace);
        let space_start = before_space.len();
        let last = before_space.chars().next_back();
        // After punctuation and a space.
        if last.is_some_and(|c| ",.;:)”»".contains(c)) && ends_clean(",.;") {
            out.push(NoteCandidate::spaced(space_start, run_end, mark));
            continue;
        }
        // After a word and one space.
        if run_start - space_start == 1 && last.is_some_and(is_letter) {
            let word: String = before_space
                .chars()
                .rev()
                .take_while(|c| is_letter(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = &text[run_end..];
            let next_ok = after.is_empty()
                || after.starts_with([',', '.', ';', ':'])
                || (after.starts_with(' ') && after[1..].starts_with(char::is_lowercase));
            if next_ok
                && !rules
                    .number_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&word))
            {
                out.push(NoteCandidate::spaced(space_start, run_end, mark));
            }
        }
    }
    out
}
