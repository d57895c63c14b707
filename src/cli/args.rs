//! The command line as clap reads it, and its translation into the
//! library's option structs.
//!
//! The doc comments on [`Cli`], on the subcommand and on each argument are
//! the `--help` text, word for word. The value enums' variants carry none:
//! clap would print them as help for each value.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use resdiff::read::docx::View;
use resdiff::render::html::{HtmlOptions, Layout};
use resdiff::render::terminal::TerminalOptions;
use resdiff::{CompareOptions, InputFormat, KeyOptions};

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
pub struct Cli {
    /// `resdiff parse …`; none for a comparison.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The comparison's arguments, at the top level so that `resdiff OLD NEW`
    /// needs no subcommand.
    #[command(flatten)]
    pub compare: CompareArgs,
}

/// The subcommands besides the comparison itself.
#[derive(Subcommand)]
pub enum Command {
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
        /// A Word document's tracked changes: read them accepted, or
        /// rejected (the text before the changes).
        #[arg(long, value_enum, default_value_t = DocxViewArg::Accepted)]
        docx_view: DocxViewArg,
    },
    /// Find where each paragraph's wording came from in a folder of
    /// earlier texts (agreed language), most recent first.
    Sources(super::sources::SourcesArgs),
    /// Follow one text through its versions: each paragraph's ids, changes
    /// and word diffs from version to version.
    History(HistoryArgs),
}

/// `resdiff history`: the versions and how to show their history.
#[derive(Args)]
pub struct HistoryArgs {
    /// The versions, oldest first (two files or more), or one folder whose
    /// documents are ordered by symbol and date.
    #[arg(required = true, value_name = "VERSIONS")]
    pub paths: Vec<PathBuf>,
    /// Output form.
    #[arg(long, value_enum, default_value_t = CompareFormat::Terminal)]
    pub format: CompareFormat,
    /// When to colour terminal output (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Show paragraphs that never changed in full too.
    #[arg(long)]
    pub all: bool,
    /// Write the output to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print nothing; only set the exit status.
    #[arg(short, long)]
    pub quiet: bool,
    /// What is compared, and how the versions are read.
    #[command(flatten)]
    pub compared: ComparedArgs,
}

/// What a comparison folds away and how it reads its inputs: the flags a
/// comparison of two texts and `resdiff history` share.
#[derive(Args)]
pub struct ComparedArgs {
    /// Compare without regard to letter case.
    #[arg(long)]
    pub ignore_case: bool,
    /// Leave punctuation out of the comparison.
    #[arg(long)]
    pub ignore_punctuation: bool,
    /// Leave footnote texts out of the comparison.
    #[arg(long)]
    pub ignore_footnotes: bool,
    /// Read every input as this form instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<FormatArg>,
}

impl From<&ComparedArgs> for CompareOptions {
    fn from(args: &ComparedArgs) -> Self {
        CompareOptions {
            key: KeyOptions {
                ignore_case: args.ignore_case,
                ignore_punctuation: args.ignore_punctuation,
            },
            ignore_footnotes: args.ignore_footnotes,
        }
    }
}

/// What a comparison (of files, of folders, or for git) is asked to do.
#[derive(Args)]
pub struct CompareArgs {
    /// OLD NEW: two files (`-` for standard input) or two folders. With
    /// `--git`, the seven arguments git gives an external diff driver.
    #[arg(required = true, value_name = "OLD NEW")]
    pub paths: Vec<PathBuf>,
    /// Speak git's external diff protocol (path old-file old-hex old-mode
    /// new-file new-hex new-mode): print the redline under the path as a
    /// heading and exit 0.
    #[arg(long)]
    pub git: bool,
    /// Output form.
    #[arg(long, value_enum, default_value_t = CompareFormat::Terminal)]
    pub format: CompareFormat,
    /// When to colour terminal output (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Show unchanged paragraphs in full instead of collapsing them.
    #[arg(long)]
    pub all: bool,
    /// Write the output to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// HTML: the new text marked up (inline, the default), or old and new
    /// side by side.
    #[arg(long, value_enum)]
    pub layout: Option<LayoutArg>,
    /// HTML: fold unchanged paragraphs into one line per run.
    #[arg(long)]
    pub changes_only: bool,
    /// Show substantive changes only: each routine change (session
    /// ordinals, years, symbols, renumbered cross-references) in one line.
    #[arg(long)]
    pub substantive: bool,
    /// Print nothing; only set the exit status.
    #[arg(short, long)]
    pub quiet: bool,
    /// Print only the summary.
    #[arg(long)]
    pub stat: bool,
    /// What is compared, and how the inputs are read.
    #[command(flatten)]
    pub compared: ComparedArgs,
    /// Word (`--format docx`): the author of the tracked changes.
    #[arg(long, value_name = "NAME", default_value = resdiff::render::docx::DEFAULT_AUTHOR)]
    pub author: String,
    /// Word (`--format docx`): the date of the tracked changes, as
    /// 2025-12-01 or 2025-12-01T10:30:00Z (default: a fixed date, so that
    /// the same texts give the same file).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Word documents' tracked changes: read them accepted, or rejected
    /// (the text before the changes).
    #[arg(long, value_enum, default_value_t = DocxViewArg::Accepted)]
    pub docx_view: DocxViewArg,
}

/// `resdiff parse --format`: the text view or the document as JSON.
#[derive(Clone, Copy, ValueEnum)]
pub enum ParseFormat {
    Text,
    Json,
}

/// `--format` of a comparison: which renderer writes it.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Terminal,
    Json,
    Html,
    Markdown,
    Docx,
}

/// `--layout`: the HTML page's [`Layout`].
#[derive(Clone, Copy, ValueEnum)]
pub enum LayoutArg {
    Inline,
    SideBySide,
}

/// `--color`: when the terminal redline is coloured.
#[derive(Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// `--input-format`: the library's [`InputFormat`], named on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
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

impl From<&CompareArgs> for CompareOptions {
    fn from(args: &CompareArgs) -> Self {
        (&args.compared).into()
    }
}

impl From<&CompareArgs> for TerminalOptions {
    fn from(args: &CompareArgs) -> Self {
        TerminalOptions {
            all: args.all,
            substantive: args.substantive,
            ..TerminalOptions::default()
        }
    }
}

impl From<&CompareArgs> for HtmlOptions {
    fn from(args: &CompareArgs) -> Self {
        let layout = match args.layout.unwrap_or(LayoutArg::Inline) {
            LayoutArg::Inline => Layout::Inline,
            LayoutArg::SideBySide => Layout::SideBySide,
        };
        HtmlOptions {
            layout,
            changes_only: args.changes_only,
            substantive: args.substantive,
        }
    }
}

/// `--docx-view`: the library's [`View`] of a Word document's tracked
/// changes.
#[derive(Clone, Copy, ValueEnum)]
pub enum DocxViewArg {
    Accepted,
    Original,
}

impl From<DocxViewArg> for View {
    fn from(v: DocxViewArg) -> Self {
        match v {
            DocxViewArg::Accepted => View::Accepted,
            DocxViewArg::Original => View::Original,
        }
    }
}
