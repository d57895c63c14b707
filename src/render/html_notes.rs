//! The page's footnote links: a marker in the text as a superscript linked
//! to its footnote's change (or showing an unchanged footnote's text when
//! pointed at), and, under each changed footnote, the paragraphs that cite
//! it, linked back.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text};

use super::escape_controls;
use super::note_marks::{drop_marks, replace_marks, NoteMarks};
use crate::lang::Labels;
use crate::types::{Comparison, Entry, Op, Status};

/// The anchor of an entry: its first new paragraph, or its old one.
pub(super) fn entry_anchor(e: &Entry) -> String {
    match (e.new.first(), e.old.first()) {
        (Some(n), _) => format!("n-{n}"),
        (None, Some(o)) => format!("o-{o}"),
        _ => "top".to_string(),
    }
}

/// The anchor of a footnote entry: `fn-` and its new mark, or its old one.
pub(super) fn footnote_anchor(f: &Entry) -> String {
    let mark = f.new.first().or(f.old.first()).map_or("", String::as_str);
    format!("fn-{mark}")
}

/// The page's HTML with each marker sentinel made a superscript.
pub(super) fn link_marks(html: &str, marks: &NoteMarks) -> String {
    replace_marks(html, |out, mark, new| match marks.entry(mark, new) {
        Some(f) if f.is_change() => {
            let _ = write!(
                out,
                "<sup class=\"fn\"><a href=\"#{}\">{mark}</a></sup>",
                attr(&footnote_anchor(f))
            );
        }
        Some(f) => {
            let note: String = f
                .diff
                .iter()
                .filter(|s| s.op != Op::Delete)
                .map(|s| s.text.as_str())
                .collect();
            let _ = write!(
                out,
                "<sup class=\"fn\" title=\"{}\">{mark}</sup>",
                attr(&escape_controls(&drop_marks(&note)))
            );
        }
        None => {
            let _ = write!(out, "<sup class=\"fn\">{mark}</sup>");
        }
    })
}

/// "cited in PP3, OP5" under a changed footnote, each id linked to its
/// entry when the page shows it (not folded under `--changes-only`).
pub(super) fn cited_in(c: &Comparison, f: &Entry, changes_only: bool, l: &Labels) -> String {
    let (doc, marks, new) = if f.new.is_empty() {
        (&c.old, &f.old, false)
    } else {
        (&c.new, &f.new, true)
    };
    let citing: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.notes.iter().any(|n| marks.contains(&n.mark)))
        .map(|p| p.id.as_str())
        .collect();
    if citing.is_empty() {
        return String::new();
    }
    let links: Vec<String> = citing
        .iter()
        .map(|id| {
            let host = c.alignment.iter().find(|e| {
                let ids = if new { &e.new } else { &e.old };
                ids.iter().any(|i| i == id)
            });
            let shown = host.is_some_and(|e| !(changes_only && e.status == Status::Unchanged));
            match host {
                Some(e) if shown => format!(
                    "<a href=\"#{}\">{}</a>",
                    attr(&entry_anchor(e)),
                    encode_text(id)
                ),
                _ => encode_text(id).into_owned(),
            }
        })
        .collect();
    format!(
        "<p class=\"cited\">{} {}</p>\n",
        encode_text(l.sections.cited_in),
        links.join(", ")
    )
}
