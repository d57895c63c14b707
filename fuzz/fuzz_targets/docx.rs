//! The Word reader on any bytes: as a whole file, and as the parts of a
//! well-formed package (so that the fuzzer reaches the XML walks, the
//! numbering and the notes rather than stopping at the zip). Reading fails
//! with a message or succeeds; what it hands on parses.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use resdiff::read::docx::{read_docx, View};

const RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const PART_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="x/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="x/styles" Target="styles.xml"/><Relationship Id="r3" Type="x/footnotes" Target="footnotes.xml"/><Relationship Id="r4" Type="x/header" Target="header1.xml"/></Relationships>"#;

/// A package whose parts are the NUL-separated pieces of the input.
fn package(data: &[u8]) -> Vec<u8> {
    let mut pieces = data.split(|&b| b == 0);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8]| {
        zip.start_file(name, stored).unwrap();
        zip.write_all(bytes).unwrap();
    };
    add("_rels/.rels", RELS.as_bytes());
    add("word/_rels/document.xml.rels", PART_RELS.as_bytes());
    for name in [
        "word/document.xml",
        "word/numbering.xml",
        "word/styles.xml",
        "word/footnotes.xml",
        "word/header1.xml",
    ] {
        add(name, pieces.next().unwrap_or_default());
    }
    zip.finish().unwrap().into_inner()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode % 2 == 0 { rest.to_vec() } else { package(rest) };
    let view = if mode & 2 == 0 { View::Accepted } else { View::Original };
    if let Ok(read) = read_docx(&bytes, view) {
        let doc = resdiff::parse_text("fuzz.docx", &read.markdown, Some(resdiff::InputFormat::Markdown));
        for p in &doc.paragraphs {
            for n in &p.notes {
                assert!(p.text.is_char_boundary(n.offset));
            }
        }
    }
});
