//! Align: the paragraphs of two documents in, an [`Alignment`] (which
//! paragraph became which) out.
//!
//! It decides, for each paragraph, whether it stayed, changed, moved, was
//! split or merged, or was inserted or deleted. The shape follows what works
//! best in the diff tools that handle documents well, at near-linear cost;
//! [`align`] runs the steps in order, one `Aligner` method each:
//!
//! 0. **Regrouping** (`Aligner::regroup`, `regroup`). A run of unnumbered
//!    headings or body paragraphs whose words are the same on both sides,
//!    broken into paragraphs elsewhere (a table read cell by cell against
//!    block by block), is paired whole as `unchanged`: its breaks are
//!    layout. Nearly the same words (a cell reworded) are paired whole as
//!    `merged` or `split`, with their word diff.
//! 1. **Backbone** (`Aligner::backbone`). Paragraphs with the same
//!    comparison key are matched in order by a patience diff over the keys:
//!    these are `unchanged`, even when renumbered.
//! 2. **Pairing in the gaps** (`Aligner::pair_in_gap`). Between two
//!    backbone matches, old and new paragraphs are paired in order (a
//!    weighted longest increasing subsequence over candidate pairs,
//!    `order::heaviest_chain`) when their [`similarity()`] reaches
//!    [`PAIR_MIN`]: these are `changed`.
//! 3. **Moves** (`Aligner::moves`). What is left is paired one to one,
//!    best first, across the whole document when the similarity reaches
//!    [`MOVE_MIN`]: `moved`.
//! 4. **Splits and merges** (`Aligner::splits_and_merges`). A paragraph
//!    left over next to a paired one is joined to the pair when the joined
//!    text matches the other side better and reaches [`SPLIT_MIN`]: `split`
//!    (one became two) or `merged`.
//! 5. **The rest** (`Aligner::unpaired`) is `inserted` or `deleted`; the
//!    pairs are then put in reading order (`order::reading_order`).
//!
//! Cost: candidates for steps 2–4 come from an index of each paragraph's
//! rarest word pairs (`index`), never from comparing every paragraph with
//! every other, so the cost grows with the size of the documents, not its
//! square; the similarity of two huge paragraphs is estimated by a diff
//! of bounded work beyond `similarity::EXACT_LCS_BUDGET`.

// The aligner (and its submodules) works on indices into both sides at
// once; index loops say that more plainly than iterator chains.
#![allow(clippy::needless_range_loop)]

mod index;
mod key;
mod order;
mod regroup;
mod similarity;
mod splits;
#[cfg(test)]
mod tests;

use std::ops::Range;

use similar::{capture_diff_slices, Algorithm, DiffTag};

use self::index::Index;
pub use self::key::{Interner, ParagraphKey};
use self::similarity::Scorer;
pub use self::similarity::{
    similarity, CROSS_PART_FACTOR, MOVE_MIN, PAIR_MIN, SPLIT_GAIN, SPLIT_MIN,
};
use crate::types::{Alignment, Pair, Status};

/// A run of paragraphs between two backbone matches, on both sides.
struct Gap {
    old: Range<usize>,
    new: Range<usize>,
}

/// What the steps of [`align`] share: both sides, the pairs found so far
/// and, for each paragraph, the pair that holds it, so that each step sees
/// what the earlier ones left free.
struct Aligner<'a> {
    old: &'a [ParagraphKey],
    new: &'a [ParagraphKey],
    /// For each old paragraph, the index in `pairs` of the pair holding it.
    old_pair: Vec<Option<usize>>,
    /// For each new paragraph, the index in `pairs` of the pair holding it.
    new_pair: Vec<Option<usize>>,
    pairs: Vec<Pair>,
    /// The rare bigrams of each old paragraph, for candidate look-ups.
    old_sigs: Vec<Vec<u64>>,
    /// The rare bigrams of each new paragraph.
    new_sigs: Vec<Vec<u64>>,
    scorer: Scorer<'a>,
}

/// Aligns the paragraphs of two documents.
pub fn align(old: &[ParagraphKey], new: &[ParagraphKey]) -> Alignment {
    let mut aligner = Aligner::new(old, new);
    aligner.regroup();
    let gaps = aligner.backbone();
    for gap in &gaps {
        aligner.pair_in_gap(gap);
    }
    aligner.moves();
    aligner.splits_and_merges();
    aligner.unpaired();
    order::reading_order(aligner.pairs, &aligner.old_pair, &aligner.new_pair)
}

/// Puts an alignment whose pairs were changed after [`align`] (by the
/// containment pairing of reused wording) back in reading order, deleted
/// paragraphs after the pair that holds the old paragraph before them, so
/// that the old text still reads in order through the entries.
pub fn reorder(pairs: Alignment, old_len: usize, new_len: usize) -> Alignment {
    let mut old_pair = vec![None; old_len];
    let mut new_pair = vec![None; new_len];
    for (pi, p) in pairs.iter().enumerate() {
        for &o in &p.old {
            old_pair[o] = Some(pi);
        }
        for &n in &p.new {
            new_pair[n] = Some(pi);
        }
    }
    order::reading_order(pairs, &old_pair, &new_pair)
}

impl<'a> Aligner<'a> {
    fn new(old: &'a [ParagraphKey], new: &'a [ParagraphKey]) -> Self {
        let (old_sigs, new_sigs) = index::signatures(old, new);
        Aligner {
            old,
            new,
            old_pair: vec![None; old.len()],
            new_pair: vec![None; new.len()],
            pairs: Vec::new(),
            old_sigs,
            new_sigs,
            scorer: Scorer::new(old, new),
        }
    }

    /// Records a one-to-one pair.
    fn link(&mut self, o: usize, n: usize, status: Status, similarity: f64) {
        self.old_pair[o] = Some(self.pairs.len());
        self.new_pair[n] = Some(self.pairs.len());
        self.pairs.push(Pair {
            status,
            old: vec![o],
            new: vec![n],
            similarity,
        });
    }

    /// Step 1: pairs identical keys, in order, and gives the gaps between
    /// them (over the paragraphs a regrouping left free; a gap's ranges
    /// may hold regrouped ones, which the later steps pass over).
    fn backbone(&mut self) -> Vec<Gap> {
        let free_old: Vec<usize> = (0..self.old.len())
            .filter(|&o| self.old_pair[o].is_none())
            .collect();
        let free_new: Vec<usize> = (0..self.new.len())
            .filter(|&n| self.new_pair[n].is_none())
            .collect();
        let old_keys: Vec<&str> = free_old.iter().map(|&o| self.old[o].key.as_str()).collect();
        let new_keys: Vec<&str> = free_new.iter().map(|&n| self.new[n].key.as_str()).collect();
        let mut gaps: Vec<Gap> = Vec::new();
        for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
            let (tag, o, n) = op.as_tag_tuple();
            if tag == DiffTag::Equal {
                for (a, b) in o.zip(n) {
                    self.link(free_old[a], free_new[b], Status::Unchanged, 1.0);
                }
            } else {
                match gaps.last_mut() {
                    Some(g) if g.old.end == o.start && g.new.end == n.start => {
                        g.old.end = o.end;
                        g.new.end = n.end;
                    }
                    _ => gaps.push(Gap { old: o, new: n }),
                }
            }
        }
        let whole = |free: &[usize], len: usize, r: Range<usize>| {
            let start = r.start.checked_sub(1).map_or(0, |k| free[k] + 1);
            let end = free.get(r.end).copied().unwrap_or(len);
            start..end
        };
        gaps.into_iter()
            .map(|g| Gap {
                old: whole(&free_old, self.old.len(), g.old),
                new: whole(&free_new, self.new.len(), g.new),
            })
            .collect()
    }

    /// Step 0, regrouping: pairs the runs that hold the same words
    /// paragraphed otherwise (`unchanged`), or nearly so, as a split or
    /// merge would pair them (at [`SPLIT_MIN`]). It comes before the
    /// backbone, which would otherwise pin a short cell ("10 a.m.") that
    /// both sides have alone to a place inside such a run.
    fn regroup(&mut self) {
        for r in regroup::regroupings(self.old, self.new, SPLIT_MIN) {
            let status = if r.similarity >= 1.0 {
                Status::Unchanged
            } else if r.old.len() >= r.new.len() {
                Status::Merged
            } else {
                Status::Split
            };
            let pi = self.pairs.len();
            for k in r.old.clone() {
                self.old_pair[k] = Some(pi);
            }
            for k in r.new.clone() {
                self.new_pair[k] = Some(pi);
            }
            self.pairs.push(Pair {
                status,
                old: r.old.collect(),
                new: r.new.collect(),
                similarity: r.similarity,
            });
        }
    }

    /// Step 2: pairs the paragraphs of one gap in order, the chain of
    /// candidate pairs with the largest total score.
    fn pair_in_gap(&mut self, gap: &Gap) {
        let (o0, o1, n0, n1) = (gap.old.start, gap.old.end, gap.new.start, gap.new.end);
        if o0 == o1 || n0 == n1 {
            return;
        }
        let members: Vec<usize> = (o0..o1).filter(|&o| self.old_pair[o].is_none()).collect();
        let index = Index::new(&self.old_sigs, &members);
        let mut cands: Vec<(usize, usize, f64)> = Vec::new();
        for n in (n0..n1).filter(|&n| self.new_pair[n].is_none()) {
            let mut olds = index.candidates(&self.new_sigs[n]);
            // Position is evidence too: the paragraphs at the same place in
            // the gap are candidates even with no rare words in common.
            let scaled = o0 + (n - n0) * (o1 - o0) / (n1 - n0);
            for o in scaled.saturating_sub(1)..(scaled + 2).min(o1) {
                if o >= o0 && self.old_pair[o].is_none() && !olds.contains(&o) {
                    olds.push(o);
                }
            }
            for o in olds {
                let s = self.scorer.score(o, n);
                if s >= PAIR_MIN {
                    cands.push((o, n, s));
                }
            }
        }
        for (o, n, _) in order::heaviest_chain(cands) {
            let status = if self.old[o].key == self.new[n].key {
                Status::Unchanged
            } else {
                Status::Changed
            };
            let sim = self.scorer.similarity(o, n);
            self.link(o, n, status, sim);
        }
    }

    /// Step 3: pairs what is still free across the whole document, best
    /// first, one to one.
    fn moves(&mut self) {
        let free_old: Vec<usize> = (0..self.old.len())
            .filter(|&o| self.old_pair[o].is_none())
            .collect();
        let index = Index::new(&self.old_sigs, &free_old);
        let mut moves: Vec<(f64, usize, usize)> = Vec::new();
        for n in (0..self.new.len()).filter(|&n| self.new_pair[n].is_none()) {
            for o in index.candidates(&self.new_sigs[n]) {
                let s = self.scorer.score(o, n);
                if self.scorer.similarity(o, n) >= MOVE_MIN {
                    moves.push((s, o, n));
                }
            }
        }
        moves.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (_, o, n) in moves {
            if self.old_pair[o].is_none() && self.new_pair[n].is_none() {
                let sim = self.scorer.similarity(o, n);
                self.link(o, n, Status::Moved, sim);
            }
        }
    }

    /// Step 5: what no step paired is deleted (old) or inserted (new).
    fn unpaired(&mut self) {
        for o in 0..self.old.len() {
            if self.old_pair[o].is_none() {
                self.old_pair[o] = Some(self.pairs.len());
                self.pairs.push(Pair {
                    status: Status::Deleted,
                    old: vec![o],
                    new: vec![],
                    similarity: 0.0,
                });
            }
        }
        for n in 0..self.new.len() {
            if self.new_pair[n].is_none() {
                self.new_pair[n] = Some(self.pairs.len());
                self.pairs.push(Pair {
                    status: Status::Inserted,
                    old: vec![],
                    new: vec![n],
                    similarity: 0.0,
                });
            }
        }
    }
}
