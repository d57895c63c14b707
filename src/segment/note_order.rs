//! The run of footnote markers a document's numbers make: of the numbers
//! that may be markers, in text order, the run with strictly ascending
//! marks worth most (each number's worth, less a cost for each footnote the
//! run skips). Footnotes are numbered 1, 2, 3… through a document and each
//! is cited once, so the markers are such a run.
//!
//! A number's worth counts where it stands: a marker is printed on the
//! page that prints its footnote ([`Pages`]).
//!
//! Cost: O(n log m) for n numbers and marks up to m: a longest-ascending-run
//! search with a prefix maximum (a Fenwick tree) over the marks.

use std::collections::HashMap;

use crate::types::Footnote;

/// A marker in the order being chosen: where it stands (text, byte), its
/// mark, what taking it is worth, and the candidate it is (None for a
/// superscript, always a marker).
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) at: (usize, usize),
    pub(super) mark: u32,
    pub(super) value: i64,
    pub(super) found: Option<usize>,
}

/// What each footnote skipped between two markers costs, up to `MAX_GAP`
/// of them: a marker the extraction lost is common, a long run of them is
/// not, and a number far ahead of the order is no marker.
const GAP: i64 = 1;
const MAX_GAP: u32 = 3;

/// The run of `items` (in text order) with strictly ascending marks that
/// is worth most: the items' values less the cost of the footnotes it
/// skips. Gives the items' indexes.
///
/// A longest-ascending-run search: for each item, the best run ending
/// just below its mark (a mark one to `MAX_GAP` below, looked up directly,
/// or any lower one at the capped cost, from a prefix maximum).
pub(super) fn choose(items: &[Item]) -> Vec<usize> {
    let top = items.iter().map(|it| it.mark as usize).max().unwrap_or(0);
    // Per mark, the best run so far ending on it: (worth, item).
    let mut at_mark: Vec<Option<(i64, usize)>> = vec![None; top + 1];
    let mut below = PrefixMax::new(top + 1);
    let mut worth = vec![0i64; items.len()];
    let mut parent: Vec<Option<usize>> = vec![None; items.len()];
    for (n, it) in items.iter().enumerate() {
        let m = it.mark as usize;
        let mut best: (i64, Option<usize>) = (-GAP * i64::from((it.mark - 1).min(MAX_GAP)), None);
        for k in 1..=MAX_GAP as usize {
            if let Some((w, p)) = m.checked_sub(k).and_then(|b| at_mark[b]) {
                let w = w - GAP * (k as i64 - 1);
                if w > best.0 {
                    best = (w, Some(p));
                }
            }
        }
        if let Some((w, p)) = m
            .checked_sub(MAX_GAP as usize + 1)
            .and_then(|b| below.max_upto(b))
        {
            let w = w - GAP * i64::from(MAX_GAP);
            if w > best.0 {
                best = (w, Some(p));
            }
        }
        worth[n] = it.value + best.0;
        parent[n] = best.1;
        if at_mark[m].is_none_or(|(w, _)| worth[n] > w) {
            at_mark[m] = Some((worth[n], n));
        }
        below.raise(m, (worth[n], n));
    }
    let mut end = (0..items.len()).filter(|&n| worth[n] > 0).fold(
        None,
        |best: Option<usize>, n| match best {
            Some(b) if worth[b] >= worth[n] => Some(b),
            _ => Some(n),
        },
    );
    let mut run = Vec::new();
    while let Some(n) = end {
        run.push(n);
        end = parent[n];
    }
    run.reverse();
    run
}

/// Prefix maxima over marks (a Fenwick tree): the best (worth, item) of
/// any mark up to a bound, where values only ever rise.
struct PrefixMax {
    tree: Vec<Option<(i64, usize)>>,
}

impl PrefixMax {
    fn new(len: usize) -> Self {
        PrefixMax {
            tree: vec![None; len + 1],
        }
    }

    fn raise(&mut self, mark: usize, v: (i64, usize)) {
        let mut i = mark + 1;
        while i < self.tree.len() {
            if self.tree[i].is_none_or(|t| v.0 > t.0) {
                self.tree[i] = Some(v);
            }
            i += i & i.wrapping_neg();
        }
    }

    fn max_upto(&self, mark: usize) -> Option<(i64, usize)> {
        let mut i = (mark + 1).min(self.tree.len() - 1);
        let mut best: Option<(i64, usize)> = None;
        while i > 0 {
            if let Some(t) = self.tree[i] {
                if best.is_none_or(|b| t.0 > b.0) {
                    best = Some(t);
                }
            }
            i -= i & i.wrapping_neg();
        }
        best
    }
}

/// Where each footnote's marker may stand: the body lines between the
/// previous page's footnotes and the block of footnotes its own belongs
/// to (a block: footnotes with no body line between them).
pub(super) struct Pages {
    window: HashMap<u32, (usize, usize)>,
}

impl Pages {
    /// The windows of `footnotes`, told apart by the body lines
    /// `content_lines` between them.
    pub(super) fn new(footnotes: &[Footnote], content_lines: &[usize]) -> Self {
        let mut notes: Vec<(u32, [usize; 2])> = footnotes
            .iter()
            .filter_map(|f| f.mark.parse().ok().map(|m| (m, f.lines)))
            .collect();
        notes.sort_by_key(|n| n.1);
        let body_between = |a: usize, b: usize| {
            let i = content_lines.partition_point(|&l| l <= a);
            content_lines.get(i).is_some_and(|&l| l < b)
        };
        let mut window = HashMap::new();
        let (mut lo, mut block) = (0, 0);
        let mut prev_end: Option<usize> = None;
        for (mark, lines) in notes {
            match prev_end {
                Some(end) if !body_between(end, lines[0]) => {}
                Some(end) => (lo, block) = (end, lines[0]),
                None => block = lines[0],
            }
            window.entry(mark).or_insert((lo, block));
            prev_end = Some(lines[1]);
        }
        Pages { window }
    }

    /// Whether a text on input lines `lines` stands where footnote
    /// `mark`'s marker may.
    pub(super) fn holds(&self, mark: u32, lines: [usize; 2]) -> bool {
        self.window
            .get(&mark)
            .is_some_and(|&(lo, hi)| lines[0] < hi && lines[1] > lo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of the given marks and values, in that text order.
    fn items(marks: &[(u32, i64)]) -> Vec<Item> {
        marks
            .iter()
            .enumerate()
            .map(|(i, &(mark, value))| Item {
                at: (i, 0),
                mark,
                value,
                found: Some(i),
            })
            .collect()
    }

    fn marks_chosen(marks: &[(u32, i64)]) -> Vec<u32> {
        choose(&items(marks))
            .into_iter()
            .map(|n| marks[n].0)
            .collect()
    }

    #[test]
    fn the_ascending_run_worth_most() {
        // A stray 9 early and a stray 2 late fall out.
        assert_eq!(
            marks_chosen(&[(1, 5), (9, 5), (2, 5), (3, 5), (4, 5), (2, 5)]),
            [1, 2, 3, 4]
        );
        // Of two numbers with the same mark, the stronger.
        assert_eq!(marks_chosen(&[(1, 5), (2, 2), (2, 6), (3, 5)]), [1, 2, 3]);
        // A missed marker costs the run little; a far jump costs more than
        // a weak number is worth.
        assert_eq!(marks_chosen(&[(1, 5), (3, 5), (4, 5)]), [1, 3, 4]);
        assert_eq!(marks_chosen(&[(1, 5), (40, 2)]), [1]);
        assert_eq!(marks_chosen(&[(1, 5), (40, 6)]), [1, 40]);
        // Nothing worth taking.
        assert_eq!(marks_chosen(&[(1, -3), (2, -1)]), Vec::<u32>::new());
    }

    #[test]
    fn a_long_run_stays_near_linear() {
        let many: Vec<(u32, i64)> = (1..=999).map(|m| (m, 5)).collect();
        assert_eq!(marks_chosen(&many).len(), 999);
    }
}
