//! Where the spaces around an edit are shown, so that a redline reads like
//! prose on both of its sides.
//!
//! A redline's spans keep their exact texts: equal and deleted spans rebuild
//! the old text, equal and inserted spans the new one. A reader of an inline
//! redline reads the old text by skipping the insertions and the new text by
//! skipping the deletions; the spaces shown outside the marks are read on
//! both sides. Where a space sits relative to the marks therefore decides
//! whether each side reads right: `systems,[-encompassing-]` loses the
//! old side's space, `systems[-,-]  and` doubles the new side's, and
//! `international [-, garantissent-]` puts a space before the old side's
//! comma.
//!
//! [`pieces`] cuts a redline at its equal words and, for each edit between
//! them, chooses where its spaces go: outside the marks where both sides read
//! them, inside a mark only where one side alone has them, and never two
//! spaces in a row on screen. Each choice is checked by reading both sides
//! of a miniature of the edit, so the rule holds for any spacing, any
//! language and texts without spaces between words alike.

use crate::types::{Op, Span};

/// The redline as shown: `equal` pieces are printed plain and read on both
/// sides, `delete` and `insert` pieces are printed inside their marks
/// exactly as they are, spaces included. Equal pieces keep the old form of
/// their words in `old_text` when it differs.
///
/// ```
/// use resdiff::render::edges::{bracketed, pieces};
/// use resdiff::{Op, Span};
/// let span = |op, text: &str, old: Option<&str>| Span {
///     op, text: text.into(), old_text: old.map(str::to_string),
/// };
/// // "weapon systems, and" became "weapon systems and".
/// let diff = [
///     span(Op::Equal, "weapon systems", None),
///     span(Op::Delete, ", ", None),
///     span(Op::Equal, " and", Some("and")),
/// ];
/// assert_eq!(bracketed(&pieces(&diff)), "weapon systems[-,-] and");
/// ```
pub fn pieces(diff: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(diff.len() + 4);
    let mut gap = Gap::default();
    let mut has_left = false;
    for span in diff {
        match span.op {
            Op::Delete => gap.old.push_str(&span.text),
            Op::Insert => gap.new.push_str(&span.text),
            Op::Equal => {
                let old = span.old_text.as_deref().unwrap_or(&span.text);
                let (new_lead, new_core, new_trail) = cut(&span.text);
                let (old_lead, old_core, old_trail) = cut(old);
                if new_core.is_empty() && old_core.is_empty() {
                    // Spaces only: part of the gap between words.
                    gap.old.push_str(old);
                    gap.new.push_str(&span.text);
                    continue;
                }
                gap.old.push_str(old_lead);
                gap.new.push_str(new_lead);
                gap.show(has_left, true, &mut out);
                gap = Gap {
                    old: old_trail.to_string(),
                    new: new_trail.to_string(),
                };
                out.push(Span {
                    op: Op::Equal,
                    text: new_core.to_string(),
                    old_text: (old_core != new_core).then(|| old_core.to_string()),
                });
                has_left = true;
            }
        }
    }
    gap.show(has_left, false, &mut out);
    out
}

/// Pieces as plain text, deletions in `[-…-]` and insertions in `{+…+}`
/// (`git diff --word-diff`'s marks), as a terminal without colour shows
/// them.
pub fn bracketed(pieces: &[Span]) -> String {
    let mut out = String::new();
    for p in pieces {
        let (open, close) = match p.op {
            Op::Equal => ("", ""),
            Op::Delete => ("[-", "-]"),
            Op::Insert => ("{+", "+}"),
        };
        out.push_str(open);
        out.push_str(&p.text);
        out.push_str(close);
    }
    out
}

/// A text cut into its leading spaces, its words and its trailing spaces.
fn cut(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let lead = &text[..text.len() - text.trim_start().len()];
    (lead, core, &text[lead.len() + core.len()..])
}

/// What lies between two equal words: the old side's text and the new
/// side's (spaces, deleted and inserted words).
#[derive(Default)]
struct Gap {
    old: String,
    new: String,
}

/// One side of a gap: spaces before, words, spaces after (all spaces in
/// `lead` when the side has no words).
struct Side<'a> {
    lead: &'a str,
    core: &'a str,
    trail: &'a str,
}

impl<'a> Side<'a> {
    fn of(text: &'a str) -> Self {
        let (lead, core, trail) = cut(text);
        Side { lead, core, trail }
    }

    fn words(&self) -> bool {
        !self.core.is_empty()
    }

    /// Whether the side has spaces before its words (or at all, when it has
    /// no words) and after them.
    fn spaces(&self) -> (bool, bool) {
        let after = if self.words() { self.trail } else { self.lead };
        (!self.lead.is_empty(), !after.is_empty())
    }

    /// The spaces after its words (or all of them).
    fn after(&self) -> &'a str {
        if self.words() {
            self.trail
        } else {
            self.lead
        }
    }

    /// The words cut at their first (or last) run of spaces: head, spaces,
    /// tail.
    fn split(&self, last: bool) -> Option<(&'a str, &'a str, &'a str)> {
        let core = self.core;
        let at = if last {
            core.rfind(char::is_whitespace)?
        } else {
            core.find(char::is_whitespace)?
        };
        let head = core[..at].trim_end();
        let tail = core[at..].trim_start();
        Some((head, &core[head.len()..core.len() - tail.len()], tail))
    }
}

/// The ways a space can be shown, one flag each in a [`Choice`]: plain
/// before the marks, between them, after them; inside the deletion's mark
/// at its start or end, or the deletion cut at its first inner space shown
/// plain, or (for a side with spaces and no words) the spaces alone in a
/// mark; the same four for the insertion.
const LEFT: usize = 0;
const BETWEEN: usize = 1;
const RIGHT: usize = 2;
const DEL: usize = 3;
const INS: usize = 7;
const START: usize = 0;
const END: usize = 1;
const CUT: usize = 2;
const ALONE: usize = 3;

/// One way of showing a gap's spaces.
type Choice = [bool; 11];

/// What a choice costs a reader: spaces alone in a mark most, a space
/// inside a mark next, a mark cut in two less, a plain space least.
fn cost(c: &Choice) -> u32 {
    let mut n = 0;
    for side in [DEL, INS] {
        n += 10 * u32::from(c[side + START]) + 10 * u32::from(c[side + END]);
        n += 5 * u32::from(c[side + CUT]) + 20 * u32::from(c[side + ALONE]);
    }
    n + [LEFT, BETWEEN, RIGHT]
        .iter()
        .map(|&i| u32::from(c[i]))
        .sum::<u32>()
}

/// The shape of a gap that decides how its spaces read: whether there is
/// an equal word on each side of it, and for each side of the text whether
/// it has words, whether they hold a space, and whether it has spaces
/// before and after them.
#[derive(Clone, Copy)]
struct Shape {
    context: (bool, bool),
    words: [bool; 2],
    inner: [bool; 2],
    spaces: [(bool, bool); 2],
}

impl Gap {
    /// Shows the gap onto `out`, between the equal words before it (if
    /// `has_left`) and after it (if `has_right`).
    fn show(&self, has_left: bool, has_right: bool, out: &mut Vec<Span>) {
        if self.old.is_empty() && self.new.is_empty() {
            return;
        }
        let sides = [Side::of(&self.old), Side::of(&self.new)];
        let shape = Shape {
            context: (has_left, has_right),
            words: sides.each_ref().map(Side::words),
            inner: sides
                .each_ref()
                .map(|s| s.core.contains(char::is_whitespace)),
            spaces: sides.each_ref().map(Side::spaces),
        };
        if shape.words == [false, false] && shape.spaces[0] == shape.spaces[1] {
            // Only spaces, the same on both sides: the new side's.
            plain(
                out,
                if self.new.is_empty() {
                    &self.old
                } else {
                    &self.new
                },
            );
            return;
        }
        // Only the flags that apply are tried, in a fixed order; ties keep
        // the first.
        let open: Vec<usize> = (0..11).filter(|&i| shape.applies(i)).collect();
        let best = (0u32..1 << open.len())
            .map(|bits| {
                let mut c: Choice = [false; 11];
                for (k, &i) in open.iter().enumerate() {
                    c[i] = bits & (1 << k) != 0;
                }
                c
            })
            .min_by_key(|c| (shape.faults(c), cost(c)))
            .unwrap_or_default();
        emit(&best, &sides, out);
    }
}

/// Writes the pieces of a choice.
fn emit(c: &Choice, [old, new]: &[Side; 2], out: &mut Vec<Span>) {
    // A plain space reads on both sides: the new side's spaces when it has
    // some there, else the old side's.
    let pick = |a: &str, b: &str| -> String {
        let s = if a.is_empty() { b } else { a };
        if s.is_empty() { " " } else { s }.to_string()
    };
    if c[LEFT] {
        plain(out, &pick(new.lead, old.lead));
    }
    mark(out, Op::Delete, old, &c[DEL..DEL + 4], false);
    if c[BETWEEN] {
        plain(out, &pick(new.lead, old.after()));
    }
    mark(out, Op::Insert, new, &c[INS..INS + 4], true);
    if c[RIGHT] {
        plain(out, &pick(new.after(), old.after()));
    }
}

/// Adds a plain piece.
fn plain(out: &mut Vec<Span>, text: &str) {
    if !text.is_empty() {
        out.push(Span {
            op: Op::Equal,
            text: text.to_string(),
            old_text: None,
        });
    }
}

/// Adds the mark of one side as its flags ask: its words with the spaces
/// they hold at their edges, or cut in two at their first (or `last`) inner
/// space shown plain, or its spaces alone.
fn mark(out: &mut Vec<Span>, op: Op, side: &Side, flags: &[bool], last: bool) {
    let piece = |text: String| Span {
        op,
        text,
        old_text: None,
    };
    if flags[ALONE] {
        out.push(piece(side.lead.to_string()));
        return;
    }
    if !side.words() {
        return;
    }
    let lead = if flags[START] { side.lead } else { "" };
    let trail = if flags[END] { side.trail } else { "" };
    match side.split(last).filter(|_| flags[CUT]) {
        Some((head, space, tail)) => {
            out.push(piece(format!("{lead}{head}")));
            plain(out, space);
            out.push(piece(format!("{tail}{trail}")));
        }
        None => out.push(piece(format!("{lead}{}{trail}", side.core))),
    }
}

/// A short text with its spaces collapsed and trimmed, on the stack.
struct Reading {
    buf: [u8; 32],
    len: usize,
}

impl Reading {
    fn new() -> Self {
        Reading {
            buf: [0; 32],
            len: 0,
        }
    }

    fn push(&mut self, text: &str) {
        for &b in text.as_bytes() {
            let after_space = self.len == 0 || self.buf[self.len - 1] == b' ';
            if (b != b' ' || !after_space) && self.len < self.buf.len() {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
    }

    fn done(mut self) -> Self {
        if self.len > 0 && self.buf[self.len - 1] == b' ' {
            self.len -= 1;
        }
        self
    }
}

impl PartialEq for Reading {
    fn eq(&self, other: &Self) -> bool {
        self.buf[..self.len] == other.buf[..other.len]
    }
}

impl Shape {
    /// Whether a flag can be set: the edges, a cut or a mark of a side's
    /// words only when it has words (a cut only when they hold a space),
    /// its spaces alone only when it has spaces and no words, a space
    /// between the marks only when there are two.
    fn applies(&self, flag: usize) -> bool {
        let side = |i: usize| (i - DEL) / 4;
        let mark = |s: usize| self.words[s] || self.spaces[s].0;
        match flag {
            LEFT | RIGHT => true,
            BETWEEN => mark(0) && mark(1),
            f => {
                let s = side(f);
                match (f - DEL) % 4 {
                    CUT => self.inner[s],
                    ALONE => !self.words[s] && self.spaces[s].0,
                    _ => self.words[s],
                }
            }
        }
    }

    /// How many ways a choice reads wrong: each side read against its own
    /// text (spaces compared as present or absent), and each pair of
    /// spaces in a row on screen. The gap is played out in miniature, one
    /// letter a word, so the test costs the same whatever its length.
    fn faults(&self, c: &Choice) -> u32 {
        let sp = |b: bool| if b { " " } else { "" };
        let l = if self.context.0 { "a" } else { "" };
        let r = if self.context.1 { "z" } else { "" };
        let words = |s: usize| match (s, self.inner[s]) {
            (0, false) => "d",
            (0, true) => "d d",
            (_, false) => "i",
            (_, true) => "i i",
        };
        let mut screen = Screen::default();
        screen.push(Op::Equal, l);
        screen.push(Op::Equal, sp(c[LEFT]));
        for (s, op, at) in [(0, Op::Delete, DEL), (1, Op::Insert, INS)] {
            if c[at + ALONE] {
                screen.push(op, " ");
            } else if self.words[s] {
                screen.mark(op, words(s), &c[at..at + 4]);
            }
            if s == 0 {
                screen.push(Op::Equal, sp(c[BETWEEN]));
            }
        }
        screen.push(Op::Equal, sp(c[RIGHT]));
        screen.push(Op::Equal, r);
        // What each side really reads.
        let truth = |s: usize| {
            let (before, after) = self.spaces[s];
            let mut t = Reading::new();
            t.push(l);
            t.push(sp(before));
            if self.words[s] {
                t.push(words(s));
                t.push(sp(after));
            }
            t.push(r);
            t.done()
        };
        let mut n = u32::from(screen.read(Op::Insert) != truth(0));
        n += u32::from(screen.read(Op::Delete) != truth(1));
        n + screen.double_spaces()
    }
}

/// A gap played out in miniature: (op, text) pieces, on the stack.
#[derive(Default)]
struct Screen {
    pieces: [(Option<Op>, &'static str); 16],
    len: usize,
}

impl Screen {
    fn push(&mut self, op: Op, text: &'static str) {
        if !text.is_empty() {
            self.pieces[self.len] = (Some(op), text);
            self.len += 1;
        }
    }

    /// A mark of words as its flags ask: a space at its start, the words
    /// (cut in two at a plain space or not), a space at its end.
    fn mark(&mut self, op: Op, words: &'static str, flags: &[bool]) {
        if flags[START] {
            self.push(op, " ");
        }
        if flags[CUT] {
            self.push(op, &words[..1]);
            self.push(Op::Equal, " ");
            self.push(op, &words[..1]);
        } else {
            self.push(op, words);
        }
        if flags[END] {
            self.push(op, " ");
        }
    }

    /// The side read by skipping the pieces of `skip`.
    fn read(&self, skip: Op) -> Reading {
        let mut r = Reading::new();
        for (op, text) in &self.pieces[..self.len] {
            if *op != Some(skip) {
                r.push(text);
            }
        }
        r.done()
    }

    /// Spaces shown twice in a row, whichever pieces they belong to.
    fn double_spaces(&self) -> u32 {
        let mut n = 0;
        let mut last = b'.';
        for (_, text) in &self.pieces[..self.len] {
            for &b in text.as_bytes() {
                n += u32::from(b == b' ' && last == b' ');
                last = b;
            }
        }
        n
    }
}
