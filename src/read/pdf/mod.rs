//! PDF in, text out: the words of each page, as poppler's `pdftotext`
//! places them, put back into the lines and paragraphs of the text form.
//!
//! `pdftotext` (Debian's `poppler-utils`) runs as a program, with
//! `-bbox-layout`: every word with its box, inside poppler's lines, blocks
//! and flows. The positions are what plain text loses, and they decide:
//! - a footnote marker is a number set smaller than its line and raised
//!   above its baseline: it is written as superscript digits ("Convention¹"),
//!   which the text reader takes as a marker for certain, where a bare
//!   number glued to a word ("Convention1") or set off by a space
//!   ("Convention 1 and") leaves it to guess;
//! - pieces of one printed line that poppler split apart (a footnote's
//!   number and its text, a job number and its date code) are joined back,
//!   in the order the page shows them, and a footnote area comes out in
//!   the notes' order (see [`page`]);
//! - a word poppler split where the printer spaced its letters
//!   ("structu ral", "non -State", "Secretary -") is joined again when the
//!   gap is well under a space's width (see [`line`]);
//! - a page's running head and footer (the blocks level with its symbol,
//!   job number, counter or barcode) are written first on the page, as
//!   Word itself writes them, so that the text reader finds them together
//!   as page furniture;
//! - the cells of a table row (blocks level with each other, side by side)
//!   are read left to right, each cell's lines together, as Word writes a
//!   table, whichever cell starts a point higher (see [`page`]);
//! - a blank line marks a paragraph break: a gap between lines wider than
//!   a line's spacing, or, in a document that sets no space between its
//!   paragraphs, a line that ends although the next line's first word
//!   would have fitted on it (see [`pages_text`]).
//!
//! Measured on the 30 UN PDFs of the General Assembly (sessions 78-80, made
//! by Word, with footnotes, tables and cover pages) against the text
//! another pipeline extracted from the same files: `pdftotext`'s text
//! handed to the text reader reads to the same document for 0 of 30 in its
//! default mode, 4 of 30 with `-layout`, 2 of 30 with `-raw` (footnote
//! numbers on lines of their own, running heads between body lines, words
//! split or hyphens spaced); this reader, on `-bbox-layout`, for 30 of 30,
//! 28 with the same ids and footnotes (README, "Reading PDFs"). The other
//! two are tables, whose cells the two extractions break into paragraphs
//! differently: the same words, which the comparison takes as regrouped,
//! not changed. Pure-Rust extractors were not tried again here: as the
//! issue reports them, they glue a superscript to its word ("2021⁶" read
//! as "20216"), which the boxes here keep apart. PDFs LibreOffice writes
//! from Word files (no space between paragraphs, taller glyph boxes, a
//! drawn footnote rule) read as their texts too: 17 of 17 made from the
//! seeds and real texts (`fixtures/pdf/made/`).
//!
//! Bad input is refused with the file's name: no `pdftotext` (naming the
//! package to install), an encrypted PDF, a damaged one, one whose pages
//! hold no text (a scan).
//!
//! Cost: `pdftotext` itself dominates; what is done here is linear in the
//! words but for joining the pieces of a line, quadratic in the lines of
//! one page (a few hundred at most).

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::types::{InputFormat, ReadError, SourceText};

mod bbox;
mod line;
mod page;

pub use bbox::{parse_bbox, BboxPage, Word};

/// The program PDFs are read with; `RESDIFF_PDFTOTEXT` names another
/// (a build of poppler outside the path).
const PDFTOTEXT: &str = "pdftotext";

/// Whether bytes are a PDF: its header within the first kilobyte, where
/// readers look for it (some writers put junk before it).
///
/// ```
/// assert!(resdiff::read::pdf::is_pdf(b"%PDF-1.7\n..."));
/// assert!(!resdiff::read::pdf::is_pdf(b"The General Assembly,"));
/// ```
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// Reads a PDF's text with `pdftotext`; `path` names it in errors and in
/// the document. The text is as poppler gives it, not yet put in composed
/// form ([`crate::read::read_path`] does that).
pub fn read_pdf(path: &Path, bytes: &[u8]) -> Result<SourceText, ReadError> {
    let xhtml = run_pdftotext(path, bytes)?;
    let pages = parse_bbox(&xhtml).map_err(|detail| ReadError::PdfUnreadable {
        path: path.to_path_buf(),
        detail,
    })?;
    if pages.iter().all(|p| p.blocks.is_empty()) {
        return Err(ReadError::PdfNoText {
            path: path.to_path_buf(),
        });
    }
    let text = pages_text(&pages);
    Ok(SourceText {
        name: path.display().to_string(),
        text,
        format: Some(InputFormat::Pdf),
        furniture: Vec::new(),
        comments: Vec::new(),
        tracked_changes: None,
    })
}

/// The text of the pages, a blank line between pages.
///
/// A paragraph break shows as a gap between lines where the writer sets
/// space between paragraphs (Word's UN templates do); where it sets none
/// (LibreOffice's default), only by a line that ends although the next
/// line's first word would have fitted on it. That second sign is read
/// only in a document whose gaps are too few to be its paragraph breaks:
/// elsewhere it would cut titles and cover lines broken by hand.
pub fn pages_text(pages: &[BboxPage]) -> String {
    let marked: Vec<Vec<page::PageLine>> = pages.iter().map(page::page_lines_marked).collect();
    let count =
        |want: fn(&page::PageLine) -> bool| marked.iter().flatten().filter(|l| want(l)).count();
    let lines = count(|l| matches!(l, page::PageLine::Text(_)));
    let gaps = count(|l| *l == page::PageLine::Gap);
    let spaced = gaps * GAPS_PER_LINE >= lines;
    let mut out = String::new();
    for page in marked {
        for l in page {
            match l {
                page::PageLine::Text(t) => out.push_str(&t),
                page::PageLine::LineEnd if spaced => continue,
                page::PageLine::Gap | page::PageLine::LineEnd => {}
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// A document whose gaps number at least one for this many lines sets
/// space between its paragraphs (the UN's PDFs: one for 2 to 6 lines; a
/// LibreOffice file without paragraph spacing: cover and page breaks
/// only).
const GAPS_PER_LINE: usize = 15;

/// Runs `pdftotext -bbox-layout` on the bytes (through standard input, so
/// that any path and `-` read alike) and gives its XHTML.
fn run_pdftotext(path: &Path, bytes: &[u8]) -> Result<String, ReadError> {
    let program = std::env::var_os("RESDIFF_PDFTOTEXT").unwrap_or_else(|| PDFTOTEXT.into());
    let io = |source: std::io::Error| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut child = match Command::new(&program)
        .args(["-bbox-layout", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ReadError::PdfToolMissing {
                path: path.to_path_buf(),
            })
        }
        Err(e) => return Err(io(e)),
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    // Standard input is written while the output is read: a large PDF
    // would otherwise fill both pipes and stop both programs.
    let (out, err) = std::thread::scope(|s| {
        s.spawn(move || {
            // pdftotext may stop reading early (a damaged file); its exit
            // status then tells, not the broken pipe.
            let _ = stdin.write_all(bytes);
        });
        let err = s.spawn(move || {
            let mut err = String::new();
            let _ = stderr.read_to_string(&mut err);
            err
        });
        let mut out = Vec::new();
        let read = stdout.read_to_end(&mut out);
        (read.map(|_| out), err.join().unwrap_or_default())
    });
    let out = out.map_err(io)?;
    let status = child.wait().map_err(io)?;
    if !status.success() {
        return Err(failure(path, &err));
    }
    String::from_utf8(out).map_err(|e| ReadError::PdfUnreadable {
        path: path.to_path_buf(),
        detail: format!(
            "pdftotext gave invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// The error a failed `pdftotext` run stands for, from what it said.
fn failure(path: &Path, stderr: &str) -> ReadError {
    let path = path.to_path_buf();
    let lower = stderr.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        return ReadError::PdfEncrypted { path };
    }
    let detail = stderr
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("pdftotext failed without a message")
        .to_string();
    ReadError::PdfUnreadable { path, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_told_apart_from_damage() {
        let p = Path::new("x.pdf");
        assert!(matches!(
            failure(p, "Command Line Error: Incorrect password\n"),
            ReadError::PdfEncrypted { .. }
        ));
        let e = failure(p, "\nSyntax Error: Couldn't find trailer dictionary\nmore");
        assert_eq!(
            e.to_string(),
            "x.pdf: cannot read the PDF (Syntax Error: Couldn't find trailer dictionary)"
        );
    }

    #[test]
    fn the_header_is_looked_for_in_the_first_kilobyte() {
        let mut late = vec![b' '; 1019];
        late.extend_from_slice(b"%PDF-1.4");
        assert!(is_pdf(&late));
        let mut too_late = vec![b' '; 1020];
        too_late.extend_from_slice(b"%PDF-1.4");
        assert!(!is_pdf(&too_late));
    }
}
