//! What tells a routine change from a substantive one, per language: the
//! words of session ordinals with their values, month names, the words that
//! name a session, a paragraph or a cited document, and the ladders of
//! operative strength ("Encourages" < "Urges", "should" < "shall").
//!
//! One file per language, one [`SubstanceRules`] row each (the row's type
//! is in `rules.rs`), found by [`substance_rules`]; the classifier in `compare/substance/` reads them.
//! All words are lower case and compared after lower-casing the text.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod rules;
mod zh;

pub use rules::{Rung, SubstanceRules};

/// The row of a language code (English's for a code without one).
pub fn substance_rules(code: &str) -> &'static SubstanceRules {
    match code {
        "fr" => &fr::RULES,
        "es" => &es::RULES,
        "ru" => &ru::RULES,
        "ar" => &ar::RULES,
        "zh" => &zh::RULES,
        _ => &en::RULES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row's ladders rank from 1 and hold no phrase twice, and every
    /// ladder named in a row has at least two rungs (a shift needs two).
    #[test]
    fn ladders_are_well_formed() {
        for code in ["en", "fr", "es", "ru", "ar", "zh"] {
            let rules = substance_rules(code);
            let mut seen = std::collections::BTreeSet::new();
            for r in rules.ladders {
                assert!(r.rank >= 1, "{code} {}", r.phrase);
                assert!(
                    seen.insert((r.ladder, r.phrase)),
                    "{code} {} twice",
                    r.phrase
                );
                assert_eq!(r.phrase, r.phrase.to_lowercase(), "{code}");
                let same = rules.ladders.iter().filter(|o| o.ladder == r.ladder);
                assert!(same.count() >= 2, "{code} {}", r.ladder);
            }
            assert!(
                rules.months.len() >= 12 || rules.date_marks.is_some(),
                "{code}"
            );
        }
    }
}
