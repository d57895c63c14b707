//! The two documents' covers compared: what a delegate reads first on a
//! revised draft (its symbol going from L.41 to L.41/Rev.1, its date, its
//! agenda item, its title, the sponsors who joined or left).

use serde::Serialize;

/// A field of a cover, in the order the outputs report them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverField {
    /// The document symbol (`A/C.1/80/L.41/Rev.1`).
    Symbol,
    /// The date printed on the cover, or the adoption date.
    Date,
    /// The session and committee lines (`Eightieth session, First
    /// Committee`).
    Session,
    /// The agenda item with its title.
    Agenda,
    /// The title, without its resolution number.
    Title,
    /// The sponsor list.
    Sponsors,
}

impl CoverField {
    /// Every field, in report order: also the order of the page words'
    /// cover fields.
    pub const ALL: [CoverField; 6] = [
        CoverField::Symbol,
        CoverField::Date,
        CoverField::Session,
        CoverField::Agenda,
        CoverField::Title,
        CoverField::Sponsors,
    ];

    /// The snake-case name used in JSON and on the terminal.
    pub fn name(self) -> &'static str {
        match self {
            CoverField::Symbol => "symbol",
            CoverField::Date => "date",
            CoverField::Session => "session",
            CoverField::Agenda => "agenda",
            CoverField::Title => "title",
            CoverField::Sponsors => "sponsors",
        }
    }

    /// Where the field stands in [`CoverField::ALL`].
    pub fn index(self) -> usize {
        CoverField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// One field of the two covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverLine {
    /// Which field.
    pub field: CoverField,
    /// As the old text prints it (`null` when it does not).
    pub old: Option<String>,
    /// As the new text prints it (`null` when it does not).
    pub new: Option<String>,
    /// Whether both texts print the field and it differs beyond the
    /// folding the comparison applies to paragraphs. A field printed by one
    /// text only is shown but not a change: a copy saved without its cover
    /// says nothing about the cover.
    pub changed: bool,
}

/// The sponsor lists of two drafts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SponsorChanges {
    /// The old text's sponsors, in its order.
    pub old: Vec<String>,
    /// The new text's sponsors, in its order.
    pub new: Vec<String>,
    /// Sponsors only the new list names, in its order (empty unless both
    /// texts list sponsors).
    pub added: Vec<String>,
    /// Sponsors only the old list names, in its order (empty unless both
    /// texts list sponsors).
    pub removed: Vec<String>,
}

/// The two covers compared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CoverComparison {
    /// Every field either text prints, in [`CoverField::ALL`] order; the
    /// sponsor list's line says whether it changed, `sponsors` how.
    pub fields: Vec<CoverLine>,
    /// The sponsors of both texts, added and removed.
    pub sponsors: SponsorChanges,
}

impl CoverComparison {
    /// The fields that changed.
    pub fn changes(&self) -> impl Iterator<Item = &CoverLine> {
        self.fields.iter().filter(|f| f.changed)
    }

    /// Whether any field changed.
    pub fn has_changes(&self) -> bool {
        self.changes().next().is_some()
    }
}
