//! The order of a folder's versions of one text, read from each
//! document's cover: its symbol and its date, with the file name as the
//! last word.
//!
//! - When every document has a symbol with a session number: by session
//!   (`A/RES/79/62` and `A/C.1/79/L.5` are session 79), then by stage in
//!   the session (a draft `L.n` first, its revisions `L.n/Rev.1`,
//!   `L.n/Rev.2` in their order, the adopted `A/RES/…` last), then by the
//!   year of the date, then by file name.
//! - Otherwise, when every document has a date with a year: by year, then
//!   by file name.
//! - Otherwise by file name.
//!
//! Only the year of a date is read: month names differ in each language,
//! and session and stage already order the versions of one session.

use std::path::Path;

use super::folders::listing;
use crate::types::{Document, InputFormat, ReadError};

/// A version's place in the chain as its symbol gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SymbolKey {
    session: u32,
    /// 0 for a draft or any other document, 1 for an adopted resolution.
    adopted: u8,
    /// The revision number (`Rev.2` → 2), 0 for none.
    revision: u32,
}

/// Reads the symbol's session, stage and revision: `A/C.1/80/L.41/Rev.1`
/// → session 80, draft, revision 1. `None` without a session number.
fn symbol_key(symbol: &str) -> Option<SymbolKey> {
    let parts: Vec<&str> = symbol.split('/').map(str::trim).collect();
    let session = parts
        .iter()
        .find(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()?;
    let adopted = u8::from(parts.iter().any(|p| p.eq_ignore_ascii_case("RES")));
    let revision = parts
        .iter()
        .find_map(|p| {
            let lower = p.to_ascii_lowercase();
            lower.strip_prefix("rev.")?.trim().parse().ok()
        })
        .unwrap_or(0);
    Some(SymbolKey {
        session,
        adopted,
        revision,
    })
}

/// The year of a date line: its last four-digit number (ASCII or
/// Arabic-Indic digits), so that "1 December 2025", "1er décembre 2025",
/// "2 декабря 2024 года" and "2024年12月2日" all give theirs.
fn year(date: &str) -> Option<u32> {
    let digit = |c: char| match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        _ => None,
    };
    let mut best = None;
    let mut run: Vec<u32> = Vec::new();
    for c in date.chars().chain(std::iter::once(' ')) {
        match digit(c) {
            Some(d) => run.push(d),
            None => {
                if run.len() == 4 {
                    best = Some(run.iter().fold(0, |n, d| n * 10 + d));
                }
                run.clear();
            }
        }
    }
    best
}

/// The chain order of documents: indices into `docs`, as the module
/// documentation says.
pub fn chain_order(docs: &[Document]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let name = |i: usize| docs[i].source.as_str();
    let years: Vec<Option<u32>> = docs
        .iter()
        .map(|d| d.date.as_deref().and_then(year))
        .collect();
    let symbols: Option<Vec<SymbolKey>> = docs
        .iter()
        .map(|d| d.symbol.as_deref().and_then(symbol_key))
        .collect();
    if let Some(symbols) = symbols {
        order.sort_by(|&a, &b| {
            (symbols[a], years[a], name(a)).cmp(&(symbols[b], years[b], name(b)))
        });
    } else if years.iter().all(Option::is_some) {
        order.sort_by(|&a, &b| (years[a], name(a)).cmp(&(years[b], name(b))));
    } else {
        order.sort_by(|&a, &b| name(a).cmp(name(b)));
    }
    order
}

/// Reads every document (`.txt`, `.md`) of a folder and puts them in chain
/// order. The first file that cannot be read stops it, named in the error.
pub fn read_chain(dir: &Path, format: Option<InputFormat>) -> Result<Vec<Document>, ReadError> {
    let files = listing(dir).map_err(|source| ReadError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut docs = files
        .iter()
        .map(|f| crate::parse_path(f, format))
        .collect::<Result<Vec<_>, _>>()?;
    let order = chain_order(&docs);
    let mut slots: Vec<Option<Document>> = docs.drain(..).map(Some).collect();
    Ok(order.into_iter().filter_map(|i| slots[i].take()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_give_session_stage_and_revision() {
        let key = |s: &str| symbol_key(s).map(|k| (k.session, k.adopted, k.revision));
        assert_eq!(key("A/RES/79/62"), Some((79, 1, 0)));
        assert_eq!(key("A/C.1/80/L.41"), Some((80, 0, 0)));
        assert_eq!(key("A/C.1/80/L.41/Rev.2"), Some((80, 0, 2)));
        assert_eq!(key("A/78/L.49"), Some((78, 0, 0)));
        assert_eq!(key("E/CN.6/no-session"), None);
    }

    #[test]
    fn the_year_is_the_last_four_digit_number() {
        assert_eq!(year("1 December 2025"), Some(2025));
        assert_eq!(year("2 декабря 2024 года"), Some(2024));
        assert_eq!(year("2024年12月2日"), Some(2024));
        assert_eq!(year("٢ كانون الأول/ديسمبر ٢٠٢٤"), Some(2024));
        assert_eq!(year("12 May"), None);
    }

    fn doc(source: &str, symbol: Option<&str>, date: Option<&str>) -> Document {
        let mut d = crate::parse_text(source, "The General Assembly,\n\n1. Decides.\n", None);
        d.symbol = symbol.map(str::to_string);
        d.date = date.map(str::to_string);
        d
    }

    #[test]
    fn a_chain_is_ordered_by_session_then_stage_then_revision() {
        let docs = [
            doc("c", Some("A/RES/80/57"), Some("1 December 2025")),
            doc("a", Some("A/C.1/80/L.41/Rev.1"), Some("20 October 2025")),
            doc("b", Some("A/C.1/80/L.41"), Some("14 October 2025")),
            doc("z", Some("A/RES/79/62"), Some("2 December 2024")),
        ];
        assert_eq!(chain_order(&docs), [3, 2, 1, 0]);
    }

    #[test]
    fn without_every_symbol_the_year_orders_then_the_file_name() {
        let docs = [
            doc("b", None, Some("1 December 2025")),
            doc("a", Some("A/RES/80/1"), Some("1 December 2025")),
            doc("c", None, Some("2 December 2024")),
        ];
        assert_eq!(chain_order(&docs), [2, 1, 0]);
        let docs = [doc("b", None, None), doc("a", None, Some("2024"))];
        assert_eq!(chain_order(&docs), [1, 0]);
    }
}
