//! The comparison of two documents: alignment, word diffs and summary in
//! one value ([`Comparison`]) that every renderer reads.

pub mod align;
pub mod folders;
pub mod worddiff;

pub use folders::compare_folders;

use self::align::{align, Interner, ParagraphKey};
use self::worddiff::{diff_words, word_count};
use crate::text::normalize::{for_each_key, TokenClass};
use crate::types::{
    CompareOptions, Comparison, Document, Entry, KeyOptions, Op, Paragraph, Redline, Span, Status,
    Summary,
};

struct Unit<'a> {
    id: &'a str,
    text: &'a str,
    kind: crate::ParagraphKind,
}

/// One paragraph's comparison key, token ids (before the ids of the two
/// sides are merged) and number of words.
struct RawKey {
    key: String,
    tokens: Vec<u32>,
    kind: crate::ParagraphKind,
    words: usize,
}

/// The keys of one side, with token ids from an interner of its own.
fn keys(units: &[Unit], doc: &Document, options: &KeyOptions) -> (Vec<RawKey>, Interner) {
    let rules = doc.language.rules();
    let mut interner = Interner::default();
    let keys = units
        .iter()
        .map(|u| {
            let mut key = String::with_capacity(u.text.len());
            let mut tokens = Vec::new();
            let mut words = 0;
            for_each_key(u.text, rules, options, |_, _, class, k| {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(k);
                tokens.push(interner.id(k));
                words += usize::from(class == TokenClass::Word);
            });
            RawKey {
                key,
                tokens,
                kind: u.kind,
                words,
            }
        })
        .collect();
    (keys, interner)
}

/// The paragraph keys of one side, and the number of words of each
/// paragraph.
type Keyed = (Vec<ParagraphKey>, Vec<usize>);

/// The keys of both sides with shared token ids; with `parallel`, each
/// side is tokenized on a core of its own.
fn both_keys(
    old_units: &[Unit],
    new_units: &[Unit],
    old: &Document,
    new: &Document,
    options: &KeyOptions,
    parallel: bool,
) -> (Keyed, Keyed) {
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
    let side = |raw: Vec<RawKey>, ids: Option<&[u32]>| -> Keyed {
        raw.into_iter()
            .map(|mut r| {
                if let Some(ids) = ids {
                    for t in &mut r.tokens {
                        *t = ids[*t as usize];
                    }
                }
                (ParagraphKey::new(r.key, r.tokens, r.kind), r.words)
            })
            .unzip()
    };
    (side(old_keys, None), side(new_keys, Some(&ids)))
}

fn entries(
    old_units: &[Unit],
    new_units: &[Unit],
    old: &Document,
    new: &Document,
    options: &KeyOptions,
    parallel: bool,
) -> (Vec<Entry>, WordTotals) {
    let ((old_keys, old_words), (new_keys, new_words)) =
        both_keys(old_units, new_units, old, new, options, parallel);
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
        .collect();
    (entries, totals)
}

/// Words in inserted and in deleted spans.
#[derive(Debug, Default, Clone, Copy)]
struct WordTotals {
    inserted: usize,
    deleted: usize,
}

impl WordTotals {
    fn add(&mut self, diff: &[Span], rules: &crate::lang::LanguageRules) {
        for span in diff {
            match span.op {
                Op::Insert => self.inserted += word_count(&span.text, rules),
                Op::Delete => self.deleted += word_count(&span.text, rules),
                Op::Equal => {}
            }
        }
    }
}

/// The word diffs of the pairs that need one (changed, moved, split,
/// merged), by pair index. With `parallel` the pairs are shared between two
/// threads, largest first to the less loaded one; the result does not
/// depend on which thread did what.
fn word_diffs(
    pairs: &[crate::types::Pair],
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
    let (alignment, paragraph_words) = entries(
        &paragraph_units(&old),
        &paragraph_units(&new),
        &old,
        &new,
        &options.key,
        parallel,
    );
    let (footnotes, footnote_words) = if options.ignore_footnotes {
        (Vec::new(), WordTotals::default())
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
    let words = WordTotals {
        inserted: paragraph_words.inserted + footnote_words.inserted,
        deleted: paragraph_words.deleted + footnote_words.deleted,
    };
    let summary = summarize(&alignment, &footnotes, words);
    Comparison {
        old,
        new,
        alignment,
        footnotes,
        summary,
    }
}

fn summarize(alignment: &[Entry], footnotes: &[Entry], words: WordTotals) -> Summary {
    let mut s = Summary {
        words_inserted: words.inserted,
        words_deleted: words.deleted,
        ..Summary::default()
    };
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
    s
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
