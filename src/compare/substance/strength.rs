//! Operative strength: where a text's phrases stand on the ladders of its
//! language ("Encourages" 2, "Urges" 4 on the exhortation ladder), and the
//! shift when an edit swaps one for another of the same ladder.

use super::words::{Shape, Word};
use crate::lang::substance::{Rung, SubstanceRules};
use crate::types::{Direction, Shift};

/// A ladder phrase found in a text, over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Step {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) rung: &'static Rung,
}

/// The words of a ladder phrase: split at spaces, or into characters for a
/// phrase of Han characters, which tokens hold one at a time.
fn phrase_words(phrase: &str) -> Vec<String> {
    if phrase.contains(' ') || !phrase.chars().all(crate::lang::is_han) {
        phrase.split(' ').map(str::to_string).collect()
    } else {
        phrase.chars().map(String::from).collect()
    }
}

/// The ladder phrases of a text, leftmost and longest first, never
/// overlapping.
pub(super) fn steps(words: &[Word], rules: &'static SubstanceRules) -> Vec<Step> {
    let ladders: Vec<(Vec<String>, &'static Rung)> = rules
        .ladders
        .iter()
        .map(|r| (phrase_words(r.phrase), r))
        .collect();
    let matches = |w: &Word, piece: &str| {
        w.shape != Shape::Digits && (w.lower == piece || w.stem(rules) == piece)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = ladders
            .iter()
            .filter(|(pieces, _)| {
                pieces
                    .iter()
                    .enumerate()
                    .all(|(k, p)| words.get(i + k).is_some_and(|w| matches(w, p)))
            })
            .max_by_key(|(pieces, _)| pieces.len());
        match best {
            Some((pieces, rung)) => {
                out.push(Step {
                    first: i,
                    last: i + pieces.len() - 1,
                    rung,
                });
                i += pieces.len();
            }
            None => i += 1,
        }
    }
    out
}

/// The shift between an old and a new phrase, when they stand on one
/// ladder at different ranks.
pub(super) fn shift(
    old: &Step,
    new: &Step,
    old_text: &str,
    new_text: &str,
    old_words: &[Word],
    new_words: &[Word],
) -> Option<Shift> {
    if old.rung.ladder != new.rung.ladder || old.rung.rank == new.rung.rank {
        return None;
    }
    let text = |s: &Step, t: &str, w: &[Word]| t[w[s.first].start..w[s.last].end].to_string();
    Some(Shift {
        ladder: old.rung.ladder,
        old: text(old, old_text, old_words),
        new: text(new, new_text, new_words),
        old_rank: old.rung.rank,
        new_rank: new.rung.rank,
        direction: if new.rung.rank > old.rung.rank {
            Direction::Strengthened
        } else {
            Direction::Weakened
        },
    })
}
