//! The same text read the same whatever form it arrives in (issue 12):
//! decomposed Unicode (NFD) parses and compares as its composed twin;
//! markdown exports are told from the whole text and lose their emphasis
//! markup in every form; running titles are removed only where the
//! document shows it prints them (drafts print none).

use std::path::{Path, PathBuf};

use resdiff::compare::compare;
use resdiff::read::detect_format;
use resdiff::{CompareOptions, Document, InputFormat, RemovalReason, RemovedLine, Status};
use unicode_normalization::UnicodeNormalization;

#[path = "common/cli.rs"]
mod cli;
use cli::resdiff;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(path: &str) -> Document {
    resdiff::parse_path(Path::new(path), None).unwrap()
}

/// The document as `parse --format json` prints it, without the file name.
fn json_of(doc: &Document) -> serde_json::Value {
    let mut v = serde_json::to_value(doc).unwrap();
    v.as_object_mut().unwrap().remove("source");
    v
}

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resdiff-forms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Texts with accents in five of the six languages (the Chinese one has
/// nothing to decompose), in the forms the reader accepts.
const ACCENTED: &[&str] = &[
    "seeds/000_da5010157984a27d.txt",
    "seeds/001_f645d6d34d6fbb5d.txt",
    "seeds/002_62c3ca53ac28ca7a.txt",
    "seeds/003_6aab26e8d08c3f49.txt",
    "seeds/004_a766b7494bea99d2.txt",
    "fixtures/real/A-C.1-80-L.46.en.txt",
    "fixtures/issue12/78-311.md-lines.txt",
    "fixtures/issue12/UDHR-A-RES-217A-III.ar.txt",
    "fixtures/issue12/UDHR-A-RES-217A-III.es.txt",
    "fixtures/issue12/UDHR-A-RES-217A-III.ru.txt",
];

#[test]
fn a_decomposed_text_parses_as_its_composed_twin() {
    for path in ACCENTED
        .iter()
        .chain(&["fixtures/issue12/UDHR-A-RES-217A-III.zh.txt"])
    {
        let text = read(path);
        let decomposed = nfd(&text);
        if !path.ends_with(".zh.txt") {
            assert_ne!(decomposed, text, "{path}: NFD changes nothing");
        }
        let composed = resdiff::parse_text(path, &text, None);
        let from_nfd = resdiff::parse_text(path, &decomposed, None);
        assert_eq!(json_of(&from_nfd), json_of(&composed), "{path}");
        // And back: the decomposed text's composed form reads the same.
        let recomposed: String = decomposed.nfc().collect();
        let from_nfc = resdiff::parse_text(path, &recomposed, None);
        assert_eq!(json_of(&from_nfc), json_of(&composed), "{path}");
        for (old, new) in [(&composed, &from_nfd), (&from_nfd, &composed)] {
            let c = compare(old.clone(), new.clone(), &CompareOptions::default());
            assert!(!c.has_differences(), "{path}");
        }
    }
    // What was missed before: the opener, the ids, the meeting line.
    let seed = resdiff::parse_text("nfd", &nfd(&read(ACCENTED[0])), None);
    assert_eq!(seed.paragraphs[0].id, "PP1");
    assert_eq!(seed.paragraphs[15].id, "OP1");
    assert!(seed
        .metadata
        .iter()
        .any(|m| m.text == "97e séance plénière"));
}

#[test]
fn a_decomposed_file_compares_as_unchanged_and_exits_0() {
    for (i, path) in [ACCENTED[0], ACCENTED[3], ACCENTED[5]].iter().enumerate() {
        let decomposed = temp_file(&format!("nfd-{i}.txt"), &nfd(&read(path)));
        let decomposed = decomposed.to_str().unwrap();
        for (old, new) in [(*path, decomposed), (decomposed, *path)] {
            let out = resdiff(&["-q", old, new]);
            assert_eq!(out.status.code(), Some(0), "{old} {new}");
        }
        let json = |p: &str| {
            let out = resdiff(&["parse", "--format", "json", p]);
            assert_eq!(out.status.code(), Some(0));
            let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            v.as_object_mut().unwrap().remove("source");
            v
        };
        assert_eq!(json(decomposed), json(path), "{path}");
    }
}

const MARKDOWN_EXPORTS: &[&str] = &[
    "fixtures/issue12/78-311.md-headers.txt",
    "fixtures/issue12/78-311.md-lines.txt",
    "fixtures/issue12/78-311.md-furniture.txt",
];

/// Paragraph texts holding a star or an underscore.
fn marked(doc: &Document) -> Vec<String> {
    doc.paragraphs
        .iter()
        .filter(|p| p.text.contains(['*', '_']))
        .map(|p| format!("{}: {}", p.id, p.text))
        .collect()
}

#[test]
fn markdown_exports_are_read_as_markdown_and_compare_as_unchanged() {
    let seed = parse("seeds/000_da5010157984a27d.txt");
    for path in MARKDOWN_EXPORTS {
        assert_eq!(detect_format(&read(path)), InputFormat::Markdown, "{path}");
        let doc = parse(path);
        assert_eq!(doc.format, InputFormat::Markdown);
        assert_eq!(doc.paragraphs.len(), 30, "{path}");
        assert_eq!(marked(&doc), Vec::<String>::new(), "{path}");
        assert_eq!(doc.footnotes.len(), 1, "{path}");
        let c = compare(seed.clone(), doc, &CompareOptions::default());
        let changed: Vec<_> = c
            .alignment
            .iter()
            .filter(|e| e.status != Status::Unchanged)
            .map(|e| (e.status, e.old.clone(), e.new.clone()))
            .collect();
        assert_eq!(changed, [], "{path}");
        assert!(!c.has_differences(), "{path}");
    }
}

#[test]
fn emphasis_never_stays_whatever_the_form() {
    for path in MARKDOWN_EXPORTS.iter().chain(&[
        "seeds/001_f645d6d34d6fbb5d.txt",
        "seeds/003_6aab26e8d08c3f49.txt",
    ]) {
        let text = read(path);
        for format in [InputFormat::Pdf, InputFormat::Plain, InputFormat::Markdown] {
            let doc = resdiff::parse_text(path, &text, Some(format));
            assert_eq!(marked(&doc), Vec::<String>::new(), "{path} as {format:?}");
        }
    }
    let text = read(MARKDOWN_EXPORTS[2]);
    for format in [InputFormat::Pdf, InputFormat::Plain] {
        let doc = resdiff::parse_text("x", &text, Some(format));
        let starts = |s: &str| doc.paragraphs.iter().any(|p| p.text.starts_with(s));
        assert!(
            starts("Réaffirmant également sa résolution 70/1"),
            "{format:?}"
        );
        assert!(starts("Se déclare résolue à réduire"), "{format:?}");
    }
}

#[test]
fn the_form_is_told_from_the_whole_text() {
    // Plain header lines, a barcode, one paragraph a line, emphasis only
    // inside lines or in underscores: markdown.
    let md = "United Nations\nA/RES/99/1\nGeneral Assembly\n*9912345*\n\
              The General Assembly,\n_Recalling_ its resolution 98/1,\n\
              _Noting_ the report,\n1. *Decides* to act;\n2. **Requests** a report.\n";
    assert_eq!(detect_format(md), InputFormat::Markdown);
    // A PDF text with barcodes, footnote stars and a star-marked symbol
    // stays a PDF text.
    let pdf = "A/C.1/99/L.9*\n\nGeneral Assembly\n99-12345 (E) 011099\n*9912345*\n\
               Denmark,* Estonia,* Finland: draft resolution\n\
               The General Assembly,\nRecalling its resolution 98/1 on the\n\
               work of the Committee,\n* Reissued for technical reasons.\n\
               A/C.1/99/L.9\n99-12345\n2/3\n*9912346*\n";
    assert_eq!(detect_format(pdf), InputFormat::Pdf);
    for (path, form) in [
        ("seeds/000_da5010157984a27d.txt", InputFormat::Pdf),
        ("seeds/001_f645d6d34d6fbb5d.txt", InputFormat::Markdown),
        ("seeds/002_62c3ca53ac28ca7a.txt", InputFormat::Pdf),
        ("seeds/003_6aab26e8d08c3f49.txt", InputFormat::Markdown),
        ("seeds/004_a766b7494bea99d2.txt", InputFormat::Pdf),
        ("fixtures/real/A-RES-80-57.en.txt", InputFormat::Pdf),
    ] {
        assert_eq!(detect_format(&read(path)), form, "{path}");
    }
}

fn running_titles(doc: &Document) -> Vec<(usize, String)> {
    doc.removed
        .iter()
        .filter(|r| r.reason == RemovalReason::RunningTitle)
        .map(|r| (r.line, r.text.trim().to_string()))
        .collect()
}

fn text_of<'d>(doc: &'d Document, id: &str) -> &'d str {
    &doc.paragraphs.iter().find(|p| p.id == id).unwrap().text
}

#[test]
fn a_draft_keeps_a_body_line_that_repeats_its_title() {
    let doc = parse("fixtures/issue12/A-C.1-80-L.30.en.txt");
    assert_eq!(running_titles(&doc), []);
    assert_eq!(
        text_of(&doc, "PP5"),
        "Noting with satisfaction the work undertaken to implement the Convention on the \
         Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines \
         and on Their Destruction and the substantial progress made towards addressing the \
         global anti-personnel landmine problem, and stressing the importance of implementing \
         all of the provisions of the Convention,"
    );
}

#[test]
fn a_resolution_loses_its_running_titles_and_only_them() {
    let doc = parse("fixtures/issue12/A-RES-78-45.en.txt");
    let title = [
        "Implementation of the Convention on the Prohibition of the Use,",
        "Stockpiling, Production and Transfer of Anti-Personnel Mines and",
        "on Their Destruction",
    ];
    let want: Vec<(usize, String)> = [67, 68, 69, 145, 146, 147]
        .iter()
        .zip(title.iter().cycle())
        .map(|(&l, t)| (l, t.to_string()))
        .collect();
    assert_eq!(running_titles(&doc), want);
    assert_eq!(
        text_of(&doc, "PP5"),
        "Noting with satisfaction the work undertaken to implement the Convention on the \
         Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines \
         and on Their Destruction and the substantial progress made towards addressing the \
         global anti-personnel landmine problem,"
    );
    let quoted = doc
        .paragraphs
        .iter()
        .filter(|p| {
            p.text
                .contains("Implementation of the Convention on the Prohibition")
        })
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>();
    assert_eq!(quoted, ["OP12"]);
}

const TITLE: &str = "Testing running titles in drafts";

/// A three-page text as a PDF extraction prints it. A resolution prints
/// the title beside the symbol on pages 2 (below it) and 3 (above it); a
/// draft prints none. Page 1 ends on a body line that repeats the title's
/// words, and a paragraph holds a resolution number on a line of its own
/// ("73/89"), shaped like a page counter.
fn three_pages(symbol: &str, titles: bool) -> String {
    let (page2, page3) = if titles {
        (format!("{symbol}\n{TITLE}"), format!("{TITLE}\n{symbol}"))
    } else {
        (symbol.to_string(), symbol.to_string())
    };
    format!(
        "United Nations\n{symbol}\n\nGeneral Assembly\nDistr.: General\n1 October 2099\n\n\
         Ninety-ninth session\nAgenda item 99\n\n{TITLE}\n\nThe General Assembly,\n\n\
         Recalling its resolution 98/1 on the work of the Committee,\n\n\
         Recalling also its resolution\n73/89\nof 6 December 2098 on the same subject,\n\n\
         Welcoming the report of the Secretary-General entitled\n{TITLE}\n\n\
         99-12345 (E) 011099\n*9912345*\n\n\
         {page2}\n\n99-12345\n2/3\n\n\
         and its recommendations,\n\n\
         1. Decides to keep testing the layout of its documents;\n\n\
         2. Requests the Secretary-General to report on the matter;\n\n\
         {page3}\n\n3/3\n99-12345\n\n\
         3. Decides to remain seized of the matter.\n\n99th plenary meeting\n1 October 2099"
    )
}

#[test]
fn running_titles_are_removed_only_where_the_document_prints_them() {
    let draft = resdiff::parse_text("d", &three_pages("A/C.1/99/L.9", false), None);
    let adopted = resdiff::parse_text("r", &three_pages("A/RES/99/9", true), None);
    assert_eq!(running_titles(&draft), []);
    assert_eq!(
        running_titles(&adopted),
        [(28, TITLE.to_string()), (39, TITLE.to_string())]
    );
    for doc in [&draft, &adopted] {
        assert_eq!(
            text_of(doc, "PP3"),
            format!("Welcoming the report of the Secretary-General entitled {TITLE} and its recommendations,")
        );
        assert_eq!(
            text_of(doc, "PP2"),
            "Recalling also its resolution 73/89 of 6 December 2098 on the same subject,"
        );
        let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]);
    }
    let c = compare(draft, adopted, &CompareOptions::default());
    assert!(c.alignment.iter().all(|e| e.status == Status::Unchanged));
}

#[test]
fn the_audit_sees_each_class() {
    use resdiff::check::audit::faults;
    let has = |doc: &Document, what: &str| faults(doc).iter().any(|f| f.contains(what));

    let seed = parse("seeds/000_da5010157984a27d.txt");
    assert!(!has(&seed, "emphasis markup") && !has(&seed, "decomposed"));
    let mut marked = seed.clone();
    marked.paragraphs[0].text = "*Réaffirmant* le droit international,".into();
    assert!(has(&marked, "PP1: emphasis markup in text"));
    let mut cut = seed.clone();
    cut.paragraphs[1].text = "_Réaffirmant également sa résolution 70/1,".into();
    assert!(has(&cut, "PP2: emphasis markup in text"));
    let mut footnote_star = seed.clone();
    footnote_star.paragraphs[1].text = "the International Criminal Court,** and Add.__ x".into();
    assert!(!has(&footnote_star, "emphasis markup"));
    let mut decomposed = seed.clone();
    decomposed.paragraphs[2].text = nfd(&decomposed.paragraphs[2].text);
    assert!(has(&decomposed, "PP3: decomposed text"));

    let draft = parse("fixtures/issue12/A-C.1-80-L.30.en.txt");
    assert!(!has(&draft, "running title"));
    let mut eaten = draft.clone();
    eaten.removed.push(RemovedLine {
        line: 62,
        text: "Prohibition of the Use, Stockpiling, Production and Transfer".into(),
        reason: RemovalReason::RunningTitle,
    });
    assert!(has(&eaten, "line 62: running title without evidence"));
    let adopted = parse("fixtures/issue12/A-RES-78-45.en.txt");
    assert!(!has(&adopted, "running title"));
}
