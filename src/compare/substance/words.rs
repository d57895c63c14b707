//! The words the classifier reads: a text cut into tokens with their byte
//! ranges (letters, digits, one Han character, or a document symbol such
//! as "A/C.1/80/L.46" whole), compared in lower case.

use crate::lang::is_han;
use crate::lang::substance::SubstanceRules;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// Letters (a hyphen or an apostrophe ends the word).
    Letters,
    /// Decimal digits, ASCII or Arabic-Indic.
    Digits,
    /// One Han character.
    Han,
    /// A document symbol: letters, digits, dots and at least one slash.
    Symbol,
}

/// One token of a text.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Byte range in the text.
    pub(super) start: usize,
    /// See `start`.
    pub(super) end: usize,
    /// The token in lower case (digits in ASCII).
    pub(super) lower: String,
    /// What it is made of.
    pub(super) shape: Shape,
}

impl Word {
    /// The value of a digits token.
    pub(super) fn number(&self) -> Option<u32> {
        (self.shape == Shape::Digits)
            .then(|| self.lower.parse().ok())
            .flatten()
    }

    /// The token with the row's glued prefixes stripped ("والسبعين" →
    /// "سبعين"), each at most once, in the row's order.
    pub(super) fn stem<'w>(&'w self, rules: &SubstanceRules) -> &'w str {
        let mut w = self.lower.as_str();
        for p in rules.prefixes {
            if let Some(rest) = w.strip_prefix(p) {
                if rest.chars().count() >= 2 {
                    w = rest;
                }
            }
        }
        w
    }

    /// Whether the token, or its stem, is one of `list`.
    pub(super) fn is_one_of(&self, list: &[&str], rules: &SubstanceRules) -> bool {
        list.contains(&self.lower.as_str()) || list.contains(&self.stem(rules))
    }

    /// [`Word::is_one_of`] for a list written with capitals ("January"):
    /// its ASCII letters compared without regard to case.
    pub(super) fn is_one_of_any_case(&self, list: &[&str], rules: &SubstanceRules) -> bool {
        let stem = self.stem(rules);
        list.iter()
            .any(|m| m.eq_ignore_ascii_case(&self.lower) || m.eq_ignore_ascii_case(stem))
    }
}

fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
        _ => None,
    }
}

/// The tokens of a text, in order.
pub(super) fn words(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(i, _)| i);
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if let Some(len) = symbol_len(&chars[k..]) {
            let end = end_of(k + len);
            out.push(word(text, start, end, Shape::Symbol));
            k += len;
        } else if digit(c).is_some() {
            let n = chars[k..]
                .iter()
                .take_while(|&&(_, c)| digit(c).is_some())
                .count();
            let lower: String = chars[k..k + n]
                .iter()
                .filter_map(|&(_, c)| digit(c))
                .collect();
            out.push(Word {
                start,
                end: end_of(k + n),
                lower,
                shape: Shape::Digits,
            });
            k += n;
        } else if is_han(c) {
            out.push(word(text, start, end_of(k + 1), Shape::Han));
            k += 1;
        } else if c.is_alphabetic() {
            let n = chars[k..]
                .iter()
                .take_while(|&&(_, c)| {
                    (c.is_alphabetic() || is_mark(c)) && !is_han(c) && digit(c).is_none()
                })
                .count();
            out.push(word(text, start, end_of(k + n), Shape::Letters));
            k += n;
        } else {
            k += 1;
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    // Arabic harakat and the tatweel, and combining accents.
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0640)
}

fn word(text: &str, start: usize, end: usize, shape: Shape) -> Word {
    Word {
        start,
        end,
        lower: text[start..end].to_lowercase(),
        shape,
    }
}

/// The length, in characters, of a document symbol starting here: a run of
/// letters, digits, dots and slashes with a slash between two of its
/// characters and a digit, not ending in a dot ("A/79/224", "79/62",
/// "A/RES/79/239", "E/CN.6/2024/3").
fn symbol_len(chars: &[(usize, char)]) -> Option<usize> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '/' || c == '.';
    if !chars
        .first()
        .is_some_and(|&(_, c)| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut n = chars.iter().take_while(|&&(_, c)| part(c)).count();
    while n > 0 && matches!(chars[n - 1].1, '.' | '/') {
        n -= 1;
    }
    let run = &chars[..n];
    let slash = run
        .windows(3)
        .any(|w| w[1].1 == '/' && w[0].1.is_ascii_alphanumeric() && w[2].1.is_ascii_alphanumeric());
    let has_digit = run.iter().any(|&(_, c)| c.is_ascii_digit());
    // A letter run glued to what follows is still a word ("and/or").
    (slash && has_digit).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(String, Shape)> {
        words(text)
            .into_iter()
            .map(|w| (w.lower, w.shape))
            .collect()
    }

    #[test]
    fn symbols_stay_whole_and_words_split_at_hyphens() {
        let w = shapes("See A/C.1/80/L.46. Its seventy-ninth session, 79/62 and/or 2024.");
        let texts: Vec<&str> = w.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "see",
                "a/c.1/80/l.46",
                "its",
                "seventy",
                "ninth",
                "session",
                "79/62",
                "and",
                "or",
                "2024"
            ]
        );
        assert_eq!(w[1].1, Shape::Symbol);
        assert_eq!(w[9].1, Shape::Digits);
    }

    #[test]
    fn han_characters_are_words_alone() {
        let w = shapes("第七十九届会议2024年");
        assert_eq!(w.len(), 9);
        assert_eq!(w[7], ("2024".to_string(), Shape::Digits));
    }
}
