//! The edits of a redline, each classified: a run of deleted and inserted
//! spans between equal ones, with the byte ranges it covers in the old and
//! the new text, and the entities and ladder phrases it touches there.

use std::ops::Range;

use super::context::Context;
use super::entities::{Entity, Found, Kind};
use super::strength::{shift, Step};
use super::words::Word;
use crate::types::{Op, Reason, Shift, Span};

/// One edit's place: its first span and its ranges in both texts.
#[derive(Debug, Clone)]
pub(super) struct Cut {
    pub(super) span: usize,
    pub(super) old: Range<usize>,
    pub(super) new: Range<usize>,
}

/// The old and new texts a redline rebuilds, and its edits.
pub(super) fn cut(diff: &[Span]) -> (String, String, Vec<Cut>) {
    let (mut old, mut new) = (String::new(), String::new());
    let mut cuts: Vec<Cut> = Vec::new();
    let mut open = false;
    for (i, span) in diff.iter().enumerate() {
        match span.op {
            Op::Equal => {
                old.push_str(span.old_text.as_deref().unwrap_or(&span.text));
                new.push_str(&span.text);
                open = false;
                continue;
            }
            _ if !open => cuts.push(Cut {
                span: i,
                old: old.len()..old.len(),
                new: new.len()..new.len(),
            }),
            _ => {}
        }
        open = true;
        let last = cuts.last_mut().expect("an edit was opened");
        if span.op == Op::Delete {
            old.push_str(&span.text);
            last.old.end = old.len();
        } else {
            new.push_str(&span.text);
            last.new.end = new.len();
        }
    }
    (old, new, cuts)
}

/// One side of an entry, read once: its text, tokens, entities and ladder
/// phrases.
pub(super) struct Side<'t> {
    pub(super) text: &'t str,
    pub(super) words: Vec<Word>,
    pub(super) found: Found,
    pub(super) steps: Vec<Step>,
}

impl Side<'_> {
    /// Tokens overlapping a byte range.
    fn tokens(&self, range: &Range<usize>) -> Range<usize> {
        let first = self.words.partition_point(|w| w.end <= range.start);
        let end = self.words.partition_point(|w| w.start < range.end);
        first..end.max(first)
    }

    /// Ladder phrases overlapping or touching a byte range.
    fn steps_at(&self, range: &Range<usize>) -> impl Iterator<Item = &Step> + '_ {
        let range = range.clone();
        self.steps.iter().filter(move |s| {
            self.words[s.first].start <= range.end && self.words[s.last].end >= range.start
        })
    }
}

/// What an edit was found to be, before the entry decides on edits made
/// only of document words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Decided.
    Is(Reason),
    /// Only words that come and go with symbols ("resolution" →
    /// "resolutions", "and"): routine when a symbol edit stands beside it.
    DocumentWords,
}

/// Classifies one edit, and finds the strength shift it makes.
pub(super) fn classify(
    cut: &Cut,
    old: &Side,
    new: &Side,
    ctx: &Context,
) -> (Verdict, Option<Shift>) {
    let shifted = old.steps_at(&cut.old).find_map(|o| {
        new.steps_at(&cut.new)
            .find_map(|n| shift(o, n, old.text, new.text, &old.words, &new.words))
    });
    if shifted.is_some() {
        return (Verdict::Is(Reason::Strength), shifted);
    }
    if let Some(reason) = same_words(cut, old, new, ctx) {
        return (Verdict::Is(reason), None);
    }
    (entities_verdict(cut, old, new, ctx), None)
}

/// The same words on both sides but for letter case or for sequence
/// adverbs ("Decides" → "Further decides", "en outre"): which of the two.
fn same_words(cut: &Cut, old: &Side, new: &Side, ctx: &Context) -> Option<Reason> {
    let (old_text, new_text) = (&old.text[cut.old.clone()], &new.text[cut.new.clone()]);
    if old_text != new_text && old_text.to_lowercase() == new_text.to_lowercase() {
        return Some(Reason::LetterCase);
    }
    let (o, old_adverbs) = without_adverbs(&old.words[old.tokens(&cut.old)], ctx);
    let (n, new_adverbs) = without_adverbs(&new.words[new.tokens(&cut.new)], ctx);
    (o == n && (old_adverbs || new_adverbs)).then_some(Reason::SequenceAdverb)
}

/// The tokens' lower-case words with the sequence adverbs (of one word or
/// several) left out, and whether there were any.
fn without_adverbs<'w>(words: &'w [Word], ctx: &Context) -> (Vec<&'w str>, bool) {
    let adverbs: Vec<Vec<&str>> = ctx
        .rules
        .sequence_adverbs
        .iter()
        .map(|a| a.split(' ').collect())
        .collect();
    let (mut kept, mut found, mut i) = (Vec::new(), false, 0);
    while i < words.len() {
        let at = |a: &Vec<&str>| {
            a.iter().enumerate().all(|(k, p)| {
                words
                    .get(i + k)
                    .is_some_and(|w| w.lower == *p || w.stem(ctx.rules) == *p)
            })
        };
        match adverbs.iter().filter(|a| at(a)).map(Vec::len).max() {
            Some(len) => {
                found = true;
                i += len;
            }
            None => {
                kept.push(words[i].lower.as_str());
                i += 1;
            }
        }
    }
    (kept, found)
}

/// The verdict from what the edit's tokens are.
fn entities_verdict(cut: &Cut, old: &Side, new: &Side, ctx: &Context) -> Verdict {
    let (old_tokens, new_tokens) = (old.tokens(&cut.old), new.tokens(&cut.new));
    if old_tokens.is_empty() && new_tokens.is_empty() {
        return Verdict::Is(Reason::Wording);
    }
    let mut touched: [Vec<&Entity>; 2] = [Vec::new(), Vec::new()];
    let mut document_words = false;
    for (k, (side, tokens)) in [(old, old_tokens), (new, new_tokens)]
        .into_iter()
        .enumerate()
    {
        for t in tokens {
            match side.found.owner[t] {
                Some(e) => {
                    let e = &side.found.list[e];
                    if !touched[k].iter().any(|x| std::ptr::eq(*x, e)) {
                        touched[k].push(e);
                    }
                }
                None if ctx.is_document_word(&side.words[t]) => document_words = true,
                None => return Verdict::Is(Reason::Wording),
            }
        }
    }
    if touched[0].is_empty() && touched[1].is_empty() {
        return Verdict::DocumentWords;
    }
    let [old_e, new_e] = touched;
    let mut routine = Vec::new();
    for category in 0..5 {
        let of = |list: &[&Entity]| -> Vec<Kind> {
            list.iter()
                .filter(|e| category_of(&e.kind) == category)
                .map(|e| e.kind.clone())
                .collect()
        };
        let (o, n) = (of(&old_e), of(&new_e));
        if category == SYMBOL {
            if !o.is_empty() || !n.is_empty() {
                routine.push(Reason::DocumentSymbol);
            }
            continue;
        }
        if o.len() != n.len() {
            return Verdict::Is(Reason::Wording);
        }
        for (a, b) in o.iter().zip(&n) {
            match pair(a, b, ctx) {
                reason if reason.is_routine() => routine.push(reason),
                reason => return Verdict::Is(reason),
            }
        }
    }
    // Document words beside a date or an ordinal alone are words changed.
    if document_words && !routine.contains(&Reason::DocumentSymbol) {
        return Verdict::Is(Reason::Wording);
    }
    Verdict::Is(routine.first().copied().unwrap_or(Reason::Wording))
}

const SYMBOL: usize = 4;

fn category_of(kind: &Kind) -> usize {
    match kind {
        Kind::SessionOrdinal(_) => 0,
        // The date of a cited document comes and goes with its symbol.
        Kind::Date { cites: true, .. } => SYMBOL,
        Kind::Date { .. } => 1,
        Kind::Year(_) => 2,
        Kind::ParagraphRef { .. } => 3,
        Kind::Symbol => SYMBOL,
    }
}

/// The reason for one old entity becoming one new entity of its kind.
fn pair(old: &Kind, new: &Kind, ctx: &Context) -> Reason {
    let moved_with_session = |a: u32, b: u32| i64::from(b) - i64::from(a) == ctx.session_shift;
    match (old, new) {
        (Kind::SessionOrdinal(a), Kind::SessionOrdinal(b)) if moved_with_session(*a, *b) => {
            Reason::SessionOrdinal
        }
        (Kind::SessionOrdinal(_), _) => Reason::SessionMoved,
        (Kind::Year(a), Kind::Year(b)) if moved_with_session(*a, *b) => Reason::Year,
        (Kind::Year(_), _) => Reason::YearMoved,
        (
            Kind::Date {
                day,
                month,
                year,
                cites,
                deadline,
            },
            Kind::Date {
                day: day2,
                month: month2,
                year: year2,
                cites: cites2,
                deadline: deadline2,
            },
        ) => {
            let year_follows = match (year, year2) {
                (Some(a), Some(b)) => moved_with_session(*a, *b),
                _ => false,
            };
            let same_day = day == day2 && month == month2;
            // An event's date in the new session's year ("at its 397th
            // meeting, on 7 April 2025") is this year's account of it; a
            // deadline whose day or month changed has moved.
            let event = !(*deadline || *deadline2) && ctx.session_shift != 0;
            if (*cites && *cites2) || (year_follows && (same_day || event)) {
                Reason::Date
            } else {
                Reason::DateMoved
            }
        }
        (
            Kind::ParagraphRef {
                number: a,
                external: false,
            },
            Kind::ParagraphRef {
                number: b,
                external: false,
            },
        ) if ctx.renumbered.get(a) == Some(b) => Reason::CrossReferenceRenumbered,
        _ => Reason::CrossReferenceChanged,
    }
}
