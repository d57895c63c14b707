//! What the renderers say of routine and substantive changes: the note
//! beside an entry ("substantive: wording", "routine: session-ordinal"),
//! its strength shifts ("strengthened: Encourages → Urges"), the counts
//! line ("12 substantive, 7 routine, 2 strengthened"), and the HTML pieces:
//! a mark beside each paragraph and a summary that lists substantive
//! changes first and every strength shift.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::lang::SubstanceLabels;
use crate::types::{Comparison, Direction, Entry, Shift, Substance, Summary};

/// The English words, which the terminal, Markdown and JSON use (and the
/// names of the page's classes).
fn english() -> &'static SubstanceLabels {
    crate::lang::Language("en").rules().labels.substance
}

/// "substantive" or "routine".
pub fn substance_name(s: Substance) -> &'static str {
    kind_word(s, english())
}

fn kind_word(s: Substance, l: &'static SubstanceLabels) -> &'static str {
    match s {
        Substance::Substantive => l.kinds[0],
        Substance::Routine => l.kinds[1],
    }
}

/// "strengthened" or "weakened".
pub fn direction_name(d: Direction) -> &'static str {
    direction_word(d, english())
}

fn direction_word(d: Direction, l: &'static SubstanceLabels) -> &'static str {
    match d {
        Direction::Strengthened => l.shifts[0],
        Direction::Weakened => l.shifts[1],
    }
}

/// "substantive: wording, strength", or none for an unchanged entry.
pub fn entry_note(e: &Entry) -> Option<String> {
    entry_note_in(e, english())
}

/// [`entry_note`] in the words `l` of the page's language.
fn entry_note_in(e: &Entry, l: &'static SubstanceLabels) -> Option<String> {
    let s = e.substance?;
    let reasons: Vec<&str> = e.reasons.iter().map(|&r| l.reasons[r as usize]).collect();
    Some(if reasons.is_empty() {
        kind_word(s, l).to_string()
    } else {
        format!("{}: {}", kind_word(s, l), reasons.join(", "))
    })
}

/// "strengthened: Encourages → Urges".
pub fn shift_text(s: &Shift) -> String {
    shift_text_in(s, english())
}

fn shift_text_in(s: &Shift, l: &'static SubstanceLabels) -> String {
    format!("{}: {} → {}", direction_word(s.direction, l), s.old, s.new)
}

/// "12 substantive, 7 routine, 2 strengthened" (and the weakened when
/// there are some); none when no paragraph changed.
pub fn counts_text(s: &Summary) -> Option<String> {
    counts_text_in(s, english())
}

fn counts_text_in(s: &Summary, l: &'static SubstanceLabels) -> Option<String> {
    if s.substantive + s.routine == 0 {
        return None;
    }
    let mut line = format!(
        "{} {}, {} {}, {} {}",
        s.substantive, l.kinds[0], s.routine, l.kinds[1], s.strengthened, l.shifts[0]
    );
    if s.weakened > 0 {
        let _ = write!(line, ", {} {}", s.weakened, l.shifts[1]);
    }
    Some(line)
}

/// The page's style for the marks below.
pub const CSS: &str = r#"
.substance { font-family: Arial, Helvetica, sans-serif; font-size: .8em; margin-left: .6em; padding: 0 .35em; border: 1px solid #555; border-radius: .2em; }
.substance.routine { color: #555; border-style: dotted; }
.substance.substantive { font-weight: bold; }
.shift { font-family: Arial, Helvetica, sans-serif; font-size: .8em; margin-left: .6em; font-weight: bold; }
.shift.strengthened::before { content: "▲ "; }
.shift.weakened::before { content: "▼ "; }
.routine-line { font-family: Arial, Helvetica, sans-serif; font-size: .85em; color: #555; margin: .6em 0; }
"#;

/// The marks beside a paragraph's label: its substance and reasons, then
/// each strength shift.
pub fn marks_html(e: &Entry, l: &'static SubstanceLabels) -> String {
    let mut out = String::new();
    if let (Some(s), Some(note)) = (e.substance, entry_note_in(e, l)) {
        let _ = write!(
            out,
            " <span class=\"substance {}\">{}</span>",
            substance_name(s),
            text(&note)
        );
    }
    for s in &e.shifts {
        let _ = write!(
            out,
            " <span class=\"shift {}\" data-ladder=\"{}\">{}</span>",
            direction_name(s.direction),
            attr(s.ladder),
            text(&shift_text_in(s, l))
        );
    }
    out
}

/// The one line a routine entry is folded into under `--substantive`.
pub fn routine_line_html(
    e: &Entry,
    label: &str,
    anchor: &str,
    l: &'static SubstanceLabels,
) -> String {
    format!(
        "<p class=\"routine-line\" id=\"{}\">{} {}</p>\n",
        attr(anchor),
        text(label),
        text(&entry_note_in(e, l).unwrap_or_default())
    )
}

/// The summary's part on substance: the counts line, the substantive
/// changes then the routine ones (links to their paragraphs), and every
/// strength shift. `link` gives an entry's anchor and label.
pub fn summary_html(
    c: &Comparison,
    l: &'static SubstanceLabels,
    link: impl Fn(&Entry) -> (String, String),
) -> String {
    let Some(counts) = counts_text_in(&c.summary, l) else {
        return String::new();
    };
    let mut out = format!(
        "<section class=\"substance-summary\">\n<p class=\"substance-counts\">{}</p>\n",
        text(&counts)
    );
    for kind in [Substance::Substantive, Substance::Routine] {
        let entries: Vec<&Entry> = c
            .alignment
            .iter()
            .filter(|e| e.substance == Some(kind))
            .collect();
        if entries.is_empty() {
            continue;
        }
        let _ = write!(out, "<p>{}:", kind_word(kind, l));
        for (k, e) in entries.iter().enumerate() {
            let (anchor, label) = link(e);
            let sep = if k == 0 { " " } else { ", " };
            let _ = write!(
                out,
                "{sep}<a href=\"#{}\">{}</a>",
                attr(&anchor),
                text(&label)
            );
        }
        out.push_str("</p>\n");
    }
    let shifts: Vec<(&Entry, &Shift)> = c
        .alignment
        .iter()
        .flat_map(|e| e.shifts.iter().map(move |s| (e, s)))
        .collect();
    if !shifts.is_empty() {
        out.push_str("<ul class=\"shifts\">\n");
        for (e, s) in shifts {
            let (anchor, label) = link(e);
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}</a> <span class=\"shift {}\">{}</span></li>",
                attr(&anchor),
                text(&label),
                direction_name(s.direction),
                text(&shift_text_in(s, l))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Reason;

    /// The language tables list the reasons in the enum's order: the
    /// English one, which is the reasons' own names, shows it.
    #[test]
    fn the_reason_words_follow_the_enums_order() {
        let all = [
            Reason::SessionOrdinal,
            Reason::Year,
            Reason::Date,
            Reason::DocumentSymbol,
            Reason::SequenceAdverb,
            Reason::LetterCase,
            Reason::CrossReferenceRenumbered,
            Reason::Wording,
            Reason::SessionMoved,
            Reason::YearMoved,
            Reason::DateMoved,
            Reason::CrossReferenceChanged,
            Reason::Strength,
            Reason::Inserted,
            Reason::Deleted,
            Reason::Moved,
            Reason::Restructured,
        ];
        assert_eq!(all.len(), english().reasons.len());
        for (k, r) in all.into_iter().enumerate() {
            assert_eq!(r as usize, k);
            assert_eq!(english().reasons[k], r.name());
        }
    }
}
