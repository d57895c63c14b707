//! The head of the redline page: the documents' symbols as its heading and
//! their title under it, a table of both documents (file names only: a
//! local path would leak when the page is e-mailed), the cover's changes,
//! the legend, the summary and the compact list of changed paragraphs.
//! Also the escaping every piece of page text goes through.

use std::fmt::Write as _;
use std::path::Path;

use super::escape_controls;
use crate::lang::Labels;
use crate::types::{Comparison, Entry, Status};
use crate::Document;

/// Text for the page: control characters (an ESC among them) made
/// visible as the terminal shows them, then HTML-escaped.
pub(super) fn text(t: &str) -> String {
    html_escape::encode_text(&escape_controls(t)).into_owned()
}

/// An attribute value, escaped as [`text`] is.
pub(super) fn attr(t: &str) -> String {
    html_escape::encode_double_quoted_attribute(&escape_controls(t)).into_owned()
}

/// The name of a document's file, without its folders.
fn file_name(doc: &Document) -> String {
    Path::new(&doc.source)
        .file_name()
        .map_or_else(|| doc.source.clone(), |n| n.to_string_lossy().into_owned())
}

/// How a document is named in the heading: its symbol, else its file.
fn short_name(doc: &Document) -> String {
    doc.symbol.clone().unwrap_or_else(|| file_name(doc))
}

/// The titles under the heading: the new text's, or both when they differ.
fn titles(c: &Comparison) -> Option<String> {
    match (&c.old.title, &c.new.title) {
        (Some(o), Some(n)) if o != n => Some(format!("{o} → {n}")),
        (_, Some(t)) | (Some(t), None) => Some(t.clone()),
        (None, None) => None,
    }
}

/// The page's `<title>` (a browser tab's, a saved file's name): "Redline"
/// in the page's language, the symbols, then the title.
pub(super) fn page_title(c: &Comparison, l: &Labels) -> String {
    let names = format!(
        "{}: {} → {}",
        l.redline,
        short_name(&c.old),
        short_name(&c.new)
    );
    match &c.new.title.as_ref().or(c.old.title.as_ref()) {
        Some(t) => format!("{names}: {t}"),
        None => names,
    }
}

/// Writes the page's header.
pub(super) fn header(out: &mut String, c: &Comparison, l: &Labels) {
    let _ = writeln!(
        out,
        "<header>\n<h1><span lang=\"{}\">{}</span> → <span lang=\"{}\">{}</span></h1>",
        attr(c.old.language.0),
        text(&short_name(&c.old)),
        attr(c.new.language.0),
        text(&short_name(&c.new))
    );
    if let Some(t) = titles(c) {
        let _ = writeln!(
            out,
            "<p class=\"doc-title\" lang=\"{}\">{}</p>",
            attr(c.new.language.0),
            text(&t)
        );
    }
    documents(out, c, l);
    super::cover::html(out, &c.cover, l, [c.old.language.0, c.new.language.0]);
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span><del><span class=\"vh\">{}</span>{}</del> {}</span>\
         <span><ins><span class=\"vh\">{}</span>{}</ins> {}</span><span>{}</span>{}</p>",
        text(l.hidden[0]),
        text(l.legend[0]),
        text(l.legend[1]),
        text(l.hidden[1]),
        text(l.legend[2]),
        text(l.legend[3]),
        text(l.legend[4]),
        super::reuse::legend(c, c.new.language.rules().reuse_labels, text)
    );
    summary(out, c, l);
    if let Some(line) = super::reuse::share_line(&c.summary, c.new.language.rules().reuse_labels) {
        let _ = writeln!(out, "<p class=\"reuse-share\">{}</p>", text(&line));
    }
    changed_list(out, c, l);
    out.push_str("</header>\n");
}

/// The table of both documents: symbol, title, date, file name; a dash
/// where a document prints no such line, so that no cell is empty.
fn documents(out: &mut String, c: &Comparison, l: &Labels) {
    let _ = writeln!(
        out,
        "<table class=\"docs\">\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>",
        text(l.sections.document),
        text(l.columns[0]),
        text(l.columns[1]),
        text(l.columns[2]),
        text(l.columns[3])
    );
    for (name, doc) in [(l.old, &c.old), (l.new, &c.new)] {
        let cell = |v: &Option<String>| v.as_deref().map_or("–".to_string(), text);
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td lang=\"{}\">{}</td><td lang=\"{}\">{}</td><td>{}</td><td>{}</td></tr>",
            text(name),
            attr(doc.language.0),
            cell(&doc.symbol),
            attr(doc.language.0),
            cell(&doc.title),
            cell(&doc.date),
            text(&file_name(doc))
        );
    }
    out.push_str("</table>\n");
}

/// The summary: paragraphs by status and renumbered, in a table whose
/// caption names what it counts; then words and footnotes.
fn summary(out: &mut String, c: &Comparison, l: &Labels) {
    let s = &c.summary;
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table class=\"summary\">\n<caption>{}</caption>\n<tr>",
        text(l.summary[0]),
        text(l.summary[1])
    );
    for st in Status::ALL {
        let _ = write!(out, "<th scope=\"col\">{}</th>", text(l.status(st)));
    }
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th></tr>\n<tr>",
        text(l.summary[2])
    );
    for st in Status::ALL {
        let _ = write!(out, "<td>{}</td>", s.count(st));
    }
    let notes = super::footnote_counts(s, |st| l.status(st), "0");
    let _ = write!(
        out,
        "<td>{}</td></tr>\n</table>\n<p>{}{}{}{}{}{}{}</p>\n",
        s.renumbered,
        text(l.words_line[0]),
        s.words_inserted,
        text(l.words_line[1]),
        s.words_deleted,
        text(l.words_line[2]),
        text(&notes),
        text(l.words_line[3])
    );
}

/// The changed paragraphs, many to a line.
fn changed_list(out: &mut String, c: &Comparison, l: &Labels) {
    out.push_str(&super::substance::summary_html(c, l.substance, |e| {
        (
            super::html_notes::entry_anchor(e),
            super::entry_heading(e, l.old_marker, l.was),
        )
    }));
    let changed: Vec<&Entry> = c.alignment.iter().filter(|e| e.is_change()).collect();
    if changed.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<nav class=\"changes\">\n<h2>{}</h2>\n<ol>\n",
        text(l.changed_paragraphs)
    );
    for e in changed {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a> {}</li>",
            attr(&super::html_notes::entry_anchor(e)),
            text(&super::entry_heading(e, l.old_marker, l.was)),
            text(l.status(e.status))
        );
    }
    out.push_str("</ol>\n</nav>\n");
}
