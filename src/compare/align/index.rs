//! Where to look for a paragraph's partner: each paragraph is signed by its
//! rarest word pairs (bigrams), and an index from bigram to paragraphs gives
//! a few candidates per paragraph. Comparing every paragraph with every
//! other would cost the square of the document's size; this costs about its
//! size, with boilerplate bigrams left out of the index ([`MAX_POSTINGS`]).

use rustc_hash::FxHashMap;

use super::key::ParagraphKey;

/// How many candidates each paragraph is compared with, at most.
const CANDIDATES: usize = 8;
/// How many rare bigrams sign a paragraph.
const SIGNATURE: usize = 16;
/// A bigram found in more paragraphs than this is boilerplate: it says
/// nothing about which paragraph is which, and indexing it would cost
/// quadratic time on repetitive documents.
const MAX_POSTINGS: usize = 64;

/// The word pairs of a paragraph, each packed in a `u64`.
fn bigrams(tokens: &[u32]) -> impl Iterator<Item = u64> + '_ {
    let singles = tokens.iter().map(|&t| u64::from(t) << 32 | 0xFFFF_FFFF);
    let pairs = tokens
        .windows(2)
        .map(|w| u64::from(w[0]) << 32 | u64::from(w[1]));
    // A one-word paragraph is signed by its word.
    singles.take(usize::from(tokens.len() < 2)).chain(pairs)
}

/// The bigrams of a paragraph, each once, sorted.
fn distinct_bigrams(tokens: &[u32]) -> Vec<u64> {
    let mut grams: Vec<u64> = bigrams(tokens).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// The signatures of both sides' paragraphs: bigrams are ranked by the
/// number of paragraphs, on either side, that have them.
pub(super) fn signatures(
    old: &[ParagraphKey],
    new: &[ParagraphKey],
) -> (Vec<Vec<u64>>, Vec<Vec<u64>>) {
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    for p in old.iter().chain(new) {
        for g in distinct_bigrams(&p.tokens) {
            *df.entry(g).or_default() += 1;
        }
    }
    (sign(old, &df), sign(new, &df))
}

/// The rarest bigrams of each paragraph of one side, rarest first.
fn sign(side: &[ParagraphKey], df: &FxHashMap<u64, u32>) -> Vec<Vec<u64>> {
    side.iter()
        .map(|p| {
            let grams = distinct_bigrams(&p.tokens);
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

/// Rare-bigram index of one side's paragraphs.
pub(super) struct Index {
    postings: FxHashMap<u64, Vec<usize>>,
}

impl Index {
    /// The index of the paragraphs `members`, boilerplate bigrams left out.
    pub(super) fn new(signatures: &[Vec<u64>], members: &[usize]) -> Self {
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
    pub(super) fn candidates(&self, signature: &[u64]) -> Vec<usize> {
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
