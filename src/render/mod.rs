//! Last stage of the pipeline: a [`crate::compare::Comparison`] in, text out.
//!
//! Each renderer reads the same comparison; none of them compares anything.

pub mod html;
pub mod json;
pub mod terminal;

/// How an entry's paragraphs are named: `PP3`, or `OP5 → OP6` when the
/// number changed, `OP4 → OP4, OP5` for a split.
pub fn entry_label(old: &[String], new: &[String]) -> String {
    match (old.is_empty(), new.is_empty()) {
        (true, _) => new.join(", "),
        (_, true) => old.join(", "),
        _ if old == new => new.join(", "),
        _ => format!("{} → {}", old.join(", "), new.join(", ")),
    }
}

/// Replaces control characters (ANSI escapes among them) with visible
/// escapes, so that no document text can drive the terminal.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}
