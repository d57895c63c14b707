//! Pairing by containment: a revised paragraph that lost most of its
//! length. "Rappelant ses résolutions 77/320 …, 78/132 …, 78/160 …,
//! 78/213 …, 77/211 … et 70/125 …, tous les textes issus du Sommet
//! mondial…" (78/265, PP3) became "Réaffirmant ses résolutions 78/265 …,
//! 77/320 …, 78/132 … et 78/213 …" (78/311, PP3): the new paragraph is
//! old wording for the most part, but it is less than half as long as the
//! old one, so their similarity (shared words over the words of both) stays
//! under every threshold of the aligner, and the pair comes out as one
//! deleted and one inserted paragraph.
//!
//! Here an inserted paragraph is paired with a deleted one when runs of
//! shared wording (as [`super::runs`] finds them) cover at least
//! [`CONTAIN_MIN`] of the new paragraph's words: what matters is how much
//! of the new paragraph comes from the old one, not how much of the old
//! one survives. Pairs are taken best first, one to one; a pair that keeps
//! the order of the pairs around it is `changed`, any other `moved`.

use super::runs::covered;
use super::Wording;
use crate::compare::align::{similarity, ParagraphKey};
use crate::types::{Pair, Status};

/// Share of an inserted paragraph's words that runs from one deleted
/// paragraph must cover for the two to be paired.
pub const CONTAIN_MIN: f64 = 0.5;

/// Pairs inserted paragraphs with the deleted paragraphs they mostly come
/// from; `pairs` is an alignment in reading order, and stays one.
pub fn pair_contained(
    pairs: Vec<Pair>,
    wording: &Wording,
    old_keys: &[ParagraphKey],
    new_keys: &[ParagraphKey],
) -> Vec<Pair> {
    let alone = |status: Status, side: fn(&Pair) -> &Vec<usize>| {
        pairs
            .iter()
            .filter(move |p| p.status == status)
            .map(move |p| side(p)[0])
    };
    let deleted: Vec<usize> = alone(Status::Deleted, |p| &p.old).collect();
    let inserted: Vec<usize> = alone(Status::Inserted, |p| &p.new).collect();
    if deleted.is_empty() || inserted.is_empty() {
        return pairs;
    }
    let seeds = wording.seeds(deleted.iter().copied());
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for &n in &inserted {
        let words = wording.new[n].len();
        for (o, runs) in wording.runs(n, &seeds, |_| false, |_| true) {
            let ranges: Vec<_> = runs.iter().map(|r| r.new).collect();
            let share = covered(&ranges) as f64 / words as f64;
            if share >= CONTAIN_MIN {
                candidates.push((share, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut taken_old, mut taken_new) = (Vec::new(), Vec::new());
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (_, o, n) in candidates {
        if !taken_old.contains(&o) && !taken_new.contains(&n) {
            taken_old.push(o);
            taken_new.push(n);
            links.push((o, n));
        }
    }
    let pairs = relink(pairs, &links, old_keys, new_keys);
    crate::compare::align::reorder(pairs, old_keys.len(), new_keys.len())
}

/// The alignment with each linked (old, new) pair in the place of the
/// inserted paragraph, and the deleted paragraph's entry gone.
fn relink(
    pairs: Vec<Pair>,
    links: &[(usize, usize)],
    old_keys: &[ParagraphKey],
    new_keys: &[ParagraphKey],
) -> Vec<Pair> {
    if links.is_empty() {
        return pairs;
    }
    let statuses: Vec<Status> = links
        .iter()
        .map(|&(o, n)| {
            if in_order(&pairs, o, n) {
                Status::Changed
            } else {
                Status::Moved
            }
        })
        .collect();
    pairs
        .into_iter()
        .filter(|p| !(p.status == Status::Deleted && links.iter().any(|l| l.0 == p.old[0])))
        .map(|p| {
            let link = (p.status == Status::Inserted)
                .then(|| links.iter().position(|l| l.1 == p.new[0]))
                .flatten();
            match link {
                Some(k) => {
                    let (o, n) = links[k];
                    Pair {
                        status: statuses[k],
                        old: vec![o],
                        new: vec![n],
                        similarity: similarity(&old_keys[o].tokens, &new_keys[n].tokens),
                    }
                }
                None => p,
            }
        })
        .collect()
}

/// Whether pairing old paragraph `o` with new paragraph `n` keeps the
/// order of the pairs before and after `n` that hold paragraphs of both
/// texts.
fn in_order(pairs: &[Pair], o: usize, n: usize) -> bool {
    let both = |p: &&Pair| !p.old.is_empty() && !p.new.is_empty();
    let before = pairs
        .iter()
        .filter(both)
        .filter(|p| p.new.iter().all(|&m| m < n))
        .filter_map(|p| p.old.iter().max())
        .max();
    let after = pairs
        .iter()
        .filter(both)
        .filter(|p| p.new.iter().all(|&m| m > n))
        .filter_map(|p| p.old.iter().min())
        .min();
    before.is_none_or(|&b| b < o) && after.is_none_or(|&a| a > o)
}
