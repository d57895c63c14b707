//! When a text was issued, as far as its printed date tells: what orders
//! sources most recent first and keeps texts issued after the new one out
//! of its sources.

use crate::lang::LanguageRules;

/// A date as a number that sorts as dates do: `yyyymmdd`, with 0 for a
/// month or day the date line does not give.
pub type DateKey = u32;

/// Reads a printed date ("2 December 2024", "21 mars 2024", "2 декабря
/// 2024 года", "2024年12月2日") with the month names of the text's
/// language. None when no year is printed.
///
/// ```
/// use resdiff::lang::Language;
/// use resdiff::sources::recency::date_key;
/// assert_eq!(date_key("2 December 2024", Language("en").rules()), Some(20241202));
/// assert_eq!(date_key("21 mars 2024", Language("fr").rules()), Some(20240321));
/// assert_eq!(date_key("2024年12月2日", Language("zh").rules()), Some(20241202));
/// assert_eq!(date_key("Distr. générale", Language("fr").rules()), None);
/// ```
pub fn date_key(date: &str, rules: &LanguageRules) -> Option<DateKey> {
    let numbers: Vec<(usize, u32, usize)> = numbers(date);
    let &(year_at, year, _) = numbers
        .iter()
        .find(|&&(_, n, digits)| digits == 4 && (1900..2200).contains(&n))?;
    let lower = date.to_lowercase();
    // The month printed first; a month written in figures before "月"
    // ("12月") is found whole, so that "2月" does not match inside it.
    let month = rules
        .months
        .iter()
        .enumerate()
        .filter_map(|(m, name)| {
            let name = name.to_lowercase();
            let mut from = 0;
            while let Some(k) = lower[from..].find(&name) {
                let at = from + k;
                // Inside a longer word or number ("2月" in "12月").
                let digits = name.starts_with(|c: char| c.is_ascii_digit());
                let glued = lower[..at].chars().next_back().is_some_and(|c| {
                    if digits {
                        c.is_ascii_digit()
                    } else {
                        c.is_alphabetic()
                    }
                });
                if !glued {
                    return Some((at, m as u32 + 1));
                }
                from = at + name.len();
            }
            None
        })
        .min()
        .map_or(0, |(_, m)| m);
    let day = numbers
        .iter()
        .find(|&&(at, n, digits)| {
            at != year_at && digits <= 2 && (1..=31).contains(&n) && {
                // The number of a month written in figures is not the day.
                !date[at..]
                    .trim_start_matches(char::is_numeric)
                    .starts_with('月')
            }
        })
        .map_or(0, |&(_, n, _)| n);
    Some(year * 10000 + month * 100 + day)
}

/// The numbers written in ASCII figures in a text: where each starts, its
/// value and its number of figures.
fn numbers(text: &str) -> Vec<(usize, u32, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start <= 4 {
                out.push((start, text[start..i].parse().unwrap_or(0), i - start));
            }
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn dates_in_every_language_read_alike() {
        let cases = [
            ("en", "1 July 2024", 20240701),
            ("es", "2 de diciembre de 2024", 20241202),
            ("ru", "2 декабря 2024 года", 20241202),
            ("ar", "2 كانون الأول/ديسمبر 2024", 20241202),
            ("zh", "2024年2月12日", 20240212),
            ("en", "2024", 20240000),
        ];
        for (lang, date, key) in cases {
            assert_eq!(date_key(date, Language(lang).rules()), Some(key), "{date}");
        }
    }
}
