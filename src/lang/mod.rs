//! Per-language cues. Everything the reader needs to know about a language
//! lives in one [`LanguageRules`] row of [`LANGUAGES`]; adding one of the six
//! UN languages means adding a row, not touching the parser.

use serde::{Deserialize, Serialize};

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
    /// Whether the script has letter case (paragraph continuation cues rely
    /// on a lower-case start where it does).
    pub cased: bool,
}

const LATIN: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];

/// The language rows. The first row is the fallback.
pub static LANGUAGES: &[LanguageRules] = &[
    LanguageRules {
        code: "en",
        stopwords: &["the", "of", "and", "to", "in", "that", "its", "for", "with"],
        openers: &[
            "The General Assembly,",
            "The Security Council,",
            "The Economic and Social Council,",
            "The Human Rights Council,",
        ],
        preamble_words: &[
            "Mindful",
            "Concerned",
            "Deeply concerned",
            "Gravely concerned",
            "Convinced",
            "Aware",
            "Conscious",
            "Alarmed",
            "Cognizant",
            "Determined",
            "Guided by",
            "Bearing in mind",
            "Taking note",
            "Having considered",
            "Having examined",
            "Desirous",
            "Deeply alarmed",
            "Encouraged",
            "Seriously concerned",
            "Appreciative",
            "Grateful",
            "Committed",
            "Resolved",
            "Keenly aware",
            "Fully aware",
            "Further",
        ],
        preamble_adverbs: &[
            "Also",
            "Further",
            "Furthermore",
            "Deeply",
            "Gravely",
            "Seriously",
            "Strongly",
            "Firmly",
            "Fully",
            "Keenly",
            "Profoundly",
            "Particularly",
            "Equally",
            "Likewise",
        ],
        preamble_endings: &["ing"],
        meeting_phrases: &["plenary meeting", "meeting"],
        adoption_phrases: &[
            "Resolution adopted by the General Assembly",
            "Decision adopted by the General Assembly",
        ],
        draft_markers: &[
            "draft resolution",
            "draft decision",
            "amendment to draft resolution",
            "amendments to draft resolution",
            "revised draft resolution",
        ],
        annex_words: &["Annex", "Annex I", "Annex II", "Annex III", "Appendix"],
        sub_letters: LATIN,
        elisions: &[],
        number_words: &[
            "paragraph",
            "paragraphs",
            "para",
            "paras",
            "article",
            "articles",
            "item",
            "items",
            "chapter",
            "section",
            "annex",
            "appendix",
            "page",
            "pages",
            "p",
            "pp",
            "no",
            "nos",
            "vol",
            "volume",
            "resolution",
            "resolutions",
            "decision",
            "decisions",
            "goal",
            "goals",
            "target",
            "targets",
            "rule",
            "rules",
            "principle",
            "principles",
            "recommendation",
            "recommendations",
            "phase",
            "level",
            "part",
            "protocol",
            "report",
            "session",
            "meeting",
            "table",
            "figure",
            "box",
            "step",
            "tier",
            "category",
            "option",
            "title",
            "schedule",
            "subparagraph",
            "subparagraphs",
            "and",
            "or",
            "to",
            "of",
            "than",
            "nearly",
            "about",
            "over",
            "under",
            "least",
            "most",
            "group",
            "covid",
            "year",
            "years",
            "day",
            "days",
            "month",
            "months",
            "week",
            "weeks",
            "hours",
            "per",
            "the",
            "first",
            "last",
            "from",
            "between",
            "by",
            "in",
            "on",
            "at",
            "for",
            "with",
            "some",
            "all",
            "only",
            "million",
            "billion",
        ],
        single_letter_words: &["a", "i", "o"],
        cased: true,
    },
    LanguageRules {
        code: "fr",
        stopwords: &[
            "le", "la", "les", "des", "et", "du", "de", "en", "une", "dans", "que", "qui",
        ],
        openers: &[
            "L'Assemblée générale,",
            "Le Conseil de sécurité,",
            "Le Conseil économique et social,",
            "Le Conseil des droits de l'homme,",
        ],
        preamble_words: &[
            "Consciente",
            "Convaincue",
            "Préoccupée",
            "Profondément préoccupée",
            "Vivement préoccupée",
            "Alarmée",
            "Résolue",
            "Déterminée",
            "Guidée",
            "Ayant à l'esprit",
            "Gardant à l'esprit",
            "Prenant note",
            "Ayant examiné",
            "Désireuse",
            "Encouragée",
            "Sachant",
            "Se félicitant",
            "Soulignant",
            "Constatant",
        ],
        preamble_adverbs: &[
            "Également",
            "Profondément",
            "Vivement",
            "Gravement",
            "Sérieusement",
            "Fermement",
            "Pleinement",
            "Toujours",
        ],
        preamble_endings: &["ant"],
        meeting_phrases: &["séance plénière", "séance"],
        adoption_phrases: &[
            "Résolution adoptée par l'Assemblée générale",
            "Décision adoptée par l'Assemblée générale",
        ],
        draft_markers: &[
            "projet de résolution",
            "projet de décision",
            "amendement au projet de résolution",
        ],
        annex_words: &["Annexe", "Annexe I", "Annexe II", "Appendice"],
        sub_letters: LATIN,
        elisions: &[
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
            "presqu", "quelqu",
        ],
        number_words: &[
            "paragraphe",
            "paragraphes",
            "alinéa",
            "alinéas",
            "article",
            "articles",
            "point",
            "points",
            "chapitre",
            "section",
            "annexe",
            "appendice",
            "page",
            "pages",
            "p",
            "pp",
            "no",
            "vol",
            "résolution",
            "résolutions",
            "décision",
            "décisions",
            "objectif",
            "objectifs",
            "cible",
            "cibles",
            "règle",
            "règles",
            "principe",
            "principes",
            "recommandation",
            "recommandations",
            "partie",
            "séance",
            "session",
            "tableau",
            "figure",
            "encadré",
            "et",
            "ou",
            "à",
            "de",
            "du",
            "des",
            "sur",
            "plus",
            "moins",
            "environ",
            "groupe",
            "an",
            "ans",
            "année",
            "années",
            "jour",
            "jours",
            "mois",
            "semaine",
            "semaines",
            "heures",
            "les",
            "le",
            "la",
            "par",
            "entre",
            "en",
            "dans",
            "pour",
            "avec",
            "millions",
            "milliards",
        ],
        single_letter_words: &["a", "à", "y", "ô"],
        cased: true,
    },
    LanguageRules {
        code: "es",
        stopwords: &[
            "el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con",
        ],
        openers: &[
            "La Asamblea General,",
            "El Consejo de Seguridad,",
            "El Consejo Económico y Social,",
        ],
        preamble_words: &[
            "Consciente",
            "Convencida",
            "Preocupada",
            "Profundamente preocupada",
            "Alarmada",
            "Decidida",
            "Guiada",
            "Teniendo presente",
            "Tomando nota",
            "Habiendo examinado",
        ],
        preamble_adverbs: &[
            "Además",
            "Profundamente",
            "Gravemente",
            "Seriamente",
            "Plenamente",
        ],
        preamble_endings: &["ando", "iendo", "endo"],
        meeting_phrases: &["sesión plenaria", "sesión"],
        adoption_phrases: &[
            "Resolución aprobada por la Asamblea General",
            "Decisión aprobada por la Asamblea General",
        ],
        draft_markers: &["proyecto de resolución", "proyecto de decisión"],
        annex_words: &["Anexo", "Apéndice"],
        sub_letters: LATIN,
        elisions: &[],
        number_words: &[
            "párrafo",
            "párrafos",
            "artículo",
            "artículos",
            "tema",
            "capítulo",
            "sección",
            "anexo",
            "página",
            "páginas",
            "resolución",
            "resoluciones",
            "decisión",
            "decisiones",
            "objetivo",
            "objetivos",
            "meta",
            "metas",
            "y",
            "o",
            "a",
            "de",
            "del",
            "los",
            "las",
            "el",
            "la",
            "en",
            "por",
            "entre",
            "grupo",
            "año",
            "años",
        ],
        single_letter_words: &["a", "e", "o", "u", "y"],
        cased: true,
    },
    LanguageRules {
        code: "ru",
        stopwords: &["и", "в", "на", "с", "по", "что", "для", "о", "её", "ее"],
        openers: &[
            "Генеральная Ассамблея,",
            "Совет Безопасности,",
            "Экономический и Социальный Совет,",
        ],
        preamble_words: &[
            "Будучи",
            "Сознавая",
            "Признавая",
            "Ссылаясь",
            "Подтверждая",
            "Вновь подтверждая",
            "Отмечая",
            "Приветствуя",
            "Подчеркивая",
            "Руководствуясь",
            "Принимая к сведению",
            "Учитывая",
            "Выражая",
            "Напоминая",
        ],
        preamble_adverbs: &["Глубоко", "Серьезно", "Особо", "Вновь", "Также"],
        preamble_endings: &["ая", "яя", "вая", "ясь"],
        meeting_phrases: &["пленарное заседание", "заседание"],
        adoption_phrases: &[
            "Резолюция, принятая Генеральной Ассамблеей",
            "Решение, принятое Генеральной Ассамблеей",
        ],
        draft_markers: &["проект резолюции", "проект решения"],
        annex_words: &["Приложение"],
        sub_letters: &[
            'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с',
            'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
        ],
        elisions: &[],
        number_words: &[
            "пункт",
            "пункта",
            "пунктах",
            "статья",
            "статьи",
            "глава",
            "раздел",
            "приложение",
            "резолюция",
            "резолюции",
            "решение",
            "цель",
            "цели",
            "и",
            "или",
            "в",
            "на",
            "до",
            "из",
            "группы",
            "год",
            "лет",
        ],
        single_letter_words: &["а", "в", "и", "к", "о", "с", "у", "я"],
        cased: true,
    },
    LanguageRules {
        code: "ar",
        stopwords: &["في", "من", "على", "إلى", "التي", "الذي", "عن", "مع"],
        openers: &["إن الجمعية العامة،", "إن الجمعية العامة", "إن مجلس الأمن،"],
        preamble_words: &["إذ", "وإذ"],
        preamble_adverbs: &[],
        preamble_endings: &[],
        meeting_phrases: &["الجلسة العامة"],
        adoption_phrases: &["قرار اتخذته الجمعية العامة", "مقرر اتخذته الجمعية العامة"],
        draft_markers: &["مشروع قرار", "مشروع مقرر"],
        annex_words: &["المرفق", "مرفق"],
        sub_letters: &[
            'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف',
            'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
        ],
        elisions: &[],
        number_words: &[],
        single_letter_words: &[],
        cased: false,
    },
    LanguageRules {
        code: "zh",
        stopwords: &["的", "和", "在", "与", "及", "为", "对"],
        openers: &["大会，", "大会,", "安全理事会，"],
        preamble_words: &[
            "重申",
            "回顾",
            "确认",
            "注意到",
            "认识到",
            "强调",
            "欢迎",
            "意识到",
            "深为关切",
            "关切",
            "铭记",
            "考虑到",
            "深信",
            "申明",
            "表示",
        ],
        preamble_adverbs: &[],
        preamble_endings: &[],
        meeting_phrases: &["次全体会议"],
        adoption_phrases: &["大会通过的决议", "大会通过的决定"],
        draft_markers: &["决议草案", "决定草案"],
        annex_words: &["附件"],
        sub_letters: &[
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q',
            'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
        ],
        elisions: &[],
        number_words: &[],
        single_letter_words: &[],
        cased: false,
    },
];

/// A language of the table, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Language(pub &'static str);

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        LANGUAGES
            .iter()
            .find(|l| l.code == code)
            .map(|l| Language(l.code))
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {code:?}")))
    }
}

impl Language {
    /// The rules row for this language (the first row when unknown).
    pub fn rules(self) -> &'static LanguageRules {
        LANGUAGES
            .iter()
            .find(|l| l.code == self.0)
            .unwrap_or(&LANGUAGES[0])
    }
}

/// Guesses the language of a text by counting each row's stop words (for
/// Chinese, Han characters stand in for words).
pub fn detect(text: &str) -> Language {
    // A few thousand characters tell the language; more only cost time.
    let end = text
        .char_indices()
        .nth(6_000)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    // ASCII first: the Unicode table only for other characters.
    let alphabetic = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_alphabetic()
        }
    };
    let (mut han, mut arabic, mut cyrillic, mut letters) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars().filter(|&c| alphabetic(c)) {
        letters += 1;
        if is_han(c) {
            han += 1;
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            arabic += 1;
        } else if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        }
    }
    let letters = letters.max(1);
    if han * 3 > letters {
        return Language("zh");
    }
    if arabic * 3 > letters {
        return Language("ar");
    }
    if cyrillic * 3 > letters {
        return Language("ru");
    }
    let latin: Vec<&LanguageRules> = LANGUAGES
        .iter()
        .filter(|l| l.cased && l.code != "ru")
        .collect();
    let mut scores = vec![0usize; latin.len()];
    for word in sample
        .split(|c: char| !alphabetic(c))
        .filter(|w| (1..=5).contains(&w.len()))
    {
        for (score, rules) in scores.iter_mut().zip(&latin) {
            if rules.stopwords.iter().any(|s| s.eq_ignore_ascii_case(word)) {
                *score += 1;
            }
        }
    }
    let mut best = (0usize, LANGUAGES[0].code);
    for (score, rules) in scores.into_iter().zip(&latin) {
        if score > best.0 {
            best = (score, rules.code);
        }
    }
    Language(best.1)
}

/// A CJK ideograph: each is its own word for diffing.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
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
        if self
            .preamble_words
            .iter()
            .any(|w| t.starts_with(w) && !t[w.len()..].starts_with(char::is_alphanumeric))
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
                || self
                    .preamble_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(first)))
    }
}
