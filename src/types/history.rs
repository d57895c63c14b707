//! What following one text through its versions hands on to rendering:
//! the versions in chain order, the steps between successive versions, and
//! each paragraph's lineage across the chain.

use serde::Serialize;

use super::comparison::{Entry, Status, Summary};
use super::document::Document;

/// One version of the text, as the history names it.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// The path given.
    pub source: String,
    /// The document symbol from the cover, when printed.
    pub symbol: Option<String>,
    /// The title from the cover, when printed.
    pub title: Option<String>,
    /// The date from the cover, when printed.
    pub date: Option<String>,
    /// The detected language code (`en`, `fr`, …).
    pub language: &'static str,
    /// Number of body paragraphs.
    pub paragraphs: usize,
}

impl Version {
    /// The version as the history shows it: its symbol, or its file.
    pub fn name(&self) -> &str {
        self.symbol.as_deref().unwrap_or(&self.source)
    }
}

impl From<&Document> for Version {
    fn from(d: &Document) -> Self {
        Version {
            source: d.source.clone(),
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            date: d.date.clone(),
            language: d.language.0,
            paragraphs: d.paragraphs.len(),
        }
    }
}

/// One step of the chain: version `from` compared with version `to`
/// (always `from + 1`).
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// Index of the older version in [`History::versions`].
    pub from: usize,
    /// Index of the newer version.
    pub to: usize,
    /// The pairwise comparison's summary, as `resdiff OLD NEW` gives it.
    pub summary: Summary,
    /// The step's footnote entries (empty with `--ignore-footnotes`).
    pub footnotes: Vec<Entry>,
}

/// What happened to a lineage in one step: one entry of that step's
/// comparison, with the step's index.
#[derive(Debug, Clone, Serialize)]
pub struct LineageStep {
    /// Index of the step in [`History::steps`].
    pub step: usize,
    /// The comparison entry, word diff included.
    #[serde(flatten)]
    pub entry: Entry,
}

/// One paragraph's life across the chain: the paragraphs the alignments
/// connect, version after version. A split keeps the pieces in one lineage
/// (several ids in the later versions); a merge joins the lineages of the
/// paragraphs merged.
#[derive(Debug, Clone, Serialize)]
pub struct Lineage {
    /// The lineage's paragraph ids in each version, in reading order;
    /// empty where the lineage has no paragraph (not yet inserted, or
    /// deleted).
    pub ids: Vec<Vec<String>>,
    /// Entries of every step in which the lineage has a paragraph on
    /// either side, by step; usually one a step.
    pub steps: Vec<LineageStep>,
}

/// What happened to a lineage in one step, in a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Not in either version of the step.
    Absent,
    /// Same text; `renumbered` tells a number change.
    Unchanged,
    /// A change of the given status (changed, moved, split, merged,
    /// inserted, deleted).
    Change(Status),
}

impl Lineage {
    /// The entries of one step.
    pub fn entries(&self, step: usize) -> impl Iterator<Item = &Entry> {
        self.steps
            .iter()
            .filter(move |s| s.step == step)
            .map(|s| &s.entry)
    }

    /// What happened to the lineage in a step: the first change status in
    /// summary order among its entries, or unchanged, or absent.
    pub fn mark(&self, step: usize) -> Mark {
        let statuses: Vec<Status> = self.entries(step).map(|e| e.status).collect();
        if statuses.is_empty() {
            return Mark::Absent;
        }
        Status::ALL
            .iter()
            .copied()
            .find(|s| *s != Status::Unchanged && statuses.contains(s))
            .map_or(Mark::Unchanged, Mark::Change)
    }

    /// Whether any step changed the lineage (renumbering is no change).
    pub fn ever_changed(&self) -> bool {
        self.steps.iter().any(|s| s.entry.is_change())
    }
}

/// Counts over the whole chain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChainSummary {
    /// Number of lineages.
    pub lineages: usize,
    /// In every version, never changed (renumbering allowed).
    pub never_changed: usize,
    /// In the first and the last version, changed in some step.
    pub changed: usize,
    /// Not in the first version, in the last.
    pub inserted: usize,
    /// In the first version, not in the last.
    pub deleted: usize,
    /// Neither in the first nor in the last version: inserted and deleted
    /// again along the way.
    pub transient: usize,
    /// Words inserted, summed over the steps.
    pub words_inserted: usize,
    /// Words deleted, summed over the steps.
    pub words_deleted: usize,
}

/// One text followed through its versions.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    /// The versions in chain order.
    pub versions: Vec<Version>,
    /// The comparisons of successive versions.
    pub steps: Vec<Step>,
    /// Every paragraph of every version in exactly one lineage; in reading
    /// order of the last version, paragraphs deleted along the way after
    /// the paragraph that preceded them.
    pub lineages: Vec<Lineage>,
    /// Counts over the whole chain.
    pub summary: ChainSummary,
}

impl History {
    /// Whether any step reports a difference.
    pub fn has_differences(&self) -> bool {
        self.lineages.iter().any(Lineage::ever_changed)
            || self
                .steps
                .iter()
                .any(|s| s.footnotes.iter().any(Entry::is_change))
    }
}
