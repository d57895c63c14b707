//! The redline document before it is XML: paragraphs of pieces, each piece
//! and each paragraph mark carrying the revision it belongs to.
//!
//! Keeping this step apart from the XML lets the rules that decide what is
//! inserted, deleted or moved be tested on plain values, and lets the
//! serializer ([`super::xml`]) give every revision its id in one pass.

use crate::types::Op;

/// Which revision a piece of text or a paragraph mark belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rev {
    /// In both texts.
    None,
    /// Only in the new text (`w:ins`).
    Ins,
    /// Only in the old text (`w:del`).
    Del,
    /// The old place of a moved passage (`w:moveFrom`); the number pairs it
    /// with its [`Rev::MoveTo`].
    MoveFrom(usize),
    /// The new place of a moved passage (`w:moveTo`).
    MoveTo(usize),
}

impl Rev {
    /// Whether the old text has this piece (what "reject all" keeps).
    pub fn in_old(self) -> bool {
        matches!(self, Rev::None | Rev::Del | Rev::MoveFrom(_))
    }
}

/// What a piece holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Text without paragraph breaks or control characters.
    Text(String),
    /// The tab between a paragraph's number and its text.
    Tab,
    /// A footnote reference; the number is the `w:id` of its footnote.
    Note(usize),
}

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The revision it belongs to.
    pub rev: Rev,
    /// What it holds.
    pub content: Content,
}

/// The styles a paragraph can have, by their ids in `styles.xml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The cover lines: symbol, title, "The General Assembly,".
    Cover,
    /// The document's title, centred and bold.
    Title,
    /// A preambular paragraph: first line indented.
    Preamble,
    /// An operative paragraph: number hanging.
    Operative,
    /// A sub-paragraph: indented further, letter hanging.
    Subparagraph,
    /// A section heading.
    Heading,
    /// Any other paragraph.
    Body,
    /// A footnote's text.
    Note,
}

impl Style {
    /// The style id written in `w:pStyle`.
    pub fn id(self) -> &'static str {
        match self {
            Style::Cover => "ResdiffCover",
            Style::Title => "ResdiffTitle",
            Style::Preamble => "ResdiffPreamble",
            Style::Operative => "ResdiffOperative",
            Style::Subparagraph => "ResdiffSubparagraph",
            Style::Heading => "ResdiffHeading",
            Style::Body => "ResdiffBody",
            Style::Note => "FootnoteText",
        }
    }
}

/// One paragraph of the redline document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// Its style.
    pub style: Style,
    /// The revision of its paragraph mark: an inserted mark disappears on
    /// "reject all", a deleted one on "accept all", joining the paragraph
    /// to the next.
    pub mark: Rev,
    /// Its pieces in order.
    pub pieces: Vec<Piece>,
}

impl Para {
    /// An empty paragraph.
    pub fn new(style: Style, mark: Rev) -> Para {
        Para {
            style,
            mark,
            pieces: Vec::new(),
        }
    }

    /// Appends text, cut at tabs and with control characters made visible
    /// (XML 1.0 cannot carry most of them), joined to the previous piece
    /// when it has the same revision.
    pub fn push_text(&mut self, rev: Rev, text: &str) {
        let shown = visible(text);
        for (i, part) in shown.split('\t').enumerate() {
            if i > 0 {
                self.pieces.push(Piece {
                    rev,
                    content: Content::Tab,
                });
            }
            if part.is_empty() {
                continue;
            }
            match self.pieces.last_mut() {
                Some(Piece {
                    rev: last,
                    content: Content::Text(t),
                }) if *last == rev => t.push_str(part),
                _ => self.pieces.push(Piece {
                    rev,
                    content: Content::Text(part.to_string()),
                }),
            }
        }
    }

    /// Appends a tab.
    pub fn push_tab(&mut self, rev: Rev) {
        self.pieces.push(Piece {
            rev,
            content: Content::Tab,
        });
    }

    /// Appends a footnote reference.
    pub fn push_note(&mut self, rev: Rev, id: usize) {
        self.pieces.push(Piece {
            rev,
            content: Content::Note(id),
        });
    }
}

/// A footnote of the redline document: its `w:id` and its paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The id its reference names.
    pub id: usize,
    /// Its text, with the revisions inside it.
    pub para: Para,
}

/// Which text an entry is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Both: edits as insertions and deletions.
    Both,
    /// The old place of moved paragraphs (move number).
    From(usize),
    /// Their new place.
    To(usize),
}

impl Side {
    /// The revision of what `op` does, seen from this side; `None` when
    /// this side does not show it.
    pub fn rev(self, op: Op) -> Option<Rev> {
        match (self, op) {
            (Side::Both, Op::Equal) => Some(Rev::None),
            (Side::Both | Side::To(_), Op::Insert) => Some(Rev::Ins),
            (Side::Both | Side::From(_), Op::Delete) => Some(Rev::Del),
            (Side::From(k), Op::Equal) => Some(Rev::MoveFrom(k)),
            (Side::To(k), Op::Equal) => Some(Rev::MoveTo(k)),
            _ => None,
        }
    }

    /// Whether the side reads the new text (else the old).
    pub fn reads_new(self) -> bool {
        !matches!(self, Side::From(_))
    }
}

/// Text as it can stand in XML 1.0: control characters (other than the
/// tab, which becomes `w:tab`) and the non-characters U+FFFE and U+FFFF
/// shown as visible escapes, as the terminal shows them, rather than
/// dropped.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let text = match crate::render::escape_controls(text) {
        std::borrow::Cow::Borrowed(t) if !t.contains('\n') => std::borrow::Cow::Borrowed(t),
        other => std::borrow::Cow::Owned(other.replace('\n', "\\u{a}")),
    };
    if !text.contains(['\u{FFFE}', '\u{FFFF}']) {
        return text;
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{FFFE}' | '\u{FFFF}' => c.escape_unicode().to_string(),
                c => c.to_string(),
            })
            .collect(),
    )
}
