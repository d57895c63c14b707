//! What one line says on its own: page furniture that never occurs in body
//! text, whether a text ends a clause or a sentence, and how a line wrapped
//! mid-word or mid-compound joins its successor.

use super::shapes;
use crate::types::{RemovalReason, NOTE_CLOSE, NOTE_OPEN};

/// Whether a trimmed line is page furniture that never occurs in body text:
/// a page counter, a job number, a barcode.
pub fn is_page_anchor(t: &str) -> bool {
    page_anchor_reason(t).is_some()
}

/// Why a trimmed line is page furniture of that kind, if it is.
pub fn page_anchor_reason(t: &str) -> Option<RemovalReason> {
    if shapes::is_page_counter(t) || shapes::is_job_and_counter(t) {
        Some(RemovalReason::PageCounter)
    } else if shapes::is_job_number(t) {
        Some(RemovalReason::JobNumber)
    } else if shapes::is_barcode(t) {
        Some(RemovalReason::Barcode)
    } else {
        None
    }
}

/// Ends with punctuation that can close a paragraph or a footnote.
pub fn ends_complete(text: &str) -> bool {
    let t = text_end(text);
    t.ends_with([
        '.', ',', ';', ':', '!', '?', '。', '；', '：', '，', '،', '؛', '؟',
    ])
}

/// The last punctuation of a text, looking past closing quotes and
/// footnote markers.
pub fn last_punctuation(text: &str) -> Option<char> {
    let t = text_end(text);
    t.chars().next_back().filter(|c| !c.is_alphanumeric())
}

/// Ends with punctuation that closes a sentence: a footnote ends so, while
/// a comma or semicolon at the end of a footnote line means it runs on.
pub fn ends_sentence(text: &str) -> bool {
    let t = text_end(text);
    t.ends_with(['.', '!', '?', '。', '؟'])
}

/// A text without what may follow its last word or punctuation: spaces,
/// closing quotes and brackets, emphasis stars and footnote markers.
fn text_end(text: &str) -> &str {
    strip_trailing_notes(text.trim_end()).trim_end_matches(|c: char| {
        matches!(c, '”' | '"' | '»' | '’' | '\'' | ')' | ']' | '*') || c.is_whitespace()
    })
}

fn strip_trailing_notes(t: &str) -> &str {
    let mut t = t;
    // "… Pact for the Future. 16" or "…,4": a footnote number after the
    // closing punctuation.
    let digits = t.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let head = t[..t.len() - digits].trim_end();
        if head.ends_with(['.', ',', ';', ':', ')', '”', '»']) {
            t = head;
        }
    }
    loop {
        if t.ends_with(NOTE_CLOSE) {
            if let Some(open) = t.rfind(NOTE_OPEN) {
                t = t[..open].trim_end();
                continue;
            }
        }
        return t;
    }
}

/// Appends a wrapped line to text, joining a word cut by a line-end hyphen.
pub fn join_into(text: &mut String, next: &str) {
    if text.is_empty() {
        text.push_str(next);
    } else if text.ends_with(" -")
        && text[..text.len() - 2].ends_with(char::is_alphabetic)
        && next.starts_with(char::is_lowercase)
    {
        // "soixante -" / "quinzième": a compound cut at the line end with a
        // stray space before its hyphen.
        text.truncate(text.len() - 2);
        text.push('-');
        text.push_str(next);
    } else if text.ends_with('-')
        && text[..text.len() - 1].ends_with(char::is_alphanumeric)
        && next.starts_with(char::is_alphanumeric)
    {
        // "dévelop-" / "pement", "Nord-" / "Sud", "post-" / "2015": the
        // hyphen stays for now; the segmenter reads it with the document's
        // words (`segment::hyphens`).
        text.push_str(next);
    } else {
        text.push(' ');
        text.push_str(next);
    }
}
