//! How alike two paragraphs are: the share of their words a word diff
//! keeps, computed exactly by a bit-parallel longest common subsequence,
//! with a cheap upper bound in front so that pairs that cannot reach a
//! threshold never pay for it, and a per-alignment cache ([`Scorer`]) so that
//! no pair is measured twice.

use rustc_hash::FxHashMap;
use similar::DiffTag;

use crate::compare::bounded::bounded_diff;

use super::key::ParagraphKey;
use crate::types::ParagraphKind;

/// Least similarity for pairing two paragraphs that stand at the same
/// place between two unchanged ones (a reworded paragraph). Below it, a
/// reader sees a different paragraph, better shown as deleted + inserted.
pub const PAIR_MIN: f64 = 0.40;
/// Least similarity for a move: a paragraph found elsewhere must share
/// most of its wording, since position gives no support.
pub const MOVE_MIN: f64 = 0.50;
/// Least similarity of a joined pair of paragraphs to the one they came
/// from (or went into) for a split (merge).
pub const SPLIT_MIN: f64 = 0.60;
/// How much better the joined text must match than the single paragraph.
pub const SPLIT_GAIN: f64 = 0.05;
/// Scores of pairs that cross between the preamble and the operative part
/// are multiplied by this when choosing pairs: such moves happen in
/// negotiation, but a match within the same part is preferred.
pub const CROSS_PART_FACTOR: f64 = 0.9;

/// The most [`similarity`] two token sequences can have: the words they
/// share, counted with repetition, bound what a word diff can keep. Cheap
/// (a merge of sorted lists), it spares the diff for pairs that cannot
/// reach a threshold.
fn similarity_bound(x: &[u32], y: &[u32]) -> f64 {
    if x.is_empty() || y.is_empty() {
        return if x.len() == y.len() { 1.0 } else { 0.0 };
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (x.len() + y.len()) as f64
}

/// [`similarity`] of two paragraphs when it can reach `min`, else 0 (not
/// computed).
pub(super) fn similarity_from(a: &ParagraphKey, b: &ParagraphKey, min: f64) -> f64 {
    if similarity_bound(&a.sorted, &b.sorted) < min {
        0.0
    } else {
        similarity(&a.tokens, &b.tokens)
    }
}

/// Similarity of two token sequences: twice the tokens a word diff keeps,
/// over the tokens of both (Ratcliff/Obershelp's ratio on words). 1 for
/// identical sequences, 0 for nothing in common.
///
/// ```
/// use resdiff::compare::align::similarity;
/// assert_eq!(similarity(&[1, 2, 3, 4], &[1, 2, 3, 4]), 1.0);
/// assert_eq!(similarity(&[1, 2, 3, 4], &[1, 2, 5, 6]), 0.5);
/// assert_eq!(similarity(&[1, 2], &[3, 4]), 0.0);
/// ```
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // The exact LCS costs |a|·|b|/64 word operations: beyond a budget (two
    // paragraphs of hundreds of thousands of words), a diff of bounded work
    // estimates it instead, so no input makes the comparison hang.
    let kept = if (a.len() as u64) * (b.len() as u64) > EXACT_LCS_BUDGET {
        bounded_diff(a, b)
            .iter()
            .filter_map(|op| match op.as_tag_tuple() {
                (DiffTag::Equal, o, _) => Some(o.len()),
                _ => None,
            })
            .sum()
    } else {
        lcs_len(a, b)
    };
    2.0 * kept as f64 / (a.len() + b.len()) as f64
}

/// Token pairs (|a|·|b|) above which similarity is estimated, not exact.
const EXACT_LCS_BUDGET: u64 = 1 << 30;

/// Length of the longest common subsequence, bit-parallel (Hyyrö 2004):
/// one pass over `b` with word-wide operations over the positions of `a`,
/// O(|a|·|b|/64) and exact, where a diff would cost O((|a|+|b|)·D).
pub(super) fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    // The LCS is symmetric: the shorter side makes the narrower bit rows.
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let words = a.len().div_ceil(64);
    let (slots, masks) = position_masks(a, words);
    let mut v = vec![u64::MAX; words];
    for t in b {
        let Some(slot) = slots.slot(*t) else {
            continue;
        };
        let m = &masks[slot * words..(slot + 1) * words];
        // V = (V + U) | (V - U) with U = V & M, over multi-word integers.
        let (mut carry, mut borrow) = (0u64, 0u64);
        for w in 0..words {
            let u = v[w] & m[w];
            let (sum, c1) = v[w].overflowing_add(u);
            let (sum, c2) = sum.overflowing_add(carry);
            carry = u64::from(c1 || c2);
            let (diff, b1) = v[w].overflowing_sub(u);
            let (diff, b2) = diff.overflowing_sub(borrow);
            borrow = u64::from(b1 || b2);
            v[w] = sum | diff;
        }
    }
    // Count the zero bits among the |a| real positions only: carries may
    // have touched the padding of the last word.
    let mut zeros = 0;
    for (w, word) in v.iter().enumerate() {
        let bits = (a.len() - w * 64).min(64);
        let real = if bits == 64 {
            *word
        } else {
            *word | !((1u64 << bits) - 1)
        };
        zeros += real.count_zeros() as usize;
    }
    zeros
}

/// Where each distinct token of `a` sits: its slot, found by a table over
/// the token ids when they are dense enough (the usual case: ids come from
/// one interner over two documents), else by binary search.
enum Slots {
    Dense(Vec<u32>),
    Sorted(Vec<u32>),
}

impl Slots {
    fn slot(&self, t: u32) -> Option<usize> {
        match self {
            Slots::Dense(table) => table
                .get(t as usize)
                .filter(|&&s| s != u32::MAX)
                .map(|&s| s as usize),
            Slots::Sorted(tokens) => tokens.binary_search(&t).ok(),
        }
    }
}

/// The slots of `a`'s tokens and, for each slot, the bit mask (`words`
/// words wide) of the positions where it occurs.
fn position_masks(a: &[u32], words: usize) -> (Slots, Vec<u64>) {
    let mut masks: Vec<u64> = Vec::new();
    let max = a.iter().max().map_or(0, |&m| m as usize);
    // A table costs a word per id up to the largest: worth it while that
    // stays within a few times a's length (no sort, no search per token).
    if max < 8 * a.len() + 4096 {
        let mut table = vec![u32::MAX; max + 1];
        let mut used = 0u32;
        for (i, &t) in a.iter().enumerate() {
            let slot = &mut table[t as usize];
            if *slot == u32::MAX {
                *slot = used;
                used += 1;
                masks.resize(masks.len() + words, 0);
            }
            masks[*slot as usize * words + i / 64] |= 1 << (i % 64);
        }
        return (Slots::Dense(table), masks);
    }
    let mut order: Vec<(u32, usize)> = a.iter().enumerate().map(|(i, &t)| (t, i)).collect();
    order.sort_unstable();
    let mut slots: Vec<u32> = Vec::new();
    for &(t, i) in &order {
        if slots.last() != Some(&t) {
            slots.push(t);
            masks.resize(masks.len() + words, 0);
        }
        let base = (slots.len() - 1) * words;
        masks[base + i / 64] |= 1 << (i % 64);
    }
    (Slots::Sorted(slots), masks)
}

/// Which part of a resolution a paragraph belongs to, for
/// [`CROSS_PART_FACTOR`]: subparagraphs go with the operative part they
/// belong to.
fn part(kind: ParagraphKind) -> u8 {
    match kind {
        ParagraphKind::Preamble => 0,
        ParagraphKind::Operative | ParagraphKind::Subparagraph => 1,
        ParagraphKind::Heading => 2,
        ParagraphKind::Paragraph => 3,
    }
}

/// The similarities of one alignment's pairs, each computed once: the steps
/// ask about the same pair again (a gap, then the moves, then the pairs
/// chosen).
pub(super) struct Scorer<'a> {
    old: &'a [ParagraphKey],
    new: &'a [ParagraphKey],
    cache: FxHashMap<(usize, usize), f64>,
}

impl<'a> Scorer<'a> {
    pub(super) fn new(old: &'a [ParagraphKey], new: &'a [ParagraphKey]) -> Self {
        Scorer {
            old,
            new,
            cache: FxHashMap::default(),
        }
    }

    /// The similarity of a pair, or 0 when it cannot reach the least
    /// threshold any step uses (so the diff is not run).
    pub(super) fn similarity(&mut self, o: usize, n: usize) -> f64 {
        let (old, new) = (self.old, self.new);
        *self
            .cache
            .entry((o, n))
            .or_insert_with(|| similarity_from(&old[o], &new[n], PAIR_MIN * CROSS_PART_FACTOR))
    }

    /// The score pairs are chosen by: similarity, lowered across parts.
    pub(super) fn score(&mut self, o: usize, n: usize) -> f64 {
        let s = self.similarity(o, n);
        if part(self.old[o].kind) == part(self.new[n].kind) {
            s
        } else {
            s * CROSS_PART_FACTOR
        }
    }
}
