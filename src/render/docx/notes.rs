//! Footnotes: where their references go in the body, and what each
//! footnote holds.
//!
//! A reference stands where its text printed the marker. The new text's
//! markers are placed through the new side of the redline, the old text's
//! through the old side. A footnote both texts have is referenced once
//! where its marker stands in words both texts share; where the words
//! around it changed, the new reference is inserted and the old one
//! deleted. Each reference has its own footnote (Word's rule): the one the
//! new text keeps holds the footnote's redline, with its insertions and
//! deletions; one only the old text keeps holds the old footnote as it was,
//! so that each edit of a footnote is written once.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{Note, Para, Rev, Side, Style};
use super::parts::{parts, Part};
use crate::types::{Comparison, Entry, NoteRef, Op, Paragraph};

/// The markers of the paragraphs being written, not placed yet.
pub struct NoteMarks<'a> {
    /// Footnote entries whose new marker stands in text both texts share
    /// (first) and whose old marker does (second): such a marker is
    /// referenced once, untracked, and serves both texts.
    pub shared: [BTreeSet<usize>; 2],
    new: Vec<&'a NoteRef>,
    new_pos: usize,
    old: Vec<&'a NoteRef>,
    old_pos: usize,
}

impl<'a> NoteMarks<'a> {
    /// The markers of an entry's first new and first old paragraph.
    pub fn new(new: Option<&'a Paragraph>, old: Option<&'a Paragraph>) -> Self {
        let mut marks = NoteMarks {
            shared: [BTreeSet::new(), BTreeSet::new()],
            new: Vec::new(),
            new_pos: 0,
            old: Vec::new(),
            old_pos: 0,
        };
        marks.next_new(new);
        marks.next_old(old);
        marks
    }

    /// Moves on to the entry's next new paragraph.
    pub fn next_new(&mut self, p: Option<&'a Paragraph>) {
        self.new = markers(p);
        self.new_pos = 0;
    }

    /// Moves on to the entry's next old paragraph.
    pub fn next_old(&mut self, p: Option<&'a Paragraph>) {
        self.old = markers(p);
        self.old_pos = 0;
    }
}

/// A paragraph's markers, last first (so that placing one pops it).
fn markers(p: Option<&Paragraph>) -> Vec<&NoteRef> {
    let mut out: Vec<&NoteRef> = p.map(|p| p.notes.iter().collect()).unwrap_or_default();
    out.sort_by_key(|n| std::cmp::Reverse(n.offset));
    out
}

/// The footnotes of the redline, made as their references are placed.
pub struct Notes<'a> {
    entries: &'a [Entry],
    by_new: BTreeMap<&'a str, usize>,
    by_old: BTreeMap<&'a str, usize>,
    referenced: Vec<bool>,
    /// The footnotes made so far, ids from 1.
    pub list: Vec<Note>,
}

/// A reference to place inside a text: where, with which revision, to
/// which footnote entry.
struct Cut {
    at: usize,
    rev: Rev,
    entry: usize,
}

impl<'a> Notes<'a> {
    /// The footnote entries of a comparison, found by their marks.
    pub fn new(c: &'a Comparison) -> Self {
        let mut by_new = BTreeMap::new();
        let mut by_old = BTreeMap::new();
        for (i, e) in c.footnotes.iter().enumerate() {
            for m in &e.new {
                by_new.entry(m.as_str()).or_insert(i);
            }
            for m in &e.old {
                by_old.entry(m.as_str()).or_insert(i);
            }
        }
        Notes {
            entries: &c.footnotes,
            by_new,
            by_old,
            referenced: vec![false; c.footnotes.len()],
            list: Vec::new(),
        }
    }

    /// Writes a text part with the references whose markers fall in it.
    /// `lens` are the part's lengths on the new and the old side, `op` what
    /// it does.
    #[allow(clippy::too_many_arguments)]
    pub fn write_text(
        &mut self,
        para: &mut Para,
        marks: &mut NoteMarks<'a>,
        side: Side,
        rev: Rev,
        shown: &str,
        lens: [usize; 2],
        op: Op,
    ) {
        let mut cuts = Vec::new();
        if op != Op::Delete && !matches!(side, Side::From(_)) {
            let end = marks.new_pos + lens[0];
            self.take(marks, true, end, rev, &mut cuts);
        }
        if op != Op::Insert && !matches!(side, Side::To(_)) {
            let end = marks.old_pos + lens[1];
            self.take(marks, false, end, rev, &mut cuts);
        }
        marks.new_pos += lens[0];
        marks.old_pos += lens[1];
        cuts.sort_by_key(|c| c.at);
        let mut from = 0;
        for cut in cuts {
            let mut at = cut.at.clamp(from, shown.len());
            while !shown.is_char_boundary(at) {
                at += 1;
            }
            para.push_text(rev, &shown[from..at]);
            self.reference(para, cut);
            from = at;
        }
        para.push_text(rev, &shown[from..]);
    }

    /// The references of one side's markers up to `end` (bytes into the
    /// paragraph), positioned in the part that starts at the side's
    /// position.
    fn take(
        &self,
        marks: &mut NoteMarks<'a>,
        new: bool,
        end: usize,
        rev: Rev,
        cuts: &mut Vec<Cut>,
    ) {
        let (pending, pos) = if new {
            (&mut marks.new, marks.new_pos)
        } else {
            (&mut marks.old, marks.old_pos)
        };
        while let Some(n) = pending.last().filter(|n| n.offset <= end) {
            let at = n.offset.saturating_sub(pos);
            cuts.extend(self.cut(new, &n.mark, at, rev, &marks.shared));
            pending.pop();
        }
    }

    /// Places the markers of a paragraph that no text part reached, at its
    /// end: `new` says which side's paragraph ends.
    pub fn flush(&mut self, para: &mut Para, marks: &mut NoteMarks<'a>, side: Side, new: bool) {
        let shows = if new {
            !matches!(side, Side::From(_))
        } else {
            !matches!(side, Side::To(_))
        };
        if shows {
            let mut cuts = Vec::new();
            self.take(marks, new, usize::MAX, side_rev(side, Op::Equal), &mut cuts);
            for cut in cuts {
                self.reference(para, cut);
            }
        }
        if new {
            marks.new.clear();
        } else {
            marks.old.clear();
        }
    }

    /// The reference of one side's marker (`new`, else old), or none where
    /// the other side's serves. A new marker is referenced as the text
    /// around it is, unless its old marker stands in shared text and serves
    /// both. An old marker is left to the new one where that stands in
    /// shared text; serves both where it alone does and the footnote lives
    /// on; else is referenced as deleted.
    fn cut(
        &self,
        new: bool,
        mark: &str,
        at: usize,
        rev: Rev,
        shared: &[BTreeSet<usize>; 2],
    ) -> Option<Cut> {
        let by = if new { &self.by_new } else { &self.by_old };
        let entry = *by.get(mark)?;
        let e = &self.entries[entry];
        let (own, other) = if new { (0, 1) } else { (1, 0) };
        let other_serves = shared[other].contains(&entry) && !shared[own].contains(&entry);
        if (new && rev == Rev::Ins && other_serves) || (!new && shared[0].contains(&entry)) {
            return None;
        }
        let only_here = if new {
            e.old.is_empty()
        } else {
            e.new.is_empty()
        };
        let rev = match rev {
            Rev::None if only_here && new => Rev::Ins,
            Rev::None if only_here => Rev::Del,
            rev => rev,
        };
        Some(Cut { at, rev, entry })
    }

    /// The footnote entries whose marker in the paragraphs `paras` of one
    /// side (`new`, else old) falls in text both texts share: found before
    /// the walk, as an old marker can come before its new one.
    pub fn shared(&self, parts: &[Part], paras: &[&Paragraph], new: bool) -> BTreeSet<usize> {
        let by = if new { &self.by_new } else { &self.by_old };
        let other = if new { Op::Delete } else { Op::Insert };
        let mut out = BTreeSet::new();
        let (mut at, mut pos) = (0, 0);
        let mut pending = markers(paras.first().copied());
        let mut place = |pending: &mut Vec<&NoteRef>, end: usize, shared: bool| {
            while let Some(m) = pending.last().filter(|m| m.offset <= end) {
                if let Some(&entry) = by.get(m.mark.as_str()).filter(|_| shared) {
                    out.insert(entry);
                }
                pending.pop();
            }
        };
        for part in parts {
            match part {
                Part::Text { op, new: n, old: o } if *op != other => {
                    pos += if new { n.len() } else { o.len() };
                    place(&mut pending, pos, *op == Op::Equal);
                }
                Part::Break(op) if *op != other => {
                    place(&mut pending, usize::MAX, true);
                    at += 1;
                    pending = markers(paras.get(at).copied());
                    pos = 0;
                }
                _ => {}
            }
        }
        place(&mut pending, usize::MAX, true);
        out
    }

    /// Places a reference and makes its footnote.
    fn reference(&mut self, para: &mut Para, cut: Cut) {
        let id = self.list.len() + 1;
        let e = &self.entries[cut.entry];
        self.referenced[cut.entry] = true;
        let kept_on_accept = matches!(cut.rev, Rev::None | Rev::Ins | Rev::MoveTo(_));
        let mut note = Para::new(Style::Note, Rev::None);
        for part in parts(&e.diff) {
            let (op, text) = match &part {
                Part::Text { op, new, old } => (*op, if *op == Op::Delete { old } else { new }),
                Part::Break(_) => {
                    note.push_text(Rev::None, " ");
                    continue;
                }
            };
            if kept_on_accept || e.new.is_empty() {
                note.push_text(side_rev(Side::Both, op), text);
            } else if let Part::Text { op: o, old, .. } = &part {
                // The old footnote as it was: the new one holds the edits.
                if *o != Op::Insert {
                    note.push_text(Rev::None, old);
                }
            }
        }
        self.list.push(Note { id, para: note });
        para.push_note(cut.rev, id);
    }

    /// References the footnotes no paragraph referenced, at the end of the
    /// last paragraph, so that no footnote is lost.
    pub fn unreferenced(&mut self, para: &mut Para) {
        for entry in 0..self.entries.len() {
            if self.referenced[entry] {
                continue;
            }
            let rev = if self.entries[entry].new.is_empty() {
                Rev::Del
            } else {
                Rev::None
            };
            self.reference(para, Cut { at: 0, rev, entry });
        }
    }
}

/// The revision of `op` seen from a side, `None` where the side does not
/// show it.
fn side_rev(side: Side, op: Op) -> Rev {
    side.rev(op).unwrap_or(Rev::None)
}
