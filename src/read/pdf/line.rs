//! One printed line's words into text: spaces where the printer left a
//! space, none inside a word poppler split, and footnote markers told by
//! their size and height on the line.

use super::bbox::Word;

/// A gap narrower than this share of the font's height is no space: the
/// UN's PDFs show two groups, gaps inside a word poppler split ("structu
/// ral", "non -State", "Secretary -") up to 0.13 of the height, spaces
/// from 0.15 (0.16 in the tightest justified line) up.
const SPACE_SHARE: f64 = 0.14;

/// A word set below this share of its line's height is set small: a
/// marker at 7 points on 11-point text is 0.65 of it.
const SMALL_SHARE: f64 = 0.8;

/// A small word whose foot stands this many points above the line's
/// baseline is raised: a superscript, not small text on the line.
const RAISED: f64 = 1.0;

/// The words of one printed line, left to right, as text. `in_notes`:
/// the line stands under a page's footnote rule, where a small raised
/// number opening the line is the note's own number, written plain.
pub(super) fn line_text(words: &[Word], in_notes: bool) -> String {
    let Some(body) = words.iter().map(Word::height).reduce(f64::max) else {
        return String::new();
    };
    let base = words
        .iter()
        .filter(|w| w.height() > 0.85 * body)
        .map(|w| w.y1)
        .fold(f64::MIN, f64::max);
    let marker = |w: &Word| {
        w.height() < SMALL_SHARE * body
            && w.y1 < base - RAISED
            && (1..=3).contains(&w.text.len())
            && w.text.bytes().all(|b| b.is_ascii_digit())
    };
    let mut out = String::new();
    // The word before, when it was a word: a marker or a note's number is
    // never glued to what follows it.
    let mut prev: Option<&Word> = None;
    for (i, w) in words.iter().enumerate() {
        if marker(w) && !(i == 0 && in_notes) {
            out.extend(w.text.chars().map(superscript));
            prev = None;
            continue;
        }
        let glued = prev.is_some_and(|p| w.x0 - p.x1 < SPACE_SHARE * w.height().min(p.height()));
        if i > 0 && !glued {
            out.push(' ');
        }
        out.push_str(&w.text);
        prev = (!marker(w)).then_some(w);
    }
    out
}

/// The superscript form of an ASCII digit.
fn superscript(d: char) -> char {
    match d {
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '0' => '⁰',
        d => char::from_u32(0x2070 + d.to_digit(10).unwrap_or(0)).unwrap_or(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str, x0: f64, x1: f64, y0: f64, y1: f64) -> Word {
        Word {
            text: text.to_string(),
            x0,
            y0,
            x1,
            y1,
        }
    }

    #[test]
    fn a_small_raised_number_is_a_marker() {
        // From A/RES/80/22, page 2: "Convention" at 11 points, "1" at 7.
        let words = [
            w("the", 354.4, 367.4, 101.5, 112.6),
            w("Convention", 370.2, 419.9, 101.5, 112.6),
            w("1", 420.9, 424.3, 101.1, 108.3),
            w("and", 426.9, 442.1, 101.5, 112.6),
            w("advice,", 445.0, 473.5, 101.5, 112.6),
            w("22", 474.2, 480.5, 101.1, 108.3),
        ];
        assert_eq!(line_text(&words, false), "the Convention¹ and advice,²²");
    }

    #[test]
    fn a_split_word_is_joined_and_a_space_kept() {
        let words = [
            w("structu", 372.98, 401.89, 601.5, 612.6),
            w("ral", 402.91, 414.06, 601.5, 612.6),
            w("non", 416.5, 431.0, 601.5, 612.6),
            w("-State", 432.0, 456.9, 601.5, 612.6),
            w("General", 458.6, 490.0, 601.5, 612.6),
        ];
        assert_eq!(line_text(&words, false), "structural non-State General");
    }

    #[test]
    fn under_the_rule_a_note_number_is_written_plain() {
        let words = [
            w("1", 116.7, 119.6, 692.9, 699.1),
            w("United", 123.1, 150.0, 693.3, 702.7),
            w("Nations.", 152.0, 190.0, 693.3, 702.7),
        ];
        assert_eq!(line_text(&words, true), "1 United Nations.");
        assert_eq!(line_text(&words, false), "¹ United Nations.");
    }

    #[test]
    fn every_digit_has_its_superscript() {
        let all: String = "0123456789".chars().map(superscript).collect();
        assert_eq!(all, "⁰¹²³⁴⁵⁶⁷⁸⁹");
    }
}
