//! Runs of shared wording between two word sequences: what both the
//! reuse finder of one comparison and the collection index
//! (`crate::sources`) are built on.
//!
//! A paragraph is read as its words ([`Words`]): the comparison keys of its
//! word tokens, folded to lower case as well (agreed language moved to the
//! middle of a sentence loses its capital), as ids, with the byte range of
//! each word in the printed text. Punctuation is left out: a comma more or
//! less does not make wording new.
//!
//! A run grows from a seed, [`SEED`] words found on both sides, outwards
//! ([`extend`]): word by word while the words agree, across at most one
//! word inserted, dropped or substituted, provided the words agree again
//! for at least [`RESUME`] words after it. A run counts when it holds at
//! least [`MIN_RUN_WORDS`] matching words that are not part of a drafting
//! formula of the language ([`LanguageRules::drafting_formulas`]). Since
//! a run of 8 matching words with one edit inside keeps at least 4 in a
//! row on one side of the edit, 4-word seeds find every such run.

use crate::compare::align::Interner;
use crate::lang::LanguageRules;
use crate::text::normalize::{for_each_key, TokenClass};
use crate::types::{KeyOptions, WordRange};

/// Words in a row that both sides must share for a run to start there.
pub const SEED: usize = 4;
/// Matching words (drafting formulas not counted) a run must hold to count
/// as reused wording.
pub const MIN_RUN_WORDS: usize = 8;
/// Words that must agree again after a tolerated edit: without them a run
/// would end on a stray word that happens to recur.
pub const RESUME: usize = 2;

/// A paragraph's words as the reuse finder reads them.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// The folded, lower-cased key of each word, as an id.
    pub ids: Vec<u32>,
    /// Byte range of each word in the paragraph's text.
    pub spans: Vec<(usize, usize)>,
    /// Whether each word belongs to a drafting formula.
    pub formula: Vec<bool>,
    /// Matching words a run must hold in this paragraph's language
    /// ([`LanguageRules::reuse_min_words`]; never fewer than
    /// [`MIN_RUN_WORDS`]).
    pub min_run: usize,
}

impl Words {
    /// Reads the words of a paragraph, interning their keys, and marks the
    /// words of the drafting formulas `formulas` (as [`formula_ids`] gives
    /// them).
    pub fn read(
        text: &str,
        rules: &LanguageRules,
        interner: &mut Interner,
        formulas: &[Vec<u32>],
    ) -> Words {
        let mut w = Words::default();
        let mut lower = String::new();
        for_each_key(text, rules, &KeyOptions::default(), |s, e, class, key| {
            if class == TokenClass::Word {
                lower.clear();
                lower.extend(key.chars().flat_map(char::to_lowercase));
                w.ids.push(interner.id(&lower));
                w.spans.push((s, e));
            }
        });
        w.formula = vec![false; w.ids.len()];
        w.min_run = rules.reuse_min_words.max(MIN_RUN_WORDS);
        for f in formulas.iter().filter(|f| !f.is_empty()) {
            for i in 0..w.ids.len().saturating_sub(f.len() - 1) {
                if w.ids[i..i + f.len()] == f[..] {
                    w.formula[i..i + f.len()].fill(true);
                }
            }
        }
        w
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the paragraph has no word.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The byte range of words `range` in the paragraph's text.
    pub fn bytes(&self, range: WordRange) -> (usize, usize) {
        (self.spans[range.start].0, self.spans[range.end - 1].1)
    }
}

/// The drafting formulas of a language as word-id sequences.
pub fn formula_ids(rules: &LanguageRules, interner: &mut Interner) -> Vec<Vec<u32>> {
    rules
        .drafting_formulas
        .iter()
        .map(|f| Words::read(f, rules, interner, &[]).ids)
        .collect()
}

/// The hash of a few word ids (a shingle): what seeds are indexed by.
pub fn shingle_hash(ids: &[u32]) -> u64 {
    // FxHash's multiply-rotate, inlined so that every index of the crate
    // hashes shingles alike.
    ids.iter().fold(0u64, |h, &id| {
        (h.rotate_left(5) ^ u64::from(id)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    })
}

/// One run of shared wording: word ranges on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    /// Words of the new paragraph.
    pub new: WordRange,
    /// Words of the old paragraph.
    pub old: WordRange,
    /// Words that match (the tolerated edit not counted).
    pub matched: usize,
}

impl Run {
    /// Whether the seed at `(i, j)` lies inside this run on both sides, so
    /// that growing it again would find this run.
    pub fn holds(&self, i: usize, j: usize) -> bool {
        (self.new.start..self.new.end).contains(&i) && (self.old.start..self.old.end).contains(&j)
    }

    /// Whether the run holds enough matching words to count as reused
    /// wording in the new paragraph's language, the words marked in
    /// `stock` left out.
    pub fn counts(&self, new: &Words, stock: &[bool]) -> bool {
        self.weight_apart(new, stock) >= new.min_run.max(MIN_RUN_WORDS)
    }

    /// Matching words that count towards [`MIN_RUN_WORDS`]: those outside
    /// the drafting formulas of the new paragraph.
    pub fn weight(&self, new: &Words) -> usize {
        self.weight_apart(new, &[])
    }

    /// [`Run::weight`], the words marked in `stock` (stock expressions of
    /// the new paragraph; empty for none) left out as well.
    pub fn weight_apart(&self, new: &Words, stock: &[bool]) -> usize {
        let left_out = (self.new.start..self.new.end)
            .filter(|&k| new.formula[k] || stock.get(k).copied().unwrap_or(false))
            .count();
        self.matched.saturating_sub(left_out)
    }
}

/// How far a walk from one point went: steps on each side and words
/// matched, and whether it used the tolerated edit.
struct Walk {
    new: usize,
    old: usize,
    matched: usize,
    used: bool,
}

/// Walks while `same(x, y)` (the x-th word ahead on the new side equals the
/// y-th on the old side), within `lens`, across one edit when `tolerate`.
fn walk(lens: (usize, usize), same: impl Fn(usize, usize) -> bool, tolerate: bool) -> Walk {
    let (mut x, mut y, mut matched, mut used) = (0, 0, 0, false);
    let agree_from = |x: usize, y: usize| {
        (0..)
            .take_while(|&k| x + k < lens.0 && y + k < lens.1 && same(x + k, y + k))
            .take(RESUME)
            .count()
    };
    loop {
        if x < lens.0 && y < lens.1 && same(x, y) {
            x += 1;
            y += 1;
            matched += 1;
            continue;
        }
        if used || !tolerate {
            break;
        }
        // Substituted, inserted in the new text, dropped from the old.
        let Some((dx, dy)) = [(1, 1), (1, 0), (0, 1)]
            .into_iter()
            .find(|&(dx, dy)| agree_from(x + dx, y + dy) == RESUME)
        else {
            break;
        };
        x += dx;
        y += dy;
        used = true;
    }
    Walk {
        new: x,
        old: y,
        matched,
        used,
    }
}

/// Grows the run around a seed: `new[i..i + SEED]` equals
/// `old[j..j + SEED]`. Back first without the edit, then forward with it,
/// then back again with it when the forward walk did not use it, so that
/// the run is maximal whichever side of the seed the edit lies on.
pub fn extend(new: &[u32], old: &[u32], i: usize, j: usize) -> Run {
    let back = |i: usize, j: usize, tolerate: bool| {
        walk((i, j), |x, y| new[i - 1 - x] == old[j - 1 - y], tolerate)
    };
    let first = back(i, j, false);
    let (s, t) = (i - first.new, j - first.old);
    let ahead = walk(
        (new.len() - s, old.len() - t),
        |x, y| new[s + x] == old[t + y],
        true,
    );
    let (mut s, mut t, mut matched) = (s, t, ahead.matched);
    let (e, f) = (s + ahead.new, t + ahead.old);
    if !ahead.used {
        let more = back(s, t, true);
        s -= more.new;
        t -= more.old;
        matched += more.matched;
    }
    Run {
        new: WordRange { start: s, end: e },
        old: WordRange { start: t, end: f },
        matched,
    }
}

/// Grows a run from each seed `(i, j)` (new word, old word) that no run
/// grown before holds, in the order given; seeds whose words differ (a
/// hash collision) are passed over.
pub fn grow(new: &[u32], old: &[u32], seeds: impl IntoIterator<Item = (usize, usize)>) -> Vec<Run> {
    let mut found: Vec<Run> = Vec::new();
    for (i, j) in seeds {
        if old[j..j + SEED] != new[i..i + SEED] || found.iter().any(|r| r.holds(i, j)) {
            continue;
        }
        found.push(extend(new, old, i, j));
    }
    found
}

/// Keeps the runs not inside another one on the new side, in reading
/// order.
pub fn outermost(mut runs: Vec<Run>) -> Vec<Run> {
    runs.sort_by_key(|r| (r.new.start, std::cmp::Reverse(r.new.end), r.old.start));
    let mut kept: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        if kept.last().is_none_or(|k| r.new.end > k.new.end) {
            kept.push(r);
        }
    }
    kept
}

/// Word ranges sorted and joined where they overlap or touch: the runs
/// of one pair (or of one source) as a reader sees them.
pub fn merge_ranges(mut ranges: Vec<WordRange>) -> Vec<WordRange> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<WordRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Words covered by runs in reading order (overlaps counted once).
pub fn covered(runs: &[WordRange]) -> usize {
    let (mut total, mut reach) = (0, 0);
    for r in runs {
        let start = r.start.max(reach);
        if r.end > start {
            total += r.end - start;
            reach = r.end;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<u32> {
        text.split(' ').map(|w| w.as_bytes()[0] as u32).collect()
    }

    #[test]
    fn a_run_grows_both_ways_from_its_seed() {
        let new = ids("x y a b c d e f g h i z");
        let old = ids("q a b c d e f g h i r");
        let run = extend(&new, &old, 4, 3);
        assert_eq!(run.new, WordRange { start: 2, end: 11 });
        assert_eq!(run.old, WordRange { start: 1, end: 10 });
        assert_eq!(run.matched, 9);
    }

    #[test]
    fn one_substituted_inserted_or_dropped_word_is_tolerated() {
        let old = ids("a b c d e f g h i j");
        for (new, end, matched) in [
            ("a b c d X f g h i j", 10, 9),    // substituted
            ("a b c d X e f g h i j", 11, 10), // inserted
            ("a b c d f g h i j", 9, 9),       // dropped
        ] {
            let new = ids(new);
            let run = extend(&new, &old, 0, 0);
            assert_eq!((run.new.end, run.matched), (end, matched), "{new:?}");
        }
    }

    #[test]
    fn a_second_edit_ends_the_run_and_an_edit_needs_words_agreeing_after_it() {
        for (old, new, end, matched) in [
            ("a b c d e f g h i j k l", "a b c d X f g Y i j k l", 7, 6),
            ("a b c d e f g h Q", "a b c d e f g h X Q", 8, 8),
        ] {
            let run = extend(&ids(new), &ids(old), 0, 0);
            assert_eq!((run.new.end, run.matched), (end, matched), "{new}");
        }
    }

    #[test]
    fn the_edit_is_used_behind_the_seed_when_the_way_ahead_is_clean() {
        let old = ids("a b c d e f g h i j");
        let new = ids("a b X d e f g h i j");
        let run = extend(&new, &old, 4, 4);
        assert_eq!((run.new.start, run.new.end, run.matched), (0, 10, 9));
    }

    #[test]
    fn formulas_do_not_count_towards_a_run() {
        let en = crate::lang::Language("en").rules();
        let mut interner = Interner::default();
        let formulas = formula_ids(en, &mut interner);
        let text = "Invites, as appropriate, within their respective mandates, all the parties";
        let words = Words::read(text, en, &mut interner, &formulas);
        assert_eq!(words.len(), 10);
        let flagged: Vec<usize> = (0..10).filter(|&i| words.formula[i]).collect();
        assert_eq!(flagged, [1, 2, 3, 4, 5, 6]);
        let run = extend(&words.ids, &words.ids, 0, 0);
        assert_eq!((run.matched, run.weight(&words)), (10, 4));
    }

    #[test]
    fn words_fold_case_and_skip_punctuation() {
        let en = crate::lang::Language("en").rules();
        let mut interner = Interner::default();
        let a = Words::read("Recalling its resolution 79/62,", en, &mut interner, &[]);
        let b = Words::read("and recalling its resolution 79/62", en, &mut interner, &[]);
        assert_eq!(a.ids[..], b.ids[1..]);
        assert_eq!(a.bytes(WordRange { start: 3, end: 4 }), (25, 30));
    }

    #[test]
    fn nested_runs_are_dropped_and_overlaps_counted_once() {
        let run = |s, e| Run {
            new: WordRange { start: s, end: e },
            old: WordRange {
                start: 0,
                end: e - s,
            },
            matched: e - s,
        };
        let kept = outermost(vec![run(5, 9), run(0, 10), run(8, 20)]);
        assert_eq!(kept, [run(0, 10), run(8, 20)]);
        assert_eq!(covered(&[kept[0].new, kept[1].new]), 20);
        let range = |start, end| WordRange { start, end };
        assert_eq!(
            merge_ranges(vec![range(12, 15), range(0, 5), range(5, 8), range(3, 4)]),
            [range(0, 8), range(12, 15)]
        );
    }
}
