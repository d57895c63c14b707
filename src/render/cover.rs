//! The cover section every renderer writes first: the cover fields that
//! changed (symbol L.41 → L.41/Rev.1, date, session, agenda item, title)
//! and the sponsors added and removed. Only changed fields are listed; a
//! comparison whose covers agree has no cover section.

use std::fmt::Write as _;
use std::io;

use html_escape::encode_text;
use termcolor::{ColorSpec, WriteColor};

use super::escape_controls;
use super::wrap::{lay_out, write_placed};
use crate::lang::Labels;
use crate::types::{CoverComparison, CoverField, CoverLine, Op};

/// How one changed field reads: its old value and its new one, or for the
/// sponsors, those removed and those added.
pub(super) fn sides(c: &CoverComparison, line: &CoverLine) -> (String, String) {
    if line.field == CoverField::Sponsors {
        return (c.sponsors.removed.join(", "), c.sponsors.added.join(", "));
    }
    (
        line.old.clone().unwrap_or_default(),
        line.new.clone().unwrap_or_default(),
    )
}

/// Writes the terminal's cover lines: `  symbol    [-L.41-] {+L.41/Rev.1+}`,
/// struck and underlined in colour; `  sponsors  added: …; removed: …`;
/// wrapped to `width` under the values' column.
pub fn terminal(out: &mut impl WriteColor, c: &CoverComparison, width: usize) -> io::Result<()> {
    if !c.has_changes() {
        return Ok(());
    }
    out.set_color(ColorSpec::new().set_bold(true))?;
    write!(out, "Cover")?;
    out.reset()?;
    writeln!(out)?;
    // "  symbol    ": the values start in column 12.
    const VALUES: usize = 12;
    let colour = out.supports_color();
    for line in c.changes() {
        write!(out, "  {:<9} ", line.field.name())?;
        let (old, new) = sides(c, line);
        let (old, new) = (escape_controls(&old), escape_controls(&new));
        let marked = |text: &str, op: Op| -> (Op, String) {
            match (colour, op) {
                (true, _) | (false, Op::Equal) => (op, text.to_string()),
                (false, Op::Delete) => (Op::Equal, format!("[-{text}-]")),
                (false, Op::Insert) => (Op::Equal, format!("{{+{text}+}}")),
            }
        };
        let mut parts: Vec<(Op, String)> = Vec::new();
        if line.field == CoverField::Sponsors {
            if !new.is_empty() {
                parts.push((Op::Equal, "added: ".into()));
                parts.push(marked(&new, Op::Insert));
            }
            if !old.is_empty() {
                let word = if new.is_empty() {
                    "removed: "
                } else {
                    "; removed: "
                };
                parts.push((Op::Equal, word.into()));
                parts.push(marked(&old, Op::Delete));
            }
        } else {
            parts.push(marked(&old, Op::Delete));
            parts.push((Op::Equal, " ".into()));
            parts.push(marked(&new, Op::Insert));
        }
        let pieces: Vec<(Op, &str)> = parts.iter().map(|(op, t)| (*op, t.as_str())).collect();
        let laid = lay_out(&pieces, width, VALUES);
        write_placed(out, &laid)?;
        writeln!(out)?;
    }
    writeln!(out)
}

/// Writes the page's cover section: a table of the changed fields, old
/// and new, the old struck and the new underlined as in the text below.
pub fn html(out: &mut String, c: &CoverComparison, l: &Labels, lang: [&str; 2]) {
    if !c.has_changes() {
        return;
    }
    let text = |t: &str| encode_text(&escape_controls(t)).into_owned();
    let _ = write!(
        out,
        "<section class=\"cover\" id=\"cover\">\n<h2>{}</h2>\n<table>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>\n",
        text(l.sections.cover_heading),
        text(l.sections.cover_heading),
        text(l.old),
        text(l.new)
    );
    for line in c.changes() {
        let (old, new) = sides(c, line);
        let mut name = l.sections.cover_fields[line.field.index()].to_string();
        let cell = |t: &str, tag: &str, hidden: &str, lang: &str| {
            if t.is_empty() {
                return "<td>–</td>".to_string();
            }
            format!(
                "<td lang=\"{lang}\"><{tag}><span class=\"vh\">{}</span>{}</{tag}></td>",
                text(hidden),
                text(t)
            )
        };
        if line.field == CoverField::Sponsors {
            name = format!(
                "{} ({} / {})",
                name, l.sections.sponsors[1], l.sections.sponsors[0]
            );
        }
        let _ = writeln!(
            out,
            "<tr data-field=\"{}\"><th scope=\"row\">{}</th>{}{}</tr>",
            line.field.name(),
            text(&name),
            cell(&old, "del", l.hidden[0], lang[0]),
            cell(&new, "ins", l.hidden[1], lang[1]),
        );
    }
    out.push_str("</table>\n</section>\n");
}
