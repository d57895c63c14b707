//! Arabic. The script has no letter case, so no cue may rely on a capital;
//! preambular paragraphs open with "إذ" or "وإذ" ("whereas") rather than a
//! participle, so there are no endings or adverbs to match. Sub-paragraphs
//! are lettered in abjad order (أ ب ج د …). No number words or one-letter
//! words: the footnote-marker and stray-letter repairs do not apply.
//! Detection goes by the share of Arabic letters, so the stop words here
//! are not consulted; the HTML page is written right to left. The page
//! shows English words until this file gets its own [`Labels`](super::Labels).

use super::en;
use super::rules::{CoverWords, Labels, LanguageRules, Ordinals, SectionLabels};

/// The Arabic row of [`super::LANGUAGES`].
pub const RULES: LanguageRules = LanguageRules {
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
        'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص',
        'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
    ],
    elisions: &[],
    number_words: &[],
    single_letter_words: &[],
    ordinals: Ordinals {
        // "الدورة التاسعة والخمسين": ordinals and tens with the article,
        // with or without the conjunction و glued before them.
        words: &[],
        stems: &["", "و"],
        endings: &[
            "الأول",
            "الأولى",
            "الثاني",
            "الثانية",
            "الثالث",
            "الثالثة",
            "الرابع",
            "الرابعة",
            "الخامس",
            "الخامسة",
            "السادس",
            "السادسة",
            "السابع",
            "السابعة",
            "الثامن",
            "الثامنة",
            "التاسع",
            "التاسعة",
            "العاشر",
            "العاشرة",
            "الحادي",
            "الحادية",
            "العشرين",
            "العشرون",
            "الثلاثين",
            "الثلاثون",
            "الأربعين",
            "الأربعون",
            "الخمسين",
            "الخمسون",
            "الستين",
            "الستون",
            "السبعين",
            "السبعون",
            "الثمانين",
            "الثمانون",
            "التسعين",
            "التسعون",
            "المائة",
            "المئة",
        ],
        parts: &[],
        counter: None,
    },
    suspenders: &[],
    cased: false,
    right_to_left: true,
    drafting_formulas: &[
        "حسب الاقتضاء",
        "في إطار ولاية كل منها",
        "في حدود الموارد المتاحة",
        "في جملة أمور",
        "في هذا الصدد",
        "على جميع المستويات",
        "الدول الأعضاء",
    ],
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيه",
        "يوليه",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    reuse_labels: &en::REUSE_LABELS,
    labels: &LABELS,
    cover: CoverWords {
        organs: &[
            "الأمم المتحدة",
            "الجمعية العامة",
            "مجلس الأمن",
            "المجلس الاقتصادي والاجتماعي",
            "مجلس حقوق الإنسان",
        ],
        distribution: &["Distr."],
        distribution_levels: &[],
        original: &["الأصل:", "الأصل :"],
        language_names: &["Arabic", "عربي"],
        sessions: &["الدورة", "اللجنة"],
        agenda: &["البند", "جدول الأعمال", "القائمة الأولية"],
        year_words: &[],
        open_words: &["في", "من", "على", "إلى", "عن", "مع", "بين", "و"],
        list_joiners: &["و"],
        joined_names: &[
            "أنتيغوا وبربودا",
            "البوسنة والهرسك",
            "سانت فنسنت وجزر غرينادين",
            "سانت كيتس ونيفس",
            "سان تومي وبرينسيبي",
            "ترينيداد وتوباغو",
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        ],
    },
};

/// The words of the page's cover and footnote sections in this language.
pub const SECTION_LABELS: SectionLabels = SectionLabels {
    cover_heading: "الغلاف",
    cover_fields: [
        "الرمز",
        "التاريخ",
        "الدورة واللجنة",
        "البند من جدول الأعمال",
        "العنوان",
        "مقدمو مشروع القرار",
    ],
    sponsors: ["أضيف", "حذف"],
    cited_in: "مذكورة في",
    document: "النص",
};

/// The page's words in this language: English's but for the cover
/// section's.
pub const LABELS: Labels = Labels {
    sections: SECTION_LABELS,
    ..en::LABELS
};
