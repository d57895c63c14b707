//! Runs of unchanged paragraphs folded into one line, in the terminal and
//! on the page under `--changes-only`: "PP1–PP10 unchanged", and for a run
//! whose paragraphs only changed number, "PP2–PP11 unchanged, renumbered
//! (was PP1–PP10)". A run holds paragraphs that all kept their numbers or
//! that all changed them, and a renumbered run only paragraphs that also
//! followed one another in the old text ([`Runs::continues`]), so that its
//! "was" range names exactly its old paragraphs.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::lang::Labels;
use crate::types::{Comparison, Entry, Status};

/// Where each old paragraph stood, to tell whether a run goes on.
pub struct Runs<'c> {
    old_places: HashMap<&'c str, usize>,
}

impl<'c> Runs<'c> {
    /// Indexes the old text's paragraphs of a comparison.
    pub fn of(c: &'c Comparison) -> Self {
        Runs {
            old_places: c
                .old
                .paragraphs
                .iter()
                .enumerate()
                .map(|(k, p)| (p.id.as_str(), k))
                .collect(),
        }
    }

    /// Whether unchanged entry `next` goes on the run that `last` ends: both
    /// kept their numbers, or both changed them and `next`'s old paragraph
    /// came right after `last`'s.
    pub fn continues(&self, last: &Entry, next: &Entry) -> bool {
        // A regrouping names its own old paragraphs: it stands alone.
        if last.regrouped || next.regrouped || last.renumbered != next.renumbered {
            return false;
        }
        if !next.renumbered {
            return true;
        }
        let place = |e: &Entry| e.old.last().and_then(|id| self.old_places.get(id.as_str()));
        let first = next
            .old
            .first()
            .and_then(|id| self.old_places.get(id.as_str()));
        matches!((place(last), first), (Some(a), Some(b)) if *b == a + 1)
    }
}

/// The ids a run spans on one side: `PP3`, or `PP1–PP10`.
fn span(run: &[&Entry], side: impl Fn(&Entry) -> &[String]) -> String {
    let first = run.first().map(|e| side(e).join(", ")).unwrap_or_default();
    let last = run.last().map(|e| side(e).join(", ")).unwrap_or_default();
    if run.len() == 1 {
        first
    } else {
        format!("{first}–{last}")
    }
}

/// What a folded run says: its new ids and status, with the old ids of a
/// renumbered run or of a regrouping (a run of its own). `words` are
/// "unchanged", "unchanged, renumbered", "unchanged, regrouped from" and
/// "was" in the reader's language.
pub fn fold_text(run: &[&Entry], words: [&str; 4]) -> String {
    let new = span(run, |e| &e.new);
    if let [e] = run {
        if e.regrouped {
            return format!("{new} {} {}", words[2], e.old.join(", "));
        }
    }
    if run.first().is_some_and(|e| e.renumbered) {
        let old = span(run, |e| &e.old);
        format!("{new} {} ({} {old})", words[1], words[3])
    } else {
        format!("{new} {}", words[0])
    }
}

/// Writes the page's line for a folded run (nothing for an empty run).
pub(super) fn html_fold(out: &mut String, run: &[&Entry], l: &Labels) {
    let Some(first) = run.first() else {
        return;
    };
    let line = fold_text(
        run,
        [l.status(Status::Unchanged), l.notes[0], l.notes[4], l.was],
    );
    let _ = writeln!(
        out,
        "<p class=\"folded\" data-count=\"{}\" data-renumbered=\"{}\">{}</p>",
        run.len(),
        first.renumbered,
        html_escape::encode_text(&super::escape_controls(&line))
    );
}

#[cfg(test)]
mod tests {
    use super::fold_text;
    use crate::types::{Entry, Status};

    fn unchanged(old: &str, new: &str) -> Entry {
        Entry {
            status: Status::Unchanged,
            old: vec![old.into()],
            new: vec![new.into()],
            similarity: 1.0,
            renumbered: old != new,
            regrouped: false,
            diff: vec![],
            substance: None,
            reasons: vec![],
            edits: vec![],
            shifts: vec![],
        }
    }

    #[test]
    fn a_renumbered_run_names_its_old_numbers() {
        let (a, b) = (unchanged("PP1", "PP2"), unchanged("PP10", "PP11"));
        assert_eq!(
            fold_text(&[&a, &b], WORDS),
            "PP2–PP11 unchanged, renumbered (was PP1–PP10)"
        );
        let c = unchanged("OP3", "OP3");
        assert_eq!(fold_text(&[&c], WORDS), "OP3 unchanged");
    }

    const WORDS: [&str; 4] = [
        "unchanged",
        "unchanged, renumbered",
        "unchanged, regrouped from",
        "was",
    ];

    #[test]
    fn a_regrouping_names_all_its_old_paragraphs() {
        let e = Entry {
            old: vec!["H4".into(), "H5".into(), "U3".into()],
            new: vec!["U3".into()],
            renumbered: false,
            regrouped: true,
            ..unchanged("H4", "U3")
        };
        assert_eq!(
            fold_text(&[&e], WORDS),
            "U3 unchanged, regrouped from H4, H5, U3"
        );
    }
}
