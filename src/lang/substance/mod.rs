//! What tells a routine change from a substantive one, per language: the
//! words of session ordinals with their values, month names, the words that
//! name a session, a paragraph or a cited document, and the ladders of
//! operative strength ("Encourages" < "Urges", "should" < "shall").
//!
//! One file per language, one [`SubstanceRules`] row each, found by
//! [`substance_rules`]; the classifier in `compare/substance/` reads them.
//! All words are lower case and compared after lower-casing the text.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

/// One language's words for telling routine changes from substantive ones.
#[derive(Debug)]
pub struct SubstanceRules {
    /// Month names (and, for Arabic, the words of its paired month names).
    pub months: &'static [&'static str],
    /// Words that name a session, matched at a word's start ("session",
    /// "período", "сесси", "دورة", "届"): a spelled number beside one is
    /// a session ordinal.
    pub session_words: &'static [&'static str],
    /// Parts of spelled numbers with their values, summed along a run of
    /// parts ("soixante" 60 + "dix" 10 + "neuvième" 9). A part of several
    /// words is written with spaces ("quatre vingt"); a part matches a
    /// word's start when the rest is at most `max_ending` letters long.
    pub number_parts: &'static [(&'static str, u32)],
    /// How many letters may follow a part's stem (case endings).
    pub max_ending: usize,
    /// Words between parts of one number ("et", "y").
    pub joiners: &'static [&'static str],
    /// Endings that make digits an ordinal ("80th", "80e", "80.º").
    pub numeric_endings: &'static [&'static str],
    /// Letters glued before a word that are not part of it (Arabic "و",
    /// "ال"), stripped in this order before matching.
    pub prefixes: &'static [&'static str],
    /// Words that name a paragraph of the text ("paragraph", "paras").
    pub paragraph_words: &'static [&'static str],
    /// Words that name a cited document ("resolution", "report"): a
    /// paragraph number before one points into that document, and they
    /// may come and go with the symbols they name.
    pub document_words: &'static [&'static str],
    /// Small words that may come and go with a cited document ("and", "of").
    pub document_joiners: &'static [&'static str],
    /// For a script written without spaces: the marks after a date's year,
    /// month and day ("年", "月", "日").
    pub date_marks: Option<[&'static str; 3]>,
    /// Ladders of operative strength.
    pub ladders: &'static [Rung],
}

/// One phrase on a ladder of operative strength.
#[derive(Debug, Clone, Copy)]
pub struct Rung {
    /// The ladder: phrases compare only with phrases of the same ladder
    /// ("exhortation", "acknowledgement", "concern", "modal").
    pub ladder: &'static str,
    /// 1 is the weakest.
    pub rank: u8,
    /// The phrase, lower case, whole words.
    pub phrase: &'static str,
}

/// Shorthand for the tables.
pub(super) const fn rung(ladder: &'static str, rank: u8, phrase: &'static str) -> Rung {
    Rung {
        ladder,
        rank,
        phrase,
    }
}

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
