//! Markers glued onto a reference's number: "resolutions 5/1 and 5/64 of"
//! for resolution 5/6 and footnote 4, "paragraphs VIII.7441 and" for
//! paragraph VIII.74 and footnote 41. Text extractors print a superscript
//! so when it follows a number without a space.
//!
//! Nothing in such a number says it holds a marker ("78/265" holds none),
//! so it is looked at last, and only for a footnote whose marker is still
//! missing between its two neighbours' markers: there, the one number in
//! that stretch of text that ends with the footnote's number, after a
//! reference of the shape above, is taken as holding it.

use std::collections::{BTreeMap, BTreeSet};

use super::note_shapes::digit_runs;

/// A marker found glued to a reference: its body text, its byte range in
/// it and its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct GluedMarker {
    pub(super) text: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mark: u32,
}

/// The markers of `missing` footnotes found glued to a reference in the
/// body `texts` (None for a text that is no paragraph) between
/// the markers `placed` (each mark's place: body text and byte), `last`
/// the highest footnote number. `taken` are byte ranges, per text,
/// already cut (a superscript's sentinels).
pub(super) fn glued_in_gaps(
    texts: &[Option<&str>],
    placed: &BTreeMap<u32, (usize, usize)>,
    missing: &BTreeSet<u32>,
    last: u32,
    taken: &[Vec<(usize, usize)>],
) -> Vec<GluedMarker> {
    let mut out = Vec::new();
    for &m in missing.iter().filter(|m| !placed.contains_key(m)) {
        // The stretch between the nearest markers placed below and above
        // (several markers may be missing in it: "VIII.7441 and
        // VIII.9642"); an end of the text stands for a mark only where
        // the missing one is the first or the last.
        let below = match placed.range(..m).next_back() {
            Some((_, &at)) => Some(at),
            None => (m == 1).then_some((0, 0)),
        };
        let above = match placed.range(m + 1..).next() {
            Some((_, &at)) => Some(at),
            None => (m == last).then_some((texts.len(), 0)),
        };
        let (Some(from), Some(to)) = (below, above) else {
            continue;
        };
        let digits = m.to_string();
        let mut hits = Vec::new();
        for (i, t) in texts.iter().enumerate().take(to.0 + 1).skip(from.0) {
            let Some(t) = t else { continue };
            let lo = if i == from.0 { from.1 } else { 0 };
            let hi = if i == to.0 { to.1 } else { t.len() };
            for (start, end) in glued_runs(t, &digits) {
                let clash = taken
                    .get(i)
                    .is_some_and(|r| r.iter().any(|&(s, e)| s < end && start < e));
                if start > lo && end <= hi && !clash {
                    hits.push(GluedMarker {
                        text: i,
                        start,
                        end,
                        mark: m,
                    });
                }
            }
        }
        // Two such numbers in the stretch: nothing tells which holds it.
        if let [one] = hits.as_slice() {
            out.push(one.clone());
        }
    }
    // Markers come in their footnotes' order: one found out of it is no
    // marker.
    let ascending = out
        .windows(2)
        .all(|w| (w[0].text, w[0].start) < (w[1].text, w[1].start));
    if ascending {
        out
    } else {
        Vec::new()
    }
}

/// The byte ranges of `mark` where it ends a number glued after a
/// reference: `5/64` (a session's number, a slash, the resolution's
/// number of one to three digits) or `VIII.7441` (a chapter in capitals,
/// a period, the paragraph's number), before a space, punctuation or the
/// end.
fn glued_runs(text: &str, mark: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, end) in digit_runs(text) {
        let run = &text[start..end];
        let own = run.len().saturating_sub(mark.len());
        let clean_end = text[end..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ",.;:)".contains(c));
        if run.ends_with(mark)
            && (1..=3).contains(&own)
            && clean_end
            && after_reference(text, start)
        {
            out.push((start + own, end));
        }
    }
    out
}

/// Whether the number at `start` follows a reference's head: `5/` (one to
/// three digits standing alone) or `VIII.` (one to six capitals standing
/// alone).
fn after_reference(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let (head, most, is_part): (&str, usize, fn(char) -> bool) =
        if let Some(h) = before.strip_suffix('/') {
            (h, 3, |c| c.is_ascii_digit())
        } else if let Some(h) = before.strip_suffix('.') {
            (h, 6, |c| c.is_ascii_uppercase())
        } else {
            return false;
        };
    let rest = head.trim_end_matches(is_part);
    let alone = !rest.ends_with(|c: char| c.is_alphanumeric() || c == '/');
    (1..=most).contains(&(head.len() - rest.len())) && alone
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_ends_a_number_after_a_reference() {
        assert_eq!(
            glued_runs("resolutions 5/1 and 5/64 of 2 March", "4"),
            [(23, 24)]
        );
        assert_eq!(glued_runs("paragraphs VIII.7441 and", "41"), [(18, 20)]);
        assert_eq!(glued_runs("resolution 77/2285 and", "5"), [(17, 18)]);
        // No number of its own left, a word before the chapter, a longer
        // session, a number running on.
        assert!(glued_runs("resolution 5/4 and", "4").is_empty());
        assert!(glued_runs("theVIII.7441 and", "41").is_empty());
        assert!(glued_runs("A/1234/64 and", "4").is_empty());
        assert!(glued_runs("5/64-a and", "4").is_empty());
    }

    #[test]
    fn only_a_missing_marker_between_its_neighbours_is_taken() {
        let text = "resolutions 5/1 and 5/64 of 2 March 2022 and 78/264 of";
        let texts = [Some(text)];
        let placed: BTreeMap<u32, (usize, usize)> = [(3, (0, 15)), (5, (0, 40))].into();
        let missing: BTreeSet<u32> = [3, 4, 5].into();
        let found = glued_in_gaps(&texts, &placed, &missing, 5, &[vec![]]);
        assert_eq!(
            found,
            [GluedMarker {
                text: 0,
                start: 23,
                end: 24,
                mark: 4
            }]
        );
        // Without a marker placed after it, 4 is no gap: nothing taken.
        let placed: BTreeMap<u32, (usize, usize)> = [(3, (0, 15))].into();
        assert!(glued_in_gaps(&texts, &placed, &missing, 6, &[vec![]]).is_empty());
    }

    #[test]
    fn two_missing_markers_side_by_side_are_both_found() {
        let text = "89. Recalls paragraphs VIII.7441 and VIII.9642 of the reports";
        let placed: BTreeMap<u32, (usize, usize)> = [(40, (0, 0)), (43, (1, 0))].into();
        let missing: BTreeSet<u32> = [40, 41, 42, 43].into();
        let found = glued_in_gaps(
            &[Some(text), None],
            &placed,
            &missing,
            50,
            &[vec![], vec![]],
        );
        let marks: Vec<(u32, &str)> = found
            .iter()
            .map(|g| (g.mark, &text[g.start..g.end]))
            .collect();
        assert_eq!(marks, [(41, "41"), (42, "42")]);
    }
}
