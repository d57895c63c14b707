//! The totals a reader sees first: how many paragraphs and footnotes have
//! each status, how many were renumbered or regrouped, and how many words were inserted
//! and deleted.

use crate::lang::LanguageRules;
use crate::types::{Entry, Op, Span, Status, Summary};

use super::worddiff::word_count;

/// Words in inserted and in deleted spans.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct WordTotals {
    pub(super) inserted: usize,
    pub(super) deleted: usize,
}

impl WordTotals {
    /// Adds the words of the inserted and deleted spans of a redline.
    pub(super) fn add(&mut self, diff: &[Span], rules: &LanguageRules) {
        for span in diff {
            match span.op {
                Op::Insert => self.inserted += word_count(&span.text, rules),
                Op::Delete => self.deleted += word_count(&span.text, rules),
                Op::Equal => {}
            }
        }
    }
}

/// The summary of a comparison, from its entries and word totals.
pub(super) fn summarize(alignment: &[Entry], footnotes: &[Entry], words: WordTotals) -> Summary {
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
        s.regrouped += usize::from(e.regrouped);
    }
    for e in footnotes {
        *s.footnotes.entry(e.status.name()).or_default() += 1;
    }
    s
}
