//! Parses every `.txt` file of a folder and reports what a reader would call
//! a parsing fault: page furniture or PDF artifacts inside paragraph text,
//! gaps in paragraph numbering, files with no paragraphs.
//!
//! ```text
//! cargo run --release --example corpus_check -- ../shared/corpus/en
//! ```
//! Exits 1 when a fault is found, so it can gate a change to the parser.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use resdiff::{Document, ParagraphKind};

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: corpus_check FOLDER [--verbose]");
        return ExitCode::from(2);
    };
    let verbose = std::env::args().any(|a| a == "--verbose");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut faults, mut errors, mut footnotes, mut removed) = (0usize, 0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    for path in &files {
        let doc = match resdiff::parse_path(path, None) {
            Ok(d) => d,
            Err(e) => {
                println!("ERROR {e}");
                errors += 1;
                continue;
            }
        };
        for p in &doc.paragraphs {
            *kinds.entry(p.kind.name()).or_default() += 1;
        }
        footnotes += doc.footnotes.len();
        removed += doc.removed.len();
        for fault in faults_of(&doc) {
            faults += 1;
            println!("{}: {fault}", path.display());
        }
        if verbose {
            println!(
                "{}: {} paragraphs, {} footnotes",
                path.display(),
                doc.paragraphs.len(),
                doc.footnotes.len()
            );
        }
    }
    println!(
        "{} files in {:.2?}: {} errors, {} faults; paragraphs {:?}; {} footnotes; {} furniture lines removed",
        files.len(),
        start.elapsed(),
        errors,
        faults,
        kinds,
        footnotes,
        removed
    );
    if errors + faults > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What is wrong with a parsed document, one line per fault.
fn faults_of(doc: &Document) -> Vec<String> {
    let job = regex::Regex::new(r"\b\d{2}-\d{5}\b|\*\d{7}\*|(?:^|\s)_{5,}(?:\s|$)").unwrap();
    let url = regex::Regex::new(r"https?://").unwrap();
    let split_apostrophe = regex::Regex::new(r"\b[ldjnmstc] [’']\p{L}").unwrap();
    let mut out = Vec::new();
    if doc.paragraphs.is_empty() {
        out.push("no paragraphs".to_string());
    }
    for p in &doc.paragraphs {
        let t = &p.text;
        if job.is_match(t) {
            out.push(format!("{}: furniture in text: {}", p.id, excerpt(t, &job)));
        }
        if url.is_match(t) {
            out.push(format!("{}: URL in text: {}", p.id, excerpt(t, &url)));
        }
        if split_apostrophe.is_match(t) {
            out.push(format!("{}: split elision: {}", p.id, excerpt(t, &split_apostrophe)));
        }
        if let Some(sym) = &doc.symbol {
            if t.contains(sym.as_str()) && !t.contains(&format!("{sym}/")) {
                out.push(format!("{}: own symbol in text", p.id));
            }
        }
    }
    // Numbered paragraphs run 1..n without a gap in each part.
    let mut last: Option<u32> = None;
    for p in &doc.paragraphs {
        if !matches!(p.kind, ParagraphKind::Operative | ParagraphKind::Paragraph) {
            continue;
        }
        let Some(n) = p.label.as_deref().and_then(|l| l.trim_end_matches('.').parse::<u32>().ok()) else {
            continue;
        };
        if let Some(l) = last {
            if n != l + 1 && n != 1 {
                out.push(format!("{}: numbering jumps from {l} to {n}", p.id));
            }
        }
        last = Some(n);
    }
    out
}

fn excerpt(text: &str, re: &regex::Regex) -> String {
    let m = re.find(text).expect("checked by is_match");
    let start = text[..m.start()].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
    let end = text[m.end()..]
        .char_indices()
        .nth(30)
        .map_or(text.len(), |(i, _)| m.end() + i);
    format!("…{}…", &text[start..end])
}
