//! Render: a [`crate::Comparison`] (or a [`crate::FolderComparison`]) in,
//! text out.
//!
//! Each renderer reads the same comparison; none of them compares anything.
//! They decide only how a change is shown to its reader: [`terminal`] for a
//! console, [`html`] for a page to print and circulate, [`markdown`] for a
//! review comment, [`json`] for programs, [`folder`] for the pairs of a
//! folder comparison, [`document`] for one parsed document (`resdiff
//! parse`), and [`docx`], bytes rather than text, for a Word document with
//! tracked changes; [`history`] renders one text followed through its
//! versions. The comparison renderers each have a `write` onto a
//! writer; [`html`] and [`markdown`] build their text as a `String`
//! ([`html::render`], [`markdown::render`]), which [`folder`] reuses.
//! [`reuse`] gives the three redlines what they show of reused wording
//! (agreed language from other paragraphs of the old text); [`sources`]
//! writes the report of `resdiff sources`.
//!
//! [`cover`] writes the cover section each of them puts first, [`folds`]
//! the line that stands for a run of unchanged paragraphs, [`wrap`] the
//! terminal's lines, [`note_marks`] the footnote markers put back in the
//! text.
//!
//! The helpers here serve several renderers: how an entry's paragraphs are
//! named ([`entry_label`]), footnote counts by status
//! ([`footnote_counts`]), where the spaces around an edit are shown so
//! that both sides read right ([`edges`]), and [`escape_controls`], the
//! guard that keeps document text from driving a terminal.

pub mod cover;
pub mod document;
pub mod docx;
pub mod edges;
pub mod folder;
pub mod folds;
pub mod history;
pub mod html;
mod html_header;
mod html_notes;
pub mod json;
pub mod markdown;
pub mod natural;
pub mod note_marks;
pub mod reuse;
pub mod sources;
pub mod substance;
pub mod terminal;
pub mod wrap;

/// How an entry's paragraphs are named: `PP3`, or `OP5 → OP6` when the
/// number changed, `OP4 → OP4, OP5` for a split.
pub fn entry_label(old: &[String], new: &[String]) -> String {
    match (old.is_empty(), new.is_empty()) {
        (true, _) => new.join(", "),
        (_, true) => old.join(", "),
        _ if old == new => new.join(", "),
        _ => format!("{} → {}", old.join(", "), new.join(", ")),
    }
}

/// How an entry is headed, old ids marked as such: `PP9 (old)` for a
/// deleted paragraph, `OP6 (was OP5)` for one whose number changed,
/// `PP3` otherwise. `old_marker` and `was` are the reader's words.
pub fn entry_heading(e: &crate::types::Entry, old_marker: &str, was: &str) -> String {
    if e.new.is_empty() {
        return format!("{} {old_marker}", e.old.join(", "));
    }
    if !e.old.is_empty() && e.old != e.new {
        return format!("{} ({was} {})", e.new.join(", "), e.old.join(", "));
    }
    e.new.join(", ")
}

/// The footnote entries by status (`8 deleted, 1 changed, 1 unchanged`),
/// with each status named by `name`; `none` when there are no footnotes.
pub fn footnote_counts(
    s: &crate::types::Summary,
    name: impl Fn(crate::types::Status) -> &'static str,
    none: &str,
) -> String {
    let counts = s.footnote_statuses();
    if counts.is_empty() {
        return none.to_string();
    }
    counts
        .iter()
        .map(|&(st, n)| format!("{n} {}", name(st)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Replaces control characters (ANSI escapes among them) with visible
/// escapes, so that no document text can drive the terminal.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    // Control characters are C0 (below 0x20), DEL and C1 (U+0080 to
    // U+009F, encoded 0xC2 0x80..=0x9F): a byte scan finds them.
    let bytes = text.as_bytes();
    // A pass without early exit, which the compiler vectorises, clears
    // the common case; only a suspect byte calls for the exact test.
    let suspect = bytes.iter().fold(false, |seen, &b| {
        seen | ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7F) | (b == 0xC2)
    });
    let control = suspect
        && bytes.iter().enumerate().any(|(i, &b)| match b {
            b'\n' | b'\t' => false,
            0..=0x1F | 0x7F => true,
            0xC2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)),
            _ => false,
        });
    if !control {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    #[test]
    fn every_control_character_is_escaped_and_nothing_else() {
        for c in '\0'..='\u{2FF}' {
            let text = format!("a{c}b");
            let escaped = escape_controls(&text);
            if c.is_control() && c != '\n' && c != '\t' {
                assert_eq!(escaped, format!("a{}b", c.escape_unicode()), "{c:?}");
            } else {
                assert_eq!(escaped, text, "{c:?}");
            }
        }
    }
}
