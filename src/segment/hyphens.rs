//! Hyphens at line ends: a word the typesetter cut ("dévelop-" /
//! "pement", "technolo-" / "gical") or a compound broken at its own hyphen
//! ("Nord-" / "Sud", "capacity-" / "building")? And a hyphen whose line
//! break an extraction turned into a space inside a line ("Non-
//! Proliferation", "non- governmental").
//!
//! Each break is read once a document, in this order:
//! 1. a capitalised second part is a compound's ("Nord-Sud", "non-State");
//!    a suspending word after a line-end hyphen ("short-" / "and
//!    medium-term") makes a suspended compound, "short- and", unless the
//!    two make a word;
//! 2. the document's own words: the hyphenated form written elsewhere in a
//!    line keeps the hyphen, the joined form written elsewhere joins;
//! 3. the language's word list ([`crate::lang::lexicon`]): the joined form
//!    a word, the compound not listed and the two parts not both words →
//!    joined ("développement"); the joined form no word, or the compound
//!    listed → hyphen ("sous-régionales", "decision-making");
//! 4. what the list leaves open waits for the document's hyphenation: a
//!    document shows a typesetter's hyphenation when a break it joins has
//!    parts that are not both words. There, both readings fitting
//!    ("renforce-ment", "health-care") and neither form known with parts
//!    not both words ("socioéconomi-" / "que", "Ye-" / "sypenko") join;
//!    elsewhere the first keeps its hyphen and the second is left as
//!    written.
//!
//! Languages without case or word list (ar, zh) keep the document's
//! evidence alone, in `repair`. A hyphen and a space before a suspending
//! word inside a line ("low- and middle-income",
//! `LanguageRules::suspenders`) are never a break.
//!
//! Cost: one pass over the breaks, with at most five word-list look-ups
//! each; the word list is read only for a break the document's words leave
//! open.

use std::cell::OnceCell;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::lang::lexicon::{lexicon, Lexicon, Split};
use crate::lang::LanguageRules;

/// How a hyphen at a line end reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// A word the typesetter cut: the hyphen goes ("développement").
    Join,
    /// A compound's hyphen: kept, closed up where it was spaced
    /// ("Nord-Sud", "Non-Proliferation").
    Hyphen,
    /// Nothing tells: left as written.
    Unknown,
    /// A suspended compound's hyphen at a line end, before a suspending
    /// word ("short-" / "and medium-term"): a space follows it.
    Suspended,
}

/// A hyphen at a line end, or one a line break left spaced inside a line,
/// with the words either side as printed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Break<'a> {
    /// The word before the hyphen.
    pub head: &'a str,
    /// The word after it.
    pub tail: &'a str,
    /// A hyphen and a space inside a line, not a hyphen at its end.
    pub spaced: bool,
}

impl Break<'_> {
    /// The compound lower-cased, as the document's vocabulary counts it.
    pub(super) fn key(&self) -> String {
        format!("{}-{}", self.head.to_lowercase(), self.tail.to_lowercase())
    }

    /// The two words run together, lower-cased.
    pub(super) fn joined(&self) -> String {
        format!("{}{}", self.head.to_lowercase(), self.tail.to_lowercase())
    }
}

/// What the document itself writes of a break's words, not counting the
/// breaks themselves.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Evidence {
    /// The hyphenated form written inside a line.
    pub hyphenated: u32,
    /// The joined form.
    pub joined: u32,
}

/// The reading of each break of a document, by its compound lower-cased.
#[derive(Default)]
pub(super) struct Hyphens {
    readings: FxHashMap<String, (usize, Reading)>,
}

impl Hyphens {
    /// Reads a document's breaks. The word list is read only when the
    /// document's own words leave a break open.
    pub(super) fn new(
        breaks: &[Break],
        evidence: impl Fn(&Break) -> Evidence,
        rules: &LanguageRules,
    ) -> Self {
        let mut readings = FxHashMap::default();
        if !rules.cased {
            return Hyphens { readings };
        }
        let list = OnceCell::new();
        let list = || *list.get_or_init(|| lexicon(rules.code));
        // Breaks the document joins on its own evidence, and breaks left
        // open until the document's hyphenation is known.
        let (mut joined, mut open) = (Vec::new(), Vec::new());
        let mut typeset = false;
        for b in breaks {
            let key = b.key();
            if readings.contains_key(&key) {
                continue;
            }
            let head_chars = b.head.chars().count();
            let e = evidence(b);
            let suspended = !b.spaced && suspends(b.tail, rules);
            let reading = match first_reading(b, e, suspended, list) {
                First::Settled(Reading::Join) if e.joined > 0 => {
                    joined.push(*b);
                    Reading::Join
                }
                First::Settled(reading) => {
                    typeset |= reading == Reading::Join;
                    reading
                }
                first => {
                    open.push((key.clone(), first));
                    Reading::Unknown
                }
            };
            readings.insert(key, (head_chars, reading));
        }
        if open.is_empty() {
            return Hyphens { readings };
        }
        // A break the document joins whose parts are not both words is the
        // typesetter's: the document hyphenates words.
        typeset = typeset
            || joined.iter().any(|b| {
                let (h, t) = parts(b);
                list().is_some_and(|l| !(l.knows(h) && l.knows(t)))
            });
        for (key, first) in open {
            let reading = match (first, typeset) {
                (First::Either | First::Unread, true) => Reading::Join,
                (First::Either, false) => Reading::Hyphen,
                _ => Reading::Unknown,
            };
            if let Some(r) = readings.get_mut(&key) {
                r.1 = reading;
            }
        }
        Hyphens { readings }
    }

    /// How the break whose compound, lower-cased, is `key` reads, and where
    /// its hyphen is (in characters from the start): `None` for a
    /// hyphenated word that was never broken.
    pub(super) fn reading(&self, key: &str) -> Option<(usize, Reading)> {
        self.readings.get(key).copied()
    }

    /// Whether the document has no break to read.
    pub(super) fn is_empty(&self) -> bool {
        self.readings.is_empty()
    }
}

/// The two letter runs beside a break's hyphen: the head after its last
/// hyphen or apostrophe ("nuclear-weap" gives "weap", "l’Assem" "Assem"),
/// the tail before its first ("on-free" gives "on").
fn parts<'a>(b: &Break<'a>) -> (&'a str, &'a str) {
    let joiner = |c: char| matches!(c, '-' | '‑' | '’' | '\'');
    let head = b.head.rsplit(joiner).next().unwrap_or("");
    let tail = b.tail.split(joiner).next().unwrap_or("");
    (head, tail)
}

/// A break's reading before the document's hyphenation is known.
#[derive(Debug, Clone, Copy)]
enum First {
    Settled(Reading),
    /// Both readings fit ([`Split::Either`]): joined in a document that
    /// hyphenates words, else kept.
    Either,
    /// The list knows neither form, and the two parts are not both words
    /// ("socioéconomi-" / "que", "Ye-" / "sypenko"): joined in a document
    /// that hyphenates words, else left as written.
    Unread,
}

/// What the break's capitals, the document's words and the word list say,
/// in that order. `suspended`: the tail is a suspending word.
fn first_reading<'l>(
    b: &Break,
    e: Evidence,
    suspended: bool,
    list: impl Fn() -> Option<&'l Lexicon>,
) -> First {
    let (h, t) = parts(b);
    if suspended {
        // "short-" / "and": a suspended compound, unless the two make a
        // word ("husb-" / "and").
        let cut = e.joined > 0 || list().is_some_and(|l| l.split(h, t) == Split::Cut);
        return First::Settled(if cut {
            Reading::Join
        } else {
            Reading::Suspended
        });
    }
    if b.tail.starts_with(char::is_uppercase) {
        // A spaced hyphen closes up only before a compound the document or
        // the list knows: "Non-Proliferation".
        let known = || {
            e.hyphenated > 0
                || list().is_some_and(|l| matches!(l.split(h, t), Split::Compound | Split::Either))
        };
        return First::Settled(if !b.spaced || known() {
            Reading::Hyphen
        } else {
            Reading::Unknown
        });
    }
    if e.hyphenated > 0 {
        return First::Settled(Reading::Hyphen);
    }
    if e.joined > 0 {
        return First::Settled(Reading::Join);
    }
    let Some(l) = list() else {
        return First::Settled(Reading::Unknown);
    };
    match l.split(h, t) {
        Split::Compound => First::Settled(Reading::Hyphen),
        Split::Cut => First::Settled(Reading::Join),
        Split::Either => First::Either,
        Split::Unknown => {
            let letters = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
            if letters(h) && letters(t) {
                First::Unread
            } else {
                First::Settled(Reading::Unknown)
            }
        }
    }
}

/// Whether a word suspends a compound's hyphen before it ("and", "et").
fn suspends(word: &str, rules: &LanguageRules) -> bool {
    let lower = word.to_lowercase();
    rules.suspenders.iter().any(|s| *s == lower)
}

/// The hyphens of a line that a line break left spaced ("Non-
/// Proliferation"): the byte ranges of the letters before and after each,
/// leaving out suspended compounds ("low- and middle-income").
pub(super) fn spaced_breaks(
    text: &str,
    rules: &LanguageRules,
) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("- ").map(|i| from + i) {
        from = at + 2;
        let head_start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(at, |(i, _)| i);
        let tail_start = at + 2;
        let tail_end = text[tail_start..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(text.len(), |(i, _)| tail_start + i);
        let tail = &text[tail_start..tail_end];
        if head_start < at && !tail.is_empty() && !suspends(tail, rules) {
            out.push((head_start..at, tail_start..tail_end));
        }
    }
    out
}

#[cfg(test)]
mod tests;
