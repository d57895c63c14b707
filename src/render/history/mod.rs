//! Render a [`History`]: one text through its versions, a lineage per
//! paragraph. [`terminal`] writes a block per lineage with a line per
//! version, [`html`] one printable page (a table of lineages × versions
//! whose cells link to each step's word diff), [`markdown`] the table and
//! the word diffs for a review comment; JSON is the `History` as serde
//! writes it ([`crate::render::json::write`]).

pub mod html;
pub mod markdown;
pub mod terminal;

use crate::types::{Entry, History, Lineage, Mark, Status};

/// A lineage's ids through the chain: `PP9 → PP9 → PP11`, `—` where it
/// has no paragraph, several ids of one version joined by `+`.
pub fn chain_label(lineage: &Lineage) -> String {
    lineage
        .ids
        .iter()
        .map(|ids| {
            if ids.is_empty() {
                "—".to_string()
            } else {
                ids.join("+")
            }
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// What reached version `v` of a lineage: the mark of the step into it
/// (none for the first version) and whether that step renumbered it.
pub fn arrival(lineage: &Lineage, v: usize) -> Option<(Mark, bool)> {
    let step = v.checked_sub(1)?;
    let renumbered = lineage.entries(step).any(|e| e.renumbered);
    Some((lineage.mark(step), renumbered))
}

/// The entries of a step that report a change, with their lineage's
/// index, in lineage order.
pub fn step_changes(history: &History, step: usize) -> Vec<(usize, &Entry)> {
    history
        .lineages
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.entries(step).map(move |e| (i, e)))
        .filter(|(_, e)| e.is_change())
        .collect()
}

/// The anchor of a lineage's word diff in a step, shared by the table
/// cell that links to it and the diff itself.
pub fn anchor(step: usize, lineage: usize) -> String {
    format!("s{}-p{}", step + 1, lineage + 1)
}

/// How many steps changed a lineage (renumbering is no change).
pub fn changed_steps(lineage: &Lineage) -> usize {
    let mut steps: Vec<usize> = lineage
        .steps
        .iter()
        .filter(|s| s.entry.status != Status::Unchanged)
        .map(|s| s.step)
        .collect();
    steps.dedup();
    steps.len()
}

/// The chain summary in words, for the terminal and Markdown.
pub fn chain_summary_text(history: &History) -> String {
    chain_summary_in(history, crate::lang::Language("en").rules().labels.history)
}

/// [`chain_summary_text`] in the words `l` of a language.
pub fn chain_summary_in(history: &History, l: &crate::lang::HistoryLabels) -> String {
    let s = &history.summary;
    let w = &l.chain;
    format!(
        "{} {}: {} {}, {} {}, {} {}, {} {}, {} {}; {}: {} {}, {} {}",
        s.lineages,
        w[0],
        s.never_changed,
        w[1],
        s.changed,
        w[2],
        s.inserted,
        w[3],
        s.deleted,
        w[4],
        s.transient,
        w[5],
        w[6],
        s.words_inserted,
        w[7],
        s.words_deleted,
        w[8]
    )
}
