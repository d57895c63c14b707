//! The words the HTML page itself prints (headings, legend, status names),
//! in the language of the document: one row per language, English for the
//! languages that have no row yet.

use crate::lang::Language;
use crate::types::Status;

/// The page's own words in one language.
#[derive(Debug)]
pub struct Labels {
    /// Page heading and title prefix.
    pub redline: &'static str,
    /// Row names of the documents table.
    pub old: &'static str,
    /// Row names of the documents table.
    pub new: &'static str,
    /// Column headings of the documents table: symbol, title, date, file.
    pub columns: [&'static str; 4],
    /// Legend: deleted words, how they look, inserted words, how they look,
    /// how paragraphs are labelled.
    pub legend: [&'static str; 5],
    /// Hidden text read before a deletion and an insertion.
    pub hidden: [&'static str; 2],
    /// "Summary", "Paragraphs", "renumbered".
    pub summary: [&'static str; 3],
    /// The words line: four pieces around the three numbers.
    pub words_line: [&'static str; 4],
    /// Heading of the list of changes.
    pub changed_paragraphs: &'static str,
    /// Status names, in the order of [`Status::ALL`].
    pub statuses: [&'static str; 7],
    /// "(old)" after a deleted paragraph's id; "was" before an old id.
    pub old_marker: &'static str,
    /// "was" before an old number.
    pub was: &'static str,
    /// "unchanged, renumbered", "moved from", "split from", "merged from".
    pub notes: [&'static str; 4],
    /// "(old place)", "moved to".
    pub moves: [&'static str; 2],
    /// "Footnote", "Footnotes changed".
    pub footnotes: [&'static str; 2],
}

impl Labels {
    /// The name of a status.
    pub fn status(&self, status: Status) -> &'static str {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        self.statuses[i]
    }
}

const EN: Labels = Labels {
    redline: "Redline",
    old: "Old",
    new: "New",
    columns: ["Symbol", "Title", "Date", "File"],
    legend: [
        "deleted words",
        "(struck through)",
        "inserted words",
        "(bold, underlined)",
        "paragraph labels follow the new text’s numbering; “was” gives the old number",
    ],
    hidden: ["deleted: ", "inserted: "],
    summary: ["Summary", "Paragraphs", "renumbered"],
    words_line: [
        "Words inserted: ",
        "; words deleted: ",
        "; footnotes changed: ",
        ".",
    ],
    changed_paragraphs: "Changed paragraphs",
    statuses: [
        "changed",
        "moved",
        "split",
        "merged",
        "inserted",
        "deleted",
        "unchanged",
    ],
    old_marker: "(old)",
    was: "was",
    notes: [
        "unchanged, renumbered",
        "moved from",
        "split from",
        "merged from",
    ],
    moves: ["(old place)", "moved to"],
    footnotes: ["Footnote", "Footnotes changed"],
};

const FR: Labels = Labels {
    redline: "Texte comparé",
    old: "Ancien",
    new: "Nouveau",
    columns: ["Cote", "Titre", "Date", "Fichier"],
    legend: [
        "mots supprimés",
        "(barrés)",
        "mots ajoutés",
        "(gras, soulignés)",
        "les paragraphes portent les numéros du nouveau texte ; « ancien » donne l’ancien numéro",
    ],
    hidden: ["supprimé : ", "ajouté : "],
    summary: ["Résumé", "Paragraphes", "renumérotés"],
    words_line: [
        "Mots ajoutés : ",
        " ; mots supprimés : ",
        " ; notes modifiées : ",
        ".",
    ],
    changed_paragraphs: "Paragraphes modifiés",
    statuses: [
        "modifié",
        "déplacé",
        "scindé",
        "fusionné",
        "ajouté",
        "supprimé",
        "inchangé",
    ],
    old_marker: "(ancien)",
    was: "ancien",
    notes: [
        "inchangé, renuméroté",
        "déplacé depuis",
        "scindé depuis",
        "fusion de",
    ],
    moves: ["(ancienne place)", "déplacé vers"],
    footnotes: ["Note", "Notes modifiées"],
};

/// The labels for a document language.
pub fn labels(language: Language) -> &'static Labels {
    match language.0 {
        "fr" => &FR,
        _ => &EN,
    }
}
