//! The fixed shapes of UN document lines (symbols, page counters, job
//! numbers, barcodes, footnote starts, dates, markdown superscripts and
//! links), recognised by hand-written scanners.
//!
//! These were regular expressions. Compiling the twenty of them cost each
//! run of the command more than reading a whole resolution did (about half
//! a millisecond), and every shape here is a short fixed sequence of
//! character classes, so a cursor over the line states each one as plainly
//! as the pattern did. Each function's doc comment gives the pattern it
//! implements; `shapes/tests.rs` pins the edge cases and
//! `shapes/same_as_patterns.rs` checks each scanner against its pattern.

/// A cursor over a line. Each method consumes what it names and says
/// whether it found it; a failed call consumes nothing.
#[derive(Clone, Copy)]
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor { text, at: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn done(&self) -> bool {
        self.at == self.text.len()
    }

    /// Consumes `min..=max` characters matching `class`, as many as there
    /// are. Fails (consuming nothing) when fewer than `min` are there or
    /// more than `max` follow, since every caller's next step rejects a
    /// character of the same class.
    fn run(&mut self, min: usize, max: usize, class: impl Fn(char) -> bool) -> bool {
        let mut n = 0;
        let mut end = self.at;
        for c in self.rest().chars() {
            if !class(c) {
                break;
            }
            n += 1;
            end += c.len_utf8();
            if n > max {
                return false;
            }
        }
        if n < min {
            return false;
        }
        self.at = end;
        true
    }

    /// Consumes ASCII digits, `min..=max` of them and no more.
    fn digits(&mut self, min: usize, max: usize) -> bool {
        self.run(min, max, |c| c.is_ascii_digit())
    }

    /// Consumes spaces and tabs, at least `min`.
    fn blanks(&mut self, min: usize) -> bool {
        self.run(min, usize::MAX, is_blank)
    }

    /// Consumes `s` if the line continues with it.
    fn lit(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.at += s.len();
            true
        } else {
            false
        }
    }

    /// Consumes one character if it is `c`.
    fn char(&mut self, c: char) -> bool {
        self.rest().starts_with(c) && {
            self.at += c.len_utf8();
            true
        }
    }
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Bodies that publish under their own symbol series.
const SYMBOL_SERIES: &[&str] = &[
    "A", "E", "S", "ST", "DP", "UNEP", "TD", "CRC", "CCPR", "CEDAW", "HRC", "ICCD", "FCCC",
    "SPLOS", "ECE", "ESCAP", "ECA", "ECLAC", "ESCWA", "UNW", "WFP", "JIU", "CERD", "CAT", "CRPD",
];

/// A document symbol: `^(?:A|E|S|…)(?:/[A-Za-z0-9.\-]+){1,6}(?: \([0-9]{4}\))?$`,
/// as `A/RES/78/265` or `E/2024/15 (2024)`.
pub fn is_symbol(t: &str) -> bool {
    let Some((series, rest)) = t.split_once('/') else {
        return false;
    };
    if !SYMBOL_SERIES.contains(&series) {
        return false;
    }
    let (parts, year) = match rest.split_once(' ') {
        Some((parts, year)) => (parts, Some(year)),
        None => (rest, None),
    };
    let part_ok = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    let count = parts.split('/').count();
    (1..=6).contains(&count)
        && parts.split('/').all(part_ok)
        && year.is_none_or(|y| {
            let mut c = Cursor::new(y);
            c.char('(') && c.digits(4, 4) && c.char(')') && c.done()
        })
}

/// `[0-9]{1,3}/[0-9]{1,3}`, with `[ \t]*` around the slash when `spaced`.
fn counter(c: &mut Cursor, spaced: bool) -> bool {
    let start = *c;
    let ok = c.digits(1, 3)
        && (!spaced || c.blanks(0))
        && c.char('/')
        && (!spaced || c.blanks(0))
        && c.digits(1, 3);
    if !ok {
        *c = start;
    }
    ok
}

/// A job number: `[0-9]{2}-[0-9]{5}(?:[ \t]*\([A-Z]\))?`, as `24-04215 (E)`.
fn job(c: &mut Cursor) -> bool {
    let start = *c;
    if !(c.digits(2, 2) && c.char('-') && c.digits(5, 5)) {
        *c = start;
        return false;
    }
    let before_language = *c;
    c.blanks(0);
    let language = c.char('(') && c.run(1, 1, |ch| ch.is_ascii_uppercase()) && c.char(')');
    if !language {
        *c = before_language;
    }
    true
}

/// A page counter: `^[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}$` (`3/12`).
pub fn is_page_counter(t: &str) -> bool {
    let mut c = Cursor::new(t);
    counter(&mut c, true) && c.done()
}

/// A job number beside a page counter, either way round:
/// `^(?:JOB[ \t]+[0-9]{1,3}/[0-9]{1,3}|[0-9]{1,3}/[0-9]{1,3}[ \t]+JOB)$`.
pub fn is_job_and_counter(t: &str) -> bool {
    let mut c = Cursor::new(t);
    if job(&mut c) && c.blanks(1) && counter(&mut c, false) && c.done() {
        return true;
    }
    let mut c = Cursor::new(t);
    counter(&mut c, false) && c.blanks(1) && job(&mut c) && c.done()
}

/// A job number alone or with the print batch: `^JOB(?:[ \t]+[0-9]{6})?$`.
pub fn is_job_number(t: &str) -> bool {
    let mut c = Cursor::new(t);
    if !job(&mut c) {
        return false;
    }
    if c.done() {
        return true;
    }
    c.blanks(1) && c.digits(6, 6) && c.done()
}

/// A barcode: `^\*[0-9]{6,9}\*$`.
pub fn is_barcode(t: &str) -> bool {
    let mut c = Cursor::new(t);
    c.char('*') && c.digits(6, 9) && c.char('*') && c.done()
}

/// A line that is one link: `^(?:https?://|www\.)[^ \t]+$`.
pub fn is_url_line(t: &str) -> bool {
    let rest = ["https://", "http://", "www."]
        .iter()
        .find_map(|p| t.strip_prefix(p));
    rest.is_some_and(|r| !r.is_empty() && !r.contains(is_blank))
}

/// The start of a footnote: its mark and the rest of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FootnoteStart<'a> {
    /// `12`, the text between the superscript sentinels, or `*`.
    pub mark: &'a str,
    /// The note's first words.
    pub body: &'a str,
}

/// `^(?:([0-9]{1,3})[ \t]+|O([^C]+)C[ \t]*|(\*{1,3})[ \t]*)([^ \t].*)$`
/// where `O` and `C` are the superscript sentinels `open` and `close`.
pub fn footnote_start(t: &str, open: char, close: char) -> Option<FootnoteStart<'_>> {
    // The note's text starts with a character that is not blank.
    fn body<'a>(c: &Cursor<'a>) -> Option<&'a str> {
        let rest = c.rest();
        (!rest.is_empty() && !rest.starts_with(is_blank)).then_some(rest)
    }
    // A number and a space.
    let mut c = Cursor::new(t);
    if c.digits(1, 3) {
        let mark = &t[..c.at];
        if c.blanks(1) {
            if let Some(body) = body(&c) {
                return Some(FootnoteStart { mark, body });
            }
        }
    }
    // A superscript between sentinels.
    let mut c = Cursor::new(t);
    if c.char(open) {
        let inner_start = c.at;
        if c.run(1, usize::MAX, |ch| ch != close) {
            let mark = &t[inner_start..c.at];
            if c.char(close) {
                c.blanks(0);
                if let Some(body) = body(&c) {
                    return Some(FootnoteStart { mark, body });
                }
            }
        }
    }
    // One to three stars; as the pattern did, give a star back to the text
    // when nothing else follows ("**" is a star marking "*").
    let stars = t.len() - t.trim_start_matches('*').len();
    for n in (1..=stars.min(3)).rev() {
        let mut c = Cursor { text: t, at: n };
        c.blanks(0);
        if let Some(body) = body(&c) {
            return Some(FootnoteStart {
                mark: &t[..n],
                body,
            });
        }
    }
    None
}

/// A line that opens with a label or a short dated line and so resumes body
/// text after footnotes:
/// `^(?:[0-9]{1,3}\.(?:[ \t]|$)|[IVXLC]{1,5}\.[ \t]|[A-Z]\.[ \t]|\(?[a-z]{1,4}\)[ \t]|[0-9]{1,3}(?:st|nd|rd|th|e|er|ᵉ)?[ \t]+[^ \t]+[ \t]+[^ \t]+$)`.
pub fn starts_body(t: &str) -> bool {
    let then_blank = |c: &Cursor| c.rest().starts_with(is_blank);
    // "12." then a blank or the end.
    let mut c = Cursor::new(t);
    if c.digits(1, 3) && c.char('.') && (c.done() || then_blank(&c)) {
        return true;
    }
    // "IV. "
    let mut c = Cursor::new(t);
    if c.run(1, 5, |ch| matches!(ch, 'I' | 'V' | 'X' | 'L' | 'C')) && c.char('.') && then_blank(&c)
    {
        return true;
    }
    // "A. "
    let mut c = Cursor::new(t);
    if c.run(1, 1, |ch| ch.is_ascii_uppercase()) && c.char('.') && then_blank(&c) {
        return true;
    }
    // "(a) ", "iv) "
    let mut c = Cursor::new(t);
    c.char('(');
    if c.run(1, 4, |ch| ch.is_ascii_lowercase()) && c.char(')') && then_blank(&c) {
        return true;
    }
    // "21 March 2024", "1er avril 2024": a number and exactly two words.
    let mut c = Cursor::new(t);
    if c.digits(1, 3) {
        // An ordinal suffix counts only where a blank follows it.
        if let Some(suffixed) = ["st", "nd", "rd", "th", "er", "e", "ᵉ"]
            .iter()
            .find_map(|s| {
                let mut s_c = c;
                (s_c.lit(s) && then_blank(&s_c)).then_some(s_c)
            })
        {
            c = suffixed;
        }
        let word = |c: &mut Cursor| c.run(1, usize::MAX, |ch| !is_blank(ch));
        if c.blanks(1) && word(&mut c) && c.blanks(1) && word(&mut c) && c.done() {
            return true;
        }
    }
    false
}

/// A resolution's number before its title: `^([0-9]{1,3}/[0-9]{1,4})\.[ \t]+([^ \t].*)$`,
/// as `78/265. Seizing the opportunities …`; gives the number and the title.
pub fn title_number(t: &str) -> Option<(&str, &str)> {
    let mut c = Cursor::new(t);
    if !(c.digits(1, 3) && c.char('/') && c.digits(1, 4)) {
        return None;
    }
    let number = &t[..c.at];
    (c.char('.') && c.blanks(1) && !c.done()).then(|| (number, c.rest()))
}

/// A date line: `21 March 2024`, `1er avril 2024`, `21 de marzo de 2024`,
/// `March 21, 2024`:
/// `^(?:[0-9]{1,2}(?:er|st|nd|rd|th)?\.?[ \t]+W\.?[ \t]+(?:de[ \t]+)?[0-9]{4}|W[ \t]+[0-9]{1,2},[ \t]+[0-9]{4})\.?$`
/// where `W` is `[^ \t0-9,.]+`.
pub fn is_date_line(t: &str) -> bool {
    let word_char = |ch: char| !matches!(ch, ' ' | '\t' | '0'..='9' | ',' | '.');
    let year_end = |c: &mut Cursor| {
        if !c.digits(4, 4) {
            return false;
        }
        c.char('.');
        c.done()
    };
    // Day first.
    let day_first = |with_suffix: bool| {
        let mut c = Cursor::new(t);
        if !c.digits(1, 2) {
            return false;
        }
        if with_suffix && !["er", "st", "nd", "rd", "th"].iter().any(|s| c.lit(s)) {
            return false;
        }
        c.char('.');
        if !(c.blanks(1) && c.run(1, usize::MAX, word_char)) {
            return false;
        }
        c.char('.');
        if !c.blanks(1) {
            return false;
        }
        let before_de = c;
        if c.lit("de") && c.blanks(1) && year_end(&mut c.clone()) {
            return true;
        }
        c = before_de;
        year_end(&mut c)
    };
    if day_first(true) || day_first(false) {
        return true;
    }
    // Month first.
    let mut c = Cursor::new(t);
    c.run(1, usize::MAX, word_char)
        && c.blanks(1)
        && c.digits(1, 2)
        && c.char(',')
        && c.blanks(1)
        && year_end(&mut c)
}

/// `^#{1,6}[ \t]+`: the length of a markdown heading's marker, if any.
pub fn markdown_heading(t: &str) -> Option<usize> {
    let mut c = Cursor::new(t);
    (c.run(1, 6, |ch| ch == '#') && c.blanks(1)).then_some(c.at)
}

/// Replaces every match of a scanner: `scan` looks at the text from a
/// candidate position (where `trigger` occurs) and gives the length it
/// matched and what to write instead.
fn replace_each(
    text: &str,
    trigger: &str,
    scan: impl Fn(&str) -> Option<(usize, String)>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = text[at..].find(trigger) {
        let start = at + found;
        match scan(&text[start..]) {
            Some((len, with)) => {
                out.push_str(&text[at..start]);
                out.push_str(&with);
                at = start + len;
            }
            None => {
                let step = start + trigger.len();
                out.push_str(&text[at..step]);
                at = step;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

/// Markdown superscripts and tags, as exports from PDFs write them:
/// `<sup>12</sup>` (a footnote mark, put between the sentinels `open` and
/// `close`), other `<sup>…</sup>` (kept as text), and the tags
/// `</?(?:sub|em|strong|b|i|u|span|br)[ \t]*/?>` (dropped).
pub fn strip_html_marks(text: &str, open: char, close: char) -> String {
    // <sup>[ \t]*([0-9]{1,3}|\*{1,3})[ \t]*</sup> → O$1C, then <sup>([^<]*)</sup> → $1
    let sup = replace_each(text, "<sup>", |s| {
        let mut c = Cursor::new(s);
        c.lit("<sup>");
        let inner_start = c.at;
        if !c.run(0, usize::MAX, |ch| ch != '<') || !c.lit("</sup>") {
            return None;
        }
        let inner = &s[inner_start..c.at - "</sup>".len()];
        let mark = inner.trim_matches(is_blank);
        let is_mark = (mark.len() <= 3 && !mark.is_empty())
            && (mark.bytes().all(|b| b.is_ascii_digit()) || mark.bytes().all(|b| b == b'*'));
        Some(if is_mark {
            (c.at, format!("{open}{mark}{close}"))
        } else {
            (c.at, inner.to_string())
        })
    });
    replace_each(&sup, "<", |s| {
        let mut c = Cursor::new(s);
        c.char('<');
        c.char('/');
        let tag = ["strong", "span", "sub", "em", "br", "b", "i", "u"]
            .iter()
            .any(|t| {
                let mut t_c = c;
                let ok = t_c.lit(t) && {
                    t_c.blanks(0);
                    t_c.char('/');
                    t_c.char('>')
                };
                if ok {
                    c = t_c;
                }
                ok
            });
        tag.then(|| (c.at, String::new()))
    })
}

/// Caret superscripts: `^{er}` → `er`, and `1^er` → `1er`
/// (`\^\{([^}]*)\}` → `$1`, then `([0-9])\^([^ \t0-9^{}.,;:]{1,4})` → `$1$2`).
pub fn strip_carets(text: &str) -> String {
    let braced = replace_each(text, "^{", |s| {
        let inner = &s[2..];
        let end = inner.find('}')?;
        Some((2 + end + 1, inner[..end].to_string()))
    });
    let mut out = String::with_capacity(braced.len());
    let mut previous: Option<char> = None;
    let mut chars = braced.chars().peekable();
    while let Some(ch) = chars.next() {
        let tail_ok = |n: &char| {
            !matches!(
                n,
                ' ' | '\t' | '0'..='9' | '^' | '{' | '}' | '.' | ',' | ';' | ':'
            )
        };
        if ch == '^'
            && previous.is_some_and(|p| p.is_ascii_digit())
            && chars.peek().is_some_and(tail_ok)
        {
            previous = Some(ch);
            continue;
        }
        out.push(ch);
        previous = Some(ch);
    }
    out
}

/// Markdown links keep their text: `\[([^\]]*)\]\([^) \t]*\)` → `$1`.
pub fn strip_links(text: &str) -> String {
    replace_each(text, "[", |s| {
        let close = s.find(']')?;
        let after = &s[close + 1..];
        let target = after.strip_prefix('(')?;
        let end = target.find(|c: char| c == ')' || is_blank(c))?;
        (target.as_bytes()[end] == b')').then(|| (close + 1 + 1 + end + 1, s[1..close].to_string()))
    })
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod same_as_patterns;
