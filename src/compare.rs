//! The comparison of two documents: alignment, word diffs and summary in
//! one value ([`Comparison`]) that every renderer reads.

use serde::Serialize;

use crate::align::{align, Interner, ParagraphKey, Status};
use crate::normalize::{for_each_key, KeyOptions};
use crate::worddiff::{diff_words, word_count, Op, Redline, Span};
use crate::{Document, Paragraph};

/// What the comparison folds away, on top of what keys always fold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompareOptions {
    /// Case and punctuation folding.
    pub key: KeyOptions,
    /// Leave footnote texts out of the comparison.
    pub ignore_footnotes: bool,
}

/// One entry of the comparison: old paragraphs became new ones.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// What happened.
    pub status: Status,
    /// Ids of the old paragraphs (empty when inserted).
    pub old: Vec<String>,
    /// Ids of the new paragraphs (empty when deleted).
    pub new: Vec<String>,
    /// Similarity of the two sides, 0 to 1, rounded to 3 decimals.
    pub similarity: f64,
    /// Same text under a different number (`OP5` → `OP6`).
    pub renumbered: bool,
    /// The word diff: equal and deleted spans rebuild the old text (several
    /// paragraphs joined by `\n`), equal and inserted spans the new.
    pub diff: Redline,
}

impl Entry {
    /// Whether this entry reports a difference.
    pub fn is_change(&self) -> bool {
        self.status != Status::Unchanged
    }
}

/// Counts for the closing summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Paragraph entries per status (every status present, zeros included).
    pub paragraphs: std::collections::BTreeMap<&'static str, usize>,
    /// Unchanged paragraphs whose number changed.
    pub renumbered: usize,
    /// Footnote entries per status.
    pub footnotes: std::collections::BTreeMap<&'static str, usize>,
    /// Words in inserted spans (paragraphs and footnotes).
    pub words_inserted: usize,
    /// Words in deleted spans (paragraphs and footnotes).
    pub words_deleted: usize,
}

impl Summary {
    /// Paragraph entries with this status.
    pub fn count(&self, status: Status) -> usize {
        self.paragraphs.get(status.name()).copied().unwrap_or(0)
    }

    /// Footnote entries that report a difference.
    pub fn footnotes_changed(&self) -> usize {
        self.footnotes
            .iter()
            .filter(|(k, _)| **k != Status::Unchanged.name())
            .map(|(_, v)| v)
            .sum()
    }
}

/// Two documents compared.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The old document.
    pub old: Document,
    /// The new document.
    pub new: Document,
    /// Paragraph entries in reading order of the new text.
    pub alignment: Vec<Entry>,
    /// Footnote entries (ids are the marks), empty with `ignore_footnotes`.
    pub footnotes: Vec<Entry>,
    /// Counts.
    pub summary: Summary,
}

impl Comparison {
    /// Whether anything differs: what `diff`-like exit codes report.
    pub fn has_differences(&self) -> bool {
        self.alignment
            .iter()
            .chain(&self.footnotes)
            .any(Entry::is_change)
    }
}

struct Unit<'a> {
    id: &'a str,
    text: &'a str,
    kind: crate::ParagraphKind,
}

/// One paragraph's comparison key and token ids, before the ids of the two
/// sides are merged.
type RawKey = (String, Vec<u32>, crate::ParagraphKind);

/// The keys of one side, with token ids from an interner of its own.
fn keys(units: &[Unit], doc: &Document, options: &KeyOptions) -> (Vec<RawKey>, Interner) {
    let rules = doc.language.rules();
    let mut interner = Interner::default();
    let keys = units
        .iter()
        .map(|u| {
            let mut key = String::with_capacity(u.text.len());
            let mut tokens = Vec::new();
            for_each_key(u.text, rules, options, |_, _, _, k| {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(k);
                tokens.push(interner.id(k));
            });
            (key, tokens, u.kind)
        })
        .collect();
    (keys, interner)
}

/// The keys of both sides with shared token ids; with `parallel`, each
/// side is tokenized on a core of its own.
fn both_keys(
    old_units: &[Unit],
    new_units: &[Unit],
    old: &Document,
    new: &Document,
    options: &KeyOptions,
    parallel: bool,
) -> (Vec<ParagraphKey>, Vec<ParagraphKey>) {
    let ((old_keys, mut interner), (new_keys, new_interner)) = if parallel {
        std::thread::scope(|s| {
            let other = s.spawn(|| keys(new_units, new, options));
            let old_side = keys(old_units, old, options);
            (old_side, other.join().expect("tokenizing never panics"))
        })
    } else {
        (keys(old_units, old, options), keys(new_units, new, options))
    };
    let ids = interner.absorb(new_interner);
    let old_keys = old_keys
        .into_iter()
        .map(|(key, tokens, kind)| ParagraphKey::new(key, tokens, kind))
        .collect();
    let new_keys = new_keys
        .into_iter()
        .map(|(key, mut tokens, kind)| {
            for t in &mut tokens {
                *t = ids[*t as usize];
            }
            ParagraphKey::new(key, tokens, kind)
        })
        .collect();
    (old_keys, new_keys)
}

fn entries(
    old_units: &[Unit],
    new_units: &[Unit],
    old: &Document,
    new: &Document,
    options: &KeyOptions,
    parallel: bool,
) -> Vec<Entry> {
    let (old_keys, new_keys) = both_keys(old_units, new_units, old, new, options, parallel);
    let rules = new.language.rules();
    let pairs = align(&old_keys, &new_keys);
    let join = |units: &[Unit], idx: &[usize]| {
        idx.iter()
            .map(|&i| units[i].text)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let texts: Vec<(String, String)> = pairs
        .iter()
        .map(|p| (join(old_units, &p.old), join(new_units, &p.new)))
        .collect();
    let mut diffs = word_diffs(&pairs, &texts, rules, options, parallel);
    pairs
        .into_iter()
        .zip(texts)
        .zip(diffs.iter_mut())
        .map(|((pair, (old_text, new_text)), diff)| {
            let diff = match pair.status {
                // Nothing to diff word by word: one span says it all.
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
                _ => diff.take().unwrap_or_default(),
            };
            let old_ids: Vec<String> = pair
                .old
                .iter()
                .map(|&i| old_units[i].id.to_string())
                .collect();
            let new_ids: Vec<String> = pair
                .new
                .iter()
                .map(|&i| new_units[i].id.to_string())
                .collect();
            let renumbered = pair.status == Status::Unchanged && old_ids != new_ids;
            Entry {
                status: pair.status,
                old: old_ids,
                new: new_ids,
                similarity: (pair.similarity * 1000.0).round() / 1000.0,
                renumbered,
                diff,
            }
        })
        .collect()
}

/// The word diffs of the pairs that need one (changed, moved, split,
/// merged), by pair index. With `parallel` the pairs are shared between two
/// threads, largest first to the less loaded one; the result does not
/// depend on which thread did what.
fn word_diffs(
    pairs: &[crate::align::Pair],
    texts: &[(String, String)],
    rules: &crate::lang::LanguageRules,
    options: &KeyOptions,
    parallel: bool,
) -> Vec<Option<Redline>> {
    let mut jobs: Vec<(usize, usize)> = pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            !matches!(
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

fn paragraph_units(doc: &Document) -> Vec<Unit<'_>> {
    doc.paragraphs
        .iter()
        .map(|p: &Paragraph| Unit {
            id: &p.id,
            text: &p.text,
            kind: p.kind,
        })
        .collect()
}

fn footnote_units(doc: &Document) -> Vec<Unit<'_>> {
    doc.footnotes
        .iter()
        .map(|f| Unit {
            id: &f.mark,
            text: &f.text,
            kind: crate::ParagraphKind::Paragraph,
        })
        .collect()
}

/// Compares two documents.
///
/// ```
/// use resdiff::compare::{compare, CompareOptions};
/// use resdiff::align::Status;
/// let old = resdiff::parse_text("old", "The General Assembly,\n\n1. Decides to act.\n\n2. Requests a report.\n", None);
/// let new = resdiff::parse_text("new", "The General Assembly,\n\n1. Decides to act now.\n\n2. Requests a report.\n", None);
/// let c = compare(old, new, &CompareOptions::default());
/// assert_eq!(c.alignment[0].status, Status::Changed);
/// assert_eq!(c.alignment[1].status, Status::Unchanged);
/// assert!(c.has_differences());
/// ```
pub fn compare(old: Document, new: Document, options: &CompareOptions) -> Comparison {
    let size = |d: &Document| d.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
    let parallel = size(&old) + size(&new) >= crate::PARALLEL_MIN_BYTES;
    compare_on(old, new, options, parallel)
}

/// [`compare`], on two threads where it can (`parallel`) or on one.
fn compare_on(
    old: Document,
    new: Document,
    options: &CompareOptions,
    parallel: bool,
) -> Comparison {
    let alignment = entries(
        &paragraph_units(&old),
        &paragraph_units(&new),
        &old,
        &new,
        &options.key,
        parallel,
    );
    let footnotes = if options.ignore_footnotes {
        Vec::new()
    } else {
        entries(
            &footnote_units(&old),
            &footnote_units(&new),
            &old,
            &new,
            &options.key,
            false,
        )
    };
    let summary = summarize(&alignment, &footnotes, &new);
    Comparison {
        old,
        new,
        alignment,
        footnotes,
        summary,
    }
}

fn summarize(alignment: &[Entry], footnotes: &[Entry], new: &Document) -> Summary {
    let rules = new.language.rules();
    let mut s = Summary::default();
    for status in Status::ALL {
        s.paragraphs.insert(status.name(), 0);
        s.footnotes.insert(status.name(), 0);
    }
    for e in alignment {
        *s.paragraphs.entry(e.status.name()).or_default() += 1;
        s.renumbered += usize::from(e.renumbered);
    }
    for e in footnotes {
        *s.footnotes.entry(e.status.name()).or_default() += 1;
    }
    for span in alignment.iter().chain(footnotes).flat_map(|e| &e.diff) {
        match span.op {
            Op::Insert => s.words_inserted += word_count(&span.text, rules),
            Op::Delete => s.words_deleted += word_count(&span.text, rules),
            Op::Equal => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::{resolution_pair, Edits};

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
