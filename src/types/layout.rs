//! What laying out a text hands to segmenting: its lines sorted into
//! content, footnotes and removed page furniture.

use super::document::{Footnote, RemovedLine};

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
