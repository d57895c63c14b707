//! `resdiff parse` on the seeds, the real English chains and the re-laid-out
//! fixtures: counts read off the documents by hand, first and last words,
//! paragraphs cut by page breaks, no furniture in the text, nothing lost.

use std::path::Path;

use resdiff::KeyOptions;
use resdiff::MetadataRole;
use resdiff::{Document, ParagraphKind};

const S78_311: &str = "seeds/000_da5010157984a27d.txt";
const S78_265: &str = "seeds/001_f645d6d34d6fbb5d.txt";
const REPORT_NEW_TECH: &str = "seeds/002_62c3ca53ac28ca7a.txt";
const S79_239: &str = "seeds/003_6aab26e8d08c3f49.txt";
const A_74_821: &str = "seeds/004_a766b7494bea99d2.txt";

fn parse(path: &str) -> Document {
    resdiff::parse_path(Path::new(path), None).unwrap_or_else(|e| panic!("{e}"))
}

fn ids(doc: &Document, kind: ParagraphKind) -> Vec<String> {
    doc.paragraphs
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.id.clone())
        .collect()
}

fn numbered(prefix: &str, range: std::ops::RangeInclusive<u32>) -> Vec<String> {
    range.map(|n| format!("{prefix}{n}")).collect()
}

/// Ids of the paragraphs of a kind that carry a printed number or letter.
fn labelled_ids(doc: &Document, kind: ParagraphKind) -> Vec<String> {
    doc.paragraphs
        .iter()
        .filter(|p| p.kind == kind && p.label.is_some())
        .map(|p| p.id.clone())
        .collect()
}

fn text<'d>(doc: &'d Document, id: &str) -> &'d str {
    &doc.paragraph(id)
        .unwrap_or_else(|| panic!("{}: no paragraph {id}", doc.source))
        .text
}

#[test]
fn resolution_78_311_from_pdf_text() {
    let doc = parse(S78_311);
    assert_eq!(doc.symbol.as_deref(), Some("A/RES/78/311"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Intensifier la coopération internationale en matière de renforcement des capacités dans le domaine de l’intelligence artificielle")
    );
    assert_eq!(doc.date.as_deref(), Some("1er juillet 2024"));
    assert_eq!(ids(&doc, ParagraphKind::Preamble), numbered("PP", 1..=15));
    assert_eq!(ids(&doc, ParagraphKind::Operative), numbered("OP", 1..=15));
    assert!(ids(&doc, ParagraphKind::Subparagraph).is_empty());
    assert_eq!(doc.paragraphs.len(), 30);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "Résolution 217 A (III).");
    // The marker glued to "l’homme1," is out of the text and on the paragraph.
    let pp1 = doc.paragraph("PP1").unwrap();
    assert!(pp1.text.ends_with("droits de l’homme,"), "{}", pp1.text);
    assert_eq!(pp1.notes.len(), 1);
    assert_eq!(pp1.notes[0].mark, "1");
}

/// First two and last two words of every paragraph of 78/311, read off the
/// PDF text by hand.
#[test]
fn resolution_78_311_first_and_last_words() {
    let expected = [
        ("PP1", "Réaffirmant le", "de l’homme,"),
        ("PP2", "Réaffirmant également", "l’information »,"),
        ("PP3", "Réaffirmant ses", "numériques »,"),
        ("PP4", "Considérant que", "des difficultés,"),
        ("PP5", "Considérant que", "développement durable,"),
        ("PP6", "Soulignant que", "fins militaires,"),
        ("PP7", "Soulignant également", "favorisant l’innovation,"),
        ("PP8", "Notant avec", "de côté,"),
        ("PP9", "Notant avec", "coopération mondiale,"),
        ("PP10", "Prenant note", "la matière,"),
        ("PP11", "Consciente que", "l’intelligence artificielle,"),
        ("PP12", "Soulignant qu’il", "pays concernés,"),
        ("PP13", "Notant que", "développement durable,"),
        ("PP14", "Soulignant qu’il", "mesures énergiques,"),
        ("PP15", "Considérant que", "d’intelligence artificielle,"),
        ("OP1", "Se déclare", "durable ;"),
        ("OP2", "Encourage les", "volontaires ;"),
        ("OP3", "Invite la", "fondamentales ;"),
        ("OP4", "Demande aux", "artificielle ;"),
        ("OP5", "Encourage les", "pratiques ;"),
        ("OP6", "Invite la", "confiance ;"),
        ("OP7", "Encourage les", "confiance ;"),
        ("OP8", "Encourage les", "technologies ;"),
        ("OP9", "Demande aux", "mesure ;"),
        ("OP10", "Invite les", "existants ;"),
        ("OP11", "Encourage les", "terme ;"),
        ("OP12", "Est favorable", "développement ;"),
        ("OP13", "Invite le", "artificielle ;"),
        ("OP14", "Attend avec", "échéant ;"),
        ("OP15", "Prie le", "ces défis."),
    ];
    check_words(&parse(S78_311), &expected);
}

fn check_words(doc: &Document, expected: &[(&str, &str, &str)]) {
    assert_eq!(doc.paragraphs.len(), expected.len(), "{}", doc.source);
    for (p, (id, first, last)) in doc.paragraphs.iter().zip(expected) {
        let words: Vec<&str> = p.text.split_whitespace().collect();
        assert_eq!(p.id, *id);
        assert_eq!(words[..2].join(" "), *first, "{id}");
        assert_eq!(words[words.len() - 2..].join(" "), *last, "{id}");
    }
}

#[test]
fn paragraphs_cut_by_a_page_break_come_out_whole() {
    let doc = parse(S78_311);
    let op2 = text(&doc, "OP2");
    assert!(
        op2.contains("tout en veillant à respecter pleinement, à promouvoir"),
        "{op2}"
    );
    assert!(op2.ends_with("initiatives de coopération volontaires ;"));
    let op8 = text(&doc, "OP8");
    assert!(op8.contains("renforcement des capacités dans le domaine de l’intelligence artificielle et à prendre les mesures positives"), "{op8}");
    let op15 = text(&doc, "OP15");
    assert!(
        op15.contains("auxquels se heurtent les pays en développement en matière de renforcement")
    );
    assert!(op15.ends_with("en vue de relever ces défis."));

    // Footnotes printed between the two halves of 78/265 PP3.
    let doc = parse(S78_265);
    let pp3 = text(&doc, "PP3");
    assert!(pp3.starts_with("Rappelant ses résolutions 77/320 du 25 juillet 2023"));
    assert!(pp3.contains("des textes issus du Sommet mondial sur la société de l'information, tous les textes issus du Sommet mondial"), "{pp3}");
    assert!(pp3.ends_with("dans sa résolution 75/1 du 21 septembre 2020,"));
    assert_eq!(
        doc.paragraph("PP3")
            .unwrap()
            .notes
            .iter()
            .map(|n| n.mark.as_str())
            .collect::<Vec<_>>(),
        ["2", "3", "4", "5"]
    );
}

#[test]
fn resolution_78_265_from_markdown() {
    let doc = parse(S78_265);
    assert_eq!(doc.format, resdiff::InputFormat::Markdown);
    assert_eq!(doc.symbol.as_deref(), Some("A/RES/78/265"));
    assert_eq!(doc.date.as_deref(), Some("21 mars 2024"));
    assert_eq!(ids(&doc, ParagraphKind::Preamble), numbered("PP", 1..=9));
    assert_eq!(ids(&doc, ParagraphKind::Operative), numbered("OP", 1..=13));
    let mut subs: Vec<String> = "abcdefg".chars().map(|c| format!("OP4({c})")).collect();
    subs.extend("abcdefghijklmnopq".chars().map(|c| format!("OP6({c})")));
    assert_eq!(ids(&doc, ParagraphKind::Subparagraph), subs);
    assert_eq!(doc.footnotes.len(), 10);
    // An operative paragraph's own text stops before its first sub-paragraph.
    assert!(text(&doc, "OP4").ends_with("en prenant les mesures suivantes :"));
    assert!(text(&doc, "OP4(c)").ends_with("au moyen de partenariats renforcés ;"));
    assert!(text(&doc, "OP6(q)").ends_with("systèmes d'intelligence artificielle ;"));
    // Markup is gone, ordinals kept as text.
    assert!(text(&doc, "OP1").starts_with("Se déclare résolue à combler"));
    assert!(text(&doc, "OP11").contains("du 1er septembre 2023"));
    assert!(doc.paragraphs.iter().all(|p| !p.text.contains('*')));
}

#[test]
fn resolution_79_239_from_markdown_with_headings() {
    let doc = parse(S79_239);
    assert_eq!(doc.symbol.as_deref(), Some("A/RES/79/239"));
    assert_eq!(ids(&doc, ParagraphKind::Preamble), numbered("PP", 1..=18));
    assert_eq!(ids(&doc, ParagraphKind::Operative), numbered("OP", 1..=9));
    assert_eq!(doc.footnotes.len(), 4);
    assert!(text(&doc, "PP10").ends_with("désarmement,"));
    assert_eq!(doc.paragraph("PP10").unwrap().notes[0].mark, "1");
    // OP5 is cut by footnotes 2-4 printed between its halves.
    assert!(text(&doc, "OP5")
        .contains("notamment à l'Organisation des Nations Unies, en coopération avec les États"));
    let meeting: Vec<&str> = doc
        .metadata
        .iter()
        .filter(|m| m.role == MetadataRole::Meeting)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(meeting, ["55e séance plénière (reprise)"]);
}

#[test]
fn report_a_74_821_numbered_1_to_96() {
    let doc = parse(A_74_821);
    let numbered_ids = labelled_ids(&doc, ParagraphKind::Paragraph);
    assert_eq!(numbered_ids, numbered("", 1..=96));
    let sections = labelled_ids(&doc, ParagraphKind::Heading);
    assert_eq!(
        sections,
        ["I", "II", "III", "III.A", "III.B", "III.C", "III.D", "III.E", "IV"]
    );
    assert_eq!(
        ids(&doc, ParagraphKind::Subparagraph)
            .iter()
            .filter(|id| id.starts_with("2("))
            .count(),
        5
    );
    // The summary is one unnumbered paragraph under its heading.
    assert_eq!(doc.paragraphs[0].id, "H1");
    assert_eq!(doc.paragraphs[0].text, "Résumé");
    assert_eq!(doc.paragraphs[1].id, "U1");
    // Stray PDF spaces repaired from the document's own vocabulary.
    assert!(text(&doc, "2").contains("recommandations ci-après sur les possibilités de collaboration offertes à la communauté internationale pour"));
    assert!(text(&doc, "69").contains("soixante-quinzième anniversaire"));
    assert_eq!(doc.footnotes.len(), 49);
}

#[test]
fn report_on_new_technologies() {
    let doc = parse(REPORT_NEW_TECH);
    let numbered_ids = labelled_ids(&doc, ParagraphKind::Paragraph);
    assert_eq!(numbered_ids, numbered("", 1..=56));
    let headings: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Heading)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Résumé",
            "Introduction",
            "Les nouvelles technologies – promesses et dilemmes",
            "Prendre en main notre avenir",
            "Gouvernance",
            "Responsabilités des gouvernements",
            "De nouvelles voies s’ouvrent",
            "Utiliser les instruments des Nations Unies",
            "Adapter le système des Nations Unies de sorte à mettre les nouvelles technologies au service du développement durable",
            "Conclusion",
        ]
    );
    // "e t" and "v ie" were split by the PDF extraction.
    assert!(text(&doc, "20").contains("anticiper les tendances futures et nous y préparer"));
    assert!(text(&doc, "16").contains("atteinte à notre vie privée"));
    // Paragraph 43 resumes after the footnotes of its page.
    assert!(
        text(&doc, "43").contains("cadres à instaurer, mettre en commun leurs bonnes pratiques")
    );
}

/// Counts read off the real English texts.
#[test]
fn real_english_versions() {
    let table = [
        ("A-C.1-80-L.21.en.txt", "A/C.1/80/L.21", 12, 7, 0, 4),
        ("A-C.1-80-L.41.en.txt", "A/C.1/80/L.41", 13, 4, 0, 3),
        ("A-C.1-80-L.46.en.txt", "A/C.1/80/L.46", 18, 11, 0, 4),
        ("A-RES-78-241.en.txt", "A/RES/78/241", 9, 4, 0, 2),
        ("A-RES-78-265.en.txt", "A/RES/78/265", 9, 13, 24, 10),
        ("A-RES-78-311.en.txt", "A/RES/78/311", 15, 15, 0, 1),
        ("A-RES-79-23.en.txt", "A/RES/79/23", 12, 7, 0, 4),
        ("A-RES-79-239.en.txt", "A/RES/79/239", 18, 9, 0, 4),
        ("A-RES-79-62.en.txt", "A/RES/79/62", 16, 12, 0, 3),
        ("A-RES-80-22.en.txt", "A/RES/80/22", 12, 7, 0, 4),
        ("A-RES-80-57.en.txt", "A/RES/80/57", 13, 4, 0, 3),
        ("A-RES-80-58.en.txt", "A/RES/80/58", 18, 11, 0, 4),
    ];
    for (file, symbol, pp, op, sub, notes) in table {
        let doc = parse(&format!("fixtures/real/{file}"));
        assert_eq!(doc.language.0, "en", "{file}");
        assert_eq!(doc.symbol.as_deref(), Some(symbol), "{file}");
        assert_eq!(
            ids(&doc, ParagraphKind::Preamble),
            numbered("PP", 1..=pp),
            "{file}"
        );
        assert_eq!(
            ids(&doc, ParagraphKind::Operative),
            numbered("OP", 1..=op),
            "{file}"
        );
        assert_eq!(ids(&doc, ParagraphKind::Subparagraph).len(), sub, "{file}");
        assert_eq!(doc.count(ParagraphKind::Paragraph), 0, "{file}");
        assert_eq!(doc.footnotes.len(), notes, "{file}");
    }
}

#[test]
fn draft_l41_first_and_last_words_and_metadata() {
    let doc = parse("fixtures/real/A-C.1-80-L.41.en.txt");
    let expected = [
        ("PP1", "Recalling its", "December 2024,"),
        ("PP2", "Affirming that", "weapons systems,"),
        ("PP3", "Mindful of", "ethical perspectives,"),
        ("PP4", "Concerned about", "non-State actors,"),
        ("PP5", "Recognizing the", "certain circumstances,"),
        ("PP6", "Reaffirming that", "be used,"),
        ("PP7", "Welcoming the", "its mandate,"),
        ("PP8", "Mindful of", "October 2022,"),
        ("PP9", "Recognizing the", "weapons systems,"),
        ("PP10", "Noting the", "right direction,"),
        ("PP11", "Stressing the", "international law,"),
        ("PP12", "Recalling the", "resolution 79/62,"),
        ("PP13", "Highlighting the", "weapons systems,"),
        ("OP1", "Underlines that", "that effect;"),
        ("OP2", "Stresses the", "the Convention;"),
        ("OP3", "Calls upon", "future negotiations;"),
        ("OP4", "Decides to", "weapons systems”."),
    ];
    check_words(&doc, &expected);
    let role = |r: MetadataRole| {
        doc.metadata
            .iter()
            .find(|m| m.role == r)
            .map(|m| m.text.clone())
    };
    assert!(role(MetadataRole::Sponsors)
        .unwrap()
        .ends_with("Venezuela (Bolivarian Republic of): draft resolution"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Lethal autonomous weapons systems")
    );
    // The marker glued to "Secretary General3" is out of the text.
    assert!(text(&doc, "PP12")
        .starts_with("Recalling the report of the Secretary General and the importance"));
}

#[test]
fn adopted_80_57_keeps_adoption_lines_as_metadata() {
    let doc = parse("fixtures/real/A-RES-80-57.en.txt");
    let roles: Vec<(MetadataRole, &str)> = doc
        .metadata
        .iter()
        .map(|m| (m.role, m.text.as_str()))
        .collect();
    assert!(roles.contains(&(
        MetadataRole::Adoption,
        "Resolution adopted by the General Assembly on 1 December 2025"
    )));
    assert!(roles.contains(&(
        MetadataRole::CommitteeReport,
        "[on the report of the First Committee (A/80/534, para. 7)]"
    )));
    assert!(roles.contains(&(
        MetadataRole::Title,
        "80/57. Lethal autonomous weapons systems"
    )));
    assert!(roles.contains(&(MetadataRole::Meeting, "52nd plenary meeting")));
    assert_eq!(doc.date.as_deref(), Some("1 December 2025"));
    assert!(!doc
        .paragraphs
        .iter()
        .any(|p| p.text.contains("plenary meeting")));
    // Spaced footnote markers ("Secretary-General, 4") come out like glued ones.
    assert!(text(&doc, "PP8").ends_with("7 October 2022,"));
}

#[test]
fn no_furniture_or_artifact_in_any_paragraph() {
    let mut files: Vec<String> = Vec::new();
    for dir in [
        "seeds",
        "fixtures/real",
        "fixtures/relayout",
        "fixtures/edits",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path.display().to_string());
            }
        }
    }
    files.sort();
    assert!(files.len() >= 19, "{files:?}");
    for file in files {
        let doc = parse(&file);
        let faults = resdiff::check::audit::faults(&doc);
        assert!(faults.is_empty(), "{file}: {faults:#?}");
    }
}

/// Every non-blank input line is a paragraph's, a footnote's, metadata, or
/// a removed line that `--show-removed` lists.
#[test]
fn every_input_line_is_accounted_for() {
    for file in [
        S78_311,
        S78_265,
        REPORT_NEW_TECH,
        S79_239,
        A_74_821,
        "fixtures/real/A-RES-80-57.en.txt",
        "fixtures/real/A-C.1-80-L.46.en.txt",
    ] {
        let doc = parse(file);
        let text = std::fs::read_to_string(file).unwrap();
        let mut covered = vec![false; text.lines().count() + 2];
        let mut mark = |[a, b]: [usize; 2]| covered[a..=b].iter_mut().for_each(|c| *c = true);
        doc.paragraphs.iter().for_each(|p| mark(p.lines));
        doc.footnotes.iter().for_each(|f| mark(f.lines));
        doc.metadata.iter().for_each(|m| mark(m.lines));
        doc.removed.iter().for_each(|r| mark([r.line, r.line]));
        for (i, line) in text.lines().enumerate() {
            assert!(
                line.trim().is_empty() || covered[i + 1],
                "{file}:{}: line not accounted for: {line:?}",
                i + 1
            );
        }
    }
}

#[test]
fn page_furniture_is_listed_with_its_reason() {
    use resdiff::RemovalReason::*;
    let doc = parse(S78_311);
    let of = |reason| {
        doc.removed
            .iter()
            .filter(|r| r.reason == reason)
            .map(|r| r.text.trim())
            .collect::<Vec<_>>()
    };
    assert_eq!(of(PageCounter), ["24-12313 2/6", "5/6 24-12313"]);
    assert_eq!(
        of(PageHeader),
        [
            "A/RES/78/311",
            "de l’intelligence artificielle A/RES/78/311"
        ]
    );
    assert_eq!(of(RunningTitle).len(), 5);
    assert_eq!(of(UrlList).len(), 10);
    assert_eq!(of(FootnoteRule).len(), 1);
}

/// The same document in another layout yields the same paragraphs.
#[test]
fn relaid_out_seeds_have_identical_keys() {
    for (seed, relaid) in [
        (S78_265, "fixtures/relayout/78-265.pdf.txt"),
        (S78_311, "fixtures/relayout/78-311.lines.txt"),
    ] {
        let a = parse(seed);
        let b = parse(relaid);
        assert_ne!(a.format, b.format, "{relaid} must be another layout");
        assert_eq!(a.paragraphs.len(), b.paragraphs.len(), "{relaid}");
        let opts = KeyOptions::default();
        for (pa, pb) in a.paragraphs.iter().zip(&b.paragraphs) {
            assert_eq!(pa.id, pb.id, "{relaid}");
            assert_eq!(
                pa.key(a.language, &opts),
                pb.key(b.language, &opts),
                "{relaid} {}",
                pa.id
            );
            let marks =
                |p: &resdiff::Paragraph| p.notes.iter().map(|n| n.mark.clone()).collect::<Vec<_>>();
            assert_eq!(marks(pa), marks(pb), "{relaid} {}", pa.id);
        }
        assert_eq!(a.footnotes.len(), b.footnotes.len(), "{relaid}");
        for (fa, fb) in a.footnotes.iter().zip(&b.footnotes) {
            assert_eq!(fa.mark, fb.mark);
            assert_eq!(
                resdiff::text::normalize::comparison_key(&fa.text, a.language.rules(), &opts),
                resdiff::text::normalize::comparison_key(&fb.text, b.language.rules(), &opts),
                "{relaid} footnote {}",
                fa.mark
            );
        }
    }
}

/// An enumeration cut after a comma by a page break runs on; a new
/// preambular paragraph after a page break opens with a cue, also after an
/// adverb ("Also convinced") or with a hyphen ("Re-emphasizing").
#[test]
fn page_breaks_after_a_comma_and_preambular_cues() {
    let text = "United Nations\nA/RES/80/9\n\nThe General Assembly,\n\n\
Recalling its resolution 79/9 on cooperation with the administering Power,\n\n\
A/RES/80/9\n25-12345 2/4\n\nNew Zealand and neighbouring countries,\n\n\
A/RES/80/9\n25-12345 3/4\n\nAlso convinced that cooperation matters,\n\n\
Mindful of the work done by the Group on the Programme of Assistance,\n\n\
A/RES/80/9\n25-12345 4/4\n\nRe-emphasizing its support,\n\n\
1. Decides to remain seized of the matter.\n";
    let doc = resdiff::parse_text("t", text, None);
    let pps: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Preamble)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        pps,
        [
            "Recalling its resolution 79/9 on cooperation with the administering Power, New Zealand and neighbouring countries,",
            "Also convinced that cooperation matters,",
            "Mindful of the work done by the Group on the Programme of Assistance,",
            "Re-emphasizing its support,",
        ]
    );
}
