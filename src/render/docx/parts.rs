//! How one entry's redline is cut into the parts a Word paragraph is made
//! of: text, and paragraph breaks each belonging to the old text, the new
//! text or both.
//!
//! An entry's spans join its paragraphs with `\n`: equal and inserted spans
//! rebuild the new paragraphs, equal and deleted spans the old ones. A
//! break inside an inserted span is a paragraph mark only the new text has
//! (a split), one inside a deleted span a mark only the old text has (a
//! merge). An equal span can hold a break on one side only, where one text
//! ends a paragraph and the other reads on after a space: its two forms are
//! walked word by word to find which.

use crate::types::{Op, Span};

/// One part of an entry, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text in the new form (`new`) and the old (`old`), the two equal
    /// unless the span is an equal one whose old form differs.
    Text {
        /// What the span does.
        op: Op,
        /// The text as the new side has it (empty for a deletion).
        new: String,
        /// The text as the old side has it (empty for an insertion).
        old: String,
    },
    /// A paragraph break on the new side (`Insert`), the old (`Delete`) or
    /// both (`Equal`).
    Break(Op),
}

/// The parts of a redline's spans.
pub fn parts(spans: &[Span]) -> Vec<Part> {
    let mut out = Vec::new();
    for span in spans {
        match span.op {
            Op::Insert => split_breaks(&span.text, Op::Insert, &mut out),
            Op::Delete => split_breaks(&span.text, Op::Delete, &mut out),
            Op::Equal => match span.old_text.as_deref() {
                Some(old) if old != span.text => equal_forms(&span.text, old, &mut out),
                _ => split_breaks(&span.text, Op::Equal, &mut out),
            },
        }
    }
    out
}

/// A one-sided (or identical) text cut at its breaks.
fn split_breaks(text: &str, op: Op, out: &mut Vec<Part>) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(Part::Break(op));
        }
        if !line.is_empty() {
            out.push(text_part(op, line, line));
        }
    }
}

fn text_part(op: Op, new: &str, old: &str) -> Part {
    let (new, old) = match op {
        Op::Insert => (new, ""),
        Op::Delete => ("", old),
        Op::Equal => (new, old),
    };
    Part::Text {
        op,
        new: new.to_string(),
        old: old.to_string(),
    }
}

/// Words and the spaces between them, alternating, spaces first and last
/// (perhaps empty), so that two forms of one text pair up.
fn words_and_gaps(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = true;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() != in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = !in_space;
        }
    }
    out.push(&text[start..]);
    if !in_space {
        out.push("");
    }
    out
}

/// An equal span whose two forms differ (spacing, quotes, a break on one
/// side): walked word by word when both have as many words, so that a
/// break on one side only becomes a one-sided paragraph mark at its place.
fn equal_forms(new: &str, old: &str, out: &mut Vec<Part>) {
    let (n, o) = (words_and_gaps(new), words_and_gaps(old));
    if n.len() != o.len() {
        return equal_fallback(new, old, out);
    }
    let mut pending = (String::new(), String::new());
    for (i, (ns, os)) in n.iter().zip(&o).enumerate() {
        let gap = i % 2 == 0;
        let (nb, ob) = (gap && ns.contains('\n'), gap && os.contains('\n'));
        let brk = match (nb, ob) {
            (true, true) => Some(Op::Equal),
            (true, false) => Some(Op::Insert),
            (false, true) => Some(Op::Delete),
            (false, false) => None,
        };
        let Some(op) = brk else {
            if gap && ns.is_empty() != os.is_empty() {
                // A space one side alone has (beside an edit, mostly):
                // tracked, so that each side reads with its own spacing.
                flush(&mut pending, out);
                let op = if ns.is_empty() {
                    Op::Delete
                } else {
                    Op::Insert
                };
                out.push(text_part(op, ns, os));
                continue;
            }
            pending.0.push_str(ns);
            pending.1.push_str(os);
            continue;
        };
        // The side that reads on keeps its space before the break, so
        // that the joined paragraph reads right; a trailing space at the
        // end of a Word paragraph is not seen.
        let keep = match op {
            Op::Insert => os,
            Op::Delete => ns,
            Op::Equal => "",
        };
        pending.0.push_str(keep);
        pending.1.push_str(keep);
        flush(&mut pending, out);
        out.push(Part::Break(op));
    }
    flush(&mut pending, out);
}

fn flush(pending: &mut (String, String), out: &mut Vec<Part>) {
    if !pending.0.is_empty() || !pending.1.is_empty() {
        out.push(text_part(Op::Equal, &pending.0, &pending.1));
    }
    *pending = (String::new(), String::new());
}

/// Two forms whose words cannot be paired: the new form's breaks are kept
/// (shared as far as the old form has as many, then new-only), the old
/// form's extra breaks come at the end.
fn equal_fallback(new: &str, old: &str, out: &mut Vec<Part>) {
    let old_breaks = old.matches('\n').count();
    let lines: Vec<&str> = new.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let op = if i <= old_breaks {
                Op::Equal
            } else {
                Op::Insert
            };
            out.push(Part::Break(op));
        }
        if !line.is_empty() {
            out.push(text_part(Op::Equal, line, line));
        }
    }
    for _ in lines.len().saturating_sub(1)..old_breaks {
        out.push(Part::Break(Op::Delete));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(op: Op, text: &str, old: Option<&str>) -> Span {
        Span {
            op,
            text: text.into(),
            old_text: old.map(str::to_string),
        }
    }

    fn eq(new: &str, old: &str) -> Part {
        text_part(Op::Equal, new, old)
    }

    #[test]
    fn a_split_is_a_new_only_break_after_the_old_space() {
        let got = parts(&[span(
            Op::Equal,
            "models ;\nto promote",
            Some("models ; to promote"),
        )]);
        assert_eq!(
            got,
            vec![
                eq("models ; ", "models ; "),
                Part::Break(Op::Insert),
                eq("to promote", "to promote")
            ]
        );
    }

    #[test]
    fn a_merge_is_an_old_only_break_after_the_new_space() {
        let got = parts(&[span(Op::Equal, "end. Next", Some("end.\nNext"))]);
        assert_eq!(
            got,
            vec![
                eq("end. ", "end. "),
                Part::Break(Op::Delete),
                eq("Next", "Next")
            ]
        );
    }

    #[test]
    fn breaks_inside_edits_belong_to_their_side() {
        let got = parts(&[
            span(Op::Insert, "new words\nA new paragraph", None),
            span(Op::Delete, "old\n", None),
            span(Op::Equal, "kept\nkept too", None),
        ]);
        assert_eq!(
            got,
            vec![
                text_part(Op::Insert, "new words", ""),
                Part::Break(Op::Insert),
                text_part(Op::Insert, "A new paragraph", ""),
                text_part(Op::Delete, "", "old"),
                Part::Break(Op::Delete),
                eq("kept", "kept"),
                Part::Break(Op::Equal),
                eq("kept too", "kept too"),
            ]
        );
    }

    #[test]
    fn a_space_one_side_alone_has_is_tracked() {
        let got = parts(&[span(Op::Equal, " law", Some("law"))]);
        assert_eq!(got, vec![text_part(Op::Insert, " ", ""), eq("law", "law")]);
        let got = parts(&[span(Op::Equal, "analyse", Some("analyse "))]);
        assert_eq!(
            got,
            vec![eq("analyse", "analyse"), text_part(Op::Delete, "", " ")]
        );
    }

    #[test]
    fn forms_that_cannot_be_paired_keep_every_break() {
        let got = parts(&[span(Op::Equal, "a b", Some("a\nb\nc d"))]);
        let breaks: Vec<&Part> = got.iter().filter(|p| matches!(p, Part::Break(_))).collect();
        assert_eq!(breaks, [&Part::Break(Op::Delete), &Part::Break(Op::Delete)]);
    }
}
