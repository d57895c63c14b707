//! Last stage of the pipeline: a [`crate::compare::Comparison`] in, text out.
//!
//! Each renderer reads the same comparison; none of them compares anything.

pub mod folder;
pub mod html;
pub mod json;
pub mod labels;
pub mod markdown;
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

/// An edit span cut into the spaces before it, its words and the spaces
/// after it, so that marks go around the words only. Between a deletion and
/// the insertion that replaces it, only the insertion's spacing is kept:
/// "law[-,-] {+and+} international", not "law[-,-]  {+and+} international".
pub fn edit_parts(diff: &[crate::worddiff::Span], i: usize) -> (&str, &str, &str) {
    let t = diff[i].text.as_str();
    let words = t.trim();
    let lead = &t[..t.len() - t.trim_start().len()];
    let replaced = diff[i].op == crate::worddiff::Op::Delete
        && diff
            .get(i + 1)
            .is_some_and(|n| n.op == crate::worddiff::Op::Insert);
    let tail = if replaced {
        ""
    } else {
        &t[lead.len() + words.len()..]
    };
    (lead, words, tail)
}
