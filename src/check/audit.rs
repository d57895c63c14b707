//! Self-checks on a parsed document: what a reader would call a parsing
//! fault. Used by the test suite and by the corpus check
//! (`cargo run --release --example corpus_check -- FOLDER`).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::{Document, MetadataRole, ParagraphKind};

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
    out.extend(layout_breaks(doc));
    out.extend(cut_titles(doc));
    out.extend(metadata_in_body(doc));
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
    out.extend(hyphen_faults(doc));
    out.extend(markers_in_text(doc));
    out.extend(footnotes_out_of_order(doc));
    out.extend(decomposed_text(doc));
    out.extend(emphasis_markup(doc));
    out.extend(running_title_without_evidence(doc));
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

/// Paragraph breaks the layout does not show (issue 12, item 11): a
/// paragraph that opens, without a label, on the very next input line
/// after one ending in a colon (the blank line or indentation that would
/// mark a new paragraph is missing: "…Conference on Palestine:" /
/// "Reconstructing Gaza"); and lines that each hold whole sentences glued
/// into one paragraph (a text with a paragraph a line and no blank lines,
/// read as if its lines were wrapped).
pub fn layout_breaks(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for pair in doc.paragraphs.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        if after.label.is_none()
            && after.lines[0] == before.lines[1] + 1
            && crate::text::lines::last_punctuation(&before.text) == Some(':')
        {
            out.push(format!(
                "{}: break after a colon the layout does not show: …{}",
                after.id,
                excerpt(&after.text, 0, 0)
            ));
        }
    }
    for p in &doc.paragraphs {
        let lines = p.lines[1] + 1 - p.lines[0];
        // Wrapped lines are at most about a hundred characters; these are
        // whole paragraphs, each ending a sentence another one follows.
        let sentences = SENTENCE_END.find_iter(&p.text).count();
        if lines >= 2 && p.text.len() > 200 * lines && sentences + 1 >= lines {
            out.push(format!(
                "{}: {lines} lines of whole sentences glued into one paragraph",
                p.id
            ));
        }
    }
    out
}

static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Ll}[.!?] \p{Lu}").unwrap());

/// Where an inline redline reads wrong at the edges of its edits: the old
/// side (plain and deleted pieces of `shown`) or the new side (plain and
/// inserted pieces) read with a space lost or added against the texts the
/// redline `diff` was made from (`systems,[-encompassing-]`,
/// `international [-, garantissent-]`), or two spaces meet where two
/// pieces join (`systems[-,-]  and`). `shown` is the redline as a renderer
/// shows it ([`crate::render::edges::pieces`]). One line per fault.
pub fn redline_edge_faults(diff: &[crate::Span], shown: &[crate::Span]) -> Vec<String> {
    use crate::Op;
    let mut out = Vec::new();
    // Each side as the reader should see it: equal words in the form shown
    // (the new one), with the spaces of that side.
    let mut old_truth = String::new();
    for s in diff {
        match s.op {
            Op::Insert => {}
            Op::Delete => old_truth.push_str(&s.text),
            Op::Equal => {
                let old = s.old_text.as_deref().unwrap_or(&s.text);
                let core = s.text.trim();
                if core.is_empty() {
                    old_truth.push_str(old);
                } else {
                    old_truth.push_str(&old[..old.len() - old.trim_start().len()]);
                    old_truth.push_str(core);
                    old_truth.push_str(&old[old.trim_end().len()..]);
                }
            }
        }
    }
    let new_truth: String = crate::compare::worddiff::new_side(diff);
    let read = |skip: Op| -> String {
        shown
            .iter()
            .filter(|s| s.op != skip)
            .map(|s| s.text.as_str())
            .collect()
    };
    for (side, truth, reading) in [
        ("old", old_truth, read(Op::Insert)),
        ("new", new_truth, read(Op::Delete)),
    ] {
        let (t, r): (Vec<&str>, Vec<&str>) = (
            truth.split_whitespace().collect(),
            reading.split_whitespace().collect(),
        );
        if t != r {
            let at = t.iter().zip(&r).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(2);
            out.push(format!(
                "{side} side reads “{}” for “{}”",
                r[from..(at + 3).min(r.len())].join(" "),
                t[from..(at + 3).min(t.len())].join(" ")
            ));
        }
    }
    let visible: Vec<&str> = shown
        .iter()
        .map(|s| s.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    for w in visible.windows(2) {
        if w[0].ends_with(char::is_whitespace) && w[1].starts_with(char::is_whitespace) {
            let tail: String = w[0]
                .chars()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let head: String = w[1].chars().take(20).collect();
            out.push(format!("double space: “{tail}|{head}”"));
        }
    }
    out
}

/// [`redline_edge_faults`] over every entry of a comparison (paragraphs and
/// footnotes) as the renderers show it, each line led by the entry's ids.
pub fn edge_faults(c: &crate::Comparison) -> Vec<String> {
    let mut out = Vec::new();
    for e in c.alignment.iter().chain(&c.footnotes) {
        let shown = crate::render::edges::pieces(&e.diff);
        for f in redline_edge_faults(&e.diff, &shown) {
            let ids = crate::render::entry_label(&e.old, &e.new);
            out.push(format!("{ids}: {f}"));
        }
    }
    out
}

/// Titles cut short (issue 12, item 3): the title, or a title or agenda
/// item of the cover, that ends with a word no title ends with ("…on the
/// work of its", "…in the"), or that is followed on the cover by a line
/// read as other metadata though it runs on in lower case ("of its
/// seventy-fifth session" taken for a session line).
pub fn cut_titles(doc: &Document) -> Vec<String> {
    let rules = doc.language.rules();
    let mut out = Vec::new();
    if let Some(title) = doc.title.as_deref().filter(|t| ends_open(t, rules)) {
        out.push(format!("title ends mid-phrase: …{}", tail(title)));
    }
    for pair in doc.metadata.windows(2) {
        let (m, next) = (&pair[0], &pair[1]);
        if !matches!(m.role, MetadataRole::Title | MetadataRole::Agenda) {
            continue;
        }
        let lower_next = rules.cased
            && next.text.chars().next().is_some_and(char::is_lowercase)
            && !matches!(next.role, MetadataRole::Adoption | MetadataRole::Sponsors);
        if m.role == MetadataRole::Agenda && ends_open(&m.text, rules) || lower_next {
            out.push(format!(
                "{} cut before a line read as {:?}: …{} / {}",
                if m.role == MetadataRole::Title {
                    "title"
                } else {
                    "agenda item"
                },
                next.role,
                tail(&m.text),
                next.text
            ));
        }
    }
    out
}

/// Whether a text ends with one of the row's words no title ends with.
fn ends_open(text: &str, rules: &crate::lang::LanguageRules) -> bool {
    // Open words are lower case: a capital "A" ending a title is a part's
    // letter ("United Nations common system A").
    let t = text.trim_end_matches(['*', ' ']).replace('’', "'");
    let last = t.rsplit(' ').next().unwrap_or("");
    rules
        .cover
        .open_words
        .iter()
        .any(|w| last == *w || (w.chars().all(crate::lang::is_han) && t.ends_with(w)))
}

/// The last forty characters of a text.
fn tail(text: &str) -> &str {
    let from = text.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    &text[from..]
}

/// Metadata read as body text (issue 12, item 5): among the short
/// unlabelled paragraphs that open the body (where a cover read short
/// spills), one that is a cover line by its shape or words ("Original :
/// anglais", "Soixante-dix-neuvième session", "Point 125 de l'ordre du
/// jour", "Distr.: General", "General Assembly"), as a report's cover
/// became headings of its body.
pub fn metadata_in_body(doc: &Document) -> Vec<String> {
    let rules = doc.language.rules();
    doc.paragraphs
        .iter()
        .take_while(|p| p.label.is_none() && p.text.split_whitespace().count() <= 12)
        .filter_map(|p| {
            let role = crate::segment::metadata_role(&p.text, rules)?;
            matches!(
                role,
                MetadataRole::Organ
                    | MetadataRole::Symbol
                    | MetadataRole::Distribution
                    | MetadataRole::JobNumber
                    | MetadataRole::Session
                    | MetadataRole::Agenda
                    | MetadataRole::Date
            )
            .then(|| format!("{}: {role:?} line read as body text: {}", p.id, p.text))
        })
        .collect()
}

static SPACED_BEFORE_CAPITAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}- \p{Lu}").unwrap());
static HYPHENATED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}+(?:-\p{L}+)+").unwrap());

/// Line-end hyphens left in paragraph text: a hyphen and a space before a
/// capitalised word ("Non- Proliferation", the lower-case ones are the
/// "line-end hyphen" check above), and a word the typesetter cut whose
/// hyphen stayed ("technolo-gical"): a hyphen whose joined form the
/// language's word list knows while its two sides are not both words and
/// the compound is not listed. One fault a paragraph and kind.
pub fn hyphen_faults(doc: &Document) -> Vec<String> {
    let list = crate::lang::lexicon::lexicon(doc.language.0);
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let t = &p.text;
        if let Some(m) = SPACED_BEFORE_CAPITAL.find(t) {
            out.push(format!(
                "{}: spaced line-end hyphen: {}",
                p.id,
                excerpt(t, m.start(), m.end())
            ));
        }
        let Some(list) = list else { continue };
        let cut = HYPHENATED.find_iter(t).find(|m| {
            let parts: Vec<&str> = m.as_str().split('-').collect();
            parts.windows(2).any(|w| list.is_cut(w[0], w[1]))
        });
        if let Some(m) = cut {
            out.push(format!(
                "{}: cut word left hyphenated: {}",
                p.id,
                excerpt(t, m.start(), m.end())
            ));
        }
    }
    out
}

/// A footnote number as a marker leaves it in paragraph text: glued after
/// a word, after its punctuation, or after a year's comma
/// (`Commission44`, `Rights,1`, `2009,10`); glued before the next word
/// (`8including`); set off after a year (`of 1972 1 and`).
static MARKER_SHAPES: LazyLock<[Regex; 4]> = LazyLock::new(|| {
    [
        r"\p{Ll}[”’)]?[,;:.]?(\d{1,3})(?:[\s,.;:)]|$)",
        r"\b(?:19|20)\d\d,(\d{1,3})(?:\s|$)",
        r"(?:^|\s)(\d{1,3})(\p{Ll}{2,})",
        r"\b(?:19|20)\d\d (\d{1,3})(?:[,.;:]|\s\p{Ll}|$)",
    ]
    .map(|re| Regex::new(re).unwrap())
});

/// Endings that make a number glued before them an ordinal, not a marker.
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "ème", "ère", "nde"];

/// Footnote markers left in paragraph text: a footnote that no paragraph
/// cites whose number stands in a paragraph in a marker's shape.
fn markers_in_text(doc: &Document) -> Vec<String> {
    let cited: BTreeSet<&str> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.notes.iter().map(|n| n.mark.as_str()))
        .collect();
    let mut uncited: BTreeSet<&str> = doc
        .footnotes
        .iter()
        .map(|f| f.mark.as_str())
        .filter(|m| m.bytes().all(|b| b.is_ascii_digit()) && !cited.contains(m))
        .collect();
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        for re in MARKER_SHAPES.iter() {
            for c in re.captures_iter(&p.text) {
                let Some(m) = c.get(1) else { continue };
                let ordinal = c.get(2).is_some_and(|w| ORDINALS.contains(&w.as_str()));
                if !ordinal && uncited.remove(m.as_str()) {
                    out.push(format!(
                        "{}: footnote {} marker in text: {}",
                        p.id,
                        m.as_str(),
                        excerpt(&p.text, m.start(), m.end())
                    ));
                }
            }
        }
    }
    out
}

/// Footnotes whose numbers do not run 1, 2, 3…: a line of body text or of
/// another footnote read as a footnote ("17 and 18 April …" after a page
/// break), or a footnote lost.
fn footnotes_out_of_order(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Option<u32> = None;
    for f in &doc.footnotes {
        let Ok(n) = f.mark.parse::<u32>() else {
            continue;
        };
        let expected = last.map_or(1, |l| l + 1);
        if n != expected && !(last.is_none() && n > 1) {
            out.push(format!(
                "footnote {n} out of order after {}: {}",
                last.unwrap_or(0),
                excerpt(&f.text, 0, 0)
            ));
        }
        last = Some(n);
    }
    out
}

/// Text not in Unicode composed form (NFC): a decomposed input that was
/// not composed before its structure was read.
fn decomposed_text(doc: &Document) -> Vec<String> {
    let texts = doc
        .paragraphs
        .iter()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .chain(doc.metadata.iter().map(|m| ("metadata", m.text.as_str())));
    texts
        .filter(|(_, t)| !unicode_normalization::is_nfc(t))
        .map(|(id, _)| format!("{id}: decomposed text (not NFC)"))
        .take(1)
        .collect()
}

static STRAY_EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(«“])(?:\*{1,3}|_{1,3})\p{L}|\p{L}_{1,3}(?:$|[\s,.;:)»”])").unwrap()
});

/// Emphasis markup left in paragraph text: a span (`*Recalling*`,
/// `_Se déclare résolue_`, `**…**`), or a delimiter opening one before a
/// word or an underscore closing one after a word (a span cut by a
/// paragraph break). Stars after a word are left alone: they are footnote
/// stars (`Member States*`, `Court,**`), as are blanks to fill (`Add.__`).
fn emphasis_markup(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let t = &p.text;
        if !t.contains(['*', '_']) {
            continue;
        }
        let stray = STRAY_EMPHASIS.find(t).map(|m| (m.start(), m.end()));
        let span = (crate::text::emphasis::emphasis_spans(t) > 0).then(|| {
            let at = t.find(['*', '_']).unwrap_or(0);
            (at, at + 1)
        });
        if let Some((start, end)) = span.or(stray) {
            out.push(format!(
                "{}: emphasis markup in text: {}",
                p.id,
                excerpt(t, start, end)
            ));
        }
    }
    out
}

/// Lines removed as running titles where the document shows no running
/// title: none of them recurs although the document has several page
/// breaks. A running title is printed on every page; a line removed once
/// in a document of three pages or more is a body line that repeats the
/// title's wording (drafts, L. documents, print no running title).
fn running_title_without_evidence(doc: &Document) -> Vec<String> {
    use crate::RemovalReason::{PageCounter, RunningTitle};
    let breaks = doc
        .removed
        .iter()
        .filter(|r| r.reason == PageCounter)
        .count();
    let titles: Vec<&str> = doc
        .removed
        .iter()
        .filter(|r| r.reason == RunningTitle)
        .map(|r| r.text.trim())
        .collect();
    let recurs = titles
        .iter()
        .enumerate()
        .any(|(i, t)| titles[i + 1..].contains(t));
    if breaks < 2 || recurs {
        return Vec::new();
    }
    doc.removed
        .iter()
        .filter(|r| r.reason == RunningTitle)
        .map(|r| {
            format!(
                "line {}: running title without evidence: {}",
                r.line,
                r.text.trim()
            )
        })
        .collect()
}
