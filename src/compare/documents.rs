//! Two documents compared: the steps the stage map in `compare/mod.rs`
//! lists, run for the paragraphs and again for the footnotes.

use super::align::align;
use super::keys::{ids, Sides, Unit};
use super::reuse::{self, containment::pair_contained, Wording};
use super::summary::{summarize, WordTotals};
use super::worddiff::{diff_words, word_count};
use crate::types::{
    CompareOptions, Comparison, Document, Entry, KeyOptions, Op, Pair, Redline, Span, Status,
};

/// Compares two documents.
///
/// ```
/// use resdiff::compare::compare;
/// use resdiff::{CompareOptions, Status};
/// let old = resdiff::parse_text("old", "The General Assembly,\n\n1. Decides to act.\n\n2. Requests a report.\n", None);
/// let new = resdiff::parse_text("new", "The General Assembly,\n\n1. Decides to act now.\n\n2. Requests a report.\n", None);
/// let c = compare(old, new, &CompareOptions::default());
/// assert_eq!(c.alignment[0].status, Status::Changed);
/// assert_eq!(c.alignment[1].status, Status::Unchanged);
/// assert!(c.has_differences());
/// ```
pub fn compare(old: Document, new: Document, options: &CompareOptions) -> Comparison {
    let size = |d: &Document| d.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
    let parallel = crate::HAS_THREADS && size(&old) + size(&new) >= crate::PARALLEL_MIN_BYTES;
    compare_on(old, new, options, parallel)
}

/// [`compare`], on two threads where it can (`parallel`) or on one.
fn compare_on(
    old: Document,
    new: Document,
    options: &CompareOptions,
    parallel: bool,
) -> Comparison {
    let wording = Wording::read(&old, &new);
    let (alignment, paragraph_words, pairs) = entries(
        &Sides::paragraphs(&old, &new, &options.key, parallel),
        Some(&wording),
    );
    let (footnotes, footnote_words, _) = if options.ignore_footnotes {
        (Vec::new(), WordTotals::default(), Vec::new())
    } else {
        entries(&Sides::footnotes(&old, &new, &options.key), None)
    };
    let words = WordTotals {
        inserted: paragraph_words.inserted + footnote_words.inserted,
        deleted: paragraph_words.deleted + footnote_words.deleted,
    };
    let mut summary = summarize(&alignment, &footnotes, words);
    let (reuse, share) = reuse::find(&wording, &new, &old, &alignment, &pairs);
    summary.reuse = (!reuse.is_empty()).then_some(share);
    let cover = super::cover::compare_covers(&old, &new, &options.key);
    let mut comparison = Comparison {
        old,
        new,
        cover,
        alignment,
        footnotes,
        summary,
        reuse,
    };
    super::substance::classify(&mut comparison);
    comparison
}

/// For each entry, the indices of its old and new paragraphs (or
/// footnotes).
type PairIndices = Vec<(Vec<usize>, Vec<usize>)>;

/// Keys, alignment, word diffs and entries for one kind of unit
/// (paragraphs or footnotes), with the words inserted and deleted and the
/// indices each entry pairs. With the units' `wording` (paragraphs), an
/// inserted paragraph made mostly of a deleted one's wording is paired
/// with it (`reuse::containment`).
fn entries(sides: &Sides, wording: Option<&Wording>) -> (Vec<Entry>, WordTotals, PairIndices) {
    let ((old_keys, old_words), (new_keys, new_words)) = sides.keys();
    let (old, new) = (sides.old, sides.new);
    let rules = new.language.rules();
    let mut pairs = align(&old_keys, &new_keys);
    if let Some(wording) = wording {
        pairs = pair_contained(pairs, wording, &old_keys, &new_keys);
    }
    let indices: PairIndices = pairs
        .iter()
        .map(|p| (p.old.clone(), p.new.clone()))
        .collect();
    let join = |units: &[Unit], idx: &[usize]| {
        idx.iter()
            .map(|&i| units[i].text)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let texts: Vec<(String, String)> = pairs
        .iter()
        .map(|p| {
            (
                join(&sides.old_units, &p.old),
                join(&sides.new_units, &p.new),
            )
        })
        .collect();
    let mut diffs = word_diffs(&pairs, &texts, rules, sides.options, sides.parallel);
    // Words counted while tokenizing serve the summary of whole inserted
    // and deleted paragraphs; the summary counts words with the new text's
    // rules, so the old side's counts serve only when the languages agree.
    let same_rules = old.language == new.language;
    let sum = |words: &[usize], idx: &[usize]| idx.iter().map(|&i| words[i]).sum::<usize>();
    let mut totals = WordTotals::default();
    let entries = pairs
        .into_iter()
        .zip(texts)
        .zip(diffs.iter_mut())
        .map(|((pair, (old_text, new_text)), diff)| {
            match pair.status {
                Status::Unchanged => {}
                Status::Inserted => totals.inserted += sum(&new_words, &pair.new),
                Status::Deleted if same_rules => totals.deleted += sum(&old_words, &pair.old),
                Status::Deleted => totals.deleted += word_count(&old_text, rules),
                _ => totals.add(diff.as_deref().unwrap_or_default(), rules),
            }
            let regrouped = is_regrouping(&pair);
            let diff = redline(pair.status, old_text, new_text, diff);
            let old_ids = ids(&sides.old_units, &pair.old);
            let new_ids = ids(&sides.new_units, &pair.new);
            let renumbered = pair.status == Status::Unchanged && !regrouped && old_ids != new_ids;
            Entry {
                status: pair.status,
                old: old_ids,
                new: new_ids,
                similarity: (pair.similarity * 1000.0).round() / 1000.0,
                renumbered,
                regrouped,
                diff,
                substance: None,
                reasons: Vec::new(),
                edits: Vec::new(),
                shifts: Vec::new(),
            }
        })
        .collect();
    (entries, totals, indices)
}

/// Whether a pair is the same words broken into paragraphs otherwise
/// (the aligner's regrouping): unchanged, but not one paragraph each side.
fn is_regrouping(pair: &Pair) -> bool {
    pair.status == Status::Unchanged && (pair.old.len() != 1 || pair.new.len() != 1)
}

/// The redline of a pair: its word diff, or, when there is nothing to diff
/// word by word, the one span that says it all. A regrouping has its word
/// diff, all equal, whose spans tell where each side broke its paragraphs.
fn redline(
    status: Status,
    old_text: String,
    new_text: String,
    diff: &mut Option<Redline>,
) -> Redline {
    if let Some(diff) = diff.take() {
        return diff;
    }
    match status {
        Status::Unchanged => vec![Span {
            op: Op::Equal,
            old_text: (old_text != new_text).then(|| old_text.clone()),
            text: new_text,
        }],
        Status::Inserted => vec![Span {
            op: Op::Insert,
            text: new_text,
            old_text: None,
        }],
        Status::Deleted => vec![Span {
            op: Op::Delete,
            text: old_text,
            old_text: None,
        }],
        _ => Vec::new(),
    }
}

/// The word diffs of the pairs that need one (changed, moved, split,
/// merged, regrouped), by pair index. With `parallel` the pairs are shared between two
/// threads, largest first to the less loaded one; the result does not
/// depend on which thread did what.
fn word_diffs(
    pairs: &[Pair],
    texts: &[(String, String)],
    rules: &crate::lang::LanguageRules,
    options: &KeyOptions,
    parallel: bool,
) -> Vec<Option<Redline>> {
    let mut jobs: Vec<(usize, usize)> = pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            is_regrouping(p)
                || !matches!(
                    p.status,
                    Status::Unchanged | Status::Inserted | Status::Deleted
                )
        })
        .map(|(i, _)| {
            let size = texts[i].0.len() + texts[i].1.len();
            // Myers costs about (N + M) · D, and D grows with the length.
            (size * size, i)
        })
        .collect();
    let diff = |i: usize| diff_words(&texts[i].0, &texts[i].1, rules, options);
    let mut out: Vec<Option<Redline>> = vec![None; pairs.len()];
    if !parallel || jobs.len() < 2 {
        for (_, i) in jobs {
            out[i] = Some(diff(i));
        }
        return out;
    }
    jobs.sort_unstable_by(|a, b| b.cmp(a));
    let (mut here, mut there) = (Vec::new(), Vec::new());
    let (mut here_load, mut there_load) = (0usize, 0usize);
    for (cost, i) in jobs {
        if here_load <= there_load {
            here.push(i);
            here_load += cost;
        } else {
            there.push(i);
            there_load += cost;
        }
    }
    let (mine, theirs) = std::thread::scope(|s| {
        let other = s.spawn(|| there.iter().map(|&i| (i, diff(i))).collect::<Vec<_>>());
        let mine: Vec<_> = here.iter().map(|&i| (i, diff(i))).collect();
        (mine, other.join().expect("word diffs never panic"))
    });
    for (i, redline) in mine.into_iter().chain(theirs) {
        out[i] = Some(redline);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::synth::{resolution_pair, Edits};

    /// The threaded path gives the same comparison, byte for byte, as the
    /// single-threaded one (the size that switches threads on is too large
    /// for a quick test, so both are forced here).
    #[test]
    fn two_threads_compare_as_one_does() {
        let pool: Vec<String> = (0..400)
            .map(|i| format!("Recalls its resolution 7{i}/1 on the matter number {i}, and notes progress in area {}.", i % 17))
            .collect();
        let edits = Edits {
            reworded: 0.2,
            moved: 0.05,
            inserted: 0.05,
            deleted: 0.05,
        };
        let (old, new) = resolution_pair(&pool, 300, 7, &edits);
        let parse = |name, text: &str| crate::parse_text(name, text, None);
        let options = CompareOptions::default();
        let one = compare_on(parse("old", &old), parse("new", &new), &options, false);
        let two = compare_on(parse("old", &old), parse("new", &new), &options, true);
        assert!(one.summary.count(Status::Changed) > 10, "{:?}", one.summary);
        assert_eq!(
            serde_json::to_string(&one).unwrap(),
            serde_json::to_string(&two).unwrap()
        );
    }
}
