//! Word wrapping for the terminal: marked pieces of text laid out in lines
//! no wider than the terminal, each continuation line indented (a hanging
//! indent under the paragraph's id). Lines break at spaces, and between any
//! two Han characters, which are words without spaces between them.

use std::io;

use termcolor::{Color, ColorSpec, WriteColor};

use crate::lang::is_han;
use crate::types::Op;

/// One unit of wrapping: a word, a space run, a line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Letters and marks printed without a break inside (a Han character
    /// alone).
    Word(&'a str),
    /// Spaces: one space on screen, or a line break where a line is full.
    Space,
    /// A line break of the text (between joined paragraphs).
    Break,
}

/// Cuts `text` into wrapping tokens.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    fn end_word<'t>(text: &'t str, out: &mut Vec<Token<'t>>, start: &mut Option<usize>, at: usize) {
        if let Some(s) = start.take() {
            out.push(Token::Word(&text[s..at]));
        }
    }
    for (at, c) in text.char_indices() {
        if c == '\n' {
            end_word(text, &mut out, &mut start, at);
            out.push(Token::Break);
        } else if c.is_whitespace() && c != '\u{A0}' {
            end_word(text, &mut out, &mut start, at);
            if out.last() != Some(&Token::Space) {
                out.push(Token::Space);
            }
        } else if is_han(c) {
            end_word(text, &mut out, &mut start, at);
            out.push(Token::Word(&text[at..at + c.len_utf8()]));
        } else if start.is_none() {
            start = Some(at);
        }
    }
    end_word(text, &mut out, &mut start, text.len());
    out
}

/// Columns a word takes: two for a Han character, one for anything else.
pub fn columns(word: &str) -> usize {
    word.chars().map(|c| if is_han(c) { 2 } else { 1 }).sum()
}

/// What to write next: `text` in the style of `op`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<'a> {
    /// How the text is marked.
    pub op: Op,
    /// A word, a space, or a line break followed by the indent.
    pub text: std::borrow::Cow<'a, str>,
}

/// Lays out marked pieces in lines of at most `width` columns, starting at
/// column `indent`, each new line indented by `indent` spaces. A word
/// longer than a line overflows it.
pub fn lay_out<'a>(pieces: &[(Op, &'a str)], width: usize, indent: usize) -> Vec<Placed<'a>> {
    let mut out = Vec::new();
    let newline = || std::borrow::Cow::Owned(format!("\n{}", " ".repeat(indent)));
    let mut col = indent;
    let mut space: Option<Op> = None;
    // A line breaks at a space or between two Han characters, never
    // inside a word whose pieces are marked differently.
    let mut after_han = false;
    for &(op, text) in pieces {
        for token in tokens(text) {
            match token {
                Token::Space => space = space.or(Some(op)),
                Token::Break => {
                    out.push(Placed {
                        op: Op::Equal,
                        text: newline(),
                    });
                    col = indent;
                    space = None;
                    after_han = false;
                }
                Token::Word(w) => {
                    let wide = columns(w);
                    let gap = usize::from(space.is_some());
                    let han = w.chars().all(is_han);
                    let breakable = space.is_some() || (after_han && han);
                    after_han = han;
                    if breakable && col > indent && col + gap + wide > width {
                        out.push(Placed {
                            op: Op::Equal,
                            text: newline(),
                        });
                        col = indent;
                    } else if let Some(space_op) = space {
                        out.push(Placed {
                            op: space_op,
                            text: " ".into(),
                        });
                        col += 1;
                    }
                    space = None;
                    out.push(Placed { op, text: w.into() });
                    col += wide;
                }
            }
        }
    }
    if let Some(op) = space {
        out.push(Placed {
            op,
            text: " ".into(),
        });
    }
    out
}

/// Writes laid-out text, deleted words struck in red and inserted ones
/// underlined in green; line breaks and indents never marked.
pub fn write_placed(out: &mut impl WriteColor, placed: &[Placed<'_>]) -> io::Result<()> {
    let mut current = Op::Equal;
    for p in placed {
        let op = if p.text.starts_with('\n') {
            Op::Equal
        } else {
            p.op
        };
        if op != current {
            out.reset()?;
            let (color, strike) = match op {
                Op::Equal => (None, false),
                Op::Delete => (Some(Color::Red), true),
                Op::Insert => (Some(Color::Green), false),
            };
            if color.is_some() {
                let spec = ColorSpec::new()
                    .set_fg(color)
                    .set_strikethrough(strike)
                    .set_underline(!strike)
                    .clone();
                out.set_color(&spec)?;
            }
            current = op;
        }
        write!(out, "{}", p.text)?;
    }
    out.reset()
}

#[cfg(test)]
mod tests {
    use super::lay_out;
    use crate::types::Op;

    fn plain(pieces: &[(Op, &str)], width: usize) -> String {
        lay_out(pieces, width, 4)
            .iter()
            .map(|p| p.text.as_ref())
            .collect()
    }

    #[test]
    fn lines_break_at_spaces_with_a_hanging_indent() {
        let text = "Decides to remain actively seized of the matter.";
        assert_eq!(
            plain(&[(Op::Equal, text)], 24),
            "Decides to remain\n    actively seized of\n    the matter."
        );
    }

    #[test]
    fn a_marked_word_moves_to_the_next_line_whole_and_han_text_breaks_anywhere() {
        let pieces = [
            (Op::Equal, "Recalling its "),
            (Op::Delete, "resolution"),
            (Op::Insert, "resolutions"),
        ];
        let laid = lay_out(&pieces, 20, 4);
        let last = laid.last().unwrap();
        assert_eq!((last.op, last.text.as_ref()), (Op::Insert, "resolutions"));
        assert_eq!(
            plain(&pieces, 20),
            "Recalling its\n    resolutionresolutions"
        );
        assert_eq!(
            plain(&[(Op::Equal, "大会回顾其决议")], 12),
            "大会回顾\n    其决议"
        );
    }
}
