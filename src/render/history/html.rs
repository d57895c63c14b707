//! The history as one self-contained, printable page: the versions, the
//! summary of each step and of the chain, a table of paragraph lineages ×
//! versions with a mark in each cell a step changed (each such cell links
//! to that step's word diff), then the word diffs step by step.
//!
//! Same guards as the redline page ([`crate::render::html`]): inline CSS,
//! no script, nothing fetched, all document text escaped.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::{anchor, arrival, chain_label, step_changes};
use crate::lang::Labels;
use crate::render::html::{spans_html, CSS};
use crate::types::{History, Lineage, Mark, Status};

/// What the history page adds to the redline page's style: the grid and
/// its marks, which keep their words in black-and-white print.
const GRID_CSS: &str = r#"
table.grid { font-family: Arial, Helvetica, sans-serif; font-size: .8em; width: 100%; }
table.grid th { background: #eee; }
table.grid td.never { color: #555; }
.mark { display: inline-block; margin-left: .3em; padding: 0 .25em; border: 1px solid #555; border-radius: 2px; font-size: .85em; }
.mark.inserted { border-style: double; } .mark.deleted { border-style: dotted; } .mark.moved { border-style: dashed; }
section.step { break-before: page; }
@media print { table.grid { font-size: 8pt; } thead { display: table-header-group; } }
"#;

/// Writes the history page.
pub fn render(h: &History) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let lang = h.versions.last().map_or(crate::lang::Language("en"), |v| {
        crate::lang::Language(v.language)
    });
    let rules = lang.rules();
    let l = rules.labels;
    let dir = if rules.right_to_left { "rtl" } else { "ltr" };
    let names: Vec<&str> = h.versions.iter().map(|v| v.name()).collect();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}: {}</title>\n<style>{CSS}{GRID_CSS}</style>\n</head>\n<body>\n",
        attr(lang.0),
        text(l.history.title),
        text(&names.join(" → "))
    );
    header(&mut out, h, l);
    out.push_str("<main>\n");
    grid(&mut out, h, l);
    for step in 0..h.steps.len() {
        step_diffs(&mut out, h, step, l);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Writes the history page onto a writer.
pub fn write(out: &mut impl std::io::Write, h: &History) -> std::io::Result<()> {
    out.write_all(render(h).as_bytes())
}

fn header(out: &mut String, h: &History, l: &Labels) {
    let _ = writeln!(
        out,
        "<header>\n<h1>{}{}{}</h1>\n<table class=\"docs\">\n<tr><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        text(l.history.heading[0]),
        h.versions.len(),
        text(l.history.heading[1]),
        text(l.columns[0]),
        text(l.columns[1]),
        text(l.columns[2]),
        text(l.columns[3])
    );
    for (v, version) in h.versions.iter().enumerate() {
        let cell = |s: &Option<String>| text(s.as_deref().unwrap_or("")).to_string();
        let _ = writeln!(
            out,
            "<tr><th>v{}</th><td lang=\"{lang}\">{}</td><td lang=\"{lang}\">{}</td><td>{}</td><td>{}</td></tr>",
            v + 1,
            cell(&version.symbol),
            cell(&version.title),
            cell(&version.date),
            text(&version.source),
            lang = attr(version.language)
        );
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span><del><span class=\"vh\">{}</span>{}</del> {}</span>\
         <span><ins><span class=\"vh\">{}</span>{}</ins> {}</span></p>",
        text(l.hidden[0]),
        text(l.legend[0]),
        text(l.legend[1]),
        text(l.hidden[1]),
        text(l.legend[2]),
        text(l.legend[3])
    );
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table class=\"summary\">\n<tr><th></th>",
        text(l.summary[0])
    );
    for st in Status::ALL {
        let _ = write!(out, "<th>{}</th>", text(l.status(st)));
    }
    // The words line's pieces ("Words inserted: ", "; words deleted: ")
    // name the two columns in the page's language, in lower case as the
    // status columns beside them.
    let column = |piece: &str| {
        let name = piece.trim_matches([';', ':', ' ', '\u{a0}']);
        let mut chars = name.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let _ = writeln!(
        out,
        "<th>{}</th><th>{}</th><th>{}</th></tr>",
        text(l.summary[2]),
        text(&column(l.words_line[0])),
        text(&column(l.words_line[1]))
    );
    for (k, step) in h.steps.iter().enumerate() {
        let s = &step.summary;
        let _ = write!(
            out,
            "<tr><th><a href=\"#s{}\">v{} → v{}</a></th>",
            k + 1,
            step.from + 1,
            step.to + 1
        );
        for st in Status::ALL {
            let _ = write!(out, "<td>{}</td>", s.count(st));
        }
        let _ = writeln!(
            out,
            "<td>{}</td><td>{}</td><td>{}</td></tr>",
            s.renumbered, s.words_inserted, s.words_deleted
        );
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"chain\">{}</p>\n</header>",
        text(&super::chain_summary_in(h, l.history))
    );
}

/// The table of lineages × versions.
fn grid(out: &mut String, h: &History, l: &Labels) {
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table class=\"grid\">\n<thead><tr>",
        text(l.history.grid)
    );
    for (v, version) in h.versions.iter().enumerate() {
        let _ = write!(out, "<th>v{}<br>{}</th>", v + 1, text(version.name()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, lineage) in h.lineages.iter().enumerate() {
        let class = if lineage.ever_changed() {
            ""
        } else {
            " class=\"never\""
        };
        let _ = write!(out, "<tr title=\"{}\">", attr(&chain_label(lineage)));
        for v in 0..h.versions.len() {
            let _ = write!(out, "<td{class}>{}</td>", cell(lineage, i, v, l));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// One cell: the lineage's ids in the version and, where the step into it
/// changed the lineage, a mark linking to the word diff.
fn cell(lineage: &Lineage, i: usize, v: usize, l: &Labels) -> String {
    let ids = text(&lineage.ids[v].join(", ")).to_string();
    match arrival(lineage, v) {
        Some((Mark::Change(status), _)) => {
            let step = v - 1;
            // A deleted lineage has no ids here: its old ones, struck.
            let shown = if ids.is_empty() {
                format!("<del>{}</del>", text(&lineage.ids[step].join(", ")))
            } else {
                ids
            };
            format!(
                "<a href=\"#{}\">{shown}<span class=\"mark {}\">{}</span></a>",
                anchor(step, i),
                status.name(),
                text(l.status(status))
            )
        }
        Some((Mark::Unchanged, true)) => format!("{ids} <small>({})</small>", text(l.notes[0])),
        _ => ids,
    }
}

/// The word diffs of one step, a block per lineage it changed.
fn step_diffs(out: &mut String, h: &History, step: usize, l: &Labels) {
    let s = &h.steps[step];
    let (from, to) = (&h.versions[s.from], &h.versions[s.to]);
    let _ = writeln!(
        out,
        "<section class=\"step\" id=\"s{}\">\n<h2>v{} {} → v{} {}</h2>",
        step + 1,
        s.from + 1,
        text(from.name()),
        s.to + 1,
        text(to.name())
    );
    let changes = step_changes(h, step);
    if changes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", text(l.status(Status::Unchanged)));
    }
    let mut open: Option<usize> = None;
    for (i, e) in changes {
        if open != Some(i) {
            if open.is_some() {
                out.push_str("</div>\n");
            }
            let _ = writeln!(out, "<div id=\"{}\">", anchor(step, i));
            open = Some(i);
        }
        let _ = writeln!(
            out,
            "<article class=\"entry {}\">\n<div class=\"label\">{}<span class=\"status\">{}</span></div>\n<p lang=\"{}\">{}</p>\n</article>",
            e.status.name(),
            text(&crate::render::entry_label(&e.old, &e.new)),
            text(l.status(e.status)),
            attr(to.language),
            spans_html(&e.diff, |_| true, l, &[])
        );
    }
    if open.is_some() {
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}
