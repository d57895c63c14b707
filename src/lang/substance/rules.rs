//! The shape of one language's row for telling routine changes from
//! substantive ones, and the shorthand the rows write their ladders with.

/// One language's words for telling routine changes from substantive ones.
#[derive(Debug)]
pub struct SubstanceRules {
    /// The language's twelve month names, as its [`LanguageRules`] give
    /// them (English capitalised): matched without regard to ASCII case.
    ///
    /// [`LanguageRules`]: crate::lang::LanguageRules
    pub months: &'static [&'static str],
    /// Other forms of the months, in lower case: Russian nominatives,
    /// "setiembre", the Arabic paired names and their words, the Han
    /// "月".
    pub month_variants: &'static [&'static str],
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
    /// Words that make the date beside them a deadline ("by", "avant",
    /// "a más tardar", "до", "بحلول", "前"): two tokens before it, or, with
    /// date marks, two after.
    pub deadline_words: &'static [&'static str],
    /// Adverbs that only place a paragraph in a sequence ("also",
    /// "further", "en outre", "además", "также", "كذلك", "还"): adding or
    /// dropping one is routine. Intensifiers ("strongly") are not here.
    pub sequence_adverbs: &'static [&'static str],
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
