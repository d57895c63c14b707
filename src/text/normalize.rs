//! Comparison keys: the folded form two texts are compared on, while the
//! text shown to people stays as printed.
//!
//! A paragraph's text is cut into [`Token`]s; each token keeps its span in
//! the display text and carries a folded `key`. The paragraph key is the
//! token keys joined by single spaces, so spacing, line wrapping and the
//! typographic variants that differ between sources never reach the
//! comparison. [`KeyOptions`] adds optional folding (case, punctuation) on
//! top, without the readers knowing about it.

use unicode_normalization::UnicodeNormalization;

use crate::lang::{is_han, Language, LanguageRules};
use crate::types::{KeyOptions, Paragraph};

use super::arabic;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenClass {
    /// Letters and digits, with the joiners that stay inside a word
    /// (hyphen, apostrophe, `/` in `78/265`, `.` and `,` between digits).
    Word,
    /// One punctuation or symbol character.
    Punct,
}

/// One comparable unit of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the display text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The folded form compared.
    pub key: String,
    /// Word or punctuation.
    pub class: TokenClass,
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Characters that only select a glyph or a break opportunity: dropped from
/// keys so that a text with them compares equal to one without.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}'
        // Bidirectional controls: an Arabic text may carry them or not.
        | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{2032}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_latin_letter(c) {
        return true;
    }
    // U+02BC is a letter to Unicode but an apostrophe to every UN text.
    (c.is_alphanumeric() || is_mark(c)) && !is_han(c) && !is_apostrophe(c)
}

/// The accented Latin letters of the European languages (Latin-1 and the
/// Latin Extended blocks, U+00C0 to U+024F, less `×` and `÷`): every one
/// is a letter, and testing the range spares the Unicode tables the
/// French and Spanish texts would otherwise consult at every accent.
pub(crate) fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}') && c != '\u{D7}' && c != '\u{F7}'
}

/// A combining mark (accents written apart, Hebrew and Arabic vowel signs,
/// enclosing marks): it belongs to the letter before it.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Marks that stay inside a word: combining marks and the zero-width
/// (non-)joiners that shape Arabic and Persian letters.
fn is_mark(c: char) -> bool {
    is_combining_mark(c) || c == '\u{200C}' || c == '\u{200D}'
}

/// Folds one character of a token to its comparison form.
fn fold_char(c: char, out: &mut String) {
    match c {
        c if is_apostrophe(c) => out.push('\''),
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' => out.push('"'),
        c if is_hyphen(c) => out.push('-'),
        c if is_invisible(c) => {}
        c if arabic::is_folded_away(c) => {}
        c if arabic::is_presentation_form(c) => out.extend(arabic::letters_of(c)),
        c => out.push(arabic::ascii_digit(c).unwrap_or(c)),
    }
}

/// Cuts a display text into tokens with folded keys.
///
/// Words keep inner hyphens and apostrophes; an elided article of the
/// language (`l’`, `qu’`) is its own token so that `l’homme` → `l’être`
/// diffs as one word; each Han character is a token; every other
/// punctuation character is a token of its own.
///
/// ```
/// use resdiff::lang::Language;
/// use resdiff::text::normalize::tokenize;
/// let fr = Language("fr").rules();
/// let keys: Vec<_> = tokenize("l’intelligence « artificielle »,", fr)
///     .into_iter().map(|t| t.key).collect();
/// assert_eq!(keys, ["l'", "intelligence", "\"", "artificielle", "\"", ","]);
/// ```
pub fn tokenize(text: &str, rules: &LanguageRules) -> Vec<Token> {
    token_spans(text, rules)
        .into_iter()
        .map(|(start, end, class)| make_token(text, start, end, class))
        .collect()
}

/// Where the tokens of a text are, without their keys: byte ranges and
/// classes (see [`tokenize`]).
pub fn token_spans(text: &str, rules: &LanguageRules) -> Vec<(usize, usize, TokenClass)> {
    spans(text, rules).collect()
}

/// The number of word tokens of a text (punctuation not counted).
pub fn word_count(text: &str, rules: &LanguageRules) -> usize {
    spans(text, rules)
        .filter(|t| t.2 == TokenClass::Word)
        .count()
}

/// The token spans of a text, one at a time: tokenizing allocates nothing.
fn spans<'a>(text: &'a str, rules: &'a LanguageRules) -> Spans<'a> {
    Spans { text, rules, at: 0 }
}

struct Spans<'a> {
    text: &'a str,
    rules: &'a LanguageRules,
    at: usize,
}

impl Spans<'_> {
    fn char_at(&self, i: usize) -> Option<(char, usize)> {
        char_at(self.text, i)
    }
}

/// The character at byte `i` of `text` and its length in bytes (none past
/// the end or off a character boundary): byte by byte through ASCII,
/// decoding only other characters. Scanners that walk most of a UN text
/// use it instead of `char_indices`.
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

impl Iterator for Spans<'_> {
    type Item = (usize, usize, TokenClass);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (c, len) = self.char_at(self.at)?;
            let start = self.at;
            if is_space(c) || is_invisible(c) {
                self.at += len;
                continue;
            }
            if !is_word_char(c) {
                self.at += len;
                let class = if is_han(c) {
                    TokenClass::Word
                } else {
                    TokenClass::Punct
                };
                return Some((start, self.at, class));
            }
            let mut j = start + len;
            let mut previous = c;
            while let Some((ch, l)) = self.char_at(j) {
                if is_word_char(ch) {
                    previous = ch;
                    j += l;
                    continue;
                }
                let next = self.char_at(j + l).map(|p| p.0);
                let next_word = next.is_some_and(is_word_char);
                // An invisible character inside a word does not cut it.
                if is_invisible(ch) && next_word {
                    previous = ch;
                    j += l;
                    continue;
                }
                // A joiner stays inside the word only between two word
                // characters: `non-State`, `78/265`, `1,342`, `l’homme`.
                let joiner = is_hyphen(ch)
                    || is_apostrophe(ch)
                    || (matches!(ch, '/' | '.' | ',')
                        && previous.is_ascii_digit()
                        && next.is_some_and(|n| n.is_ascii_digit()))
                    || (ch == '/' && next.is_some_and(char::is_alphanumeric));
                if joiner && next_word {
                    // An elided article is a token of its own: `l’` `homme`.
                    if is_apostrophe(ch)
                        && self
                            .rules
                            .elisions
                            .iter()
                            .any(|e| e.eq_ignore_ascii_case(&self.text[start..j]))
                    {
                        j += l;
                        break;
                    }
                    previous = ch;
                    j += l;
                    continue;
                }
                break;
            }
            self.at = j;
            return Some((start, j, TokenClass::Word));
        }
    }
}

fn make_token(text: &str, start: usize, end: usize, class: TokenClass) -> Token {
    let mut key = String::with_capacity(end - start);
    fold_into(&text[start..end], &mut key);
    Token {
        start,
        end,
        key,
        class,
    }
}

/// Appends the folded form of one token's text to `key`.
pub fn fold_into(piece: &str, key: &mut String) {
    // ASCII folds to itself (its apostrophe and hyphen are the folded
    // forms), and it is most of what any UN text holds.
    if piece.is_ascii() {
        key.push_str(piece);
        return;
    }
    // Most tokens are already in NFC: the quick check spares the rebuild.
    if unicode_normalization::is_nfc_quick(piece.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        for c in piece.chars() {
            fold_char(c, key);
        }
    } else {
        for c in piece.nfc() {
            fold_char(c, key);
        }
    }
}

/// Calls `f` with the byte range, class and key of each token of `text`
/// that the options keep in the comparison, in order. Keys are folded into
/// one reused buffer: no allocation per token. Every comparison key in
/// resdiff (paragraph keys, word-diff units) comes from here.
pub fn for_each_key(
    text: &str,
    rules: &LanguageRules,
    options: &KeyOptions,
    mut f: impl FnMut(usize, usize, TokenClass, &str),
) {
    let mut buf = String::new();
    for (start, end, class) in spans(text, rules) {
        if options.ignore_punctuation && class == TokenClass::Punct {
            continue;
        }
        buf.clear();
        fold_into(&text[start..end], &mut buf);
        if options.ignore_case {
            buf = buf.to_lowercase();
        }
        if !buf.is_empty() {
            f(start, end, class, &buf);
        }
    }
}

/// The comparison key of a text: its token keys joined by single spaces.
///
/// ```
/// use resdiff::lang::Language;
/// use resdiff::text::normalize::comparison_key;
/// use resdiff::KeyOptions;
/// let en = Language("en").rules();
/// let a = comparison_key("non\u{2011}State  actors ,", en, &KeyOptions::default());
/// let b = comparison_key("non-State actors,", en, &KeyOptions::default());
/// assert_eq!(a, b);
/// ```
pub fn comparison_key(text: &str, rules: &LanguageRules, options: &KeyOptions) -> String {
    let mut key = String::with_capacity(text.len());
    for_each_key(text, rules, options, |_, _, _, k| {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(k);
    });
    key
}

/// Collapses runs of spaces and tabs into one space and trims, keeping a
/// no-break space where it stood alone (it is part of the printed text).
pub fn tidy_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut push = |piece: &str| {
        if piece.is_empty() {
            return;
        }
        if !out.is_empty() && !out.ends_with(is_space) {
            out.push(' ');
        }
        out.push_str(piece);
    };
    // The separators are ASCII: cutting at their bytes is cutting at
    // character boundaries, without decoding.
    let mut start = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if matches!(b, b' ' | b'\t' | b'\n') {
            push(&text[start..i]);
            start = i + 1;
        }
    }
    push(&text[start..]);
    out
}

// Declared here, not in `types`, so that `types` imports no stage.
impl Paragraph {
    /// The comparison key of this paragraph's text.
    pub fn key(&self, language: Language, options: &KeyOptions) -> String {
        comparison_key(&self.text, language.rules(), options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn key(text: &str) -> String {
        comparison_key(text, Language("fr").rules(), &KeyOptions::default())
    }

    #[test]
    fn the_latin_range_is_letters() {
        for c in '\u{A0}'..='\u{2FF}' {
            assert!(!is_latin_letter(c) || c.is_alphabetic(), "{c:?}");
            if ('\u{C0}'..='\u{24F}').contains(&c) {
                assert_eq!(is_latin_letter(c), c.is_alphabetic(), "{c:?}");
            }
        }
    }

    #[test]
    fn variants_that_differ_between_sources_fold_together() {
        let same = [
            // Apostrophes.
            ("l’homme", "l'homme"),
            ("lʼhomme", "l'homme"),
            // Guillemets with no-break, narrow no-break or plain spaces,
            // and English quotes.
            ("«\u{a0}Transformer\u{a0}»", "« Transformer »"),
            ("«\u{202f}Transformer\u{202f}»", "«Transformer»"),
            ("“Transformer”", "« Transformer »"),
            // Spaces of every kind, tabs, runs.
            ("a\u{2009}b\tc  d\u{a0}e", "a b c d e"),
            // Hyphen variants.
            ("non\u{2011}State", "non-State"),
            ("non\u{2010}State", "non-State"),
            ("non\u{00AD}State", "non-State"),
            // Decomposed and precomposed accents.
            ("re\u{301}solution", "résolution"),
            // Spacing around punctuation.
            ("durable ,", "durable,"),
            ("cibles ; et", "cibles;et"),
            // Invisible characters.
            ("déve\u{200B}loppement", "développement"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a:?} and {b:?} should fold together");
        }
    }

    #[test]
    fn real_differences_stay_different() {
        assert_ne!(key("combler le fossé"), key("réduire la fracture"));
        assert_ne!(key("non-State"), key("nonState"));
        assert_ne!(key("Etats"), key("États"));
        assert_ne!(key("a – b"), key("a - b"), "a dash is not a hyphen");
        assert_ne!(key("Assemblée"), key("assemblée"));
    }

    #[test]
    fn options_fold_more_without_touching_the_text() {
        let fr = Language("fr").rules();
        let same = |options: &KeyOptions, a: &str, b: &str| {
            comparison_key(a, fr, options) == comparison_key(b, fr, options)
        };
        let case = KeyOptions {
            ignore_case: true,
            ..KeyOptions::default()
        };
        assert!(same(&case, "Assemblée", "assemblée"));
        assert!(!same(&case, "durable ;", "durable,"));
        let punct = KeyOptions {
            ignore_punctuation: true,
            ..KeyOptions::default()
        };
        assert!(same(&punct, "durable ;", "durable,"));
        assert!(!same(&punct, "Assemblée", "assemblée"));
    }

    #[test]
    fn tokens_point_into_the_display_text() {
        let fr = Language("fr").rules();
        let text = "qu’il s’agisse, « 78/265 » et 1 342,5 m²";
        let tokens = tokenize(text, fr);
        let shown: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            shown,
            ["qu’", "il", "s’", "agisse", ",", "«", "78/265", "»", "et", "1", "342,5", "m²"]
        );
    }

    #[test]
    fn han_characters_are_tokens_of_their_own() {
        let zh = Language("zh").rules();
        let keys: Vec<String> = tokenize("大会重申，", zh)
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(keys, ["大", "会", "重", "申", "，"]);
    }
}
