//! Reused wording as the redlines show it: the note under an inserted or
//! changed paragraph that repeats other old paragraphs ("agreed language
//! from OP6(m), OP9 of A/RES/78/265"), the marks of the reused runs on the
//! HTML page, each linked to its source paragraph, and the summary's share
//! of the new text that is old wording. The comparison's `reuse` list
//! (`crate::compare::reuse`) holds what is shown; nothing is found here.

use std::fmt::Write as _;

use crate::lang::ReuseLabels;
use crate::text::normalize::{token_spans, TokenClass};
use crate::types::{Comparison, Entry, Reuse, Summary};

/// The words of the terminal and Markdown redlines, which speak English
/// whatever the texts' language (the HTML page speaks the new text's).
pub fn plain_labels() -> &'static ReuseLabels {
    crate::lang::Language("en").rules().reuse_labels
}

/// The reuse items of an entry's new paragraphs, in the order of the
/// comparison's list.
fn items<'a>(c: &'a Comparison, e: &Entry) -> Vec<&'a Reuse> {
    c.reuse.iter().filter(|r| e.new.contains(&r.new)).collect()
}

/// The old paragraphs an entry's new paragraphs repeat, each once, in the
/// old text's order.
pub fn sources<'a>(c: &'a Comparison, e: &Entry) -> Vec<&'a str> {
    let mut ids: Vec<&str> = items(c, e).iter().map(|r| r.old.as_str()).collect();
    let place = |id: &str| c.old.paragraphs.iter().position(|p| p.id == id);
    ids.sort_by_key(|id| place(id));
    ids.dedup();
    ids
}

/// The name of the old text as a note cites it: its symbol, or its file.
pub fn old_name(c: &Comparison) -> &str {
    c.old.symbol.as_deref().unwrap_or(&c.old.source)
}

/// "agreed language from OP6(m), OP9 of A/RES/78/265", or nothing when the
/// entry repeats no other old paragraph.
pub fn note(c: &Comparison, e: &Entry, l: &ReuseLabels) -> Option<String> {
    let ids = sources(c, e);
    (!ids.is_empty()).then(|| {
        format!(
            "{} {} {} {}",
            l.agreed_from,
            ids.join(", "),
            l.of,
            old_name(c)
        )
    })
}

/// The summary's line on reused wording ("Reused wording: 26% of the new
/// text's words come from the old text"), when the comparison found reuse.
pub fn share_line(s: &Summary, l: &ReuseLabels) -> Option<String> {
    s.reuse
        .map(|share| format!("{}{:.0}%{}", l.share[0], 100.0 * share.share(), l.share[1]))
}

/// A reused run on the HTML page: a byte range of an entry's new-side
/// text (its new paragraphs joined by `\n`, as the redline rebuilds it) and
/// the old paragraph it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Start of the run in the entry's new-side text.
    pub start: usize,
    /// End of the run (exclusive).
    pub end: usize,
    /// Where the old paragraph the wording comes from stands on the page.
    pub href: String,
    /// What a screen reader says before the run ("agreed language from
    /// OP6:").
    pub hidden: String,
}

/// The reused runs of an entry's new paragraphs, in reading order, a run
/// that overlaps an earlier one cut to what it adds; `anchor` gives the
/// page's anchor of an old paragraph.
pub fn marks(c: &Comparison, e: &Entry, anchor: impl Fn(&str) -> String) -> Vec<Mark> {
    let rules = c.new.language.rules();
    let l = rules.reuse_labels;
    let mut out: Vec<Mark> = Vec::new();
    let mut base = 0;
    for id in &e.new {
        let Some(p) = c.new.paragraph(id) else {
            continue;
        };
        let words: Vec<(usize, usize)> = token_spans(&p.text, rules)
            .into_iter()
            .filter(|t| t.2 == TokenClass::Word)
            .map(|t| (t.0, t.1))
            .collect();
        for r in c.reuse.iter().filter(|r| &r.new == id) {
            for run in &r.runs {
                if let (Some(a), Some(b)) = (words.get(run.start), words.get(run.end - 1)) {
                    out.push(Mark {
                        start: base + a.0,
                        end: base + b.1,
                        href: anchor(&r.old),
                        hidden: format!("{} {}: ", l.agreed_from, r.old),
                    });
                }
            }
        }
        base += p.text.len() + 1;
    }
    out.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut reach = 0;
    out.retain_mut(|m| {
        m.start = m.start.max(reach);
        reach = reach.max(m.end);
        m.start < m.end
    });
    out
}

/// Cuts `text`, which starts at byte `at` of an entry's new-side text, at
/// the marks: each piece with the mark it lies in, if any.
pub fn cut<'a>(text: &'a str, at: usize, marks: &'a [Mark]) -> Vec<(&'a str, Option<&'a Mark>)> {
    let end = at + text.len();
    let mut pieces = Vec::new();
    let mut pos = at;
    for m in marks.iter().filter(|m| m.start < end && m.end > at) {
        let (s, e) = (m.start.max(at), m.end.min(end));
        if s > pos {
            pieces.push((&text[pos - at..s - at], None));
        }
        pieces.push((&text[s - at..e - at], Some(m)));
        pos = e;
    }
    if pos < end {
        pieces.push((&text[pos - at..], None));
    }
    pieces
}

/// The page's style for reused wording: not bold, with a dotted line
/// under it, so that it prints apart from the bold inserted words in black
/// and white too; tinted on screen.
pub const CSS: &str = "mark.reused { font-weight: normal; color: #003f7f; background: #e6eef8; border-bottom: 2px dotted #003f7f; }\n\
mark.reused a { color: inherit; text-decoration: none; }\n\
.reuse-note { font-weight: normal; font-style: italic; margin-left: .6em; }\n\
@media print { mark.reused { background: none; } }\n";

/// The legend entry for reused wording, when the page marks any.
pub fn legend(c: &Comparison, l: &ReuseLabels, escape: impl Fn(&str) -> String) -> String {
    if c.reuse.is_empty() {
        return String::new();
    }
    let sample = l.hidden.trim_end_matches([':', ' ', '\u{a0}']);
    format!(
        "<span><ins><mark class=\"reused\">{}</mark></ins> {}</span>",
        escape(sample),
        escape(l.legend)
    )
}

/// The note after an entry's status on the page, its source paragraphs
/// linked to where they stand (`anchor` gives the page's anchor of an old
/// paragraph).
pub fn note_html(
    c: &Comparison,
    e: &Entry,
    l: &ReuseLabels,
    anchor: impl Fn(&str) -> String,
    escape: impl Fn(&str) -> String,
) -> String {
    let ids = sources(c, e);
    if ids.is_empty() {
        return String::new();
    }
    let mut out = format!("<span class=\"reuse-note\">{} ", escape(l.agreed_from));
    for (k, id) in ids.iter().enumerate() {
        let sep = if k > 0 { ", " } else { "" };
        let _ = write!(
            out,
            "{sep}<a href=\"#{}\">{}</a>",
            escape(&anchor(id)),
            escape(id)
        );
    }
    let _ = write!(out, " {} {}</span>", escape(l.of), escape(old_name(c)));
    out
}
