//! Errors that reach the user. Each names the input it concerns, so that a
//! one-line message is enough to find and fix the problem.

use std::path::PathBuf;

/// Why an input could not be read into a [`crate::Document`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: is a directory, not a file")]
    IsDirectory { path: PathBuf },
    #[error("{path}: permission denied")]
    PermissionDenied { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid UTF-8 at byte {offset} (0x{byte:02X}); the file may be Latin-1 or Windows-1252 text: convert it to UTF-8 first")]
    InvalidUtf8 {
        path: PathBuf,
        offset: usize,
        byte: u8,
    },
    #[error("{path}: invalid UTF-16 ({detail})")]
    InvalidUtf16 { path: PathBuf, detail: String },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not text")]
    Binary { path: PathBuf, offset: usize },
}
