//! The terminal redline: the cover's changes, then a header per changed
//! paragraph (old ids marked as on the page: `PP3 (old)`, `OP6 (was OP5)`)
//! and its words struck and underlined (or marked `[-…-]` / `{+…+}` without
//! colour, so a change never shows by colour alone), wrapped to the width
//! with a hanging indent; runs of unchanged paragraphs collapsed into a
//! line; a closing summary.

use std::io::{self, Write};

use termcolor::{ColorSpec, WriteColor};

use super::edges::{bracketed, pieces};
use super::folds::{fold_text, Runs};
use super::note_marks::{replace_marks, superscript, NoteMarks};
use super::substance::{counts_text, entry_note, shift_text};
use super::wrap::{lay_out, write_placed};
use super::{entry_heading, entry_label, escape_controls, footnote_counts};
use crate::types::Status;
use crate::types::{Comparison, Entry, Substance, Summary};
use crate::types::{Op, Span};

/// What to print.
#[derive(Debug, Clone, Copy)]
pub struct TerminalOptions {
    /// Print unchanged paragraphs in full instead of collapsing them.
    pub all: bool,
    /// Print routine changes as one line each: substantive changes only.
    pub substantive: bool,
    /// The columns a line may take: the terminal's width, or
    /// [`DEFAULT_WIDTH`] when the output is not a terminal.
    pub width: usize,
}

/// The width lines are wrapped to when the output is not a terminal.
pub const DEFAULT_WIDTH: usize = 100;

/// The indent of a paragraph's text under its id.
const INDENT: usize = 4;

impl Default for TerminalOptions {
    fn default() -> Self {
        TerminalOptions {
            all: false,
            substantive: false,
            width: DEFAULT_WIDTH,
        }
    }
}

/// Writes the redline of a comparison.
pub fn write(
    out: &mut impl WriteColor,
    c: &Comparison,
    options: &TerminalOptions,
) -> io::Result<()> {
    header(out, c)?;
    super::cover::terminal(out, &c.cover, options.width)?;
    let marks = NoteMarks::of(c);
    let runs = Runs::of(c);
    let mut pending: Vec<&Entry> = Vec::new();
    for e in &c.alignment {
        if e.status == Status::Unchanged && !options.all {
            if pending.last().is_some_and(|p| !runs.continues(p, e)) {
                collapsed(out, &pending)?;
                pending.clear();
            }
            pending.push(e);
            continue;
        }
        collapsed(out, &pending)?;
        pending.clear();
        if options.substantive && e.substance == Some(Substance::Routine) {
            routine_line(out, e, "")?;
            continue;
        }
        entry(out, e, "", options, Some(&marks))?;
        reuse_note(out, c, e)?;
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
            entry(out, e, "footnote ", options, None)?;
        }
    }
    writeln!(out)?;
    summary_line(out, c)?;
    if let Some(counts) = counts_text(&c.summary) {
        bold(out, &format!("changes: {counts}"))?;
        writeln!(out)?;
    }
    match super::reuse::share_line(&c.summary, super::reuse::plain_labels()) {
        Some(line) => writeln!(out, "{}", escape_controls(&line)),
        None => Ok(()),
    }
}

/// "agreed language from OP6(m), OP9 of A/RES/78/265" under an entry that
/// repeats other old paragraphs.
fn reuse_note(out: &mut impl WriteColor, c: &Comparison, e: &Entry) -> io::Result<()> {
    let Some(note) = super::reuse::note(c, e, super::reuse::plain_labels()) else {
        return Ok(());
    };
    out.set_color(ColorSpec::new().set_italic(true))?;
    write!(out, "    {}", escape_controls(&note))?;
    out.reset()?;
    writeln!(out)
}

/// Writes only the closing summary (`--stat`).
pub fn write_stat(out: &mut impl Write, c: &Comparison) -> io::Result<()> {
    writeln!(out, "{}", summary_with_cover(c))
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
    if run.is_empty() {
        return Ok(());
    }
    out.set_color(ColorSpec::new().set_dimmed(true))?;
    let line = fold_text(
        run,
        [
            "unchanged",
            "unchanged, renumbered",
            "unchanged, regrouped from",
            "was",
        ],
    );
    let count = if run.len() == 1 {
        String::new()
    } else {
        format!(" ({} paragraphs)", run.len())
    };
    write!(out, "  {}{count}", escape_controls(&line))?;
    out.reset()?;
    writeln!(out)
}

fn entry(
    out: &mut impl WriteColor,
    e: &Entry,
    prefix: &str,
    options: &TerminalOptions,
    marks: Option<&NoteMarks>,
) -> io::Result<()> {
    let label = entry_heading(e, "(old)", "was");
    let mut status = e.status.name().to_string();
    if e.renumbered {
        status.push_str(", renumbered");
    }
    if e.regrouped {
        status.push_str(", regrouped");
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
        write!(out, "{}", " ".repeat(INDENT))?;
        // Footnote markers stand in the text as superscripts (`law,⁴`).
        let diff = marks.map_or_else(|| e.diff.clone(), |m| m.mark_spans(e));
        redline(out, &diff, options.width)?;
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

/// The redline of an entry, wrapped to `width`. A deletion directly
/// followed by an insertion is parted by a space, as legal redlines do, so
/// that "resolution" struck and "resolutions" underlined do not read as
/// one word when colours are lost to a pager or a colour-blind reader.
pub(super) fn redline(out: &mut impl WriteColor, diff: &[Span], width: usize) -> io::Result<()> {
    let marked = |t: &str| {
        replace_marks(&escape_controls(t), |out, mark, _| {
            out.push_str(&superscript(mark))
        })
    };
    let shown = pieces(diff);
    let texts: Vec<String> = shown.iter().map(|p| marked(&p.text)).collect();
    if !out.supports_color() {
        let text = marked(&bracketed(&shown));
        for placed in lay_out(&[(Op::Equal, &text)], width, INDENT) {
            write!(out, "{}", placed.text)?;
        }
        return Ok(());
    }
    let mut marked: Vec<(Op, &str)> = Vec::with_capacity(shown.len() + 4);
    for (k, piece) in shown.iter().enumerate() {
        let adjoins = k > 0
            && piece.op == Op::Insert
            && shown[k - 1].op == Op::Delete
            && !shown[k - 1].text.ends_with(char::is_whitespace)
            && !piece.text.starts_with(char::is_whitespace);
        if adjoins {
            marked.push((Op::Equal, " "));
        }
        marked.push((piece.op, &texts[k]));
    }
    write_placed(out, &lay_out(&marked, width, INDENT))
}

pub(super) fn summary_text(s: &Summary) -> String {
    let counts = |m: &std::collections::BTreeMap<&str, usize>| {
        Status::ALL
            .iter()
            .map(|st| format!("{} {}", m.get(st.name()).copied().unwrap_or(0), st.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Regroupings are named only where there are some, as they are rare.
    let regrouped = match s.regrouped {
        0 => String::new(),
        n => format!(", {n} regrouped"),
    };
    format!(
        "paragraphs: {} ({} renumbered{regrouped}); footnotes: {}; words: {} inserted, {} deleted",
        counts(&s.paragraphs),
        s.renumbered,
        footnote_counts(s, Status::name, "none"),
        s.words_inserted,
        s.words_deleted
    )
}

/// The summary, then the cover fields that changed (`…; words: 5
/// inserted, 12 deleted; cover: symbol, date`), so that a cover change
/// alone, which makes the exit status 1, shows in the one line too. Last,
/// so that the line still opens with `paragraphs:` for scripts that read
/// it.
fn summary_with_cover(c: &Comparison) -> String {
    let fields: Vec<&str> = c.cover.changes().map(|f| f.field.name()).collect();
    let text = summary_text(&c.summary);
    if fields.is_empty() {
        text
    } else {
        format!("{text}; cover: {}", fields.join(", "))
    }
}

fn summary_line(out: &mut impl WriteColor, c: &Comparison) -> io::Result<()> {
    bold(out, &summary_with_cover(c))?;
    writeln!(out)
}
