//! The history on a terminal: the versions, then a block per paragraph
//! lineage with a line per version (its ids there and what the step into
//! it did, with the word diff), lineages that never changed on one line
//! each, and the summaries of each step and of the whole chain.

use std::io;

use termcolor::{ColorSpec, WriteColor};

use super::{arrival, chain_label, chain_summary_text, changed_steps};
use crate::render::terminal::{bold, redline, summary_text, TerminalOptions};
use crate::render::{entry_label, escape_controls};
use crate::types::{Entry, History, Lineage, Mark, Status};

/// Writes the history of a text through its versions.
pub fn write(out: &mut impl WriteColor, h: &History, options: &TerminalOptions) -> io::Result<()> {
    bold(out, &format!("History of {} versions", h.versions.len()))?;
    writeln!(out)?;
    let width = h
        .versions
        .iter()
        .map(|v| v.name().chars().count())
        .max()
        .unwrap_or(0);
    for (v, version) in h.versions.iter().enumerate() {
        let date = version.date.as_deref().unwrap_or("");
        let name = version.name();
        let line = format!("  v{}  {name:width$}  {date}  {}", v + 1, version.source);
        writeln!(out, "{}", escape_controls(line.trim_end()))?;
    }
    writeln!(out)?;
    for lineage in &h.lineages {
        if !lineage.ever_changed() && !options.all {
            out.set_color(ColorSpec::new().set_dimmed(true))?;
            write!(
                out,
                "{}  never changed",
                escape_controls(&chain_label(lineage))
            )?;
            out.reset()?;
            writeln!(out)?;
            continue;
        }
        block(out, h, lineage, width, options.width)?;
    }
    writeln!(out)?;
    for step in &h.steps {
        let (from, to) = (&h.versions[step.from], &h.versions[step.to]);
        let line = format!(
            "v{} → v{} ({} → {}): {}",
            step.from + 1,
            step.to + 1,
            from.name(),
            to.name(),
            summary_text(&step.summary)
        );
        writeln!(out, "{}", escape_controls(&line))?;
    }
    bold(out, &format!("Whole chain: {}", chain_summary_text(h)))?;
    writeln!(out)
}

/// One lineage: its ids through the chain, then a line per version with
/// what the step into it did and the word diff of each change.
fn block(
    out: &mut impl WriteColor,
    h: &History,
    lineage: &Lineage,
    width: usize,
    columns: usize,
) -> io::Result<()> {
    bold(out, &chain_label(lineage))?;
    match (changed_steps(lineage), h.steps.len()) {
        (0, _) => writeln!(out, "  never changed")?,
        (changed, 1) => writeln!(out, "  changed in {changed} of 1 step")?,
        (changed, steps) => writeln!(out, "  changed in {changed} of {steps} steps")?,
    }
    for (v, version) in h.versions.iter().enumerate() {
        let ids = lineage.ids[v].join(", ");
        let ids = if ids.is_empty() {
            "—".to_string()
        } else {
            ids
        };
        let step = v.checked_sub(1);
        let changes: Vec<&Entry> = step
            .map(|k| lineage.entries(k).filter(|e| e.is_change()).collect())
            .unwrap_or_default();
        let note = match (arrival(lineage, v), changes.as_slice()) {
            (None | Some((Mark::Absent, _)), _) => String::new(),
            (Some((Mark::Unchanged, true)), _) => "unchanged, renumbered".to_string(),
            (Some((Mark::Unchanged, false)), _) => "unchanged".to_string(),
            (_, [one]) => status_note(one),
            (Some((Mark::Change(status), _)), _) => status.name().to_string(),
        };
        let line = format!("  v{} {:width$}  {ids}  {note}", v + 1, version.name());
        writeln!(out, "{}", escape_controls(line.trim_end()))?;
        for e in &changes {
            if changes.len() > 1 {
                let label = entry_label(&e.old, &e.new);
                writeln!(out, "    {}: {}", escape_controls(&label), status_note(e))?;
            }
            write!(out, "    ")?;
            redline(out, &e.diff, columns)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// An entry's status, with the old ids of a move, split or merge and the
/// similarity of the two sides where there are two.
fn status_note(e: &Entry) -> String {
    match e.status {
        Status::Moved | Status::Split | Status::Merged => format!(
            "{} from {} ({:.2})",
            e.status.name(),
            e.old.join(", "),
            e.similarity
        ),
        Status::Changed => format!("changed ({:.2})", e.similarity),
        s => s.name().to_string(),
    }
}
