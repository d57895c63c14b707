//! resdiff compares successive texts of UN resolutions and reports and shows
//! what changed, paragraph by paragraph and word by word.
//!
//! The work is one pipeline, a module a stage:
//!
//! 1. [`read`]: bytes → decoded [`read::SourceText`] and its [`read::InputFormat`];
//! 2. [`layout`]: text → sorted lines ([`layout::Layout`]): markup stripped,
//!    page furniture removed and recorded, footnotes cut out;
//! 3. [`segment`]: lines → a [`Document`] with metadata, paragraphs carrying
//!    citable ids (`PP3`, `OP6(b)`, `12`), and footnotes;
//! 4. [`normalize`]: the comparison keys paragraphs are compared on;
//! 5. [`align`]: paragraphs of two documents → an [`align::Alignment`];
//! 6. [`worddiff`]: aligned texts → word-level [`worddiff::Redline`]s;
//! 7. [`compare`] gathers them into a [`compare::Comparison`], which the
//!    renderers in [`render`] turn into terminal text or JSON.
//!
//! [`lang`] holds the per-language tables the stages read, and [`shapes`]
//! the fixed line shapes (symbols, page counters, footnote starts, dates)
//! that [`layout`] and [`segment`] recognise.
//!
//! ```
//! let text = "The General Assembly,\n\nRecalling its resolution 78/241,\n\n\
//!             1. Decides to remain seized of the matter.\n";
//! let doc = resdiff::parse_text("draft.txt", text, None);
//! assert_eq!(doc.paragraphs[0].id, "PP1");
//! assert_eq!(doc.paragraphs[1].id, "OP1");
//! assert_eq!(doc.paragraphs[1].text, "Decides to remain seized of the matter.");
//! ```

pub mod check;
pub mod compare;
pub mod lang;
pub mod read;
pub mod render;
pub mod segment;
pub mod text;
pub mod types;

use std::path::Path;

pub use types::*;

/// Text (bytes, both documents together) below which resdiff works on one
/// thread. Measured on a 2-core machine: a second thread gains nothing on
/// pairs under about a megabyte (its start-up and a second allocator arena
/// cost what it saves) and a third of the time on 8 MB pairs.
pub const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// Parses decoded text into a document. `format` overrides detection.
pub fn parse_text(name: &str, text: &str, format: Option<InputFormat>) -> Document {
    let format = format.unwrap_or_else(|| read::detect_format(text));
    let language = lang::detect(text);
    let rules = language.rules();
    let layout = segment::layout::lay_out(text, format, |line| segment::is_opener(line, rules));
    segment::segment(name, format, language, layout)
}

/// Reads, decodes and parses a file (`-` for standard input).
pub fn parse_path(path: &Path, format: Option<InputFormat>) -> Result<Document, ReadError> {
    let source = read::read_path(path)?;
    Ok(parse_text(&source.name, &source.text, format))
}
