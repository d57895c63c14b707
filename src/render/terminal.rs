//! The terminal redline: a header per changed paragraph and its words
//! struck and underlined (or marked `[-…-]` / `{+…+}` without colour, so a
//! change never shows by colour alone), unchanged paragraphs collapsed, and
//! a closing summary.

use std::io::{self, Write};

use termcolor::{Color, ColorSpec, WriteColor};

use super::edges::{bracketed, pieces};
use super::substance::{counts_text, entry_note, shift_text};
use super::{entry_label, escape_controls, footnote_counts};
use crate::types::Op;
use crate::types::Status;
use crate::types::{Comparison, Entry, Substance, Summary};

/// What to print.
#[derive(Debug, Clone, Copy, Default)]
pub struct TerminalOptions {
    /// Print unchanged paragraphs in full instead of collapsing them.
    pub all: bool,
    /// Print routine changes as one line each: substantive changes only.
    pub substantive: bool,
}

/// Writes the redline of a comparison.
pub fn write(
    out: &mut impl WriteColor,
    c: &Comparison,
    options: &TerminalOptions,
) -> io::Result<()> {
    header(out, c)?;
    let mut pending: Vec<&Entry> = Vec::new();
    for e in &c.alignment {
        if e.status == Status::Unchanged && !e.renumbered && !options.all {
            pending.push(e);
            continue;
        }
        collapsed(out, &pending)?;
        pending.clear();
        if options.substantive && e.substance == Some(Substance::Routine) {
            routine_line(out, e, "")?;
            continue;
        }
        entry(out, e, "", options)?;
    }
    collapsed(out, &pending)?;
    let changed_notes: Vec<&Entry> = c.footnotes.iter().filter(|e| e.is_change()).collect();
    if !changed_notes.is_empty() {
        writeln!(out)?;
        bold(out, "Footnotes")?;
        writeln!(out)?;
        for e in changed_notes {
            if options.substantive && e.substance == Some(Substance::Routine) {
                routine_line(out, e, "footnote ")?;
                continue;
            }
            entry(out, e, "footnote ", options)?;
        }
    }
    writeln!(out)?;
    summary_line(out, &c.summary)?;
    if let Some(counts) = counts_text(&c.summary) {
        bold(out, &format!("changes: {counts}"))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes only the closing summary (`--stat`).
pub fn write_stat(out: &mut impl Write, c: &Comparison) -> io::Result<()> {
    writeln!(out, "{}", summary_text(&c.summary))
}

pub(super) fn bold(out: &mut impl WriteColor, text: &str) -> io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    write!(out, "{}", escape_controls(text))?;
    out.reset()
}

fn header(out: &mut impl WriteColor, c: &Comparison) -> io::Result<()> {
    for (sign, doc) in [("---", &c.old), ("+++", &c.new)] {
        let mut line = format!("{sign} {}", doc.source);
        if let Some(s) = &doc.symbol {
            line.push_str(&format!("  {s}"));
        }
        if let Some(t) = &doc.title {
            line.push_str(&format!("  {t}"));
        }
        bold(out, &line)?;
        writeln!(out)?;
    }
    writeln!(out)
}

fn collapsed(out: &mut impl WriteColor, run: &[&Entry]) -> io::Result<()> {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return Ok(());
    };
    let ids = if run.len() == 1 {
        first.new.join(", ")
    } else {
        format!("{}–{}", first.new.join(", "), last.new.join(", "))
    };
    out.set_color(ColorSpec::new().set_dimmed(true))?;
    let count = if run.len() == 1 {
        String::new()
    } else {
        format!(" ({} paragraphs)", run.len())
    };
    write!(out, "  {}  unchanged{count}", escape_controls(&ids))?;
    out.reset()?;
    writeln!(out)
}

fn entry(
    out: &mut impl WriteColor,
    e: &Entry,
    prefix: &str,
    options: &TerminalOptions,
) -> io::Result<()> {
    let label = entry_label(&e.old, &e.new);
    let mut status = e.status.name().to_string();
    if e.renumbered {
        status.push_str(", renumbered");
    }
    if matches!(
        e.status,
        Status::Changed | Status::Moved | Status::Split | Status::Merged
    ) {
        status.push_str(&format!(" ({:.2})", e.similarity));
    }
    if let Some(note) = entry_note(e) {
        status.push_str(&format!(" · {note}"));
    }
    for shift in &e.shifts {
        status.push_str(&format!(" · {}", shift_text(shift)));
    }
    bold(out, &format!("{prefix}{label}"))?;
    writeln!(out, "  {}", escape_controls(&status))?;
    let show_text = e.status != Status::Unchanged || options.all;
    if show_text {
        write!(out, "    ")?;
        redline(out, e)?;
        writeln!(out)?;
    }
    Ok(())
}

/// A routine change in one dim line (`--substantive`).
fn routine_line(out: &mut impl WriteColor, e: &Entry, prefix: &str) -> io::Result<()> {
    let label = entry_label(&e.old, &e.new);
    out.set_color(ColorSpec::new().set_dimmed(true))?;
    let note = entry_note(e).unwrap_or_default();
    write!(
        out,
        "  {}  {}",
        escape_controls(&format!("{prefix}{label}")),
        escape_controls(&note)
    )?;
    out.reset()?;
    writeln!(out)
}

pub(super) fn redline(out: &mut impl WriteColor, e: &Entry) -> io::Result<()> {
    let shown = pieces(&e.diff);
    if !out.supports_color() {
        let text = bracketed(&shown);
        return write!(out, "{}", escape_controls(&text).replace('\n', "\n    "));
    }
    for piece in shown {
        let text = escape_controls(&piece.text).replace('\n', "\n    ");
        let (color, strike) = match piece.op {
            Op::Equal => {
                write!(out, "{text}")?;
                continue;
            }
            Op::Delete => (Color::Red, true),
            Op::Insert => (Color::Green, false),
        };
        let spec = ColorSpec::new()
            .set_fg(Some(color))
            .set_strikethrough(strike)
            .set_underline(!strike)
            .clone();
        out.set_color(&spec)?;
        write!(out, "{text}")?;
        out.reset()?;
    }
    Ok(())
}

pub(super) fn summary_text(s: &Summary) -> String {
    let counts = |m: &std::collections::BTreeMap<&str, usize>| {
        Status::ALL
            .iter()
            .map(|st| format!("{} {}", m.get(st.name()).copied().unwrap_or(0), st.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "paragraphs: {} ({} renumbered); footnotes: {}; words: {} inserted, {} deleted",
        counts(&s.paragraphs),
        s.renumbered,
        footnote_counts(s, Status::name, "none"),
        s.words_inserted,
        s.words_deleted
    )
}

fn summary_line(out: &mut impl WriteColor, s: &Summary) -> io::Result<()> {
    bold(out, &summary_text(s))?;
    writeln!(out)
}
