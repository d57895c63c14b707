//! Stage 2 of the pipeline: decoded text in, [`Layout`] out.
//!
//! Each input line is sorted here: markup is stripped (markdown), page
//! furniture is removed and recorded with its reason, footnotes are cut out
//! of the flow, and the remaining content lines carry the layout cues the
//! segmenter needs (indent, blank line before, interrupted by furniture).
//! Every input line ends up in exactly one of: a content line, a footnote,
//! the removed list, or is blank.

use std::collections::{HashMap, HashSet};

use crate::text::lines::{ends_complete, ends_sentence, join_into, page_anchor_reason};
use crate::text::shapes;
use crate::types::InputFormat;
use crate::types::{
    ContentLine, Footnote, Layout, RemovalReason, RemovedLine, NOTE_CLOSE, NOTE_OPEN,
};

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
fn mark_superscripts(line: &str) -> String {
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
fn strip_markdown(line: &str) -> (String, bool) {
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
    // Emphasis stars: a star run next to a word is markup; a footnote star
    // after a sponsor's name (`Denmark:*`) is not followed by a word.
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

/// Folds a line for comparing it with title text: lower case, words only.
fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}

enum Slot {
    Blank,
    Content { text: String, heading: bool },
    Removed(RemovalReason),
    Footnote,
}

/// Sorts the lines of a text.
pub fn lay_out(text: &str, format: InputFormat, opener_line: impl Fn(&str) -> bool) -> Layout {
    let raw: Vec<&str> = text.split('\n').collect();
    let mut slots: Vec<Slot> = Vec::with_capacity(raw.len());
    for line in &raw {
        let t = line.trim();
        if t.is_empty() {
            slots.push(Slot::Blank);
            continue;
        }
        if t.chars().all(|c| c == '_') && t.len() >= 3 {
            slots.push(Slot::Removed(RemovalReason::FootnoteRule));
            continue;
        }
        let (text, heading) = if format == InputFormat::Markdown {
            if t.chars().all(|c| c == '-') && t.len() >= 3 {
                slots.push(Slot::Removed(RemovalReason::FootnoteRule));
                continue;
            }
            strip_markdown(t)
        } else {
            (t.to_string(), false)
        };
        let text = mark_superscripts(&text);
        if text.is_empty() || !text.chars().any(|c| c.is_alphanumeric()) {
            slots.push(Slot::Removed(RemovalReason::Markup));
            continue;
        }
        slots.push(Slot::Content { text, heading });
    }

    // The cover ends at the opening line ("The General Assembly,"); page
    // furniture is looked for only after it, since the cover legitimately
    // holds the symbol, the job number and the title.
    let opener = slots.iter().position(|s| match s {
        Slot::Content { text, .. } => opener_line(text),
        _ => false,
    });
    let cover_end = opener.unwrap_or(0);
    let cover_words: Vec<String> = slots[..cover_end]
        .iter()
        .filter_map(|s| match s {
            Slot::Content { text, .. } => Some(words_of(text)),
            _ => None,
        })
        .flatten()
        .collect();

    let symbol = find_symbol(&slots);
    let symbol_words = symbol.as_deref().map(words_of).unwrap_or_default();

    // Anchors: lines that are page furniture wherever they stand.
    let mut anchor = vec![false; slots.len()];
    for (i, s) in slots.iter_mut().enumerate().skip(cover_end) {
        if let Slot::Content { text, .. } = s {
            let t = text.trim();
            if let Some(reason) = page_anchor_reason(t) {
                *s = Slot::Removed(reason);
                anchor[i] = true;
            } else if symbol.as_deref() == Some(t) || (symbol.is_none() && shapes::is_symbol(t)) {
                *s = Slot::Removed(RemovalReason::PageHeader);
                anchor[i] = true;
            } else if !symbol_words.is_empty() {
                // "de l’intelligence artificielle A/RES/78/311": symbol and a
                // piece of the running title on one line.
                let sym = symbol.as_deref().unwrap_or_default();
                let rest = t
                    .strip_prefix(sym)
                    .or_else(|| t.strip_suffix(sym))
                    .map(str::trim);
                if let Some(rest) = rest {
                    if rest.is_empty() || contains_run(&cover_words, &words_of(rest)) {
                        *s = Slot::Removed(RemovalReason::PageHeader);
                        anchor[i] = true;
                    }
                }
            }
        }
    }
    // Running titles: pieces of the cover's title next to an anchor, or a
    // line that stands next to anchors on several pages (an annex's own
    // running title).
    // Counted once per page: (pages seen, line of the last one).
    let mut near_anchor: HashMap<&str, (usize, usize)> = HashMap::new();
    for i in (0..slots.len()).filter(|&i| anchor[i]) {
        let lo = i.saturating_sub(4);
        let hi = (i + 5).min(slots.len());
        for (j, slot) in slots.iter().enumerate().take(hi).skip(lo) {
            if let Slot::Content { text, .. } = slot {
                let e = near_anchor.entry(text.as_str()).or_insert((0, usize::MAX));
                if e.1 == usize::MAX || j > e.1 + 8 {
                    e.0 += 1;
                }
                e.1 = j;
            }
        }
    }
    let repeated: HashSet<String> = near_anchor
        .into_iter()
        .filter(|(_, (pages, _))| *pages >= 3)
        .map(|(t, _)| t.to_string())
        .collect();
    let is_title_piece = |s: &Slot| match s {
        Slot::Content { text, .. } => {
            let w = words_of(text);
            // A bare number ("7.") is an operative label, and a line ending
            // in punctuation is body text, not a running title.
            !text.trim_end().ends_with([',', ';', '.', ':'])
                && w.iter()
                    .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                && (contains_run(&cover_words, &w) || repeated.contains(text))
        }
        _ => false,
    };
    let anchors: Vec<usize> = (0..slots.len()).filter(|&i| anchor[i]).collect();
    for i in anchors {
        for dir in [-1isize, 1] {
            let mut j = i as isize + dir;
            let mut taken = 0;
            while j >= cover_end as isize && (j as usize) < slots.len() && taken < 4 {
                let ju = j as usize;
                match &slots[ju] {
                    Slot::Blank => {}
                    Slot::Removed(RemovalReason::PageHeader)
                    | Slot::Removed(RemovalReason::PageCounter)
                    | Slot::Removed(RemovalReason::JobNumber)
                    | Slot::Removed(RemovalReason::Barcode)
                    | Slot::Removed(RemovalReason::RunningTitle) => {}
                    s if is_title_piece(s) => {
                        slots[ju] = Slot::Removed(RemovalReason::RunningTitle);
                        taken += 1;
                    }
                    _ => break,
                }
                j += dir;
            }
        }
    }

    // Footnotes and link lists.
    let mut footnotes: Vec<Footnote> = Vec::new();
    let mut in_notes = false;
    let mut current: Option<usize> = None;
    for i in cover_end..slots.len() {
        let blank_before = i > 0 && matches!(slots[i - 1], Slot::Blank);
        let (text, _) = match &slots[i] {
            Slot::Removed(RemovalReason::FootnoteRule) => {
                in_notes = true;
                current = None;
                continue;
            }
            Slot::Removed(_) => {
                if anchor[i] {
                    in_notes = false;
                    current = None;
                }
                continue;
            }
            Slot::Blank | Slot::Footnote => continue,
            Slot::Content { text, heading } => (text.clone(), *heading),
        };
        let open_note = current.filter(|&n| !ends_sentence(&footnotes[n].text));
        if shapes::is_url_line(text.trim()) && open_note.is_none() {
            // The link list closes a page's notes: nothing after it continues one.
            slots[i] = Slot::Removed(RemovalReason::UrlList);
            current = None;
            continue;
        }
        let starts_note = shapes::footnote_start(&text, NOTE_OPEN, NOTE_CLOSE);
        let marked_start = text.starts_with(NOTE_OPEN);
        if let Some(start) = starts_note.filter(|_| in_notes || marked_start) {
            let mark = start.mark.to_string();
            let body = start.body.trim().to_string();
            // In the notes area a number that does not follow the previous
            // footnote's mark continues it ("2 See Official Records …" then
            // "53 (A/66/53)"); a new note must come in sequence.
            let in_sequence = match current.map(|n| footnotes[n].mark.parse::<u32>()) {
                Some(Ok(prev)) => mark.parse::<u32>().map_or(true, |m| m == prev + 1),
                _ => true,
            };
            if in_sequence || open_note.is_none() {
                footnotes.push(Footnote {
                    mark,
                    text: body,
                    lines: [i + 1, i + 1],
                });
                current = Some(footnotes.len() - 1);
                in_notes = true;
                slots[i] = Slot::Footnote;
                continue;
            }
        }
        if in_notes {
            // A finished footnote still runs on with a line that cannot
            // resume body text ("Available at https://…"); body text resumed
            // after footnotes is mid-sentence, or opens with a label.
            // Only a line set directly under the footnote counts: a blank
            // line between them is where the body resumes.
            let runs_on = open_note.or(current.filter(|_| {
                !blank_before
                    && !text.starts_with(char::is_lowercase)
                    && !shapes::starts_body(&text)
            }));
            if let Some(n) = runs_on {
                let note = &mut footnotes[n];
                join_into(&mut note.text, text.trim());
                note.lines[1] = i + 1;
                slots[i] = Slot::Footnote;
                continue;
            }
            in_notes = false;
            current = None;
        }
    }

    // Content lines with their cues.
    let mut content = Vec::new();
    let mut blank = false;
    let mut interrupted = false;
    let mut followed_by_blank = 0usize;
    let mut unterminated = 0usize;
    for (i, s) in slots.iter().enumerate() {
        match s {
            Slot::Blank => blank = true,
            Slot::Removed(_) | Slot::Footnote => interrupted = true,
            Slot::Content { text, heading } => {
                let indent = raw[i].len() - raw[i].trim_start().len();
                if raw.get(i + 1).is_some_and(|l| l.trim().is_empty()) {
                    followed_by_blank += 1;
                }
                if !ends_complete(text) {
                    unterminated += 1;
                }
                content.push(ContentLine {
                    number: i + 1,
                    text: text.clone(),
                    indent,
                    blank_before: blank,
                    interrupted,
                    heading: *heading,
                });
                blank = false;
                interrupted = false;
            }
        }
    }
    let n = content.len().max(1);
    let double_spaced = format != InputFormat::Markdown
        && content.len() >= 10
        && followed_by_blank * 10 >= n * 8
        && unterminated * 10 >= n * 3;

    let removed = slots
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Slot::Removed(reason) => Some(RemovedLine {
                line: i + 1,
                text: raw[i].trim_end().to_string(),
                reason: *reason,
            }),
            _ => None,
        })
        .collect();
    Layout {
        content,
        footnotes,
        removed,
        double_spaced,
        symbol,
    }
}

/// The symbol on its own line near the top of the cover, or else the one
/// printed most often (page headers repeat it).
fn find_symbol(slots: &[Slot]) -> Option<String> {
    let top = slots
        .iter()
        .filter_map(|s| match s {
            Slot::Content { text, .. } => Some(text.trim()),
            _ => None,
        })
        .take(12)
        .find(|t| shapes::is_symbol(t));
    if let Some(t) = top {
        return Some(t.to_string());
    }
    let mut seen: Vec<(String, usize)> = Vec::new();
    for s in slots {
        if let Slot::Content { text, .. } = s {
            let t = text.trim();
            for candidate in [
                Some(t),
                t.split_whitespace().next(),
                t.split_whitespace().last(),
            ]
            .into_iter()
            .flatten()
            {
                if shapes::is_symbol(candidate) {
                    match seen.iter_mut().find(|(s, _)| s == candidate) {
                        Some(e) => e.1 += 1,
                        None => seen.push((candidate.to_string(), 1)),
                    }
                    break;
                }
            }
        }
    }
    seen.iter()
        .max_by_key(|e| e.1)
        .filter(|e| e.1 >= 2)
        .map(|e| e.0.clone())
}
