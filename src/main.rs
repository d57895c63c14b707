//! The `resdiff` command: a thin shell over the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use resdiff::{Document, InputFormat};

#[derive(Parser)]
#[command(
    name = "resdiff",
    version,
    about = "Compare successive texts of UN resolutions and reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    Text,
    Json,
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
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("resdiff: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Parse {
            file,
            format,
            input_format,
            show_removed,
        } => {
            let doc = resdiff::parse_path(&file, input_format.map(Into::into))?;
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
        writeln!(out, "{:<10} {}{marks}", p.id, p.text)?;
    }
    if !doc.footnotes.is_empty() {
        writeln!(out)?;
        for f in &doc.footnotes {
            writeln!(out, "  [{}] {}", f.mark, f.text)?;
        }
    }
    Ok(())
}
