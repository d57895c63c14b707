//! The orders an alignment respects: pairs chosen in a gap may not cross
//! ([`heaviest_chain`]), and the finished pairs are listed as a reader of the
//! new text meets them ([`reading_order`]).

use rustc_hash::FxHashMap;

use crate::types::{Alignment, Pair, Status};

/// The order-preserving subset of candidate pairs with the largest total
/// score (a weighted longest increasing subsequence, O(c log c)).
pub(super) fn heaviest_chain(mut cands: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, f64)> {
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
pub(super) fn reading_order(
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
