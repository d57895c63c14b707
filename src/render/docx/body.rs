//! The redline's paragraphs: the comparison's entries in the new text's
//! order, each written so that accepting every revision leaves the new text
//! and rejecting every revision the old.
//!
//! An entry is written from one of three points of view ([`Side`]): both
//! texts (unchanged, changed, inserted, deleted, split and merged entries),
//! or the old place of a moved paragraph (its old text as `w:moveFrom`, its
//! deleted words as `w:del`) and its new place (its new text as `w:moveTo`,
//! its inserted words as `w:ins`). Each inserted and each deleted span of
//! the comparison is thereby written exactly once.
//!
//! Paragraph numbers are written as each text prints them, untracked: the
//! new number where the new text has the paragraph, the old one where only
//! the old text has it. A renumbering is not a change (as in every other
//! output); only a number the other text lacks altogether (the second half
//! of a split, a paragraph merged away) is marked with its paragraph.

use std::collections::BTreeMap;

use super::model::{Para, Rev, Side, Style};
use super::notes::{NoteMarks, Notes};
use super::parts::{parts, Part};
use crate::types::{Comparison, Entry, Op, Paragraph, ParagraphKind, Status};
use crate::{Document, MetadataRole};

/// The paragraphs of both documents by id.
struct Index<'a> {
    old: BTreeMap<&'a str, &'a Paragraph>,
    new: BTreeMap<&'a str, &'a Paragraph>,
}

/// Builds the redline's body paragraphs and footnotes.
pub struct Body<'a> {
    index: Index<'a>,
    /// The paragraphs written so far.
    pub paras: Vec<Para>,
    /// The footnotes referenced so far.
    pub notes: Notes<'a>,
}

impl<'a> Body<'a> {
    /// The whole body of the comparison's redline.
    pub fn build(c: &'a Comparison) -> Body<'a> {
        let by_id = |d: &'a Document| d.paragraphs.iter().map(|p| (p.id.as_str(), p)).collect();
        let mut body = Body {
            index: Index {
                old: by_id(&c.old),
                new: by_id(&c.new),
            },
            paras: cover(&c.new),
            notes: Notes::new(c),
        };
        let stubs = crate::render::html::stubs_after(c);
        for (k, e) in c.alignment.iter().enumerate() {
            for m in &stubs[k] {
                body.entry(m, Side::From(move_number(c, m)));
            }
            match e.status {
                Status::Moved => body.entry(e, Side::To(k)),
                _ => body.entry(e, Side::Both),
            }
        }
        for m in &stubs[c.alignment.len()] {
            body.entry(m, Side::From(move_number(c, m)));
        }
        body.close();
        body
    }

    /// Writes one entry's paragraphs from one side.
    fn entry(&mut self, e: &'a Entry, side: Side) {
        let old: Vec<&Paragraph> = e
            .old
            .iter()
            .filter_map(|id| self.index.old.get(id.as_str()).copied())
            .collect();
        let new: Vec<&Paragraph> = e
            .new
            .iter()
            .filter_map(|id| self.index.new.get(id.as_str()).copied())
            .collect();
        let mut at = Cursor::default();
        let (first, first_rev) = match side {
            Side::Both if new.is_empty() => (old.first(), Rev::Del),
            Side::Both if old.is_empty() => (new.first(), Rev::Ins),
            Side::Both => (new.first(), Rev::None),
            Side::From(k) => (old.first(), Rev::MoveFrom(k)),
            Side::To(k) => (new.first(), Rev::MoveTo(k)),
        };
        let mut para = start(first.copied(), first_rev);
        let parts = parts(&e.diff);
        let mut marks = NoteMarks::new(new.first().copied(), old.first().copied());
        if side == Side::Both {
            marks.shared = [
                self.notes.shared(&parts, &new, true),
                self.notes.shared(&parts, &old, false),
            ];
        }
        for part in parts {
            match part {
                Part::Text { op, new: n, old: o } => {
                    let Some(rev) = side.rev(op) else { continue };
                    let shown = if side.reads_new() && op != Op::Delete {
                        &n
                    } else {
                        &o
                    };
                    let (new_len, old_len) = (n.len(), o.len());
                    self.notes.write_text(
                        &mut para,
                        &mut marks,
                        side,
                        rev,
                        shown,
                        [new_len, old_len],
                        op,
                    );
                }
                Part::Break(op) => {
                    let Some(rev) = side.rev(op) else { continue };
                    let new_side = op != Op::Delete;
                    let old_side = op != Op::Insert;
                    if new_side {
                        self.notes.flush(&mut para, &mut marks, side, true);
                        at.new += 1;
                        marks.next_new(new.get(at.new).copied());
                    }
                    if old_side {
                        self.notes.flush(&mut para, &mut marks, side, false);
                        at.old += 1;
                        marks.next_old(old.get(at.old).copied());
                    }
                    para.mark = rev;
                    self.paras.push(para);
                    let next = if side.reads_new() && new_side {
                        new.get(at.new)
                    } else {
                        old.get(at.old)
                    };
                    para = start(next.copied(), rev);
                }
            }
        }
        self.notes.flush(&mut para, &mut marks, side, true);
        self.notes.flush(&mut para, &mut marks, side, false);
        para.mark = match side {
            Side::Both if new.is_empty() => Rev::Del,
            Side::Both if old.is_empty() => Rev::Ins,
            Side::Both => Rev::None,
            Side::From(k) => Rev::MoveFrom(k),
            Side::To(k) => Rev::MoveTo(k),
        };
        self.paras.push(para);
    }

    /// Ends the body: footnotes no paragraph referenced go at the end of
    /// the last one, and a closing empty paragraph takes the document's last
    /// mark, which Word does not let a revision remove.
    fn close(&mut self) {
        if let Some(last) = self.paras.last_mut() {
            self.notes.unreferenced(last);
        }
        self.paras.push(Para::new(Style::Cover, Rev::None));
    }
}

/// Where the walk is: which new and old paragraph of the entry.
#[derive(Default)]
struct Cursor {
    new: usize,
    old: usize,
}

/// A paragraph's start: its style and its number (with the tab after it).
fn start(p: Option<&Paragraph>, rev: Rev) -> Para {
    let style = match p.map(|p| p.kind) {
        Some(ParagraphKind::Preamble) => Style::Preamble,
        Some(ParagraphKind::Operative) => Style::Operative,
        Some(ParagraphKind::Subparagraph) => Style::Subparagraph,
        Some(ParagraphKind::Heading) => Style::Heading,
        Some(ParagraphKind::Paragraph) if p.is_some_and(|p| p.label.is_some()) => Style::Operative,
        _ => Style::Body,
    };
    let mut para = Para::new(style, rev);
    if let Some(label) = p.and_then(|p| p.label.as_deref()) {
        para.push_text(rev, label);
        para.push_tab(rev);
    }
    para
}

/// The number pairing a moved entry's two places: its index in the
/// alignment.
fn move_number(c: &Comparison, m: &Entry) -> usize {
    c.alignment
        .iter()
        .position(|e| std::ptr::eq(e, m))
        .unwrap_or(0)
}

/// The new text's cover as it prints it, untracked: resdiff does not
/// compare metadata, and a delegate reads the symbol, title and opener
/// before the paragraphs.
fn cover(doc: &Document) -> Vec<Para> {
    let mut out = Vec::new();
    for line in &doc.metadata {
        let style = match line.role {
            MetadataRole::Title => Style::Title,
            MetadataRole::Symbol | MetadataRole::Opener => Style::Cover,
            _ => continue,
        };
        let mut para = Para::new(style, Rev::None);
        para.push_text(Rev::None, &line.text);
        out.push(para);
    }
    out
}
