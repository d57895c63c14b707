//! The text view of one parsed [`Document`] (`resdiff parse`): its metadata,
//! then a line per paragraph headed by its citable id, then its footnotes;
//! or the lines removed as page furniture with the reason for each. It is
//! for checking what segmentation made of a file, so the text is shown as
//! read, control characters escaped.

use std::io::{self, Write};

use super::escape_controls;
use crate::Document;

/// Writes the metadata, paragraphs (id, text, footnote marks) and
/// footnotes of a document.
pub fn write(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    writeln!(out, "source:   {}", doc.source)?;
    writeln!(out, "format:   {}", doc.format.name())?;
    writeln!(out, "language: {}", doc.language.0)?;
    if let Some(s) = &doc.symbol {
        writeln!(out, "symbol:   {s}")?;
    }
    if let Some(t) = &doc.title {
        writeln!(out, "title:    {t}")?;
    }
    if let Some(d) = &doc.date {
        writeln!(out, "date:     {d}")?;
    }
    writeln!(out)?;
    for p in &doc.paragraphs {
        let marks: String = p.notes.iter().map(|n| format!(" [{}]", n.mark)).collect();
        let text = escape_controls(&p.text);
        writeln!(out, "{:<10} {text}{marks}", p.id)?;
    }
    if !doc.footnotes.is_empty() {
        writeln!(out)?;
        for f in &doc.footnotes {
            writeln!(out, "  [{}] {}", f.mark, escape_controls(&f.text))?;
        }
    }
    Ok(())
}

/// Writes the lines removed as page furniture: line number, reason, text.
pub fn write_removed(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    for r in &doc.removed {
        writeln!(
            out,
            "{:>6}  {:<20}  {}",
            r.line,
            r.reason.describe(),
            r.text
        )?;
    }
    Ok(())
}
