//! What a routine edit may touch: session ordinals with their values,
//! dates, years, document symbols and paragraph cross-references, found in
//! a text's tokens with the row of its language.

use super::words::{Shape, Word};
use crate::lang::substance::SubstanceRules;

/// One thing found in a text, over a run of its tokens.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Entity {
    /// First token.
    pub(super) first: usize,
    /// Last token (inclusive).
    pub(super) last: usize,
    /// What it is.
    pub(super) kind: Kind,
}

/// The kinds of entities.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    /// A number beside a session word, and its value.
    SessionOrdinal(u32),
    /// A date; `cites` when it follows a document symbol (the date of a
    /// cited resolution), `deadline` when a deadline word stands beside it
    /// ("by 31 December 2025").
    Date {
        day: Option<u32>,
        month: String,
        year: Option<u32>,
        cites: bool,
        deadline: bool,
    },
    /// A year standing alone.
    Year(u32),
    /// A document symbol.
    Symbol,
    /// "paragraph 5": the number, and whether it points into another
    /// document ("paragraph 5 of resolution 79/62").
    ParagraphRef { number: u32, external: bool },
}

/// The entities of a text, and for each token the one it belongs to (at
/// most one).
#[derive(Debug, Default)]
pub(super) struct Found {
    /// The entities, in the order found.
    pub(super) list: Vec<Entity>,
    /// By token: index into `list`.
    pub(super) owner: Vec<Option<usize>>,
}

/// Finds the entities of a text: symbols first, then dates, ordinals,
/// cross-references, and years left over.
pub(super) fn entities(words: &[Word], rules: &SubstanceRules) -> Found {
    let mut found: Vec<Entity> = Vec::new();
    let mut owner: Vec<Option<usize>> = vec![None; words.len()];
    let claim = |found: &mut Vec<Entity>, owner: &mut Vec<Option<usize>>, e: Entity| {
        if owner[e.first..=e.last].iter().any(Option::is_some) {
            return;
        }
        for o in &mut owner[e.first..=e.last] {
            *o = Some(found.len());
        }
        found.push(e);
    };
    for (i, w) in words.iter().enumerate() {
        if w.shape == Shape::Symbol {
            claim(&mut found, &mut owner, one(i, Kind::Symbol));
        }
    }
    for e in dates(words, rules) {
        claim(&mut found, &mut owner, e);
    }
    for e in ordinals(words, rules) {
        claim(&mut found, &mut owner, e);
    }
    for e in paragraph_refs(words, rules) {
        claim(&mut found, &mut owner, e);
    }
    for (i, w) in words.iter().enumerate() {
        if let Some(y) = w
            .number()
            .filter(|y| w.lower.len() == 4 && (1900..2100).contains(y))
        {
            claim(&mut found, &mut owner, one(i, Kind::Year(y)));
        }
    }
    Found { list: found, owner }
}

fn one(i: usize, kind: Kind) -> Entity {
    Entity {
        first: i,
        last: i,
        kind,
    }
}

/// Dates: a day, a run of month words and a year, the day or the year
/// optional but not both, joiners between ("2 de diciembre de 2024");
/// with date marks, "2024年12月2日".
fn dates(words: &[Word], rules: &SubstanceRules) -> Vec<Entity> {
    let mut out = Vec::new();
    if let Some(marks) = rules.date_marks {
        let mark = |i: usize, m: &str| words.get(i).is_some_and(|w| w.lower == m);
        for i in 0..words.len() {
            let n = |k: usize| words.get(k).and_then(Word::number);
            if let (Some(y), true, Some(mo), true) =
                (n(i), mark(i + 1, marks[0]), n(i + 2), mark(i + 3, marks[1]))
            {
                let day = n(i + 4).filter(|_| mark(i + 5, marks[2]));
                let last = if day.is_some() { i + 5 } else { i + 3 };
                out.push(Entity {
                    first: i,
                    last,
                    kind: Kind::Date {
                        day,
                        month: mo.to_string(),
                        year: Some(y),
                        cites: cites(words, i, rules),
                        deadline: deadline(words, i, last, rules),
                    },
                });
            }
        }
        return out;
    }
    let is_month = |w: &Word| {
        w.shape == Shape::Letters
            && (w.is_one_of(rules.month_variants, rules)
                || w.is_one_of_any_case(rules.months, rules))
    };
    let joiner = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| rules.document_joiners.contains(&w.lower.as_str()))
    };
    let mut i = 0;
    while i < words.len() {
        if !is_month(&words[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        while words.get(last + 1).is_some_and(is_month) {
            last += 1;
        }
        let month: Vec<&str> = words[i..=last].iter().map(|w| w.stem(rules)).collect();
        let mut first = i;
        let mut day = None;
        let before = if i >= 2 && joiner(i - 1) {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if let Some(d) = words
            .get(before)
            .and_then(Word::number)
            .filter(|d| (1..=31).contains(d))
        {
            day = Some(d);
            first = before;
        }
        let after = if joiner(last + 1) { last + 2 } else { last + 1 };
        let mut year = None;
        if let Some(w) = words.get(after).filter(|w| w.lower.len() == 4) {
            if let Some(y) = w.number() {
                year = Some(y);
                last = after;
            }
        }
        if day.is_some() || year.is_some() {
            out.push(Entity {
                first,
                last,
                kind: Kind::Date {
                    day,
                    month: month.join(" "),
                    year,
                    cites: cites(words, first, rules),
                    deadline: deadline(words, first, last, rules),
                },
            });
        }
        i = last + 1;
    }
    out
}

/// Whether a document symbol comes just before token `i`, joiners apart
/// ("resolution 79/62 of 2 December 2024").
fn cites(words: &[Word], i: usize, rules: &SubstanceRules) -> bool {
    words[..i]
        .iter()
        .rev()
        .take(3)
        .find(|w| !w.is_one_of(rules.document_joiners, rules))
        .is_some_and(|w| w.shape == Shape::Symbol)
}

/// Whether a deadline word stands before the date over tokens
/// `first..=last` (or after it, in a script with date marks).
fn deadline(words: &[Word], first: usize, last: usize, rules: &SubstanceRules) -> bool {
    let is = |w: &Word| w.is_one_of(rules.deadline_words, rules);
    let before = words[first.saturating_sub(2)..first].iter().any(is);
    let after = rules.date_marks.is_some() && words[last + 1..].iter().take(2).any(is);
    before || after
}

/// The value of the number part (of one or several tokens) at `i`, and how
/// many tokens it takes; the longest part wins.
fn number_part(words: &[Word], i: usize, rules: &SubstanceRules) -> Option<(u32, usize, bool)> {
    let mut best: Option<(u32, usize, bool, usize)> = None;
    for &(part, value) in rules.number_parts {
        let pieces: Vec<&str> = part.split(' ').collect();
        let fits = pieces.iter().enumerate().all(|(k, piece)| {
            words.get(i + k).is_some_and(|w| {
                let stem = w.stem(rules);
                w.shape != Shape::Digits
                    && stem.starts_with(piece)
                    && stem[piece.len()..].chars().count() <= rules.max_ending
            })
        });
        let weight = part.len();
        if fits && best.is_none_or(|b| weight > b.3) {
            let multiplies = value >= 10 && rules.date_marks.is_some();
            best = Some((value, pieces.len(), multiplies, weight));
        }
    }
    best.map(|(v, n, m, _)| (v, n, m))
}

/// Whether token `k` names a session.
fn session_word(words: &[Word], k: usize, rules: &SubstanceRules) -> bool {
    words.get(k).is_some_and(|w| {
        let stem = w.stem(rules);
        rules.session_words.iter().any(|s| stem.starts_with(s))
    })
}

/// Spelled or numbered ordinals beside a session word: within three tokens
/// before it ("seventy-ninth session", "octogésimo período") or two after
/// it ("الدورة التاسعة والسبعين").
fn ordinals(words: &[Word], rules: &SubstanceRules) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (value, last) = match spelled(words, i, rules) {
            Some(found) => found,
            None => match numbered(words, i, rules) {
                Some(found) => found,
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let near = (last + 1..=last + 3).any(|k| session_word(words, k, rules))
            || (i.saturating_sub(2)..i).any(|k| session_word(words, k, rules));
        if near {
            out.push(Entity {
                first: i,
                last,
                kind: Kind::SessionOrdinal(value),
            });
        }
        i = last + 1;
    }
    out
}

/// A run of number parts from token `i`: its value and last token.
fn spelled(words: &[Word], i: usize, rules: &SubstanceRules) -> Option<(u32, usize)> {
    let (mut total, mut unit, mut k, mut last) = (0, 0, i, None);
    loop {
        if let Some((value, len, multiplies)) = number_part(words, k, rules) {
            if multiplies {
                total += unit.max(1) * value;
                unit = 0;
            } else {
                unit += value;
            }
            last = Some(k + len - 1);
            k += len;
        } else if last.is_some()
            && words
                .get(k)
                .is_some_and(|w| rules.joiners.contains(&w.lower.as_str()))
        {
            k += 1;
        } else {
            break;
        }
    }
    last.map(|l| (total + unit, l))
}

/// "80th session", "80e session", "第80届": digits with an ordinal ending
/// glued on, or digits right before a session word.
fn numbered(words: &[Word], i: usize, rules: &SubstanceRules) -> Option<(u32, usize)> {
    let value = words[i].number()?;
    let ending = words
        .get(i + 1)
        .filter(|w| w.start == words[i].end && rules.numeric_endings.contains(&w.lower.as_str()));
    match ending {
        Some(_) => Some((value, i + 1)),
        None if session_word(words, i + 1, rules) => Some((value, i)),
        None => None,
    }
}

/// "paragraph 5", "paragraphs 5 and 6", "第5段": each number a reference.
fn paragraph_refs(words: &[Word], rules: &SubstanceRules) -> Vec<Entity> {
    let mut out = Vec::new();
    let named = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.is_one_of(rules.paragraph_words, rules))
    };
    for (i, w) in words.iter().enumerate() {
        let Some(number) = w.number() else { continue };
        let mut k = i;
        // Back over "5, 6 and" to the paragraph word.
        while k > 0
            && !named(k - 1)
            && (words[k - 1].number().is_some()
                || words[k - 1].is_one_of(rules.document_joiners, rules))
            && i - k < 6
        {
            k -= 1;
        }
        let before = k > 0 && named(k - 1);
        let after = named(i + 1) && rules.date_marks.is_some();
        if !(before || after) {
            continue;
        }
        // The first word past the small ones and sub-paragraph letters,
        // each way: a document's name or symbol there makes it external.
        let document = |w: Option<&Word>| {
            w.is_some_and(|w| w.shape == Shape::Symbol || w.is_one_of(rules.document_words, rules))
        };
        let small = |w: &&Word| {
            w.is_one_of(rules.document_joiners, rules)
                || (w.shape == Shape::Letters && w.lower.chars().count() == 1)
        };
        let head = if before { k - 1 } else { i };
        let external = document(words[i + 1..].iter().find(|w| !small(w)))
            || document(words[..head].iter().rev().find(|w| !small(w)));
        out.push(one(i, Kind::ParagraphRef { number, external }));
    }
    out
}
