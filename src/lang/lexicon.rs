//! The word lists of the languages that typesetters hyphenate (en, fr, es,
//! ru): whether a string is a word of the language, in any of its inflected
//! forms. The segmenter asks them about a word cut by a hyphen at a line
//! end, once the document's own words have not settled it: is
//! "développement" a word, are "dévelop" and "pement"?
//!
//! The lists are Hunspell dictionaries (affix rules and stems, read by the
//! `spellbook` crate) from Debian's packages, kept in `lexicon/` with their
//! licences and built into the binary xz-compressed (`scripts/lexicon.py`
//! makes them). One cargo feature a language (`lexicon-en` …, all on by
//! default); a list is decompressed and read only when a document of its
//! language first needs it, about 50–150 ms, then kept for the process.
//! The lists hold no proper nouns and list a hyphenated word only where the
//! dictionary itself does ("decision-making"), so that
//! [`Lexicon::knows`] of "non-governmental" asks about the compound, not
//! about its two parts.

/// A language's word list.
pub struct Lexicon {
    #[cfg(feature = "hunspell")]
    dictionary: spellbook::Dictionary,
}

impl Lexicon {
    /// Whether `word` is a word of the language, in any case ("Organization"
    /// as "organization"). A hyphenated word is known only when the list
    /// holds it as such.
    pub fn knows(&self, word: &str) -> bool {
        #[cfg(feature = "hunspell")]
        {
            // The lists hold no capitalised entries: lower case asks about
            // the common word whatever the case it was printed in.
            if word.chars().any(char::is_uppercase) {
                self.dictionary.check(&word.to_lowercase())
            } else {
                self.dictionary.check(word)
            }
        }
        #[cfg(not(feature = "hunspell"))]
        {
            let _ = word;
            false
        }
    }
}

/// What a word list says of two runs of letters a hyphen joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Nothing: the joined form and the compound both unknown, or a part
    /// that is no run of letters.
    Unknown,
    /// A compound: the compound listed ("decision-making"), or the joined
    /// form no word while both parts are ("capacity-building").
    Compound,
    /// A cut word: the joined form a word ("technological"), the parts not
    /// both words ("technolo", "gical") and the compound not listed.
    Cut,
    /// Both fit: the joined form and both parts words, the compound not
    /// listed ("health-care", "renforce-ment").
    Either,
}

impl Lexicon {
    /// What the list says of `head` and `tail` joined by a hyphen.
    pub fn split(&self, head: &str, tail: &str) -> Split {
        if !letters(head) || !letters(tail) {
            return Split::Unknown;
        }
        let listed = || self.knows(&format!("{head}-{tail}"));
        let words = || self.knows(head) && self.knows(tail);
        if !self.knows(&format!("{head}{tail}")) {
            if listed() || words() {
                Split::Compound
            } else {
                Split::Unknown
            }
        } else if listed() {
            Split::Compound
        } else if words() {
            Split::Either
        } else {
            Split::Cut
        }
    }

    /// Whether `head` and `tail` joined by a hyphen are a cut word
    /// ([`Split::Cut`]); most compounds are told by one look-up.
    pub fn is_cut(&self, head: &str, tail: &str) -> bool {
        letters(head)
            && letters(tail)
            && self.knows(&format!("{head}{tail}"))
            && !self.knows(&format!("{head}-{tail}"))
            && !(self.knows(head) && self.knows(tail))
    }
}

/// A run of letters, not empty.
fn letters(p: &str) -> bool {
    !p.is_empty() && p.chars().all(char::is_alphabetic)
}

/// The word list of a language by its code, read on first use; `None` for a
/// language without one (ar, zh) or a build without it.
pub fn lexicon(code: &str) -> Option<&'static Lexicon> {
    source::lexicon(code)
}

#[cfg(feature = "hunspell")]
mod source {
    use std::sync::OnceLock;

    use super::Lexicon;

    /// A language's affix and word files, xz-compressed.
    struct Source {
        code: &'static str,
        affixes: &'static [u8],
        words: &'static [u8],
    }

    /// A language's files in `lexicon/`: its code and the dictionary's
    /// path without the `.aff.xz` and `.dic.xz` endings.
    macro_rules! source {
        ($code:literal, $path:literal) => {
            Source {
                code: $code,
                affixes: include_bytes!(concat!("../../lexicon/", $path, ".aff.xz")),
                words: include_bytes!(concat!("../../lexicon/", $path, ".dic.xz")),
            }
        };
    }

    /// The lists built in, by language code.
    const SOURCES: &[Source] = &[
        #[cfg(feature = "lexicon-en")]
        source!("en", "en/en_GB"),
        #[cfg(feature = "lexicon-fr")]
        source!("fr", "fr/fr"),
        #[cfg(feature = "lexicon-es")]
        source!("es", "es/es_ES"),
        #[cfg(feature = "lexicon-ru")]
        source!("ru", "ru/ru_RU"),
    ];

    /// Each source's list once read (`None` if it could not be read).
    static LOADED: [OnceLock<Option<Lexicon>>; SOURCES.len()] =
        [const { OnceLock::new() }; SOURCES.len()];

    pub(super) fn lexicon(code: &str) -> Option<&'static Lexicon> {
        let i = SOURCES.iter().position(|s| s.code == code)?;
        LOADED[i].get_or_init(|| read(&SOURCES[i])).as_ref()
    }

    fn read(source: &Source) -> Option<Lexicon> {
        let text = |bytes: &[u8]| -> Option<String> {
            let mut out = Vec::with_capacity(bytes.len() * 6);
            lzma_rs::xz_decompress(&mut &bytes[..], &mut out).ok()?;
            String::from_utf8(out).ok()
        };
        let dictionary =
            spellbook::Dictionary::new(&text(source.affixes)?, &text(source.words)?).ok()?;
        Some(Lexicon { dictionary })
    }
}

#[cfg(not(feature = "hunspell"))]
mod source {
    use super::Lexicon;

    pub(super) fn lexicon(_code: &str) -> Option<&'static Lexicon> {
        None
    }
}

#[cfg(all(test, feature = "lexicon"))]
mod tests {
    use super::lexicon;

    /// Each list reads, knows its common words in any case and inflection,
    /// and knows a hyphenated word only where it lists it.
    #[test]
    fn each_list_knows_its_words() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "en",
                &[
                    "development",
                    "Organization",
                    "programme",
                    "technological",
                    "decision-making",
                ],
                &[
                    "technolo",
                    "gical",
                    "Nord",
                    "non-State-actor",
                    "capacitybuilding",
                ],
            ),
            (
                "fr",
                &[
                    "développement",
                    "protègent",
                    "Assemblée",
                    "porte-parole",
                    "sous",
                ],
                &["dévelop", "pement", "protè", "sousrégionales"],
            ),
            (
                "es",
                &["desarrollo", "reconociendo", "Asamblea", "tecnológico"],
                &["desa", "rrollo", "recono", "ciendo"],
            ),
            (
                "ru",
                &["развитие", "Ассамблея", "технологий", "правительственных"],
                &["разви", "тие", "техноло", "ктото"],
            ),
        ];
        for (code, known, unknown) in cases {
            let l = lexicon(code).unwrap_or_else(|| panic!("{code}: no list"));
            for w in *known {
                assert!(l.knows(w), "{code}: {w} should be known");
            }
            for w in *unknown {
                assert!(!l.knows(w), "{code}: {w} should not be known");
            }
        }
        assert!(lexicon("ar").is_none() && lexicon("zh").is_none());
    }
}
