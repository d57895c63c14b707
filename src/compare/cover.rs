//! The covers of two documents compared field by field, on the same keys
//! as paragraphs (so quotes, spaces and line breaks never count), and
//! their sponsor lists as sets of member States.

use crate::text::normalize::comparison_key;
use crate::types::{
    CoverComparison, CoverField, CoverLine, Document, KeyOptions, MetadataRole, SponsorChanges,
};

/// Compares the covers of `old` and `new`.
pub fn compare_covers(old: &Document, new: &Document, options: &KeyOptions) -> CoverComparison {
    let key = |doc: &Document, text: &str| comparison_key(text, doc.language.rules(), options);
    let sponsors = sponsor_changes(old, new, &key);
    let fields = CoverField::ALL
        .iter()
        .filter_map(|&field| {
            let (o, n) = (field_text(old, field), field_text(new, field));
            if o.is_none() && n.is_none() {
                return None;
            }
            let changed = match (&o, &n) {
                _ if field == CoverField::Sponsors => {
                    !sponsors.added.is_empty() || !sponsors.removed.is_empty()
                }
                (Some(o), Some(n)) => key(old, o) != key(new, n),
                _ => false,
            };
            Some(CoverLine {
                field,
                old: o,
                new: n,
                changed,
            })
        })
        .collect();
    CoverComparison { fields, sponsors }
}

/// A field as a document prints it.
fn field_text(doc: &Document, field: CoverField) -> Option<String> {
    let joined = |role: MetadataRole, by: &str| {
        let lines: Vec<&str> = doc
            .metadata
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.text.as_str())
            .collect();
        (!lines.is_empty()).then(|| lines.join(by))
    };
    match field {
        CoverField::Symbol => doc.symbol.clone(),
        CoverField::Date => doc.date.clone(),
        CoverField::Session => joined(MetadataRole::Session, ", "),
        CoverField::Agenda => joined(MetadataRole::Agenda, " "),
        CoverField::Title => doc.title.clone(),
        CoverField::Sponsors => (!doc.sponsors.is_empty()).then(|| doc.sponsors.join(", ")),
    }
}

/// The sponsors each list names and the other does not, when both texts
/// list sponsors: an adopted text lists none, which removes nobody.
fn sponsor_changes(
    old: &Document,
    new: &Document,
    key: &impl Fn(&Document, &str) -> String,
) -> SponsorChanges {
    let keys = |doc: &Document| -> std::collections::BTreeSet<String> {
        doc.sponsors.iter().map(|s| key(doc, s)).collect()
    };
    let (old_keys, new_keys) = (keys(old), keys(new));
    let both = !old.sponsors.is_empty() && !new.sponsors.is_empty();
    let only = |doc: &Document, other: &std::collections::BTreeSet<String>| -> Vec<String> {
        if !both {
            return Vec::new();
        }
        doc.sponsors
            .iter()
            .filter(|s| !other.contains(&key(doc, s)))
            .cloned()
            .collect()
    };
    SponsorChanges {
        added: only(new, &old_keys),
        removed: only(old, &new_keys),
        old: old.sponsors.clone(),
        new: new.sponsors.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::compare_covers;
    use crate::types::{CoverField, KeyOptions};

    fn draft(symbol: &str, date: &str, sponsors: &str, title: &str) -> crate::Document {
        let text = format!(
            "United Nations\n{symbol}\n\nGeneral Assembly\nDistr.: Limited\n{date}\nOriginal: English\n\n\
             Eightieth session\nFirst Committee\nAgenda item 99 (kk)\nGeneral and complete disarmament\n\n\
             {sponsors}: draft resolution\n\n{title}\n\nThe General Assembly,\n\n\
             1. Decides to remain seized of the matter.\n"
        );
        crate::parse_text("draft.txt", &text, None)
    }

    #[test]
    fn a_revision_reports_its_symbol_date_and_sponsors_and_nothing_else() {
        let old = draft(
            "A/C.1/80/L.41",
            "14 October 2025",
            "Austria, Brazil and Mexico",
            "Lethal autonomous weapons systems",
        );
        let new = draft(
            "A/C.1/80/L.41/Rev.1",
            "20 October 2025",
            "Austria, Mexico, Trinidad and Tobago and Zambia",
            "Lethal  autonomous weapons systems",
        );
        let c = compare_covers(&old, &new, &KeyOptions::default());
        let changed: Vec<CoverField> = c.changes().map(|f| f.field).collect();
        assert_eq!(
            changed,
            [CoverField::Symbol, CoverField::Date, CoverField::Sponsors]
        );
        assert_eq!(c.fields.len(), 6);
        assert_eq!(c.sponsors.added, ["Trinidad and Tobago", "Zambia"]);
        assert_eq!(c.sponsors.removed, ["Brazil"]);
        assert_eq!(
            c.fields[2].new.as_deref(),
            Some("Eightieth session, First Committee")
        );
        assert_eq!(
            c.fields[3].new.as_deref(),
            Some("Agenda item 99 (kk) General and complete disarmament")
        );
    }

    #[test]
    fn a_field_one_text_does_not_print_is_shown_but_not_a_change() {
        let old = draft(
            "A/C.1/80/L.41",
            "14 October 2025",
            "Austria and Brazil",
            "Title",
        );
        let new = crate::parse_text(
            "body.txt",
            "The General Assembly,\n\n1. Decides to remain seized of the matter.\n",
            None,
        );
        let c = compare_covers(&old, &new, &KeyOptions::default());
        assert!(!c.has_changes());
        assert_eq!(c.fields[0].new, None);
        assert!(c.sponsors.removed.is_empty());
    }
}
