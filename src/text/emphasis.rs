//! Emphasis markup around words: `*Recalling*`, `**…**`, `***…***`,
//! `_…_`, `__…__`, as markdown exports of UN texts set the opening words of
//! paragraphs. Whatever form a text is read as, this markup is not text.
//!
//! A delimiter is a run of one to three `*` or `_`. It opens a span when a
//! word follows it and no letter or digit precedes it, and closes one when
//! a word precedes it and no letter or digit follows it; an opener and the
//! next closer of the same run pair up when what they hold has a letter.
//! That leaves alone what only looks like markup: a barcode (`*2412313*`,
//! no letter), a footnote star after a name (`Denmark,* Estonia`, nothing
//! opens it), underscores inside a word or a link (`A_RES_79_1`,
//! `…/_layouts/`), footnote rules (`_____`, runs longer than three) and
//! escaped characters (`\*`).

use std::borrow::Cow;

use crate::lang::is_han;

/// One delimiter run: where it starts (bytes), how long it is, its
/// character, and whether it may open or close a span.
struct Run {
    start: usize,
    len: usize,
    ch: char,
    open: bool,
    close: bool,
}

/// Whether `c`, next to a delimiter on its outer side, lets it be markup:
/// a letter or digit there makes it part of a word (`snake_case`), a slash
/// or a backslash part of a path or an escape.
fn outer_ok(c: Option<char>) -> bool {
    // Chinese has no spaces: a Han character next to the delimiter is the
    // next word (`*强调*迫切需要`).
    c.is_none_or(|c| is_han(c) || (!c.is_alphanumeric() && !matches!(c, '/' | '\\')))
}

/// Whether `c`, on a delimiter's inner side, is part of the emphasised
/// text (or the other delimiter of a nested span: `**_Recalling_**`).
fn inner_ok(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_whitespace())
}

/// The delimiter runs of a line, in order.
fn runs(text: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((start, ch)) = chars.next() {
        if !matches!(ch, '*' | '_') || prev == Some('\\') {
            prev = Some(ch);
            continue;
        }
        let mut len = 1;
        while chars.peek().is_some_and(|&(_, c)| c == ch) {
            chars.next();
            len += 1;
        }
        let next = chars.peek().map(|&(_, c)| c);
        if len <= 3 {
            out.push(Run {
                start,
                len,
                ch,
                open: outer_ok(prev) && inner_ok(next),
                close: inner_ok(prev) && outer_ok(next),
            });
        }
        prev = Some(ch);
    }
    out
}

/// The pairs of runs (indices into `runs`) that enclose emphasised text.
fn pairs(text: &str, runs: &[Run]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, r) in runs.iter().enumerate() {
        if let Some(o) = open {
            let opener = &runs[o];
            if r.close && r.ch == opener.ch && r.len == opener.len {
                let inside = &text[opener.start + opener.len..r.start];
                if inside.chars().any(char::is_alphabetic) {
                    out.push((o, i));
                    open = None;
                    continue;
                }
            }
        }
        if r.open {
            open = Some(i);
        }
    }
    out
}

/// How many emphasised spans a line holds.
///
/// ```
/// use resdiff::text::emphasis::emphasis_spans;
/// assert_eq!(emphasis_spans("1. *Decides* to remain _seized_ of the matter;"), 2);
/// assert_eq!(emphasis_spans("*2412313*"), 0);
/// assert_eq!(emphasis_spans("Denmark,* Estonia,* Finland"), 0);
/// ```
pub fn emphasis_spans(text: &str) -> usize {
    if !text.contains(['*', '_']) {
        return 0;
    }
    pairs(text, &runs(text)).len()
}

/// The line without the delimiters of its emphasised spans.
///
/// ```
/// use resdiff::text::emphasis::strip_emphasis;
/// assert_eq!(strip_emphasis("*Se déclare résolue* à combler"), "Se déclare résolue à combler");
/// assert_eq!(strip_emphasis("**_Recalling_** its resolution"), "Recalling its resolution");
/// assert_eq!(strip_emphasis("see A_RES_79_1 and *2412313*"), "see A_RES_79_1 and *2412313*");
/// ```
pub fn strip_emphasis(text: &str) -> Cow<'_, str> {
    if !text.contains(['*', '_']) {
        return Cow::Borrowed(text);
    }
    let mut current = Cow::Borrowed(text);
    // Nested spans (`**_x_**`) come off one layer a pass; three layers
    // are as deep as markup goes.
    for _ in 0..3 {
        let runs = runs(&current);
        let pairs = pairs(&current, &runs);
        if pairs.is_empty() {
            break;
        }
        let mut cut: Vec<(usize, usize)> = pairs
            .iter()
            .flat_map(|&(o, c)| [&runs[o], &runs[c]])
            .map(|r| (r.start, r.start + r.len))
            .collect();
        cut.sort_unstable();
        let mut out = String::with_capacity(current.len());
        let mut at = 0;
        for (from, to) in cut {
            out.push_str(&current[at..from]);
            at = to;
        }
        out.push_str(&current[at..]);
        current = Cow::Owned(out);
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_lose_their_markup() {
        for (line, want) in [
            ("*Recalling* its resolution", "Recalling its resolution"),
            ("**Recalling** its resolution", "Recalling its resolution"),
            ("***Recalling*** its resolution", "Recalling its resolution"),
            ("_Recalling_ its resolution", "Recalling its resolution"),
            ("__Recalling also__ its", "Recalling also its"),
            ("*L’Assemblée générale,*", "L’Assemblée générale,"),
            (
                "6. *Se déclare résolue* à combler",
                "6. Se déclare résolue à combler",
            ),
            (
                "*Affirmant* que, *notamment*, la",
                "Affirmant que, notamment, la",
            ),
            ("«*Transformer notre monde*»", "«Transformer notre monde»"),
        ] {
            assert_eq!(strip_emphasis(line), want, "{line}");
        }
    }

    #[test]
    fn what_only_looks_like_markup_stays() {
        for line in [
            "*2412313*",
            "Denmark,* Estonia,* Finland",
            "A/C.1/80/L.41*",
            "* Reissued for technical reasons on 3 November 2025.",
            "https://undocs.org/A_RES_79_1",
            "https://example.org/_layouts/x_y_z.aspx",
            "____________________",
            "2 * 3 * 4",
            "an escaped \\*star\\* stays",
        ] {
            assert_eq!(strip_emphasis(line), line);
            assert_eq!(emphasis_spans(line), 0, "{line}");
        }
    }
}
