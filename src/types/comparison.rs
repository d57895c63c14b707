//! What comparing hands on to rendering: the alignment of two documents'
//! paragraphs, the word diffs inside aligned pairs, and their summary.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::document::Document;

/// Extra folding requested by the user. The default folds only variants that
/// never carry meaning (quotes, spaces, hyphen forms, Unicode forms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyOptions {
    /// Compare without regard to letter case.
    pub ignore_case: bool,
    /// Leave punctuation tokens out of the comparison.
    pub ignore_punctuation: bool,
}

/// What the comparison folds away, on top of what keys always fold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompareOptions {
    /// Case and punctuation folding.
    pub key: KeyOptions,
    /// Leave footnote texts out of the comparison.
    pub ignore_footnotes: bool,
}

/// What happened to a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Same comparison key (perhaps renumbered), or the same words in
    /// unnumbered paragraphs broken otherwise (regrouped).
    Unchanged,
    /// The same paragraph, reworded.
    Changed,
    /// Left its place in the order (with or without rewording).
    Moved,
    /// One paragraph became several.
    Split,
    /// Several paragraphs became one.
    Merged,
    /// Only in the new text.
    Inserted,
    /// Only in the old text.
    Deleted,
}

impl Status {
    /// The lower-case name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Changed => "changed",
            Status::Moved => "moved",
            Status::Split => "split",
            Status::Merged => "merged",
            Status::Inserted => "inserted",
            Status::Deleted => "deleted",
        }
    }

    /// All statuses in summary order.
    pub const ALL: [Status; 7] = [
        Status::Changed,
        Status::Moved,
        Status::Split,
        Status::Merged,
        Status::Inserted,
        Status::Deleted,
        Status::Unchanged,
    ];
}

/// One pairing: old paragraphs (indices) became new paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// What happened.
    pub status: Status,
    /// Indices into the old document's paragraphs.
    pub old: Vec<usize>,
    /// Indices into the new document's paragraphs.
    pub new: Vec<usize>,
    /// Similarity of the two sides, 0 to 1.
    pub similarity: f64,
}

/// Every paragraph of both sides in exactly one [`Pair`], in reading order
/// of the new text with deleted paragraphs near their old place.
pub type Alignment = Vec<Pair>;

/// What a span of a redline does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both texts.
    Equal,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

/// One span of a redline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// What the span does.
    pub op: Op,
    /// The text as printed: the new text for `equal` and `insert`, the old
    /// for `delete`.
    pub text: String,
    /// For `equal` spans whose old text differs in form only (quotes,
    /// spacing, case or punctuation the options ignore): the old text;
    /// `null` otherwise.
    #[serde(default)]
    pub old_text: Option<String>,
}

/// A word diff: spans in reading order.
pub type Redline = Vec<Span>;

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
    /// Same words in unnumbered paragraphs broken into paragraphs
    /// otherwise (a table read cell by cell against block by block):
    /// unchanged, several paragraphs on one side or both.
    pub regrouped: bool,
    /// The word diff: equal and deleted spans rebuild the old text (several
    /// paragraphs joined by `\n`), equal and inserted spans the new.
    pub diff: Redline,
    /// Whether the change matters (none when unchanged); see
    /// [`Substance`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substance: Option<Substance>,
    /// Why, one reason a kind: the substantive ones first, each group in
    /// the order the edits give them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
    /// The edits of the redline (runs of deleted and inserted spans), each
    /// classified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<Edit>,
    /// Shifts of operative strength ("Encourages" → "Urges").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shifts: Vec<Shift>,
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
    /// Unchanged entries whose paragraphs were broken otherwise.
    pub regrouped: usize,
    /// Footnote entries per status.
    pub footnotes: std::collections::BTreeMap<&'static str, usize>,
    /// Words in inserted spans (paragraphs and footnotes).
    pub words_inserted: usize,
    /// Words in deleted spans (paragraphs and footnotes).
    pub words_deleted: usize,
    /// Paragraph entries whose change matters.
    pub substantive: usize,
    /// Paragraph entries whose edits are all routine.
    pub routine: usize,
    /// Strength shifts up, in paragraph entries.
    pub strengthened: usize,
    /// Strength shifts down, in paragraph entries.
    pub weakened: usize,
    /// How much of the new text is wording of the old one; present when
    /// some new paragraph repeats an old paragraph it is not paired with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reuse: Option<super::reuse::ReuseShare>,
}

impl Summary {
    /// Paragraph entries with this status.
    pub fn count(&self, status: Status) -> usize {
        self.paragraphs.get(status.name()).copied().unwrap_or(0)
    }

    /// Footnote entries per status, the statuses that have some, in
    /// summary order: what the summaries print, as the JSON says it.
    pub fn footnote_statuses(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .iter()
            .map(|&st| (st, self.footnotes.get(st.name()).copied().unwrap_or(0)))
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// Two documents compared.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The old document.
    pub old: Document,
    /// The new document.
    pub new: Document,
    /// The covers compared: symbol, date, session, agenda item, title,
    /// sponsors. Reported first by every output.
    pub cover: super::cover::CoverComparison,
    /// Paragraph entries in reading order of the new text.
    pub alignment: Vec<Entry>,
    /// Footnote entries (ids are the marks), empty with `ignore_footnotes`.
    pub footnotes: Vec<Entry>,
    /// Counts.
    pub summary: Summary,
    /// Old paragraphs whose wording a new paragraph repeats besides its
    /// aligned counterpart (agreed language); left out of the JSON when
    /// there is none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reuse: Vec<super::reuse::Reuse>,
}

impl Comparison {
    /// Whether anything differs: what `diff`-like exit codes report. A
    /// cover change alone is a difference.
    pub fn has_differences(&self) -> bool {
        self.cover.has_changes()
            || self
                .alignment
                .iter()
                .chain(&self.footnotes)
                .any(Entry::is_change)
    }
}

/// How two files were found to be versions of one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchedBy {
    /// Same file name.
    Name,
    /// Same document symbol.
    Symbol,
    /// Same title (without its resolution number).
    Title,
}

/// One pair of files and their comparison.
#[derive(Debug, Serialize)]
pub struct FilePair {
    /// The old file.
    pub old: PathBuf,
    /// The new file.
    pub new: PathBuf,
    /// How they were paired.
    pub matched_by: MatchedBy,
    /// The comparison.
    pub comparison: Comparison,
}

/// A file that could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, one line.
    pub error: String,
}

/// Files with no counterpart.
#[derive(Debug, Default, Serialize)]
pub struct Unmatched {
    /// Only in the old folder.
    pub old: Vec<PathBuf>,
    /// Only in the new folder.
    pub new: Vec<PathBuf>,
}

/// Two folders compared.
#[derive(Debug, Serialize)]
pub struct FolderComparison {
    /// Paired files, in order of the old file names.
    pub pairs: Vec<FilePair>,
    /// Files with no counterpart.
    pub unmatched: Unmatched,
    /// Files that could not be read.
    pub errors: Vec<FileError>,
}

impl FolderComparison {
    /// Whether anything differs: a changed pair or a file with no counterpart.
    pub fn has_differences(&self) -> bool {
        self.pairs.iter().any(|p| p.comparison.has_differences())
            || !self.unmatched.old.is_empty()
            || !self.unmatched.new.is_empty()
    }
}

/// Whether a change matters to a negotiator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Substance {
    /// Changes that follow from the new session alone (ordinals, years,
    /// symbols, renumbered cross-references).
    Routine,
    /// Anything else.
    Substantive,
}

/// Why an edit or entry is routine or substantive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Routine: a session ordinal moved with the session ("seventy-ninth
    /// session" → "eightieth session").
    SessionOrdinal,
    /// Routine: a year moved with the session.
    Year,
    /// Routine: the date of a cited document whose symbol changed, or a
    /// date whose year alone moved with the session.
    Date,
    /// Routine: a document symbol replaced, added or dropped
    /// ("A/79/224" → "A/80/237", "and 79/62" added).
    DocumentSymbol,
    /// Routine: a sequence adverb came or went ("Decides" → "Further
    /// decides", "Requests" → "Also requests").
    SequenceAdverb,
    /// Routine: letter case alone changed ("States parties" → "States
    /// Parties").
    LetterCase,
    /// Routine: "paragraph 5 above" → "paragraph 6 above" where paragraph
    /// 5 became paragraph 6.
    CrossReferenceRenumbered,
    /// Substantive: words changed.
    Wording,
    /// Substantive: a session ordinal moved otherwise than the session did
    /// (a report due a session later).
    SessionMoved,
    /// Substantive: a year moved otherwise than the session did.
    YearMoved,
    /// Substantive: a date's day or month changed (a deadline moved).
    DateMoved,
    /// Substantive: a cross-reference now points at another paragraph.
    CrossReferenceChanged,
    /// Substantive: operative strength shifted.
    Strength,
    /// Substantive: the paragraph is new.
    Inserted,
    /// Substantive: the paragraph was dropped.
    Deleted,
    /// Substantive: the paragraph moved.
    Moved,
    /// Substantive: paragraphs were split or merged.
    Restructured,
}

impl Reason {
    /// Whether this reason makes a change routine.
    pub fn is_routine(self) -> bool {
        self <= Reason::CrossReferenceRenumbered
    }

    /// The name used in output (`session-ordinal`).
    pub fn name(self) -> &'static str {
        match self {
            Reason::SessionOrdinal => "session-ordinal",
            Reason::Year => "year",
            Reason::Date => "date",
            Reason::DocumentSymbol => "document-symbol",
            Reason::SequenceAdverb => "sequence-adverb",
            Reason::LetterCase => "letter-case",
            Reason::CrossReferenceRenumbered => "cross-reference-renumbered",
            Reason::Wording => "wording",
            Reason::SessionMoved => "session-moved",
            Reason::YearMoved => "year-moved",
            Reason::DateMoved => "date-moved",
            Reason::CrossReferenceChanged => "cross-reference-changed",
            Reason::Strength => "strength",
            Reason::Inserted => "inserted",
            Reason::Deleted => "deleted",
            Reason::Moved => "moved",
            Reason::Restructured => "restructured",
        }
    }
}

/// One edit of a redline: a run of deleted and inserted spans between
/// equal ones, classified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edit {
    /// Index of the edit's first span in the entry's `diff`.
    pub span: usize,
    /// The deleted text (empty for a pure insertion).
    pub old: String,
    /// The inserted text (empty for a pure deletion).
    pub new: String,
    /// Routine or substantive.
    pub substance: Substance,
    /// Why.
    pub reason: Reason,
}

/// Which way operative strength moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Up the ladder ("Encourages" → "Urges", "should" → "shall").
    Strengthened,
    /// Down the ladder.
    Weakened,
}

/// A move along one ladder of operative strength.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shift {
    /// The ladder ("exhortation", "acknowledgement", "concern", "modal").
    pub ladder: &'static str,
    /// The old phrase, as written.
    pub old: String,
    /// The new phrase, as written.
    pub new: String,
    /// Rank of the old phrase on its ladder (1 weakest).
    pub old_rank: u8,
    /// Rank of the new phrase.
    pub new_rank: u8,
    /// Up or down.
    pub direction: Direction,
}
