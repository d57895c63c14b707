//! Russian. Sub-paragraphs are lettered in Cyrillic, skipping ё, й, ъ, ы
//! and ь; preambular cues are mostly adverbial participles ("Ссылаясь",
//! "Признавая"), recognised by their endings. Detection goes by the share
//! of Cyrillic letters, so the stop words here are not consulted. The HTML
//! page shows English words until this file gets its own
//! [`Labels`](super::Labels).

use super::en;
use super::rules::LanguageRules;

/// The Russian row of [`super::LANGUAGES`].
pub const RULES: LanguageRules = LanguageRules {
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
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
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
    labels: &en::LABELS,
};
