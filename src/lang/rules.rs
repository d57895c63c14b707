//! The shape of one language's row: the cues the reader looks for
//! ([`LanguageRules`]), the words of its covers ([`CoverWords`]), the words
//! the HTML page prints ([`Labels`]), and the
//! test of a paragraph's opening words against a row's preambular cues.

/// The rules for one language.
#[derive(Debug)]
pub struct LanguageRules {
    /// ISO 639-1 code, as written in the `lang` attribute of HTML output.
    pub code: &'static str,
    /// Frequent short words, used to guess the language of a text.
    pub stopwords: &'static [&'static str],
    /// The line that opens a resolution's body ("The General Assembly,").
    /// Compared after folding case, quotes and spaces.
    pub openers: &'static [&'static str],
    /// Whole words or phrases that open preambular paragraphs.
    pub preamble_words: &'static [&'static str],
    /// Adverbs that may stand before a preambular cue ("Also convinced").
    pub preamble_adverbs: &'static [&'static str],
    /// Endings of the participles that open most preambular paragraphs
    /// ("Recalling", "Rappelant", "Recordando").
    pub preamble_endings: &'static [&'static str],
    /// Words with such an ending that are no participle and open no
    /// preambular paragraph ("Quant", "Cependant", "During").
    pub preamble_not: &'static [&'static str],
    /// Phrases of the closing line ("52nd plenary meeting").
    pub meeting_phrases: &'static [&'static str],
    /// Phrases of the adoption line of an adopted text.
    pub adoption_phrases: &'static [&'static str],
    /// The end of a draft's sponsor list ("…: draft resolution").
    pub draft_markers: &'static [&'static str],
    /// Headings that open an annex.
    pub annex_words: &'static [&'static str],
    /// Letters that label sub-paragraphs, in order.
    pub sub_letters: &'static [char],
    /// Words cut by elision before an apostrophe ("l’", "qu’"): a stray space
    /// after them is a PDF artifact, and they are their own diff token.
    pub elisions: &'static [&'static str],
    /// Words a number may follow as a quantity or a reference ("paragraph 3",
    /// "Group of 77"): a number after them is never a spaced footnote marker.
    pub number_words: &'static [&'static str],
    /// The words of one letter: any other lone letter is a PDF artifact.
    pub single_letter_words: &'static [&'static str],
    /// How ordinal numbers are spelled ("fifty-seventh session"), so that
    /// the titles of one recurring item in two sessions can be matched.
    pub ordinals: Ordinals,
    /// The words that may follow a suspended compound's hyphen ("low- and
    /// middle-income", "pré- et post-"): there "- " is kept as written,
    /// while before any other word it is a line-end hyphen whose line
    /// break an extraction made a space ("Non- Proliferation").
    pub suspenders: &'static [&'static str],
    /// How an article heading is printed ("Article …", "Статья …", "第…条"),
    /// `…` standing for its number (digits, or Han numerals); a form without
    /// `…` is the first article's heading spelled out ("Article premier").
    /// A declaration or convention numbers its paragraphs under these, so
    /// they give ids that match across languages (`ART11.2`).
    pub article_headings: &'static [&'static str],
    /// Whether the script has letter case (paragraph continuation cues rely
    /// on a lower-case start where it does).
    pub cased: bool,
    /// Whether the script is written right to left: the HTML page sets its
    /// direction from this.
    pub right_to_left: bool,
    /// Drafting formulas: stock phrases every text uses ("as appropriate",
    /// "within their respective mandates", "selon qu'il conviendra"). Their
    /// words do not count towards a run of reused wording, so that two
    /// paragraphs sharing only formulas are not reported as agreed language.
    pub drafting_formulas: &'static [&'static str],
    /// Month names as printed in dates ("December", "décembre", "декабря"),
    /// January first: a text's date is read to order sources by recency.
    pub months: [&'static str; 12],
    /// The words the reports of reused wording print.
    pub reuse_labels: &'static ReuseLabels,
    /// Matching words a run of shared wording must hold to count as
    /// reused (agreed language): 8 where words are spaced; where each Han
    /// character is a word to the tokenizer, about twice as many, since a
    /// Chinese word is 1.5 to 2 characters.
    pub reuse_min_words: usize,
    /// The words the HTML page prints for a document in this language
    /// (English's while the language has none of its own).
    pub labels: &'static Labels,
    /// The words of the cover's metadata lines.
    pub cover: CoverWords,
}

/// The words of a cover's metadata lines in one language ("Original :
/// anglais", "Soixante-dix-neuvième session", "Point 125 de l'ordre du
/// jour"), and the words a title cannot end with. A cover is read with its
/// own row's words and the English row's: the covers of Arabic, Chinese and
/// Russian texts print their distribution block in English. All are
/// compared after folding case, quotes and spaces.
#[derive(Debug)]
pub struct CoverWords {
    /// Issuing organs, each printed alone on its line ("General Assembly").
    pub organs: &'static [&'static str],
    /// How the distribution line starts ("Distr.").
    pub distribution: &'static [&'static str],
    /// Distribution levels printed alone on a line ("General", "Limited").
    pub distribution_levels: &'static [&'static str],
    /// How the original-language line starts ("Original", "原文").
    pub original: &'static [&'static str],
    /// The name of the version's language printed alone on a line
    /// ("Français", "Russian").
    pub language_names: &'static [&'static str],
    /// Words of the short session or committee line ("session", "Third
    /// Committee", "período de sesiones", "届会议").
    pub sessions: &'static [&'static str],
    /// Words of the agenda line, which also holds the item's number
    /// ("Agenda item", "de l'ordre du jour", "повестки дня", "议程项目").
    pub agenda: &'static [&'static str],
    /// Words that may follow the year of a date ("года").
    pub year_words: &'static [&'static str],
    /// Words a title or an agenda item cannot end with (prepositions,
    /// articles, possessives: "of", "the", "its", "de", "的"): a line
    /// ending in one runs on, whatever the next line looks like.
    pub open_words: &'static [&'static str],
    /// The words that join the last two names of a list of member States
    /// ("and", "et", "y", "и", "و", "和"), besides the commas.
    pub list_joiners: &'static [&'static str],
    /// Member States whose names hold a joiner ("Trinidad and Tobago",
    /// "Bosnia y Herzegovina"): a sponsor list is never cut inside them.
    pub joined_names: &'static [&'static str],
}

/// How a language spells the ordinal numbers that change from one
/// session's version of a recurring item to the next ("on the work of its
/// fifty-seventh session", "soixante-dix-neuvième", "семьдесят девятой",
/// "第七十九届"). Words are matched in lower case, whole, after a title is cut
/// at every character that is not a letter or a digit ("fifty-seventh" is
/// "fifty" and "seventh").
#[derive(Debug)]
pub struct Ordinals {
    /// Ordinal words, whole ("seventh", "première").
    pub words: &'static [&'static str],
    /// Ordinal words made of one of these stems followed by one of
    /// `endings` ("sept" + "ième", "седьм" + "ой").
    pub stems: &'static [&'static str],
    /// See `stems`.
    pub endings: &'static [&'static str],
    /// Words that are part of a spelled ordinal without being one alone:
    /// tens and joiners ("fifty", "quatre", "et", "пятьдесят").
    pub parts: &'static [&'static str],
    /// For a script written without spaces: the character that makes the
    /// number after it an ordinal ("第"), and the numerals that number is
    /// written in.
    pub counter: Option<(char, &'static str)>,
}

impl Ordinals {
    /// Whether a lower-case word is an ordinal.
    pub fn is_ordinal(&self, word: &str) -> bool {
        self.words.contains(&word)
            || self.stems.iter().any(|s| {
                word.strip_prefix(s)
                    .is_some_and(|rest| self.endings.contains(&rest))
            })
    }
}

/// The Latin sub-paragraph letters, shared by the rows that letter
/// sub-paragraphs a), b), c) (Chinese among them).
pub(super) const LATIN: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];

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
    /// The words line: four pieces around the words inserted, the words
    /// deleted and the footnotes by status (`8 deleted, 1 changed`).
    pub words_line: [&'static str; 4],
    /// Heading of the list of changes.
    pub changed_paragraphs: &'static str,
    /// Status names, in the order of `Status::ALL`. The renderer looks them
    /// up: statuses are defined in a later layer than this one.
    pub statuses: [&'static str; 7],
    /// "(old)" after a deleted paragraph's id; "was" before an old id.
    pub old_marker: &'static str,
    /// "was" before an old number.
    pub was: &'static str,
    /// "unchanged, renumbered", "moved from", "split from", "merged from",
    /// "unchanged, regrouped from" (the same words, paragraphed otherwise).
    pub notes: [&'static str; 5],
    /// "(old place)", "moved to".
    pub moves: [&'static str; 2],
    /// "Footnote", "Footnotes changed".
    pub footnotes: [&'static str; 2],
    /// The words of the cover and footnote sections.
    pub sections: SectionLabels,
    /// The words the page says of routine and substantive changes.
    pub substance: &'static SubstanceLabels,
    /// The words of the history page (`resdiff history --format html`).
    pub history: &'static HistoryLabels,
}

/// The words of the history page, in one language.
#[derive(Debug)]
pub struct HistoryLabels {
    /// "History", before the versions' symbols in the page's title.
    pub title: &'static str,
    /// "History of ", " versions": the heading around the number.
    pub heading: [&'static str; 2],
    /// "Paragraphs through the versions": the grid's heading.
    pub grid: &'static str,
    /// The chain summary's words, after each count: "paragraph
    /// lineages", "never changed", "changed", "inserted", "deleted",
    /// "inserted and deleted again", then "words" and the words'
    /// "inserted", "deleted".
    pub chain: [&'static str; 9],
}

/// What the page calls routine and substantive changes, their reasons and
/// strength shifts, in one language (the terminal and JSON keep the
/// English names).
#[derive(Debug)]
pub struct SubstanceLabels {
    /// "substantive", "routine".
    pub kinds: [&'static str; 2],
    /// "strengthened", "weakened".
    pub shifts: [&'static str; 2],
    /// Each reason, in the order [`crate::types::Reason`] declares them.
    pub reasons: [&'static str; 17],
}

/// The words of the page's cover section, which reports what changed on
/// the documents' covers, of its footnote section and of its documents
/// table.
#[derive(Debug)]
pub struct SectionLabels {
    /// The cover section's heading ("Cover").
    pub cover_heading: &'static str,
    /// The fields, in the order of the comparison's cover fields: symbol,
    /// date, session and committee, agenda item, title, sponsors.
    pub cover_fields: [&'static str; 6],
    /// Before the sponsors one text adds and the sponsors it no longer
    /// lists.
    pub sponsors: [&'static str; 2],
    /// Before the paragraphs that cite a footnote ("cited in PP3, OP5").
    pub cited_in: &'static str,
    /// The corner of the documents table, over "Old" and "New".
    pub document: &'static str,
}

impl LanguageRules {
    /// Whether `text` opens with a preambular cue of this language.
    pub fn opens_preamble(&self, text: &str) -> bool {
        let mut t = text.trim_start_matches(['*', '_', ' ']);
        // "Also convinced", "Further recalling", "Deeply concerned": the
        // adverb before the cue is skipped.
        for adverb in self.preamble_adverbs {
            if let Some(rest) = t.strip_prefix(adverb) {
                if rest.starts_with(' ') {
                    t = rest.trim_start();
                    break;
                }
            }
        }
        let t = t;
        // Han text has no spaces: a cue there ends at its last character.
        let whole =
            |w: &str| !t[w.len()..].starts_with(char::is_alphanumeric) || w.ends_with(is_han);
        if self
            .preamble_words
            .iter()
            .any(|w| t.starts_with(w) && whole(w))
        {
            return true;
        }
        // The first word, hyphens included ("Re-emphasizing"); a cue after
        // an adverb may be lower case ("Also convinced").
        let first: &str = t
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '‑'))
            .next()
            .unwrap_or("");
        let cased_ok = first.chars().next().is_some_and(char::is_uppercase)
            || t.len() < text.trim_start_matches(['*', '_', ' ']).len();
        cased_ok
            && first.chars().count() > 4
            && (self.preamble_endings.iter().any(|e| first.ends_with(e))
                && !self.preamble_not.contains(&first)
                || self
                    .preamble_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(first)))
    }
}

/// The words the reports of reused wording (agreed language) print, in one
/// language.
#[derive(Debug)]
pub struct ReuseLabels {
    /// "agreed language from" before the source paragraphs.
    pub agreed_from: &'static str,
    /// "of" before the source document's symbol.
    pub of: &'static str,
    /// Legend of the HTML mark for reused wording.
    pub legend: &'static str,
    /// Hidden text read before reused wording.
    pub hidden: &'static str,
    /// The summary line: text before the share, and after it.
    pub share: [&'static str; 2],
    /// "new language": a paragraph with no source.
    pub new_language: &'static str,
    /// Heading of a sources report ("Sources of the wording").
    pub sources: &'static str,
}

/// A CJK ideograph: each is its own word for diffing.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}
