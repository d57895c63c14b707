//! Word documents read as delegates have them: the files LibreOffice wrote
//! from each seed and real text (fixtures/docx/, made by
//! scripts/make-docx-fixtures.py) compare unchanged with their texts and
//! parse to the same ids, texts and footnotes; tracked changes read
//! accepted or rejected; files from other writers (Word, Google Docs,
//! hand-built packages of other projects' test suites) read to the text
//! Word shows; bad files give one line naming the file and exit 2.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use resdiff::read::docx::{read_docx, View};
use resdiff::{MetadataRole, RemovalReason};

#[path = "common/cli.rs"]
mod cli;
use cli::{resdiff, stderr};

const MADE: &str = "fixtures/docx";
const OTHERS: &str = "fixtures/docx/other-writers";

/// The text form each made Word file was written from.
fn text_form(docx: &Path) -> Option<PathBuf> {
    let stem = docx.file_stem()?.to_str()?;
    ["seeds", "fixtures/real"]
        .iter()
        .map(|dir| Path::new(dir).join(format!("{stem}.txt")))
        .find(|p| p.exists())
}

fn made_files() -> Vec<(PathBuf, PathBuf)> {
    let mut files: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(MADE)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .filter_map(|p| text_form(&p).map(|t| (p, t)))
        .collect();
    files.sort();
    files
}

/// What a document says, line numbers and note positions aside: ids,
/// kinds, labels, texts, footnote marks and texts.
fn structure(doc: &resdiff::Document) -> Vec<String> {
    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| format!("{} {} {:?} {}", p.id, p.kind.name(), p.label, p.text));
    let notes = doc
        .footnotes
        .iter()
        .map(|f| format!("[{}] {}", f.mark, f.text));
    paragraphs.chain(notes).collect()
}

#[test]
fn every_seed_and_real_text_written_by_libreoffice_reads_as_its_text() {
    let files = made_files();
    assert_eq!(files.len(), 17, "5 seeds and 12 real texts");
    for (docx, text) in &files {
        let from_word = resdiff::parse_path(docx, None).unwrap();
        let from_text = resdiff::parse_path(text, None).unwrap();
        assert_eq!(from_word.format.name(), "docx");
        assert_eq!(
            structure(&from_word),
            structure(&from_text),
            "{}",
            docx.display()
        );
        assert_eq!(from_word.symbol, from_text.symbol, "{}", docx.display());
        let out = resdiff(&["-q", text.to_str().unwrap(), docx.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            docx.display(),
            stderr(&out)
        );
    }
}

#[test]
fn automatic_numbers_with_sub_paragraph_levels_come_out_as_typed_ones() {
    // These were written with a three-level automatic list: the numbers
    // and letters are in numbering.xml, not in the text.
    for (name, first_sub, typed) in [
        ("A-RES-78-265.en", "OP4(a)", "(a) "),
        ("001_f645d6d34d6fbb5d", "OP4(a)", "a) "),
        ("004_a766b7494bea99d2", "56(a)", "a) "),
    ] {
        let path = Path::new(MADE).join(format!("{name}.docx"));
        let bytes = std::fs::read(&path).unwrap();
        let part = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..]))
            .unwrap()
            .by_name("word/document.xml")
            .map(|mut f| {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut f, &mut s).unwrap();
                s
            })
            .unwrap();
        assert!(!part.contains(&format!(">{typed}")), "{name}: typed label");
        assert!(part.contains("<w:numPr>"), "{name}: no automatic numbering");
        let markdown = read_docx(&bytes, View::Accepted).unwrap().markdown;
        assert!(markdown.contains(&format!("\n\n{typed}")), "{name}");
        let doc = resdiff::parse_path(&path, None).unwrap();
        let sub = doc
            .paragraph(first_sub)
            .unwrap_or_else(|| panic!("{name}: {first_sub}"));
        assert_eq!(sub.kind.name(), "subparagraph", "{name}");
    }
}

#[test]
fn page_headers_and_footers_go_to_the_removed_list() {
    let doc = resdiff::parse_path(Path::new("fixtures/docx/A-RES-80-58.en.docx"), None).unwrap();
    let word: Vec<&str> = doc
        .removed
        .iter()
        .filter(|r| r.reason == RemovalReason::WordHeaderFooter)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(
        word,
        [
            "A/RES/80/58 Artificial intelligence in the military domain and its",
            "25-20010"
        ]
    );
}

#[test]
fn tracked_changes_read_accepted_by_default_and_rejected_on_request() {
    let docx = "fixtures/docx/tracked-changes.docx";
    let old = "fixtures/docx/tracked-changes.old.txt";
    let new = "fixtures/docx/tracked-changes.new.txt";
    assert_eq!(resdiff(&["-q", new, docx]).status.code(), Some(0));
    assert_eq!(resdiff(&["-q", old, docx]).status.code(), Some(1));
    let original = ["--docx-view", "original", "-q"];
    assert_eq!(
        resdiff(&[&original[..], &[old, docx]].concat())
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        resdiff(&[&original[..], &[new, docx]].concat())
            .status
            .code(),
        Some(1)
    );

    let accepted = resdiff::parse_path(Path::new(docx), None).unwrap();
    assert_eq!(
        common::ids_and_texts(&accepted),
        common::pairs(&[
            (
                "PP1",
                "Recalling its resolution 79/239 and 78/241 of 24 December 2024,"
            ),
            ("PP2", "Noting the report of the Secretary-General,"),
            (
                "PP3",
                "Stressing the importance of application of artificial intelligence,"
            ),
            (
                "OP1",
                "Decides to convene informal exchanges in Geneva in 2026;"
            ),
            ("OP3", "Decides to remain seized of the matter."),
        ])
    );
    let said: Vec<&str> = accepted
        .metadata
        .iter()
        .filter(|m| m.role == MetadataRole::TrackedChanges)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        said,
        ["Tracked changes: 1 insertions, 3 deletions, 2 moves, 0 formatting changes; read with all changes accepted"]
    );
    let parsed = resdiff(&["parse", "--docx-view", "original", docx]);
    let text = String::from_utf8_lossy(&parsed.stdout);
    assert!(
        text.contains("OP2        Requests the Secretary-General to submit a report;"),
        "{text}"
    );
}

/// The paragraphs of a Word file as the reader hands them on, each cut to
/// its first `words` words.
fn opening_words(path: &str, view: View, words: usize) -> Vec<String> {
    let bytes = std::fs::read(Path::new(OTHERS).join(path)).unwrap();
    read_docx(&bytes, view)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .markdown
        .split("\n\n")
        .map(|p| {
            p.split_whitespace()
                .take(words)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn word_365_numbering_legal_and_linked_to_heading_styles() {
    assert_eq!(
        opening_words("docxfix-legal-list.docx", View::Accepted, 2),
        [
            "1. Lorem",
            "1.1. Vivamus",
            "2. In",
            "2.1. Fusce",
            "2.1.1. Donec"
        ]
    );
    assert_eq!(
        opening_words("docxfix-styled-numbering.docx", View::Accepted, 2),
        [
            "1 One",
            "Lorem ipsum",
            "1.1 Two",
            "Lorem ipsum",
            "(a) Three.",
            "(i) Four."
        ]
    );
}

#[test]
fn word_365_tracked_changes_in_both_views() {
    let accepted = opening_words("docxfix-mixed-insert-delete.docx", View::Accepted, 6);
    let original = opening_words("docxfix-mixed-insert-delete.docx", View::Original, 6);
    assert_eq!(accepted, ["Lorem dolor sit amet ipsum, consectetuer"]);
    assert_eq!(original, ["Lorem ipsum dolor sit amet, consectetuer"]);
    assert_eq!(
        opening_words("docxfix-single-deletion.docx", View::Accepted, 3),
        ["Lorem ipsum, consectetuer"]
    );
}

#[test]
fn word_comments_are_listed_not_read_as_text() {
    let bytes = std::fs::read(Path::new(OTHERS).join("docxfix-comment-thread.docx")).unwrap();
    let read = read_docx(&bytes, View::Accepted).unwrap();
    assert_eq!(
        read.comments,
        ["Author: A comment.", "Author: A reply comment."]
    );
    assert!(!read.markdown.contains("A comment."));
}

#[test]
fn notes_strict_ooxml_text_boxes_and_tables_from_other_writers() {
    assert_eq!(
        opening_words("mammoth-footnotes.docx", View::Accepted, 9),
        [
            "Ouch<sup>1</sup>.<sup>2</sup>",
            "---",
            "<sup>1</sup> A tachyon walks into a bar.",
            "<sup>2</sup> Fin."
        ]
    );
    assert_eq!(
        opening_words("mammoth-endnotes.docx", View::Accepted, 9)[0],
        "Ouch<sup>1</sup>.<sup>2</sup>"
    );
    // ISO/IEC 29500 Strict: other namespaces, the same names.
    assert_eq!(
        opening_words("mammoth-strict-format.docx", View::Accepted, 5),
        ["Test"]
    );
    assert_eq!(
        opening_words("mammoth-text-box.docx", View::Accepted, 5),
        ["Datum plane"]
    );
    assert_eq!(
        opening_words("mammoth-tables.docx", View::Accepted, 5),
        [
            "Above",
            "Top left",
            "Top right",
            "Bottom left",
            "Bottom right",
            "Below"
        ]
    );
    assert_eq!(
        opening_words("mammoth-utf8-bom.docx", View::Accepted, 9),
        ["This XML has a byte order mark."]
    );
}

#[test]
fn google_docs_lists_hyperlinks_and_tables() {
    let paragraphs = opening_words("google-docs-sample.docx", View::Accepted, 3);
    let numbered: Vec<&String> = paragraphs
        .iter()
        .filter(|p| p.starts_with(char::is_numeric))
        .collect();
    // Two lists of three, on two numbering definitions: each starts at 1.
    assert_eq!(
        numbered,
        [
            "1. Numbered lists",
            "2. If one",
            "3. … other",
            "1. Numbered lists",
            "2. If one",
            "3. … other"
        ]
    );
    assert!(paragraphs.contains(&"● Nam leo".to_string()));
    assert!(paragraphs.contains(&"○ Bullet A1".to_string()));
    assert!(paragraphs.contains(&"TD 9".to_string()));
    assert_eq!(
        opening_words("python-docx-par-hyperlinks.docx", View::Accepted, 12)[2],
        "Three hyperlinks: the first one here, the second one, and the third."
    );
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resdiff-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const RELS: &[u8] = br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// Runs `resdiff parse` on a bad file: exit 2, one line naming the file
/// and saying what is wrong.
fn refused(name: &str, bytes: &[u8], says: &str) {
    let path = temp(name, bytes);
    let out = resdiff(&["parse", path.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    assert_eq!(err.lines().count(), 1, "{name}: {err}");
    assert!(err.contains(path.to_str().unwrap()), "{name}: {err}");
    assert!(err.contains(says), "{name}: {err}");
}

#[test]
fn bad_word_files_are_refused_in_one_line_naming_the_file() {
    refused("text.docx", b"Just text, renamed.", "not a zip archive");
    refused("truncated.docx", &RELS[..0], "not a zip archive");
    refused(
        "no-main.docx",
        &zip_of(&[("word/document.xml", b"<w:document/>")]),
        "no main document part",
    );
    refused(
        "corrupt.docx",
        &zip_of(&[
            ("_rels/.rels", RELS),
            ("word/document.xml", b"<w:document><w:body><w:p>"),
        ]),
        "word/document.xml is not well-formed XML",
    );
    refused(
        "no-body.docx",
        &zip_of(&[
            ("_rels/.rels", RELS),
            ("word/document.xml", b"<w:document/>"),
        ]),
        "has no body",
    );
}

#[test]
fn zip_bombs_are_refused() {
    // More entries than a Word document holds.
    let names: Vec<String> = (0..10_001).map(|i| format!("e{i}")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    refused("entries.docx", &zip_of(&entries), "more than the 10000");
    // A main part that inflates past the limit from a few hundred kB.
    let mut huge = b"<w:document><w:body>".to_vec();
    huge.resize(65 << 20, b' ');
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("_rels/.rels", deflate).unwrap();
    zip.write_all(RELS).unwrap();
    zip.start_file("word/document.xml", deflate).unwrap();
    zip.write_all(&huge).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 1 << 20);
    refused("bomb.docx", &bytes, "possible zip bomb");
}

#[test]
fn a_word_file_on_standard_input_is_read_too() {
    let bytes = std::fs::read("fixtures/docx/tracked-changes.docx").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(["parse", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("format:   docx"));
}

#[test]
fn folders_of_word_files_compare_with_folders_of_their_texts() {
    let base = std::env::temp_dir().join(format!("resdiff-docx-folders-{}", std::process::id()));
    let (old, new) = (base.join("word"), base.join("text"));
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    for name in ["A-RES-79-62.en", "A-RES-80-57.en"] {
        std::fs::copy(
            format!("fixtures/docx/{name}.docx"),
            old.join(format!("{name}.docx")),
        )
        .unwrap();
        std::fs::copy(
            format!("fixtures/real/{name}.txt"),
            new.join(format!("{name}.txt")),
        )
        .unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args([&old, &new])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pairs"].as_array().unwrap().len(), 2, "{v}");
}
