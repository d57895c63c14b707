//! Splits and merges: a paragraph left free next to a paired one joins the
//! pair when the joined text matches the other side better (one old
//! paragraph split into two new ones, or two old ones merged into one).
//! Candidates on both sides compete in one queue, best first, so that
//! neither side is favoured; a pair that grows is offered its new
//! neighbours, and offers made before it grew are dropped by version.

use std::collections::BinaryHeap;

use super::key::ParagraphKey;
use super::similarity::{similarity_from, SPLIT_GAIN, SPLIT_MIN};
use super::Aligner;
use crate::types::Status;

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

impl Aligner<'_> {
    /// Step 4: joins free neighbours to pairs, best offer first, until no
    /// offer improves a pair.
    pub(super) fn splits_and_merges(&mut self) {
        let mut version = vec![0u32; self.pairs.len()];
        let mut queue: BinaryHeap<Extension> = BinaryHeap::new();
        for pi in 0..self.pairs.len() {
            self.extensions(pi, version[pi], &mut queue);
        }
        while let Some(x) = queue.pop() {
            let free = if x.split {
                self.new_pair[x.free].is_none()
            } else {
                self.old_pair[x.free].is_none()
            };
            if x.version != version[x.pair] || !free {
                continue;
            }
            let pair = &mut self.pairs[x.pair];
            if x.split {
                pair.new.push(x.free);
                pair.new.sort_unstable();
                pair.status = Status::Split;
                self.new_pair[x.free] = Some(x.pair);
            } else {
                pair.old.push(x.free);
                pair.old.sort_unstable();
                pair.status = Status::Merged;
                self.old_pair[x.free] = Some(x.pair);
            }
            pair.similarity = x.similarity;
            version[x.pair] += 1;
            self.extensions(x.pair, version[x.pair], &mut queue);
        }
    }

    /// Queues the free neighbours of pair `pi` that would improve it.
    fn extensions(&self, pi: usize, version: u32, queue: &mut BinaryHeap<Extension>) {
        let pair = &self.pairs[pi];
        // A pair that cannot gain enough (an identical one) is not extended.
        if pair.old.is_empty() || pair.new.is_empty() || pair.similarity + SPLIT_GAIN > 1.0 {
            return;
        }
        let least = SPLIT_MIN.max(pair.similarity + SPLIT_GAIN);
        let mut offer = |similarity: f64, free: usize, split: bool| {
            if similarity >= SPLIT_MIN && similarity >= pair.similarity + SPLIT_GAIN {
                queue.push(Extension {
                    similarity,
                    pair: pi,
                    free,
                    split,
                    version,
                });
            }
        };
        let ends = |idx: &[usize]| [idx[0].wrapping_sub(1), idx[idx.len() - 1] + 1];
        // One old paragraph may split into several new ones.
        if pair.old.len() == 1 {
            for n in ends(&pair.new) {
                if self.new_pair.get(n) == Some(&None) {
                    let whole = &self.old[pair.old[0]];
                    offer(
                        similarity_from(whole, &joined(self.new, &pair.new, n), least),
                        n,
                        true,
                    );
                }
            }
        }
        if pair.new.len() == 1 {
            for o in ends(&pair.old) {
                if self.old_pair.get(o) == Some(&None) {
                    let whole = &self.new[pair.new[0]];
                    offer(
                        similarity_from(&joined(self.old, &pair.old, o), whole, least),
                        o,
                        false,
                    );
                }
            }
        }
    }
}

/// The paragraphs `idx` of one side with `extra` among them, as one
/// paragraph in document order.
fn joined(side: &[ParagraphKey], idx: &[usize], extra: usize) -> ParagraphKey {
    let mut all: Vec<usize> = idx.to_vec();
    all.push(extra);
    all.sort_unstable();
    let tokens: Vec<u32> = all
        .iter()
        .flat_map(|&i| side[i].tokens.iter().copied())
        .collect();
    ParagraphKey::new(String::new(), tokens, side[extra].kind)
}
