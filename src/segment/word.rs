//! What a Word document's reader set apart, put where a document keeps
//! such things: headers and footers in the removed list, comments and
//! tracked changes in the metadata. Nothing of the file is lost silently.

use crate::types::{Document, InputFormat, RemovalReason, RemovedLine, SourceText};

/// The document parsed from a Word document's text, with what its reader
/// set apart added, and its form said to be `docx`. The added lines stand
/// on no line of the text: their line number is 0.
pub fn set_apart(mut doc: Document, source: SourceText) -> Document {
    doc.format = InputFormat::Docx;
    doc.removed
        .extend(source.furniture.into_iter().map(|text| RemovedLine {
            line: 0,
            text,
            reason: RemovalReason::WordHeaderFooter,
        }));
    doc.metadata.extend(source.file_notes);
    doc
}
