//! One printed line's words into text: spaces where the printer left a
//! space, none inside a word poppler split, and footnote markers told by
//! their size and height on the line.

use super::bbox::Word;

/// A gap narrower than this share of the font's height is no space: the
/// UN's PDFs show two groups, gaps inside a word poppler split ("structu
/// ral", "non -State", "Secretary -") up to 0.13 of the height, spaces
/// from 0.15 (0.16 in the tightest justified line) up.
const SPACE_SHARE: f64 = 0.14;

/// A gap at least this share of the line's typical space is a space,
/// however narrow against the font: the glyph boxes of some writers'
/// fonts are taller, or end later, than the letters ("States’ engaging"
/// in LibreOffice's Liberation Serif: 0.70 of the line's spaces, under
/// 0.14 of its box). In the UN's PDFs a split word's gap is at most 0.51
/// of its line's spaces.
const SPACE_OF_LINE: f64 = 0.6;

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
            // Up to two markers side by side ("²³²⁴"): the text reader
            // parts them by the notes' numbers.
            && (1..=6).contains(&w.text.len())
            && w.text.bytes().all(|b| b.is_ascii_digit())
    };
    let narrow = |p: &Word, w: &Word| w.x0 - p.x1 < SPACE_SHARE * w.height().min(p.height());
    let typical = typical_space(words, narrow);
    let mut out = String::new();
    // The word before, when it was a word: a marker or a note's number is
    // never glued to what follows it.
    let mut prev: Option<&Word> = None;
    // The marker just written, if any: punctuation set close after it
    // ("Rights¹,") is glued to it.
    let mut after_marker: Option<&Word> = None;
    for (i, w) in words.iter().enumerate() {
        if marker(w) && !(i == 0 && in_notes) {
            out.extend(w.text.chars().map(superscript));
            prev = None;
            after_marker = Some(w);
            continue;
        }
        let glued = prev.is_some_and(|p| {
            narrow(p, w)
                && typical.is_none_or(|t| w.x0 - p.x1 < SPACE_OF_LINE * t)
                && !ends_a_label(&p.text, &w.text)
        }) || after_marker.is_some_and(|m| {
            w.text.starts_with([',', ';', '.', ':', ')']) && w.x0 - m.x1 < SPACE_SHARE * body
        });
        after_marker = None;
        if i > 0 && !glued {
            out.push(' ');
        }
        out.push_str(&w.text);
        prev = (!marker(w)).then_some(w);
    }
    out
}

/// Whether `before` is a paragraph's label and `after` opens its text in
/// capitals ("(m)" and "Promoting", "12." and "Decides", set apart by a
/// tab that may leave less than a space): never one word that poppler
/// split.
fn ends_a_label(before: &str, after: &str) -> bool {
    let short = before.chars().count() <= 6;
    let bracketed = before.starts_with('(') && before.ends_with(')');
    let numbered = before.ends_with('.')
        && before
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit());
    short && (bracketed || numbered) && after.starts_with(char::is_uppercase)
}

/// The median of the line's gaps that are surely spaces (none narrow),
/// if any.
fn typical_space(words: &[Word], narrow: impl Fn(&Word, &Word) -> bool) -> Option<f64> {
    let mut spaces: Vec<f64> = words
        .windows(2)
        .filter(|p| !narrow(&p[0], &p[1]))
        .map(|p| p[1].x0 - p[0].x1)
        .collect();
    if spaces.is_empty() {
        return None;
    }
    spaces.sort_by(f64::total_cmp);
    Some(spaces[spaces.len() / 2])
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
    fn a_narrow_gap_as_wide_as_most_of_the_lines_spaces_is_a_space() {
        // From a LibreOffice PDF (Liberation Serif, boxes 15.6 points
        // high): spaces of 3.0 points, and 2.1 after the apostrophe.
        let words = [
            w("Member", 56.8, 97.384, 305.3, 320.9),
            w("States’", 100.384, 133.048, 305.3, 320.9),
            w("engaging", 135.148, 179.14, 305.3, 320.9),
            w("with", 182.14, 203.428, 305.3, 320.9),
        ];
        assert_eq!(line_text(&words, false), "Member States’ engaging with");
    }

    #[test]
    fn punctuation_set_close_after_a_marker_is_glued_to_it() {
        // From a LibreOffice PDF: "l’homme", its marker, then the comma.
        let words = [
            w("l’homme", 300.0, 341.6, 100.0, 115.6),
            w("1", 341.6, 344.9, 100.0, 108.5),
            w(",", 345.0, 348.0, 100.0, 115.6),
            w("et", 351.0, 360.3, 100.0, 115.6),
        ];
        assert_eq!(line_text(&words, false), "l’homme¹, et");
    }

    #[test]
    fn a_label_and_its_text_are_two_words_however_close() {
        // "(m)" is wide: the tab after it leaves 1.4 points.
        let words = [
            w("(m)", 92.8, 109.4, 263.9, 279.5),
            w("Promoting", 110.8, 161.464, 263.9, 279.5),
            w("the", 164.464, 179.08, 263.9, 279.5),
        ];
        assert_eq!(line_text(&words, false), "(m) Promoting the");
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
