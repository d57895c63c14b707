//! The stories of a Word document (its body, each note, each header)
//! walked into paragraphs of text, in reading order, as one view of the
//! tracked changes shows them.
//!
//! What is read through to its text: runs, hyperlinks, smart tags, custom
//! XML, content controls (`sdt`), simple fields and the result part of
//! complex fields (`fldChar` … `separate` … `end`: the instruction is not
//! text), tables cell by cell, ruby base text, math runs. What is left out:
//! the instruction of a field, hidden text (`vanish`), drawings, comments'
//! anchors, bookmarks and proofing marks.

use super::numbering::NumberingRef;
use super::xml::{is_on, Element};

/// Which text of a document with tracked changes is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// Every change accepted: insertions kept, deletions gone, moved text
    /// at its destination.
    #[default]
    Accepted,
    /// Every change rejected: the text before the changes.
    Original,
}

/// A piece of a paragraph: text, or a note reference by its index in the
/// walk's [`NoteRef`] list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text as shown.
    Text(String),
    /// The note at this index of [`Walk::notes`].
    Note(usize),
}

/// A paragraph as the view shows it.
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    /// Its paragraph style (`pStyle`).
    pub style: Option<String>,
    /// Its own numbering properties.
    pub numbering: NumberingRef,
    /// Its content.
    pub pieces: Vec<Piece>,
}

impl Paragraph {
    /// The paragraph's text without note references.
    pub fn plain_text(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t.as_str()),
                Piece::Note(_) => None,
            })
            .collect()
    }
}

/// Which notes part a reference points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteKind {
    /// `footnoteReference`.
    Footnote,
    /// `endnoteReference`.
    Endnote,
}

/// A note reference met in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    /// Footnote or endnote.
    pub kind: NoteKind,
    /// The note's `id` in its part.
    pub id: String,
    /// A mark typed by the author (`customMarkFollows`), else empty: the
    /// note is numbered automatically.
    pub custom_mark: String,
}

/// The tracked changes met, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Revisions {
    /// Inserted runs or paragraph marks.
    pub insertions: usize,
    /// Deleted runs or paragraph marks.
    pub deletions: usize,
    /// Moved runs (counted at their destination).
    pub moves: usize,
    /// Changed formatting (run, paragraph, section, table properties).
    pub formatting: usize,
}

impl Revisions {
    /// Whether there were any.
    pub fn any(&self) -> bool {
        self.insertions + self.deletions + self.moves + self.formatting > 0
    }

    /// Counts those of another walk too.
    pub fn add(&mut self, more: Revisions) {
        self.insertions += more.insertions;
        self.deletions += more.deletions;
        self.moves += more.moves;
        self.formatting += more.formatting;
    }
}

/// A walk over one or more stories.
#[derive(Debug, Default)]
pub struct Walk {
    view: View,
    /// Paragraphs finished, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Note references in the order met.
    pub notes: Vec<NoteRef>,
    /// Tracked changes met.
    pub revisions: Revisions,
    current: Paragraph,
    /// Content of paragraphs whose mark the view removes: it joins the
    /// next paragraph, whose properties the joined paragraph takes (as
    /// Word does when a paragraph mark is deleted).
    carried: Vec<Piece>,
    /// For each open complex field, whether its result is being read.
    fields: Vec<bool>,
    /// Text of the current run is a custom note mark.
    custom_mark: Option<usize>,
}

impl Walk {
    /// A walk reading this view.
    pub fn new(view: View) -> Self {
        Walk {
            view,
            ..Walk::default()
        }
    }

    /// Reads a story's block-level content (`body`, `footnote`, `hdr`,
    /// `tc`, `sdtContent`) and finishes its last paragraph.
    pub fn story(&mut self, container: &Element) {
        self.blocks(container);
        self.flush_carried();
        self.fields.clear();
    }

    fn blocks(&mut self, container: &Element) {
        for e in container.elements() {
            match e.name.as_str() {
                "p" => self.paragraph(e),
                "tbl" => self.table(e),
                "sdt" => {
                    if let Some(c) = e.child("sdtContent") {
                        self.blocks(c);
                    }
                }
                "customXml" | "smartTag" | "sdtContent" => self.blocks(e),
                // The guard counts the revision whether it is shown or not.
                "ins" | "moveTo" | "del" | "moveFrom" if self.revision_shown(e) => self.blocks(e),
                _ => {}
            }
        }
    }

    fn table(&mut self, tbl: &Element) {
        for row in tbl.elements().filter(|e| e.name == "tr") {
            if !self.row_shown(row) {
                continue;
            }
            for cell in row.elements() {
                match cell.name.as_str() {
                    "tc" => {
                        self.blocks(cell);
                        self.flush_carried();
                    }
                    // A content control or custom XML around cells.
                    "sdt" | "customXml" => {
                        let inner = cell.child("sdtContent").unwrap_or(cell);
                        for tc in inner.elements().filter(|c| c.name == "tc") {
                            self.blocks(tc);
                            self.flush_carried();
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn row_shown(&mut self, row: &Element) -> bool {
        let Some(props) = row.child("trPr") else {
            return true;
        };
        match props
            .elements()
            .find(|e| matches!(e.name.as_str(), "ins" | "del"))
        {
            Some(revision) => self.revision_shown(revision),
            None => true,
        }
    }

    fn paragraph(&mut self, p: &Element) {
        let props = p.child("pPr");
        let mut shown_props = props;
        if let Some(change) = props.and_then(|pp| pp.child("pPrChange")) {
            self.revisions.formatting += 1;
            if self.view == View::Original {
                shown_props = change.child("pPr");
            }
        }
        let mut para = Paragraph {
            style: shown_props
                .and_then(|pp| pp.child_val("pStyle"))
                .map(str::to_string),
            numbering: shown_props
                .and_then(|pp| pp.child("numPr"))
                .map(NumberingRef::from_num_pr)
                .unwrap_or_default(),
            pieces: std::mem::take(&mut self.carried),
        };
        std::mem::swap(&mut self.current, &mut para);
        self.inline(p);
        let para = std::mem::replace(&mut self.current, para);
        if self.mark_removed(props) {
            self.carried = para.pieces;
        } else {
            self.paragraphs.push(para);
        }
    }

    /// Whether the view removes the paragraph's mark, joining it to the
    /// next paragraph.
    fn mark_removed(&mut self, props: Option<&Element>) -> bool {
        let Some(mark) = props.and_then(|p| p.child("rPr")) else {
            return false;
        };
        let mut removed = false;
        for e in mark.elements() {
            if matches!(e.name.as_str(), "ins" | "moveTo" | "del" | "moveFrom") {
                removed |= !self.revision_shown(e);
            }
        }
        removed
    }

    fn flush_carried(&mut self) {
        if !self.carried.is_empty() {
            let pieces = std::mem::take(&mut self.carried);
            self.paragraphs.push(Paragraph {
                pieces,
                ..Paragraph::default()
            });
        }
    }

    /// Counts a revision (`ins`, `del`, `moveTo`, `moveFrom`) and says
    /// whether the view shows what it marks: insertions and destinations
    /// when changes are accepted, deletions and sources when rejected.
    fn revision_shown(&mut self, e: &Element) -> bool {
        match e.name.as_str() {
            "ins" => self.revisions.insertions += 1,
            "del" => self.revisions.deletions += 1,
            "moveTo" => self.revisions.moves += 1,
            _ => {}
        }
        let inserted = matches!(e.name.as_str(), "ins" | "moveTo");
        inserted == (self.view == View::Accepted)
    }

    /// Paragraph content: runs and the elements that wrap them.
    fn inline(&mut self, parent: &Element) {
        for e in parent.elements() {
            match e.name.as_str() {
                "r" => self.run(e),
                "hyperlink" | "smartTag" | "customXml" | "fldSimple" | "dir" | "bdo" => {
                    self.inline(e)
                }
                "sdt" => {
                    if let Some(c) = e.child("sdtContent") {
                        self.inline(c);
                    }
                }
                // The guard counts the revision whether it is shown or not.
                "ins" | "moveTo" | "del" | "moveFrom" if self.revision_shown(e) => self.inline(e),
                // Office Math: its runs hold text like a paragraph's.
                "oMath" | "oMathPara" | "e" | "num" | "den" | "sub" | "sup" | "fName" | "lim"
                | "deg" => self.inline(e),
                _ => {}
            }
        }
    }

    fn run(&mut self, r: &Element) {
        let props = r.child("rPr");
        if props.is_some_and(|p| p.child("rPrChange").is_some()) {
            self.revisions.formatting += 1;
        }
        let hidden = is_on(props.and_then(|p| p.child("vanish")));
        for e in r.elements() {
            match e.name.as_str() {
                "fldChar" => self.field_char(e),
                _ if hidden || !self.fields.iter().all(|&showing| showing) => {}
                "t" => self.text(&e.text()),
                "delText" if self.view == View::Original => self.text(&e.text()),
                "tab" | "ptab" => self.text(" "),
                "br" | "cr" if e.attr("type").is_none_or(|t| t == "textWrapping") => self.text(" "),
                "noBreakHyphen" => self.text("\u{2011}"),
                "sym" => self.symbol(e),
                "footnoteReference" | "endnoteReference" => self.note(e),
                "ruby" => {
                    if let Some(base) = e.child("rubyBase") {
                        self.inline(base);
                    }
                }
                "drawing" | "pict" | "object" | "AlternateContent" => self.text_box(e),
                _ => {}
            }
        }
        self.custom_mark = None;
    }

    /// A text box's paragraphs, read where the box is anchored, before the
    /// paragraph that anchors it. A box is written twice (a DrawingML
    /// choice and a VML fallback): only the first copy is read.
    fn text_box(&mut self, e: &Element) {
        let Some(content) = first_text_box(e) else {
            return;
        };
        let anchoring = std::mem::take(&mut self.current);
        let carried = std::mem::take(&mut self.carried);
        self.blocks(content);
        self.flush_carried();
        self.current = anchoring;
        self.carried = carried;
    }

    fn field_char(&mut self, e: &Element) {
        match e.attr("fldCharType") {
            Some("begin") => self.fields.push(false),
            Some("separate") => {
                if let Some(last) = self.fields.last_mut() {
                    *last = true;
                }
            }
            Some("end") => {
                self.fields.pop();
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        if let Some(i) = self.custom_mark {
            self.notes[i].custom_mark.push_str(t.trim());
            return;
        }
        match self.current.pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(t),
            _ => self.current.pieces.push(Piece::Text(t.to_string())),
        }
    }

    /// A symbol-font character: those in the private use area stand for
    /// glyphs of that font and are left out.
    fn symbol(&mut self, e: &Element) {
        let c = e
            .attr("char")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        if let Some(c) = c.filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c)) {
            self.text(c.encode_utf8(&mut [0; 4]));
        }
    }

    fn note(&mut self, e: &Element) {
        let kind = if e.name == "footnoteReference" {
            NoteKind::Footnote
        } else {
            NoteKind::Endnote
        };
        self.notes.push(NoteRef {
            kind,
            id: e.attr("id").unwrap_or_default().to_string(),
            custom_mark: String::new(),
        });
        let index = self.notes.len() - 1;
        if is_on_attr(e.attr("customMarkFollows")) {
            self.custom_mark = Some(index);
        }
        self.current.pieces.push(Piece::Note(index));
    }
}

fn is_on_attr(v: Option<&str>) -> bool {
    matches!(v, Some("1" | "true" | "on"))
}

fn first_text_box(e: &Element) -> Option<&Element> {
    if e.name == "txbxContent" {
        return Some(e);
    }
    e.elements().find_map(first_text_box)
}

/// Runs of white space as one space: a line of the markdown form is one
/// paragraph, whatever tabs and breaks it held.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A story read on its own (a note, a comment): its paragraphs' text
/// joined by spaces, and the tracked changes met in it.
pub fn story_text(story: &Element, view: View) -> (String, Revisions) {
    let mut walk = Walk::new(view);
    walk.story(story);
    let text: Vec<String> = walk
        .paragraphs
        .iter()
        .map(|p| squeeze(&p.plain_text()))
        .filter(|t| !t.is_empty())
        .collect();
    (text.join(" "), walk.revisions)
}
