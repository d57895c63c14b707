//! The spaces at the edges of an edit read right on both sides of an inline
//! redline (issue 12, item 6): no space lost between a word and an edit, no
//! two spaces in a row, no space before punctuation that one side alone has.

use proptest::prelude::*;
use resdiff::check::audit::redline_edge_faults;
use resdiff::compare::worddiff::{diff_words, new_side, old_side};
use resdiff::lang::Language;
use resdiff::render::edges::{bracketed, pieces};
use resdiff::{Comparison, KeyOptions, Op};

/// Words, punctuation and signs as resolutions print them, in French and
/// English typography (a space before "; :" in French, none in English).
const TOKENS: &[&str] = &[
    "Assemblée",
    "systems",
    "weapon",
    "and",
    "et",
    "international",
    "law",
    "78/102",
    "2024",
    "de",
    "l’",
    "homme",
    ",",
    ";",
    ":",
    ".",
    "–",
    "(",
    ")",
    "«",
    "»",
    "大会",
    "决议",
];

/// A text: tokens joined by a space, by nothing or by a line break.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&["", " ", " ", " ", "\n", "\u{a0}", "  "][..]),
        ),
        0..14,
    )
    .prop_map(|ts| {
        ts.into_iter()
            .map(|(t, s)| format!("{s}{t}"))
            .collect::<String>()
    })
}

/// The redline as a terminal without colour prints it.
fn shown(old: &str, new: &str) -> String {
    let diff = diff_words(old, new, Language("fr").rules(), &KeyOptions::default());
    bracketed(&pieces(&diff))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn both_sides_read_right_at_every_edit(old in text(), new in text()) {
        let fr = Language("fr").rules();
        let diff = diff_words(&old, &new, fr, &KeyOptions::default());
        prop_assert_eq!(old_side(&diff), old.clone());
        prop_assert_eq!(new_side(&diff), new.clone());
        let shown = pieces(&diff);
        let faults = redline_edge_faults(&diff, &shown);
        prop_assert!(faults.is_empty(), "{faults:?}\n{diff:?}\n{shown:?}");
        // The pieces hold every word of both sides, in order.
        let read = |skip: Op| -> String {
            shown.iter().filter(|p| p.op != skip).map(|p| p.text.as_str()).collect()
        };
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        prop_assert_eq!(squeeze(&read(Op::Delete)), squeeze(&new));
    }
}

#[test]
fn the_checker_sees_each_fault() {
    // "systems, encompassing" shown as "systems,[-encompassing-]".
    let mut equal = span(Op::Equal, "systems,");
    equal.old_text = Some("systems, ".into());
    let diff = [equal.clone(), span(Op::Delete, "encompassing")];
    let lost = [
        span(Op::Equal, "systems,"),
        span(Op::Delete, "encompassing"),
    ];
    assert_eq!(
        redline_edge_faults(&diff, &lost),
        ["old side reads “systems,encompassing” for “systems, encompassing”"]
    );
    assert!(redline_edge_faults(&diff, &pieces(&diff)).is_empty());
    // "systems[-,-]  and": two spaces.
    let diff = [
        span(Op::Equal, "systems"),
        span(Op::Delete, ", "),
        span(Op::Equal, " and"),
    ];
    let doubled = [
        span(Op::Equal, "systems"),
        span(Op::Delete, ","),
        span(Op::Equal, " "),
        span(Op::Equal, " and"),
    ];
    assert_eq!(
        redline_edge_faults(&diff, &doubled),
        ["double space: “ | and”"]
    );
    // "international [-, garantissent-]{+– conformément+}".
    let mut equal = span(Op::Equal, "international ");
    equal.old_text = Some("international".into());
    let diff = [
        equal,
        span(Op::Delete, ", garantissent"),
        span(Op::Insert, "– conformément"),
    ];
    let mut spaced = diff.clone();
    spaced[0].old_text = None;
    assert_eq!(
        redline_edge_faults(&diff, &spaced),
        ["old side reads “international , garantissent” for “international, garantissent”"]
    );
}

fn compare_files(old: &str, new: &str) -> Comparison {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &str| resdiff::parse_path(&root.join(p), None).unwrap();
    resdiff::compare::compare(read(old), read(new), &Default::default())
}

fn entry_text(c: &Comparison, id: &str) -> String {
    let e = c
        .alignment
        .iter()
        .find(|e| e.new.iter().any(|n| n == id))
        .unwrap_or_else(|| panic!("{id}"));
    bracketed(&pieces(&e.diff))
}

#[test]
fn the_edges_the_issue_names_read_right() {
    let c = compare_files(
        "fixtures/real/A-RES-79-62.en.txt",
        "fixtures/real/A-C.1-80-L.41.en.txt",
    );
    assert!(entry_text(&c, "PP9").ends_with(
        "autonomous weapons systems, [-encompassing legal, ethical, human rights, societal and technological dimensions,-]"
    ));
    assert!(resdiff::check::audit::edge_faults(&c).is_empty());
    let c = compare_files(
        "fixtures/real/A-RES-79-239.en.txt",
        "fixtures/real/A-RES-80-58.en.txt",
    );
    assert!(entry_text(&c, "PP5").contains("weapon systems[-,-] and other means"));
    assert!(resdiff::check::audit::edge_faults(&c).is_empty());
    let c = compare_files(
        "seeds/001_f645d6d34d6fbb5d.txt",
        "seeds/000_da5010157984a27d.txt",
    );
    assert!(entry_text(&c, "PP6")
        .contains("du droit international[-,-] [-garantissent le respect de la vie privée"));
    assert!(resdiff::check::audit::edge_faults(&c).is_empty());
}

#[test]
fn a_replaced_word_reads_as_before() {
    assert_eq!(shown("a b d", "a c d"), "a [-b-]{+c+} d");
    assert_eq!(
        shown("law, international", "law and international"),
        "law[-,-] {+and+} international"
    );
}

// Edits of each shape, built by hand.

fn span(op: Op, text: &str) -> resdiff::Span {
    resdiff::Span {
        op,
        text: text.into(),
        old_text: None,
    }
}

fn show(diff: &[resdiff::Span]) -> String {
    bracketed(&pieces(diff))
}

fn equal(text: &str, old: &str) -> resdiff::Span {
    resdiff::Span {
        op: Op::Equal,
        text: text.into(),
        old_text: Some(old.into()),
    }
}

#[test]
fn a_space_only_the_old_side_has_is_not_lost() {
    // "systems, encompassing legal dimensions," became "systems,".
    let diff = [
        equal("weapons systems,", "weapons systems, "),
        span(Op::Delete, "encompassing legal dimensions,"),
    ];
    assert_eq!(
        show(&diff),
        "weapons systems, [-encompassing legal dimensions,-]"
    );
}

#[test]
fn a_deleted_comma_leaves_one_space() {
    let diff = [
        span(Op::Equal, "weapon systems"),
        span(Op::Delete, ", "),
        equal(" and other means", "and other means"),
    ];
    assert_eq!(show(&diff), "weapon systems[-,-] and other means");
}

#[test]
fn no_space_before_a_comma_of_one_side() {
    // "international, garantissent le respect," became
    // "international – conformément au principe,".
    let diff = [
        equal("du droit international ", "du droit international"),
        span(Op::Delete, ", garantissent le respect"),
        span(Op::Insert, "– conformément au principe"),
        span(Op::Equal, ","),
    ];
    assert_eq!(
        show(&diff),
        "du droit international[-,-] [-garantissent le respect-]{+– conformément au principe+},"
    );
    // With no space inside the deletion to show plain, the space goes
    // inside the insertion's mark.
    let diff = [
        equal("resolution 77/98", "resolution 77/98 "),
        span(Op::Delete, "and 78/102"),
        span(Op::Insert, ", 78/102 and 79/116"),
        span(Op::Equal, ", and"),
    ];
    assert_eq!(
        show(&diff),
        "resolution 77/98[- and 78/102-]{+, 78/102 and 79/116+}, and"
    );
}

#[test]
fn replacements_and_insertions_between_words_read_as_prose() {
    let diff = [
        span(Op::Equal, "law"),
        span(Op::Delete, ", "),
        span(Op::Insert, " and "),
        span(Op::Equal, "international"),
    ];
    assert_eq!(show(&diff), "law[-,-] {+and+} international");
    let diff = [
        span(Op::Equal, "a "),
        span(Op::Insert, "new "),
        span(Op::Equal, "text"),
    ];
    assert_eq!(show(&diff), "a {+new+} text");
    let diff = [
        span(Op::Equal, "the law"),
        span(Op::Insert, " and order"),
        span(Op::Equal, ";"),
    ];
    assert_eq!(show(&diff), "the law{+ and order+};");
    let diff = [
        span(Op::Delete, "Requests "),
        span(Op::Insert, "Notes the report of "),
        span(Op::Equal, "the Secretary-General"),
    ];
    assert_eq!(
        show(&diff),
        "[-Requests-]{+Notes the report of+} the Secretary-General"
    );
}

#[test]
fn texts_without_spaces_get_none() {
    let diff = [
        span(Op::Equal, "大会"),
        span(Op::Delete, "回顾"),
        span(Op::Insert, "重申"),
        span(Op::Equal, "其决议"),
    ];
    assert_eq!(show(&diff), "大会[-回顾-]{+重申+}其决议");
}

#[test]
fn equal_words_keep_their_old_form() {
    let p = pieces(&[equal("l’homme ", "l'homme "), span(Op::Insert, "libre")]);
    assert_eq!(p[0].text, "l’homme");
    assert_eq!(p[0].old_text.as_deref(), Some("l'homme"));
}
