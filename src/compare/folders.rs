//! Comparing two folders of documents: last session's resolutions against
//! this session's drafts. Files are paired by name, then by document symbol,
//! then by title; each pair is compared on its own thread; a file that
//! cannot be read is reported without stopping the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::compare;
use crate::types::{
    CompareOptions, Document, FileError, FilePair, FolderComparison, InputFormat, MatchedBy,
    Unmatched,
};

/// The documents (`.txt`, `.md`) of a folder, sorted by name.
fn listing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(
                    e.to_ascii_lowercase().as_str(),
                    "txt" | "md" | "markdown" | "text"
                )
            })
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Runs `work` over `items` on the machine's cores, keeping the order.
fn parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = work(item);
                results
                    .lock()
                    .expect("no worker panics while holding the lock")[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .expect("workers are done")
        .into_iter()
        .map(|r| r.expect("every item was processed"))
        .collect()
}

fn title_key(doc: &Document) -> Option<String> {
    let t = doc.title.as_deref()?;
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Compares two folders.
pub fn compare_folders(
    old_dir: &Path,
    new_dir: &Path,
    format: Option<InputFormat>,
    options: &CompareOptions,
) -> std::io::Result<FolderComparison> {
    let old_files = listing(old_dir).map_err(|e| with_path(old_dir, e))?;
    let new_files = listing(new_dir).map_err(|e| with_path(new_dir, e))?;
    let parse = |p: &PathBuf| crate::parse_path(p, format);
    let old_docs = parallel(&old_files, parse);
    let new_docs = parallel(&new_files, parse);

    let mut errors = Vec::new();
    let mut split = |files: &[PathBuf], docs: Vec<Result<Document, crate::ReadError>>| {
        let mut ok: Vec<(PathBuf, Document)> = Vec::new();
        for (path, doc) in files.iter().zip(docs) {
            match doc {
                Ok(d) => ok.push((path.clone(), d)),
                Err(e) => errors.push(FileError {
                    path: path.clone(),
                    error: e.to_string(),
                }),
            }
        }
        ok
    };
    let old_ok = split(&old_files, old_docs);
    let new_ok = split(&new_files, new_docs);

    // Pair by name, then symbol, then title; each file at most once.
    let mut new_used = vec![false; new_ok.len()];
    let mut old_match: Vec<Option<(usize, MatchedBy)>> = vec![None; old_ok.len()];
    type Key = fn(&(PathBuf, Document)) -> Option<String>;
    let keys: [(MatchedBy, Key); 3] = [
        (MatchedBy::Name, |(p, _)| {
            p.file_name().map(|n| n.to_string_lossy().into_owned())
        }),
        (MatchedBy::Symbol, |(_, d)| d.symbol.clone()),
        (MatchedBy::Title, |(_, d)| title_key(d)),
    ];
    for (how, key) in keys {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, f) in new_ok.iter().enumerate() {
            if !new_used[j] {
                if let Some(k) = key(f) {
                    index.entry(k).or_default().push(j);
                }
            }
        }
        for (i, f) in old_ok.iter().enumerate() {
            if old_match[i].is_some() {
                continue;
            }
            let Some(k) = key(f) else { continue };
            if let Some(j) = index
                .get(&k)
                .and_then(|c| c.iter().copied().find(|&j| !new_used[j]))
            {
                new_used[j] = true;
                old_match[i] = Some((j, how));
            }
        }
    }

    let jobs: Vec<(usize, usize, MatchedBy)> = old_match
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|(j, how)| (i, j, how)))
        .collect();
    let comparisons = parallel(&jobs, |&(i, j, _)| {
        compare(old_ok[i].1.clone(), new_ok[j].1.clone(), options)
    });
    let pairs = jobs
        .iter()
        .zip(comparisons)
        .map(|(&(i, j, how), comparison)| FilePair {
            old: old_ok[i].0.clone(),
            new: new_ok[j].0.clone(),
            matched_by: how,
            comparison,
        })
        .collect();
    let unmatched = Unmatched {
        old: old_ok
            .iter()
            .zip(&old_match)
            .filter(|(_, m)| m.is_none())
            .map(|(f, _)| f.0.clone())
            .collect(),
        new: new_ok
            .iter()
            .zip(&new_used)
            .filter(|(_, used)| !**used)
            .map(|(f, _)| f.0.clone())
            .collect(),
    };
    Ok(FolderComparison {
        pairs,
        unmatched,
        errors,
    })
}

fn with_path(path: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}
