//! The edge cases of each line shape, one test per family: what each
//! scanner must accept and, as often, what it must refuse.

use super::*;

const O: char = '\u{E000}';
const C: char = '\u{E001}';

#[test]
fn symbols() {
    for yes in [
        "A/RES/78/265",
        "A/C.1/80/L.41",
        "E/2024/15 (2024)",
        "S/RES/2719",
        "A/78/L.49/Rev.1",
    ] {
        assert!(is_symbol(yes), "{yes}");
    }
    for no in [
        "A/",
        "B/RES/1",
        "A/RES/78/265 (24)",
        "A/RES 78",
        "A/1/2/3/4/5/6/7",
        "A//1",
        "RES/78",
    ] {
        assert!(!is_symbol(no), "{no}");
    }
}

#[test]
fn page_furniture() {
    assert!(is_page_counter("3/12"));
    assert!(is_page_counter("3 / 12"));
    assert!(!is_page_counter("1234/1"));
    assert!(!is_page_counter("3/12 x"));
    assert!(is_job_and_counter("24-04215 (E) 3/12"));
    assert!(is_job_and_counter("24-04215 3/12"));
    assert!(is_job_and_counter("3/12 24-04215 (F)"));
    assert!(!is_job_and_counter("3 /12 24-04215"));
    assert!(is_job_number("24-04215"));
    assert!(is_job_number("24-04215 (E)"));
    assert!(is_job_number("24-04215(E) 080424"));
    assert!(!is_job_number("24-0421"));
    assert!(!is_job_number("24-042155"));
    assert!(!is_job_number("24-04215 (EN)"));
    assert!(is_barcode("*2404215*"));
    assert!(!is_barcode("*24042*"));
    assert!(!is_barcode("*2404215"));
    assert!(is_url_line("https://undocs.org/A/78/1"));
    assert!(is_url_line("www.un.org"));
    assert!(!is_url_line("https://"));
    assert!(!is_url_line("see https://x"));
    assert!(!is_url_line("https://a b"));
}

#[test]
fn footnote_starts() {
    let fs = |t| footnote_start(t, O, C).map(|f| (f.mark, f.body));
    assert_eq!(fs("12 See A/78/1."), Some(("12", "See A/78/1.")));
    assert_eq!(fs("1234 See"), None);
    assert_eq!(fs("12See"), None);
    assert_eq!(fs("\u{E000}3\u{E001} Ibid."), Some(("3", "Ibid.")));
    assert_eq!(fs("\u{E000}3\u{E001}Ibid."), Some(("3", "Ibid.")));
    assert_eq!(fs("* Reissued."), Some(("*", "Reissued.")));
    assert_eq!(fs("**Reissued."), Some(("**", "Reissued.")));
    assert_eq!(fs("****x"), Some(("***", "*x")));
    assert_eq!(fs("* "), None);
    assert_eq!(fs("*"), None);
    assert_eq!(fs("**"), Some(("*", "*")));
    assert_eq!(fs("Text"), None);
}

#[test]
fn body_starts() {
    for yes in [
        "12. Decides",
        "12.",
        "IV. Annex",
        "A. Scope",
        "(a) To",
        "iv) To",
        "21 March 2024",
        "1er avril 2024",
        "1 st x",
    ] {
        assert!(starts_body(yes), "{yes}");
    }
    for no in [
        "12.5 per cent",
        "See 12",
        "(abcde) x",
        "21 March",
        "21 March 2024 at noon",
        "a.",
    ] {
        assert!(!starts_body(no), "{no}");
    }
}

#[test]
fn titles_and_dates() {
    assert_eq!(title_number("78/265. Seizing"), Some(("78/265", "Seizing")));
    assert_eq!(title_number("78/265.Seizing"), None);
    assert_eq!(title_number("78/265. "), None);
    for yes in [
        "21 March 2024",
        "1er avril 2024",
        "21 marzo de 2024",
        "March 21, 2024",
        "1st. May. 2024.",
        "2 декабря 2024",
    ] {
        assert!(is_date_line(yes), "{yes}");
    }
    for no in [
        "21 March 24",
        "Decides 2024",
        "21 March 2024 x",
        "123 March 2024",
        "March 21 2024",
    ] {
        assert!(!is_date_line(no), "{no}");
    }
}

#[test]
fn markdown() {
    assert_eq!(markdown_heading("## Title"), Some(3));
    assert_eq!(markdown_heading("####### x"), None);
    assert_eq!(markdown_heading("#x"), None);
    assert_eq!(
        strip_html_marks(
            "rights<sup>1</sup> and <sup> 23 </sup>; x<sup>er</sup>",
            O,
            C
        ),
        "rights\u{E000}1\u{E001} and \u{E000}23\u{E001}; xer"
    );
    assert_eq!(
        strip_html_marks("<em>a</em> <br/> <b >c</b> <p>", O, C),
        "a  c <p>"
    );
    assert_eq!(
        strip_carets("1^{er} avril, 2^e, 3^ x, 4^12"),
        "1er avril, 2e, 3^ x, 4^12"
    );
    assert_eq!(
        strip_links("see [A/78/1](https://undocs.org/A/78/1) and [x] (y)"),
        "see A/78/1 and [x] (y)"
    );
    assert_eq!(strip_links("[a](b c)"), "[a](b c)");
}
