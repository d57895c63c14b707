//! Comparing two folders of documents: last session's resolutions against
//! this session's drafts. Files are paired by name, then by document symbol,
//! then by title, then by title without the years and ordinals that change
//! from one session's version of a recurring item to the next ("Working
//! Capital Fund for 2025", "…on the work of its fifty-seventh session"; the
//! ordinal words are in each language's row, [`crate::lang::Ordinals`]).
//! Each pair is compared on its own thread; a file that cannot be read is
//! reported without stopping the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::documents::compare;
use crate::lang::Ordinals;
use crate::types::{
    CompareOptions, Document, FileError, FilePair, FolderComparison, InputFormat, MatchedBy,
    Unmatched,
};

/// The documents of a folder (text, markdown, Word and PDF files, by
/// their extensions), sorted by name.
pub(crate) fn listing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(
                    e.to_ascii_lowercase().as_str(),
                    "txt" | "md" | "markdown" | "text" | "docx" | "pdf"
                )
            })
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Runs `work` over `items` on the machine's cores, keeping the order.
pub(crate) fn parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
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

/// The title key without what changes from one session's version of a
/// recurring item to the next: years ("for 2025"), ordinals spelled out
/// ("on the work of its fifty-seventh session", in the title's language)
/// or in figures ("79th", "59º", "第79届"). Each run of them becomes one `#`.
fn recurring_key(doc: &Document) -> Option<String> {
    let ordinals = &doc.language.rules().ordinals;
    let title = unnumbered(doc.title.as_deref()?, ordinals);
    let mut words: Vec<String> = Vec::new();
    // Tens and joiners wait to see whether an ordinal ends their run.
    let mut run: Vec<String> = Vec::new();
    let mut numbered = false;
    let flush = |words: &mut Vec<String>, run: &mut Vec<String>, numbered: &mut bool| {
        if *numbered {
            if words.last().is_none_or(|w| w != "#") {
                words.push("#".into());
            }
        } else {
            words.append(run);
        }
        run.clear();
        *numbered = false;
    };
    for word in title
        .split(|c: char| !(c.is_alphanumeric() || c == '#'))
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        if w == "#" || in_figures(&w) || ordinals.is_ordinal(&w) {
            numbered = true;
        } else if ordinals.parts.contains(&w.as_str()) {
            run.push(w);
        } else {
            flush(&mut words, &mut run, &mut numbered);
            words.push(w);
        }
    }
    flush(&mut words, &mut run, &mut numbered);
    (!words.is_empty()).then(|| words.join(" "))
}

/// A title with its years (1945 to 2100) and its counted numbers ("第七十九")
/// replaced by ` # `, wherever they stand: in Chinese they are glued to the
/// words around them.
fn unnumbered(title: &str, ordinals: &Ordinals) -> String {
    let mut out = String::with_capacity(title.len());
    let chars: Vec<char> = title.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some((counter, numerals)) = ordinals.counter {
            let n = chars[i + 1..]
                .iter()
                .take_while(|d| numerals.contains(**d))
                .count();
            if c == counter && n > 0 {
                out.push_str(" # ");
                i += 1 + n;
                continue;
            }
        }
        let n = chars[i..].iter().take_while(|d| d.is_ascii_digit()).count();
        let after_digit = i > 0 && chars[i - 1].is_ascii_digit();
        if n == 4 && !after_digit {
            let year: u32 = chars[i..i + 4]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
            if (1945..=2100).contains(&year) {
                out.push_str(" # ");
                i += 4;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Whether a word is a number in figures with an ordinal ending ("79th",
/// "1er", "59º").
fn in_figures(word: &str) -> bool {
    let rest = word.trim_start_matches(|c: char| c.is_numeric());
    rest.len() < word.len()
        && (1..=3).contains(&rest.chars().count())
        && rest.chars().all(char::is_alphabetic)
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
    /// Pairs by name, then symbol, then title, then title without its
    /// years and ordinals: a later key only pairs what the earlier ones
    /// left. The last key pairs only where it is unique on both sides, as
    /// several items of a session may differ only by a year.
    fn new(old: &[FolderDocument], new: &[FolderDocument]) -> Self {
        let mut m = Matching {
            old_match: vec![None; old.len()],
            new_used: vec![false; new.len()],
        };
        type Key = fn(&FolderDocument) -> Option<String>;
        let keys: [(MatchedBy, Key, bool); 4] = [
            (
                MatchedBy::Name,
                |(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()),
                false,
            ),
            (MatchedBy::Symbol, |(_, d)| d.symbol.clone(), false),
            (MatchedBy::Title, |(_, d)| title_key(d), false),
            (MatchedBy::Title, |(_, d)| recurring_key(d), true),
        ];
        for (how, key, unique) in keys {
            let index = by_key(new, |j| !m.new_used[j], key);
            let olds = by_key(old, |i| m.old_match[i].is_none(), key);
            for (i, f) in old.iter().enumerate() {
                if m.old_match[i].is_some() {
                    continue;
                }
                let Some(k) = key(f) else { continue };
                if unique && olds.get(&k).is_some_and(|c| c.len() > 1) {
                    continue;
                }
                let Some(candidates) = index.get(&k) else {
                    continue;
                };
                if unique && candidates.len() > 1 {
                    continue;
                }
                if let Some(j) = candidates.iter().copied().find(|&j| !m.new_used[j]) {
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

/// The documents still unpaired (`open`) of one folder, by key.
fn by_key(
    docs: &[FolderDocument],
    open: impl Fn(usize) -> bool,
    key: fn(&FolderDocument) -> Option<String>,
) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, f) in docs.iter().enumerate() {
        if open(j) {
            if let Some(k) = key(f) {
                index.entry(k).or_default().push(j);
            }
        }
    }
    index
}

/// An I/O error that names the folder it happened on.
fn with_path(path: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn titled(lang: &'static str, title: &str) -> Document {
        Document {
            source: String::new(),
            format: InputFormat::Plain,
            language: Language(lang),
            symbol: None,
            title: Some(title.to_string()),
            date: None,
            sponsors: vec![],
            paragraphs: vec![],
            footnotes: vec![],
            metadata: vec![],
            removed: vec![],
        }
    }

    fn key(lang: &'static str, title: &str) -> String {
        recurring_key(&titled(lang, title)).unwrap()
    }

    #[test]
    fn years_and_ordinals_leave_the_key_in_every_language() {
        for (lang, a, b) in [
            (
                "en",
                "on the work of its fifty-seventh session",
                "on the work of its fifty-eighth session",
            ),
            (
                "en",
                "Credentials of representatives to the seventy-ninth session",
                "Credentials of representatives to the eightieth session",
            ),
            (
                "en",
                "Working Capital Fund for 2025",
                "Working Capital Fund for 2026",
            ),
            (
                "en",
                "Report of the Committee on its 79th session",
                "Report of the Committee on its 80th session",
            ),
            (
                "fr",
                "sur les travaux de sa cinquante-septième session",
                "sur les travaux de sa cinquante-huitième session",
            ),
            (
                "fr",
                "à sa soixante et onzième session",
                "à sa soixante-douzième session",
            ),
            (
                "fr",
                "à sa soixante-dix-neuvième session",
                "à sa quatre-vingtième session",
            ),
            (
                "es",
                "en su quincuagésimo séptimo período de sesiones",
                "en su quincuagésimo octavo período de sesiones",
            ),
            (
                "es",
                "en su 59º período de sesiones",
                "en su 60º período de sesiones",
            ),
            (
                "ru",
                "о работе ее пятьдесят седьмой сессии",
                "о работе ее пятьдесят восьмой сессии",
            ),
            ("ru", "семьдесят девятой сессии", "восьмидесятой сессии"),
            (
                "ar",
                "عن أعمال دورتها السابعة والخمسين",
                "عن أعمال دورتها الثامنة والخمسين",
            ),
            ("ar", "الدورة التاسعة والسبعين", "الدورة الثمانين"),
            (
                "zh",
                "委员会第五十七届会议工作报告",
                "委员会第五十八届会议工作报告",
            ),
            ("zh", "2025年拟议方案预算", "2026年拟议方案预算"),
        ] {
            assert_eq!(key(lang, a), key(lang, b), "{lang}: {a} / {b}");
        }
        assert_eq!(
            key(
                "en",
                "Report of the Commission on the work of its fifty-seventh session, 2024"
            ),
            "report of the commission on the work of its # session #"
        );
        assert_eq!(key("zh", "第五十七届会议工作报告"), "# 届会议工作报告");
    }

    #[test]
    fn other_words_and_numbers_stay() {
        // A joiner or a ten alone is a word; a resolution number is not a year.
        assert_eq!(
            key("fr", "Droits de l’homme et développement"),
            "droits de l homme et développement"
        );
        assert_eq!(
            key("en", "Twenty years of resolution 2334"),
            "twenty years of resolution 2334"
        );
        assert_ne!(
            key("en", "Report of the Human Rights Council"),
            key("en", "Report of the International Law Commission")
        );
    }

    fn folder(docs: &[(&str, &str)]) -> Vec<FolderDocument> {
        docs.iter()
            .map(|(name, title)| (PathBuf::from(name), titled("en", title)))
            .collect()
    }

    #[test]
    fn a_recurring_title_pairs_only_where_it_is_unique_on_both_sides() {
        let old = folder(&[
            ("79-1", "Unforeseen and extraordinary expenses for 2024"),
            ("79-2", "Unforeseen and extraordinary expenses for 2025"),
            (
                "79-3",
                "Report of the Commission on the work of its fifty-seventh session",
            ),
            ("79-4", "Working Capital Fund for 2025"),
        ]);
        let new = folder(&[
            ("80-1", "Working Capital Fund for 2026"),
            (
                "80-2",
                "Report of the Commission on the work of its fifty-eighth session",
            ),
            ("80-3", "Unforeseen and extraordinary expenses for 2026"),
            ("80-4", "Working Capital Fund for 2025"),
        ]);
        let m = Matching::new(&old, &new);
        // The same title pairs first (79-4 with 80-4); two old budgets for
        // one new one pair neither.
        assert_eq!(
            m.old_match,
            [
                None,
                None,
                Some((1, MatchedBy::Title)),
                Some((3, MatchedBy::Title))
            ]
        );
        assert_eq!(m.new_used, [false, true, false, true]);
    }
}
