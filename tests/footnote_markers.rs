//! Footnote markers and footnote starts told from ordinary numbers by the
//! document's own footnotes and their order (issue 12, items 1 and 10), on
//! real session texts (`fixtures/footnote-markers/`) and constructed ones.

use std::path::Path;

use resdiff::check::audit::faults;
use resdiff::compare::compare;
use resdiff::{CompareOptions, Document, InputFormat, Status};

const DIR: &str = "fixtures/footnote-markers";

fn parse(name: &str) -> Document {
    resdiff::parse_path(&Path::new(DIR).join(name), None).unwrap()
}

/// The marks the paragraphs cite, in text order.
fn cited(doc: &Document) -> Vec<String> {
    doc.paragraphs
        .iter()
        .flat_map(|p| p.notes.iter().map(|n| n.mark.clone()))
        .collect()
}

fn paragraph<'d>(doc: &'d Document, id: &str) -> &'d resdiff::Paragraph {
    doc.paragraph(id)
        .unwrap_or_else(|| panic!("{}: no {id}", doc.source))
}

/// The words of a text with the numbers that are `marks` taken out, digit
/// runs split from the letters they are glued to.
fn without_marks(text: &str, marks: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut piece = String::new();
        let mut digits = false;
        for c in word.chars().chain([' ']) {
            if c == ' ' || c.is_ascii_digit() != digits {
                let is_mark = digits && marks.contains(&piece);
                if !piece.is_empty() && !is_mark {
                    out.push(piece.clone());
                }
                piece.clear();
                digits = c.is_ascii_digit();
            }
            piece.push(c);
        }
    }
    out
}

/// The changed entries of a comparison whose two sides differ only by
/// footnote numbers.
fn marker_only_changes(old: &str, new: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let c = compare(parse(old), parse(new), &CompareOptions::default());
    let marks = |d: &Document| {
        d.footnotes
            .iter()
            .map(|f| f.mark.clone())
            .collect::<Vec<_>>()
    };
    let (old_marks, new_marks) = (marks(&c.old), marks(&c.new));
    c.alignment
        .iter()
        .filter(|e| e.status == Status::Changed)
        .filter(|e| {
            let side = |d: &Document, ids: &[String]| {
                ids.iter()
                    .map(|id| d.paragraph(id).unwrap().text.clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            without_marks(&side(&c.old, &e.old), &old_marks)
                == without_marks(&side(&c.new, &e.new), &new_marks)
        })
        .map(|e| (e.old.clone(), e.new.clone()))
        .collect()
}

#[test]
fn every_footnote_is_cited_once_in_order_in_the_session_texts() {
    for (name, count) in [
        ("A-RES-79-50.en.txt", 20),
        ("A-RES-80-24.en.txt", 20),
        ("A-RES-79-100.en.txt", 8),
        ("A-RES-80-91.en.txt", 8),
        ("A-RES-79-160.en.txt", 22),
        ("A-RES-80-192.en.txt", 22),
        ("A-RES-79-36.en.txt", 10),
        ("A-RES-80-51.en.txt", 10),
        ("A-RES-78-206.en.txt", 19),
    ] {
        let doc = parse(name);
        let expected: Vec<String> = (1..=count).map(|n: u32| n.to_string()).collect();
        let footnotes: Vec<String> = doc.footnotes.iter().map(|f| f.mark.clone()).collect();
        assert_eq!(footnotes, expected, "{name}: footnotes");
        assert_eq!(cited(&doc), expected, "{name}: markers");
        let found: Vec<String> = faults(&doc)
            .into_iter()
            .filter(|f| f.contains("marker in text") || f.contains("out of order"))
            .collect();
        assert_eq!(found, Vec::<String>::new(), "{name}");
    }
}

#[test]
fn no_change_of_the_session_comparison_is_only_a_marker() {
    for (old, new) in [
        ("A-RES-79-50.en.txt", "A-RES-80-24.en.txt"),
        ("A-RES-79-100.en.txt", "A-RES-80-91.en.txt"),
        ("A-RES-79-160.en.txt", "A-RES-80-192.en.txt"),
        ("A-RES-79-36.en.txt", "A-RES-80-51.en.txt"),
    ] {
        assert_eq!(marker_only_changes(old, new), vec![], "{old} vs {new}");
    }
    let c = compare(
        parse("A-RES-79-50.en.txt"),
        parse("A-RES-80-24.en.txt"),
        &CompareOptions::default(),
    );
    let status = |id: &str| {
        c.alignment
            .iter()
            .find(|e| e.old == [id.to_string()])
            .map(|e| e.status)
    };
    assert_eq!(status("PP3"), Some(Status::Unchanged));
    assert_eq!(status("PP5"), Some(Status::Unchanged));
}

/// Asserts that a paragraph's text holds each of `pieces`.
fn holds(doc: &Document, id: &str, pieces: &[&str]) {
    let text = &paragraph(doc, id).text;
    for piece in pieces {
        assert!(text.contains(piece), "{id}: {piece:?} not in {text:?}");
    }
}

#[test]
fn each_marker_shape_comes_out_of_the_text() {
    // "of 1972 1 and": spaced after a year; "disarmament, 3 calling"
    // after a missed marker; "paragraph 50" kept.
    let doc = parse("A-RES-79-50.en.txt");
    holds(
        &doc,
        "PP3",
        &[
            "on Their Destruction of 1972 and the Convention on the Prohibition",
            "on Their Destruction of 1993 have already",
        ],
    );
    holds(
        &doc,
        "PP5",
        &[
            "Bearing in mind paragraph 50 of the Final Document",
            "devoted to disarmament, calling for",
        ],
    );

    // "Development, 8including": glued to the next line's first word.
    let op14 = paragraph(&parse("A-RES-80-91.en.txt"), "OP14").clone();
    assert_eq!(op14.notes.len(), 1);
    assert_eq!(op14.notes[0].mark, "8");
    assert_eq!(
        &op14.text[..op14.notes[0].offset],
        "Takes into account the 2030 Agenda for Sustainable Development,"
    );
    assert!(op14.text.contains("Development, including the Sustainable"));

    // "Weapons 6and", "weapons, 7in which".
    holds(
        &parse("A-RES-80-51.en.txt"),
        "PP6",
        &[
            "Non-Proliferation of Nuclear Weapons and the advisory opinion",
            "use of nuclear weapons, in which the Court",
        ],
    );

    // "2009,10": glued after a year's comma.
    let doc = parse("A-RES-79-160.en.txt");
    let pp7 = paragraph(&doc, "PP7");
    let marks: Vec<&str> = pp7.notes.iter().map(|n| n.mark.as_str()).collect();
    assert_eq!(marks, ["9", "10"]);
    assert!(!pp7.text.contains("2009,10"));
}

#[test]
fn a_footnote_ending_in_a_number_keeps_its_next_lines() {
    // "… Supplement No. 7" / "and corrigendum …": the line runs the note
    // on, and "15 Ibid." after it starts footnote 15.
    let doc = parse("A-RES-78-206.en.txt");
    let note = |m: &str| doc.footnotes.iter().find(|f| f.mark == m).unwrap();
    assert!(note("14")
        .text
        .ends_with("and ibid., 2020, Supplement No. 7 (E/2020/27), chap. I, sect. A."));
    assert_eq!(
        note("15").text,
        "Ibid., 2022, Supplement No. 7 (E/2022/27), chap. I, sect. A."
    );
    assert!(doc.paragraphs.iter().all(|p| !p.text.contains("Ibid.")));
}

#[test]
fn a_page_break_continuation_that_opens_with_a_number_stays_in_its_paragraph() {
    let text = "The General Assembly,\n\n\
        *Noting* the meetings of the Security Council<sup>1</sup> held on\n\n\
        ---\n\n\
        <sup>1</sup> See S/PV.9381.\n\n\
        17 and 18 April 2024, and the debate of the Council,<sup>2</sup>\n\n\
        ---\n\n\
        <sup>2</sup> See S/PV.9382.\n\n\
        1. *Decides* to remain seized of the matter.\n";
    let doc = resdiff::parse_text("t.md", text, Some(InputFormat::Markdown));
    let notes: Vec<(&str, &str)> = doc
        .footnotes
        .iter()
        .map(|f| (f.mark.as_str(), f.text.as_str()))
        .collect();
    assert_eq!(notes, [("1", "See S/PV.9381."), ("2", "See S/PV.9382.")]);
    let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["PP1", "OP1"]);
    assert_eq!(
        doc.paragraphs[0].text,
        "Noting the meetings of the Security Council held on 17 and 18 April 2024, \
         and the debate of the Council,"
    );
    assert_eq!(cited(&doc), ["1", "2"]);
}

#[test]
fn the_audit_counts_markers_left_in_text_and_footnotes_out_of_order() {
    let text = "The General Assembly,\n\n\
        Recalling the Charter,1 and the Statute,2\n\
        __________________\n\n\
        1 Resolution 217 A (III).\n\n\
        2 Resolution 2200 A (XXI), annex.\n";
    let mut doc = resdiff::parse_text("t.txt", text, Some(InputFormat::Pdf));
    assert_eq!(cited(&doc), ["1", "2"]);
    let mine = |doc: &Document| -> Vec<String> {
        faults(doc)
            .into_iter()
            .filter(|f| f.contains("marker in text") || f.contains("out of order"))
            .collect()
    };
    assert_eq!(mine(&doc), Vec::<String>::new());
    // As an extraction the parser misread would leave it.
    doc.paragraphs[0].text = "Recalling the Charter,1 and the Commission2 of 1972 3 and".into();
    doc.paragraphs[0].notes.clear();
    doc.footnotes[1].mark = "3".into();
    doc.footnotes.push(resdiff::Footnote {
        mark: "2".into(),
        text: "Ibid.".into(),
        lines: [9, 9],
    });
    assert_eq!(
        mine(&doc),
        [
            "PP1: footnote 1 marker in text: …Recalling the Charter,1 and the Commission2 of 1972 3…",
            "PP1: footnote 2 marker in text: …he Charter,1 and the Commission2 of 1972 3 and…",
            "PP1: footnote 3 marker in text: …,1 and the Commission2 of 1972 3 and…",
            "footnote 3 out of order after 1: …Resolution 2200 A (XXI), annex…",
            "footnote 2 out of order after 3: …Ibid.…",
        ]
    );
}
