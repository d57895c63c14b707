//! Lay out: decoded text in, [`Layout`] out.
//!
//! Each input line is sorted here: markup is stripped (markdown, and
//! emphasis around words in any form), page
//! furniture is removed and recorded with its reason, footnotes are cut out
//! of the flow, and the remaining content lines carry the layout cues the
//! segmenter needs (indent, blank line before, interrupted by furniture).
//! Every input line ends up in exactly one of: a content line, a footnote,
//! the removed list, or is blank.
//!
//! The steps, in [`lay_out`], each a pass over the lines held in `Pages`:
//! 1. each line sorted on its own: blank, a footnote rule, markup only, or
//!    content with its markup stripped (`sort_line`);
//! 2. the cover found: it ends at the opener, and only after it is page
//!    furniture looked for, since the cover holds the symbol, the job number
//!    and the title; the symbol found (`find_symbol`);
//! 3. page anchors removed: lines that are page furniture wherever they
//!    stand (`Pages::remove_anchors`), but for a page counter whose total
//!    the document's other counters deny (`titles.rs`);
//! 4. running titles removed: lines repeated next to anchors on several
//!    pages, or pieces of the cover's title next to an anchor where the
//!    document shows it prints running titles (`titles.rs`,
//!    `Pages::remove_running_titles`);
//! 5. footnotes cut out, and the link lists that close a page's notes
//!    (`Pages::cut_footnotes`, with `note_area::NoteArea`: a line opening
//!    with a plain number starts a footnote only where the number fits the
//!    footnotes' order and the markers the body printed);
//! 6. the content lines read with their cues, and whether the text is
//!    double-spaced (`Pages::content_lines`); the removed lines listed
//!    (`Pages::removed`).
//!
//! Cost: linear in the text; a running title is looked for at most six
//! content lines either side of an anchor, and a line's recurrence within
//! four lines of one.

use crate::text::emphasis::strip_emphasis;
use crate::text::lines::{ends_complete, page_anchor_reason};
use crate::text::shapes;
use crate::types::InputFormat;
use crate::types::{ContentLine, Footnote, Layout, RemovalReason, RemovedLine};

use super::markup::{mark_superscripts, strip_markdown};
use super::note_area::{NoteArea, NoteLine};

mod titles;

/// Folds a line for comparing it with title text: lower case, words only.
fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Whether `needle` stands in `haystack` as a run of consecutive words.
fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}

/// What an input line was sorted as.
enum Slot {
    Blank,
    Content { text: String, heading: bool },
    Removed(RemovalReason),
    Footnote,
}

/// Sorts the lines of a text.
pub fn lay_out(text: &str, format: InputFormat, opener_line: impl Fn(&str) -> bool) -> Layout {
    let raw: Vec<&str> = text.split('\n').collect();
    let slots: Vec<Slot> = raw.iter().map(|line| sort_line(line, format)).collect();

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

    let mut pages = Pages {
        anchor: vec![false; slots.len()],
        raw,
        slots,
        cover_end,
        cover_words,
    };
    pages.remove_anchors(symbol.as_deref());
    pages.remove_running_titles();
    let footnotes = pages.cut_footnotes();
    let (content, double_spaced) = pages.content_lines(format);
    let removed = pages.removed();
    Layout {
        content,
        footnotes,
        removed,
        double_spaced,
        symbol,
    }
}

/// What one line is on its own: blank, a footnote rule, markup only, or
/// content with its markup stripped and superscripts marked.
fn sort_line(line: &str, format: InputFormat) -> Slot {
    let t = line.trim();
    if t.is_empty() {
        return Slot::Blank;
    }
    if t.chars().all(|c| c == '_') && t.len() >= 3 {
        return Slot::Removed(RemovalReason::FootnoteRule);
    }
    let (text, heading) = if format == InputFormat::Markdown {
        if t.chars().all(|c| c == '-') && t.len() >= 3 {
            return Slot::Removed(RemovalReason::FootnoteRule);
        }
        strip_markdown(t)
    } else {
        // Emphasis around an opener (`*Recalling*`) is markup in any form:
        // a text read as PDF or plain text loses it too.
        (strip_emphasis(t).into_owned(), false)
    };
    let text = mark_superscripts(&text);
    if text.is_empty() || !text.chars().any(|c| c.is_alphanumeric()) && !closes_a_sentence(&text) {
        return Slot::Removed(RemovalReason::Markup);
    }
    Slot::Content { text, heading }
}

/// Whether a line without letters or digits is the end of a sentence
/// wrapped onto a line of its own ("»," after "…de l’information", ")."),
/// which is text, unlike a separator (`***`, `---`) or a table's dash
/// standing for an empty cell.
fn closes_a_sentence(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            ',' | ';'
                | '.'
                | ':'
                | '!'
                | '?'
                | '»'
                | '”'
                | '’'
                | ')'
                | ']'
                | '，'
                | '。'
                | '；'
                | '：'
                | '،'
                | '؛'
                | '؟'
                | '」'
                | '》'
                | '）'
        )
    })
}

/// The lines of a text being sorted, one slot each, with what the passes
/// share: where the cover ends, the cover's words, and which lines are page
/// anchors.
struct Pages<'t> {
    /// The input's lines as split, for indentation and the removed list.
    raw: Vec<&'t str>,
    /// What each line is sorted as so far.
    slots: Vec<Slot>,
    /// The opener's line, or 0 in a text without one.
    cover_end: usize,
    /// The cover's words, in order: running titles repeat pieces of them.
    cover_words: Vec<String>,
    /// Lines that are page furniture wherever they stand: they mark a
    /// page break.
    anchor: Vec<bool>,
}

impl Pages<'_> {
    /// Removes the page anchors after the cover: page counters, job
    /// numbers, barcodes, and the symbol as a page header.
    fn remove_anchors(&mut self, symbol: Option<&str>) {
        let symbol_words = symbol.map(words_of).unwrap_or_default();
        for (i, s) in self.slots.iter_mut().enumerate().skip(self.cover_end) {
            if let Slot::Content { text, .. } = s {
                let reason = anchor_reason(text.trim(), symbol, &symbol_words, &self.cover_words);
                if let Some(reason) = reason {
                    *s = Slot::Removed(reason);
                    self.anchor[i] = true;
                }
            }
        }
        self.restore_stray_counters();
    }

    /// Footnotes and link lists cut out of the flow after the cover.
    fn cut_footnotes(&mut self) -> Vec<Footnote> {
        let mut notes = NoteArea::new(
            self.slots
                .iter()
                .enumerate()
                .skip(self.cover_end)
                .filter_map(|(i, s)| match s {
                    Slot::Content { text, .. } => Some((i, text.as_str())),
                    _ => None,
                }),
        );
        for i in self.cover_end..self.slots.len() {
            let blank_before = i > 0 && matches!(self.slots[i - 1], Slot::Blank);
            let sorted = match &self.slots[i] {
                Slot::Removed(RemovalReason::FootnoteRule) => {
                    notes.rule();
                    continue;
                }
                Slot::Removed(_) => {
                    if self.anchor[i] {
                        notes.page_break();
                    }
                    continue;
                }
                Slot::Blank | Slot::Footnote => continue,
                Slot::Content { text, .. } => notes.read(i, text, blank_before),
            };
            match sorted {
                Some(NoteLine::Footnote) => self.slots[i] = Slot::Footnote,
                Some(NoteLine::UrlList) => self.slots[i] = Slot::Removed(RemovalReason::UrlList),
                None => {}
            }
        }
        notes.into_footnotes()
    }

    /// Content lines with their cues, and whether the text is
    /// double-spaced (nearly every line followed by a blank line, many
    /// lines ending mid-sentence), where blank lines say nothing.
    fn content_lines(&self, format: InputFormat) -> (Vec<ContentLine>, bool) {
        let raw = &self.raw;
        let mut content = Vec::new();
        let mut blank = false;
        let mut interrupted = false;
        let mut followed_by_blank = 0usize;
        let mut unterminated = 0usize;
        for (i, s) in self.slots.iter().enumerate() {
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
        (content, double_spaced)
    }

    /// The removed lines with their reasons, as printed.
    fn removed(&self) -> Vec<RemovedLine> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s {
                Slot::Removed(reason) => Some(RemovedLine {
                    line: i + 1,
                    text: self.raw[i].trim_end().to_string(),
                    reason: *reason,
                }),
                _ => None,
            })
            .collect()
    }
}

/// Why a trimmed line after the cover is a page anchor, if it is one.
fn anchor_reason(
    t: &str,
    symbol: Option<&str>,
    symbol_words: &[String],
    cover_words: &[String],
) -> Option<RemovalReason> {
    if let Some(reason) = page_anchor_reason(t) {
        return Some(reason);
    }
    if symbol == Some(t) || (symbol.is_none() && shapes::is_symbol(t)) {
        return Some(RemovalReason::PageHeader);
    }
    if !symbol_words.is_empty() {
        // "de l’intelligence artificielle A/RES/78/311": symbol and a
        // piece of the running title on one line.
        let sym = symbol.unwrap_or_default();
        let rest = t
            .strip_prefix(sym)
            .or_else(|| t.strip_suffix(sym))
            .map(str::trim);
        if let Some(rest) = rest {
            if rest.is_empty() || contains_run(cover_words, &words_of(rest)) {
                return Some(RemovalReason::PageHeader);
            }
        }
    }
    None
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
