//! The WordprocessingML of the body and the footnotes (ECMA-376 Part 1,
//! §17.13.5 for the revisions).
//!
//! Text goes through quick-xml's escaping; control characters were made
//! visible before (see [`super::visible`]), as XML 1.0 cannot carry them.
//! Revisions are numbered in document order from one counter, so the same
//! comparison always gives the same bytes.

use std::fmt::Write as _;

use quick_xml::escape::escape;

use super::model::{Content, Note, Para, Piece, Rev};

/// Who made the revisions and when, as `w:author` and `w:date` say it.
pub struct Stamp<'a> {
    /// `w:author`.
    pub author: &'a str,
    /// `w:date` (ISO 8601).
    pub date: &'a str,
}

/// Writes paragraphs and footnotes, numbering revisions as it goes.
pub struct XmlWriter<'a> {
    stamp: &'a Stamp<'a>,
    next_id: usize,
    /// The id of the move range opened last.
    range_start: usize,
    /// Paragraph properties every body paragraph carries (`w:bidi` for a
    /// right-to-left text).
    extra_ppr: &'static str,
}

impl<'a> XmlWriter<'a> {
    /// A writer stamping revisions with `stamp`.
    pub fn new(stamp: &'a Stamp<'a>, right_to_left: bool) -> Self {
        XmlWriter {
            stamp,
            next_id: 1,
            range_start: 0,
            extra_ppr: if right_to_left { "<w:bidi/>" } else { "" },
        }
    }

    fn attrs(&mut self) -> String {
        let id = self.next_id;
        self.next_id += 1;
        format!(
            "w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\"",
            escape(self.stamp.author),
            escape(self.stamp.date)
        )
    }

    /// The body paragraphs, with move ranges around each moved passage.
    pub fn body(&mut self, paras: &[Para]) -> String {
        let mut out = String::with_capacity(paras.len() * 512);
        for (i, p) in paras.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| paras[j].mark);
            let next = paras.get(i + 1).map(|p| p.mark);
            self.paragraph(&mut out, p, prev, next);
        }
        out
    }

    /// One paragraph: `prev` and `next` are the marks of its neighbours,
    /// which say where a move range starts and ends.
    fn paragraph(&mut self, out: &mut String, p: &Para, prev: Option<Rev>, next: Option<Rev>) {
        let _ = write!(
            out,
            "<w:p><w:pPr><w:pStyle w:val=\"{}\"/>{}",
            p.style.id(),
            self.extra_ppr
        );
        if let Some(tag) = tag(p.mark) {
            let attrs = self.attrs();
            let _ = write!(out, "<w:rPr><w:{tag} {attrs}/></w:rPr>");
        }
        out.push_str("</w:pPr>");
        let range = match p.mark {
            Rev::MoveFrom(k) => Some(("moveFrom", k)),
            Rev::MoveTo(k) => Some(("moveTo", k)),
            _ => None,
        };
        if let Some((kind, k)) = range {
            if prev != Some(p.mark) {
                self.range_start = self.next_id;
                let attrs = self.attrs();
                let _ = write!(
                    out,
                    "<w:{kind}RangeStart {attrs} w:name=\"resdiff-move-{k}\"/>"
                );
            }
        }
        self.pieces(out, &p.pieces);
        if let Some((kind, _)) = range {
            if next != Some(p.mark) {
                // The range's end names its start, which a passage over
                // several paragraphs wrote in an earlier one.
                let _ = write!(out, "<w:{kind}RangeEnd w:id=\"{}\"/>", self.range_start);
            }
        }
        out.push_str("</w:p>");
    }

    /// Runs, grouped by revision.
    fn pieces(&mut self, out: &mut String, pieces: &[Piece]) {
        let mut i = 0;
        while i < pieces.len() {
            let rev = pieces[i].rev;
            let end = pieces[i..]
                .iter()
                .position(|p| p.rev != rev)
                .map_or(pieces.len(), |n| i + n);
            let wrapper = tag(rev);
            if let Some(tag) = wrapper {
                let attrs = self.attrs();
                let _ = write!(out, "<w:{tag} {attrs}>");
            }
            let deleted = !matches!(rev, Rev::None | Rev::Ins | Rev::MoveTo(_));
            for p in &pieces[i..end] {
                run(out, &p.content, deleted);
            }
            if let Some(tag) = wrapper {
                let _ = write!(out, "</w:{tag}>");
            }
            i = end;
        }
    }

    /// The footnotes part's notes: the two separators Word expects, then
    /// each footnote.
    pub fn footnotes(&mut self, notes: &[Note]) -> String {
        let mut out = String::from(
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
             <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>",
        );
        for n in notes {
            let _ = write!(
                out,
                "<w:footnote w:id=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"{}\"/>{}</w:pPr>\
                 <w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>",
                n.id,
                n.para.style.id(),
                self.extra_ppr
            );
            self.pieces(&mut out, &n.para.pieces);
            out.push_str("</w:p></w:footnote>");
        }
        out
    }
}

/// The element a revision is written as.
fn tag(rev: Rev) -> Option<&'static str> {
    match rev {
        Rev::None => None,
        Rev::Ins => Some("ins"),
        Rev::Del => Some("del"),
        Rev::MoveFrom(_) => Some("moveFrom"),
        Rev::MoveTo(_) => Some("moveTo"),
    }
}

/// One run. Deleted and moved-away text is `w:delText` (§17.3.3.7).
fn run(out: &mut String, content: &Content, deleted: bool) {
    match content {
        Content::Text(t) => {
            let el = if deleted { "w:delText" } else { "w:t" };
            let _ = write!(
                out,
                "<w:r><{el} xml:space=\"preserve\">{}</{el}></w:r>",
                escape(t.as_str())
            );
        }
        Content::Tab => out.push_str("<w:r><w:tab/></w:r>"),
        Content::Note(id) => {
            let _ = write!(
                out,
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>"
            );
        }
    }
}
