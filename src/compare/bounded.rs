//! Word diffs whose work is bounded by the size of the input, not by a
//! clock, so that the same two texts give the same redline on any machine,
//! under any load, and on targets that have no clock at all (WebAssembly).
//!
//! `similar`'s Myers costs O((N+M)·D). Its own heuristics keep real texts
//! fast, but hostile input (hundreds of thousands of words drawn from a
//! small vocabulary) still costs tens of seconds (measured: 1 M tokens of a
//! 200-word vocabulary, 36 s). So Myers runs only on regions of at most
//! [`MYERS_MAX_TOKENS`] tokens (both sides together; 10 k against 10 k
//! random words of a 50-word vocabulary take about 0.1 s). A larger region
//! is cut at the words that occur exactly once on each side, in the order
//! both sides agree on (patience diff's anchors), and each piece is diffed
//! the same way; a piece still too large with no such anchor is diffed in
//! slices taken at the same share of each side: a coarser redline where
//! the sides drift apart, never a hang. Real paragraphs, a few
//! thousand words at most, never reach the cut, and their redline is
//! exactly `similar`'s Myers.

use rustc_hash::FxHashMap;
use similar::algorithms::{myers, Capture, Compact, DiffHook, NoFinishHook, Replace};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// Tokens (old and new together) up to which a region is diffed by Myers
/// whole.
pub const MYERS_MAX_TOKENS: usize = 20_000;

/// How many times a region may be cut at anchors before what remains of it
/// is diffed by position: each cut is a pass over the region, so this bounds
/// the work at a few passes over the input.
const MAX_CUTS: usize = 8;

/// The diff of two token sequences, as `similar`'s ops (with `Replace`
/// where a deletion meets an insertion), at a cost bounded by their length.
///
/// ```
/// use resdiff::compare::bounded::bounded_diff;
/// let ops = bounded_diff(&[1, 2, 3], &[1, 4, 3]);
/// assert_eq!(ops.len(), 3);
/// ```
pub fn bounded_diff(old: &[u32], new: &[u32]) -> Vec<DiffOp> {
    if old.len() + new.len() <= MYERS_MAX_TOKENS {
        return capture_diff_slices(Algorithm::Myers, old, new);
    }
    let mut hook = Compact::new(Replace::new(Capture::new()), old, new);
    let sides = Sides { old, new };
    // The hooks of `Capture` and `Replace` cannot fail.
    let _ = sides.region(&mut hook, 0..old.len(), 0..new.len(), 0);
    let _ = hook.finish();
    hook.into_inner().into_inner().into_ops()
}

struct Sides<'a> {
    old: &'a [u32],
    new: &'a [u32],
}

impl Sides<'_> {
    fn region<H: DiffHook>(
        &self,
        hook: &mut H,
        mut old: Range<usize>,
        mut new: Range<usize>,
        cuts: usize,
    ) -> Result<(), H::Error> {
        let prefix = self.old[old.clone()]
            .iter()
            .zip(&self.new[new.clone()])
            .take_while(|(a, b)| a == b)
            .count();
        if prefix > 0 {
            hook.equal(old.start, new.start, prefix)?;
            old.start += prefix;
            new.start += prefix;
        }
        let suffix = self.old[old.clone()]
            .iter()
            .rev()
            .zip(self.new[new.clone()].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        old.end -= suffix;
        new.end -= suffix;
        if old.is_empty() || new.is_empty() {
            replace(hook, &old, &new)?;
        } else if old.len() + new.len() <= MYERS_MAX_TOKENS {
            myers::diff(
                &mut NoFinishHook::new(&mut *hook),
                self.old,
                old.clone(),
                self.new,
                new.clone(),
            )?;
        } else {
            let anchors = if cuts < MAX_CUTS {
                self.anchors(&old, &new)
            } else {
                Vec::new()
            };
            if anchors.is_empty() {
                self.by_position(hook, &old, &new)?;
            } else {
                let (mut o, mut n) = (old.start, new.start);
                for (a, b) in anchors {
                    self.region(hook, o..a, n..b, cuts + 1)?;
                    hook.equal(a, b, 1)?;
                    (o, n) = (a + 1, b + 1);
                }
                self.region(hook, o..old.end, n..new.end, cuts + 1)?;
            }
        }
        if suffix > 0 {
            hook.equal(old.end, new.end, suffix)?;
        }
        Ok(())
    }

    /// A region with nothing to cut it at, diffed in pieces taken at the
    /// same share of each side: right where the sides run in step (a long
    /// text with scattered edits), coarse where they drift apart, and
    /// never more than Myers on [`MYERS_MAX_TOKENS`] at a time.
    fn by_position<H: DiffHook>(
        &self,
        hook: &mut H,
        old: &Range<usize>,
        new: &Range<usize>,
    ) -> Result<(), H::Error> {
        let pieces = (old.len() + new.len()).div_ceil(MYERS_MAX_TOKENS);
        let at = |range: &Range<usize>, k: usize| range.start + range.len() * k / pieces;
        for k in 0..pieces {
            let (o, n) = (at(old, k)..at(old, k + 1), at(new, k)..at(new, k + 1));
            if o.is_empty() || n.is_empty() {
                replace(hook, &o, &n)?;
            } else {
                myers::diff(&mut NoFinishHook::new(&mut *hook), self.old, o, self.new, n)?;
            }
        }
        Ok(())
    }

    /// Positions of the tokens found exactly once on each side of the
    /// region, longest run in the same order on both (by patience sorting,
    /// O(k log k)).
    fn anchors(&self, old: &Range<usize>, new: &Range<usize>) -> Vec<(usize, usize)> {
        // Per token: occurrences in old, in new, and the last position of each.
        let mut seen: FxHashMap<u32, (u32, u32, usize, usize)> = FxHashMap::default();
        for i in old.clone() {
            let e = seen.entry(self.old[i]).or_insert((0, 0, 0, 0));
            e.0 += 1;
            e.2 = i;
        }
        for j in new.clone() {
            if let Some(e) = seen.get_mut(&self.new[j]) {
                e.1 += 1;
                e.3 = j;
            }
        }
        // Unique pairs in the order of the new side (deterministic: the
        // map is only looked up, never iterated).
        let pairs: Vec<(usize, usize)> = new
            .clone()
            .filter_map(|j| {
                let e = seen.get(&self.new[j])?;
                (e.0 == 1 && e.1 == 1).then_some((e.2, j))
            })
            .collect();
        longest_increasing(&pairs)
    }
}

/// The longest subsequence of `pairs` (sorted by their second member)
/// whose first members increase too.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index in `pairs` of the smallest end of a run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = Vec::with_capacity(pairs.len());
    for (i, &(a, _)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].0 < a);
        back.push(k.checked_sub(1).map(|p| tails[p]));
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run.push(pairs[i]);
        at = back[i];
    }
    run.reverse();
    run
}

fn replace<H: DiffHook>(
    hook: &mut H,
    old: &Range<usize>,
    new: &Range<usize>,
) -> Result<(), H::Error> {
    if !old.is_empty() {
        hook.delete(old.start, old.len(), new.start)?;
    }
    if !new.is_empty() {
        hook.insert(old.end, new.start, new.len())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rebuilds both sides from the ops: every token is accounted for, in
    /// order, and equal spans hold equal tokens.
    fn rebuild(old: &[u32], new: &[u32], ops: &[DiffOp]) -> (Vec<u32>, Vec<u32>) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for op in ops {
            let (tag, o, n) = op.as_tag_tuple();
            if tag == similar::DiffTag::Equal {
                assert_eq!(old[o.clone()], new[n.clone()]);
            }
            a.extend_from_slice(&old[o]);
            b.extend_from_slice(&new[n]);
        }
        (a, b)
    }

    fn random(n: usize, vocab: u64, mut x: u64) -> Vec<u32> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % vocab) as u32
            })
            .collect()
    }

    #[test]
    fn small_inputs_are_exactly_myers() {
        let old = random(3000, 40, 1);
        let new = random(3000, 40, 2);
        assert_eq!(
            bounded_diff(&old, &new),
            capture_diff_slices(Algorithm::Myers, &old, &new)
        );
    }

    #[test]
    fn hostile_input_is_covered_and_the_same_every_time() {
        // 60 k tokens a side from a 60-word vocabulary: no anchor, so it
        // is diffed in slices of bounded size.
        let old = random(60_000, 60, 3);
        let new = random(60_000, 60, 4);
        let ops = bounded_diff(&old, &new);
        assert_eq!(rebuild(&old, &new, &ops), (old.clone(), new.clone()));
        assert_eq!(ops, bounded_diff(&old, &new));
    }

    #[test]
    fn a_long_text_with_a_few_edits_is_diffed_finely_through_anchors() {
        // Distinct words (as in real prose, most words of a long text are
        // rare): anchors cut it into pieces Myers diffs exactly.
        let old: Vec<u32> = (0..60_000).collect();
        let mut new = old.clone();
        new[100] = 1_000_000;
        new.remove(30_000);
        new.insert(50_000, 1_000_001);
        let ops = bounded_diff(&old, &new);
        assert_eq!(rebuild(&old, &new, &ops), (old.clone(), new.clone()));
        let changed: usize = ops
            .iter()
            .filter(|op| op.tag() != similar::DiffTag::Equal)
            .map(|op| op.old_range().len() + op.new_range().len())
            .sum();
        assert_eq!(changed, 4, "one replaced, one deleted, one inserted token");
    }

    #[test]
    fn longest_increasing_keeps_the_order_both_sides_share() {
        let pairs = [(5, 0), (1, 1), (2, 2), (9, 3), (3, 4)];
        assert_eq!(longest_increasing(&pairs), [(1, 1), (2, 2), (3, 4)]);
    }
}
