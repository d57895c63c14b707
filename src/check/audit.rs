//! Self-checks on a parsed document: what a reader would call a parsing
//! fault. Used by the test suite and by the corpus check
//! (`cargo run --release --example corpus_check -- FOLDER`).

use std::sync::LazyLock;

use regex::Regex;

use crate::{Document, ParagraphKind};

static FURNITURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{2}-\d{5}\b|\*\d{7}\*|(?:^|\s)_{15,}(?:\s|$)").unwrap());
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://").unwrap());
static SPLIT_ELISION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[ldjnmstc] [’']\p{L}").unwrap());
static LINE_END_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Ll}- (\p{Ll}+)").unwrap());

/// Words after which a hyphen and a space are a suspended compound
/// ("low- and middle-income"), not a word broken at a line end.
const SUSPENDERS: &[&str] = &[
    "and", "or", "nor", "to", "et", "ou", "à", "y", "o", "e", "u", "и", "или",
];

/// What is wrong with a parsed document, one line per fault: page
/// furniture, link URLs or PDF artifacts inside paragraph text, gaps in
/// paragraph numbering, a document with no paragraphs.
pub fn faults(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    if doc.paragraphs.is_empty() {
        out.push("no paragraphs".to_string());
    }
    for p in &doc.paragraphs {
        let t = &p.text;
        for (re, what) in [
            (&*FURNITURE, "furniture in text"),
            (&*URL, "URL in text"),
            (&*SPLIT_ELISION, "split elision"),
            (&*LINE_END_HYPHEN, "line-end hyphen"),
        ] {
            let hit = re
                .captures_iter(t)
                .find(|c| c.get(1).is_none_or(|w| !SUSPENDERS.contains(&w.as_str())));
            if let Some(m) = hit.and_then(|c| c.get(0)) {
                out.push(format!(
                    "{}: {what}: {}",
                    p.id,
                    excerpt(t, m.start(), m.end())
                ));
            }
        }
        if let Some(sym) = &doc.symbol {
            if t.contains(sym.as_str()) && !t.contains(&format!("{sym}/")) {
                out.push(format!("{}: own symbol in text", p.id));
            }
        }
    }
    // Numbered paragraphs run 1..n without a gap in each part.
    let mut last: Option<u32> = None;
    for p in &doc.paragraphs {
        if !matches!(p.kind, ParagraphKind::Operative | ParagraphKind::Paragraph) {
            continue;
        }
        let Some(n) = p
            .label
            .as_deref()
            .and_then(|l| l.trim_end_matches('.').parse::<u32>().ok())
        else {
            continue;
        };
        if let Some(l) = last {
            if n != l + 1 && n != 1 {
                out.push(format!("{}: numbering jumps from {l} to {n}", p.id));
            }
        }
        last = Some(n);
    }
    out
}

fn excerpt(text: &str, start: usize, end: usize) -> String {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(30)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(30)
        .map_or(text.len(), |(i, _)| end + i);
    format!("…{}…", &text[from..to])
}
