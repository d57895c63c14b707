//! JSON output: the [`Comparison`] as serde writes it. The schema is
//! documented in the README and kept stable.

use std::io::Write;

use crate::types::Comparison;

/// Writes the comparison as pretty-printed JSON followed by a newline.
pub fn write(out: &mut impl Write, comparison: &Comparison) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, comparison)?;
    writeln!(out)
}
