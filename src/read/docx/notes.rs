//! Footnotes and endnotes: the mark each reference shows, and the notes'
//! text in the form the segmenter reads after a `---` rule
//! (`<sup>1</sup> Resolution 217 A (III).`).
//!
//! Word numbers notes in the order their references stand, footnotes and
//! endnotes apart, from `numStart` in the section's or the settings'
//! `numFmt` (footnotes decimal, endnotes lower roman unless told). A
//! reference with `customMarkFollows` shows the mark typed after it. The
//! segmenter takes as markers only numbers and stars; an endnote whose
//! format gives letters (Word's default roman numerals) is numbered on in
//! decimal after the footnotes instead, so that it stays a note.

use super::body::{story_text, NoteKind, NoteRef, Revisions, View};
use super::numbering::format_number;
use super::xml::Element;

/// The parts the notes are read from.
pub struct NoteParts<'a> {
    /// The footnotes part.
    pub footnotes: Option<&'a Element>,
    /// The endnotes part.
    pub endnotes: Option<&'a Element>,
}

/// The notes read.
pub struct Notes {
    /// Each note as a line of the note area, in reference order.
    pub lines: Vec<String>,
    /// Tracked changes met in the notes.
    pub revisions: Revisions,
}

/// The mark each reference shows, in reference order.
pub fn marks(refs: &[NoteRef], section: Option<&Element>) -> Vec<String> {
    let numbering = |props: &str, default_format: &str| {
        let p = section.and_then(|s| s.child(props));
        let format = p
            .and_then(|p| p.child_val("numFmt"))
            .unwrap_or(default_format)
            .to_string();
        let start = p
            .and_then(|p| p.child_val("numStart"))
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(1);
        (format, start)
    };
    let (foot_format, foot_start) = numbering("footnotePr", "decimal");
    let (end_format, end_start) = numbering("endnotePr", "lowerRoman");
    let mut foot = foot_start;
    let mut end = end_start;
    let mut marks = vec![String::new(); refs.len()];
    for (i, r) in refs.iter().enumerate() {
        if r.kind == NoteKind::Footnote {
            marks[i] = mark(r, &mut foot, &foot_format);
        }
    }
    let mut fallback = foot;
    for (i, r) in refs.iter().enumerate() {
        if r.kind == NoteKind::Endnote {
            let m = mark(r, &mut end, &end_format);
            marks[i] = if is_marker(&m) {
                m
            } else {
                mark(r, &mut fallback, "decimal")
            };
        }
    }
    marks
}

fn mark(r: &NoteRef, counter: &mut i64, format: &str) -> String {
    if !r.custom_mark.is_empty() {
        return r.custom_mark.clone();
    }
    let m = format_number(*counter, format);
    *counter = counter.saturating_add(1);
    m
}

/// A mark the segmenter reads as a note marker: up to three digits or
/// stars.
fn is_marker(m: &str) -> bool {
    !m.is_empty()
        && m.len() <= 3
        && (m.bytes().all(|b| b.is_ascii_digit()) || m.bytes().all(|b| b == b'*'))
}

/// A marker as the markdown form writes it.
pub fn marker(mark: &str) -> String {
    format!("<sup>{}</sup>", escape(mark))
}

/// The text of each referenced note, in reference order, as note lines.
pub fn read_notes(parts: &NoteParts, refs: &[NoteRef], marks: &[String], view: View) -> Notes {
    let mut lines = Vec::new();
    let mut revisions = Revisions::default();
    for (r, mark) in refs.iter().zip(marks) {
        let part = match r.kind {
            NoteKind::Footnote => parts.footnotes,
            NoteKind::Endnote => parts.endnotes,
        };
        let Some(note) = part.and_then(|p| {
            p.elements()
                .find(|n| n.attr("id") == Some(r.id.as_str()) && is_note(n))
        }) else {
            continue;
        };
        let (text, met) = story_text(note, view);
        revisions.add(met);
        lines.push(format!("{} {}", marker(mark), escape(&text)));
    }
    Notes { lines, revisions }
}

/// A note proper, not the separator lines Word keeps in the same part.
fn is_note(n: &Element) -> bool {
    matches!(n.name.as_str(), "footnote" | "endnote")
        && n.attr("type").is_none_or(|t| t == "normal")
}

/// Text with the characters markdown would take as markup escaped; a
/// barcode (`*2412313*`) is left as it is, since it is read as one.
pub fn escape(text: &str) -> String {
    if crate::text::shapes::is_barcode(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '#' | '[' | ']' | '`' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(kind: NoteKind, custom: &str) -> NoteRef {
        NoteRef {
            kind,
            id: "2".into(),
            custom_mark: custom.into(),
        }
    }

    #[test]
    fn marks_count_per_kind_in_reference_order() {
        let refs = [
            note(NoteKind::Footnote, ""),
            note(NoteKind::Endnote, ""),
            note(NoteKind::Footnote, "*"),
            note(NoteKind::Footnote, ""),
        ];
        // Roman endnotes would not read as markers: numbered on instead.
        assert_eq!(marks(&refs, None), ["1", "3", "*", "2"]);
    }

    #[test]
    fn section_properties_set_format_and_start() {
        let sect = super::super::xml::parse(
            r#"<sectPr><footnotePr><numFmt val="decimal"/><numStart val="5"/></footnotePr></sectPr>"#,
        )
        .unwrap();
        let refs = [note(NoteKind::Footnote, ""), note(NoteKind::Footnote, "")];
        assert_eq!(marks(&refs, Some(&sect)), ["5", "6"]);
    }

    #[test]
    fn markup_is_escaped_but_barcodes_are_not() {
        assert_eq!(escape("a*b_c [d]"), r"a\*b\_c \[d\]");
        assert_eq!(escape("*2412313*"), "*2412313*");
    }
}
