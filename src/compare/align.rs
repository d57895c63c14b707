//! Stage 4 of the pipeline: the paragraphs of two documents in, an
//! [`Alignment`] (which paragraph became which) out.
//!
//! The shape follows what works best in the diff tools that handle
//! documents well, at near-linear cost:
//!
//! 1. **Backbone.** Paragraphs with the same comparison key are matched in
//!    order by a patience diff over the keys: these are `unchanged`, even
//!    when renumbered.
//! 2. **Pairing in the gaps.** Between two backbone matches, old and new
//!    paragraphs are paired in order (a weighted longest increasing
//!    subsequence over candidate pairs) when their [`similarity`] reaches
//!    [`PAIR_MIN`]: these are `changed`.
//! 3. **Moves.** What is left is paired one to one, best first, across the
//!    whole document when the similarity reaches [`MOVE_MIN`]: `moved`.
//! 4. **Splits and merges.** A paragraph left over next to a paired one is
//!    joined to the pair when the joined text matches the other side better
//!    and reaches [`SPLIT_MIN`]: `split` (one became two) or `merged`.
//! 5. The rest is `inserted` or `deleted`.
//!
//! Candidates for steps 2–4 come from an index of each paragraph's rarest
//! word pairs (bigrams), never from comparing every paragraph with every
//! other, so the cost grows with the size of the documents, not its square.

// The aligner works on indices into both sides at once; index loops say
// that more plainly than iterator chains.
#![allow(clippy::needless_range_loop)]

use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

use similar::{capture_diff_slices, capture_diff_slices_deadline, Algorithm, DiffTag};

use crate::types::{Alignment, Pair, ParagraphKind, Status};

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
/// How many candidates each paragraph is compared with, at most.
const CANDIDATES: usize = 8;
/// How many rare bigrams sign a paragraph.
const SIGNATURE: usize = 16;
/// A bigram found in more paragraphs than this is boilerplate: it says
/// nothing about which paragraph is which, and indexing it would cost
/// quadratic time on repetitive documents.
const MAX_POSTINGS: usize = 64;

/// What the aligner needs to know of a paragraph.
#[derive(Debug, Clone)]
pub struct ParagraphKey {
    /// The comparison key.
    pub key: String,
    /// Token ids of the key (interned across both documents).
    pub tokens: Vec<u32>,
    /// The paragraph's part.
    pub kind: ParagraphKind,
    /// The token ids sorted, for the cheap similarity bound.
    sorted: Vec<u32>,
}

impl ParagraphKey {
    /// A paragraph key from its tokens.
    pub fn new(key: String, tokens: Vec<u32>, kind: ParagraphKind) -> Self {
        let mut sorted = tokens.clone();
        sorted.sort_unstable();
        ParagraphKey {
            key,
            tokens,
            kind,
            sorted,
        }
    }
}

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
fn similarity_from(a: &ParagraphKey, b: &ParagraphKey, min: f64) -> f64 {
    if similarity_bound(&a.sorted, &b.sorted) < min {
        0.0
    } else {
        similarity(&a.tokens, &b.tokens)
    }
}

/// Interns token keys into small integers shared by both documents.
#[derive(Debug, Default)]
pub struct Interner {
    ids: FxHashMap<String, u32>,
}

impl Interner {
    /// The id of a token key.
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key.to_string(), id);
        id
    }

    /// Folds another interner's keys into this one: gives, for each id of
    /// `other`, the id the key has here. Keys new to this interner get ids
    /// in `other`'s order, so interning one text after another and merging
    /// two interners that each saw one text give the same ids.
    pub fn absorb(&mut self, other: Interner) -> Vec<u32> {
        let mut keys: Vec<(u32, String)> = other.ids.into_iter().map(|(k, id)| (id, k)).collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|(_, key)| match self.ids.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.ids.len() as u32;
                    self.ids.insert(key, id);
                    id
                }
            })
            .collect()
    }
}

/// Similarity of two token sequences: twice the tokens a word diff keeps,
/// over the tokens of both (Ratcliff/Obershelp's ratio on words). 1 for
/// identical sequences, 0 for nothing in common.
///
/// ```
/// use resdiff::align::similarity;
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
    // paragraphs of hundreds of thousands of words), a diff with a deadline
    // estimates it instead, so no input makes the comparison hang.
    let kept = if (a.len() as u64) * (b.len() as u64) > EXACT_LCS_BUDGET {
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(200);
        capture_diff_slices_deadline(Algorithm::Myers, a, b, Some(deadline))
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
fn lcs_len(a: &[u32], b: &[u32]) -> usize {
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

fn part(kind: ParagraphKind) -> u8 {
    match kind {
        ParagraphKind::Preamble => 0,
        ParagraphKind::Operative | ParagraphKind::Subparagraph => 1,
        ParagraphKind::Heading => 2,
        ParagraphKind::Paragraph => 3,
    }
}

struct Scorer<'a> {
    old: &'a [ParagraphKey],
    new: &'a [ParagraphKey],
    cache: FxHashMap<(usize, usize), f64>,
}

impl Scorer<'_> {
    /// The similarity of a pair, or 0 when it cannot reach the least
    /// threshold any step uses (so the diff is not run).
    fn similarity(&mut self, o: usize, n: usize) -> f64 {
        let (old, new) = (self.old, self.new);
        *self
            .cache
            .entry((o, n))
            .or_insert_with(|| similarity_from(&old[o], &new[n], PAIR_MIN * CROSS_PART_FACTOR))
    }

    /// The score pairs are chosen by: similarity, lowered across parts.
    fn score(&mut self, o: usize, n: usize) -> f64 {
        let s = self.similarity(o, n);
        if part(self.old[o].kind) == part(self.new[n].kind) {
            s
        } else {
            s * CROSS_PART_FACTOR
        }
    }
}

/// Rare-bigram index of one side's paragraphs.
struct Index {
    postings: FxHashMap<u64, Vec<usize>>,
}

fn bigrams(tokens: &[u32]) -> impl Iterator<Item = u64> + '_ {
    let singles = tokens.iter().map(|&t| u64::from(t) << 32 | 0xFFFF_FFFF);
    let pairs = tokens
        .windows(2)
        .map(|w| u64::from(w[0]) << 32 | u64::from(w[1]));
    // A one-word paragraph is signed by its word.
    singles.take(usize::from(tokens.len() < 2)).chain(pairs)
}

fn signatures(side: &[ParagraphKey], df: &FxHashMap<u64, u32>) -> Vec<Vec<u64>> {
    side.iter()
        .map(|p| {
            let mut grams: Vec<u64> = bigrams(&p.tokens).collect();
            grams.sort_unstable();
            grams.dedup();
            // A bigram no other paragraph has cannot find a partner: the
            // rarest of the shared ones sign the paragraph. Each bigram is
            // looked up once, not at every comparison of the sort.
            let mut ranked: Vec<(u32, u64)> = grams
                .iter()
                .map(|&g| (df.get(&g).copied().unwrap_or(0), g))
                .filter(|&(n, _)| n >= 2)
                .collect();
            // Only the rarest few are kept: select them, then order them.
            if ranked.len() > SIGNATURE {
                ranked.select_nth_unstable(SIGNATURE);
                ranked.truncate(SIGNATURE);
            }
            ranked.sort_unstable();
            ranked.into_iter().map(|(_, g)| g).collect()
        })
        .collect()
}

impl Index {
    fn new(signatures: &[Vec<u64>], members: &[usize]) -> Self {
        let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for &i in members {
            for g in &signatures[i] {
                postings.entry(*g).or_default().push(i);
            }
        }
        postings.retain(|_, v| v.len() <= MAX_POSTINGS);
        Index { postings }
    }

    /// Paragraphs sharing the most signature bigrams with `signature`.
    fn candidates(&self, signature: &[u64]) -> Vec<usize> {
        let mut counts: FxHashMap<usize, u32> = FxHashMap::default();
        for g in signature {
            if let Some(list) = self.postings.get(g) {
                for &i in list {
                    *counts.entry(i).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, u32)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(CANDIDATES)
            .map(|(i, _)| i)
            .collect()
    }
}

/// Aligns the paragraphs of two documents.
pub fn align(old: &[ParagraphKey], new: &[ParagraphKey]) -> Alignment {
    let mut old_pair: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_pair: Vec<Option<usize>> = vec![None; new.len()];
    let mut pairs: Vec<Pair> = Vec::new();
    let link = |pairs: &mut Vec<Pair>,
                o: usize,
                n: usize,
                status: Status,
                sim: f64,
                old_pair: &mut Vec<Option<usize>>,
                new_pair: &mut Vec<Option<usize>>| {
        old_pair[o] = Some(pairs.len());
        new_pair[n] = Some(pairs.len());
        pairs.push(Pair {
            status,
            old: vec![o],
            new: vec![n],
            similarity: sim,
        });
    };

    // 1. Backbone of identical keys, in order.
    let old_keys: Vec<&str> = old.iter().map(|p| p.key.as_str()).collect();
    let new_keys: Vec<&str> = new.iter().map(|p| p.key.as_str()).collect();
    let mut gaps: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for (a, b) in o.zip(n) {
                link(
                    &mut pairs,
                    a,
                    b,
                    Status::Unchanged,
                    1.0,
                    &mut old_pair,
                    &mut new_pair,
                );
            }
        } else {
            match gaps.last_mut() {
                Some(g) if g.0 .1 == o.start && g.1 .1 == n.start => {
                    g.0 .1 = o.end;
                    g.1 .1 = n.end;
                }
                _ => gaps.push(((o.start, o.end), (n.start, n.end))),
            }
        }
    }

    // Document frequency of bigrams over both sides, for signatures.
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    for p in old.iter().chain(new) {
        let mut grams: Vec<u64> = bigrams(&p.tokens).collect();
        grams.sort_unstable();
        grams.dedup();
        for g in grams {
            *df.entry(g).or_default() += 1;
        }
    }
    let old_sigs = signatures(old, &df);
    let new_sigs = signatures(new, &df);
    let mut scorer = Scorer {
        old,
        new,
        cache: FxHashMap::default(),
    };

    // 2. Ordered pairing inside each gap.
    for ((o0, o1), (n0, n1)) in &gaps {
        let (o0, o1, n0, n1) = (*o0, *o1, *n0, *n1);
        if o0 == o1 || n0 == n1 {
            continue;
        }
        let members: Vec<usize> = (o0..o1).collect();
        let index = Index::new(&old_sigs, &members);
        let mut cands: Vec<(usize, usize, f64)> = Vec::new();
        for n in n0..n1 {
            let mut olds = index.candidates(&new_sigs[n]);
            // Position is evidence too: the paragraphs at the same place in
            // the gap are candidates even with no rare words in common.
            let scaled = o0 + (n - n0) * (o1 - o0) / (n1 - n0);
            for o in scaled.saturating_sub(1)..(scaled + 2).min(o1) {
                if o >= o0 && !olds.contains(&o) {
                    olds.push(o);
                }
            }
            for o in olds {
                let s = scorer.score(o, n);
                if s >= PAIR_MIN {
                    cands.push((o, n, s));
                }
            }
        }
        for (o, n, _) in heaviest_chain(cands) {
            let status = if old[o].key == new[n].key {
                Status::Unchanged
            } else {
                Status::Changed
            };
            let sim = scorer.similarity(o, n);
            link(&mut pairs, o, n, status, sim, &mut old_pair, &mut new_pair);
        }
    }

    // 3. Moves, best first, one to one.
    let free_old: Vec<usize> = (0..old.len()).filter(|&o| old_pair[o].is_none()).collect();
    let index = Index::new(&old_sigs, &free_old);
    let mut moves: Vec<(f64, usize, usize)> = Vec::new();
    for n in (0..new.len()).filter(|&n| new_pair[n].is_none()) {
        for o in index.candidates(&new_sigs[n]) {
            let s = scorer.score(o, n);
            if scorer.similarity(o, n) >= MOVE_MIN {
                moves.push((s, o, n));
            }
        }
    }
    moves.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, o, n) in moves {
        if old_pair[o].is_none() && new_pair[n].is_none() {
            let sim = scorer.similarity(o, n);
            link(
                &mut pairs,
                o,
                n,
                Status::Moved,
                sim,
                &mut old_pair,
                &mut new_pair,
            );
        }
    }

    // 4. Splits and merges: a free paragraph next to a paired one joins the
    // pair when the joined text matches better. Candidates on both sides
    // compete in one queue, best first, so that neither side is favoured.
    let mut version = vec![0u32; pairs.len()];
    let mut queue: BinaryHeap<Extension> = BinaryHeap::new();
    for pi in 0..pairs.len() {
        extensions(
            &pairs,
            pi,
            version[pi],
            old,
            new,
            &old_pair,
            &new_pair,
            &mut queue,
        );
    }
    while let Some(x) = queue.pop() {
        let free = if x.split {
            new_pair[x.free].is_none()
        } else {
            old_pair[x.free].is_none()
        };
        if x.version != version[x.pair] || !free {
            continue;
        }
        let pair = &mut pairs[x.pair];
        if x.split {
            pair.new.push(x.free);
            pair.new.sort_unstable();
            pair.status = Status::Split;
            new_pair[x.free] = Some(x.pair);
        } else {
            pair.old.push(x.free);
            pair.old.sort_unstable();
            pair.status = Status::Merged;
            old_pair[x.free] = Some(x.pair);
        }
        pair.similarity = x.similarity;
        version[x.pair] += 1;
        extensions(
            &pairs,
            x.pair,
            version[x.pair],
            old,
            new,
            &old_pair,
            &new_pair,
            &mut queue,
        );
    }

    // 5. The rest.
    for o in 0..old.len() {
        if old_pair[o].is_none() {
            old_pair[o] = Some(pairs.len());
            pairs.push(Pair {
                status: Status::Deleted,
                old: vec![o],
                new: vec![],
                similarity: 0.0,
            });
        }
    }
    for n in 0..new.len() {
        if new_pair[n].is_none() {
            new_pair[n] = Some(pairs.len());
            pairs.push(Pair {
                status: Status::Inserted,
                old: vec![],
                new: vec![n],
                similarity: 0.0,
            });
        }
    }
    reading_order(pairs, &old_pair, &new_pair)
}

/// A free paragraph that may join a pair (a split on the new side, a merge
/// on the old side).
#[derive(Debug, PartialEq)]
struct Extension {
    similarity: f64,
    pair: usize,
    free: usize,
    split: bool,
    version: u32,
}

impl Eq for Extension {}

impl Ord for Extension {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.similarity
            .total_cmp(&other.similarity)
            .then(other.pair.cmp(&self.pair))
            .then(other.free.cmp(&self.free))
            .then(self.split.cmp(&other.split))
    }
}

impl PartialOrd for Extension {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Queues the free neighbours of pair `pi` that would improve it.
#[allow(clippy::too_many_arguments)]
fn extensions(
    pairs: &[Pair],
    pi: usize,
    version: u32,
    old: &[ParagraphKey],
    new: &[ParagraphKey],
    old_pair: &[Option<usize>],
    new_pair: &[Option<usize>],
    queue: &mut BinaryHeap<Extension>,
) {
    let pair = &pairs[pi];
    // A pair that cannot gain enough (an identical one) is not extended.
    if pair.old.is_empty() || pair.new.is_empty() || pair.similarity + SPLIT_GAIN > 1.0 {
        return;
    }
    let least = SPLIT_MIN.max(pair.similarity + SPLIT_GAIN);
    let joined = |side: &[ParagraphKey], idx: &[usize], extra: usize| -> ParagraphKey {
        let mut all: Vec<usize> = idx.to_vec();
        all.push(extra);
        all.sort_unstable();
        let tokens: Vec<u32> = all
            .iter()
            .flat_map(|&i| side[i].tokens.iter().copied())
            .collect();
        ParagraphKey::new(String::new(), tokens, side[extra].kind)
    };
    let ends = |idx: &[usize]| [idx[0].wrapping_sub(1), idx[idx.len() - 1] + 1];
    // One old paragraph may split into several new ones.
    if pair.old.len() == 1 {
        for n in ends(&pair.new) {
            if new_pair.get(n) == Some(&None) {
                let s = similarity_from(&old[pair.old[0]], &joined(new, &pair.new, n), least);
                if s >= SPLIT_MIN && s >= pair.similarity + SPLIT_GAIN {
                    queue.push(Extension {
                        similarity: s,
                        pair: pi,
                        free: n,
                        split: true,
                        version,
                    });
                }
            }
        }
    }
    if pair.new.len() == 1 {
        for o in ends(&pair.old) {
            if old_pair.get(o) == Some(&None) {
                let s = similarity_from(&joined(old, &pair.old, o), &new[pair.new[0]], least);
                if s >= SPLIT_MIN && s >= pair.similarity + SPLIT_GAIN {
                    queue.push(Extension {
                        similarity: s,
                        pair: pi,
                        free: o,
                        split: false,
                        version,
                    });
                }
            }
        }
    }
}

/// The order-preserving subset of candidate pairs with the largest total
/// score (a weighted longest increasing subsequence, O(c log c)).
fn heaviest_chain(mut cands: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, f64)> {
    if cands.is_empty() {
        return cands;
    }
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut news: Vec<usize> = cands.iter().map(|c| c.1).collect();
    news.sort_unstable();
    news.dedup();
    let rank = |n: usize| news.binary_search(&n).expect("every new index is ranked");
    // Fenwick tree of (best total, candidate index) over new ranks.
    let mut tree: Vec<(f64, Option<usize>)> = vec![(0.0, None); news.len() + 1];
    let query = |tree: &[(f64, Option<usize>)], mut i: usize| {
        let mut best = (0.0, None);
        while i > 0 {
            if tree[i].0 > best.0 {
                best = tree[i];
            }
            i &= i - 1;
        }
        best
    };
    let mut total = vec![0.0; cands.len()];
    let mut back: Vec<Option<usize>> = vec![None; cands.len()];
    let mut start = 0;
    while start < cands.len() {
        // Candidates sharing an old index may not chain with each other:
        // compute them all before any enters the tree.
        let mut end = start;
        while end < cands.len() && cands[end].0 == cands[start].0 {
            end += 1;
        }
        for c in start..end {
            let (best, from) = query(&tree, rank(cands[c].1));
            total[c] = best + cands[c].2;
            back[c] = from;
        }
        for c in start..end {
            let mut i = rank(cands[c].1) + 1;
            while i < tree.len() {
                if total[c] > tree[i].0 {
                    tree[i] = (total[c], Some(c));
                }
                i += i & i.wrapping_neg();
            }
        }
        start = end;
    }
    let mut best = (0..cands.len())
        .max_by(|&a, &b| total[a].total_cmp(&total[b]).then(b.cmp(&a)))
        .map(Some)
        .unwrap_or(None);
    let mut chain = Vec::new();
    while let Some(c) = best {
        chain.push(cands[c]);
        best = back[c];
    }
    chain.reverse();
    chain
}

/// Orders pairs by the new text, deleted paragraphs right after the pair
/// that holds the old paragraph before them.
fn reading_order(
    pairs: Vec<Pair>,
    old_pair: &[Option<usize>],
    new_pair: &[Option<usize>],
) -> Alignment {
    let mut order: Vec<usize> = Vec::with_capacity(pairs.len());
    let mut placed = vec![false; pairs.len()];
    // Deleted pairs grouped by the pair they follow (None: at the start).
    let mut after: FxHashMap<Option<usize>, Vec<usize>> = FxHashMap::default();
    let mut previous: Option<usize> = None;
    for (o, slot) in old_pair.iter().enumerate() {
        let pi = slot.expect("every old paragraph is paired");
        if pairs[pi].status == Status::Deleted {
            after.entry(previous).or_default().push(pi);
        } else if pairs[pi].status != Status::Moved && pairs[pi].old.last() == Some(&o) {
            // A moved paragraph is shown at its new place: it is no anchor
            // for what stood near its old one.
            previous = Some(pi);
        }
    }
    let emit = |pi: usize, order: &mut Vec<usize>, placed: &mut Vec<bool>| {
        if !placed[pi] {
            placed[pi] = true;
            order.push(pi);
        }
    };
    for pi in after.remove(&None).unwrap_or_default() {
        emit(pi, &mut order, &mut placed);
    }
    for slot in new_pair {
        let pi = slot.expect("every new paragraph is paired");
        if placed[pi] {
            continue;
        }
        emit(pi, &mut order, &mut placed);
        for d in after.remove(&Some(pi)).unwrap_or_default() {
            emit(d, &mut order, &mut placed);
        }
    }
    // Deleted pairs whose anchor was never emitted (cannot happen, but
    // nothing may be dropped).
    for pi in 0..pairs.len() {
        emit(pi, &mut order, &mut placed);
    }
    let mut slots: Vec<Option<Pair>> = pairs.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|pi| slots[pi].take().expect("each pair is emitted once"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(tokens: &[u32], kind: ParagraphKind) -> ParagraphKey {
        let key = tokens
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" ");
        ParagraphKey::new(key, tokens.to_vec(), kind)
    }

    fn op(tokens: &[u32]) -> ParagraphKey {
        para(tokens, ParagraphKind::Operative)
    }

    /// Ten tokens, of which the first `kept` are shared with `base()`.
    fn variant(kept: u32) -> Vec<u32> {
        (1..=kept).chain(500..500 + (10 - kept)).collect()
    }

    fn base() -> Vec<u32> {
        (1..=10).collect()
    }

    fn statuses(a: &Alignment) -> Vec<(Status, Vec<usize>, Vec<usize>)> {
        a.iter()
            .map(|p| (p.status, p.old.clone(), p.new.clone()))
            .collect()
    }

    const A: [u32; 4] = [900, 901, 902, 903];
    const B: [u32; 4] = [910, 911, 912, 913];

    #[test]
    fn bit_parallel_lcs_matches_the_textbook_table() {
        fn table(a: &[u32], b: &[u32]) -> usize {
            let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for i in 0..a.len() {
                for j in 0..b.len() {
                    t[i + 1][j + 1] = if a[i] == b[j] {
                        t[i][j] + 1
                    } else {
                        t[i][j + 1].max(t[i + 1][j])
                    };
                }
            }
            t[a.len()][b.len()]
        }
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let la = (next() % 200) as usize;
            let lb = (next() % 200) as usize;
            let alphabet = 1 + next() % 12;
            // Ids far apart take the sorted path, near ones the table.
            let spread = if next() % 2 == 0 { 1 } else { 100_000 };
            let a: Vec<u32> = (0..la)
                .map(|_| (next() % alphabet * spread) as u32)
                .collect();
            let b: Vec<u32> = (0..lb)
                .map(|_| (next() % alphabet * spread) as u32)
                .collect();
            assert_eq!(lcs_len(&a, &b), table(&a, &b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn pairing_in_place_starts_at_pair_min() {
        // 4 of 10 tokens kept: similarity 0.40 exactly.
        assert_eq!(similarity(&base(), &variant(4)), 0.4);
        let a = align(
            &[op(&A), op(&base()), op(&B)],
            &[op(&A), op(&variant(4)), op(&B)],
        );
        assert_eq!(a[1].status, Status::Changed);
        assert_eq!(a[1].similarity, 0.4);
        // 3 of 10: 0.30, below PAIR_MIN and MOVE_MIN: two separate paragraphs.
        let a = align(
            &[op(&A), op(&base()), op(&B)],
            &[op(&A), op(&variant(3)), op(&B)],
        );
        let st: Vec<Status> = a.iter().map(|p| p.status).collect();
        assert_eq!(
            st,
            [
                Status::Unchanged,
                Status::Deleted,
                Status::Inserted,
                Status::Unchanged
            ]
        );
    }

    #[test]
    fn a_move_needs_move_min() {
        let old = [op(&base()), op(&A), op(&B)];
        // 5 of 10 kept: 0.50, a move.
        let a = align(&old, &[op(&A), op(&B), op(&variant(5))]);
        assert_eq!(
            statuses(&a),
            [
                (Status::Unchanged, vec![1], vec![0]),
                (Status::Unchanged, vec![2], vec![1]),
                (Status::Moved, vec![0], vec![2]),
            ]
        );
        // 4 of 10: 0.40 is enough in place, not elsewhere.
        let a = align(&old, &[op(&A), op(&B), op(&variant(4))]);
        let st: Vec<Status> = a.iter().map(|p| p.status).collect();
        assert_eq!(
            st,
            [
                Status::Deleted,
                Status::Unchanged,
                Status::Unchanged,
                Status::Inserted
            ]
        );
    }

    #[test]
    fn identical_paragraph_elsewhere_is_moved_not_deleted_and_inserted() {
        let a = align(
            &[op(&base()), op(&A), op(&B)],
            &[op(&A), op(&B), op(&base())],
        );
        assert_eq!(a[2].status, Status::Moved);
        assert_eq!(a[2].similarity, 1.0);
    }

    #[test]
    fn pairs_across_parts_are_allowed_but_weigh_less() {
        let pre = |t: &[u32]| para(t, ParagraphKind::Preamble);
        // 0.50 within a part pairs; across parts it scores 0.45, still
        // above PAIR_MIN.
        let a = align(
            &[op(&A), pre(&base()), op(&B)],
            &[op(&A), op(&variant(5)), op(&B)],
        );
        assert_eq!(a[1].status, Status::Changed);
        // 0.40 across parts scores 0.36: not paired.
        let a = align(
            &[op(&A), pre(&base()), op(&B)],
            &[op(&A), op(&variant(4)), op(&B)],
        );
        assert!(a.iter().all(|p| p.status != Status::Changed));
        // Given the choice, the paragraph of the same part wins.
        let a = align(
            &[op(&A), pre(&base()), op(&base()), op(&B)],
            &[op(&A), op(&variant(8)), op(&B)],
        );
        let changed: Vec<_> = a.iter().filter(|p| p.status == Status::Changed).collect();
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].old, [2]);
    }

    #[test]
    fn a_split_and_a_merge_are_recognised() {
        let whole: Vec<u32> = (1..=20).collect();
        let first: Vec<u32> = (1..=10).collect();
        let second: Vec<u32> = (11..=20).collect();
        let a = align(
            &[op(&A), op(&whole), op(&B)],
            &[op(&A), op(&first), op(&second), op(&B)],
        );
        assert_eq!(statuses(&a)[1], (Status::Split, vec![1], vec![1, 2]));
        assert_eq!(a[1].similarity, 1.0);
        let a = align(
            &[op(&A), op(&first), op(&second), op(&B)],
            &[op(&A), op(&whole), op(&B)],
        );
        assert_eq!(statuses(&a)[1], (Status::Merged, vec![1, 2], vec![1]));
        // An unrelated neighbour does not join.
        let other: Vec<u32> = (700..710).collect();
        let a = align(
            &[op(&A), op(&whole), op(&B)],
            &[op(&A), op(&first), op(&other), op(&B)],
        );
        assert_eq!(statuses(&a)[1].0, Status::Changed);
        assert_eq!(statuses(&a)[2].0, Status::Inserted);
    }

    #[test]
    fn deleted_paragraphs_stay_near_their_old_place() {
        let c: Vec<u32> = (920..925).collect();
        let d: Vec<u32> = (930..935).collect();
        let a = align(&[op(&A), op(&c), op(&B), op(&d)], &[op(&A), op(&B), op(&d)]);
        assert_eq!(
            statuses(&a),
            [
                (Status::Unchanged, vec![0], vec![0]),
                (Status::Deleted, vec![1], vec![]),
                (Status::Unchanged, vec![2], vec![1]),
                (Status::Unchanged, vec![3], vec![2]),
            ]
        );
    }

    #[test]
    fn boilerplate_repeated_thousands_of_times_stays_cheap_and_exact() {
        let same = op(&[1, 2, 3, 4, 5]);
        let old: Vec<ParagraphKey> = (0..5000).map(|_| same.clone()).collect();
        let mut new = old.clone();
        new.insert(2500, op(&[1, 2, 3, 9, 5]));
        let a = align(&old, &new);
        assert_eq!(a.len(), 5001);
        assert_eq!(a.iter().filter(|p| p.status == Status::Inserted).count(), 1);
    }
}
