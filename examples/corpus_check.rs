//! Parses every `.txt` file of a folder and reports what a reader would call
//! a parsing fault: page furniture or PDF artifacts inside paragraph text,
//! gaps in paragraph numbering, files with no paragraphs.
//!
//! ```text
//! cargo run --release --example corpus_check -- ../shared/corpus/en
//! ```
//! With a second folder (`corpus_check OLD NEW`), it also compares the two
//! folders as `resdiff OLD NEW` does and reports how many files were paired
//! and each edit whose spacing reads wrong on screen
//! ([`resdiff::check::audit::edge_faults`]).
//!
//! Exits 1 when a fault is found, so it can gate a change to the parser.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: corpus_check FOLDER [NEW_FOLDER] [--verbose]");
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
        for fault in resdiff::check::audit::faults(&doc) {
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
    if let Some(new) = std::env::args().nth(2).filter(|a| !a.starts_with("--")) {
        faults += compare_folders(&dir, &PathBuf::from(new));
    }
    if errors + faults > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Compares two folders, prints the pairs found and the edits whose
/// spacing reads wrong, and returns how many of those there are.
fn compare_folders(old: &std::path::Path, new: &std::path::Path) -> usize {
    let f = match resdiff::compare::folders::compare_folders(old, new, None, &Default::default()) {
        Ok(f) => f,
        Err(e) => {
            println!("ERROR {e}");
            return 1;
        }
    };
    let mut faults = 0;
    for pair in &f.pairs {
        for fault in resdiff::check::audit::edge_faults(&pair.comparison) {
            faults += 1;
            println!("{} → {}: {fault}", pair.old.display(), pair.new.display());
        }
    }
    let edits: usize = f
        .pairs
        .iter()
        .flat_map(|p| p.comparison.alignment.iter().chain(&p.comparison.footnotes))
        .map(|e| e.diff.iter().filter(|s| s.op != resdiff::Op::Equal).count())
        .sum();
    println!(
        "{} pairs ({} and {} files unpaired); {} edit spans, {} read wrong at their edges",
        f.pairs.len(),
        f.unmatched.old.len(),
        f.unmatched.new.len(),
        edits,
        faults
    );
    faults
}
