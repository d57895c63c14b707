//! What a Word document's reader set apart, put where a document keeps
//! such things: headers and footers in the removed list, comments and
//! tracked changes in the metadata. Nothing of the file is lost silently.

use crate::types::{
    Document, InputFormat, MetadataLine, MetadataRole, RemovalReason, RemovedLine, SourceText,
};

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
    let note = |role, text: String| MetadataLine {
        role,
        text,
        lines: [0, 0],
    };
    let comments = source.comments.into_iter();
    doc.metadata
        .extend(comments.map(|c| note(MetadataRole::Comment, format!("Comment by {c}"))));
    if let Some(changes) = source.tracked_changes {
        doc.metadata
            .push(note(MetadataRole::TrackedChanges, changes));
    }
    doc
}
