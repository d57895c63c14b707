//! Comparing two folders of documents: last session's resolutions against
//! this session's drafts. Files are paired by name, then by document symbol,
//! then by title; each pair is compared on its own thread; a file that
//! cannot be read is reported without stopping the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::documents::compare;
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

/// A title reduced to its lowercase words, so that punctuation and case
/// do not keep two versions of a document apart.
fn title_key(doc: &Document) -> Option<String> {
    let t = doc.title.as_deref()?;
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A document read from a folder, with the file it came from.
type FolderDocument = (PathBuf, Document);

/// Compares two folders.
pub fn compare_folders(
    old_dir: &Path,
    new_dir: &Path,
    format: Option<InputFormat>,
    options: &CompareOptions,
) -> std::io::Result<FolderComparison> {
    let old_files = listing(old_dir).map_err(|e| with_path(old_dir, e))?;
    let new_files = listing(new_dir).map_err(|e| with_path(new_dir, e))?;
    let mut errors = Vec::new();
    let old = read_all(&old_files, format, &mut errors);
    let new = read_all(&new_files, format, &mut errors);
    let matching = Matching::new(&old, &new);
    Ok(FolderComparison {
        pairs: matching.compare(&old, &new, options),
        unmatched: matching.unmatched(&old, &new),
        errors,
    })
}

/// Parses `files` on the machine's cores; a file that cannot be read goes
/// to `errors` and the others are kept, in order.
fn read_all(
    files: &[PathBuf],
    format: Option<InputFormat>,
    errors: &mut Vec<FileError>,
) -> Vec<FolderDocument> {
    let docs = parallel(files, |p: &PathBuf| crate::parse_path(p, format));
    let mut ok: Vec<FolderDocument> = Vec::new();
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
}

/// Which new document each old one is paired with, and how they were
/// matched; each file is paired at most once.
struct Matching {
    /// For each old document, its new partner and how it was found.
    old_match: Vec<Option<(usize, MatchedBy)>>,
    /// For each new document, whether an old one took it.
    new_used: Vec<bool>,
}

impl Matching {
    /// Pairs by name, then symbol, then title: a later key only pairs what
    /// the earlier ones left.
    fn new(old: &[FolderDocument], new: &[FolderDocument]) -> Self {
        let mut m = Matching {
            old_match: vec![None; old.len()],
            new_used: vec![false; new.len()],
        };
        type Key = fn(&FolderDocument) -> Option<String>;
        let keys: [(MatchedBy, Key); 3] = [
            (MatchedBy::Name, |(p, _)| {
                p.file_name().map(|n| n.to_string_lossy().into_owned())
            }),
            (MatchedBy::Symbol, |(_, d)| d.symbol.clone()),
            (MatchedBy::Title, |(_, d)| title_key(d)),
        ];
        for (how, key) in keys {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (j, f) in new.iter().enumerate() {
                if !m.new_used[j] {
                    if let Some(k) = key(f) {
                        index.entry(k).or_default().push(j);
                    }
                }
            }
            for (i, f) in old.iter().enumerate() {
                if m.old_match[i].is_some() {
                    continue;
                }
                let Some(k) = key(f) else { continue };
                if let Some(j) = index
                    .get(&k)
                    .and_then(|c| c.iter().copied().find(|&j| !m.new_used[j]))
                {
                    m.new_used[j] = true;
                    m.old_match[i] = Some((j, how));
                }
            }
        }
        m
    }

    /// Compares the paired documents, on the machine's cores, in the order
    /// of the old folder.
    fn compare(
        &self,
        old: &[FolderDocument],
        new: &[FolderDocument],
        options: &CompareOptions,
    ) -> Vec<FilePair> {
        let jobs: Vec<(usize, usize, MatchedBy)> = self
            .old_match
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.map(|(j, how)| (i, j, how)))
            .collect();
        let comparisons = parallel(&jobs, |&(i, j, _)| {
            compare(old[i].1.clone(), new[j].1.clone(), options)
        });
        jobs.iter()
            .zip(comparisons)
            .map(|(&(i, j, how), comparison)| FilePair {
                old: old[i].0.clone(),
                new: new[j].0.clone(),
                matched_by: how,
                comparison,
            })
            .collect()
    }

    /// The files of either folder left without a partner.
    fn unmatched(&self, old: &[FolderDocument], new: &[FolderDocument]) -> Unmatched {
        Unmatched {
            old: old
                .iter()
                .zip(&self.old_match)
                .filter(|(_, m)| m.is_none())
                .map(|(f, _)| f.0.clone())
                .collect(),
            new: new
                .iter()
                .zip(&self.new_used)
                .filter(|(_, used)| !**used)
                .map(|(f, _)| f.0.clone())
                .collect(),
        }
    }
}

/// An I/O error that names the folder it happened on.
fn with_path(path: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}
