//! `resdiff history V1 V2 …` (or `resdiff history DIR`): reads the
//! versions, follows the text through them and writes the history in the
//! chosen form. Exit status as for a comparison: 0 when no step changed
//! anything, 1 when one did, 2 on trouble (fewer than two versions, a
//! version that cannot be read: named in the message).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;
use resdiff::compare::history::history;
use resdiff::compare::history_order::read_chain;
use resdiff::render::history::{html, markdown, terminal};
use resdiff::render::json;
use resdiff::render::terminal::TerminalOptions;
use resdiff::Document;
use termcolor::BufferedStandardStream;

use super::args::{CompareFormat, HistoryArgs};
use super::outcome;
use super::run::{color_choice, write_output};

/// Runs `resdiff history`.
pub fn run(args: &HistoryArgs) -> anyhow::Result<ExitCode> {
    let versions = read_versions(args)?;
    let h = history(versions, &(&args.compared).into());
    let code = outcome(h.has_differences());
    if args.quiet {
        return Ok(code);
    }
    let mut options = TerminalOptions {
        all: args.all,
        ..TerminalOptions::default()
    };
    if args.format == CompareFormat::Terminal && args.output.is_none() {
        options.width = super::page_options::terminal_width();
        let mut out = BufferedStandardStream::stdout(color_choice(args.color));
        terminal::write(&mut out, &h, &options)?;
        out.flush()?;
        return Ok(code);
    }
    let mut bytes = Vec::new();
    match args.format {
        CompareFormat::Json => json::write(&mut bytes, &h)?,
        CompareFormat::Html => html::write(&mut bytes, &h)?,
        CompareFormat::Markdown => markdown::write(&mut bytes, &h)?,
        CompareFormat::Terminal => {
            terminal::write(&mut termcolor::NoColor::new(&mut bytes), &h, &options)?
        }
        CompareFormat::Docx => anyhow::bail!(
            "history has no Word form: a Word redline compares two versions \
             (resdiff OLD NEW --format docx -o FILE)"
        ),
    }
    write_output(args.output.as_deref(), &bytes)?;
    Ok(code)
}

/// The versions in chain order: the files as given, or one folder's
/// documents in the order their covers give. Refuses fewer than two.
fn read_versions(args: &HistoryArgs) -> anyhow::Result<Vec<Document>> {
    let format = args.compared.input_format.map(Into::into);
    if let [dir] = args.paths.as_slice() {
        if dir.is_dir() {
            let docs = read_chain(dir, format)?;
            if docs.len() < 2 {
                bail!(
                    "{}: holds {} document(s) (.txt, .md); a history needs at least two versions",
                    dir.display(),
                    docs.len()
                );
            }
            return Ok(docs);
        }
    }
    if args.paths.len() < 2 {
        bail!(
            "a history needs at least two versions (files oldest first, or one folder), got {}",
            args.paths.len()
        );
    }
    if args.paths.iter().filter(|p| *p == Path::new("-")).count() > 1 {
        bail!("only one version can be standard input (-)");
    }
    Ok(args
        .paths
        .iter()
        .map(|p| resdiff::parse_path(p, format))
        .collect::<Result<Vec<_>, _>>()?)
}
