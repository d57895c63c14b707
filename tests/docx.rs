//! The Word redline (`--format docx`) opened in LibreOffice, as a delegate
//! would: it opens, "accept all" leaves exactly the new text and "reject
//! all" exactly the old, and LibreOffice lists as many revisions as the
//! comparison says.
//!
//! LibreOffice runs headless through python-uno (`tests/docx_office.py`,
//! with `/usr/bin/python3`), once for all the documents of a test. Set
//! `RESDIFF_NO_OFFICE=1` to skip on a machine without it; without it and
//! without the variable, the test fails.
//!
//! How texts are compared, paragraph by paragraph: the cover lines (not
//! compared by resdiff) and empty paragraphs are left out; the number and
//! tab the paragraph starts with are taken off and checked on their own
//! (after "accept all" they are the new text's numbers; after "reject all"
//! the numbers of paragraphs both texts have stay the new ones, as a
//! renumbering is not a change); the rest is compared on resdiff's
//! comparison key, which folds what resdiff never reports (spacing,
//! quote and hyphen forms). Footnotes are compared the same way, as the
//! sorted list of their texts (Word numbers them itself).

use std::path::{Path, PathBuf};
use std::process::Command;

use resdiff::compare::compare;
use resdiff::render::docx::body::Body;
use resdiff::render::docx::model::Style;
use resdiff::render::docx::parts::{parts, Part};
use resdiff::render::docx::readings::{read, Reading};
use resdiff::text::normalize::comparison_key;
use resdiff::{CompareOptions, Comparison, Document, Entry, KeyOptions, Op, Status};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn artifacts() -> PathBuf {
    let dir = root().join("tests/artifacts/docx");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether LibreOffice and python-uno are there; `None` (skip) only under
/// `RESDIFF_NO_OFFICE`.
fn office() -> Option<()> {
    let found = Command::new("/usr/bin/python3")
        .args(["-c", "import uno"])
        .status()
        .is_ok_and(|s| s.success())
        && Command::new("soffice").arg("--version").output().is_ok();
    match found {
        true => Some(()),
        false if std::env::var_os("RESDIFF_NO_OFFICE").is_some() => {
            eprintln!("RESDIFF_NO_OFFICE set: LibreOffice checks skipped");
            None
        }
        false => panic!(
            "no LibreOffice with python3-uno: run scripts/test.sh (installs them) or set RESDIFF_NO_OFFICE=1"
        ),
    }
}

/// Writes the Word redline of two files with the binary.
fn redline(old: &Path, new: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = artifacts().join(format!("{name}.docx"));
    let status = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .arg(old)
        .arg(new)
        .args(["--format", "docx", "-o"])
        .arg(&out)
        .args(extra)
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c <= 1), "{name}: {status}");
    out
}

/// Runs LibreOffice over the files; one result per file.
fn open_all(name: &str, jobs: &[(PathBuf, Option<PathBuf>)]) -> Vec<Value> {
    let list: Vec<Value> = jobs
        .iter()
        .map(|(d, p)| serde_json::json!({"docx": d, "pdf": p}))
        .collect();
    // Named for the test: the tests of this file run at once.
    let spec = artifacts().join(format!("jobs-{name}.json"));
    std::fs::write(&spec, serde_json::to_string(&list).unwrap()).unwrap();
    let out = Command::new("/usr/bin/python3")
        .arg(root().join("tests/docx_office.py"))
        .arg(&spec)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&spec);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A paragraph as LibreOffice gives it: its number (before the first tab)
/// and its text.
fn number_and_text(text: &str) -> (Option<String>, String) {
    match text.split_once('\t') {
        Some((n, rest)) if n.chars().count() <= 12 && !n.contains(' ') => {
            (Some(n.to_string()), rest.to_string())
        }
        _ => (None, text.to_string()),
    }
}

fn key(doc: &Document, text: &str) -> String {
    comparison_key(text, doc.language.rules(), &KeyOptions::default())
}

/// The body paragraphs of one reading: (number, key).
fn body(reading: &Value, doc: &Document) -> Vec<(Option<String>, String)> {
    reading["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !["Cover", "Resolution title"].contains(&p[0].as_str().unwrap()))
        .map(|p| number_and_text(p[1].as_str().unwrap()))
        .filter(|(n, t)| n.is_some() || !t.trim().is_empty())
        .map(|(n, t)| (n, key(doc, &t)))
        .collect()
}

fn notes(reading: &Value, doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = reading["footnotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| key(doc, n.as_str().unwrap()))
        .collect();
    out.sort();
    out
}

fn expected_notes(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc.footnotes.iter().map(|n| key(doc, &n.text)).collect();
    out.sort();
    out
}

/// The kinds of tracked content, as LibreOffice tells them apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Plain,
    Ins,
    Del,
    MoveFrom,
    MoveTo,
}

/// How many revisions LibreOffice lists for a comparison, counted from the
/// comparison alone: every inserted and every deleted span of the JSON, a
/// moved paragraph's old and new places, a paragraph number or mark one
/// text alone has, and the revisions of each footnote's text; where two of
/// one kind touch in the document (two inserted paragraphs in a row, an
/// inserted mark and the words after it), LibreOffice lists them as one,
/// and so does this count. Footnote references are not counted.
fn expected_revisions(c: &Comparison) -> usize {
    let stubs = resdiff::render::html::stubs_after(c);
    let mut stream = Vec::new();
    for (k, e) in c.alignment.iter().enumerate() {
        for m in &stubs[k] {
            entry_kinds(c, m, Some(Kind::MoveFrom), &mut stream);
        }
        let side = (e.status == Status::Moved).then_some(Kind::MoveTo);
        entry_kinds(c, e, side, &mut stream);
    }
    for m in &stubs[c.alignment.len()] {
        entry_kinds(c, m, Some(Kind::MoveFrom), &mut stream);
    }
    let mut count = runs(&stream);
    for e in &c.footnotes {
        let mut note = Vec::new();
        for p in parts(&e.diff) {
            if let Part::Text { op, .. } = p {
                note.push(kind(op, None).unwrap_or(Kind::Plain));
            }
        }
        count += runs(&note);
    }
    count
}

fn runs(stream: &[Kind]) -> usize {
    let mut n = 0;
    let mut last = Kind::Plain;
    for &k in stream {
        if k != last && k != Kind::Plain {
            n += 1;
        }
        last = k;
    }
    n
}

/// The kind of what `op` does, seen from both texts (`side` `None`) or
/// from a moved paragraph's old or new place; `None` where that place does
/// not show it.
fn kind(op: Op, side: Option<Kind>) -> Option<Kind> {
    match (op, side) {
        (Op::Equal, None) => Some(Kind::Plain),
        (Op::Equal, Some(s)) => Some(s),
        (Op::Insert, Some(Kind::MoveFrom)) | (Op::Delete, Some(Kind::MoveTo)) => None,
        (Op::Insert, _) => Some(Kind::Ins),
        (Op::Delete, _) => Some(Kind::Del),
    }
}

fn entry_kinds(c: &Comparison, e: &Entry, side: Option<Kind>, out: &mut Vec<Kind>) {
    let numbered = |doc: &Document, id: Option<&String>| {
        id.and_then(|id| doc.paragraph(id))
            .is_some_and(|p| p.label.is_some())
    };
    let reads_old = side == Some(Kind::MoveFrom) || e.new.is_empty();
    let (first, end) = match side {
        Some(s) => (s, s),
        None if e.new.is_empty() => (Kind::Del, Kind::Del),
        None if e.old.is_empty() => (Kind::Ins, Kind::Ins),
        None => (Kind::Plain, Kind::Plain),
    };
    let first_numbered = if reads_old {
        numbered(&c.old, e.old.first())
    } else {
        numbered(&c.new, e.new.first())
    };
    if first_numbered {
        out.push(first);
    }
    let (mut at_new, mut at_old) = (0, 0);
    for p in parts(&e.diff) {
        match p {
            Part::Text { op, .. } => out.extend(kind(op, side)),
            Part::Break(op) => {
                let Some(k) = kind(op, side) else { continue };
                at_new += usize::from(op != Op::Delete);
                at_old += usize::from(op != Op::Insert);
                out.push(k);
                let next_numbered = if side != Some(Kind::MoveFrom) && op != Op::Delete {
                    numbered(&c.new, e.new.get(at_new))
                } else {
                    numbered(&c.old, e.old.get(at_old))
                };
                if next_numbered {
                    out.push(k);
                }
            }
        }
    }
    out.push(end);
}

fn parse(path: &Path) -> Document {
    resdiff::parse_path(path, None).unwrap()
}

/// The pairs the issue names: 78/265 → 78/311 (the French seeds), the
/// edit fixture, and three real English pairs.
fn pairs() -> Vec<(&'static str, PathBuf, PathBuf)> {
    let r = |p: &str| root().join(p);
    vec![
        (
            "78-265-to-78-311",
            r("seeds/001_f645d6d34d6fbb5d.txt"),
            r("seeds/000_da5010157984a27d.txt"),
        ),
        (
            "edits",
            r("seeds/000_da5010157984a27d.txt"),
            r("fixtures/edits/78-311.edited.txt"),
        ),
        (
            "L41-to-80-57",
            r("fixtures/real/A-C.1-80-L.41.en.txt"),
            r("fixtures/real/A-RES-80-57.en.txt"),
        ),
        (
            "79-239-to-L46",
            r("fixtures/real/A-RES-79-239.en.txt"),
            r("fixtures/real/A-C.1-80-L.46.en.txt"),
        ),
        (
            "79-23-to-L21",
            r("fixtures/real/A-RES-79-23.en.txt"),
            r("fixtures/real/A-C.1-80-L.21.en.txt"),
        ),
    ]
}

/// Synthetic pairs with moved paragraphs reworded on the way, written as
/// files for the binary (names start with `tag`: the tests run at once).
fn synthetic_pairs(tag: &str, seeds: std::ops::Range<u64>) -> Vec<(String, PathBuf, PathBuf)> {
    let pool: Vec<String> = parse(&root().join("fixtures/real/A-RES-79-62.en.txt"))
        .paragraphs
        .into_iter()
        .map(|p| p.text)
        .collect();
    let edits = resdiff::check::synth::Edits {
        reworded: 0.2,
        moved: 0.05,
        inserted: 0.08,
        deleted: 0.08,
    };
    seeds
        .map(|seed| {
            let (old, new) = resdiff::check::synth::resolution_pair(&pool, 40, seed, &edits);
            let name = format!("{tag}-synthetic-{seed}");
            let (o, n) = (
                artifacts().join(format!("{name}-old.txt")),
                artifacts().join(format!("{name}-new.txt")),
            );
            std::fs::write(&o, old).unwrap();
            std::fs::write(&n, new).unwrap();
            (name, o, n)
        })
        .collect()
}

#[test]
fn libreoffice_accepts_to_the_new_text_and_rejects_to_the_old() {
    let Some(()) = office() else { return };
    let mut pairs: Vec<(String, PathBuf, PathBuf)> = pairs()
        .into_iter()
        .map(|(name, old, new)| (name.to_string(), old, new))
        .collect();
    pairs.extend(synthetic_pairs("office", 0..3));
    let jobs: Vec<(PathBuf, Option<PathBuf>)> = pairs
        .iter()
        .map(|(name, old, new)| {
            let pdf = (name == "edits").then(|| artifacts().join("edits.pdf"));
            (redline(old, new, name, &[]), pdf)
        })
        .collect();
    let results = open_all("pairs", &jobs);
    for ((name, old, new), got) in pairs.iter().zip(&results) {
        let c = compare(parse(old), parse(new), &CompareOptions::default());
        assert_eq!(got["opened"], true, "{name}: LibreOffice could not open it");
        for (reading, doc) in [("accept", &c.new), ("reject", &c.old)] {
            let paras = body(&got[reading], doc);
            let keys: Vec<&String> = paras.iter().map(|(_, k)| k).collect();
            let want: Vec<String> = doc.paragraphs.iter().map(|p| key(doc, &p.text)).collect();
            assert_eq!(
                keys,
                want.iter().collect::<Vec<_>>(),
                "{name}: {reading} all"
            );
            assert_eq!(
                got[reading]["left"], 0,
                "{name}: {reading} all left revisions"
            );
            assert_eq!(
                notes(&got[reading], doc),
                expected_notes(doc),
                "{name}: footnotes after {reading} all"
            );
        }
        let numbers: Vec<Option<String>> = body(&got["accept"], &c.new)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let want: Vec<Option<String>> = c.new.paragraphs.iter().map(|p| p.label.clone()).collect();
        assert_eq!(numbers, want, "{name}: paragraph numbers after accept all");
        let listed = got["revisions"].as_array().unwrap();
        assert_eq!(
            listed.len(),
            expected_revisions(&c),
            "{name}: revisions listed"
        );
        assert!(listed.iter().all(|r| r["author"] == "resdiff"), "{name}");
    }
    // A page to look at: the edit fixture's first page as an image.
    let png = artifacts().join("edits-page");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"])
        .arg(artifacts().join("edits.pdf"))
        .arg(&png)
        .status()
        .expect("pdftoppm (poppler-utils) is needed: run scripts/test.sh");
    assert!(status.success());
    assert!(std::fs::metadata(png.with_extension("png")).unwrap().len() > 10_000);
}

/// The same checks as LibreOffice's, on the redline's own paragraphs
/// ([`readings`]), for the pairs and for synthetic pairs with moved,
/// inserted, deleted and reworded paragraphs: no office suite needed.
#[test]
fn the_revisions_rebuild_both_texts_without_an_office_suite() {
    let comparisons: Vec<(String, Comparison)> = pairs()
        .into_iter()
        .map(|(name, old, new)| (name.to_string(), old, new))
        .chain(synthetic_pairs("model", 0..12))
        .map(|(name, old, new)| {
            let c = compare(parse(&old), parse(&new), &CompareOptions::default());
            (name, c)
        })
        .collect();
    let mut moved = 0;
    for (name, c) in &comparisons {
        moved += c.summary.count(Status::Moved);
        let paras = Body::build(c).paras;
        for (reading, doc) in [(Reading::AcceptAll, &c.new), (Reading::RejectAll, &c.old)] {
            let got: Vec<String> = read(&paras, reading)
                .into_iter()
                .filter(|(s, t)| !matches!(s, Style::Cover | Style::Title) && !t.trim().is_empty())
                .map(|(_, t)| key(doc, &number_and_text(&t).1))
                .collect();
            let want: Vec<String> = doc.paragraphs.iter().map(|p| key(doc, &p.text)).collect();
            assert_eq!(got, want, "{name}: {reading:?}");
        }
    }
    assert!(moved >= 5, "the synthetic pairs move paragraphs ({moved})");
}

#[test]
fn hostile_text_comes_out_as_text_and_the_file_still_opens() {
    let Some(()) = office() else { return };
    let dir = artifacts();
    let old = dir.join("hostile-old.txt");
    let new = dir.join("hostile-new.txt");
    std::fs::write(
        &old,
        "The General Assembly,\n\nRecalling <w:body> & ]]> its work,\n\n1. Decides to act;\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "The General Assembly,\n\nRecalling <w:body> & ]]> \u{1b}[31m its \u{7}work </w:t>,\n\n1. Decides to act \u{FFFF};\n",
    )
    .unwrap();
    let docx = redline(
        &old,
        &new,
        "hostile",
        &["--author", "A & <B>", "--date", "2025-12-01"],
    );
    let got = &open_all("hostile", &[(docx, None)])[0];
    assert_eq!(got["opened"], true);
    let accepted: Vec<String> = got["accept"]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[1].as_str().unwrap().to_string())
        .collect();
    assert!(
        accepted
            .contains(&"Recalling <w:body> & ]]> \\u{1b}[31m its \\u{7}work </w:t>,".to_string()),
        "{accepted:?}"
    );
    assert!(
        accepted.contains(&"1.\tDecides to act \\u{ffff};".to_string()),
        "{accepted:?}"
    );
    let rejected: Vec<&str> = got["reject"]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[1].as_str().unwrap())
        .collect();
    assert!(
        rejected.contains(&"Recalling <w:body> & ]]> its work,"),
        "{rejected:?}"
    );
    assert!(got["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["author"] == "A & <B>"));
}

#[test]
fn the_same_texts_give_the_same_bytes() {
    let r = |p: &str| root().join(p);
    let (old, new) = (
        r("seeds/000_da5010157984a27d.txt"),
        r("fixtures/edits/78-311.edited.txt"),
    );
    let a = std::fs::read(redline(&old, &new, "same-a", &[])).unwrap();
    let b = std::fs::read(redline(&old, &new, "same-b", &[])).unwrap();
    assert_eq!(a, b);
    let dated = std::fs::read(redline(
        &old,
        &new,
        "same-dated",
        &["--date", "2025-12-01T10:30"],
    ))
    .unwrap();
    assert_ne!(a, dated);
}

/// Runs the binary on OLD and NEW (relative to the repository) with more
/// arguments.
fn resdiff(old: &str, new: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .arg(root().join(old))
        .arg(root().join(new))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn two_folders_give_one_word_file_a_pair() {
    let dir = artifacts().join("folders");
    let _ = std::fs::remove_dir_all(&dir);
    let out = resdiff(
        "fixtures/edits",
        "fixtures/edits",
        &["--format", "docx", "-o", dir.to_str().unwrap()],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["78-311.edited__78-311.edited.docx", "README__README.docx"]
    );
}

#[test]
fn a_word_file_is_refused_on_standard_output() {
    let (old, new) = (
        "seeds/000_da5010157984a27d.txt",
        "fixtures/edits/78-311.edited.txt",
    );
    let out = resdiff(old, new, &["--format", "docx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "resdiff: --format docx writes a Word file: give it with -o FILE.docx\n"
    );
    let folders = resdiff("fixtures/real", "fixtures/real", &["--format", "docx"]);
    assert_eq!(folders.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&folders.stderr),
        "resdiff: --format docx for folders writes one file per pair: give -o DIR\n"
    );
    let bad_date = resdiff(
        old,
        new,
        &["--format", "docx", "-o", "/dev/null", "--date", "yesterday"],
    );
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("--date \"yesterday\""));
}
