//! The options that shape one output: those of the HTML page
//! (`--layout`, `--changes-only`) refused with any other output, which
//! would ignore them silently, and the terminal's width.

use anyhow::bail;

use super::args::{CompareArgs, CompareFormat};

/// Refuses `--layout` and `--changes-only` unless the output is the HTML
/// page.
pub fn refuse_outside_html(args: &CompareArgs) -> anyhow::Result<()> {
    if args.format == CompareFormat::Html {
        return Ok(());
    }
    let given: Vec<&str> = [
        ("--layout", args.layout.is_some()),
        ("--changes-only", args.changes_only),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(name, _)| name)
    .collect();
    if !given.is_empty() {
        bail!(
            "{} shape{} the HTML page only: add --format html (the terminal \
             already folds unchanged paragraphs; --all prints them)",
            given.join(" and "),
            if given.len() == 1 { "s" } else { "" }
        );
    }
    Ok(())
}

/// The width the terminal redline wraps to: the terminal's on standard
/// output, else [`resdiff::render::terminal::DEFAULT_WIDTH`] (output piped
/// or saved, where the same input must give the same bytes).
pub fn terminal_width() -> usize {
    #[cfg(any(unix, windows))]
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w).max(20);
    }
    resdiff::render::terminal::DEFAULT_WIDTH
}
