//! `--format docx`: the Word redline is bytes for a file (one per pair for
//! folders), never for a terminal or a pipe, and its author and date come
//! from `--author` and `--date`.

use std::path::Path;

use anyhow::{anyhow, bail};
use resdiff::render::docx::{self, DocxOptions};
use resdiff::render::folder::page_name;
use resdiff::{Comparison, FolderComparison};

use super::args::CompareArgs;

/// The `.docx` bytes of a comparison, refused without `-o FILE`: a Word
/// file on standard output would flood a terminal with binary.
pub fn render(
    c: &Comparison,
    args: &CompareArgs,
    output: Option<&Path>,
) -> anyhow::Result<Vec<u8>> {
    if output.is_none() {
        bail!("--format docx writes a Word file: give it with -o FILE.docx");
    }
    let options = options(args)?;
    Ok(docx::render(c, &options)?)
}

/// The author and date `--author` and `--date` ask for.
pub fn options(args: &CompareArgs) -> anyhow::Result<DocxOptions> {
    let date = match &args.date {
        Some(d) => docx::parse_date(d).map_err(anyhow::Error::msg)?,
        None => docx::DEFAULT_DATE.to_string(),
    };
    Ok(DocxOptions {
        author: args.author.clone(),
        date,
    })
}

/// `--format docx` on two folders: one Word redline per pair of files in
/// `-o DIR`, named as the HTML pages are (`OLD__NEW.docx`).
pub fn folder(result: &FolderComparison, args: &CompareArgs) -> anyhow::Result<()> {
    let Some(dir) = &args.output else {
        bail!("--format docx for folders writes one file per pair: give -o DIR");
    };
    let options = options(args)?;
    std::fs::create_dir_all(dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
    for pair in &result.pairs {
        let name = page_name(pair);
        let path = dir.join(format!("{}.docx", name.trim_end_matches(".html")));
        let bytes = docx::render(&pair.comparison, &options)?;
        std::fs::write(&path, bytes)
            .map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(())
}
