//! Output for folder comparisons: one line per pair, an HTML index linking
//! one redline page per pair, Markdown sections per changed pair. (The JSON
//! form is [`super::json::write`], as for two files.)

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use super::html::HtmlOptions;
use super::html_header::{attr, text};
use crate::types::Comparison;
use crate::types::Status;
use crate::types::{FilePair, FolderComparison};

/// "changed" when a pair differs, "unchanged" otherwise.
pub fn pair_status(c: &Comparison) -> &'static str {
    if c.has_differences() {
        "changed"
    } else {
        "unchanged"
    }
}

fn counts(c: &Comparison) -> String {
    let s = &c.summary;
    let paragraphs: Vec<String> = Status::ALL
        .iter()
        .filter(|st| **st != Status::Unchanged)
        .map(|st| format!("{} {}", s.count(*st), st.name()))
        .collect();
    format!(
        "{}; footnotes: {}",
        paragraphs.join(", "),
        super::footnote_counts(s, Status::name, "none")
    )
}

/// The HTML page name of a pair: both file stems, made safe for a file name.
pub fn page_name(pair: &FilePair) -> String {
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect::<String>()
    };
    format!("{}__{}.html", stem(&pair.old), stem(&pair.new))
}

/// One line per pair, then files with no counterpart and files in error.
pub fn write_lines(out: &mut impl Write, f: &FolderComparison) -> io::Result<()> {
    for p in &f.pairs {
        writeln!(
            out,
            "{:<9} {} → {}  [by {}]  {}",
            pair_status(&p.comparison),
            p.old.display(),
            p.new.display(),
            match p.matched_by {
                crate::types::MatchedBy::Name => "name",
                crate::types::MatchedBy::Symbol => "symbol",
                crate::types::MatchedBy::Title => "title",
            },
            counts(&p.comparison)
        )?;
    }
    for o in &f.unmatched.old {
        writeln!(out, "{:<9} {}", "only-old", o.display())?;
    }
    for n in &f.unmatched.new {
        writeln!(out, "{:<9} {}", "only-new", n.display())?;
    }
    for e in &f.errors {
        writeln!(out, "{:<9} {}", "error", e.error)?;
    }
    let changed = f
        .pairs
        .iter()
        .filter(|p| p.comparison.has_differences())
        .count();
    writeln!(
        out,
        "{} pairs ({} changed, {} unchanged), {} only in old, {} only in new, {} unreadable",
        f.pairs.len(),
        changed,
        f.pairs.len() - changed,
        f.unmatched.old.len(),
        f.unmatched.new.len(),
        f.errors.len()
    )
}

/// One file of a folder comparison's HTML output.
pub struct Page {
    /// The file name, to be joined to the output folder.
    pub name: String,
    /// The whole page.
    pub html: String,
}

/// The HTML output of a folder comparison: each pair's redline page
/// ([`page_name`]), then `index.html` linking them. Pages are made one at
/// a time as the caller asks, so that only one is held while it is written.
pub fn pages(f: &FolderComparison, options: HtmlOptions) -> impl Iterator<Item = Page> + '_ {
    let redlines = f.pairs.iter().map(move |pair| Page {
        name: page_name(pair),
        html: super::html::render(&pair.comparison, &options),
    });
    redlines.chain(std::iter::once_with(|| Page {
        name: "index.html".to_string(),
        html: index_html(f),
    }))
}

/// The index page linking every pair's redline: pairs in natural order
/// of their old files (79/15 before 79/100), each with both sides' symbols
/// and titles and its counts, changed pairs in bold.
pub fn index_html(f: &FolderComparison) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>Redlines</title>\n<style>body{font-family:Arial,Helvetica,sans-serif;margin:1.5em}\
         table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}\
         tr.changed td{font-weight:bold}tr.unchanged td{color:#555}.title{font-weight:normal;font-style:italic}</style>\n</head>\n<body>\n<h1>Redlines</h1>\n<table>\n\
         <tr><th>Status</th><th>Old</th><th>New</th><th>Paired by</th><th>Changes</th></tr>\n",
    );
    let mut pairs: Vec<&FilePair> = f.pairs.iter().collect();
    pairs.sort_by(|a, b| {
        super::natural::natural_cmp(&a.old.to_string_lossy(), &b.old.to_string_lossy())
    });
    let side = |path: &Path, doc: &crate::Document| {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mut cell = text(doc.symbol.as_deref().unwrap_or(&name));
        if let Some(t) = &doc.title {
            let _ = write!(cell, "<br><span class=\"title\">{}</span>", text(t));
        }
        cell
    };
    for p in pairs {
        let status = pair_status(&p.comparison);
        let mut changes = counts(&p.comparison);
        let cover: Vec<&str> = p
            .comparison
            .cover
            .changes()
            .map(|l| l.field.name())
            .collect();
        if !cover.is_empty() {
            changes = format!("cover: {}; {changes}", cover.join(", "));
        }
        let _ = writeln!(
            out,
            "<tr class=\"{status}\"><td>{status}</td><td>{}</td><td><a href=\"{}\">{}</a></td><td>{:?}</td><td>{}</td></tr>",
            side(&p.old, &p.comparison.old),
            attr(&page_name(p)),
            side(&p.new, &p.comparison.new),
            p.matched_by,
            text(&changes)
        );
    }
    out.push_str("</table>\n");
    let list = |out: &mut String, title: &str, items: &[String]| {
        if !items.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>\n<ul>", text(title));
            for i in items {
                let _ = writeln!(out, "<li>{}</li>", text(i));
            }
            out.push_str("</ul>\n");
        }
    };
    let shown = |v: &[std::path::PathBuf]| {
        v.iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
    };
    list(&mut out, "Only in the old folder", &shown(&f.unmatched.old));
    list(&mut out, "Only in the new folder", &shown(&f.unmatched.new));
    list(
        &mut out,
        "Unreadable",
        &f.errors.iter().map(|e| e.error.clone()).collect::<Vec<_>>(),
    );
    out.push_str("</body>\n</html>\n");
    out
}

/// Markdown: the list of pairs, then the redline of each changed pair.
pub fn markdown(f: &FolderComparison) -> String {
    let mut out = String::new();
    let mut lines = Vec::new();
    let _ = write_lines(&mut lines, f);
    out.push_str("```\n");
    out.push_str(&String::from_utf8_lossy(&lines));
    out.push_str("```\n\n");
    for p in f.pairs.iter().filter(|p| p.comparison.has_differences()) {
        let _ = writeln!(
            out,
            "## {} → {}\n",
            super::markdown::escape(&p.old.display().to_string()),
            super::markdown::escape(&p.new.display().to_string())
        );
        out.push_str(&super::markdown::render(&p.comparison));
        out.push('\n');
    }
    out
}
