//! JSON output: a [`crate::Comparison`] or a [`crate::FolderComparison`]
//! as serde writes it. The schema is documented in the README and kept
//! stable.

use std::io::Write;

use serde::Serialize;

/// Writes the comparison (of two files or two folders) as pretty-printed
/// JSON followed by a newline.
pub fn write(out: &mut impl Write, comparison: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, comparison)?;
    writeln!(out)
}
