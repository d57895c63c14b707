//! A redline for pull-request and issue comments: a summary table, then each
//! changed paragraph with its id, deletions as `~~…~~` and insertions as
//! `**…**`. Markdown's own characters in the text are escaped, so a `*` or
//! `_` in a resolution cannot break the markup. Unchanged paragraphs are left
//! out.

use std::fmt::Write as _;

use super::edges::pieces;
use super::entry_label;
use crate::types::Op;
use crate::types::Status;
use crate::types::{Comparison, Entry};

/// Escapes the characters Markdown (CommonMark and GitHub's) gives meaning
/// inside a line: emphasis, code, links, HTML, strike-through, tables.
///
/// ```
/// assert_eq!(resdiff::render::markdown::escape("a*b_c [d] <e>"), r"a\*b\_c \[d\] \<e\>");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes the Markdown redline of a comparison.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let name = |d: &crate::Document| escape(d.symbol.as_deref().unwrap_or(&d.source));
    let _ = writeln!(out, "### Redline: {} → {}\n", name(&c.old), name(&c.new));
    cover(&mut out, &c.cover);
    let s = &c.summary;
    out.push_str("| |");
    for st in Status::ALL {
        let _ = write!(out, " {} |", st.name());
    }
    out.push_str(" renumbered | words inserted | words deleted |\n|---|");
    for _ in Status::ALL {
        out.push_str("---:|");
    }
    out.push_str("---:|---:|---:|\n| paragraphs |");
    for st in Status::ALL {
        let _ = write!(out, " {} |", s.count(st));
    }
    let _ = writeln!(
        out,
        " {} | {} | {} |",
        s.renumbered, s.words_inserted, s.words_deleted
    );
    // Footnotes by status, as the JSON gives them.
    if !c.footnotes.is_empty() {
        out.push_str("| footnotes |");
        for st in Status::ALL {
            let _ = write!(out, " {} |", s.footnotes.get(st.name()).unwrap_or(&0));
        }
        out.push_str(" | | |\n");
    }
    if let Some(counts) = super::substance::counts_text(s) {
        let _ = writeln!(out, "\nChanges: {counts}.");
    }
    out.push('\n');
    if let Some(line) = super::reuse::share_line(s, super::reuse::plain_labels()) {
        let _ = writeln!(out, "{}\n", escape(&line));
    }
    let changes: Vec<&Entry> = c.alignment.iter().filter(|e| e.is_change()).collect();
    if changes.is_empty() && !c.footnotes.iter().any(Entry::is_change) && !c.cover.has_changes() {
        out.push_str("No differences.\n");
        return out;
    }
    let marks = super::note_marks::NoteMarks::of(c);
    for e in changes {
        entry(&mut out, e, &marks.mark_spans(e), "");
        if let Some(note) = super::reuse::note(c, e, super::reuse::plain_labels()) {
            let _ = writeln!(out, "*{}*\n", escape(&note));
        }
    }
    for e in c.footnotes.iter().filter(|e| e.is_change()) {
        entry(&mut out, e, &e.diff, "Footnote ");
    }
    out
}

/// Writes the Markdown redline onto a writer, as the other renderers do.
pub fn write(out: &mut impl std::io::Write, c: &Comparison) -> std::io::Result<()> {
    out.write_all(render(c).as_bytes())
}

/// Writes an entry whose redline is `diff`: its own, or with footnote
/// markers set in, which show as `<sup>4</sup>`.
pub(super) fn entry(out: &mut String, e: &Entry, diff: &[crate::types::Span], prefix: &str) {
    let mut note = match e.status {
        Status::Moved => format!("moved from {}", e.old.join(", ")),
        s => s.name().to_string(),
    };
    if let Some(substance) = super::substance::entry_note(e) {
        note.push_str(&format!(" · {}", escape(&substance)));
    }
    for shift in &e.shifts {
        note.push_str(&format!(
            " · {}",
            escape(&super::substance::shift_text(shift))
        ));
    }
    let _ = writeln!(
        out,
        "**{}{}** — *{}*\n",
        prefix,
        escape(&entry_label(&e.old, &e.new)),
        note
    );
    out.push_str("> ");
    let shown = pieces(diff);
    for (i, piece) in shown.iter().enumerate() {
        let text = super::note_marks::replace_marks(&escape(&piece.text), |out, mark, _| {
            let _ = write!(out, "<sup>{}</sup>", escape(mark));
        });
        let (delimiter, tag) = match piece.op {
            Op::Equal => {
                out.push_str(&text);
                continue;
            }
            Op::Delete => ("~~", "del"),
            Op::Insert => ("**", "strong"),
        };
        // What follows the mark: plain text, or another mark's delimiter
        // (punctuation either way).
        let after = match shown.get(i + 1) {
            Some(next) if next.op == Op::Equal => escape(&next.text).chars().next(),
            Some(_) => Some('*'),
            None => None,
        };
        if delimiters_hold(&text, out.chars().next_back(), after) {
            let _ = write!(out, "{delimiter}{text}{delimiter}");
        } else {
            let _ = write!(out, "<{tag}>{text}</{tag}>");
        }
    }
    out.push_str("\n\n");
}

/// Whether `~~` or `**` around `text`, between the characters `before` and
/// `after`, open and close as CommonMark's flanking rules ask: a mark that
/// starts or ends with a space (where one side alone has a space), or with
/// punctuation glued to a word (`law~~,~~`), would print its delimiters as
/// they are. Such a mark is written as an HTML element instead, which
/// GitHub's Markdown shows the same way.
fn delimiters_hold(text: &str, before: Option<char>, after: Option<char>) -> bool {
    let punct = |c: char| !c.is_alphanumeric() && !c.is_whitespace();
    let loose = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || punct(c));
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
        return false;
    };
    let opens = !first.is_whitespace() && (!punct(first) || loose(before));
    let closes = !last.is_whitespace() && (!punct(last) || loose(after));
    opens && closes
}

/// Writes the Markdown cover list: `- **symbol**: ~~old~~ → **new**`.
fn cover(out: &mut String, c: &crate::types::CoverComparison) {
    if !c.has_changes() {
        return;
    }
    out.push_str("#### Cover\n\n");
    for line in c.changes() {
        let (old, new) = super::cover::sides(c, line);
        let _ = write!(out, "- **{}**: ", line.field.name());
        if line.field == crate::types::CoverField::Sponsors {
            let mut parts = Vec::new();
            if !new.is_empty() {
                parts.push(format!("added **{}**", escape(&new)));
            }
            if !old.is_empty() {
                parts.push(format!("removed ~~{}~~", escape(&old)));
            }
            let _ = writeln!(out, "{}", parts.join("; "));
        } else {
            let _ = writeln!(out, "~~{}~~ → **{}**", escape(&old), escape(&new));
        }
    }
    out.push('\n');
}
