//! The OPC package under a .docx: a zip of parts tied together by
//! relationship parts (ECMA-376 Part 2). Parts are found by following
//! relationships from `_rels/.rels`, never by a fixed path, since writers
//! name them freely (`word/document.xml`, `word/document2.xml`,
//! `/customXml/…`).
//!
//! Guarded against zip bombs: the archive may hold at most
//! [`MAX_ENTRIES`] entries, one part may unpack to at most
//! [`MAX_PART_BYTES`] and all parts read together to [`MAX_TOTAL_BYTES`].
//! Sizes are enforced on the bytes actually inflated, not on the sizes the
//! archive declares, which a hostile file may understate.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use super::xml::{self, Element};

/// Most entries a package may list. Word's own files hold a few dozen; a
/// document with many images a few hundred.
pub const MAX_ENTRIES: usize = 10_000;
/// Most bytes one XML part may unpack to. The main part of a 500-page
/// report is about 5 MB.
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// Most bytes all parts read from one package may unpack to.
pub const MAX_TOTAL_BYTES: u64 = 256 << 20;

/// Relationship type of the main document part, ending shared by the
/// Transitional (`officeDocument/2006/relationships/officeDocument`) and
/// Strict (`purl.oclc.org/ooxml/officeDocument/relationships/officeDocument`)
/// forms.
pub const MAIN_DOCUMENT: &str = "/officeDocument";

/// An opened package.
pub struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Part names (no leading slash), lower-cased, to archive indexes:
    /// OPC part names compare without regard to case.
    index: BTreeMap<String, usize>,
    unpacked: u64,
}

/// A relationship from one part to another.
#[derive(Debug, Clone)]
pub struct Relationship {
    /// The relationship type URI.
    pub kind: String,
    /// The target part's name, resolved against the source part.
    pub target: String,
    /// An external target (a hyperlink), not a part.
    pub external: bool,
}

impl<'a> Package<'a> {
    /// Opens a package from the whole file's bytes.
    pub fn open(bytes: &'a [u8]) -> Result<Self, String> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("not a zip archive ({e})"))?;
        if archive.len() > MAX_ENTRIES {
            return Err(format!(
                "the archive lists {} entries, more than the {MAX_ENTRIES} a Word document may hold",
                archive.len()
            ));
        }
        let mut index = BTreeMap::new();
        for (i, name) in archive.file_names().enumerate() {
            let name = name.map_err(|e| format!("unreadable entry name: {e}"))?;
            index.insert(name.trim_start_matches('/').to_lowercase(), i);
        }
        Ok(Package {
            archive,
            index,
            unpacked: 0,
        })
    }

    /// Whether the package holds this part.
    pub fn has(&self, part: &str) -> bool {
        self.index.contains_key(&part.to_lowercase())
    }

    /// A part's bytes, within the size limits.
    pub fn bytes(&mut self, part: &str) -> Result<Vec<u8>, String> {
        let Some(&i) = self.index.get(&part.to_lowercase()) else {
            return Err(format!("part {part} is missing"));
        };
        let file = self
            .archive
            .by_index(i)
            .map_err(|e| format!("part {part}: {e}"))?;
        let limit = MAX_PART_BYTES.min(MAX_TOTAL_BYTES - self.unpacked);
        let mut out = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("part {part}: {e}"))?;
        if out.len() as u64 > limit {
            return Err(format!(
                "part {part} unpacks to more than {} MB: refused as a possible zip bomb",
                limit >> 20
            ));
        }
        self.unpacked += out.len() as u64;
        Ok(out)
    }

    /// A part read as an XML tree.
    pub fn xml(&mut self, part: &str) -> Result<Element, String> {
        let bytes = self.bytes(part)?;
        let text = xml_text(&bytes).ok_or_else(|| format!("part {part} is not UTF-8 or UTF-16"))?;
        xml::parse(&text).map_err(|e| format!("part {part} is not well-formed XML ({e})"))
    }

    /// The relationships of a part (those of the package for `""`); none
    /// when it has no relationship part.
    pub fn relationships(&mut self, part: &str) -> Result<Vec<Relationship>, String> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels = if dir.is_empty() {
            format!("_rels/{file}.rels")
        } else {
            format!("{dir}/_rels/{file}.rels")
        };
        if !self.has(&rels) {
            return Ok(Vec::new());
        }
        let root = self.xml(&rels)?;
        Ok(root
            .elements()
            .filter(|e| e.name == "Relationship")
            .map(|e| {
                let external = e.attr("TargetMode") == Some("External");
                let target = e.attr("Target").unwrap_or_default();
                Relationship {
                    kind: e.attr("Type").unwrap_or_default().to_string(),
                    target: if external {
                        target.to_string()
                    } else {
                        resolve(dir, target)
                    },
                    external,
                }
            })
            .collect())
    }
}

/// Decodes an XML part: UTF-8 (with or without BOM) or UTF-16 with a BOM,
/// the encodings ECMA-376 allows.
fn xml_text(bytes: &[u8]) -> Option<String> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
        String::from_utf16(&units).ok()
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).ok()
}

/// Resolves a relationship target against the folder of its source part:
/// `footnotes.xml` from `word` is `word/footnotes.xml`, `/word/x.xml` is
/// absolute, `../customXml/item1.xml` climbs.
pub fn resolve(dir: &str, target: &str) -> String {
    let target = target.split(['#', '?']).next().unwrap_or_default();
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_source_folder() {
        assert_eq!(resolve("word", "footnotes.xml"), "word/footnotes.xml");
        assert_eq!(resolve("word", "/word/x.xml"), "word/x.xml");
        assert_eq!(resolve("word/sub", "../y.xml"), "word/y.xml");
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "../../a.xml"), "a.xml");
    }

    #[test]
    fn not_a_zip_is_an_error() {
        assert!(Package::open(b"plain text").is_err());
        assert!(Package::open(b"").is_err());
    }

    #[test]
    fn utf16_parts_decode() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<a/>".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(xml_text(&bytes).as_deref(), Some("<a/>"));
        assert_eq!(xml_text(b"\xEF\xBB\xBF<a/>").as_deref(), Some("<a/>"));
        assert_eq!(xml_text(b"\xFF"), None);
    }
}
