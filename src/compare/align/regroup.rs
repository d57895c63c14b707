//! Regrouping: the same words, paragraphed otherwise.
//!
//! Two extractions of one PDF break a table, or any run of unnumbered
//! lines, into paragraphs differently: one gives a paragraph per cell,
//! the other a paragraph per block of cells, with the words in the same
//! order. Where the paragraphs carry no number and belong to neither the
//! preamble nor the operative part (`ParagraphKey::regroupable`), their
//! breaks are layout, and such a run is the same text: it is paired as
//! `unchanged`, several paragraphs with several, and the entry says it
//! was regrouped. A preambular or operative paragraph never regroups: two
//! of them joined are a change the reader must see.
//!
//! Before the backbone, the words of both sides are diffed as one
//! sequence each, a paragraph that is not layout standing as a token that
//! matches nothing; wherever both sides have a paragraph break at the
//! same place of one run of equal words, and the next such place lies in
//! the same run, the paragraphs between are a regrouping (unless they are
//! one paragraph on each side, which the backbone pairs). The
//! diff is [`bounded_diff`], so the cost stays near-linear in the size
//! of the documents.

use std::ops::Range;

use similar::DiffOp;

use super::key::ParagraphKey;
use crate::compare::bounded::bounded_diff;

/// A run of paragraphs on each side whose breaks do not meet, found by
/// [`regroupings`].
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Regrouping {
    /// Indices of the old paragraphs.
    pub(super) old: Range<usize>,
    /// Indices of the new paragraphs.
    pub(super) new: Range<usize>,
    /// Share of the words the two runs have in common (2 × kept / total):
    /// 1 for the same words.
    pub(super) similarity: f64,
}

/// The runs of unnumbered paragraphs that are the same text broken
/// otherwise (similarity 1), or nearly (at least `min_similarity`: a table
/// read cell by cell against block by block, a word changed in a cell),
/// in order, none overlapping.
pub(super) fn regroupings(
    old: &[ParagraphKey],
    new: &[ParagraphKey],
    min_similarity: f64,
) -> Vec<Regrouping> {
    let some = |side: &[ParagraphKey]| side.iter().any(|p| p.regroupable);
    if old.len() + new.len() < 3 || !some(old) || !some(new) {
        return Vec::new();
    }
    let (old_tokens, old_breaks) = joined(old, 0);
    let (new_tokens, new_breaks) = joined(new, 1);
    // For each old token, how many before it the diff keeps.
    let mut kept_before = vec![0usize; old_tokens.len() + 1];
    // The places where both sides break and the diff maps one onto the
    // other, as (old paragraph, new paragraph) starting there.
    let mut shared: Vec<(usize, usize)> = Vec::new();
    for op in bounded_diff(&old_tokens, &new_tokens) {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        else {
            continue;
        };
        for i in old_index..old_index + len {
            kept_before[i + 1] = 1;
        }
        let first = old_breaks.partition_point(|&b| b < old_index);
        for (k, &b) in old_breaks[first..].iter().enumerate() {
            if b > old_index + len {
                break;
            }
            let at = new_index + (b - old_index);
            if let Ok(m) = new_breaks.binary_search(&at) {
                let point = (first_at(&old_breaks, first + k), first_at(&new_breaks, m));
                if shared.last() != Some(&point) {
                    shared.push(point);
                }
            }
        }
    }
    for i in 0..old_tokens.len() {
        kept_before[i + 1] += kept_before[i];
    }
    let layout = |side: &[ParagraphKey], r: Range<usize>| {
        side[r]
            .iter()
            .all(|p| p.regroupable && !p.tokens.is_empty())
    };
    let mut found = Vec::new();
    for w in shared.windows(2) {
        let ((o0, n0), (o1, n1)) = (w[0], w[1]);
        let one_each = o1 - o0 == 1 && n1 - n0 == 1;
        if o1 <= o0 || n1 <= n0 || one_each || !layout(old, o0..o1) || !layout(new, n0..n1) {
            continue;
        }
        let kept = kept_before[old_breaks[o1]] - kept_before[old_breaks[o0]];
        let total = (old_breaks[o1] - old_breaks[o0]) + (new_breaks[n1] - new_breaks[n0]);
        let similarity = 2.0 * kept as f64 / total as f64;
        if similarity >= min_similarity {
            found.push(Regrouping {
                old: o0..o1,
                new: n0..n1,
                similarity,
            });
        }
    }
    found
}

/// The tokens of one side as one sequence, and where each paragraph
/// starts in it (with the end as a last entry). A paragraph whose breaks
/// are not layout stands as one token no token of the other side equals
/// (`side` keeps the two sides' apart), so that no run of equal words
/// goes through it.
fn joined(paragraphs: &[ParagraphKey], side: u32) -> (Vec<u32>, Vec<usize>) {
    let mut tokens = Vec::new();
    let mut breaks = Vec::with_capacity(paragraphs.len() + 1);
    for (k, p) in paragraphs.iter().enumerate() {
        breaks.push(tokens.len());
        if p.regroupable && !p.tokens.is_empty() {
            tokens.extend_from_slice(&p.tokens);
        } else {
            // Token ids count up from 0; these count down from the top,
            // odd for one side, even for the other.
            tokens.push(u32::MAX - 2 * (k as u32 % (u32::MAX / 4)) - side);
        }
    }
    breaks.push(tokens.len());
    (tokens, breaks)
}

/// The first of the paragraphs that start where paragraph `m` does (an
/// empty paragraph starts where the next one does).
fn first_at(breaks: &[usize], mut m: usize) -> usize {
    while m > 0 && breaks[m - 1] == breaks[m] {
        m -= 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ParagraphKind;

    fn cell(tokens: &[u32]) -> ParagraphKey {
        let key = tokens.iter().map(u32::to_string).collect::<Vec<_>>();
        ParagraphKey::new(key.join(" "), tokens.to_vec(), ParagraphKind::Paragraph)
            .regroupable(true)
    }

    fn runs(
        old: &[ParagraphKey],
        new: &[ParagraphKey],
        min: f64,
    ) -> Vec<(Range<usize>, Range<usize>, f64)> {
        regroupings(old, new, min)
            .into_iter()
            .map(|r| (r.old, r.new, r.similarity))
            .collect()
    }

    #[test]
    fn cells_and_blocks_of_cells_are_one_text() {
        let old = [cell(&[1, 2]), cell(&[3]), cell(&[4, 5]), cell(&[6])];
        let new = [cell(&[1, 2, 3]), cell(&[4, 5, 6])];
        assert_eq!(
            runs(&old, &new, 1.0),
            [(0..2, 0..1, 1.0), (2..4, 1..2, 1.0)]
        );
    }

    #[test]
    fn breaks_shifted_within_a_run_make_one_regrouping() {
        // Old: [1 2][3 4 5]; new: [1][2 3][4 5]: the only shared breaks
        // are the ends.
        let old = [cell(&[1, 2]), cell(&[3, 4, 5])];
        let new = [cell(&[1]), cell(&[2, 3]), cell(&[4, 5])];
        assert_eq!(runs(&old, &new, 1.0), [(0..2, 0..3, 1.0)]);
    }

    #[test]
    fn a_changed_word_or_a_numbered_paragraph_stops_it() {
        let old = [cell(&[1, 2]), cell(&[3]), cell(&[7, 8]), cell(&[9])];
        let new = [cell(&[1, 2, 4]), cell(&[7, 8, 9])];
        assert_eq!(runs(&old, &new, 1.0), [(2..4, 1..2, 1.0)]);
        // Nearly the same: [1 2][3] against [1 2 4] keeps 2 words of 3
        // each side.
        assert_eq!(
            runs(&old, &new, 0.5),
            [(0..2, 0..1, 2.0 / 3.0), (2..4, 1..2, 1.0)]
        );
        let operative =
            |t: &[u32]| ParagraphKey::new(String::new(), t.to_vec(), ParagraphKind::Operative);
        let old = [operative(&[1, 2]), operative(&[3])];
        let new = [cell(&[1, 2, 3])];
        assert!(runs(&old, &new, 0.0).is_empty());
    }

    #[test]
    fn a_paragraph_that_is_no_layout_stops_a_run_and_equal_cells_stay_out() {
        let operative = ParagraphKey::new(String::new(), vec![5], ParagraphKind::Operative);
        // [9] alone on both sides is left to the backbone; the operative
        // paragraph between [1] and [2] keeps them apart.
        let old = [
            cell(&[9]),
            cell(&[1]),
            operative.clone(),
            cell(&[2]),
            cell(&[3]),
        ];
        let new = [cell(&[9]), cell(&[1]), operative, cell(&[2, 3])];
        assert_eq!(runs(&old, &new, 1.0), [(3..5, 3..4, 1.0)]);
    }
}
