//! The offline browser page's entry to the library (`scripts/build-web.sh`
//! builds it for `wasm32-unknown-unknown`; see `scripts/web/`).
//!
//! In: a [`PageRequest`] (the file names and the options the page offers)
//! and the bytes of both files. Out: a [`PageOutcome`], the redline that
//! `resdiff OLD NEW --format html` writes for the same files and options
//! (and the Word redline `--format docx` writes), or a message naming the
//! file at fault. Like `cli`, it is a shell: the
//! reading, comparing and rendering are the library's. Everything here
//! runs natively too, so the tests check it without a browser; the
//! WebAssembly exports (`exports`) only move bytes across.

#[cfg(target_family = "wasm")]
mod exports;

use serde::{Deserialize, Serialize};

use crate::compare::compare;
use crate::lang::page::{page_words, PageWords};
use crate::render::docx::{self, DocxOptions};
use crate::render::html::{self, HtmlOptions, Layout};
use crate::{CompareOptions, Document, KeyOptions};

/// The largest file the page takes (bytes): a browser tab holds both texts,
/// both documents and the page; 20 MB a side is several times the longest
/// UN document.
pub const MAX_FILE_BYTES: usize = 20 << 20;

/// What the page asks for: the names of the two files (shown in the
/// redline's header and in messages) and the comparison's options.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PageRequest {
    /// Name of the old version's file.
    pub old_name: String,
    /// Name of the new version's file.
    pub new_name: String,
    /// The language the page speaks (ISO 639-1), for its messages.
    pub language: String,
    /// Compare without regard to letter case.
    pub ignore_case: bool,
    /// Compare without regard to punctuation.
    pub ignore_punctuation: bool,
    /// Leave footnotes out of the comparison.
    pub ignore_footnotes: bool,
    /// Old and new in two columns instead of inline.
    pub side_by_side: bool,
    /// Fold unchanged paragraphs.
    pub changes_only: bool,
}

/// What the page shows.
#[derive(Debug, Serialize)]
pub struct PageOutcome {
    /// The command line's exit status: 0 same, 1 different, 2 trouble.
    pub exit: u8,
    /// The redline page (empty on trouble).
    pub html: String,
    /// The language of the new text, whose words the page then speaks.
    pub language: &'static str,
    /// The page's words in that language.
    pub words: &'static PageWords,
    /// On trouble, what went wrong, naming the file.
    pub error: Option<String>,
    /// The Word redline (`resdiff OLD NEW --format docx` with its default
    /// author and date), handed over as bytes apart from the JSON.
    #[serde(skip)]
    pub docx: Vec<u8>,
}

impl PageOutcome {
    /// Trouble: no redline, a message in the reader's language's row.
    pub fn trouble(language: &'static str, error: String) -> Self {
        PageOutcome {
            exit: 2,
            html: String::new(),
            language,
            words: page_words(language),
            error: Some(error),
            docx: Vec::new(),
        }
    }
}

/// Compares two files' bytes as the command line does and renders the
/// redline; never panics on any input.
pub fn compare_files(request: &PageRequest, old: &[u8], new: &[u8]) -> PageOutcome {
    let words = page_words(&request.language);
    let documents = read(&request.old_name, old, words)
        .and_then(|o| Ok((o, read(&request.new_name, new, words)?)));
    let (old_doc, new_doc) = match documents {
        Ok(pair) => pair,
        Err(error) => return PageOutcome::trouble(words.code, error),
    };
    let options = CompareOptions {
        key: KeyOptions {
            ignore_case: request.ignore_case,
            ignore_punctuation: request.ignore_punctuation,
        },
        ignore_footnotes: request.ignore_footnotes,
    };
    let comparison = compare(old_doc, new_doc, &options);
    let html = html::render(
        &comparison,
        &HtmlOptions {
            layout: if request.side_by_side {
                Layout::SideBySide
            } else {
                Layout::Inline
            },
            changes_only: request.changes_only,
            ..HtmlOptions::default()
        },
    );
    let language = comparison.new.language.0;
    // Writing into memory cannot fail; were it to, the page still shows
    // the redline and only the Word button stays off.
    let docx = docx::render(&comparison, &DocxOptions::default()).unwrap_or_default();
    PageOutcome {
        exit: u8::from(comparison.has_differences()),
        html,
        language,
        words: page_words(language),
        error: None,
        docx,
    }
}

/// Reads one file, refusing what the command line would take but a reader
/// of the page would not expect: an empty file (most often the wrong one
/// chosen), one over [`MAX_FILE_BYTES`], a PDF (no extractor in the page).
fn read(name: &str, bytes: &[u8], words: &PageWords) -> Result<Document, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{name} {} {} MB.",
            words.errors[1],
            MAX_FILE_BYTES >> 20
        ));
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(format!("{name} {}", words.errors[2]));
    }
    let document = crate::parse_bytes(name, bytes).map_err(|e| e.to_string())?;
    if document.paragraphs.is_empty() && document.footnotes.is_empty() {
        return Err(format!("{name} {}", words.errors[0]));
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> PageRequest {
        PageRequest {
            old_name: "old.txt".into(),
            new_name: "new.txt".into(),
            ..PageRequest::default()
        }
    }

    #[test]
    fn the_redline_is_the_command_lines() {
        let old = b"The General Assembly,\n\n1. Decides to act;\n";
        let new = b"The General Assembly,\n\n1. Decides to act now;\n";
        let outcome = compare_files(&request(), old, new);
        assert_eq!(outcome.exit, 1);
        assert!(outcome.html.contains(" now</ins>;"), "{}", outcome.html);
        assert_eq!(outcome.language, "en");
        assert_eq!(&outcome.docx[..2], b"PK", "the Word redline comes along");
        let same = compare_files(&request(), old, old);
        assert_eq!((same.exit, same.error), (0, None));
    }

    #[test]
    fn bad_files_are_named_in_the_message() {
        let cases: [(&[u8], &str); 4] = [
            (b"", "new.txt is empty."),
            (b" \n\n \n", "new.txt is empty."),
            (b"%PDF-1.7\n...", "new.txt is a PDF"),
            (b"text\0with a NUL", "new.txt"),
        ];
        for (bytes, message) in cases {
            let outcome = compare_files(&request(), b"Some text.\n", bytes);
            assert_eq!(outcome.exit, 2);
            let error = outcome.error.unwrap();
            assert!(error.starts_with(message), "{error}");
            assert!(outcome.html.is_empty());
        }
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        let error = compare_files(&request(), &huge, b"x").error.unwrap();
        assert_eq!(error, "old.txt is too large: the limit is 20 MB.");
        let french = PageRequest {
            language: "fr".into(),
            ..request()
        };
        let outcome = compare_files(&french, b"Texte.", b"");
        assert_eq!(outcome.error.unwrap(), "new.txt est vide.");
        assert_eq!(outcome.words.code, "fr");
    }

    #[test]
    fn unknown_options_are_refused_not_ignored() {
        let r: Result<PageRequest, _> = serde_json::from_str(r#"{"old_name":"a","sideways":true}"#);
        assert!(r.is_err());
    }
}
