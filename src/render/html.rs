//! The HTML redline a delegate opens, prints and circulates: one
//! self-contained page (inline CSS, no script, nothing fetched), the new
//! text marked up against the old in the conventions of negotiation
//! redlines: deletions struck through in `<del>`, insertions bold and
//! underlined in `<ins>`, so the marks survive black-and-white printing.
//!
//! All document text goes through `html-escape`; a Content-Security-Policy
//! forbids scripts and remote loads even if something slipped through.

use std::fmt::Write as _;

use super::edges::pieces;
use super::entry_label;
use super::html_header::{attr, header, page_title, text};
use super::reuse::{self, Mark};
use crate::lang::Labels;
use crate::types::Status;
use crate::types::{Comparison, Entry};
use crate::types::{Op, Span};

/// How the page is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// The new text with the changes marked in it.
    #[default]
    Inline,
    /// Old and new paragraphs in two aligned columns.
    SideBySide,
}

/// What to put on the page.
#[derive(Debug, Clone, Copy, Default)]
pub struct HtmlOptions {
    /// Inline or side by side.
    pub layout: Layout,
    /// Fold unchanged paragraphs into one line per run.
    pub changes_only: bool,
    /// Fold routine changes into one line each: substantive changes only.
    pub substantive: bool,
}

pub(super) const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; margin: 0 auto; max-width: 52em; padding: 1.5em; color: #000; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .5em; }
h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; margin: .4em 0 1em; }
th, td { border: 1px solid #999; padding: .2em .5em; text-align: left; vertical-align: top; }
.legend span { margin-right: 1.5em; }
.doc-title { font-size: 1.1em; font-style: italic; margin: 0 0 .8em; }
table.docs, table.summary { max-width: 100%; }
table.docs td { overflow-wrap: break-word; }
table.docs th { white-space: nowrap; }
table.summary caption { text-align: left; font-weight: bold; }
nav.changes ol { display: flex; flex-wrap: wrap; gap: .15em 1.1em; list-style: none; padding: 0; margin: .3em 0; }
nav.changes li { white-space: nowrap; }
.adj { display: inline-block; width: .35em; }
ins { text-decoration: underline; font-weight: bold; color: #006100; background: #e6f4e6; }
del { text-decoration: line-through; color: #9c0006; background: #fbe9e9; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.entry { margin: .9em 0; break-inside: avoid; page-break-inside: avoid; }
.label { font-family: Arial, Helvetica, sans-serif; font-size: .85em; font-weight: bold; }
.label .status { font-weight: normal; font-style: italic; margin-inline-start: .6em; }
.label a { color: inherit; }
.entry p { margin: .2em 0 0; }
.entry.inserted p { border-inline-start: 4px double #006100; padding-inline-start: .6em; }
.entry.deleted p { border-inline-start: 4px dotted #9c0006; padding-inline-start: .6em; }
.entry.moved p, .stub { border-inline-start: 4px dashed #555; padding-inline-start: .6em; }
.stub { font-family: Arial, Helvetica, sans-serif; font-size: .85em; font-style: italic; color: #333; margin: .6em 0; }
.folded { font-family: Arial, Helvetica, sans-serif; font-size: .85em; color: #555; margin: .6em 0; }
.break { display: block; margin-top: .5em; }
.sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em; }
.sbs > div { min-width: 0; }
.cover th[scope=row] { font-weight: normal; font-style: italic; }
sup.fn { font-size: .7em; line-height: 0; }
sup.fn a { text-decoration: none; }
.cited { font-family: Arial, Helvetica, sans-serif; font-size: .85em; color: #333; }
.notes { border-top: 1px solid #999; margin-top: 2em; font-size: .9em; }
@page { size: A4; margin: 2cm; }
@media print {
  body { max-width: none; padding: 0; }
  table.docs, table.summary { width: 100%; font-size: .85em; }
  table.summary { table-layout: fixed; }
  table.summary th, table.summary td { padding: .15em .2em; overflow-wrap: break-word; }
  nav, .legend { display: none; }
  a { color: inherit; text-decoration: none; }
  ins { background: none; }
  del { background: none; }
}
"#;

/// Writes the redline page.
pub fn render(c: &Comparison, options: &HtmlOptions) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let lang = c.new.language;
    let dir = if lang.rules().right_to_left {
        "rtl"
    } else {
        "ltr"
    };
    let l = lang.rules().labels;
    let title = page_title(c, l);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}{}{}</style>\n</head>\n<body>\n",
        attr(lang.0),
        text(&title),
        super::substance::CSS,
        if c.reuse.is_empty() { "" } else { reuse::CSS }
    );
    header(&mut out, c, l);
    out.push_str("<main>\n");
    body(&mut out, c, options, l);
    out.push_str("</main>\n");
    footnotes(&mut out, c, l, options.changes_only);
    out.push_str("</body>\n</html>\n");
    out
}

/// Writes the redline page onto a writer, as the other renderers do.
pub fn write(
    out: &mut impl std::io::Write,
    c: &Comparison,
    options: &HtmlOptions,
) -> std::io::Result<()> {
    out.write_all(render(c, options).as_bytes())
}

/// The anchor of an entry: its first new paragraph, or its old one.
fn anchor(e: &Entry) -> String {
    super::html_notes::entry_anchor(e)
}

/// The anchor of the entry that shows an old paragraph.
fn old_anchor(c: &Comparison, id: &str) -> String {
    c.alignment
        .iter()
        .find(|e| e.old.iter().any(|o| o == id))
        .map_or_else(|| "top".to_string(), anchor)
}

/// "OP6 (was OP5)", "OP8, OP9 (was OP7)", "PP9 (old)".
fn heading_label(e: &Entry, l: &Labels) -> String {
    super::entry_heading(e, l.old_marker, l.was)
}

fn status_note(e: &Entry, l: &Labels) -> String {
    let old = e.old.join(", ");
    match e.status {
        Status::Unchanged if e.regrouped => format!("{} {old}", l.notes[4]),
        Status::Unchanged if e.renumbered => l.notes[0].to_string(),
        Status::Moved => format!("{} {old}", l.notes[1]),
        Status::Split => format!("{} {old}", l.notes[2]),
        Status::Merged => format!("{} {old}", l.notes[3]),
        s => l.status(s).to_string(),
    }
}

/// The length of a piece's text without the footnote markers
/// `note_marks` set in.
fn unmarked_len(t: &str) -> usize {
    use super::note_marks::{CLOSE, OPEN_NEW, OPEN_OLD};
    let mut len = 0;
    let mut inside = false;
    for ch in t.chars() {
        match ch {
            OPEN_NEW | OPEN_OLD => inside = true,
            CLOSE => inside = false,
            _ if !inside => len += ch.len_utf8(),
            _ => {}
        }
    }
    len
}

pub(super) fn spans_html(
    spans: &[Span],
    keep: impl Fn(Op) -> bool,
    l: &Labels,
    marks: &[Mark],
) -> String {
    let mut out = String::new();
    let html = |t: &str| text(t).replace('\n', "<span class=\"break\"></span>");
    let shown: Vec<Span> = spans.iter().filter(|s| keep(s.op)).cloned().collect();
    // Spaces around an edit stay outside its mark where both sides read
    // them (see `edges`), so that mostly only words are struck or
    // underlined.
    // Where each piece starts in the new side's text (footnote markers
    // set in do not count), for the marks of reused wording.
    let mut at = 0;
    let shown = pieces(&shown);
    for (k, s) in shown.iter().enumerate() {
        if s.op != Op::Delete {
            at += unmarked_len(&s.text);
        }
        // A word struck and the word put in its place, with nothing
        // between ("resolution" → "resolutions"), are parted by a gap, as
        // legal redlines do, so that they do not read as one word.
        if k > 0
            && s.op == Op::Insert
            && shown[k - 1].op == Op::Delete
            && !shown[k - 1].text.ends_with(char::is_whitespace)
            && !s.text.starts_with(char::is_whitespace)
        {
            out.push_str("<span class=\"adj\"></span>");
        }
        let (tag, hidden) = match s.op {
            Op::Equal => {
                out.push_str(&html(&s.text));
                continue;
            }
            // A piece with a footnote marker set in keeps its plain mark:
            // the reused runs' offsets are in the text without markers.
            Op::Insert if !marks.is_empty() && unmarked_len(&s.text) == s.text.len() => {
                reused_html(&mut out, &s.text, at - s.text.len(), marks, l);
                continue;
            }
            Op::Insert => ("ins", text(l.hidden[1])),
            Op::Delete => ("del", text(l.hidden[0])),
        };
        let _ = write!(
            out,
            "<{tag}><span class=\"vh\">{hidden}</span>{}</{tag}>",
            html(&s.text)
        );
    }
    out
}

/// An inserted piece whose reused runs are marked apart inside its
/// `<ins>` (one per piece, as without reuse) and linked to their source
/// paragraphs.
fn reused_html(out: &mut String, piece: &str, at: usize, marks: &[Mark], l: &Labels) {
    let html = |t: &str| text(t).replace('\n', "<span class=\"break\"></span>");
    let _ = write!(out, "<ins><span class=\"vh\">{}</span>", text(l.hidden[1]));
    for (part, mark) in reuse::cut(piece, at, marks) {
        match mark {
            None => out.push_str(&html(part)),
            Some(m) => {
                let _ = write!(
                    out,
                    "<mark class=\"reused\"><a href=\"#{}\"><span class=\"vh\">{}</span>{}</a></mark>",
                    attr(&m.href),
                    text(&m.hidden),
                    html(part)
                );
            }
        }
    }
    out.push_str("</ins>");
}

/// The old side of spans: equal text in its old form.
fn old_spans(spans: &[Span]) -> Vec<Span> {
    spans
        .iter()
        .filter(|s| s.op != Op::Insert)
        .map(|s| Span {
            op: s.op,
            text: s.old_text.clone().unwrap_or_else(|| s.text.clone()),
            old_text: None,
        })
        .collect()
}

fn body(out: &mut String, c: &Comparison, options: &HtmlOptions, l: &Labels) {
    let old_lang = attr(c.old.language.0).to_string();
    let new_lang = attr(c.new.language.0).to_string();
    let mut folded: Vec<&Entry> = Vec::new();
    let flush = |out: &mut String, folded: &mut Vec<&Entry>| {
        super::folds::html_fold(out, folded, l);
        folded.clear();
    };
    let stubs_after = stubs_after(c);
    let marks = super::note_marks::NoteMarks::of(c);
    let runs = super::folds::Runs::of(c);
    let linked = |html: String| super::html_notes::link_marks(&html, &marks);
    for (k, e) in c.alignment.iter().enumerate() {
        if !stubs_after[k].is_empty() {
            flush(out, &mut folded);
            for m in &stubs_after[k] {
                stub(out, m, l);
            }
        }
        if e.status == Status::Unchanged && options.changes_only {
            // A run folds paragraphs that all kept their numbers or that
            // all changed them, so that its line can say which (and
            // renumbered ones that followed one another, so that its old
            // range is exact).
            if folded.last().is_some_and(|f| !runs.continues(f, e)) {
                flush(out, &mut folded);
            }
            folded.push(e);
            continue;
        }
        if options.substantive && e.substance == Some(crate::types::Substance::Routine) {
            flush(out, &mut folded);
            let line = super::substance::routine_line_html(
                e,
                &heading_label(e, l),
                &anchor(e),
                l.substance,
            );
            out.push_str(&line);
            continue;
        }
        flush(out, &mut folded);
        entry_heading_html(out, c, e, l);
        let diff = marks.mark_spans(e);
        let reused = reuse::marks(c, e, |id| old_anchor(c, id));
        let lang = if e.new.is_empty() {
            &old_lang
        } else {
            &new_lang
        };
        // Side by side, a paragraph only one text has spans both columns:
        // half a page for a whole deleted paragraph doubles a printout.
        let one_side = e.old.is_empty() || e.new.is_empty();
        if options.layout == Layout::Inline || one_side {
            let class = if options.layout == Layout::Inline {
                ""
            } else {
                " class=\"whole\""
            };
            let _ = writeln!(
                out,
                "<p{class} lang=\"{lang}\">{}</p>",
                linked(spans_html(&diff, |_| true, l, &reused))
            );
        } else {
            let _ = writeln!(
                out,
                "<div class=\"sbs\"><div><p lang=\"{old_lang}\">{}</p></div><div><p lang=\"{new_lang}\">{}</p></div></div>",
                linked(spans_html(&old_spans(&diff), |op| op != Op::Insert, l, &[])),
                linked(spans_html(&diff, |op| op != Op::Delete, l, &reused))
            );
        }
        out.push_str("</article>\n");
    }
    flush(out, &mut folded);
    for m in &stubs_after[c.alignment.len()] {
        stub(out, m, l);
    }
}

/// An entry's opening: its article and its label line (id, status, reused
/// wording, the link to a moved paragraph's old place, substance marks).
fn entry_heading_html(out: &mut String, c: &Comparison, e: &Entry, l: &Labels) {
    let _ = write!(
        out,
        "<article class=\"entry {}\" id=\"{}\" data-status=\"{}\">\n<div class=\"label\">{}<span class=\"status\">{}</span>",
        e.status.name(),
        attr(&anchor(e)),
        e.status.name(),
        text(&heading_label(e, l)),
        text(&status_note(e, l)),
    );
    out.push_str(&reuse::note_html(
        c,
        e,
        c.new.language.rules().reuse_labels,
        |id| old_anchor(c, id),
        |t| attr(t).to_string(),
    ));
    if e.status == Status::Moved {
        if let Some(o) = e.old.first() {
            let _ = write!(
                out,
                " <a href=\"#{}\">{}</a>",
                attr(&format!("o-{o}")),
                text(l.moves[0])
            );
        }
    }
    out.push_str(&super::substance::marks_html(e, l.substance));
    out.push_str("</div>\n");
}

/// Where a moved paragraph used to be, a stub points to its new place:
/// right after the entry holding the old paragraph before it. Slot `k`
/// holds the moved entries whose stubs go before entry `k` of the
/// alignment; the last slot, those that go at the end.
pub fn stubs_after(c: &Comparison) -> Vec<Vec<&Entry>> {
    // Positions looked up, not searched for: a search per entry per moved
    // paragraph made large texts with many moves take minutes.
    let mut positions = std::collections::BTreeMap::new();
    for (i, p) in c.old.paragraphs.iter().enumerate() {
        positions.entry(p.id.as_str()).or_insert(i);
    }
    let old_index = |id: &String| positions.get(id.as_str()).copied();
    // Each unmoved entry with the position of its last old paragraph.
    let hosts: Vec<(usize, usize)> = c
        .alignment
        .iter()
        .enumerate()
        .filter(|(_, e)| e.status != Status::Moved)
        .filter_map(|(k, e)| Some((k + 1, e.old.last().and_then(old_index)?)))
        .collect();
    let mut stubs_after: Vec<Vec<&Entry>> = vec![Vec::new(); c.alignment.len() + 1];
    for m in c.alignment.iter().filter(|e| e.status == Status::Moved) {
        let Some(at) = m.old.first().and_then(old_index) else {
            continue;
        };
        let host = hosts
            .iter()
            .filter(|&&(_, i)| i < at)
            .map(|&(k, _)| k)
            .max()
            .unwrap_or(0);
        stubs_after[host].push(m);
    }
    stubs_after
}

fn stub(out: &mut String, e: &Entry, l: &Labels) {
    let old = e.old.join(", ");
    let _ = writeln!(
        out,
        "<p class=\"stub\" id=\"{}\">{} {} <a href=\"#{}\">{}</a></p>",
        attr(&format!(
            "o-{}",
            e.old.first().map(String::as_str).unwrap_or("")
        )),
        text(&old),
        text(l.moves[1]),
        attr(&anchor(e)),
        text(&e.new.join(", "))
    );
}

fn footnotes(out: &mut String, c: &Comparison, l: &Labels, changes_only: bool) {
    let changed: Vec<&Entry> = c.footnotes.iter().filter(|e| e.is_change()).collect();
    if changed.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"notes\">\n<h2>{}</h2>",
        text(l.footnotes[1])
    );
    for e in changed {
        let label = format!("{} {}", l.footnotes[0], entry_label(&e.old, &e.new));
        let _ = write!(
            out,
            "<article class=\"entry footnote {}\" id=\"{}\" data-status=\"{}\">\n<div class=\"label\">{}<span class=\"status\">{}</span></div>\n<p>{}</p>\n{}</article>\n",
            e.status.name(),
            attr(&super::html_notes::footnote_anchor(e)),
            e.status.name(),
            text(&label),
            text(l.status(e.status)),
            spans_html(&e.diff, |_| true, l, &[]),
            super::html_notes::cited_in(c, e, changes_only, l)
        );
    }
    out.push_str("</section>\n");
}

// Here rather than beside `Labels`: the language table comes before the
// types, so it cannot name a `Status`; the renderer, which knows both, pairs
// them.
impl Labels {
    /// The name of a status in the page's language.
    pub fn status(&self, status: Status) -> &'static str {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        self.statuses[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;

    fn page(old: &str, new: &str) -> String {
        let old = crate::parse_text("old.txt", old, None);
        let new = crate::parse_text("new.txt", new, None);
        render(
            &compare(old, new, &crate::CompareOptions::default()),
            &HtmlOptions::default(),
        )
    }

    #[test]
    fn the_page_runs_in_the_direction_of_the_new_texts_script() {
        let ar = "إن الجمعية العامة،\n\n1. تقرر أن تبقي المسألة قيد نظرها؛\n";
        let en = "The General Assembly,\n\n1. Decides to remain seized of the matter.\n";
        assert!(page(en, ar).contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(page(ar, en).contains(r#"<html lang="en" dir="ltr">"#));
    }
}
