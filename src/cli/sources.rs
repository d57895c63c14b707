//! `resdiff sources NEW --in DIR`: where each paragraph's wording came
//! from, in a folder of earlier texts. The index and the search are the
//! library's (`resdiff::sources`); here are the arguments, the output form
//! and the exit status.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use resdiff::render::{json, sources};
use resdiff::sources::Collection;

use super::args::{CompareFormat, FormatArg};
use super::EXIT_TROUBLE;

/// What `resdiff sources` is asked to do.
#[derive(Args)]
pub struct SourcesArgs {
    /// The text whose paragraphs are looked up.
    pub new: PathBuf,
    /// The folder of earlier texts (its subfolders too).
    #[arg(long = "in", value_name = "DIR")]
    pub folder: PathBuf,
    /// Output form.
    #[arg(long, value_enum, default_value_t = CompareFormat::Terminal)]
    pub format: CompareFormat,
    /// Write the output to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Read the texts as this form instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<FormatArg>,
}

/// Indexes the folder, looks up every paragraph of the text and writes the
/// report. A file of the folder that cannot be read is named on standard
/// error and skipped; the exit status is then 2, once the report is out.
pub fn run(args: &SourcesArgs) -> anyhow::Result<ExitCode> {
    let format = args.input_format.map(Into::into);
    let new = resdiff::parse_path(&args.new, format)?;
    let mut collection = Collection::index(&args.folder, format)?;
    for e in collection.errors() {
        eprintln!("resdiff: {}", e.error);
    }
    let report = collection.sources(&new, &args.new, &args.folder);
    let mut bytes = Vec::new();
    match args.format {
        CompareFormat::Terminal => sources::write_terminal(&mut bytes, &report)?,
        CompareFormat::Json => json::write(&mut bytes, &report)?,
        CompareFormat::Html => bytes = sources::html(&report).into_bytes(),
        CompareFormat::Markdown => bytes = sources::markdown(&report).into_bytes(),
        CompareFormat::Docx => {
            anyhow::bail!("sources has no Word form: use --format html, markdown, json or terminal")
        }
    }
    super::run::write_output(args.output.as_deref(), &bytes)?;
    Ok(if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_TROUBLE)
    })
}
