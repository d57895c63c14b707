//! Spanish. Preambular cues agree with "la Asamblea General" (feminine:
//! "Convencida", "Preocupada"), and most open with a gerund in "-ando",
//! "-iendo" or "-endo" ("Recordando"). The HTML page shows English words
//! until this file gets its own [`Labels`](super::Labels).

use super::en;
use super::rules::{CoverWords, Labels, LanguageRules, Ordinals, SectionLabels, LATIN};

/// The Spanish row of [`super::LANGUAGES`].
pub const RULES: LanguageRules = LanguageRules {
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
    ordinals: Ordinals {
        words: &["primer", "tercer"],
        // "sexagésimo cuarto período de sesiones", "primer", "tercera".
        stems: &[
            "primer",
            "segund",
            "tercer",
            "cuart",
            "quint",
            "sext",
            "séptim",
            "octav",
            "noven",
            "décim",
            "undécim",
            "duodécim",
            "vigésim",
            "trigésim",
            "cuadragésim",
            "quincuagésim",
            "sexagésim",
            "septuagésim",
            "octogésim",
            "nonagésim",
            "centésim",
        ],
        endings: &["o", "a", "os", "as"],
        parts: &[],
        counter: None,
    },
    suspenders: &["y", "e", "o", "u", "a", "ni"],
    cased: true,
    right_to_left: false,
    labels: &LABELS,
    cover: CoverWords {
        organs: &[
            "Naciones Unidas",
            "Asamblea General",
            "Consejo de Seguridad",
            "Consejo Económico y Social",
            "Consejo de Derechos Humanos",
        ],
        distribution: &["Distr."],
        distribution_levels: &["general", "limitada", "reservada"],
        original: &["Original:"],
        language_names: &["Español"],
        sessions: &["período de sesiones", "Comisión", "Comité"],
        agenda: &["del programa", "de la lista preliminar"],
        year_words: &[],
        open_words: &[
            "de", "del", "la", "el", "los", "las", "un", "una", "y", "e", "o", "u", "a", "al",
            "en", "con", "por", "para", "sobre", "entre", "contra", "hacia", "su", "sus",
        ],
        list_joiners: &["y", "e"],
        joined_names: &[
            "Antigua y Barbuda",
            "Bosnia y Herzegovina",
            "Saint Kitts y Nevis",
            "San Vicente y las Granadinas",
            "Santo Tomé y Príncipe",
            "Trinidad y Tabago",
            "Reino Unido de Gran Bretaña e Irlanda del Norte",
        ],
    },
};

/// The words of the page's cover and footnote sections in this language.
pub const SECTION_LABELS: SectionLabels = SectionLabels {
    cover_heading: "Portada",
    cover_fields: [
        "Signatura",
        "Fecha",
        "Período de sesiones y comisión",
        "Tema del programa",
        "Título",
        "Patrocinadores",
    ],
    sponsors: ["añadidos", "retirados"],
    cited_in: "citada en",
    document: "Texto",
};

/// The page's words in this language: English's but for the cover
/// section's.
pub const LABELS: Labels = Labels {
    sections: SECTION_LABELS,
    ..en::LABELS
};
