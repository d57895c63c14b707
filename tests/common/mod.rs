//! Helpers shared by the integration tests (each test file is its own
//! crate, so each that needs these declares `mod common;`).

use resdiff::Document;

/// Each paragraph's id and text, the shape most parse tests compare.
pub fn ids_and_texts(doc: &Document) -> Vec<(String, String)> {
    doc.paragraphs
        .iter()
        .map(|p| (p.id.clone(), p.text.clone()))
        .collect()
}

/// Expected ids and texts, written as string slices.
pub fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect()
}
