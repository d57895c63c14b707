//! A Word document handed on as a [`SourceText`]: its markdown form, its
//! headers and footers as furniture, its comments and tracked changes
//! apart, for the metadata.

use std::path::{Path, PathBuf};

use super::docx::{self, View};
use crate::types::{InputFormat, ReadError, SourceText};

/// Whether a file may be a Word document: `Some(true)` when its name says
/// .docx (or .docm), `Some(false)` when only its bytes open a zip archive
/// (standard input, a renamed file), `None` otherwise.
pub(super) fn may_be_word(path: &Path, bytes: &[u8]) -> Option<bool> {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx") || e.eq_ignore_ascii_case("docm"));
    (named || bytes.starts_with(b"PK\x03\x04")).then_some(named)
}

/// Reads a Word document's bytes. Its text is not yet in composed form.
pub(super) fn read(name: &str, bytes: &[u8], view: View) -> Result<SourceText, ReadError> {
    let read = docx::read_docx(bytes, view).map_err(|detail| ReadError::Docx {
        path: PathBuf::from(name),
        detail,
    })?;
    let r = read.revisions;
    let tracked_changes = r.any().then(|| {
        let how = match view {
            View::Accepted => "read with all changes accepted",
            View::Original => "read with all changes rejected (--docx-view original)",
        };
        format!(
            "Tracked changes: {} insertions, {} deletions, {} moves, {} formatting changes; {how}",
            r.insertions, r.deletions, r.moves, r.formatting
        )
    });
    Ok(SourceText {
        name: name.to_string(),
        text: read.markdown,
        format: Some(InputFormat::Docx),
        furniture: read.furniture,
        comments: read.comments,
        tracked_changes,
    })
}
