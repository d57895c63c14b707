//! The `resdiff` command: a thin shell over the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use resdiff::compare::compare;
use resdiff::render::terminal::TerminalOptions;
use resdiff::{CompareOptions, KeyOptions};
use resdiff::{Document, InputFormat};
use termcolor::{BufferedStandardStream, ColorChoice, WriteColor};

/// Compare successive texts of UN resolutions and reports, paragraph by
/// paragraph and word by word.
///
/// Exit status: 0 when the texts do not differ, 1 when they do, 2 on trouble.
#[derive(Parser)]
#[command(
    name = "resdiff",
    version,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    compare: CompareArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Read one document and print its structure.
    Parse {
        /// The document (`-` for standard input).
        file: PathBuf,
        /// Output form.
        #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
        format: ParseFormat,
        /// Read the input as this form instead of detecting it.
        #[arg(long, value_enum)]
        input_format: Option<FormatArg>,
        /// List the lines removed as page furniture, and why.
        #[arg(long)]
        show_removed: bool,
    },
}

#[derive(Args)]
struct CompareArgs {
    /// OLD NEW: two files (`-` for standard input) or two folders. With
    /// `--git`, the seven arguments git gives an external diff driver.
    #[arg(required = true, value_name = "OLD NEW")]
    paths: Vec<PathBuf>,
    /// Speak git's external diff protocol (path old-file old-hex old-mode
    /// new-file new-hex new-mode): print the redline under the path as a
    /// heading and exit 0.
    #[arg(long)]
    git: bool,
    /// Output form.
    #[arg(long, value_enum, default_value_t = CompareFormat::Terminal)]
    format: CompareFormat,
    /// When to colour terminal output (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Show unchanged paragraphs in full instead of collapsing them.
    #[arg(long)]
    all: bool,
    /// Write the output to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// HTML: the new text marked up, or old and new side by side.
    #[arg(long, value_enum, default_value_t = LayoutArg::Inline)]
    layout: LayoutArg,
    /// HTML: fold unchanged paragraphs into one line per run.
    #[arg(long)]
    changes_only: bool,
    /// Print nothing; only set the exit status.
    #[arg(short, long)]
    quiet: bool,
    /// Print only the summary.
    #[arg(long)]
    stat: bool,
    /// Compare without regard to letter case.
    #[arg(long)]
    ignore_case: bool,
    /// Leave punctuation out of the comparison.
    #[arg(long)]
    ignore_punctuation: bool,
    /// Leave footnote texts out of the comparison.
    #[arg(long)]
    ignore_footnotes: bool,
    /// Read both inputs as this form instead of detecting it.
    #[arg(long, value_enum)]
    input_format: Option<FormatArg>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CompareFormat {
    Terminal,
    Json,
    Html,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum LayoutArg {
    Inline,
    SideBySide,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Pdf,
    Markdown,
    Plain,
}

impl From<FormatArg> for InputFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Pdf => InputFormat::Pdf,
            FormatArg::Markdown => InputFormat::Markdown,
            FormatArg::Plain => InputFormat::Plain,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Parse {
            file,
            format,
            input_format,
            show_removed,
        }) => run_parse(&file, format, input_format, show_removed),
        None => run_compare(&cli.compare),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`resdiff a b | head`) is not trouble.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("resdiff: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_parse(
    file: &Path,
    format: ParseFormat,
    input_format: Option<FormatArg>,
    show_removed: bool,
) -> anyhow::Result<ExitCode> {
    let doc = resdiff::parse_path(file, input_format.map(Into::into))?;
    let mut out = std::io::stdout().lock();
    if show_removed {
        for r in &doc.removed {
            writeln!(
                out,
                "{:>6}  {:<20}  {}",
                r.line,
                r.reason.describe(),
                r.text
            )?;
        }
    } else {
        match format {
            ParseFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &doc)?;
                writeln!(out)?;
            }
            ParseFormat::Text => print_document(&mut out, &doc)?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_compare(args: &CompareArgs) -> anyhow::Result<ExitCode> {
    if args.git {
        return run_git(args);
    }
    let [old, new] = args.paths.as_slice() else {
        anyhow::bail!(
            "give two files or two folders to compare (OLD NEW), got {} argument(s)",
            args.paths.len()
        );
    };
    if old == Path::new("-") && new == Path::new("-") {
        anyhow::bail!("only one of OLD and NEW can be standard input (-)");
    }
    if old.is_dir() || new.is_dir() {
        return run_folders(old, new, args);
    }
    let comparison = compare_files(old, new, args)?;
    let code = if comparison.has_differences() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    if args.quiet {
        return Ok(code);
    }
    if args.stat {
        resdiff::render::terminal::write_stat(&mut std::io::stdout().lock(), &comparison)?;
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

fn options(args: &CompareArgs) -> CompareOptions {
    CompareOptions {
        key: KeyOptions {
            ignore_case: args.ignore_case,
            ignore_punctuation: args.ignore_punctuation,
        },
        ignore_footnotes: args.ignore_footnotes,
    }
}

fn compare_files(
    old: &Path,
    new: &Path,
    args: &CompareArgs,
) -> anyhow::Result<resdiff::Comparison> {
    let format = args.input_format.map(Into::into);
    // Large documents are read on two cores at once.
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len() as usize);
    let (old_doc, new_doc) = if size(old) + size(new) >= resdiff::PARALLEL_MIN_BYTES {
        std::thread::scope(|s| {
            let other = s.spawn(|| resdiff::parse_path(new, format));
            let old_doc = resdiff::parse_path(old, format);
            (old_doc, other.join().expect("parsing never panics"))
        })
    } else {
        (
            resdiff::parse_path(old, format),
            resdiff::parse_path(new, format),
        )
    };
    Ok(compare(old_doc?, new_doc?, &options(args)))
}

/// Writes one comparison in the chosen form, to a file or standard output.
fn emit(
    comparison: &resdiff::Comparison,
    args: &CompareArgs,
    output: Option<&Path>,
    color: ColorChoice,
) -> anyhow::Result<()> {
    let terminal = TerminalOptions { all: args.all };
    let mut bytes: Vec<u8> = Vec::new();
    match args.format {
        CompareFormat::Json => resdiff::render::json::write(&mut bytes, comparison)?,
        CompareFormat::Html => bytes = html(comparison, args).into_bytes(),
        CompareFormat::Markdown => {
            bytes = resdiff::render::markdown::render(comparison).into_bytes()
        }
        CompareFormat::Terminal if output.is_none() => {
            let mut out = BufferedStandardStream::stdout(color);
            resdiff::render::terminal::write(&mut out, comparison, &terminal)?;
            out.flush()?;
            return Ok(());
        }
        CompareFormat::Terminal => {
            let mut plain = termcolor::NoColor::new(&mut bytes);
            resdiff::render::terminal::write(&mut plain, comparison, &terminal)?;
        }
    }
    match output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(())
}

/// git's external diff driver: `path old-file old-hex old-mode new-file
/// new-hex new-mode` (and two more for a rename). git expects exit 0.
fn run_git(args: &CompareArgs) -> anyhow::Result<ExitCode> {
    let p = &args.paths;
    if p.len() != 7 && p.len() != 9 {
        anyhow::bail!(
            "--git expects the 7 arguments git passes to an external diff (got {}); \
             set it up with: git config diff.resolution.command 'resdiff --git'",
            p.len()
        );
    }
    let comparison = compare_files(&p[1], &p[4], args)?;
    let color = match args.color {
        ColorArg::Auto => git_color(),
        other => color_choice(other),
    };
    let mut out = BufferedStandardStream::stdout(color);
    out.set_color(termcolor::ColorSpec::new().set_bold(true))?;
    let shown = if p.len() == 9 {
        format!("{} → {}", p[0].display(), p[7].display())
    } else {
        p[0].display().to_string()
    };
    writeln!(out, "resdiff {shown}")?;
    out.reset()?;
    out.flush()?;
    drop(out);
    if args.stat {
        resdiff::render::terminal::write_stat(&mut std::io::stdout().lock(), &comparison)?;
    } else {
        emit(&comparison, args, None, color)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What git's own colour setting says for this output (`color.diff`, the
/// terminal, git's pager).
fn git_color() -> ColorChoice {
    let to_terminal =
        std::io::stdout().is_terminal() || std::env::var_os("GIT_PAGER_IN_USE").is_some();
    let answer = std::process::Command::new("git")
        .args([
            "config",
            "--get-colorbool",
            "color.diff",
            if to_terminal { "true" } else { "false" },
        ])
        .output();
    match answer {
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "true" => ColorChoice::Always,
        _ => ColorChoice::Never,
    }
}

fn run_folders(old: &Path, new: &Path, args: &CompareArgs) -> anyhow::Result<ExitCode> {
    if !(old.is_dir() && new.is_dir()) {
        let file = if old.is_dir() { new } else { old };
        anyhow::bail!(
            "{}: a folder can only be compared with a folder",
            file.display()
        );
    }
    let result = resdiff::compare::compare_folders(
        old,
        new,
        args.input_format.map(Into::into),
        &options(args),
    )?;
    let code = if !result.errors.is_empty() {
        ExitCode::from(2)
    } else if result.has_differences() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    for e in &result.errors {
        eprintln!("resdiff: {}", e.error);
    }
    if args.quiet {
        return Ok(code);
    }
    let mut bytes = Vec::new();
    match args.format {
        _ if args.stat => resdiff::render::folder::write_lines(&mut bytes, &result)?,
        CompareFormat::Terminal => resdiff::render::folder::write_lines(&mut bytes, &result)?,
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut bytes, &result)?;
            bytes.push(b'\n');
        }
        CompareFormat::Markdown => bytes = resdiff::render::folder::markdown(&result).into_bytes(),
        CompareFormat::Html => {
            let Some(dir) = &args.output else {
                anyhow::bail!("--format html for folders writes one page per pair: give -o DIR");
            };
            std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
            for pair in &result.pairs {
                let page = dir.join(resdiff::render::folder::page_name(pair));
                std::fs::write(&page, html(&pair.comparison, args))
                    .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", page.display()))?;
            }
            let index = dir.join("index.html");
            std::fs::write(&index, resdiff::render::folder::index_html(&result))
                .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", index.display()))?;
            return Ok(code);
        }
    }
    match &args.output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(code)
}

fn html(comparison: &resdiff::Comparison, args: &CompareArgs) -> String {
    let layout = match args.layout {
        LayoutArg::Inline => resdiff::render::html::Layout::Inline,
        LayoutArg::SideBySide => resdiff::render::html::Layout::SideBySide,
    };
    resdiff::render::html::render(
        comparison,
        &resdiff::render::html::HtmlOptions {
            layout,
            changes_only: args.changes_only,
        },
    )
}

fn color_choice(arg: ColorArg) -> ColorChoice {
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

fn print_document(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    writeln!(out, "source:   {}", doc.source)?;
    writeln!(out, "format:   {}", doc.format.name())?;
    writeln!(out, "language: {}", doc.language.0)?;
    if let Some(s) = &doc.symbol {
        writeln!(out, "symbol:   {s}")?;
    }
    if let Some(t) = &doc.title {
        writeln!(out, "title:    {t}")?;
    }
    if let Some(d) = &doc.date {
        writeln!(out, "date:     {d}")?;
    }
    writeln!(out)?;
    for p in &doc.paragraphs {
        let marks: String = p.notes.iter().map(|n| format!(" [{}]", n.mark)).collect();
        let text = resdiff::render::escape_controls(&p.text);
        writeln!(out, "{:<10} {text}{marks}", p.id)?;
    }
    if !doc.footnotes.is_empty() {
        writeln!(out)?;
        for f in &doc.footnotes {
            writeln!(
                out,
                "  [{}] {}",
                f.mark,
                resdiff::render::escape_controls(&f.text)
            )?;
        }
    }
    Ok(())
}
