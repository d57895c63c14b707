//! The words of the offline browser page (`scripts/build-web.sh`): its
//! controls, in each UN language. The page asks for the row of the
//! reader's browser language first, then follows the language of the
//! documents, as the redline's own words ([`Labels`](super::Labels)) do.

use serde::Serialize;

/// The controls' words for one language.
#[derive(Debug, Serialize)]
pub struct PageWords {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Page title and heading.
    pub title: &'static str,
    /// What the page does, and that nothing leaves the machine.
    pub intro: &'static str,
    /// Labels of the two file inputs: the old version, the new version.
    pub old: &'static str,
    /// See `old`.
    pub new: &'static str,
    /// The invitation to drop a file or paste its text.
    pub drop: &'static str,
    /// Placeholder of the paste areas.
    pub paste: &'static str,
    /// The compare button.
    pub compare: &'static str,
    /// The options: ignore case, ignore punctuation, ignore footnotes,
    /// side by side, changes only.
    pub options: [&'static str; 5],
    /// Save buttons: as HTML, print, as Word (tracked changes).
    pub save: [&'static str; 3],
    /// Busy indicator.
    pub working: &'static str,
    /// Outcomes: no differences, differences found.
    pub outcomes: [&'static str; 2],
    /// Errors: the file is empty, too large (the limit follows), cannot be
    /// read as a PDF here.
    pub errors: [&'static str; 3],
}

/// The row of `code`, or English's.
pub fn page_words(code: &str) -> &'static PageWords {
    PAGE_WORDS
        .iter()
        .find(|w| w.code == code)
        .unwrap_or(&PAGE_WORDS[0])
}

/// Every language's row, English first (the fallback).
pub static PAGE_WORDS: &[PageWords] = &[
    PageWords {
        code: "en",
        title: "resdiff: compare two versions of a text",
        intro: "Choose the old and the new version (.txt, .md or .docx). The comparison runs in this page, on this computer: no file leaves it.",
        old: "Old version",
        new: "New version",
        drop: "Choose a file, drop it here, or paste its text",
        paste: "…or paste the text here",
        compare: "Compare",
        options: ["Ignore case", "Ignore punctuation", "Ignore footnotes", "Side by side", "Changes only"],
        save: ["Save as HTML", "Print", "Save as Word"],
        working: "Comparing…",
        outcomes: ["No differences.", "Differences found."],
        errors: [
            "is empty.",
            "is too large: the limit is",
            "is a PDF, which this page cannot read: save it as Word or text, or use the resdiff command.",
        ],
    },
    PageWords {
        code: "fr",
        title: "resdiff : comparer deux versions d’un texte",
        intro: "Choisissez l’ancienne et la nouvelle version (.txt, .md ou .docx). La comparaison se fait dans cette page, sur cet ordinateur : aucun fichier n’en sort.",
        old: "Ancienne version",
        new: "Nouvelle version",
        drop: "Choisissez un fichier, déposez-le ici ou collez son texte",
        paste: "… ou collez le texte ici",
        compare: "Comparer",
        options: ["Ignorer la casse", "Ignorer la ponctuation", "Ignorer les notes", "Côte à côte", "Modifications seulement"],
        save: ["Enregistrer en HTML", "Imprimer", "Enregistrer en Word"],
        working: "Comparaison en cours…",
        outcomes: ["Aucune différence.", "Des différences ont été trouvées."],
        errors: [
            "est vide.",
            "est trop volumineux : la limite est de",
            "est un PDF, que cette page ne sait pas lire : enregistrez-le en Word ou en texte, ou utilisez la commande resdiff.",
        ],
    },
    PageWords {
        code: "es",
        title: "resdiff: comparar dos versiones de un texto",
        intro: "Elija la versión anterior y la nueva (.txt, .md o .docx). La comparación se hace en esta página, en esta computadora: ningún archivo sale de ella.",
        old: "Versión anterior",
        new: "Versión nueva",
        drop: "Elija un archivo, suéltelo aquí o pegue su texto",
        paste: "… o pegue el texto aquí",
        compare: "Comparar",
        options: ["Ignorar mayúsculas", "Ignorar puntuación", "Ignorar notas", "En paralelo", "Solo los cambios"],
        save: ["Guardar como HTML", "Imprimir", "Guardar como Word"],
        working: "Comparando…",
        outcomes: ["No hay diferencias.", "Se encontraron diferencias."],
        errors: [
            "está vacío.",
            "es demasiado grande: el límite es",
            "es un PDF, que esta página no puede leer: guárdelo como Word o texto, o use el comando resdiff.",
        ],
    },
    PageWords {
        code: "ru",
        title: "resdiff: сравнение двух версий текста",
        intro: "Выберите прежнюю и новую версии (.txt, .md или .docx). Сравнение выполняется на этой странице, на этом компьютере: файлы никуда не передаются.",
        old: "Прежняя версия",
        new: "Новая версия",
        drop: "Выберите файл, перетащите его сюда или вставьте текст",
        paste: "…или вставьте текст сюда",
        compare: "Сравнить",
        options: ["Без учета регистра", "Без учета пунктуации", "Без сносок", "Рядом", "Только изменения"],
        save: ["Сохранить как HTML", "Печать", "Сохранить в формате Word"],
        working: "Сравнение…",
        outcomes: ["Различий нет.", "Найдены различия."],
        errors: [
            "пуст.",
            "слишком велик: предел —",
            "— это PDF, который эта страница прочитать не может: сохраните его в формате Word или как текст либо воспользуйтесь командой resdiff.",
        ],
    },
    PageWords {
        code: "ar",
        title: "resdiff: مقارنة نسختين من نص",
        intro: "اختر النسخة السابقة والنسخة الجديدة (‎.txt أو ‎.md أو ‎.docx). تجري المقارنة في هذه الصفحة على هذا الحاسوب: لا يغادره أي ملف.",
        old: "النسخة السابقة",
        new: "النسخة الجديدة",
        drop: "اختر ملفا أو أفلته هنا أو الصق نصه",
        paste: "…أو الصق النص هنا",
        compare: "قارن",
        options: ["تجاهل حالة الأحرف", "تجاهل علامات الترقيم", "تجاهل الحواشي", "جنبا إلى جنب", "التغييرات فقط"],
        save: ["حفظ بصيغة HTML", "طباعة", "حفظ بصيغة Word"],
        working: "جارٍ المقارنة…",
        outcomes: ["لا توجد اختلافات.", "وُجدت اختلافات."],
        errors: [
            "فارغ.",
            "كبير جدا: الحد الأقصى",
            "ملف PDF لا تستطيع هذه الصفحة قراءته: احفظه بصيغة Word أو نص، أو استخدم أمر resdiff.",
        ],
    },
    PageWords {
        code: "zh",
        title: "resdiff：比较文本的两个版本",
        intro: "请选择旧版本和新版本（.txt、.md 或 .docx）。比较在本页面内、在本机上进行：任何文件都不会离开本机。",
        old: "旧版本",
        new: "新版本",
        drop: "选择文件、拖放到此处或粘贴其文本",
        paste: "……或在此粘贴文本",
        compare: "比较",
        options: ["忽略大小写", "忽略标点", "忽略脚注", "并排", "仅显示修改"],
        save: ["另存为 HTML", "打印", "另存为 Word"],
        working: "正在比较……",
        outcomes: ["没有差异。", "发现差异。"],
        errors: [
            "为空。",
            "过大：上限为",
            "是 PDF 文件，本页面无法读取：请另存为 Word 或文本，或使用 resdiff 命令。",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_un_language_has_page_words() {
        for rules in super::super::LANGUAGES {
            assert_eq!(page_words(rules.code).code, rules.code);
        }
        assert_eq!(page_words("de").code, "en");
    }
}
