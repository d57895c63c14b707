//! Words a PDF extraction broke, repaired from the document's own
//! vocabulary: a word split by a stray space ("internationa le", "e t"),
//! a compound whose hyphen was spaced ("self- determination"), a word
//! hyphenated at a line end ("capa-city"), a space beside an apostrophe
//! ("l ’homme").
//!
//! A repair is made only where the document itself attests the whole word
//! ([`Vocabulary`], counted once over all its lines) and not the pieces,
//! so that text a reader typed that way is kept as typed; a hyphen at a
//! line end, or one a line break left spaced ("Non- Proliferation"), is
//! read once for the document by `hyphens`, with the language's word list
//! where the document's words do not settle it.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::hyphens::{spaced_breaks, Break, Evidence, Hyphens, Reading};
use crate::lang::LanguageRules;

/// The words of a text as byte ranges: letters, marks and digits, with a
/// hyphen or apostrophe kept inside (`non-State`, `l’homme`).
fn words(text: &str) -> Vec<(usize, usize)> {
    // Byte by byte where the text is ASCII (most of any UN text): decoding
    // and the Unicode tables only for the other characters.
    let at = |i: usize| crate::text::normalize::char_at(text, i);
    let is_word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            crate::text::normalize::is_latin_letter(c)
                || c.is_alphanumeric()
                || crate::text::normalize::is_combining_mark(c)
        }
    };
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        i += len;
        if !is_word(c) {
            continue;
        }
        let start = i - len;
        while let Some((c, len)) = at(i) {
            // A joiner stays inside when a word character follows it.
            let inside = is_word(c)
                || (matches!(c, '-' | '‑' | '’' | '\'')
                    && at(i + len).is_some_and(|(next, _)| is_word(next)));
            if !inside {
                break;
            }
            i += len;
        }
        out.push((start, i));
    }
    out
}

/// The words of a document with their counts, used to repair words that
/// the PDF extraction split ("internationa le", "e t") or hyphenated at a
/// line end: a repair is made only when the document itself attests the
/// whole word and does not attest the pieces elsewhere, or, for a hyphen
/// at a line end, when the language's word list tells ([`Hyphens`]).
///
/// Words are borrowed from the lines; only lower-cased ones are copies.
pub(super) struct Vocabulary<'a> {
    counts: FxHashMap<Cow<'a, str>, u32>,
    hyphens: Hyphens,
}

impl<'a> Vocabulary<'a> {
    /// The vocabulary of a document's lines, and the reading of the
    /// hyphens at their ends.
    pub(super) fn new(lines: impl Iterator<Item = &'a str>, rules: &LanguageRules) -> Self {
        let mut counts: FxHashMap<Cow<'a, str>, u32> = FxHashMap::default();
        // How often each compound was counted from a line-end break.
        let mut line_ends: FxHashMap<String, u32> = FxHashMap::default();
        let mut breaks: Vec<Break<'a>> = Vec::new();
        // The last word of a line ending in a hyphen, and whether the
        // hyphen follows it ("dévelop-", "soixante -").
        let mut carried: Option<(&'a str, bool)> = None;
        for line in lines {
            let found = words(line);
            // A compound split at the previous line's end ("self-" /
            // "determination") is attested whole.
            if let (Some((head, cut)), Some(&(a, b))) = (carried.take(), found.first()) {
                let tail = &line[a..b];
                let key = Break {
                    head,
                    tail,
                    spaced: false,
                }
                .key();
                *line_ends.entry(key.clone()).or_insert(0) += 1;
                *counts.entry(Cow::Owned(key)).or_insert(0) += 1;
                // A break where `join_into` makes one: the tail opens the
                // line with a letter.
                if cut && line[..a].trim().is_empty() && tail.starts_with(char::is_alphabetic) {
                    breaks.push(Break {
                        head,
                        tail,
                        spaced: false,
                    });
                }
            }
            for &(a, b) in &found {
                let w = &line[a..b];
                if w.chars().any(char::is_uppercase) {
                    *counts.entry(Cow::Owned(w.to_lowercase())).or_insert(0) += 1;
                } else {
                    *counts.entry(Cow::Borrowed(w)).or_insert(0) += 1;
                }
            }
            if line.contains("- ") {
                for (head, tail) in spaced_breaks(line, rules) {
                    let (head, tail) = (&line[head], &line[tail]);
                    breaks.push(Break {
                        head,
                        tail,
                        spaced: true,
                    });
                }
            }
            let end = line.trim_end();
            if end.ends_with('-') {
                carried = found.last().map(|&(a, b)| {
                    let rest = &end[b..];
                    (&line[a..b], rest == "-" || rest == " -")
                });
            }
        }
        let mut vocabulary = Vocabulary {
            counts,
            hyphens: Hyphens::default(),
        };
        let evidence = |b: &Break| {
            let key = b.key();
            let at_ends = line_ends.get(&key).copied().unwrap_or(0);
            Evidence {
                hyphenated: vocabulary.count(&key).saturating_sub(at_ends),
                joined: vocabulary.count(&b.joined()),
            }
        };
        let hyphens = Hyphens::new(&breaks, evidence, rules);
        vocabulary.hyphens = hyphens;
        vocabulary
    }

    /// How often the document attests a word, in any case.
    fn count(&self, w: &str) -> u32 {
        if w.chars().any(char::is_uppercase) {
            self.counts
                .get(w.to_lowercase().as_str())
                .copied()
                .unwrap_or(0)
        } else {
            self.counts.get(w).copied().unwrap_or(0)
        }
    }

    /// Whether the document holds a word, in any case.
    pub(super) fn attests(&self, w: &str) -> bool {
        self.count(w) > 0
    }

    /// A paragraph's or footnote's text with its broken words repaired.
    pub(super) fn repair(&self, text: &str, rules: &LanguageRules) -> String {
        let text = fix_apostrophe_spacing(text, rules);
        let text = self.join_spaced_hyphens(&text);
        let mut text = self.join_split_words(&text, rules);
        if text.contains(" ,") {
            text = text.replace(" ,", ",");
        }
        if text.contains("  ") {
            text = text.replace("  ", " ");
        }
        text
    }

    /// "ci -après", "self- determination": a compound whose hyphen a PDF
    /// extraction spaced, rejoined where the document attests it whole.
    fn join_spaced_hyphens(&self, text: &str) -> String {
        if !text.contains(" -") && !text.contains("- ") {
            return text.to_string();
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            let letter = |i: usize| chars.get(i).is_some_and(|c| c.1.is_alphabetic());
            // A letter, then " -" or "- ", then a letter: the gap starts at
            // k and the next word at k + 2.
            let spaced = (c == ' ' && chars.get(k + 1).is_some_and(|c| c.1 == '-'))
                || (c == '-' && chars.get(k + 1).is_some_and(|c| c.1 == ' '));
            let gap = (spaced && k > 0 && letter(k - 1) && letter(k + 2)).then_some((k, k + 2));
            if let Some((g, next)) = gap {
                let mut s0 = g;
                while s0 > 0 && chars[s0 - 1].1.is_alphabetic() {
                    s0 -= 1;
                }
                let mut e1 = next;
                while e1 < chars.len() && chars[e1].1.is_alphabetic() {
                    e1 += 1;
                }
                let head = &text[chars[s0].0..chars[g].0];
                let tail_start = chars[next].0;
                let tail_end = chars.get(e1).map_or(text.len(), |c| c.0);
                let tail = &text[tail_start..tail_end];
                let hyphenated = format!("{head}-{tail}");
                // A line break made a space ("Non- Proliferation"): read as
                // a line-end hyphen; else joined where the document
                // attests the compound ("ci -après").
                let reading = (c == '-')
                    .then(|| self.hyphens.reading(&hyphenated.to_lowercase()))
                    .flatten()
                    .map(|(_, r)| r);
                let joined = match reading {
                    Some(Reading::Join) => Some(format!("{head}{tail}")),
                    Some(Reading::Hyphen) => Some(hyphenated),
                    // "low- and", broken elsewhere as "low-" / "and".
                    Some(Reading::Suspended) => None,
                    Some(Reading::Unknown) | None => {
                        (self.count(&hyphenated) > 0).then_some(hyphenated)
                    }
                };
                if let Some(joined) = joined.filter(|_| chars[s0].0 >= at) {
                    out.push_str(&text[at..chars[s0].0]);
                    out.push_str(&joined);
                    at = tail_end;
                    k = e1;
                    continue;
                }
            }
            k += 1;
        }
        out.push_str(&text[at..]);
        out
    }

    /// "internationa le", "e t", "capa-city": a word split by a space or
    /// hyphenated at a line end, rejoined where the document attests it.
    fn join_split_words(&self, text: &str, rules: &LanguageRules) -> String {
        let words: Vec<(usize, usize)> = words(text);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let w_str = &text[w.0..w.1];
            if let Some(next) = words.get(i + 1) {
                let between = &text[w.1..next.0];
                let next_str = &text[next.0..next.1];
                let (a, b) = (w_str, next_str);
                let chars = |p: &str| p.chars().count();
                // A split leaves a one-letter piece or a tail of two letters
                // at most: most pairs stop here.
                let short = a.chars().nth(1).is_none() || b.chars().nth(2).is_none();
                if short && between == " " && rules.cased {
                    let stray_letter = |p: &str| {
                        chars(p) == 1
                            && !rules
                                .single_letter_words
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(p))
                    };
                    let letters = |p: &str| p.chars().all(char::is_alphabetic);
                    // "e t", "v ie": a letter that is no word on its own;
                    // "internationa le": an unattested head and a short tail.
                    let split = letters(a)
                        && letters(b)
                        && (stray_letter(a)
                            || stray_letter(b)
                            || (chars(b) <= 2 && self.count(a) <= 1));
                    let joined = || format!("{a}{b}");
                    if split && !b.starts_with(char::is_uppercase) && self.count(&joined()) > 0 {
                        out.push_str(&text[at..w.0]);
                        out.push_str(&joined());
                        at = next.1;
                        i += 2;
                        continue;
                    }
                }
            }
            // A hyphen at a line end, read once for the document.
            if let Some(joined) = self.read_break(w_str) {
                if let Some(joined) = joined {
                    out.push_str(&text[at..w.0]);
                    out.push_str(&joined);
                    at = w.1;
                }
                i += 1;
                continue;
            }
            // A word hyphenated at a line end: "capa-city" where the
            // document attests "capacity" and never "capa-city" elsewhere.
            let hyphen = w_str.bytes().position(|c| c == b'-');
            if let Some((a, b)) = hyphen.map(|at| (&w_str[..at], &w_str[at + 1..])) {
                let joined = || format!("{a}{b}");
                if !b.contains('-')
                    && b.starts_with(char::is_lowercase)
                    && self.count(w_str) <= 1
                    && self.count(&joined()) > 0
                {
                    out.push_str(&text[at..w.0]);
                    out.push_str(&joined());
                    at = w.1;
                    i += 1;
                    continue;
                }
            }
            i += 1;
        }
        out.push_str(&text[at..]);
        out
    }
}

impl Vocabulary<'_> {
    /// A hyphenated word that was broken at a line end: `Some(Some(word))`
    /// where the break changes it (the hyphen taken out of a cut word, a
    /// space put after a suspended compound's), `Some(None)` where it is
    /// kept, `None` for a word never broken.
    fn read_break(&self, word: &str) -> Option<Option<String>> {
        if self.hyphens.is_empty() || !word.contains('-') {
            return None;
        }
        let (hyphen, reading) = self.hyphens.reading(&word.to_lowercase())?;
        let at = word.char_indices().nth(hyphen).map(|(i, _)| i)?;
        let (head, tail) = (&word[..at], &word[at + 1..]);
        Some(match reading {
            Reading::Join => Some(format!("{head}{tail}")),
            Reading::Suspended => Some(format!("{head}- {tail}")),
            Reading::Hyphen | Reading::Unknown => None,
        })
    }
}

/// Repairs the space a PDF extraction puts around apostrophes
/// (`l ’intelligence`, `d’ un`).
fn fix_apostrophe_spacing(text: &str, rules: &LanguageRules) -> String {
    // Only a space next to an apostrophe needs repair.
    if !(text.contains(" ’") || text.contains("’ ") || text.contains(" '") || text.contains("' "))
    {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let word_before = |out: &str| -> String {
        out.chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect()
    };
    let is_elision = |w: &str| rules.elisions.iter().any(|e| e.eq_ignore_ascii_case(w));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // "l ’intelligence" → "l’intelligence"
        if c == ' '
            && matches!(chars.get(i + 1), Some('’') | Some('\''))
            && chars.get(i + 2).is_some_and(|c| c.is_alphabetic())
            && out.ends_with(char::is_alphabetic)
        {
            let w = word_before(&out);
            if chars[i + 1] == '’' && (is_elision(&w) || chars.get(i + 2) == Some(&'s'))
                || is_elision(&w)
            {
                i += 1;
                continue;
            }
        }
        // "l’ intelligence" → "l’intelligence"
        if c == ' '
            && out.ends_with(['’', '\''])
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
        {
            let before = &out[..out.len() - out.chars().last().map_or(0, char::len_utf8)];
            if is_elision(&word_before(before)) {
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}
