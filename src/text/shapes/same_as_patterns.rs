//! The scanners against the regular expressions they replace, on random
//! lines drawn from the characters the patterns care about: any line on
//! which a scanner and its pattern disagree fails the test.

use super::*;
use proptest::prelude::*;
use regex::Regex;

const O: char = '\u{E000}';
const C: char = '\u{E001}';

fn line() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "0", "1", "2", "12", "123", "2024", "24-04215", "080424", "/", " ", "\t", ".", ",", "(",
        ")", "[", "]", "*", "^", "{", "}", "<sup>", "</sup>", "<b>", "</em>", "<br/>", "<p>", "A",
        "RES", "E", "ECE", "I", "IV", "a", "iv", "er", "st", "e", "ᵉ", "de", "May", "mars", "#",
        "##", "https://", "www.", "x", "\u{E000}", "\u{E001}", "é",
    ]);
    prop::collection::vec(pieces, 0..9).prop_map(|v| v.concat())
}

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn line_shapes(t in line()) {
        let symbol = re(r"^(?:A|E|S|ST|DP|UNEP|TD|CRC|CCPR|CEDAW|HRC|ICCD|FCCC|SPLOS|ECE|ESCAP|ECA|ECLAC|ESCWA|UNW|WFP|JIU|CERD|CAT|CRPD)(?:/[A-Za-z0-9.\-]+){1,6}(?: \([0-9]{4}\))?$");
        prop_assert_eq!(is_symbol(&t), symbol.is_match(&t));
        prop_assert_eq!(is_page_counter(&t), re(r"^[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}$").is_match(&t));
        prop_assert_eq!(is_job_and_counter(&t), re(r"^(?:[0-9]{2}-[0-9]{5}(?:[ \t]*\([A-Z]\))?[ \t]+[0-9]{1,3}/[0-9]{1,3}|[0-9]{1,3}/[0-9]{1,3}[ \t]+[0-9]{2}-[0-9]{5}(?:[ \t]*\([A-Z]\))?)$").is_match(&t));
        prop_assert_eq!(is_job_number(&t), re(r"^[0-9]{2}-[0-9]{5}(?:[ \t]*\([A-Z]\))?(?:[ \t]+[0-9]{6})?$").is_match(&t));
        prop_assert_eq!(is_barcode(&t), re(r"^\*[0-9]{6,9}\*$").is_match(&t));
        prop_assert_eq!(is_url_line(&t), re(r"^(?:https?://|www\.)[^ \t]+$").is_match(&t));
        prop_assert_eq!(starts_body(&t), re(r"^(?:[0-9]{1,3}\.(?:[ \t]|$)|[IVXLC]{1,5}\.[ \t]|[A-Z]\.[ \t]|\(?[a-z]{1,4}\)[ \t]|[0-9]{1,3}(?:st|nd|rd|th|e|er|ᵉ)?[ \t]+[^ \t]+[ \t]+[^ \t]+$)").is_match(&t));
        prop_assert_eq!(is_date_line(&t), re(r"^(?:[0-9]{1,2}(?:er|st|nd|rd|th)?\.?[ \t]+[^ \t0-9,.]+\.?[ \t]+(?:de[ \t]+)?[0-9]{4}|[^ \t0-9,.]+[ \t]+[0-9]{1,2},[ \t]+[0-9]{4})\.?$").is_match(&t));
        let title = re(r"^([0-9]{1,3}/[0-9]{1,4})\.[ \t]+([^ \t].*)$");
        prop_assert_eq!(title_number(&t), title.captures(&t).map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str())));
        let note = re(&format!(r"^(?:([0-9]{{1,3}})[ \t]+|{O}([^{C}]+){C}[ \t]*|(\*{{1,3}})[ \t]*)([^ \t].*)$"));
        let expected = note.captures(&t).map(|c| {
            let mark = c.get(1).or(c.get(2)).or(c.get(3)).unwrap().as_str();
            (mark, c.get(4).unwrap().as_str())
        });
        prop_assert_eq!(footnote_start(&t, O, C).map(|f| (f.mark, f.body)), expected);
        let heading = re(r"^#{1,6}[ \t]+");
        prop_assert_eq!(markdown_heading(&t), heading.find(&t).map(|m| m.end()));
    }

    #[test]
    fn markdown_marks(t in line()) {
        let note = format!("{O}${{1}}{C}");
        let mut expected = re(r"<sup>[ \t]*([0-9]{1,3}|\*{1,3})[ \t]*</sup>").replace_all(&t, note.as_str()).into_owned();
        expected = re(r"<sup>([^<]*)</sup>").replace_all(&expected, "$1").into_owned();
        expected = re(r"</?(?:sub|em|strong|b|i|u|span|br)[ \t]*/?>").replace_all(&expected, "").into_owned();
        prop_assert_eq!(strip_html_marks(&t, O, C), expected);
        let mut expected = re(r"\^\{([^}]*)\}").replace_all(&t, "$1").into_owned();
        expected = re(r"([0-9])\^([^ \t0-9^{}.,;:]{1,4})").replace_all(&expected, "$1$2").into_owned();
        prop_assert_eq!(strip_carets(&t), expected);
        prop_assert_eq!(strip_links(&t), re(r"\[([^\]]*)\]\([^) \t]*\)").replace_all(&t, "$1").into_owned());
    }
}
