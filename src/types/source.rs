//! What reading and laying out a text hand on: the decoded text with its
//! form, and its lines sorted into content, footnotes and furniture.

use serde::{Deserialize, Serialize};

use super::document::{Footnote, RemovedLine};

/// The layout a text was saved in. Detection picks one; `--input-format`
/// overrides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Text extracted from a UN PDF: wrapped lines, page headers and footers,
    /// footnote rules, link lists.
    Pdf,
    /// Markdown-like export: `*emphasis*`, `#` headings, `<sup>` markers.
    Markdown,
    /// Plain text: one paragraph per line or per blank-line-separated block.
    Plain,
}

impl InputFormat {
    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Pdf => "pdf",
            InputFormat::Markdown => "markdown",
            InputFormat::Plain => "plain",
        }
    }
}

/// A decoded input: its name (a path or `-`) and its text with LF line ends.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The name the user gave, echoed in messages and output.
    pub name: String,
    /// The text, decoded, BOM removed, CR LF and lone CR turned into LF.
    pub text: String,
}

/// Opens a footnote marker kept inline until segmentation.
pub const NOTE_OPEN: char = '\u{E000}';
/// Closes a footnote marker kept inline until segmentation.
pub const NOTE_CLOSE: char = '\u{E001}';

/// A line of body or cover text.
#[derive(Debug, Clone)]
pub struct ContentLine {
    /// 1-based input line number.
    pub number: usize,
    /// Text with markup removed, trimmed, footnote markers as sentinels.
    pub text: String,
    /// Leading spaces in the input line.
    pub indent: usize,
    /// A blank line stood between this line and the previous content line.
    pub blank_before: bool,
    /// Furniture or footnotes were removed between this line and the
    /// previous content line (a page break).
    pub interrupted: bool,
    /// A markdown heading (`#`).
    pub heading: bool,
}

/// The sorted lines of one input.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Body and cover lines in order.
    pub content: Vec<ContentLine>,
    /// Footnotes cut out of the flow.
    pub footnotes: Vec<Footnote>,
    /// Furniture removed.
    pub removed: Vec<RemovedLine>,
    /// Every line is followed by a blank line, so blank lines say nothing
    /// about paragraph ends (a common PDF extraction).
    pub double_spaced: bool,
    /// The document symbol found in headers or on the cover.
    pub symbol: Option<String>,
}
