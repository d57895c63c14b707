//! Stage 1 of the pipeline: bytes in, decoded text and its layout form out.
//!
//! Decoding accepts what UN texts arrive as (UTF-8 with or without BOM,
//! UTF-16 with a BOM, CRLF or LF line ends) and refuses everything else with an
//! error naming the file and the first bad byte: guessing an 8-bit encoding
//! would silently corrupt accented text, which is worse than stopping.
//!
//! The decoded text is put in Unicode composed form (NFC) before anything
//! looks at it: a text saved decomposed (NFD, as macOS and some PDF tools
//! write it) holds the same characters, but every rule that matches a word
//! ("L’Assemblée générale,", "séance plénière", a page word) would miss it.
//! The text shown is then the composed one, which a reader cannot tell
//! apart from the original.

pub mod docx;
mod word;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::types::{InputFormat, ReadError, SourceText};

pub mod pdf;

/// Reads and decodes a file; `-` reads standard input.
pub fn read_path(path: &Path) -> Result<SourceText, ReadError> {
    read_path_viewing(path, docx::View::default())
}

/// Reads a file as [`read_path`] does, a Word document in this view of its
/// tracked changes.
pub fn read_path_viewing(path: &Path, view: docx::View) -> Result<SourceText, ReadError> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            ReadError::Io {
                path: path.to_path_buf(),
                source,
            }
        })?;
        buf
    } else {
        if path.is_dir() {
            return Err(ReadError::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        std::fs::read(path).map_err(|source| io_error(path, source))?
    };
    read_bytes(&path.display().to_string(), &bytes, view)
}

/// Reads a file's bytes by what they are: a PDF (through pdftotext), a
/// Word document (in this view of its tracked changes), or text. `name`
/// names the file in errors and in the document.
pub fn read_bytes(name: &str, bytes: &[u8], view: docx::View) -> Result<SourceText, ReadError> {
    let path = Path::new(name);
    // `decode` composes a text file itself; what the other readers give
    // is composed here, once.
    let mut source = if pdf::is_pdf(bytes) {
        pdf::read_pdf(path, bytes)?
    } else {
        match word::may_be_word(path, bytes).map(|named| (named, word::read(name, bytes, view))) {
            Some((_, Ok(source))) => source,
            Some((true, Err(e))) => return Err(e),
            // A zip not named .docx that is no Word document is read as
            // text, which calls it binary.
            Some((false, Err(_))) | None => return decode(name, bytes),
        }
    };
    if let Cow::Owned(composed) = compose(&source.text) {
        source.text = composed;
    }
    Ok(source)
}

fn io_error(path: &Path, source: std::io::Error) -> ReadError {
    let path: PathBuf = path.to_path_buf();
    match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound { path },
        std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied { path },
        std::io::ErrorKind::IsADirectory => ReadError::IsDirectory { path },
        _ => ReadError::Io { path, source },
    }
}

/// Decodes bytes that claim to be text. `name` is only used in errors.
///
/// ```
/// let t = resdiff::read::decode("x.txt", b"\xEF\xBB\xBFline one\r\nline two").unwrap();
/// assert_eq!(t.text, "line one\nline two");
/// let err = resdiff::read::decode("x.txt", b"caf\xE9").unwrap_err();
/// assert!(err.to_string().contains("byte 3"));
/// ```
pub fn decode(name: &str, bytes: &[u8]) -> Result<SourceText, ReadError> {
    let path = PathBuf::from(name);
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(&path, rest, 3)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(&path, rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(&path, rest, u16::from_be_bytes)?
    } else if let Some(le) = bomless_utf16(bytes) {
        let conv = if le {
            u16::from_le_bytes
        } else {
            u16::from_be_bytes
        };
        utf16(&path, bytes, conv)?
    } else {
        utf8(&path, bytes, 0)?
    };
    if let Some(offset) = text.find('\0') {
        return Err(ReadError::Binary { path, offset });
    }
    let text = unify_line_ends(&text);
    let text = match compose(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(composed) => composed,
    };
    Ok(SourceText {
        name: name.to_string(),
        text,
        format: None,
        furniture: Vec::new(),
        comments: Vec::new(),
        tracked_changes: None,
    })
}

/// The text in Unicode composed form (NFC), borrowed when it already is.
///
/// ```
/// let nfd = "L\u{2019}Assemble\u{301}e ge\u{301}ne\u{301}rale,";
/// assert_eq!(resdiff::read::compose(nfd), "L’Assemblée générale,");
/// assert!(matches!(resdiff::read::compose("plain"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn compose(text: &str) -> Cow<'_, str> {
    // Nearly every text is composed already: the quick check, one pass
    // without allocating, spares rebuilding it.
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

fn utf8(path: &Path, bytes: &[u8], base: usize) -> Result<String, ReadError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let offset = e.valid_up_to();
            // A NUL among the first bytes says "binary" more usefully than
            // "invalid UTF-8" does.
            if let Some(nul) = bytes[..offset].iter().position(|&b| b == 0) {
                return Err(ReadError::Binary {
                    path: path.to_path_buf(),
                    offset: base + nul,
                });
            }
            Err(ReadError::InvalidUtf8 {
                path: path.to_path_buf(),
                offset: base + offset,
                byte: bytes[offset],
            })
        }
    }
}

/// UTF-16 without a BOM shows itself by a NUL in every other byte of ASCII
/// text; that pattern is checked over the first bytes only.
fn bomless_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(512)];
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 9 && even_nul == 0 {
        Some(true)
    } else if even_nul * 10 >= pairs * 9 && odd_nul == 0 {
        Some(false)
    } else {
        None
    }
}

fn utf16(path: &Path, bytes: &[u8], conv: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ReadError::InvalidUtf16 {
            path: path.to_path_buf(),
            detail: format!("odd number of bytes ({})", bytes.len()),
        });
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| {
        let at = first_bad_utf16(&units);
        ReadError::InvalidUtf16 {
            path: path.to_path_buf(),
            detail: format!("unpaired surrogate at byte {}", at * 2),
        }
    })
}

fn first_bad_utf16(units: &[u16]) -> usize {
    let mut i = 0;
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => i += c.len_utf16(),
            Err(_) => return i,
        }
    }
    i
}

fn unify_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Guesses the layout form of a decoded text from marks that only one form
/// leaves, counted over the whole text: markdown markup, or the page
/// furniture of a PDF extraction.
///
/// A markdown export may keep plain header lines, a barcode line or the
/// page furniture of the PDF it came from, and set one paragraph a line:
/// it is told by its markup wherever that stands in a line (`1. *Decides*`,
/// `_Recalling_`), weighed against the page furniture, so that a few stars
/// in a long PDF text do not make it markdown.
///
/// ```
/// use resdiff::{read::detect_format, InputFormat};
/// let md = "Distr.: General\n*2412313*\nThe General Assembly,\n\
///           _Recalling_ its resolution 78/1,\n1. *Decides* to act;\n2. *Requests* a report.\n";
/// assert_eq!(detect_format(md), InputFormat::Markdown);
/// ```
pub fn detect_format(text: &str) -> InputFormat {
    let mut markdown = 0usize;
    let mut pdf = 0usize;
    let mut lines = 0usize;
    let mut blank_after = 0usize;
    let mut unterminated = 0usize;
    let all: Vec<&str> = text.lines().collect();
    for (i, line) in all.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        lines += 1;
        if crate::text::lines::is_page_anchor(t) {
            // A barcode (`*2412313*`) is furniture, not emphasis.
            pdf += 1;
        } else if is_markdown_line(t) {
            markdown += 1;
        }
        if all.get(i + 1).is_some_and(|n| n.trim().is_empty()) {
            blank_after += 1;
        }
        // Chinese and Arabic close their sentences with their own marks
        // ("。", "؛"): a text of them is no more wrapped than an English one.
        if !t.ends_with(['.', ',', ';', ':', '。', '；', '：', '，', '،', '؛']) {
            unterminated += 1;
        }
    }
    // Markup is rare in a PDF text and furniture frequent in an export of
    // one: a markdown line for every four anchors tells them apart.
    if markdown >= 3 && markdown * 4 >= pdf {
        return InputFormat::Markdown;
    }
    // Wrapped lines (many lines end mid-sentence) are the mark of a PDF
    // extraction even when its page furniture was already stripped.
    if pdf >= 1 || (lines >= 20 && unterminated * 3 > lines && blank_after * 10 > lines * 8) {
        return InputFormat::Pdf;
    }
    if lines >= 20 && unterminated * 2 > lines {
        return InputFormat::Pdf;
    }
    InputFormat::Plain
}

/// Whether a trimmed line carries markdown markup: a heading mark, a
/// superscript tag or caret, a link, a rule, an escape, or emphasis
/// anywhere in it (a bold span may open here and close lines below).
fn is_markdown_line(t: &str) -> bool {
    crate::text::shapes::markdown_heading(t).is_some()
        || t.contains("<sup>")
        || t.contains("^{")
        || t.contains("](")
        || t == "---"
        || ["\\*", "\\_", "\\[", "\\#"].iter().any(|e| t.contains(e))
        || t.starts_with("**")
        || crate::text::emphasis::emphasis_spans(t) > 0
}
