use super::*;
use crate::lang::Language;

/// The readings of `breaks` (head, tail, spaced) in language `code`, with
/// the document's evidence given as (compound, hyphenated, joined).
fn read<'a>(
    code: &'static str,
    breaks: &[(&'a str, &'a str, bool)],
    evidence: &[(&str, u32, u32)],
) -> Vec<Reading> {
    let rules = Language(code).rules();
    let breaks: Vec<Break> = breaks
        .iter()
        .map(|&(head, tail, spaced)| Break { head, tail, spaced })
        .collect();
    let evidence = |b: &Break| {
        evidence
            .iter()
            .find(|e| e.0 == b.key())
            .map_or_else(Evidence::default, |e| Evidence {
                hyphenated: e.1,
                joined: e.2,
            })
    };
    let hyphens = Hyphens::new(&breaks, evidence, rules);
    breaks
        .iter()
        .map(|b| hyphens.reading(&b.key()).map_or(Reading::Unknown, |r| r.1))
        .collect()
}

use Reading::{Hyphen, Join, Unknown};

/// In each language with a word list: a cut word joins, a compound keeps
/// its hyphen, a capitalised second part keeps it, a spaced hyphen closes
/// up before a known compound and stays before an unknown one.
#[cfg(feature = "lexicon")]
#[test]
fn each_language_joins_cut_words_and_keeps_compounds() {
    // Each language's breaks as "head|tail" (a space-led tail for a spaced
    // hyphen) and the reading: J join, H hyphen, U unknown.
    let cases = [
        (
            "en",
            "technolo|gical J, nuclear-weap|on-free J, capacity|building H, \
             decision|making H, follow|up H, non|State H, Non| Proliferation H, \
             non| governmental H, Xqzt| Vwpr U",
        ),
        (
            "fr",
            "dévelop|pement J, protè|gent J, l’Assem|blée J, Nord|Sud H, \
             sous|régionales H, porte|parole H, vingt|quatrième H",
        ),
        (
            "es",
            "desa|rrollo J, recono|ciendo J, Na|ciones J, Sur|Sur H, no|gubernamentales H",
        ),
        (
            "ru",
            "разви|тие J, техноло|гий J, кто|то H, Север|Юг H, социально|экономического H",
        ),
    ];
    for (code, breaks) in cases {
        let mut input = Vec::new();
        let mut expected = Vec::new();
        for case in breaks.split(", ") {
            let (pair, reading) = case.rsplit_once(' ').unwrap();
            let (head, tail) = pair.split_once('|').unwrap();
            input.push((head, tail.trim_start(), tail.starts_with(' ')));
            expected.push(match reading {
                "J" => Join,
                "H" => Hyphen,
                _ => Unknown,
            });
        }
        assert_eq!(read(code, &input, &[]), expected, "{code}");
    }
}

/// Both parts words and the joined form a word too: joined only in a
/// document that shows the typesetter's hyphenation elsewhere.
#[cfg(feature = "lexicon")]
#[test]
fn a_break_both_readings_fit_follows_the_documents_hyphenation() {
    assert_eq!(read("fr", &[("renforce", "ment", false)], &[]), [Hyphen]);
    assert_eq!(
        read(
            "fr",
            &[("renforce", "ment", false), ("dévelop", "pement", false)],
            &[]
        ),
        [Join, Join]
    );
    assert_eq!(read("en", &[("health", "care", false)], &[]), [Hyphen]);
    // A cut word the document itself joins shows the hyphenation too.
    assert_eq!(
        read(
            "en",
            &[("health", "care", false), ("capa", "city", false)],
            &[("capa-city", 0, 3)]
        ),
        [Join, Join]
    );
}

/// The document's own words come before the word list, both ways.
#[test]
fn the_documents_own_words_decide_first() {
    let breaks = [("co", "operation", false), ("dévelop", "pement", false)];
    assert_eq!(
        read(
            "en",
            &breaks,
            &[("co-operation", 0, 4), ("dévelop-pement", 1, 0)]
        ),
        [Join, Hyphen]
    );
    // A capitalised second part keeps the hyphen whatever the document
    // writes elsewhere.
    assert_eq!(
        read("fr", &[("Nord", "Sud", false)], &[("nord-sud", 0, 2)]),
        [Hyphen]
    );
}

/// Languages without case keep the document's evidence alone, in
/// `repair`: no break is read here.
#[test]
fn languages_without_case_read_no_break() {
    assert_eq!(
        read("ar", &[("تنمي", "ة", false)], &[("تنمي-ة", 0, 3)]),
        [Unknown]
    );
    assert_eq!(read("zh", &[("ab", "cd", false)], &[]), [Unknown]);
}

#[test]
fn spaced_breaks_leave_suspended_compounds_out() {
    let en = Language("en").rules();
    let found = |text: &str, rules| -> Vec<String> {
        spaced_breaks(text, rules)
            .into_iter()
            .map(|(h, t)| format!("{}|{}", &text[h], &text[t]))
            .collect()
    };
    assert_eq!(
        found(
            "the Non- Proliferation Treaty, low- and middle-income, re- emphasizes, one- to two-year, -- x",
            en
        ),
        ["Non|Proliferation", "re|emphasizes"]
    );
    let fr = Language("fr").rules();
    assert_eq!(
        found("pré- et post-natal, sous- régionales", fr),
        ["sous|régionales"]
    );
}
