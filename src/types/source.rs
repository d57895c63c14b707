//! What reading hands on: the decoded text and the form it was saved in.

use serde::{Deserialize, Serialize};

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
    /// A Word document (.docx), read into the markdown form.
    Docx,
}

impl InputFormat {
    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Pdf => "pdf",
            InputFormat::Markdown => "markdown",
            InputFormat::Plain => "plain",
            InputFormat::Docx => "docx",
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
    /// The form the file's bytes showed it to be in: a Word document, whose
    /// text is handed on in markdown form, or [`InputFormat::Pdf`] for text
    /// read out of a PDF; `None` when the text decides.
    pub format: Option<InputFormat>,
    /// Lines the reader set apart as page furniture: a Word document's
    /// page headers and footers.
    pub furniture: Vec<String>,
    /// A Word document's comments, each as `author: text`: not its text.
    pub comments: Vec<String>,
    /// What tracked changes a Word document held, and how they were read.
    pub tracked_changes: Option<String>,
}
