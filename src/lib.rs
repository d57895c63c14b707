//! resdiff compares successive texts of UN resolutions and reports and shows
//! what changed, paragraph by paragraph and word by word.
//!
//! The work is one pipeline, a folder a stage, each taking one value and
//! handing on the next; the values themselves live in [`types`]:
//!
//! - [`read`]: bytes in, a decoded [`SourceText`] out, with the
//!   [`InputFormat`] it was saved in (PDF extraction, markdown, plain text);
//! - [`segment`]: text in, a [`Document`] out: lines laid out
//!   ([`Layout`]: markup stripped, page furniture removed and recorded,
//!   footnotes cut out), then paragraphs with citable ids (`PP3`, `OP6(b)`,
//!   `12`), the cover's metadata and the footnotes;
//! - [`compare`]: two documents in, a [`Comparison`] out: paragraphs aligned
//!   on comparison keys ([`Alignment`]), word diffs ([`Redline`]) inside
//!   aligned pairs, and a [`Summary`]; folders of documents too;
//! - [`sources`]: a text and a folder of earlier texts in, the texts and
//!   paragraphs each paragraph's wording comes from out (agreed language
//!   across a whole collection);
//! - [`render`]: a comparison in, terminal text, HTML, markdown or JSON out.
//!
//! Beside the pipeline: [`lang`] holds one table of rules per language
//! (stop words, preambular cues, meeting lines, page words), [`text`] the
//! primitives several stages share (comparison keys, UN line shapes, line
//! ends), and [`check`] the corpus audit and synthetic test pairs. A stage
//! imports only the stages before it; `tests/architecture.rs` checks it.
//!
//! Parse two versions, compare them, render the redline:
//!
//! ```
//! use resdiff::render::html::{self, HtmlOptions};
//! use resdiff::{compare::compare, CompareOptions, Status};
//!
//! let old = "The General Assembly,\n\nRecalling its resolution 78/241,\n\n\
//!            1. Decides to remain seized of the matter.\n";
//! let new = "The General Assembly,\n\nRecalling its resolution 79/62,\n\n\
//!            1. Decides to remain seized of the matter.\n";
//! let old = resdiff::parse_text("old.txt", old, None);
//! let new = resdiff::parse_text("new.txt", new, None);
//! assert_eq!(new.paragraphs[0].id, "PP1");
//! assert_eq!(new.paragraphs[1].id, "OP1");
//!
//! let comparison = compare(old, new, &CompareOptions::default());
//! assert!(comparison.has_differences());
//! assert_eq!(comparison.alignment[0].status, Status::Changed);
//! assert_eq!(comparison.alignment[1].status, Status::Unchanged);
//!
//! let page = html::render(&comparison, &HtmlOptions::default());
//! assert!(page.contains("<del>78/241</del>") || page.contains("78/241</del>"));
//!
//! let mut json = Vec::new();
//! resdiff::render::json::write(&mut json, &comparison).unwrap();
//! assert!(String::from_utf8(json).unwrap().contains("\"status\": \"changed\""));
//! ```

#![warn(missing_docs)]

pub mod check;
pub mod compare;
pub mod lang;
pub mod read;
pub mod render;
pub mod segment;
pub mod sources;
pub mod text;
pub mod types;
pub mod web;

use std::path::Path;

pub use types::*;

/// Text (bytes, both documents together) below which resdiff works on one
/// thread. Measured on a 2-core machine: a second thread gains nothing on
/// pairs under about a megabyte (its start-up and a second allocator arena
/// cost what it saves) and a third of the time on 8 MB pairs.
pub const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// Whether the target has threads: WebAssembly (the browser page) has
/// none, and there everything runs on one, chosen at compile time.
pub const HAS_THREADS: bool = cfg!(not(target_family = "wasm"));

/// Parses decoded text into a document. `format` overrides detection.
/// The text is put in composed form first (see [`read::compose`]), so a
/// decomposed text parses as its composed twin does.
pub fn parse_text(name: &str, text: &str, format: Option<InputFormat>) -> Document {
    parse_composed(name, &read::compose(text), format)
}

/// Parses text already in composed form: what [`read::decode`] gives.
fn parse_composed(name: &str, text: &str, format: Option<InputFormat>) -> Document {
    let format = format.unwrap_or_else(|| read::detect_format(text));
    let language = lang::detect(text);
    let rules = language.rules();
    let layout = segment::layout::lay_out(text, format, |line| segment::is_opener(line, rules));
    segment::segment(name, format, language, layout)
}

/// Decodes and parses a file's bytes; `name` is only used in errors and in
/// the document's `source`.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    let source = read::read_bytes(name, bytes, read::docx::View::default())?;
    Ok(parse_source(source, None))
}

/// Reads, decodes and parses a file (`-` for standard input).
pub fn parse_path(path: &Path, format: Option<InputFormat>) -> Result<Document, ReadError> {
    parse_path_viewing(path, format, read::docx::View::default())
}

/// Reads and parses a file as [`parse_path`] does, a Word document in this
/// view of its tracked changes (accepted or original).
pub fn parse_path_viewing(
    path: &Path,
    format: Option<InputFormat>,
    view: read::docx::View,
) -> Result<Document, ReadError> {
    Ok(parse_source(read::read_path_viewing(path, view)?, format))
}

/// Parses what the reader gave: a Word document's text is in markdown form
/// whatever `format` asks, and its set-apart lines go to the document.
fn parse_source(source: SourceText, format: Option<InputFormat>) -> Document {
    // Decoding composed the text already: a second quick check would be
    // one more pass over every file.
    if source.format == Some(InputFormat::Docx) {
        // Its text is in markdown form whatever `format` asks.
        let doc = parse_composed(&source.name, &source.text, Some(InputFormat::Markdown));
        return segment::word::set_apart(doc, source);
    }
    parse_composed(&source.name, &source.text, format.or(source.format))
}
