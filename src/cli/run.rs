//! What each mode of the command asks of the library: read and print one
//! document, compare two files, compare two folders. The functions here
//! choose a renderer and a destination from the arguments; the reading,
//! comparing and rendering are library calls.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use resdiff::compare::{compare, compare_folders};
use resdiff::render::{document, folder, html, json, markdown, terminal};
use resdiff::Comparison;
use termcolor::{BufferedStandardStream, ColorChoice};

use super::args::{ColorArg, CompareArgs, CompareFormat, DocxViewArg, FormatArg, ParseFormat};
use super::{outcome, EXIT_TROUBLE};

/// `resdiff parse`: one document's structure, or the lines removed from it.
pub fn run_parse(
    file: &Path,
    format: ParseFormat,
    input_format: Option<FormatArg>,
    show_removed: bool,
    docx_view: DocxViewArg,
) -> anyhow::Result<ExitCode> {
    let doc = resdiff::parse_path_viewing(file, input_format.map(Into::into), docx_view.into())?;
    let mut out = std::io::stdout().lock();
    match format {
        _ if show_removed => document::write_removed(&mut out, &doc)?,
        ParseFormat::Text => document::write(&mut out, &doc)?,
        ParseFormat::Json => {
            // Not `json::write`, which turns serde's error into an
            // `io::Error`: `main` would then take a closed pipe for no
            // trouble, where this has always reported it (exit 2).
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The two paths of a comparison, refused before anything is read when
/// there are not two or both are standard input.
pub fn old_and_new(args: &CompareArgs) -> anyhow::Result<(&Path, &Path)> {
    let [old, new] = args.paths.as_slice() else {
        bail!(
            "give two files or two folders to compare (OLD NEW), got {} argument(s)",
            args.paths.len()
        );
    };
    if old == Path::new("-") && new == Path::new("-") {
        bail!("only one of OLD and NEW can be standard input (-)");
    }
    super::page_options::refuse_outside_html(args)?;
    Ok((old, new))
}

/// `resdiff OLD NEW` on two files: the redline, the summary or nothing.
pub fn run_files(old: &Path, new: &Path, args: &CompareArgs) -> anyhow::Result<ExitCode> {
    let comparison = compare_files(old, new, args)?;
    let code = outcome(comparison.has_differences());
    if args.quiet {
        return Ok(code);
    }
    if args.stat {
        terminal::write_stat(&mut std::io::stdout().lock(), &comparison)?;
        return Ok(code);
    }
    emit(
        &comparison,
        args,
        args.output.as_deref(),
        color_choice(args.color),
    )?;
    Ok(code)
}

/// Reads and compares two files.
pub fn compare_files(old: &Path, new: &Path, args: &CompareArgs) -> anyhow::Result<Comparison> {
    let format = args.compared.input_format.map(Into::into);
    let view = args.docx_view.into();
    // Large documents are read on two cores at once.
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len() as usize);
    let (old_doc, new_doc) = if size(old) + size(new) >= resdiff::PARALLEL_MIN_BYTES {
        std::thread::scope(|s| {
            let other = s.spawn(|| resdiff::parse_path_viewing(new, format, view));
            let old_doc = resdiff::parse_path_viewing(old, format, view);
            (old_doc, other.join().expect("parsing never panics"))
        })
    } else {
        (
            resdiff::parse_path_viewing(old, format, view),
            resdiff::parse_path_viewing(new, format, view),
        )
    };
    Ok(compare(old_doc?, new_doc?, &args.into()))
}

/// Writes one comparison in the chosen form, to a file or standard output.
pub fn emit(
    comparison: &Comparison,
    args: &CompareArgs,
    output: Option<&Path>,
    color: ColorChoice,
) -> anyhow::Result<()> {
    // Only the terminal redline on standard output is coloured, and it is
    // written as it is made; every other output is made whole first.
    if args.format == CompareFormat::Terminal && output.is_none() {
        let mut out = BufferedStandardStream::stdout(color);
        let mut options: terminal::TerminalOptions = args.into();
        options.width = super::page_options::terminal_width();
        terminal::write(&mut out, comparison, &options)?;
        out.flush()?;
        return Ok(());
    }
    let mut bytes: Vec<u8> = Vec::new();
    match args.format {
        CompareFormat::Json => json::write(&mut bytes, comparison)?,
        CompareFormat::Html => html::write(&mut bytes, comparison, &args.into())?,
        CompareFormat::Markdown => markdown::write(&mut bytes, comparison)?,
        CompareFormat::Docx => bytes = super::docx::render(comparison, args, output)?,
        CompareFormat::Terminal => {
            let mut plain = termcolor::NoColor::new(&mut bytes);
            terminal::write(&mut plain, comparison, &args.into())?;
        }
    }
    write_output(output, &bytes)
}

/// `resdiff OLD NEW` on two folders: a line, a JSON record or a Markdown
/// section per pair of files, or a folder of HTML pages. A file that cannot
/// be read is reported and makes the exit status trouble, after the rest
/// are compared.
pub fn run_folders(old: &Path, new: &Path, args: &CompareArgs) -> anyhow::Result<ExitCode> {
    if !(old.is_dir() && new.is_dir()) {
        let file = if old.is_dir() { new } else { old };
        bail!(
            "{}: a folder can only be compared with a folder",
            file.display()
        );
    }
    let result = compare_folders(
        old,
        new,
        args.compared.input_format.map(Into::into),
        &args.into(),
    )?;
    let code = if !result.errors.is_empty() {
        ExitCode::from(EXIT_TROUBLE)
    } else {
        outcome(result.has_differences())
    };
    for e in &result.errors {
        eprintln!("resdiff: {}", e.error);
    }
    if args.quiet {
        return Ok(code);
    }
    let mut bytes = Vec::new();
    match args.format {
        _ if args.stat => folder::write_lines(&mut bytes, &result)?,
        CompareFormat::Terminal => folder::write_lines(&mut bytes, &result)?,
        CompareFormat::Json => json::write(&mut bytes, &result)?,
        CompareFormat::Markdown => bytes = folder::markdown(&result).into_bytes(),
        CompareFormat::Docx => {
            super::docx::folder(&result, args)?;
            return Ok(code);
        }
        CompareFormat::Html => {
            let Some(dir) = &args.output else {
                bail!("--format html for folders writes one page per pair: give -o DIR");
            };
            std::fs::create_dir_all(dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
            for page in folder::pages(&result, args.into()) {
                write_file(&dir.join(&page.name), page.html.as_bytes())?;
            }
            return Ok(code);
        }
    }
    write_output(args.output.as_deref(), &bytes)?;
    Ok(code)
}

/// Writes finished output to the `-o` file, or to standard output.
pub fn write_output(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => write_file(path, bytes),
        None => Ok(std::io::stdout().lock().write_all(bytes)?),
    }
}

/// Writes a file, naming it in the error: the io error alone does not say
/// which of a folder's pages failed.
fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))
}

/// The colour choice `--color` asks for; `auto` colours only a terminal,
/// and not when NO_COLOR is set.
pub fn color_choice(arg: ColorArg) -> ColorChoice {
    match arg {
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
        ColorArg::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            if no_color || !std::io::stdout().is_terminal() {
                ColorChoice::Never
            } else {
                ColorChoice::Auto
            }
        }
    }
}
