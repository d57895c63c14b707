//! A Word document handed on as a [`SourceText`]: its markdown form, its
//! headers and footers as furniture, its comments and tracked changes as
//! notes for the metadata.

use std::path::{Path, PathBuf};

use super::docx::{self, View};
use crate::types::{InputFormat, MetadataLine, MetadataRole, ReadError, SourceText};

/// Whether a file is to be read as a Word document: its name says .docx,
/// or its bytes open a zip archive (which no text does).
pub(super) fn is_word(path: &Path, bytes: &[u8]) -> bool {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx") || e.eq_ignore_ascii_case("docm"));
    named || bytes.starts_with(b"PK\x03\x04")
}

/// Reads a Word document's bytes.
pub(super) fn read(name: &str, bytes: &[u8], view: View) -> Result<SourceText, ReadError> {
    let read = docx::read_docx(bytes, view).map_err(|detail| ReadError::Docx {
        path: PathBuf::from(name),
        detail,
    })?;
    let text = super::compose(&read.markdown).into_owned();
    let note = |role, text: String| MetadataLine {
        role,
        text,
        lines: [0, 0],
    };
    let mut file_notes: Vec<MetadataLine> = read
        .comments
        .into_iter()
        .map(|c| note(MetadataRole::Comment, format!("Comment by {c}")))
        .collect();
    let r = read.revisions;
    if r.any() {
        let how = match view {
            View::Accepted => "read with all changes accepted",
            View::Original => "read with all changes rejected (--docx-view original)",
        };
        let line = format!(
            "Tracked changes: {} insertions, {} deletions, {} moves, {} formatting changes; {how}",
            r.insertions, r.deletions, r.moves, r.formatting
        );
        file_notes.push(note(MetadataRole::TrackedChanges, line));
    }
    Ok(SourceText {
        name: name.to_string(),
        text,
        format: Some(InputFormat::Docx),
        furniture: read.furniture,
        file_notes,
    })
}
