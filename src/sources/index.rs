//! The index of a collection of texts and the queries against it (see the
//! module map in `sources/mod.rs`).

use std::path::{Path, PathBuf};

use super::error::SourcesError;
use super::recency::{date_key, DateKey};
use crate::compare::align::Interner;
use crate::compare::folders::{listing, parallel};
use crate::compare::reuse::runs::{
    covered, formula_ids, grow, merge_ranges, outermost, shingle_hash, Words, SEED,
};
use crate::types::{
    Document, FileError, InputFormat, ParagraphSources, Source, SourcesReport, WordRange,
};

/// Places a shingle may be found in before it is taken for boilerplate and
/// seeds nothing. Agreed language recycled year after year recurs in tens
/// of texts, stock phrases in thousands.
pub const MAX_POSTINGS: usize = 400;

/// One indexed text.
#[derive(Debug)]
struct Text {
    path: PathBuf,
    canonical: Option<PathBuf>,
    symbol: Option<String>,
    date: Option<String>,
    when: Option<DateKey>,
}

/// One indexed paragraph: its text and its words in the flat array.
#[derive(Debug)]
struct Held {
    text: u32,
    start: u32,
    end: u32,
    id: String,
}

/// A collection of texts indexed for [`Collection::sources`].
#[derive(Debug, Default)]
pub struct Collection {
    texts: Vec<Text>,
    paragraphs: Vec<Held>,
    words: Vec<u32>,
    /// (shingle hash, position of its first word in `words`), by hash.
    shingles: Vec<(u64, u32)>,
    interner: Interner,
    errors: Vec<FileError>,
}

/// What a worker reads of one file: its metadata and its paragraphs'
/// words, with ids of its own interner.
struct Reading {
    text: Text,
    ids: Vec<String>,
    words: Vec<Vec<u32>>,
    interner: Interner,
}

fn read(path: &Path, format: Option<InputFormat>) -> Result<Reading, FileError> {
    let doc = crate::parse_path(path, format).map_err(|e| FileError {
        path: path.to_path_buf(),
        error: e.to_string(),
    })?;
    let rules = doc.language.rules();
    let mut interner = Interner::default();
    let words = doc
        .paragraphs
        .iter()
        .map(|p| Words::read(&p.text, rules, &mut interner, &[]).ids)
        .collect();
    let when = doc.date.as_deref().and_then(|d| date_key(d, rules));
    Ok(Reading {
        text: Text {
            path: path.to_path_buf(),
            canonical: path.canonicalize().ok(),
            symbol: doc.symbol,
            date: doc.date,
            when,
        },
        ids: doc.paragraphs.into_iter().map(|p| p.id).collect(),
        words,
        interner,
    })
}

/// The texts of a folder and of its subfolders, sorted by path.
fn texts_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = listing(dir)?;
    let mut subfolders: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    subfolders.sort();
    for sub in subfolders {
        files.extend(texts_under(&sub)?);
    }
    Ok(files)
}

impl Collection {
    /// Indexes every text under `dir`. A file that cannot be read is kept
    /// in [`Collection::errors`] and the others indexed; a folder with no
    /// text is an error.
    pub fn index(dir: &Path, format: Option<InputFormat>) -> Result<Collection, SourcesError> {
        let files = texts_under(dir).map_err(|e| SourcesError::Folder(dir.to_path_buf(), e))?;
        if files.is_empty() {
            return Err(SourcesError::Empty(dir.to_path_buf()));
        }
        Ok(Collection::index_files(&files, format))
    }

    /// Indexes the given files (see [`Collection::index`]).
    pub fn index_files(files: &[PathBuf], format: Option<InputFormat>) -> Collection {
        let readings = parallel(files, |p| read(p, format));
        let mut c = Collection::default();
        // Sized once: the arrays are most of the index, and growing them by
        // doubling would leave up to half of each unused.
        let total: usize = readings
            .iter()
            .flatten()
            .flat_map(|r| &r.words)
            .map(Vec::len)
            .sum();
        c.words.reserve_exact(total);
        c.shingles.reserve_exact(total);
        for reading in readings {
            let r = match reading {
                Ok(r) => r,
                Err(e) => {
                    c.errors.push(e);
                    continue;
                }
            };
            let ids = c.interner.absorb(r.interner);
            let text = c.texts.len() as u32;
            c.texts.push(r.text);
            for (id, words) in r.ids.into_iter().zip(r.words) {
                let start = c.words.len() as u32;
                c.words.extend(words.iter().map(|&w| ids[w as usize]));
                let end = c.words.len() as u32;
                let held = &c.words[start as usize..];
                c.shingles.extend(
                    held.windows(SEED)
                        .enumerate()
                        .map(|(k, w)| (shingle_hash(w), start + k as u32)),
                );
                c.paragraphs.push(Held {
                    text,
                    start,
                    end,
                    id,
                });
            }
        }
        c.shingles.sort_unstable();
        c
    }

    /// How many texts are indexed.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether no text is indexed.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The files that could not be read, in path order.
    pub fn errors(&self) -> &[FileError] {
        &self.errors
    }

    /// Bytes the index holds (words, shingles, paragraphs), for the
    /// benchmark's account of memory.
    pub fn heap_bytes(&self) -> usize {
        self.words.capacity() * 4
            + self.shingles.capacity() * std::mem::size_of::<(u64, u32)>()
            + self.paragraphs.capacity() * std::mem::size_of::<Held>()
    }

    /// The texts that cannot be sources of `new`: its own file, copies of
    /// its symbol, and texts issued after it.
    fn excluded(&self, new: &Document, path: &Path) -> Vec<bool> {
        let canonical = path.canonicalize().ok();
        let when = new
            .date
            .as_deref()
            .and_then(|d| date_key(d, new.language.rules()));
        self.texts
            .iter()
            .map(|t| {
                (canonical.is_some() && t.canonical == canonical)
                    || (new.symbol.is_some() && t.symbol == new.symbol)
                    || matches!((t.when, when), (Some(a), Some(b)) if a > b)
            })
            .collect()
    }

    /// The sources of each paragraph of `new` (read from `path`) in the
    /// collection. The words of the query are interned into the index,
    /// hence `&mut`; what the index answers does not change.
    pub fn sources(&mut self, new: &Document, path: &Path, folder: &Path) -> SourcesReport {
        let excluded = self.excluded(new, path);
        let rules = new.language.rules();
        let formulas = formula_ids(rules, &mut self.interner);
        let paragraphs = new
            .paragraphs
            .iter()
            .map(|p| {
                let words = Words::read(&p.text, rules, &mut self.interner, &formulas);
                ParagraphSources {
                    id: p.id.clone(),
                    text: p.text.clone(),
                    words: words.len(),
                    sources: self.paragraph_sources(&words, &excluded),
                }
            })
            .collect();
        SourcesReport {
            new: path.display().to_string(),
            symbol: new.symbol.clone(),
            language: new.language,
            folder: folder.display().to_string(),
            indexed: self.texts.len(),
            paragraphs,
            errors: self.errors.clone(),
        }
    }

    /// The texts holding runs of one paragraph's words, most recent first.
    fn paragraph_sources(&self, words: &Words, excluded: &[bool]) -> Vec<Source> {
        let mut hits: Vec<(u32, usize, usize)> = Vec::new();
        for (i, window) in words.ids.windows(SEED).enumerate() {
            let h = shingle_hash(window);
            let from = self.shingles.partition_point(|s| s.0 < h);
            let to = from + self.shingles[from..].partition_point(|s| s.0 == h);
            if to - from > MAX_POSTINGS {
                continue;
            }
            for &(_, place) in &self.shingles[from..to] {
                let k = self.paragraphs.partition_point(|p| p.start <= place) - 1;
                let held = &self.paragraphs[k];
                if !excluded[held.text as usize] {
                    hits.push((k as u32, i, (place - held.start) as usize));
                }
            }
        }
        hits.sort_unstable();
        // Text → (its paragraphs with runs, the runs' ranges).
        let mut by_text: Vec<(u32, Vec<usize>, Vec<WordRange>)> = Vec::new();
        for group in hits.chunk_by(|a, b| a.0 == b.0) {
            let held = &self.paragraphs[group[0].0 as usize];
            let old = &self.words[held.start as usize..held.end as usize];
            let runs: Vec<_> = grow(&words.ids, old, group.iter().map(|h| (h.1, h.2)))
                .into_iter()
                .filter(|r| r.counts(words, &[]))
                .collect();
            if runs.is_empty() {
                continue;
            }
            let ranges = outermost(runs).into_iter().map(|r| r.new);
            match by_text.last_mut() {
                Some(last) if last.0 == held.text => {
                    last.1.push(group[0].0 as usize);
                    last.2.extend(ranges);
                }
                _ => by_text.push((held.text, vec![group[0].0 as usize], ranges.collect())),
            }
        }
        // Most recent first; texts with no date last, then by path.
        let when = |t: u32| self.texts[t as usize].when;
        by_text.sort_by(|a, b| {
            when(b.0).cmp(&when(a.0)).then_with(|| {
                self.texts[a.0 as usize]
                    .path
                    .cmp(&self.texts[b.0 as usize].path)
            })
        });
        by_text
            .into_iter()
            .map(|(t, paragraphs, ranges)| self.source(t, &paragraphs, ranges, words.len()))
            .collect()
    }

    /// One text as a source: its paragraphs and the union of their runs.
    fn source(&self, t: u32, paragraphs: &[usize], ranges: Vec<WordRange>, words: usize) -> Source {
        let text = &self.texts[t as usize];
        let runs = merge_ranges(ranges);
        let share = covered(&runs) as f64 / words.max(1) as f64;
        Source {
            path: text.path.display().to_string(),
            symbol: text.symbol.clone(),
            date: text.date.clone(),
            paragraphs: paragraphs
                .iter()
                .map(|&k| self.paragraphs[k].id.clone())
                .collect(),
            covered: (share * 1000.0).round() / 1000.0,
            runs,
        }
    }
}
