//! What stops a search of a folder as a whole.

use std::path::PathBuf;

/// Why a folder could not be searched at all (a single unreadable file is
/// reported in the report's `errors` instead).
#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    /// The folder holds no text (`.txt`, `.md`).
    #[error("{0}: no texts (.txt, .md) to search in this folder")]
    Empty(PathBuf),
    /// The folder cannot be listed.
    #[error("{0}: cannot read the folder: {1}")]
    Folder(PathBuf, std::io::Error),
}
