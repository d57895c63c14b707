//! The structured document every later stage works on.

use serde::{Deserialize, Serialize};

use super::source::InputFormat;
use crate::lang::Language;

/// What part of the text a paragraph belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// A preambular paragraph of a resolution (`PP3`).
    Preamble,
    /// A numbered operative paragraph of a resolution (`OP5`).
    Operative,
    /// A lettered or roman-numbered sub-paragraph (`OP6(b)`, `12(a)(i)`).
    Subparagraph,
    /// A section heading (`II.A`).
    Heading,
    /// Any other body paragraph: a report's numbered or unnumbered paragraph.
    Paragraph,
}

impl ParagraphKind {
    /// The lower-case name used in JSON and in messages.
    pub fn name(self) -> &'static str {
        match self {
            ParagraphKind::Preamble => "preamble",
            ParagraphKind::Operative => "operative",
            ParagraphKind::Subparagraph => "subparagraph",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Paragraph => "paragraph",
        }
    }
}

/// A footnote marker found in a paragraph, taken out of its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteRef {
    /// The mark as printed (`4`, `*`).
    pub mark: String,
    /// Byte offset in the paragraph's `text` where the marker stood.
    pub offset: usize,
}

/// One body paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Citable id following the text's own numbering: `PP3`, `OP6(b)`, `12`,
    /// `II.A`, `U2` for the second unnumbered paragraph of a report.
    pub id: String,
    /// Part of the text.
    pub kind: ParagraphKind,
    /// The number or letter as printed (`6.`, `b)`, `(iv)`); `null` for an
    /// unnumbered paragraph.
    pub label: Option<String>,
    /// The paragraph as printed: markup, furniture and footnote markers
    /// removed, wrapped lines joined, PDF spacing artifacts repaired.
    pub text: String,
    /// Footnote markers that stood in the text (empty when none did).
    #[serde(default)]
    pub notes: Vec<NoteRef>,
    /// First and last input line (1-based) the paragraph was built from.
    pub lines: [usize; 2],
}

/// A footnote with its mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The mark as printed (`1`, `*`).
    pub mark: String,
    /// The footnote text, lines joined.
    pub text: String,
    /// First and last input line (1-based).
    pub lines: [usize; 2],
}

/// The role of a line kept as metadata rather than body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetadataRole {
    /// `United Nations`, `General Assembly`: the issuing organ.
    Organ,
    /// The document symbol.
    Symbol,
    /// `Distr.: General`, `Original: English`.
    Distribution,
    /// A date line of the cover or closing.
    Date,
    /// Job number or barcode printed on the cover.
    JobNumber,
    /// `Eightieth session`, `First Committee`.
    Session,
    /// `Agenda item 99 (kk)` and the item's title.
    Agenda,
    /// The title (with its `80/57.` number when adopted).
    Title,
    /// A draft's list of sponsors, ending `: draft resolution`.
    Sponsors,
    /// `Resolution adopted by the General Assembly on …`.
    Adoption,
    /// `[on the report of the First Committee (A/80/534, para. 7)]`.
    CommitteeReport,
    /// `The General Assembly,`.
    Opener,
    /// `52nd plenary meeting`.
    Meeting,
    /// Anything else on the cover.
    Other,
    /// A Word document's comment (`author: text`), not part of the text.
    Comment,
    /// What tracked changes a Word document held, and how they were read.
    TrackedChanges,
}

/// A line kept as metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataLine {
    /// What the line is.
    pub role: MetadataRole,
    /// The line as printed (markup removed).
    pub text: String,
    /// First and last input line (1-based).
    pub lines: [usize; 2],
}

/// Why a line was removed as page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The document symbol repeated in a page header or footer.
    PageHeader,
    /// The running title repeated in a page header or footer.
    RunningTitle,
    /// `2/6`, `24-12313 2/6`.
    PageCounter,
    /// `25-16646 (E) 221025`.
    JobNumber,
    /// `*2516646*`.
    Barcode,
    /// The rule of underscores above footnotes, or a markdown `---`.
    FootnoteRule,
    /// A URL alone on a line: the link list a PDF extractor appends.
    UrlList,
    /// A line with no letters or digits (stray markup).
    Markup,
    /// A line of a Word document's page header or footer.
    WordHeaderFooter,
}

impl RemovalReason {
    /// Human-readable name for `--show-removed`.
    pub fn describe(self) -> &'static str {
        match self {
            RemovalReason::PageHeader => "page header (symbol)",
            RemovalReason::RunningTitle => "running title",
            RemovalReason::PageCounter => "page counter",
            RemovalReason::JobNumber => "job number",
            RemovalReason::Barcode => "barcode",
            RemovalReason::FootnoteRule => "footnote rule",
            RemovalReason::UrlList => "URL list",
            RemovalReason::Markup => "markup",
            RemovalReason::WordHeaderFooter => "Word page header or footer",
        }
    }
}

/// A line removed as page furniture, kept so that nothing is lost silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    /// Input line number (1-based).
    pub line: usize,
    /// The line as it was.
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// A UN text read into structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The input's name (path or `-`).
    pub source: String,
    /// The layout form it was read as.
    pub format: InputFormat,
    /// The language the text is in.
    pub language: Language,
    /// Document symbol (`A/RES/78/265`), when printed.
    pub symbol: Option<String>,
    /// Title, without its resolution number.
    pub title: Option<String>,
    /// Date of adoption or issue, as printed.
    pub date: Option<String>,
    /// A draft's sponsors: the member States its cover lists, in the
    /// order printed (empty when it lists none).
    #[serde(default)]
    pub sponsors: Vec<String>,
    /// Body paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Footnotes in order.
    pub footnotes: Vec<Footnote>,
    /// Cover and closing lines kept as metadata.
    pub metadata: Vec<MetadataLine>,
    /// Page furniture removed from the text.
    pub removed: Vec<RemovedLine>,
}

impl Document {
    /// Counts the paragraphs of one kind.
    pub fn count(&self, kind: ParagraphKind) -> usize {
        self.paragraphs.iter().filter(|p| p.kind == kind).count()
    }

    /// The paragraph with this id.
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.id == id)
    }
}
