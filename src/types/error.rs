//! Errors that reach the user. Each names the input it concerns, so that a
//! one-line message is enough to find and fix the problem.

use std::path::PathBuf;

/// Why an input could not be read into a [`crate::Document`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path names nothing.
    #[error("{path}: no such file")]
    NotFound {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// The path names a folder where a file was expected.
    #[error("{path}: is a directory, not a file")]
    IsDirectory {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// The file exists but may not be read.
    #[error("{path}: permission denied")]
    PermissionDenied {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// Any other failure of the operating system while reading.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path as the user gave it.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// Bytes that are not UTF-8: most often a Latin-1 or Windows-1252 file.
    #[error("{path}: invalid UTF-8 at byte {offset} (0x{byte:02X}); the file may be Latin-1 or Windows-1252 text: convert it to UTF-8 first")]
    InvalidUtf8 {
        /// The path as the user gave it.
        path: PathBuf,
        /// Offset of the first byte that is not UTF-8.
        offset: usize,
        /// That byte.
        byte: u8,
    },
    /// A UTF-16 text (it has a byte-order mark, or the NUL bytes of one)
    /// with a lone surrogate or an odd length.
    #[error("{path}: invalid UTF-16 ({detail})")]
    InvalidUtf16 {
        /// The path as the user gave it.
        path: PathBuf,
        /// Where and what the fault is.
        detail: String,
    },
    /// A NUL byte outside UTF-16: a binary file (a PDF, a .docx, an image)
    /// given where text was expected.
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not text")]
    Binary {
        /// The path as the user gave it.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A .docx that cannot be read: not a zip, no main document part, a
    /// part that is not XML, or a zip bomb.
    #[error("{path}: cannot read as a Word document: {detail}")]
    Docx {
        /// The path as the user gave it.
        path: PathBuf,
        /// What is wrong with the file.
        detail: String,
    },
    /// A PDF given, but poppler's `pdftotext`, which resdiff reads PDFs
    /// with, is not installed.
    #[error("{path}: reading a PDF needs poppler's pdftotext, which was not found: install the package poppler-utils (Debian, Ubuntu), poppler (Homebrew, Fedora), or give the text instead")]
    PdfToolMissing {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A PDF that opens only with a password.
    #[error(
        "{path}: the PDF is encrypted (it asks for a password): save an unprotected copy first"
    )]
    PdfEncrypted {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A PDF whose pages hold no text: a scan or a picture of the text.
    #[error("{path}: the PDF has no text layer (a scanned or image-only document?): run it through OCR first, or give the text instead")]
    PdfNoText {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A PDF that pdftotext could not read: damaged, truncated, or not a
    /// PDF behind its `%PDF` header.
    #[error("{path}: cannot read the PDF ({detail})")]
    PdfUnreadable {
        /// The path as the user gave it.
        path: PathBuf,
        /// What pdftotext said, first line.
        detail: String,
    },
}
