//! Reading PDFs (issue 22): the UN's own PDFs read to the same document as
//! the text extracted from them, and bad PDFs are refused with a clear
//! error. Needs poppler's `pdftotext` (`scripts/test.sh` installs it);
//! `RESDIFF_NO_PDFTOTEXT=1` skips the checks that read a PDF, and says so.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use resdiff::{parse_path, Document, InputFormat};

/// The real PDFs copied into `fixtures/pdf`, each with its text.
const REAL: &[&str] = &[
    "A-RES-80-22",
    "A-RES-78-241",
    "A-C.1-80-L.41",
    "A-RES-79-313",
    "A-80-L.35",
    "A-RES-78-265",
    "A-80-L.41",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/pdf")
        .join(name)
}

/// Whether the PDF checks run: pdftotext is there, or the skip variable is
/// set (then say so); a missing pdftotext otherwise fails the test.
fn pdftotext_present() -> bool {
    let found = Command::new("pdftotext")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if found {
        return true;
    }
    if std::env::var_os("RESDIFF_NO_PDFTOTEXT").is_some() {
        eprintln!("RESDIFF_NO_PDFTOTEXT set: PDF checks skipped");
        return false;
    }
    panic!("pdftotext not found: run scripts/test.sh (installs poppler-utils) or set RESDIFF_NO_PDFTOTEXT=1");
}

fn resdiff(args: &[&OsStrLike], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_resdiff"));
    cmd.args(args).env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

type OsStrLike = std::ffi::OsStr;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `resdiff PDF TEXT` and asserts that it finds no difference.
fn assert_compares_unchanged(name: &str, pdf: &Path, txt: &Path) {
    let out = resdiff(&[pdf.as_os_str(), txt.as_os_str()], &[("NO_COLOR", "1")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{name}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

/// What must agree between the two forms: each paragraph's id, and each
/// footnote's mark.
fn ids(doc: &Document) -> (Vec<String>, Vec<String>) {
    (
        doc.paragraphs.iter().map(|p| p.id.clone()).collect(),
        doc.footnotes.iter().map(|f| f.mark.clone()).collect(),
    )
}

#[test]
fn real_pdfs_compare_unchanged_with_their_text() {
    if !pdftotext_present() {
        return;
    }
    for name in REAL {
        let pdf = fixture(&format!("{name}.en.pdf"));
        let txt = fixture(&format!("{name}.en.txt"));
        assert_compares_unchanged(name, &pdf, &txt);
    }
}

#[test]
fn real_pdfs_read_to_the_same_ids_and_footnotes() {
    if !pdftotext_present() {
        return;
    }
    for name in REAL {
        let from_pdf = parse_path(&fixture(&format!("{name}.en.pdf")), None).unwrap();
        let from_text = parse_path(&fixture(&format!("{name}.en.txt")), None).unwrap();
        assert_eq!(from_pdf.format, InputFormat::Pdf, "{name}");
        let (pdf_ids, pdf_notes) = ids(&from_pdf);
        assert!(pdf_ids.len() >= 6, "{name}: {pdf_ids:?}");
        assert_eq!((pdf_ids, pdf_notes), ids(&from_text), "{name}");
        assert_eq!(from_pdf.symbol, from_text.symbol, "{name}");
    }
}

/// The PDFs with tables, and how many runs of cells each extraction
/// paragraphs otherwise: poppler's boxes give a paragraph per row or cell,
/// the text extraction runs the cells of a block together.
const TABLES: &[(&str, usize)] = &[("A-C.4-80-L.15", 30), ("A-C.5-80-L.4", 7)];

#[test]
fn tables_read_to_the_same_words_paragraphed_otherwise() {
    if !pdftotext_present() {
        return;
    }
    for &(name, regrouped) in TABLES {
        let pdf = fixture(&format!("{name}.en.pdf"));
        let txt = fixture(&format!("{name}.en.txt"));
        assert_compares_unchanged(name, &pdf, &txt);
        let from_pdf = parse_path(&pdf, None).unwrap();
        let from_text = parse_path(&txt, None).unwrap();
        let c = resdiff::compare::compare(
            from_pdf.clone(),
            from_text.clone(),
            &resdiff::CompareOptions::default(),
        );
        assert!(!c.has_differences(), "{name}");
        assert_eq!(c.summary.regrouped, regrouped, "{name}");
        // Numbered paragraphs and footnotes read alike; only the counters
        // of unnumbered cells follow each extraction's breaks.
        let numbered = |d: &Document| -> Vec<String> {
            d.paragraphs
                .iter()
                .filter(|p| p.label.is_some())
                .map(|p| p.id.clone())
                .collect()
        };
        assert_eq!(numbered(&from_pdf), numbered(&from_text), "{name}");
        assert_eq!(ids(&from_pdf).1, ids(&from_text).1, "{name}");
    }
    // A table's row reads cell by cell, left to right, each cell's lines
    // together, whichever cell starts a point higher: the header row of
    // the budget table, whose first cell is set lower than the others.
    let budget = parse_path(&fixture("A-C.5-80-L.4.en.pdf"), None).unwrap();
    let annex: Vec<&str> = budget
        .paragraphs
        .iter()
        .skip_while(|p| p.id != "ANNEX.U2")
        .take(4)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        annex,
        [
            "Staffing table for 2026",
            "Category",
            "Number of posts (excluding special political missions)",
            "Number of posts (special political missions)a Total",
        ]
    );
}

/// The text form a made PDF was written from (through its Word file).
fn text_form(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("seeds").join(format!("{name}.txt"));
    if seed.exists() {
        seed
    } else {
        root.join("fixtures/real").join(format!("{name}.txt"))
    }
}

/// The made PDFs: each seed and real text written to Word and then to PDF
/// by LibreOffice (`scripts/make-pdf-fixtures.sh`), with page headers,
/// footers and footnotes, and no space between paragraphs.
fn made_pdfs() -> Vec<(String, PathBuf)> {
    let dir = fixture("made");
    let mut made: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    made.sort();
    made
}

#[test]
fn pdfs_made_by_libreoffice_read_as_their_text_forms() {
    if !pdftotext_present() {
        return;
    }
    let made = made_pdfs();
    assert_eq!(made.len(), 17);
    for (name, pdf) in &made {
        let txt = text_form(name);
        assert_compares_unchanged(name, pdf, &txt);
        let from_pdf = parse_path(pdf, None).unwrap();
        let from_text = parse_path(&txt, None).unwrap();
        assert_eq!(from_pdf.symbol, from_text.symbol, "{name}");
        assert_eq!(ids(&from_pdf).1, ids(&from_text).1, "{name}: footnotes");
        // 002 ends a summary paragraph flush with the right margin, in a
        // layout with no space between paragraphs: nothing on the page
        // shows the break, and the two paragraphs read as one (the same
        // words: the comparison finds them regrouped).
        if name == "002_62c3ca53ac28ca7a" {
            let (pdf_ids, text_ids) = (ids(&from_pdf).0, ids(&from_text).0);
            let missing: Vec<&String> =
                text_ids.iter().filter(|id| !pdf_ids.contains(id)).collect();
            assert_eq!(missing, ["U3"], "{name}");
            assert_eq!(pdf_ids.len() + 1, text_ids.len(), "{name}");
        } else {
            assert_eq!(ids(&from_pdf).0, ids(&from_text).0, "{name}");
        }
    }
}

/// The same, with the LibreOffice installed here, at test time: a French
/// seed and an English resolution written to PDF from their Word files.
#[test]
fn a_pdf_libreoffice_writes_now_reads_as_its_text() {
    if !pdftotext_present() {
        return;
    }
    let office = Command::new("soffice").arg("--version").output().is_ok();
    if !office {
        if std::env::var_os("RESDIFF_NO_OFFICE").is_some() {
            eprintln!("RESDIFF_NO_OFFICE set: LibreOffice check skipped");
            return;
        }
        panic!("soffice not found: run scripts/test.sh (installs libreoffice-writer-nogui) or set RESDIFF_NO_OFFICE=1");
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("target/test-pdf-made");
    let profile = out.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    for name in ["000_da5010157984a27d", "A-RES-80-22.en"] {
        let docx = root.join("fixtures/docx").join(format!("{name}.docx"));
        let status = Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&out)
            .arg(&docx)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{name}: soffice {status}");
        let pdf = out.join(format!("{name}.pdf"));
        let txt = text_form(name);
        assert_compares_unchanged(name, &pdf, &txt);
    }
}

#[test]
fn footnotes_read_out_of_a_pdf_with_their_markers() {
    if !pdftotext_present() {
        return;
    }
    let doc = parse_path(&fixture("A-RES-80-22.en.pdf"), None).unwrap();
    let notes: Vec<(&str, &str)> = doc
        .footnotes
        .iter()
        .map(|f| (f.mark.as_str(), f.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            ("1", "United Nations, Treaty Series, vol. 1015, No. 14860."),
            ("2", "BWC/CONF.IX/9, sect. II.E."),
            ("3", "United Nations, Treaty Series, vol. 1342, No. 22495."),
            ("4", "A/80/237."),
        ]
    );
    let marked: Vec<&str> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.notes.iter().map(|n| n.mark.as_str()))
        .collect();
    assert_eq!(marked, ["1", "2", "3", "4"]);
}

#[test]
fn a_pdf_reads_from_standard_input() {
    if !pdftotext_present() {
        return;
    }
    let pdf = std::fs::read(fixture("bad/text.pdf")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("OP1") && text.contains("Decides to remain seized of the matter."),
        "{text}"
    );
}

#[test]
fn bad_pdfs_are_refused_naming_the_file() {
    if !pdftotext_present() {
        return;
    }
    for (file, says) in [
        ("bad/encrypted.pdf", "the PDF is encrypted"),
        ("bad/image-only.pdf", "the PDF has no text layer"),
        ("bad/damaged.pdf", "cannot read the PDF (Syntax Error"),
    ] {
        let path = fixture(file);
        let other = fixture("A-80-L.35.en.txt");
        let out = resdiff(&[path.as_os_str(), other.as_os_str()], &[]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let err = stderr(&out);
        assert!(err.contains(&path.display().to_string()), "{file}: {err}");
        assert!(err.contains(says), "{file}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{file}: {err}");
    }
}

#[test]
fn a_missing_pdftotext_names_the_package() {
    // Runs without poppler: the program named is one that does not exist.
    let path = fixture("A-80-L.35.en.pdf");
    let out = resdiff(
        &[OsStrLike::new("parse"), path.as_os_str()],
        &[("RESDIFF_PDFTOTEXT", "/nonexistent/pdftotext")],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("poppler-utils"), "{err}");
    assert!(err.contains(&path.display().to_string()), "{err}");
}
