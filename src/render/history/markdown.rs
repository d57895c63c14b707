//! The history for a review comment: the versions, a summary table per
//! step, the table of lineages × versions with what each step did, and
//! the word diffs of each step (`~~deleted~~`, `**inserted**`).

use std::fmt::Write as _;

use super::{arrival, chain_summary_text, step_changes};
use crate::render::markdown::{entry, escape};
use crate::types::{History, Mark, Status};

/// Writes the Markdown history.
pub fn render(h: &History) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### History of {} versions\n", h.versions.len());
    for (v, version) in h.versions.iter().enumerate() {
        let date = version.date.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "{}. {} {} ({})",
            v + 1,
            escape(version.name()),
            escape(date),
            escape(&version.source)
        );
    }
    out.push_str("\n| step |");
    for st in Status::ALL {
        let _ = write!(out, " {} |", st.name());
    }
    out.push_str(" renumbered | words inserted | words deleted |\n|---|");
    for _ in 0..Status::ALL.len() + 3 {
        out.push_str("---:|");
    }
    out.push('\n');
    for step in &h.steps {
        let s = &step.summary;
        let _ = write!(out, "| v{} → v{} |", step.from + 1, step.to + 1);
        for st in Status::ALL {
            let _ = write!(out, " {} |", s.count(st));
        }
        let _ = writeln!(
            out,
            " {} | {} | {} |",
            s.renumbered, s.words_inserted, s.words_deleted
        );
    }
    let _ = writeln!(out, "\nWhole chain: {}.\n", chain_summary_text(h));
    grid(&mut out, h);
    for (k, step) in h.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "#### v{} {} → v{} {}\n",
            step.from + 1,
            escape(h.versions[step.from].name()),
            step.to + 1,
            escape(h.versions[step.to].name())
        );
        let changes = step_changes(h, k);
        if changes.is_empty() {
            out.push_str("No differences.\n\n");
        }
        for (_, e) in changes {
            entry(&mut out, e, &e.diff, "");
        }
    }
    out
}

/// Writes the Markdown history onto a writer.
pub fn write(out: &mut impl std::io::Write, h: &History) -> std::io::Result<()> {
    out.write_all(render(h).as_bytes())
}

/// The lineages × versions table: ids, and what the step into each
/// version did where it changed something.
fn grid(out: &mut String, h: &History) {
    out.push('|');
    for v in 1..=h.versions.len() {
        let _ = write!(out, " v{v} |");
    }
    out.push_str("\n|");
    for _ in &h.versions {
        out.push_str("---|");
    }
    out.push('\n');
    for lineage in &h.lineages {
        out.push('|');
        for v in 0..h.versions.len() {
            let ids = escape(&lineage.ids[v].join(", "));
            let cell = match arrival(lineage, v) {
                Some((Mark::Change(Status::Deleted), _)) => {
                    format!("~~{}~~ deleted", escape(&lineage.ids[v - 1].join(", ")))
                }
                Some((Mark::Change(status), _)) => format!("{ids} *{}*", status.name()),
                Some((Mark::Unchanged, true)) => format!("{ids} *renumbered*"),
                _ => ids,
            };
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }
    out.push('\n');
}
