//! Routine or substantive (issue 18): each changed entry and each edit
//! classified with its reason, strength shifts with their direction, on
//! the real chains of `fixtures/real` (outcomes checked by reading the
//! redlines) and on `fixtures/substance`, which holds each rule's case and
//! its near-misses; and the outputs that show them.

use std::path::Path;
use std::process::Command;

use resdiff::compare::compare;
use resdiff::render::html::{self, HtmlOptions};
use resdiff::{CompareOptions, Comparison, Direction, Reason, Substance};

fn compare_files(old: &str, new: &str) -> Comparison {
    let read = |p: &str| resdiff::parse_path(Path::new(p), None).expect(p);
    compare(read(old), read(new), &CompareOptions::default())
}

/// Every changed paragraph entry: its new (or old) ids, substance and
/// reasons, in reading order.
fn verdicts(c: &Comparison) -> Vec<(String, &'static str, Vec<&'static str>)> {
    c.alignment
        .iter()
        .filter_map(|e| {
            let ids = if e.new.is_empty() { &e.old } else { &e.new };
            let substance = match e.substance? {
                Substance::Routine => "routine",
                Substance::Substantive => "substantive",
            };
            Some((
                ids.join(","),
                substance,
                e.reasons.iter().map(|r| r.name()).collect(),
            ))
        })
        .collect()
}

fn expect(
    list: &[(&str, &'static str, &[&'static str])],
) -> Vec<(String, &'static str, Vec<&'static str>)> {
    list.iter()
        .map(|(id, s, r)| (id.to_string(), *s, r.to_vec()))
        .collect()
}

const OLD: &str = "fixtures/substance/old.en.txt";
const NEW: &str = "fixtures/substance/new.en.txt";

#[test]
fn each_rule_and_its_near_misses() {
    let c = compare_files(OLD, NEW);
    assert_eq!(
        verdicts(&c),
        expect(&[
            ("PP1", "routine", &["document-symbol"]),
            ("PP2", "routine", &["document-symbol"]),
            ("PP3", "routine", &["year"]),
            ("PP4", "substantive", &["year-moved"]),
            ("PP5", "substantive", &["wording"]),
            ("OP1", "routine", &["date"]),
            ("OP2", "substantive", &["inserted"]),
            ("OP3", "substantive", &["date-moved"]),
            ("OP4", "substantive", &["strength"]),
            ("OP5", "substantive", &["strength"]),
            ("OP6", "substantive", &["strength"]),
            ("OP7", "routine", &["cross-reference-renumbered"]),
            ("OP8", "substantive", &["cross-reference-changed"]),
            ("OP9", "substantive", &["session-moved"]),
            ("OP10", "routine", &["session-ordinal"]),
        ])
    );
    let s = &c.summary;
    assert_eq!(
        (s.substantive, s.routine, s.strengthened, s.weakened),
        (9, 6, 2, 1)
    );
    let shifts: Vec<(String, String, Direction)> = c
        .alignment
        .iter()
        .flat_map(|e| &e.shifts)
        .map(|s| (s.old.clone(), s.new.clone(), s.direction))
        .collect();
    assert_eq!(
        shifts,
        [
            ("Encourages".into(), "Urges".into(), Direction::Strengthened),
            ("Calls upon".into(), "Invites".into(), Direction::Weakened),
            ("should".into(), "shall".into(), Direction::Strengthened),
        ]
    );
    // The resolution added to the "Recalling" list: two edits, both routine.
    let pp1 = &c.alignment[0];
    let edits: Vec<(&str, &str, Reason)> = pp1
        .edits
        .iter()
        .map(|e| (e.old.as_str(), e.new.as_str(), e.reason))
        .collect();
    assert_eq!(
        edits,
        [
            ("resolution ", "resolutions ", Reason::DocumentSymbol),
            ("", " and 79/20 of 4 December 2024", Reason::DocumentSymbol),
        ]
    );
}

/// 79/23 → L.21, a yearly update: the new agenda and report sessions are
/// routine, as are the new report's symbol in footnote 4 and "States
/// parties" → "States Parties"; "in 2023" → "in 2025" is two years for one
/// session, and the apostrophe of "Member States’" is a change of words.
#[test]
fn a_yearly_update_from_resolution_to_draft() {
    let c = compare_files(
        "fixtures/real/A-RES-79-23.en.txt",
        "fixtures/real/A-C.1-80-L.21.en.txt",
    );
    assert_eq!(
        verdicts(&c),
        expect(&[
            ("PP6", "routine", &["letter-case"]),
            ("PP7", "substantive", &["year-moved"]),
            ("OP2", "substantive", &["wording"]),
            ("OP4", "routine", &["session-ordinal"]),
            ("OP7", "routine", &["session-ordinal"]),
        ])
    );
    let note = c.footnotes.iter().find(|e| e.new == ["4"]).unwrap();
    assert_eq!(
        (note.substance, note.reasons.as_slice()),
        (Some(Substance::Routine), &[Reason::DocumentSymbol][..])
    );
    let s = &c.summary;
    assert_eq!(
        (s.substantive, s.routine, s.strengthened, s.weakened),
        (2, 3, 0, 0)
    );
}

/// 79/62 → L.41: the issue's own example, "resolution 79/62" added to the
/// "Recalling" list, is routine; so is the agenda's session, moved with its
/// paragraph from OP12 to OP4; the rest was rewritten.
#[test]
fn a_rewrite_keeps_its_routine_paragraphs_apart() {
    let c = compare_files(
        "fixtures/real/A-RES-79-62.en.txt",
        "fixtures/real/A-C.1-80-L.41.en.txt",
    );
    let routine: Vec<_> = verdicts(&c)
        .into_iter()
        .filter(|v| v.1 == "routine")
        .collect();
    assert_eq!(
        routine,
        expect(&[
            ("PP1", "routine", &["document-symbol"]),
            ("OP4", "routine", &["session-ordinal"])
        ])
    );
    assert_eq!((c.summary.substantive, c.summary.routine), (20, 2));
}

/// 79/239 → L.46: "Also requests the Secretary-General to invite the
/// views" became "Also decides that the informal exchanges …": a shift up
/// the exhortation ladder; the agenda paragraph's session moved with the
/// session and it gained "Further" (routine both), but "a sub-item" became "the sub-item".
#[test]
fn a_draft_that_turns_a_request_into_a_decision() {
    let c = compare_files(
        "fixtures/real/A-RES-79-239.en.txt",
        "fixtures/real/A-C.1-80-L.46.en.txt",
    );
    let op10 = c.alignment.iter().find(|e| e.new == ["OP10"]).unwrap();
    assert_eq!(op10.reasons, [Reason::Strength, Reason::Wording]);
    assert_eq!(op10.shifts.len(), 1);
    let s = &op10.shifts[0];
    assert_eq!(
        (s.ladder, s.old.as_str(), s.new.as_str(), s.direction),
        (
            "exhortation",
            "requests",
            "decides",
            Direction::Strengthened
        )
    );
    let op11 = c.alignment.iter().find(|e| e.new == ["OP11"]).unwrap();
    assert_eq!(
        op11.reasons,
        [
            Reason::Wording,
            Reason::SequenceAdverb,
            Reason::SessionOrdinal
        ]
    );
    assert_eq!(op11.substance, Some(Substance::Substantive));
    let s = &c.summary;
    assert_eq!(
        (s.substantive, s.routine, s.strengthened, s.weakened),
        (19, 0, 1, 0)
    );
}

/// A draft and its adopted text: nothing changed, nothing to classify.
#[test]
fn identical_texts_have_no_substance() {
    let c = compare_files(
        "fixtures/real/A-C.1-80-L.21.en.txt",
        "fixtures/real/A-RES-80-22.en.txt",
    );
    assert!(c
        .alignment
        .iter()
        .all(|e| e.substance.is_none() && e.edits.is_empty()));
    assert_eq!((c.summary.substantive, c.summary.routine), (0, 0));
}

fn resdiff(args: &[&str]) -> (String, Option<i32>) {
    let o = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(args)
        .output()
        .expect("the binary runs");
    (String::from_utf8(o.stdout).unwrap(), o.status.code())
}

#[test]
fn the_terminal_folds_routine_changes_under_substantive() {
    let (full, code) = resdiff(&["--color", "never", OLD, NEW]);
    assert_eq!(code, Some(1));
    assert!(full.contains("OP4 (was OP3)  changed (0.90) · substantive: strength · strengthened: Encourages → Urges\n"), "{full}");
    assert!(full.contains("PP3  changed (0.86) · routine: year\n    Noting the discussions held in [-2024-]{+2025+},\n"));
    assert!(full.ends_with("changes: 9 substantive, 6 routine, 2 strengthened, 1 weakened\n"));
    let (only, code) = resdiff(&["--color", "never", "--substantive", OLD, NEW]);
    assert_eq!(code, Some(1));
    assert!(only.contains("  PP3  routine: year\n"), "{only}");
    assert!(!only.contains("[-2024-]"));
    assert!(only.contains("OP5 (was OP4)  changed (0.84) · substantive: strength · weakened: Calls upon → Invites\n    [-Calls upon-]{+Invites+}"));
    // Routine lines stand where their paragraphs stand: six of them.
    assert_eq!(
        only.lines().filter(|l| l.contains("  routine: ")).count(),
        6
    );
}

#[test]
fn json_carries_substance_on_entries_and_edits() {
    let (json, _) = resdiff(&["--format", "json", OLD, NEW]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let op4 = v["alignment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["new"][0] == "OP4")
        .unwrap();
    assert_eq!(op4["substance"], "substantive");
    assert_eq!(op4["reasons"], serde_json::json!(["strength"]));
    assert_eq!(
        op4["edits"],
        serde_json::json!([{"span": 0, "old": "Encourages ", "new": "Urges ", "substance": "substantive", "reason": "strength"}])
    );
    assert_eq!(
        op4["shifts"],
        serde_json::json!([{"ladder": "exhortation", "old": "Encourages", "new": "Urges", "old_rank": 2, "new_rank": 4, "direction": "strengthened"}])
    );
    assert_eq!(v["summary"]["substantive"], 9);
    assert_eq!(v["summary"]["routine"], 6);
    // Unchanged entries carry none of the new fields.
    let unchanged = v["alignment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["status"] == "unchanged");
    assert!(unchanged.is_none_or(|e| e.get("substance").is_none() && e.get("edits").is_none()));
}

#[test]
fn the_page_marks_shifts_beside_paragraphs_and_lists_them() {
    let c = compare_files(OLD, NEW);
    let page = html::render(&c, &HtmlOptions::default());
    assert!(page.contains(
        "<p class=\"substance-counts\">9 substantive, 6 routine, 2 strengthened, 1 weakened</p>"
    ));
    assert!(page.contains("<li><a href=\"#n-OP4\">OP4 (was OP3)</a> <span class=\"shift strengthened\">strengthened: Encourages → Urges</span></li>"), "{page}");
    assert!(page.contains("<span class=\"substance substantive\">substantive: strength</span> <span class=\"shift strengthened\" data-ladder=\"exhortation\">strengthened: Encourages → Urges</span></div>"));
    // Substantive changes are listed before routine ones.
    let (s, r) = (
        page.find("<p>substantive:").unwrap(),
        page.find("<p>routine:").unwrap(),
    );
    assert!(s < r);
    let only = html::render(
        &c,
        &HtmlOptions {
            substantive: true,
            ..HtmlOptions::default()
        },
    );
    assert!(only.contains("<p class=\"routine-line\" id=\"n-PP3\">PP3 routine: year</p>"));
    // PP3's redline is folded away; substantive ones stay.
    assert!(page.contains("2024</del>") && !only.contains("2024</del>"));
    assert!(only.contains("Encourages</del>"));
}

mod properties {
    use proptest::prelude::*;
    use resdiff::compare::compare;
    use resdiff::{CompareOptions, Op, Status};

    const WORDS: &[&str] = &[
        "Encourages",
        "Urges",
        "States",
        "should",
        "shall",
        "session",
        "eightieth",
        "eighty-first",
        "paragraph",
        "5",
        "6",
        "above",
        "2024",
        "2025",
        "December",
        "31",
        "A/79/224",
        "A/80/237",
        "resolution",
        "79/62",
        "and",
        "of",
        "by",
        "the",
        "report",
        ",",
        "décide",
        "сессии",
        "第八十届",
    ];

    fn paragraph() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(WORDS), 1..12).prop_map(|w| w.join(" "))
    }

    fn text(paragraphs: &[String]) -> String {
        let mut t = String::from("The General Assembly,\n\n");
        for (i, p) in paragraphs.iter().enumerate() {
            t.push_str(&format!("{}. {p}\n\n", i + 1));
        }
        t
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the words: every entry that is not unchanged is
        /// classified, unchanged ones are not; a changed entry's edits are
        /// its redline's runs of deleted and inserted spans, in order, with
        /// their texts; an entry is routine exactly when its edits all are;
        /// the summary counts the entries.
        #[test]
        fn every_change_is_classified_and_edits_rebuild_the_redline(
            old in prop::collection::vec(paragraph(), 1..6),
            new in prop::collection::vec(paragraph(), 1..6),
        ) {
            let c = compare(
                resdiff::parse_text("old.txt", &text(&old), None),
                resdiff::parse_text("new.txt", &text(&new), None),
                &CompareOptions::default(),
            );
            let (mut routine, mut substantive) = (0, 0);
            for e in &c.alignment {
                prop_assert_eq!(e.substance.is_some(), e.status != Status::Unchanged);
                match e.substance {
                    Some(resdiff::Substance::Routine) => routine += 1,
                    Some(resdiff::Substance::Substantive) => substantive += 1,
                    None => continue,
                }
                if matches!(e.status, Status::Inserted | Status::Deleted) {
                    prop_assert!(e.edits.is_empty());
                    continue;
                }
                let mut runs: Vec<(usize, String, String)> = Vec::new();
                let mut open = false;
                for (i, s) in e.diff.iter().enumerate() {
                    if s.op == Op::Equal {
                        open = false;
                        continue;
                    }
                    if !open {
                        runs.push((i, String::new(), String::new()));
                        open = true;
                    }
                    let run = runs.last_mut().unwrap();
                    if s.op == Op::Delete { run.1.push_str(&s.text) } else { run.2.push_str(&s.text) }
                }
                let edits: Vec<(usize, String, String)> =
                    e.edits.iter().map(|x| (x.span, x.old.clone(), x.new.clone())).collect();
                prop_assert_eq!(edits, runs);
                if e.status == Status::Changed && !e.edits.is_empty() {
                    let all_routine = e.edits.iter().all(|x| x.substance == resdiff::Substance::Routine);
                    prop_assert_eq!(e.substance == Some(resdiff::Substance::Routine), all_routine);
                }
            }
            prop_assert_eq!((c.summary.routine, c.summary.substantive), (routine, substantive));
        }
    }
}

/// The page says routine and substantive in the text's language; its
/// classes, the terminal and the JSON keep the English names.
#[test]
fn the_page_says_substantive_in_each_language() {
    let expected = [
        ("ar", "جوهري: الصياغة"),
        ("es", "de fondo: redacción"),
        ("ru", "по существу: формулировка"),
        ("zh", "实质性: 措辞"),
    ];
    for (lang, mark) in expected {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/langs");
        let parse = |name: String| resdiff::parse_path(&dir.join(name), None).unwrap();
        let c = compare(
            parse(format!("res-69-170.{lang}.plain.txt")),
            parse(format!("res-69-170.{lang}.edited.plain.txt")),
            &CompareOptions::default(),
        );
        let page = html::render(&c, &HtmlOptions::default());
        assert!(
            page.contains(&format!(
                "<span class=\"substance substantive\">{mark}</span>"
            )),
            "{lang}"
        );
        let json = serde_json::to_value(&c).unwrap();
        let changed = json["alignment"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["status"] == "changed")
            .unwrap();
        assert_eq!(changed["substance"], "substantive", "{lang}");
        assert_eq!(changed["reasons"][0], "wording", "{lang}");
    }
    let seeds = compare(
        resdiff::parse_path(Path::new("seeds/001_f645d6d34d6fbb5d.txt"), None).unwrap(),
        resdiff::parse_path(Path::new("seeds/000_da5010157984a27d.txt"), None).unwrap(),
        &CompareOptions::default(),
    );
    let page = html::render(&seeds, &HtmlOptions::default());
    assert!(page.contains("<p class=\"substance-counts\">70 de fond, 0 de forme, 0 renforcé</p>"));
    assert!(page.contains("<span class=\"substance substantive\">de fond: libellé</span>"));
}
