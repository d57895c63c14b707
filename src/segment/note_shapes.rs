//! The shapes a bare footnote marker takes in extracted text: the numbers
//! of a paragraph that may be markers, each with how strongly its shape
//! says so. Which of them are markers is decided over the whole document
//! by [`super::notes::NoteScanner`], from the footnotes it has and their
//! order; this file only says where a marker may stand.

use crate::lang::LanguageRules;

/// Where a bare number stands, from the most to the least telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Shape {
    /// Glued after a word: `Commission44`, `l’homme1`.
    AfterWord,
    /// Glued after punctuation: `Weapons,6`, `2009,10`, `”3`.
    AfterPunct,
    /// Glued between punctuation and the next word: `Rights,1as well`.
    Between,
    /// Glued to a year: `2021` + `6` printed as `20216`.
    AfterYear,
    /// Glued before the next word, where a line break lost the space:
    /// `Development, 8including`.
    BeforeWord,
    /// After punctuation and a space: `Secretary-General, 4`.
    SpacedAfterPunct,
    /// After a year or a resolution's number and a space: `of 1972 1 and`,
    /// `77/229 24 and`.
    SpacedAfterNumber,
    /// After a word and a space: `Tribunal 42 and`.
    SpacedAfterWord,
    /// A telling place, but before a capital, where a number more often
    /// starts a date or a name (`2023, 19 December`; yet
    /// `Tlatelolco, 6 Rarotonga`). Taken only where it fits between the
    /// markers found.
    BeforeCapital,
    /// A number that often says something else: glued to a capitalised
    /// code (`G20`, `CO2`), to a resolution's number (`77/2285`) or in a
    /// decimal (`10.24`, `21,13`). Taken only where it fits between the
    /// markers found, and after a `BeforeCapital` one.
    Doubtful,
    /// A number after a word numbers follow (`session 40 for`, but mostly
    /// `paragraph 13 above`), or a date's day (`2023, 19 December 2024`):
    /// the last taken.
    AfterNumberWord,
}

impl Shape {
    /// How strongly the shape says "marker", before the document's
    /// footnote order and pages are looked at.
    pub(super) fn weight(self) -> i64 {
        match self {
            Shape::AfterWord => 6,
            Shape::AfterPunct => 5,
            Shape::Between | Shape::AfterYear | Shape::BeforeWord => 4,
            Shape::SpacedAfterPunct | Shape::SpacedAfterNumber => 3,
            Shape::BeforeCapital => 3,
            Shape::SpacedAfterWord => 2,
            Shape::Doubtful => 2,
            Shape::AfterNumberWord => 1,
        }
    }

    /// Whether the shape is taken only where it fits between the markers
    /// the telling shapes gave.
    pub(super) fn doubtful(self) -> bool {
        matches!(
            self,
            Shape::BeforeCapital | Shape::Doubtful | Shape::AfterNumberWord
        )
    }
}

/// A number in body text that may be a footnote marker.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct NoteCandidate {
    /// Byte range to cut (a spaced marker takes its space with it).
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mark: u32,
    pub(super) shape: Shape,
}

impl NoteCandidate {
    /// What stands in the text where the marker is cut: a space where it
    /// was glued between two words.
    pub(super) fn fill(&self) -> &'static str {
        if self.shape == Shape::Between {
            " "
        } else {
            ""
        }
    }
}

/// Endings that make a number glued before a word an ordinal (`21st`,
/// `1er`, `2e`, `XXe`), never a marker.
const ORDINAL_ENDINGS: &[&str] = &[
    "st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "ère", "nde", "o", "a", "ᵉ", "ᵉʳ",
];

/// A letter or a combining mark: what a word a marker is glued to is made of.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || crate::text::normalize::is_combining_mark(c)
}

/// Punctuation a marker is printed after.
fn closes(c: char) -> bool {
    ")]”»’\".,;:".contains(c)
}

/// A year: four digits, 19xx or 20xx.
fn is_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("19") || s.starts_with("20"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// The run of letters that ends `s`.
fn last_word(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter(c))
        .last()
        .map_or(s.len(), |(i, _)| i);
    &s[start..]
}

/// The run of digits that ends `s`.
fn last_number(s: &str) -> &str {
    &s[s.trim_end_matches(|c: char| c.is_ascii_digit()).len()..]
}

/// Numbers that may be footnote markers, in text order. `attests` says
/// whether the document holds a word elsewhere (a number glued before a
/// word is a marker only before a word of the document's own).
pub(super) fn note_candidates(
    text: &str,
    rules: &LanguageRules,
    attests: &dyn Fn(&str) -> bool,
) -> Vec<NoteCandidate> {
    digit_runs(text)
        .filter_map(|(start, end)| candidate(text, start, end, rules, attests))
        .collect()
}

/// The byte ranges of the runs of ASCII digits of `text`, in order.
pub(super) fn digit_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_digit() {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        (i > start).then_some((start, i))
    })
}

/// The candidate a run of digits `text[start..end]` makes, if any.
fn candidate(
    text: &str,
    start: usize,
    end: usize,
    rules: &LanguageRules,
    attests: &dyn Fn(&str) -> bool,
) -> Option<NoteCandidate> {
    let before = &text[..start];
    let after = &text[end..];
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let make = |start: usize, shape: Shape| make_spaced(text, start, end, shape);
    // A number never runs on into a fraction, a range, a symbol or a
    // percentage ("10.5", "78/265", "2-3", "5%").
    let joined_on = after.starts_with(['/', '-', '–', '%'])
        || (after.starts_with(['.', ':']) && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        || (after.starts_with(',') && thousands(&after[1..]));
    if joined_on {
        return None;
    }
    if prev == Some('/') {
        return after_symbol(text, start, end, clean_end_at(next));
    }
    let clean_end = clean_end_at(next);
    let len = end - start;
    if (5..=6).contains(&len) && is_year(&text[start..start + 4]) {
        let alone = !prev.is_some_and(char::is_alphanumeric) && clean_end;
        return alone.then(|| make(start + 4, Shape::AfterYear)).flatten();
    }
    if len > 3 {
        return None;
    }
    let prev = prev?;
    if is_letter(prev) {
        let word = last_word(before);
        // "G20", "CO2", "COP28": a code's number, a marker only to fill a gap.
        let code = rules.cased && word.chars().all(|c| !c.is_lowercase());
        let shape = if code {
            Shape::Doubtful
        } else {
            Shape::AfterWord
        };
        return clean_end.then(|| make(start, shape)).flatten();
    }
    if closes(prev) {
        let head = &before[..before.len() - prev.len_utf8()];
        let shape = match glued_after_number(head, prev, len) {
            Some(shape) => shape,
            None if head.ends_with(|c: char| c.is_ascii_digit()) => return None,
            None => Shape::AfterPunct,
        };
        if clean_end {
            return make(start, shape);
        }
        let glued_word = next.is_some_and(char::is_lowercase) && rules.cased;
        return (glued_word && shape == Shape::AfterPunct)
            .then(|| make(start, Shape::Between))
            .flatten();
    }
    if !prev.is_whitespace() {
        return None;
    }
    if next.is_some_and(char::is_lowercase) {
        let glued = before_word(text, end, attests);
        return glued.then(|| make(start, Shape::BeforeWord)).flatten();
    }
    spaced(text, start, end, rules).and_then(|(from, shape)| make_spaced(text, from, end, shape))
}

/// The shape of a number glued after punctuation that follows a number.
/// After a year or a symbol ("2009,10", "2025.14", "5/14,118") or a
/// semicolon or closing mark ("2021;16") it is a marker's; "1,500" and
/// "12:30" are one number; after any other comma or period ("5,12",
/// "strategy 10.24", but also "4.5 million") it only fills a gap.
fn glued_after_number(head: &str, punct: char, len: usize) -> Option<Shape> {
    let number = last_number(head);
    if number.is_empty() {
        return None;
    }
    let symbol = head[..head.len() - number.len()].ends_with('/');
    match punct {
        ';' | ')' | ']' | '”' | '»' | '’' => Some(Shape::AfterPunct),
        ',' | '.' if is_year(number) || symbol => Some(Shape::AfterPunct),
        ',' if len == 3 && number.len() <= 3 => None,
        ',' | '.' => Some(Shape::Doubtful),
        _ => None,
    }
}

/// Whether a marker may end before `next`: the text's end, a space or
/// punctuation.
fn clean_end_at(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || ",.;:)".contains(c))
}

/// Whether `s` opens with a group of exactly three digits, as the
/// thousands of "1,500".
fn thousands(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

/// "resolution 77/2285": a marker glued to a resolution's number, whose
/// own number has at most three digits; only to fill a gap.
fn after_symbol(text: &str, start: usize, end: usize, clean_end: bool) -> Option<NoteCandidate> {
    let session = last_number(&text[..start - 1]);
    let lone =
        !text[..start - 1 - session.len()].ends_with(|c: char| c.is_alphanumeric() || c == '/');
    let fits = (4..=5).contains(&(end - start)) && (1..=3).contains(&session.len()) && lone;
    (fits && clean_end)
        .then(|| make_spaced(text, start + 3, end, Shape::Doubtful))
        .flatten()
}

/// The candidate cut from `from` (its space, if spaced) to `end`; a
/// number that opens with a zero ("05") is no marker.
fn make_spaced(text: &str, from: usize, end: usize, shape: Shape) -> Option<NoteCandidate> {
    let digits = text[from..end].trim_start();
    let mark = digits.parse().ok()?;
    (!digits.starts_with('0')).then_some(NoteCandidate {
        start: from,
        end,
        mark,
        shape,
    })
}

/// `8including`: a number glued before a word the document holds
/// elsewhere, not an ordinal ending.
fn before_word(text: &str, end: usize, attests: &dyn Fn(&str) -> bool) -> bool {
    let word: &str = {
        let rest = &text[end..];
        let stop = rest
            .char_indices()
            .find(|&(_, c)| !is_letter(c))
            .map_or(rest.len(), |(i, _)| i);
        &rest[..stop]
    };
    let after_word = text[end + word.len()..].chars().next();
    word.chars().count() >= 2
        && !ORDINAL_ENDINGS.contains(&word)
        && !after_word.is_some_and(|c| c.is_ascii_digit() || c == '-')
        && attests(word)
}

/// Whether the words after a number make it a date's day: a word, then a
/// year within two more words ("19 December 2024"). Looked at before a
/// capital only: "3 and the 1967 Protocol" is no date.
fn starts_date(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.chars().all(char::is_alphabetic))
        && words
            .take(2)
            .any(|w| is_year(w.trim_end_matches(|c: char| !c.is_ascii_digit())))
}

/// Whether a number stands in a range or a list of numbers, joined by a
/// short word numbers follow, the lower first ("1 to 4", "18 and 19
/// September"; not "111 on 31 December").
fn in_range(text: &str, start: usize, end: usize, rules: &LanguageRules) -> bool {
    let is_joiner = |w: &str| {
        (1..=3).contains(&w.chars().count())
            && rules.number_words.iter().any(|n| n.eq_ignore_ascii_case(w))
    };
    let number = |w: &str| -> Option<u32> {
        let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
        (!digits.is_empty() && digits.len() == w.trim_end_matches([',', ';', '.']).len())
            .then(|| digits.parse().ok())
            .flatten()
    };
    let Ok(own) = text[start..end].trim().parse::<u32>() else {
        return false;
    };
    let mut after = text[end..].split_whitespace();
    let up_to = after.next().is_some_and(is_joiner)
        && after.next().and_then(number).is_some_and(|n| n > own);
    let mut before = text[..start].split_whitespace().rev();
    let up_from = before.next().is_some_and(is_joiner)
        && before.next().and_then(number).is_some_and(|n| n < own);
    up_to || up_from
}

/// A number set off by a space: after punctuation, a year or a word, and
/// before the end, punctuation or a lower-case word (a capital would start
/// a date, "2023, 19 December"). Gives where the cut starts and the shape.
fn spaced(text: &str, start: usize, end: usize, rules: &LanguageRules) -> Option<(usize, Shape)> {
    let after = &text[end..];
    // A lower-case word or a number ("2016, 5 34/32 of …") goes on the
    // sentence the marker was printed in.
    let next_ok = after.is_empty()
        || after.starts_with([',', '.', ';', ':'])
        || (after.starts_with(' ')
            && after[1..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
    // Before a capital, a number more often starts a date or a name
    // ("2023, 19 December", "Tlatelolco, 6 Rarotonga, 7 Bangkok").
    let capital = after.starts_with(' ') && after[1..].starts_with(char::is_uppercase);
    if !next_ok && !capital {
        return None;
    }
    // "2023, 19 December 2024": a date, unless it fills a gap ("…,
    // 11 Agenda 2063").
    let date = capital && starts_date(after);
    let before_space = text[..start].trim_end_matches(char::is_whitespace);
    let space_start = before_space.len();
    let last = before_space.chars().next_back()?;
    let doubtful_unless = |shape: Shape| match (date, capital) {
        (true, _) => Shape::AfterNumberWord,
        (false, true) => Shape::BeforeCapital,
        (false, false) => shape,
    };
    if ",.;:)”»".contains(last) {
        return Some((space_start, doubtful_unless(Shape::SpacedAfterPunct)));
    }
    if start - space_start != 1 {
        return None;
    }
    if last.is_ascii_digit() {
        let number = last_number(before_space);
        let head = &before_space[..before_space.len() - number.len()];
        let year =
            is_year(number) && !head.ends_with(|c: char| c.is_alphanumeric() || "/.,".contains(c));
        let symbol = head.ends_with('/') && !last_number(&head[..head.len() - 1]).is_empty();
        return (year || symbol)
            .then_some((space_start, doubtful_unless(Shape::SpacedAfterNumber)));
    }
    if !is_letter(last) {
        return None;
    }
    let word = last_word(before_space);
    let numbered = rules
        .number_words
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word));
    // "paragraph 3 of", "session 40 for": only to fill a gap; "of
    // 1 December": a date; "items 1 to 4", "on 18 and 19 September": a
    // range.
    match (numbered, capital) {
        (true, true) => None,
        (true, false) if in_range(text, start, end, rules) => None,
        (true, false) => Some((space_start, Shape::AfterNumberWord)),
        (false, _) => Some((space_start, doubtful_unless(Shape::SpacedAfterWord))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    /// The candidates of `text` as (mark, shape, the text cut).
    fn found(text: &str) -> Vec<(u32, Shape, &str)> {
        let words = ["including", "as", "and", "in"];
        note_candidates(text, Language("en").rules(), &|w| words.contains(&w))
            .into_iter()
            .map(|c| (c.mark, c.shape, &text[c.start..c.end]))
            .collect()
    }

    #[test]
    fn each_shape_a_marker_takes() {
        use Shape::*;
        let one = |mark, shape, cut| vec![(mark, shape, cut)];
        for (text, expected) in [
            ("the Coordinator20 and", one(20, AfterWord, "20")),
            ("the Convention,4", one(4, AfterPunct, "4")),
            ("of 2009,10 and", one(10, AfterPunct, "10")),
            ("in 2021;16", one(16, AfterPunct, "16")),
            ("resolution 5/14,118 and", one(118, AfterPunct, "118")),
            ("Rights,1as well", one(1, Between, "1")),
            ("of 20216 and", one(6, AfterYear, "6")),
            ("Development, 8including the", one(8, BeforeWord, "8")),
            ("Secretary-General, 4 and", one(4, SpacedAfterPunct, " 4")),
            ("Destruction of 1972 1 and", one(1, SpacedAfterNumber, " 1")),
            ("73/263, 20 74/168", one(20, SpacedAfterPunct, " 20")),
            ("77/229 24 and", one(24, SpacedAfterNumber, " 24")),
            ("the Tribunal 42 and", one(42, SpacedAfterWord, " 42")),
            ("Tlatelolco, 6 Rarotonga", one(6, BeforeCapital, " 6")),
            ("its eighth session 40 for", one(40, AfterNumberWord, " 40")),
            ("2023, 19 December 2024", one(19, AfterNumberWord, " 19")),
            ("strategy 10.24 and", one(24, Doubtful, "24")),
            ("resolution 77/2285 and", one(5, Doubtful, "5")),
            ("the G20 and", one(20, Doubtful, "20")),
            (
                "Agenda 21,2 the",
                vec![(21, SpacedAfterWord, " 21"), (2, Doubtful, "2")],
            ),
        ] {
            assert_eq!(found(text), expected, "{text}");
        }
    }

    #[test]
    fn numbers_that_are_no_marker() {
        for text in [
            "resolution 78/265 and",
            "the 2030 Agenda for",
            "in 2024, the",
            "at 12:30 on",
            "some 1,500 people",
            "a 10-year plan",
            "5% of",
            "the 21st century",
            "le 1er avril",
            "the 3rd session",
            "on 8 December 2023",
            "of 1 December 1999",
            "items 1 to 4 and",
            "on 18 and 19 September",
            "the 17 Goals",
            "Article 05 and",
            "the 2nd and",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
