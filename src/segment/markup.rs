//! Markup read out of a line before its layout is looked at: markdown
//! (heading marks, HTML tags, carets, links, emphasis, escapes) and
//! superscript digits, which become inline footnote markers between the
//! sentinels [`NOTE_OPEN`] and [`NOTE_CLOSE`] so that the segmenter finds
//! them whatever the input's form. Each scan runs only on a line that
//! holds the character it looks for.

use crate::text::emphasis::strip_emphasis;
use crate::text::shapes;
use crate::types::{NOTE_CLOSE, NOTE_OPEN};

/// The digit a superscript digit stands for.
fn superscript_digit(c: char) -> Option<char> {
    Some(match c {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        _ => return None,
    })
}

/// Turns runs of superscript digits into inline footnote markers.
pub(super) fn mark_superscripts(line: &str) -> String {
    if !line.chars().any(|c| superscript_digit(c).is_some()) {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() + 4);
    let mut in_mark = false;
    for c in line.chars() {
        match superscript_digit(c) {
            Some(d) => {
                if !in_mark {
                    out.push(NOTE_OPEN);
                    in_mark = true;
                }
                out.push(d);
            }
            None => {
                if in_mark {
                    out.push(NOTE_CLOSE);
                    in_mark = false;
                }
                out.push(c);
            }
        }
    }
    if in_mark {
        out.push(NOTE_CLOSE);
    }
    out
}

/// Strips markdown markup from one line; says whether it was a heading.
pub(super) fn strip_markdown(line: &str) -> (String, bool) {
    let mut s = line.trim().to_string();
    let heading = match shapes::markdown_heading(&s) {
        Some(marker) => {
            s.drain(..marker);
            true
        }
        None => false,
    };
    // Each scan runs only on lines that hold its first character.
    if s.contains('<') {
        s = shapes::strip_html_marks(&s, NOTE_OPEN, NOTE_CLOSE);
    }
    if s.contains('^') {
        s = shapes::strip_carets(&s);
    }
    if s.contains('[') {
        s = shapes::strip_links(&s);
    }
    if shapes::is_barcode(&s) {
        // `*2412313*` is page furniture, found as such later.
        return (s, heading);
    }
    // Emphasis spans (`*Recalling*`, `_Recalling_`) lose their delimiters;
    // the stars still left are halves of a bold span that runs over
    // several lines (a title) or footnote stars, and go too.
    let s = strip_emphasis(&s);
    if !s.contains(['*', '\\']) {
        return (s.trim().to_string(), heading);
    }
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\\' && i + 1 < chars.len() && "*_#[]()`".contains(chars[i + 1]) {
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if chars[i] == '*' {
            i += 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    (out.trim().to_string(), heading)
}
