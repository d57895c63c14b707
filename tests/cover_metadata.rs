//! The cover read right (issue 12, items 3 and 5): titles and agenda items
//! wrapped over a line that looks like metadata are read whole, and every
//! metadata line of a report's cover (distribution, original language,
//! session, agenda item, date) goes to the metadata in all six languages
//! and in each layout, never into the body as a heading.

use std::path::Path;

use resdiff::{Document, InputFormat, MetadataRole};

fn parse(path: &str) -> Document {
    resdiff::parse_path(Path::new(path), None).unwrap_or_else(|e| panic!("{e}"))
}

/// The metadata entries of some roles, as (role, text).
fn entries(doc: &Document, roles: &[MetadataRole]) -> Vec<(MetadataRole, String)> {
    doc.metadata
        .iter()
        .filter(|m| roles.contains(&m.role))
        .map(|m| (m.role, m.text.clone()))
        .collect()
}

/// Real covers whose title, or agenda item, wraps before a line that
/// reads as metadata ("seventy-fifth session", "General Assembly").
#[test]
fn titles_wrapped_before_a_metadata_looking_line_are_whole() {
    for (file, title) in [
        (
            "A-RES-79-121",
            "Report of the International Law Commission on the work of its seventy-fifth session",
        ),
        (
            "A-RES-79-131",
            "Observer status for the International Coffee Organization in the General Assembly",
        ),
        (
            "A-RES-79-132",
            "Credentials of representatives to the seventy-ninth session of the General Assembly",
        ),
        // The last line of the title reads as the opener but for its case.
        (
            "A-C.6-80-L.6",
            "Observer status for the Islamic Organization for Food Security in the General Assembly",
        ),
        (
            "A-80-L.42",
            "Postponement of the consideration of the modalities of the 2028 United Nations Water Conference to the eighty-first session of the General Assembly",
        ),
    ] {
        let doc = parse(&format!("fixtures/issue12/{file}.en.txt"));
        assert_eq!(doc.title.as_deref(), Some(title), "{file}");
        assert!(resdiff::check::audit::cut_titles(&doc).is_empty(), "{file}");
    }
    let doc = parse("fixtures/issue12/A-RES-79-121.en.txt");
    assert_eq!(
        entries(&doc, &[MetadataRole::Session, MetadataRole::Agenda]),
        [
            (MetadataRole::Session, "Seventy-ninth session".to_string()),
            (
                MetadataRole::Agenda,
                "Agenda item 79 Report of the International Law Commission on the work of its seventy-fifth session".to_string()
            ),
        ]
    );
    assert_eq!(doc.paragraphs.first().map(|p| p.id.as_str()), Some("PP1"));
}

/// Drafts without an opener line (amendments, short decisions): the
/// sponsor list, wherever its draft marker stands, and the title after it
/// are metadata; the body is what follows.
#[test]
fn a_draft_without_an_opener_has_its_sponsors_and_title_on_the_cover() {
    let doc = parse("fixtures/issue12/A-80-L.38.en.txt");
    assert_eq!(
        doc.title.as_deref(),
        Some("International trade and development")
    );
    let sponsors = entries(&doc, &[MetadataRole::Sponsors]);
    assert_eq!(sponsors.len(), 1);
    assert!(sponsors[0].1.starts_with("Austria, Belgium, Bulgaria"));
    assert!(sponsors[0]
        .1
        .ends_with("amendment to draft resolution 4 recommended by the Second Committee in its report contained in document A/80/555"));
    assert_eq!(
        doc.paragraphs[0].text,
        "Delete the twenty-first preambular paragraph and operative paragraphs 35, 38 and 39."
    );

    let doc = parse("fixtures/issue12/A-C.4-80-L.10.en.txt");
    assert_eq!(
        doc.title.as_deref(),
        Some("Increase in the membership of the Committee on the Peaceful Uses of Outer Space")
    );
    assert_eq!(
        entries(&doc, &[MetadataRole::Session, MetadataRole::Sponsors]),
        [
            (MetadataRole::Session, "Eightieth session".to_string()),
            (
                MetadataRole::Session,
                "Special Political and Decolonization Committee".to_string()
            ),
            (MetadataRole::Session, "(Fourth Committee)".to_string()),
            (
                MetadataRole::Sponsors,
                "Austria, Côte d’Ivoire, France, Gabon, Germany, Morocco and Spain: draft decision"
                    .to_string()
            ),
        ]
    );
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(doc.paragraphs[0]
        .text
        .starts_with("The General Assembly, taking note of the application"));
}

/// A report's cover in one language: organ, distribution, date, the
/// version's language, original language, session, agenda item and its
/// title; then the report's own title, subtitle, summary heading and text.
struct Cover {
    code: &'static str,
    organ: &'static str,
    distribution: &'static str,
    date: &'static str,
    language: Option<&'static str>,
    original: &'static str,
    session: &'static str,
    agenda: &'static str,
    agenda_title: &'static str,
    body: [&'static str; 4],
}

const COVERS: &[Cover] = &[
    Cover {
        code: "en",
        organ: "General Assembly",
        distribution: "Distr.: General",
        date: "29 July 2024",
        language: None,
        original: "Original: English",
        session: "Seventy-ninth session",
        agenda: "Item 125 of the provisional agenda",
        agenda_title: "Strengthening of the United Nations system",
        body: [
            "Roadmap for digital cooperation",
            "Report of the Secretary-General",
            "Summary",
            "The present report follows up on the report of the High-level Panel on Digital Cooperation and on the work of the Panel.",
        ],
    },
    Cover {
        code: "fr",
        organ: "Assemblée générale",
        distribution: "Distr. générale",
        date: "29 juillet 2024",
        language: Some("Français"),
        original: "Original : anglais",
        session: "Soixante-dix-neuvième session",
        agenda: "Point 125 de l’ordre du jour",
        agenda_title: "Renforcement du système des Nations Unies",
        body: [
            "Plan d’action de coopération numérique",
            "Rapport du Secrétaire général",
            "Résumé",
            "Le présent rapport fait suite à celui du Groupe de haut niveau sur la coopération numérique et sur les travaux du Groupe.",
        ],
    },
    Cover {
        code: "es",
        organ: "Asamblea General",
        distribution: "Distr. general",
        date: "29 de julio de 2024",
        language: Some("Español"),
        original: "Original: inglés",
        session: "Septuagésimo noveno período de sesiones",
        agenda: "Tema 125 del programa",
        agenda_title: "Fortalecimiento del sistema de las Naciones Unidas",
        body: [
            "Hoja de ruta para la cooperación digital",
            "Informe del Secretario General",
            "Resumen",
            "El presente informe da seguimiento al informe del Panel de Alto Nivel sobre la Cooperación Digital y a la labor del Panel.",
        ],
    },
    Cover {
        code: "ru",
        organ: "Генеральная Ассамблея",
        distribution: "Distr.: General",
        date: "29 июля 2024 года",
        language: Some("Russian"),
        original: "Original: английский",
        session: "Семьдесят девятая сессия",
        agenda: "Пункт 125 повестки дня",
        agenda_title: "Укрепление системы Организации Объединенных Наций",
        body: [
            "Дорожная карта по цифровому сотрудничеству",
            "Доклад Генерального секретаря",
            "Резюме",
            "Настоящий доклад подготовлен во исполнение доклада Группы высокого уровня по цифровому сотрудничеству и по итогам ее работы.",
        ],
    },
    Cover {
        code: "ar",
        organ: "الجمعية العامة",
        distribution: "Distr.: General",
        date: "29 تموز/يوليه 2024",
        language: Some("Arabic"),
        original: "الأصل: بالإنكليزية",
        session: "الدورة التاسعة والسبعون",
        agenda: "البند 125 من جدول الأعمال",
        agenda_title: "تعزيز منظومة الأمم المتحدة",
        body: [
            "خريطة طريق للتعاون الرقمي",
            "تقرير الأمين العام",
            "موجز",
            "يأتي هذا التقرير متابعة لتقرير الفريق الرفيع المستوى المعني بالتعاون الرقمي ولأعمال الفريق.",
        ],
    },
    Cover {
        code: "zh",
        organ: "大会",
        distribution: "Distr.: General",
        date: "2024年7月29日",
        language: Some("Chinese"),
        original: "原文：英文",
        session: "第七十九届会议",
        agenda: "议程项目125",
        agenda_title: "加强联合国系统",
        body: [
            "数字合作路线图",
            "秘书长的报告",
            "摘要",
            "本报告是对数字合作高级别小组报告的后续行动，并介绍了该小组的工作。",
        ],
    },
];

impl Cover {
    /// The cover's lines before the agenda item, in order.
    fn head(&self) -> Vec<&'static str> {
        let mut lines = vec![self.organ, self.distribution, self.date];
        lines.extend(self.language);
        lines.push(self.original);
        lines
    }

    /// The metadata the cover must give, in order.
    fn expected(&self) -> Vec<(MetadataRole, String)> {
        use MetadataRole::*;
        let mut out = Vec::new();
        out.push((Organ, self.organ.to_string()));
        out.push((Distribution, self.distribution.to_string()));
        out.push((Date, self.date.to_string()));
        if let Some(l) = self.language {
            out.push((Distribution, l.to_string()));
        }
        out.push((Distribution, self.original.to_string()));
        out.push((Session, self.session.to_string()));
        out.push((Agenda, format!("{} {}", self.agenda, self.agenda_title)));
        out
    }

    /// A markdown export: heading marks, emphasis, hard line breaks.
    fn markdown(&self) -> String {
        let head = self.head();
        self.fill(
            "# {}\n\n{}\n\n**{}**  \n{}  \n**{}**\n\n## {}\n\n### {}\n\n*{}*\n\n{}\n",
            head[0],
            &head[1..].join("  \n"),
        )
    }

    /// Text extracted from the PDF: the symbol, blank lines between blocks,
    /// the paragraph indented.
    fn pdf_text(&self) -> String {
        self.fill(
            "A/79/123\n\n{}{}\n\n{}\n{}\n{}\n\n\n\n{}\n\n{}\n\n{}\n\n   {}\n",
            "",
            &self.head().join("\n"),
        )
    }

    /// `template` with its `{}` replaced in order by `first`, `rest`, the
    /// session, the agenda item and its title, and the four body lines.
    fn fill(&self, template: &str, first: &str, rest: &str) -> String {
        let mut parts = [first, rest, self.session, self.agenda, self.agenda_title]
            .into_iter()
            .chain(self.body);
        let mut out = String::new();
        for (i, piece) in template.split("{}").enumerate() {
            if i > 0 {
                out.push_str(parts.next().expect("a part for each {}"));
            }
            out.push_str(piece);
        }
        out
    }

    /// Plain text, a line each, no blank line anywhere.
    fn lines(&self) -> String {
        let mut lines = vec!["A/79/123"];
        lines.extend(self.head());
        lines.extend([self.session, self.agenda, self.agenda_title]);
        lines.extend(self.body);
        lines.join("\n") + "\n"
    }
}

#[test]
fn report_covers_go_to_the_metadata_in_six_languages_and_three_layouts() {
    use MetadataRole::*;
    // The symbol line is page furniture or metadata, as the layout reads it.
    let roles = [Organ, Distribution, Date, Session, Agenda];
    for cover in COVERS {
        for (layout, text, format) in [
            ("markdown", cover.markdown(), Some(InputFormat::Markdown)),
            ("pdf", cover.pdf_text(), None),
            ("lines", cover.lines(), Some(InputFormat::Plain)),
        ] {
            let what = format!("{} {layout}", cover.code);
            let doc = resdiff::parse_text("report", &text, format);
            assert_eq!(doc.language.0, cover.code, "{what}");
            assert_eq!(entries(&doc, &roles), cover.expected(), "{what}");
            let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts, cover.body, "{what}");
            assert!(
                resdiff::check::audit::metadata_in_body(&doc).is_empty(),
                "{what}"
            );
        }
    }
}

/// The covers of Arabic, Chinese and Russian texts print their
/// distribution block in English.
#[test]
fn an_english_distribution_block_on_other_languages_covers() {
    for cover in COVERS
        .iter()
        .filter(|c| ["ru", "ar", "zh"].contains(&c.code))
    {
        let english = Cover {
            date: "29 July 2024",
            original: "Original: English",
            ..*cover
        };
        let doc = resdiff::parse_text("report", &english.pdf_text(), None);
        assert_eq!(
            entries(&doc, &[MetadataRole::Date, MetadataRole::Distribution]),
            [
                (MetadataRole::Distribution, "Distr.: General".to_string()),
                (MetadataRole::Date, "29 July 2024".to_string()),
                (
                    MetadataRole::Distribution,
                    english.language.unwrap().to_string()
                ),
                (MetadataRole::Distribution, "Original: English".to_string()),
            ],
            "{}",
            cover.code
        );
        assert_eq!(doc.paragraphs.len(), 4, "{}", cover.code);
    }
}
