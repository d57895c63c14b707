//! Where the wording of each paragraph of a text came from, in a folder of
//! earlier texts: what `resdiff sources` reports ([`SourcesReport`]).

use serde::Serialize;

use super::comparison::FileError;
use super::reuse::WordRange;

/// One earlier text's paragraphs holding a new paragraph's wording.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// The file the text was read from.
    pub path: String,
    /// Its symbol (`A/RES/79/62`), when printed.
    pub symbol: Option<String>,
    /// Its date, as printed.
    pub date: Option<String>,
    /// The ids of its paragraphs that hold the wording, in reading order.
    pub paragraphs: Vec<String>,
    /// Share of the new paragraph's words the runs cover, 0 to 1, rounded
    /// to 3 decimals.
    pub covered: f64,
    /// The runs in the new paragraph, in reading order.
    pub runs: Vec<WordRange>,
}

/// The sources of one paragraph of the new text, most recent first; none
/// means new language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParagraphSources {
    /// The paragraph's id.
    pub id: String,
    /// The paragraph as printed.
    pub text: String,
    /// Words of the paragraph.
    pub words: usize,
    /// The earlier texts holding its wording, most recent first.
    pub sources: Vec<Source>,
}

/// Where the wording of each paragraph of a text came from, in a folder of
/// earlier texts.
#[derive(Debug, Serialize)]
pub struct SourcesReport {
    /// The text whose sources are sought.
    pub new: String,
    /// Its symbol, when printed.
    pub symbol: Option<String>,
    /// Its language (the labels of the report).
    pub language: crate::lang::Language,
    /// The folder searched.
    pub folder: String,
    /// How many texts were indexed.
    pub indexed: usize,
    /// Its paragraphs in reading order.
    pub paragraphs: Vec<ParagraphSources>,
    /// Files of the folder that could not be read.
    pub errors: Vec<FileError>,
}
