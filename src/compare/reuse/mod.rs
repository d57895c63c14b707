//! Agreed language within one comparison: which old paragraphs a new
//! paragraph repeats besides the one it is aligned with.
//!
//! Negotiators build a draft from earlier texts: a new paragraph is often
//! a clause of one old paragraph, the end of another and a few new words.
//! A one-to-one alignment reports it as inserted; this step says where its
//! wording came from. The steps, run by `compare`:
//!
//! 1. **Words** ([`Wording::read`]): every paragraph of both texts as word
//!    ids (`runs::Words`), once, with the words of the language's drafting
//!    formulas marked, and the **stock expressions**: 8-word shingles found
//!    in [`STOCK_PARAGRAPHS`] or more paragraphs of either text ("Recalling
//!    also its resolution…", "Requests the Secretary-General to submit…"),
//!    which say nothing about where a paragraph came from.
//! 2. **Containment** ([`containment::pair_contained`], during alignment):
//!    an inserted paragraph whose words come mostly from one deleted
//!    paragraph is that paragraph revised, however much the old one lost.
//! 3. **Runs** ([`find`]): for each new paragraph not unchanged, the runs
//!    it shares with each old paragraph it is not paired with
//!    (`runs::extend`), seeded from an index of the old text's 4-word
//!    shingles. A run counts when it holds at least 8 matching words
//!    outside drafting formulas and stock expressions, and, in a
//!    paragraph aligned with an old one, brings words that the counterpart
//!    did not give (half its words inserted at least): the words a
//!    paragraph keeps from its counterpart already have a source.
//!
//! Cost: every word is read once; a seed found in more than
//! [`MAX_SEED_POSTINGS`] places is boilerplate and seeds nothing, so the
//! work stays near-linear in the size of the texts.

pub mod containment;
pub mod runs;

use rustc_hash::{FxHashMap, FxHashSet};

use self::runs::{covered, formula_ids, grow, merge_ranges, outermost, shingle_hash, Run, Words};
use self::runs::{MIN_RUN_WORDS, SEED};
use crate::compare::align::Interner;
use crate::types::{Document, Entry, Op, Reuse, ReuseShare, Status, WordRange};

/// Paragraphs of one text an 8-word shingle must recur in to be a stock
/// expression.
pub const STOCK_PARAGRAPHS: usize = 3;
/// Places a seed may be found in before it is taken for boilerplate.
pub const MAX_SEED_POSTINGS: usize = 64;

/// The words of both texts' paragraphs and their stock expressions.
pub struct Wording {
    /// The old text's paragraphs.
    pub old: Vec<Words>,
    /// The new text's paragraphs.
    pub new: Vec<Words>,
    stock: FxHashSet<u64>,
}

impl Wording {
    /// Reads the paragraphs of both documents.
    pub fn read(old: &Document, new: &Document) -> Wording {
        let mut interner = Interner::default();
        let mut side = |doc: &Document| {
            let rules = doc.language.rules();
            let formulas = formula_ids(rules, &mut interner);
            doc.paragraphs
                .iter()
                .map(|p| Words::read(&p.text, rules, &mut interner, &formulas))
                .collect::<Vec<_>>()
        };
        let (old, new) = (side(old), side(new));
        let mut stock = FxHashSet::default();
        for side in [&old, &new] {
            // Shingle → (last paragraph counted, paragraphs holding it).
            let mut seen: FxHashMap<u64, (usize, usize)> = FxHashMap::default();
            for (p, words) in side.iter().enumerate() {
                for window in words.ids.windows(MIN_RUN_WORDS) {
                    let slot = seen.entry(shingle_hash(window)).or_insert((usize::MAX, 0));
                    if slot.0 != p {
                        *slot = (p, slot.1 + 1);
                    }
                }
            }
            stock.extend(
                seen.into_iter()
                    .filter(|(_, (_, n))| *n >= STOCK_PARAGRAPHS)
                    .map(|(h, _)| h),
            );
        }
        Wording { old, new, stock }
    }

    /// The words of a paragraph that belong to a stock expression.
    fn stock_words(&self, words: &Words) -> Vec<bool> {
        let mut mask = vec![false; words.len()];
        for (k, w) in words.ids.windows(MIN_RUN_WORDS).enumerate() {
            if self.stock.contains(&shingle_hash(w)) {
                mask[k..k + MIN_RUN_WORDS].fill(true);
            }
        }
        mask
    }

    /// The seeds of the old paragraphs `members`: each 4-word shingle and
    /// where it stands (paragraph, word).
    fn seeds(&self, members: impl Iterator<Item = usize>) -> Seeds {
        let mut seeds: Seeds = FxHashMap::default();
        for o in members {
            for (j, window) in self.old[o].ids.windows(SEED).enumerate() {
                seeds
                    .entry(shingle_hash(window))
                    .or_default()
                    .push((o as u32, j as u32));
            }
        }
        seeds
    }

    /// The runs new paragraph `n` shares with each old paragraph of `seeds`
    /// that `skip` does not rule out, those `keep` accepts, by old
    /// paragraph in order.
    fn runs(
        &self,
        n: usize,
        seeds: &Seeds,
        skip: impl Fn(usize) -> bool,
        keep: impl Fn(&Run) -> bool,
    ) -> Vec<(usize, Vec<Run>)> {
        let new = &self.new[n];
        let stock = self.stock_words(new);
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for (i, window) in new.ids.windows(SEED).enumerate() {
            let Some(places) = seeds.get(&shingle_hash(window)) else {
                continue;
            };
            if places.len() > MAX_SEED_POSTINGS {
                continue;
            }
            for &(o, j) in places {
                if !skip(o as usize) {
                    hits.push((o as usize, i, j as usize));
                }
            }
        }
        hits.sort_unstable();
        let mut out: Vec<(usize, Vec<Run>)> = Vec::new();
        for group in hits.chunk_by(|a, b| a.0 == b.0) {
            let o = group[0].0;
            let found = grow(&new.ids, &self.old[o].ids, group.iter().map(|h| (h.1, h.2)));
            let good: Vec<Run> = found
                .into_iter()
                .filter(|r| r.counts(new, &stock) && keep(r))
                .collect();
            if !good.is_empty() {
                out.push((o, outermost(good)));
            }
        }
        drop_recurring(out)
    }
}

/// Drops the runs whose wording the new paragraph shares with
/// [`STOCK_PARAGRAPHS`] or more old paragraphs (each with a run covering
/// most of it): a stock expression, though not word for word the same in
/// each, which says nothing about where the paragraph came from.
fn drop_recurring(found: Vec<(usize, Vec<Run>)>) -> Vec<(usize, Vec<Run>)> {
    let all: Vec<(usize, WordRange)> = found
        .iter()
        .flat_map(|(o, runs)| runs.iter().map(move |r| (*o, r.new)))
        .collect();
    let recurs = |run: &Run| {
        let len = run.new.end - run.new.start;
        let mut holders: Vec<usize> = all
            .iter()
            .filter(|(_, w)| {
                let shared = w
                    .end
                    .min(run.new.end)
                    .saturating_sub(w.start.max(run.new.start));
                5 * shared >= 4 * len
            })
            .map(|(o, _)| *o)
            .collect();
        holders.dedup();
        holders.len() >= STOCK_PARAGRAPHS
    };
    found
        .iter()
        .map(|(o, runs)| (*o, runs.iter().filter(|r| !recurs(r)).copied().collect()))
        .filter(|(_, runs): &(usize, Vec<Run>)| !runs.is_empty())
        .collect()
}

/// 4-word shingle → places (old paragraph, word) where it stands.
type Seeds = FxHashMap<u64, Vec<(u32, u32)>>;

/// Which words of each new paragraph are inserted (not kept from its
/// aligned counterpart), from the redline of its entry. The words of an
/// inserted paragraph all are; those of an unchanged one none.
fn inserted_words(wording: &Wording, new: &Document, e: &Entry, idx: &[usize]) -> Vec<Vec<bool>> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for span in &e.diff {
        match span.op {
            Op::Delete => continue,
            Op::Insert => ranges.push((at, at + span.text.len())),
            Op::Equal => {}
        }
        at += span.text.len();
    }
    let mut base = 0;
    idx.iter()
        .map(|&n| {
            let mask = wording.new[n]
                .spans
                .iter()
                .map(|&(s, _)| {
                    let s = base + s;
                    ranges.iter().any(|&(a, b)| a <= s && s < b)
                })
                .collect();
            // Paragraphs of a split are joined by one `\n` in the redline.
            base += new.paragraphs[n].text.len() + 1;
            mask
        })
        .collect()
}

/// The reused wording of a comparison: for each new paragraph that is not
/// unchanged, the old paragraphs other than its counterparts whose runs it
/// repeats, and the share of the new text that is old wording. `pairs`
/// gives, for each entry of `alignment`, the indices of its old and new
/// paragraphs.
pub fn find(
    wording: &Wording,
    new: &Document,
    old: &Document,
    alignment: &[Entry],
    pairs: &[(Vec<usize>, Vec<usize>)],
) -> (Vec<Reuse>, ReuseShare) {
    let seeds = wording.seeds(0..wording.old.len());
    let mut share = ReuseShare {
        words: wording.new.iter().map(Words::len).sum(),
        ..ReuseShare::default()
    };
    let mut found: Vec<(usize, usize, Reuse)> = Vec::new();
    for (e, (olds, news)) in alignment.iter().zip(pairs) {
        if e.status == Status::Deleted {
            continue;
        }
        if e.status == Status::Unchanged {
            share.from_counterparts += news.iter().map(|&n| wording.new[n].len()).sum::<usize>();
            continue;
        }
        let masks = inserted_words(wording, new, e, news);
        for (&n, mask) in news.iter().zip(&masks) {
            share.from_counterparts += mask.iter().filter(|&&m| !m).count();
            let fresh = |r: &Run| {
                let inserted = mask[r.new.start..r.new.end].iter().filter(|&&m| m).count();
                2 * inserted >= r.new.end - r.new.start
            };
            let mut reused = vec![false; mask.len()];
            for (o, runs) in wording.runs(n, &seeds, |o| olds.contains(&o), fresh) {
                for r in &runs {
                    reused[r.new.start..r.new.end].fill(true);
                }
                found.push((n, o, reuse_item(wording, new, old, n, o, &runs)));
            }
            share.from_other_paragraphs +=
                reused.iter().zip(mask).filter(|&(&r, &m)| r && m).count();
        }
    }
    found.sort_by_key(|(n, o, _)| (*n, *o));
    (found.into_iter().map(|(_, _, r)| r).collect(), share)
}

/// One (old, new) pair of paragraphs and the runs they share.
fn reuse_item(
    wording: &Wording,
    new: &Document,
    old: &Document,
    n: usize,
    o: usize,
    runs: &[Run],
) -> Reuse {
    let ranges = merge_ranges(runs.iter().map(|r| r.new).collect());
    let longest = runs
        .iter()
        .max_by_key(|r| (r.new.end - r.new.start, std::cmp::Reverse(r.new.start)))
        .expect("a reuse has runs");
    let (a, b) = wording.new[n].bytes(longest.new);
    Reuse {
        old: old.paragraphs[o].id.clone(),
        new: new.paragraphs[n].id.clone(),
        words: covered(&ranges),
        text: new.paragraphs[n].text[a..b].to_string(),
        runs: ranges,
    }
}

#[cfg(test)]
mod tests;
