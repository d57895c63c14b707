//! Reused wording within one comparison: the paragraphs of the old text
//! whose wording a new paragraph repeats besides its aligned counterpart
//! ([`Reuse`]), and how much of the new text is old wording
//! ([`ReuseShare`]). Across a collection, see [`super::sources`].

use serde::Serialize;

/// One run of shared wording, as word offsets in the new paragraph: the
/// paragraph's words counted from 0 (punctuation not counted, as
/// [`crate::text::normalize::word_count`] counts them), `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordRange {
    /// First word of the run.
    pub start: usize,
    /// One past the last word of the run.
    pub end: usize,
}

/// An old paragraph whose wording a new paragraph repeats, when the two are
/// not already paired in the alignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reuse {
    /// Id of the old paragraph the wording comes from.
    pub old: String,
    /// Id of the new paragraph that repeats it.
    pub new: String,
    /// Words of the new paragraph covered by all the runs of the pair.
    pub words: usize,
    /// The longest run, as printed in the new paragraph.
    pub text: String,
    /// The runs in the new paragraph, in reading order.
    pub runs: Vec<WordRange>,
}

/// How much of the new text is wording of the old one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReuseShare {
    /// Words of the new text's paragraphs.
    pub words: usize,
    /// Words the new text keeps from the paragraph each is aligned with
    /// (unchanged paragraphs, equal spans of the others).
    pub from_counterparts: usize,
    /// Inserted words that repeat another old paragraph (the runs of
    /// [`Reuse`]).
    pub from_other_paragraphs: usize,
}

impl ReuseShare {
    /// Reused words over all words of the new text, 0 to 1.
    pub fn share(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        (self.from_counterparts + self.from_other_paragraphs) as f64 / self.words as f64
    }
}
