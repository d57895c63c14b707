//! Footnote markers put back in the text of a redline, so that a reader
//! sees which paragraph cites a footnote: the markers segmenting took out
//! of each paragraph (with their places) are set into the entry's spans as
//! sentinels, which survive the space placement of [`super::edges`] as
//! parts of the word they follow, and each renderer then writes them its
//! way: the page as superscripts linked to the footnote's change.

use std::collections::{BTreeMap, HashMap};

use crate::types::{Comparison, Document, Entry, Op, Span};

/// Opens a marker of the new text. Noncharacters, which no document
/// holds, so that a sentinel can never be taken from the text.
pub const OPEN_NEW: char = '\u{FDD0}';
/// Opens a marker of the old text.
pub const OPEN_OLD: char = '\u{FDD2}';
/// Closes a marker.
pub const CLOSE: char = '\u{FDD1}';

/// The footnote markers of one document's paragraphs, by paragraph id.
type MarksById<'d> = HashMap<&'d str, &'d [crate::types::NoteRef]>;

/// Where the markers of both texts stand, and which footnote entry each
/// mark belongs to.
pub struct NoteMarks<'c> {
    old: MarksById<'c>,
    new: MarksById<'c>,
    /// Footnote entry index by old mark, and by new mark.
    entry_by_old: BTreeMap<&'c str, usize>,
    entry_by_new: BTreeMap<&'c str, usize>,
    footnotes: &'c [Entry],
}

impl<'c> NoteMarks<'c> {
    /// Indexes the markers of a comparison's two texts.
    pub fn of(c: &'c Comparison) -> Self {
        let marks = |d: &'c Document| -> MarksById<'c> {
            d.paragraphs
                .iter()
                .filter(|p| !p.notes.is_empty())
                .map(|p| (p.id.as_str(), p.notes.as_slice()))
                .collect()
        };
        let mut entry_by_old = BTreeMap::new();
        let mut entry_by_new = BTreeMap::new();
        for (k, e) in c.footnotes.iter().enumerate() {
            for m in &e.old {
                entry_by_old.insert(m.as_str(), k);
            }
            for m in &e.new {
                entry_by_new.insert(m.as_str(), k);
            }
        }
        NoteMarks {
            old: marks(&c.old),
            new: marks(&c.new),
            entry_by_old,
            entry_by_new,
            footnotes: &c.footnotes,
        }
    }

    /// The footnote entry a marker of the new text (`new`) or of the old
    /// one refers to.
    pub fn entry(&self, mark: &str, new: bool) -> Option<&'c Entry> {
        let by = if new {
            &self.entry_by_new
        } else {
            &self.entry_by_old
        };
        by.get(mark).map(|&k| &self.footnotes[k])
    }

    /// The entry's spans with the markers of its paragraphs set in at
    /// their places: the new text's into equal and inserted spans, the old
    /// text's into deleted spans and the old form of equal spans.
    pub fn mark_spans(&self, e: &Entry) -> Vec<Span> {
        let places = |ids: &[String], by: &MarksById<'_>, open: char, new: bool| {
            let lengths = paragraph_lengths(e, new);
            let mut base = 0;
            let mut out: Vec<(usize, String)> = Vec::new();
            for (k, id) in ids.iter().enumerate() {
                if let Some(notes) = by.get(id.as_str()) {
                    out.extend(
                        notes
                            .iter()
                            .map(|n| (base + n.offset, format!("{open}{}{CLOSE}", n.mark))),
                    );
                }
                // The paragraphs of a side are joined by one line break.
                base += lengths.get(k).copied().unwrap_or(0) + 1;
            }
            out
        };
        let new_places = places(&e.new, &self.new, OPEN_NEW, true);
        let old_places = places(&e.old, &self.old, OPEN_OLD, false);
        if new_places.is_empty() && old_places.is_empty() {
            return e.diff.clone();
        }
        let mut new_at = Cursor::new(&new_places);
        let mut old_at = Cursor::new(&old_places);
        e.diff
            .iter()
            .map(|s| match s.op {
                Op::Equal => {
                    let old = s.old_text.as_deref().unwrap_or(&s.text);
                    let old_marked = old_at.set_into(old);
                    let text = new_at.set_into(&s.text);
                    let old_text =
                        (old_marked != old || s.old_text.is_some()).then_some(old_marked);
                    Span {
                        op: s.op,
                        text,
                        old_text,
                    }
                }
                Op::Insert => Span {
                    op: s.op,
                    text: new_at.set_into(&s.text),
                    old_text: None,
                },
                Op::Delete => Span {
                    op: s.op,
                    text: old_at.set_into(&s.text),
                    old_text: None,
                },
            })
            .collect()
    }
}

/// The lengths of the paragraphs of an entry's new side (`new`) or old
/// side: the side's spans cut at their line breaks.
fn paragraph_lengths(e: &Entry, new: bool) -> Vec<usize> {
    let side: String = e
        .diff
        .iter()
        .filter_map(|s| match (s.op, new) {
            (Op::Equal, true) | (Op::Insert, true) | (Op::Delete, false) => Some(s.text.as_str()),
            (Op::Equal, false) => Some(s.old_text.as_deref().unwrap_or(&s.text)),
            _ => None,
        })
        .collect();
    side.split('\n').map(str::len).collect()
}

/// Walks one side's text span by span, setting the markers whose places
/// fall in each span. A marker at a span's end goes with that span: it
/// follows the word the span ends with.
struct Cursor<'p> {
    places: &'p [(usize, String)],
    next: usize,
    at: usize,
}

impl<'p> Cursor<'p> {
    fn new(places: &'p [(usize, String)]) -> Self {
        Cursor {
            places,
            next: 0,
            at: 0,
        }
    }

    fn set_into(&mut self, text: &str) -> String {
        let end = self.at + text.len();
        let mut out = String::with_capacity(text.len() + 8);
        let mut from = 0;
        while let Some((place, mark)) = self.places.get(self.next) {
            if *place > end {
                break;
            }
            let cut = place.saturating_sub(self.at).min(text.len());
            let cut = (cut..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            if cut >= from {
                out.push_str(&text[from..cut]);
                from = cut;
            }
            out.push_str(mark);
            self.next += 1;
        }
        out.push_str(&text[from..]);
        self.at = end;
        out
    }
}

/// The sentinels of `marked` (text already escaped for its output) each
/// replaced by what `write` makes of the mark and its side (`true` for the
/// new text).
pub fn replace_marks(marked: &str, mut write: impl FnMut(&mut String, &str, bool)) -> String {
    if !marked.contains([OPEN_NEW, OPEN_OLD]) {
        return marked.to_string();
    }
    let mut out = String::with_capacity(marked.len() + 64);
    let mut rest = marked;
    while let Some(at) = rest.find([OPEN_NEW, OPEN_OLD]) {
        out.push_str(&rest[..at]);
        let new = rest[at..].starts_with(OPEN_NEW);
        let after = &rest[at + OPEN_NEW.len_utf8()..];
        let end = after.find(CLOSE).unwrap_or(after.len());
        write(&mut out, &after[..end], new);
        rest = after.get(end + CLOSE.len_utf8()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The text with its sentinels dropped, marks and all.
pub fn drop_marks(marked: &str) -> String {
    replace_marks(marked, |_, _, _| {})
}

/// A mark as a superscript in plain text: digits as superscript digits
/// (`4` → `⁴`), any other mark (`*`) as printed.
pub fn superscript(mark: &str) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    mark.chars()
        .map(|c| c.to_digit(10).map_or(c, |d| DIGITS[d as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Status;

    fn span(op: Op, text: &str) -> Span {
        Span {
            op,
            text: text.into(),
            old_text: None,
        }
    }

    #[test]
    fn markers_go_back_after_the_word_they_followed_on_each_side() {
        let old = "The General Assembly,\n\nNoting the report,1 and acting.\n\n__________________\n\n1 A/79/1.\n";
        let new = "The General Assembly,\n\nNoting the reports,1 and acting.\n\n__________________\n\n1 A/79/1.\n";
        let c = crate::compare::compare(
            crate::parse_text("old.txt", old, None),
            crate::parse_text("new.txt", new, None),
            &crate::CompareOptions::default(),
        );
        let e = &c.alignment[0];
        assert_eq!(e.status, Status::Changed);
        let marked = NoteMarks::of(&c).mark_spans(e);
        let new_side: String = marked
            .iter()
            .filter(|s| s.op != Op::Delete)
            .map(|s| s.text.as_str())
            .collect();
        let shown = replace_marks(&new_side, |out, m, _| out.push_str(&superscript(m)));
        assert_eq!(shown, "Noting the reports,¹ and acting.");
        let old_side: String = marked
            .iter()
            .filter(|s| s.op != Op::Insert)
            .map(|s| s.old_text.as_deref().unwrap_or(&s.text))
            .collect();
        assert_eq!(drop_marks(&old_side), "Noting the report, and acting.");
        assert!(old_side.contains(OPEN_OLD));
    }

    #[test]
    fn a_redline_without_markers_is_left_as_it_is() {
        assert_eq!(replace_marks("plain", |_, _, _| unreachable!()), "plain");
        assert_eq!(superscript("12"), "¹²");
        assert_eq!(superscript("*"), "*");
        let _ = span(Op::Equal, "");
    }
}
