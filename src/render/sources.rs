//! The report of `resdiff sources`: for each paragraph of a text, the
//! earlier texts holding its wording, most recent first, or "new
//! language". Terminal lines, a Markdown table, a self-contained HTML page
//! (each paragraph with its reused wording marked and its sources listed,
//! each linked to its file); JSON is the report as serde writes it
//! ([`super::json::write`]).

use std::fmt::Write as _;
use std::io::{self, Write};

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::escape_controls;
use super::markdown::escape;
use crate::text::normalize::{token_spans, TokenClass};
use crate::types::{ParagraphSources, Source, SourcesReport};

/// How a source is named: its symbol, or its file.
fn name(s: &Source) -> &str {
    s.symbol.as_deref().unwrap_or(&s.path)
}

/// "A/RES/79/62 PP2, PP3 (100%)".
fn cite(s: &Source) -> String {
    format!(
        "{} {} ({:.0}%)",
        name(s),
        s.paragraphs.join(", "),
        100.0 * s.covered
    )
}

/// Paragraphs with a source, and all paragraphs.
fn counts(r: &SourcesReport) -> (usize, usize) {
    let held = r
        .paragraphs
        .iter()
        .filter(|p| !p.sources.is_empty())
        .count();
    (held, r.paragraphs.len())
}

/// The heading line: what was searched where.
fn heading(r: &SourcesReport) -> String {
    format!(
        "Sources of {} in {} ({} texts indexed)",
        r.symbol.as_deref().unwrap_or(&r.new),
        r.folder,
        r.indexed
    )
}

/// The closing line: how many paragraphs hold earlier wording.
fn closing(r: &SourcesReport) -> String {
    let (held, all) = counts(r);
    format!(
        "paragraphs holding wording of earlier texts: {held} of {all}; new language: {}",
        all - held
    )
}

/// Writes the report as terminal lines: one per paragraph, its sources
/// most recent first.
pub fn write_terminal(out: &mut impl Write, r: &SourcesReport) -> io::Result<()> {
    writeln!(out, "{}\n", escape_controls(&heading(r)))?;
    for p in &r.paragraphs {
        let cites = if p.sources.is_empty() {
            "new language".to_string()
        } else {
            p.sources.iter().map(cite).collect::<Vec<_>>().join("; ")
        };
        writeln!(
            out,
            "{}  {}",
            escape_controls(&p.id),
            escape_controls(&cites)
        )?;
    }
    writeln!(out, "\n{}", escape_controls(&closing(r)))
}

/// The report as a Markdown table.
pub fn markdown(r: &SourcesReport) -> String {
    let mut out = format!(
        "### {}\n\n| paragraph | sources |\n|---|---|\n",
        escape(&heading(r))
    );
    for p in &r.paragraphs {
        let cites = if p.sources.is_empty() {
            "*new language*".to_string()
        } else {
            p.sources
                .iter()
                .map(|s| escape(&cite(s)))
                .collect::<Vec<_>>()
                .join("<br>")
        };
        let _ = writeln!(out, "| {} | {} |", escape(&p.id), cites);
    }
    let _ = writeln!(out, "\n{}", escape(&closing(r)));
    out
}

const CSS: &str = r#"
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; margin: 0 auto; max-width: 52em; padding: 1.5em; color: #000; background: #fff; }
h1 { font-size: 1.4em; }
.para { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
.label { font-family: Arial, Helvetica, sans-serif; font-size: .85em; font-weight: bold; }
.para p { margin: .2em 0; }
.reused { text-decoration: underline dotted; color: #003f7f; background: #e6eef8; }
.fresh { font-style: italic; }
ul.sources { font-family: Arial, Helvetica, sans-serif; font-size: .85em; margin: .2em 0 0; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
@page { size: A4; margin: 2cm; }
@media print { body { max-width: none; padding: 0; } .reused { background: none; } a { color: inherit; text-decoration: none; } }
"#;

/// The report as one self-contained HTML page: nothing fetched, no script.
pub fn html(r: &SourcesReport) -> String {
    let l = r.language.rules().reuse_labels;
    let dir = if r.language.rules().right_to_left {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = String::with_capacity(32 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
        attr(r.language.0),
        text(&heading(r)),
        text(l.sources),
        text(&heading(r))
    );
    for p in &r.paragraphs {
        paragraph_html(&mut out, r, p);
    }
    let _ = write!(out, "<p>{}</p>\n</body>\n</html>\n", text(&closing(r)));
    out
}

/// One paragraph: its label, its text with the reused words marked, and
/// its sources, each linked to its file.
fn paragraph_html(out: &mut String, r: &SourcesReport, p: &ParagraphSources) {
    let l = r.language.rules().reuse_labels;
    let _ = write!(
        out,
        "<section class=\"para\" id=\"{}\">\n<div class=\"label\">{}</div>\n<p>",
        attr(&format!("n-{}", p.id)),
        text(&p.id)
    );
    // Words any source holds, as byte ranges of the paragraph's text.
    let words: Vec<(usize, usize)> = token_spans(&p.text, r.language.rules())
        .into_iter()
        .filter(|t| t.2 == TokenClass::Word)
        .map(|t| (t.0, t.1))
        .collect();
    let mut reused = vec![false; p.text.len()];
    for run in p.sources.iter().flat_map(|s| &s.runs) {
        if let (Some(a), Some(b)) = (words.get(run.start), words.get(run.end - 1)) {
            reused[a.0..b.1].fill(true);
        }
    }
    let mut at = 0;
    while at < p.text.len() {
        let mark = reused[at];
        let end = (at..p.text.len())
            .find(|&k| reused[k] != mark && p.text.is_char_boundary(k))
            .unwrap_or(p.text.len());
        let piece = text(&p.text[at..end]);
        if mark {
            let _ = write!(
                out,
                "<span class=\"reused\"><span class=\"vh\">{}</span>{piece}</span>",
                text(l.hidden)
            );
        } else {
            out.push_str(&piece);
        }
        at = end;
    }
    out.push_str("</p>\n");
    if p.sources.is_empty() {
        let _ = writeln!(out, "<p class=\"fresh\">{}</p>", text(l.new_language));
    } else {
        out.push_str("<ul class=\"sources\">\n");
        for s in &p.sources {
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{}</a> {} ({:.0}%){}</li>",
                attr(&s.path),
                text(name(s)),
                text(&s.paragraphs.join(", ")),
                100.0 * s.covered,
                s.date
                    .as_deref()
                    .map(|d| format!(", {}", text(d)))
                    .unwrap_or_default()
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}
