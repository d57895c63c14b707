//! The roles of single cover lines in the six languages, and how a title
//! or agenda item wrapped over a line that looks like metadata is read.

use super::*;
use crate::lang::Language;

fn role(text: &str, code: &'static str) -> Option<MetadataRole> {
    metadata_role(text, Language(code).rules())
}

#[test]
fn metadata_lines_of_every_kind_in_the_six_languages() {
    use MetadataRole::*;
    for (code, line, expected) in [
        ("en", "Distr.: General", Distribution),
        ("en", "General", Distribution),
        ("en", "Original: English", Distribution),
        ("en", "Seventy-ninth session", Session),
        ("en", "Third Committee", Session),
        ("en", "Agenda item 125", Agenda),
        ("en", "Item 125 of the provisional agenda*", Agenda),
        ("en", "12 December 2024", Date),
        ("fr", "Distr. générale", Distribution),
        ("fr", "Français", Distribution),
        ("fr", "Original : anglais", Distribution),
        ("fr", "Soixante-dix-neuvième session", Session),
        ("fr", "Point 125 de l’ordre du jour", Agenda),
        ("fr", "1er avril 2024", Date),
        ("es", "Distr. general", Distribution),
        ("es", "Original: inglés", Distribution),
        ("es", "Septuagésimo noveno período de sesiones", Session),
        ("es", "Tema 125 del programa", Agenda),
        ("es", "21 de marzo de 2024", Date),
        ("ru", "Original: английский", Distribution),
        ("ru", "Семьдесят девятая сессия", Session),
        ("ru", "Пункт 125 повестки дня", Agenda),
        ("ru", "2 декабря 2024 года", Date),
        ("ru", "Генеральная Ассамблея", Organ),
        ("ar", "الأصل: بالإنكليزية", Distribution),
        ("ar", "الدورة التاسعة والسبعون", Session),
        ("ar", "البند 125 من جدول الأعمال", Agenda),
        ("ar", "2 كانون الأول/ديسمبر 2024", Date),
        ("ar", "الجمعية العامة", Organ),
        ("zh", "原文：英文", Distribution),
        ("zh", "第七十九届会议", Session),
        ("zh", "议程项目125", Agenda),
        ("zh", "2024年12月2日", Date),
        ("zh", "大会", Organ),
        // The English distribution block of the other languages' covers.
        ("ru", "Distr.: General", Distribution),
        ("zh", "Original: English", Distribution),
        ("ar", "Arabic", Distribution),
    ] {
        assert_eq!(role(line, code), Some(expected), "{code}: {line}");
    }
}

#[test]
fn body_and_title_lines_have_no_role_of_their_own() {
    for (code, line) in [
        (
            "en",
            "Report of the International Law Commission on the work",
        ),
        ("en", "Recalling its resolution 78/108 of 7 December 2023,"),
        (
            "en",
            "Requests the Secretary-General to report at its eightieth session;",
        ),
        ("fr", "Renforcement du système des Nations Unies"),
        ("zh", "国际法委员会第七十五届会议工作报告的审议情况和建议"),
    ] {
        assert_eq!(role(line, code), None, "{code}: {line}");
    }
}

fn lines(texts: &[&str]) -> Vec<ContentLine> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| ContentLine {
            number: i + 1,
            text: t.to_string(),
            indent: 0,
            blank_before: false,
            interrupted: false,
            heading: false,
        })
        .collect()
}

/// The texts of the entries of one role.
fn texts(metadata: &[MetadataLine], role: MetadataRole) -> Vec<&str> {
    metadata
        .iter()
        .filter(|m| m.role == role)
        .map(|m| m.text.as_str())
        .collect()
}

#[test]
fn an_unfinished_title_takes_the_line_that_looks_like_metadata() {
    let rules = Language("en").rules();
    let cover = lines(&[
        "Seventy-ninth session",
        "Agenda item 79",
        "Report of the International Law Commission on the work",
        "of its seventy-fifth session",
        "79/121. Report of the International Law Commission on the work of its",
        "seventy-fifth session",
        "79/131. Observer status for the International Coffee Organization in the",
        "General Assembly",
        "The General Assembly,",
    ]);
    let (metadata, start) = read_cover(&cover, Some(8), false, rules);
    assert_eq!(start, 9);
    assert_eq!(
        texts(&metadata, MetadataRole::Title),
        [
            "79/121. Report of the International Law Commission on the work of its seventy-fifth session",
            "79/131. Observer status for the International Coffee Organization in the General Assembly",
        ]
    );
    assert_eq!(
        texts(&metadata, MetadataRole::Agenda),
        ["Agenda item 79 Report of the International Law Commission on the work of its seventy-fifth session"]
    );
}

#[test]
fn a_finished_title_stops_at_a_metadata_line() {
    let rules = Language("fr").rules();
    let cover = lines(&[
        "Soixante-dix-neuvième session",
        "Point 125 de l'ordre du jour",
        "Renforcement du système des Nations Unies",
        "Soixante-dix-neuvième session",
        "Texte",
    ]);
    let (metadata, start) = read_cover(&cover, None, false, rules);
    let roles: Vec<MetadataRole> = metadata.iter().map(|m| m.role).collect();
    use MetadataRole::*;
    assert_eq!(roles, [Session, Agenda, Session]);
    assert_eq!(start, 4);
}
