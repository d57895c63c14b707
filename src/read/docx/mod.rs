//! Word documents (.docx, ECMA-376 Office Open XML) read into the text
//! form the segmenter reads: one paragraph a line with its number as Word
//! shows it, footnote markers as `<sup>1</sup>`, the notes after a `---`
//! rule, so that a .docx gives the same paragraphs, ids and footnotes as
//! its text.
//!
//! Bytes in, text out: no file system, threads or processes, so that the
//! browser build can use it as it is.
//!
//! - The main part is found through the package relationships
//!   (`_rels/.rels`), and every other part through the main part's own
//!   (styles, numbering, notes, comments, headers and footers).
//! - Automatic numbers are computed ([`numbering`]); typed numbers are text
//!   like any other.
//! - Tracked changes are read as accepted ([`View::Accepted`]) or as
//!   rejected ([`View::Original`]); what was met is counted.
//! - Headers and footers are page furniture: their lines are handed back
//!   apart. Comments are not text: they are listed apart.
//! - Bad input (not a zip, no main part, a part that is not XML, a zip
//!   bomb) is an error message; nothing here panics on any input (a fuzz
//!   target holds it to that).

mod body;
mod notes;
mod numbering;
mod package;
mod xml;

#[cfg(test)]
mod tests;

pub use body::{Revisions, View};

use body::{squeeze, Paragraph, Piece, Walk};
use numbering::Numbering;
use package::{Package, Relationship, MAIN_DOCUMENT};
use xml::Element;

/// A Word document read as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocxText {
    /// The body and its notes in markdown form (see the module doc).
    pub markdown: String,
    /// Lines of the page headers and footers, in the order of their parts,
    /// each once.
    pub furniture: Vec<String>,
    /// The comments, each as `author: text`.
    pub comments: Vec<String>,
    /// The tracked changes the file held.
    pub revisions: Revisions,
}

/// Reads a .docx file's bytes. The error is a sentence saying what is
/// wrong with the file, for a message that names it.
///
/// ```
/// let err = resdiff::read::docx::read_docx(b"not a zip", Default::default()).unwrap_err();
/// assert!(err.contains("not a zip archive"));
/// ```
pub fn read_docx(bytes: &[u8], view: View) -> Result<DocxText, String> {
    let mut package = Package::open(bytes)?;
    let main = package
        .relationships("")?
        .into_iter()
        .find(|r| !r.external && r.kind.ends_with(MAIN_DOCUMENT))
        .map(|r| r.target)
        .filter(|t| package.has(t))
        .ok_or("no main document part (no officeDocument relationship to a part)")?;
    let root = package.xml(&main)?;
    let body = root
        .child("body")
        .ok_or_else(|| format!("the main part {main} has no body"))?;
    let rels = package.relationships(&main)?;
    let styles = optional_part(&mut package, &rels, "/styles")?;
    let numbering = optional_part(&mut package, &rels, "/numbering")?;
    let mut numbering = Numbering::new(numbering.as_ref(), styles.as_ref());

    let mut walk = Walk::new(view);
    walk.story(body);
    let marks = notes::marks(&walk.notes, body.child("sectPr"));
    let lines: Vec<String> = walk
        .paragraphs
        .iter()
        .filter_map(|p| paragraph_line(p, &mut numbering, &marks))
        .collect();

    let footnotes = optional_part(&mut package, &rels, "/footnotes")?;
    let endnotes = optional_part(&mut package, &rels, "/endnotes")?;
    let parts = notes::NoteParts {
        footnotes: footnotes.as_ref(),
        endnotes: endnotes.as_ref(),
    };
    let read = notes::read_notes(&parts, &walk.notes, &marks, view);
    let mut revisions = walk.revisions;
    revisions.add(read.revisions);
    let mut markdown = lines.join("\n\n");
    if !read.lines.is_empty() {
        markdown.push_str("\n\n---\n\n");
        markdown.push_str(&read.lines.join("\n\n"));
    }
    markdown.push('\n');

    let furniture = furniture(&mut package, &rels, view)?;
    let comments = comments(&mut package, &rels, view)?;
    Ok(DocxText {
        markdown,
        furniture,
        comments,
        revisions,
    })
}

/// The first part related to the main part by a relationship whose type
/// ends so, parsed; none when there is none.
fn optional_part(
    package: &mut Package,
    rels: &[Relationship],
    kind: &str,
) -> Result<Option<Element>, String> {
    match rels
        .iter()
        .find(|r| !r.external && r.kind.ends_with(kind) && package.has(&r.target))
    {
        Some(r) => package.xml(&r.target).map(Some),
        None => Ok(None),
    }
}

/// One paragraph as a line: its number, its text with note references as
/// placeholders, markdown markup escaped; none for an empty paragraph.
fn paragraph_line(p: &Paragraph, numbering: &mut Numbering, marks: &[String]) -> Option<String> {
    let label = numbering.label(p.style.as_deref(), &p.numbering);
    let mut text = String::new();
    let mut pending = String::new();
    for piece in &p.pieces {
        match piece {
            Piece::Text(t) => pending.push_str(t),
            Piece::Note(i) => {
                text.push_str(&notes::escape(&pending));
                pending.clear();
                text.push_str(&notes::marker(marks.get(*i).map_or("", String::as_str)));
            }
        }
    }
    text.push_str(&notes::escape(&pending));
    let text = squeeze(&text);
    let line = match label {
        Some((label, _)) if label.is_empty() => text,
        Some((label, true)) => format!("{}{text}", notes::escape(&label)),
        Some((label, false)) => format!("{} {text}", notes::escape(&label)),
        None => text,
    };
    let line = line.trim().to_string();
    (!line.is_empty()).then_some(line)
}

/// The lines of every header and footer part, each once.
fn furniture(
    package: &mut Package,
    rels: &[Relationship],
    view: View,
) -> Result<Vec<String>, String> {
    let mut lines: Vec<String> = Vec::new();
    for r in rels
        .iter()
        .filter(|r| !r.external && (r.kind.ends_with("/header") || r.kind.ends_with("/footer")))
    {
        if !package.has(&r.target) {
            continue;
        }
        let root = package.xml(&r.target)?;
        let mut walk = Walk::new(view);
        walk.story(&root);
        for p in &walk.paragraphs {
            let line = squeeze(&p.plain_text());
            if !line.is_empty() && !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    Ok(lines)
}

/// The comments, as `author: text`.
fn comments(
    package: &mut Package,
    rels: &[Relationship],
    view: View,
) -> Result<Vec<String>, String> {
    let Some(root) = optional_part(package, rels, "/comments")? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for c in root.elements().filter(|e| e.name == "comment") {
        let (text, _) = body::story_text(c, view);
        let author = c.attr("author").unwrap_or("unknown author");
        out.push(format!("{author}: {text}"));
    }
    Ok(out)
}
