//! Arabic. The script has no letter case, so no cue may rely on a capital;
//! preambular paragraphs open with "إذ" or "وإذ" ("whereas") rather than a
//! participle, so there are no endings or adverbs to match. Sub-paragraphs
//! are lettered in abjad order (أ ب ج د …). No number words or one-letter
//! words: the footnote-marker and stray-letter repairs do not apply.
//! Detection goes by the share of Arabic letters, so the stop words here
//! are not consulted; the HTML page is written right to left. The HTML page prints its own words ([`LABELS`]).

use super::en;
use super::rules::{
    CoverWords, HistoryLabels, Labels, LanguageRules, Ordinals, SectionLabels, SubstanceLabels,
};

/// The Arabic row of [`super::LANGUAGES`].
pub const RULES: LanguageRules = LanguageRules {
    code: "ar",
    stopwords: &["في", "من", "على", "إلى", "التي", "الذي", "عن", "مع"],
    // "فإن الجمعية العامة" ("Now, therefore, the General Assembly") after
    // a declaration's preamble.
    openers: &[
        "إن الجمعية العامة،",
        "إن الجمعية العامة",
        "فإن الجمعية العامة",
        "إن مجلس الأمن،",
    ],
    // "لما كان…" ("Whereas…") opens the preamble of a declaration.
    preamble_words: &["إذ", "وإذ", "لما كان", "ولما كان", "لمّا كان", "ولمّا كان"],
    preamble_adverbs: &[],
    preamble_endings: &[],
    preamble_not: &[],
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
    article_headings: &["المادة …"],
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
    months: MONTHS,
    reuse_labels: &en::REUSE_LABELS,
    reuse_min_words: 8,
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

/// The words the HTML page prints for a document in this language.
pub const LABELS: Labels = Labels {
    sections: SECTION_LABELS,
    substance: &SUBSTANCE_LABELS,
    history: &HISTORY_LABELS,
    redline: "مقارنة النصين",
    old: "السابق",
    new: "الجديد",
    columns: ["الرمز", "العنوان", "التاريخ", "الملف"],
    legend: [
        "الكلمات المحذوفة",
        "(مشطوبة)",
        "الكلمات المضافة",
        "(بخط عريض وتحتها خط)",
        "ترقيم الفقرات هو ترقيم النص الجديد؛ «سابقاً» تعطي الرقم السابق",
    ],
    hidden: ["محذوف: ", "مضاف: "],
    summary: ["موجز", "الفقرات", "أعيد ترقيمها"],
    words_line: [
        "الكلمات المضافة: ",
        "؛ الكلمات المحذوفة: ",
        "؛ الحواشي: ",
        ".",
    ],
    changed_paragraphs: "الفقرات المعدلة",
    statuses: [
        "معدلة",
        "منقولة",
        "مقسومة",
        "مدمجة",
        "مضافة",
        "محذوفة",
        "دون تغيير",
    ],
    old_marker: "(السابقة)",
    was: "سابقاً",
    notes: [
        "دون تغيير، أعيد ترقيمها",
        "منقولة من",
        "مقسومة من",
        "مدمجة من",
        "دون تغيير، بتقسيم آخر للفقرات، من",
    ],
    moves: ["(المكان السابق)", "منقولة إلى"],
    footnotes: ["حاشية", "الحواشي المعدلة"],
};

/// What the page calls routine and substantive changes in this language.
pub const SUBSTANCE_LABELS: SubstanceLabels = SubstanceLabels {
    kinds: ["جوهري", "روتيني"],
    shifts: ["مُعزَّز", "مُضعَف"],
    reasons: [
        "رقم الدورة",
        "السنة",
        "التاريخ",
        "رمز الوثيقة",
        "ظرف التتابع",
        "حالة الأحرف",
        "إحالة أعيد ترقيمها",
        "الصياغة",
        "تغيّر الدورة",
        "تغيّر السنة",
        "تغيّر التاريخ",
        "تغيّر الإحالة",
        "قوة الصياغة",
        "مُدرج",
        "محذوف",
        "منقول",
        "أعيدت هيكلته",
    ],
};

/// The words of the history page in this language.
pub const HISTORY_LABELS: HistoryLabels = HistoryLabels {
    title: "السجل",
    heading: ["سجل ", " نسخ"],
    grid: "الفقرات عبر النسخ",
    chain: [
        "تسلسلات فقرات",
        "لم تتغير قط",
        "تغيرت",
        "أُدرجت",
        "حُذفت",
        "أُدرجت ثم حُذفت",
        "الكلمات",
        "مُدرجة",
        "محذوفة",
    ],
};

/// The months, January first (shared with the routine-change rules).
pub(super) const MONTHS: [&str; 12] = [
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
];
