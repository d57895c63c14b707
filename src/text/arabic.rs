//! What the comparison key of an Arabic text folds: the characters that
//! vary between two sources of the same words without changing them.
//!
//! - tatweel (U+0640), the stretching stroke typesetters insert to justify
//!   a line;
//! - the short-vowel marks (harakat, U+064B–U+0652) and the superscript
//!   alef (U+0670), which most texts leave out and some write in part;
//! - the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC), the contextual
//!   glyph codes an old PDF extraction gives instead of letters, folded to
//!   the letters by NFKC (then their marks dropped as above);
//! - Arabic-Indic and Eastern Arabic-Indic digits (U+0660–U+0669,
//!   U+06F0–U+06F9), folded to ASCII digits, so "٢٠٢٤" is "2024".
//!
//! The bidirectional controls (U+061C, U+202A–U+202E, U+2066–U+2069) are
//! dropped with the other invisible characters (`normalize::is_invisible`).

use unicode_normalization::UnicodeNormalization;

/// Whether a character is dropped from comparison keys: tatweel, a
/// short-vowel mark, the superscript alef.
pub fn is_folded_away(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}')
}

/// Whether a character is an Arabic presentation form.
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// The ASCII digit an Arabic-Indic digit stands for.
pub fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(value, 10)
}

/// The letters a presentation form stands for (NFKC), marks and tatweel
/// dropped.
pub fn letters_of(c: char) -> impl Iterator<Item = char> {
    std::iter::once(c)
        .nfkc()
        .filter(|&k| !is_folded_away(k) && k != ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presentation_forms_are_letters() {
        // "سلام" in isolated/initial/final glyph codes.
        let glyphs = "\u{FEB3}\u{FEFC}\u{FEE1}";
        let letters: String = glyphs.chars().flat_map(letters_of).collect();
        assert_eq!(letters, "سلام");
        assert!(!is_presentation_form('س'));
    }

    #[test]
    fn digits_and_marks() {
        assert_eq!(ascii_digit('٢'), Some('2'));
        assert_eq!(ascii_digit('۴'), Some('4'));
        assert_eq!(ascii_digit('2'), None);
        assert!(is_folded_away('\u{0640}'));
        assert!(is_folded_away('\u{064E}'));
        assert!(is_folded_away('\u{0670}'));
        assert!(!is_folded_away('\u{0653}'));
    }
}
