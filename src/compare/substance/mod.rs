//! Routine or substantive: which changes follow from the new session alone
//! and which a negotiator must read.
//!
//! Each changed entry's redline is cut into edits (runs of deleted and
//! inserted spans, `edits::cut`); each edit's tokens on both sides are
//! matched against what a routine edit may touch (`entities`: session
//! ordinals, dates, years, document symbols, cross-references) and the
//! ladders of operative strength (`strength`), with the row of the new
//! text's language ([`crate::lang::substance`]). An edit is routine when
//! every token it changes belongs to such an entity and each old entity
//! became a new one the way the session moved:
//!
//! - a session ordinal or a year moved by the session shift (the
//!   difference of the session numbers in the two symbols; of the years of
//!   their dates when a symbol is missing; 1 when both are);
//! - a date kept its day and month while its year moved so, or it is the
//!   date of a cited document ("resolution 79/62 of 2 December 2024");
//! - a document symbol was replaced, added or dropped, with the words that
//!   come with it ("resolution" → "resolutions", "and");
//! - "paragraph 5 above" became "paragraph 6 above" where the alignment
//!   paired old paragraph 5 with new paragraph 6.
//!
//! Anything else is substantive, with the reason: words, a session or year
//! or date that moved otherwise (a deadline), a cross-reference that now
//! points elsewhere, a strength shift. An entry whose edits are all routine
//! is routine; inserted, deleted, moved, split and merged paragraphs are
//! substantive. Cost: linear in the entry's text, times the ladder's length
//! for strength phrases.

mod context;
mod edits;
mod entities;
mod strength;
mod words;

use std::collections::BTreeMap;

use crate::lang::substance::substance_rules;
use crate::types::{Comparison, Direction, Document, Edit, Entry, Reason, Status, Substance};
use context::Context;
use edits::{cut, Side, Verdict};

/// Classifies every changed paragraph and footnote entry of a comparison
/// and adds the counts to its summary.
pub(super) fn classify(c: &mut Comparison) {
    let ctx = Context {
        rules: substance_rules(c.new.language.0),
        session_shift: session_shift(&c.old, &c.new),
        renumbered: operative_numbers(&c.alignment),
    };
    for e in c.alignment.iter_mut().chain(c.footnotes.iter_mut()) {
        classify_entry(e, &ctx);
    }
    let s = &mut c.summary;
    for e in &c.alignment {
        match e.substance {
            Some(Substance::Routine) => s.routine += 1,
            Some(Substance::Substantive) => s.substantive += 1,
            None => {}
        }
        for shift in &e.shifts {
            match shift.direction {
                Direction::Strengthened => s.strengthened += 1,
                Direction::Weakened => s.weakened += 1,
            }
        }
    }
}

fn classify_entry(e: &mut Entry, ctx: &Context) {
    let whole = match e.status {
        Status::Unchanged => return,
        Status::Inserted => Some(Reason::Inserted),
        Status::Deleted => Some(Reason::Deleted),
        Status::Moved => Some(Reason::Moved),
        Status::Split | Status::Merged => Some(Reason::Restructured),
        Status::Changed => None,
    };
    let mut reasons: Vec<Reason> = whole.into_iter().collect();
    if !matches!(e.status, Status::Inserted | Status::Deleted) {
        let (old_text, new_text, cuts) = cut(&e.diff);
        let side = |text| {
            let words = words::words(text);
            let found = entities::entities(&words, ctx.rules);
            let steps = strength::steps(&words, ctx.rules);
            Side {
                text,
                words,
                found,
                steps,
            }
        };
        let (old, new) = (side(&old_text), side(&new_text));
        let verdicts: Vec<_> = cuts
            .iter()
            .map(|c| edits::classify(c, &old, &new, ctx))
            .collect();
        let symbol_beside = verdicts
            .iter()
            .any(|(v, _)| *v == Verdict::Is(Reason::DocumentSymbol));
        for (c, (verdict, shift)) in cuts.iter().zip(verdicts) {
            let reason = match verdict {
                Verdict::Is(r) => r,
                Verdict::DocumentWords if symbol_beside => Reason::DocumentSymbol,
                Verdict::DocumentWords => Reason::Wording,
            };
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
            e.edits.push(Edit {
                span: c.span,
                old: old_text[c.old.clone()].to_string(),
                new: new_text[c.new.clone()].to_string(),
                substance: substance_of(reason),
                reason,
            });
            if let Some(s) = shift.filter(|s| !e.shifts.contains(s)) {
                e.shifts.push(s);
            }
        }
    }
    // What makes the entry substantive first, then the routine rest.
    reasons.sort_by_key(|r| r.is_routine());
    let routine = !reasons.is_empty() && reasons.iter().all(|r| r.is_routine());
    e.substance = Some(
        if routine || (reasons.is_empty() && e.status == Status::Changed) {
            Substance::Routine
        } else {
            Substance::Substantive
        },
    );
    e.reasons = reasons;
}

fn substance_of(reason: Reason) -> Substance {
    if reason.is_routine() {
        Substance::Routine
    } else {
        Substance::Substantive
    }
}

/// The session a symbol names: its first part of digits alone
/// ("A/RES/79/239" → 79, "A/C.1/80/L.46" → 80).
fn session_of(symbol: &str) -> Option<i64> {
    symbol
        .split('/')
        .find(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|p| p.parse().ok())
}

/// The last four-digit year in a date line.
fn year_of(date: &str) -> Option<i64> {
    date.split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse().ok())
        .next_back()
}

/// How far the session moved from the old text to the new: from the
/// symbols, else from the dates, else one (a yearly text).
fn session_shift(old: &Document, new: &Document) -> i64 {
    let from = |f: fn(&str) -> Option<i64>, a: &Option<String>, b: &Option<String>| {
        Some(f(b.as_deref()?)? - f(a.as_deref()?)?).filter(|d| (0..=10).contains(d))
    };
    from(session_of, &old.symbol, &new.symbol)
        .or_else(|| from(year_of, &old.date, &new.date))
        .unwrap_or(1)
}

/// The number of an operative paragraph id ("OP5" → 5, "12" → 12); none
/// for sub-paragraphs and preambular paragraphs.
fn operative_number(id: &str) -> Option<u32> {
    let digits = id.strip_prefix("OP").unwrap_or(id);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Old operative number → new, for every pair of one paragraph each.
fn operative_numbers(alignment: &[Entry]) -> BTreeMap<u32, u32> {
    alignment
        .iter()
        .filter(|e| e.old.len() == 1 && e.new.len() == 1)
        .filter_map(|e| Some((operative_number(&e.old[0])?, operative_number(&e.new[0])?)))
        .collect()
}

#[cfg(test)]
mod tests;
