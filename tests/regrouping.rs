//! The same words paragraphed otherwise (a table read cell by cell against
//! block by block) compare as unchanged, "regrouped"; where paragraph
//! breaks carry meaning (preambular and operative paragraphs, numbered
//! ones) joining paragraphs stays a change.

use std::path::{Path, PathBuf};
use std::process::Command;

use resdiff::compare::compare;
use resdiff::compare::worddiff::{new_side, old_side};
use resdiff::{parse_path, parse_text, CompareOptions, Comparison, Status};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/tables")
        .join(name)
}

fn compare_texts(old: &str, new: &str) -> Comparison {
    let c = compare(
        parse_text("old", old, None),
        parse_text("new", new, None),
        &CompareOptions::default(),
    );
    rebuilds_both_sides(&c);
    c
}

fn compare_files(old: &str, new: &str) -> Comparison {
    let o = parse_path(&fixture(old), None).unwrap();
    let n = parse_path(&fixture(new), None).unwrap();
    compare(o, n, &CompareOptions::default())
}

/// Each entry's redline rebuilds both sides' paragraphs, joined by line
/// breaks.
fn rebuilds_both_sides(c: &Comparison) {
    let text = |d: &resdiff::Document, ids: &[String]| {
        ids.iter()
            .map(|id| d.paragraph(id).unwrap().text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    for e in &c.alignment {
        assert_eq!(old_side(&e.diff), text(&c.old, &e.old), "{:?}", e.old);
        assert_eq!(new_side(&e.diff), text(&c.new, &e.new), "{:?}", e.new);
    }
}

fn regroupings(c: &Comparison) -> Vec<(Vec<&str>, Vec<&str>)> {
    c.alignment
        .iter()
        .filter(|e| e.regrouped)
        .map(|e| (ids(&e.old), ids(&e.new)))
        .collect()
}

fn ids(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_table_cell_by_cell_and_block_by_block_is_one_text() {
    let c = compare_files("timetable.cells.txt", "timetable.blocks.txt");
    rebuilds_both_sides(&c);
    assert!(!c.has_differences());
    assert!(c.alignment.iter().all(|e| e.status == Status::Unchanged));
    assert_eq!(
        regroupings(&c),
        [
            (vec!["H2", "H3", "H4"], vec!["H2"]),
            (
                vec!["U2", "H5", "H6", "H7", "H8", "H9", "U3", "H10"],
                vec!["U2"]
            ),
            (vec!["H11", "U4", "U5"], vec!["U3"]),
            (vec!["H12", "H13", "H14"], vec!["H3"]),
            (
                vec!["H16", "H17", "H18", "H19", "H20", "H21", "H22"],
                vec!["H5", "H6"]
            ),
        ]
    );
    assert_eq!((c.summary.regrouped, c.summary.renumbered), (5, 3));
    // A regrouping is no renumbering, and the other way round.
    assert!(c.alignment.iter().all(|e| !(e.regrouped && e.renumbered)));
    // Both ways.
    let back = compare_files("timetable.blocks.txt", "timetable.cells.txt");
    assert!(!back.has_differences());
    assert_eq!(back.summary.regrouped, 5);
}

#[test]
fn a_word_changed_in_a_table_is_a_change_and_the_rest_stays_regrouped() {
    let old = std::fs::read_to_string(fixture("timetable.cells.txt")).unwrap();
    let new = std::fs::read_to_string(fixture("timetable.blocks.txt"))
        .unwrap()
        .replace(
            "Approval of time limits for statements",
            "Approval of time limits for all statements",
        );
    let c = compare_texts(&old, &new);
    rebuilds_both_sides(&c);
    assert!(c.has_differences());
    let changed: Vec<(Status, Vec<&str>, Vec<&str>)> = c
        .alignment
        .iter()
        .filter(|e| e.is_change())
        .map(|e| (e.status, ids(&e.old), ids(&e.new)))
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].0, Status::Merged);
    assert_eq!(changed[0].2, ["U2"]);
    assert!(changed[0].1.contains(&"H7"), "{changed:?}");
    assert_eq!(c.summary.words_inserted, 1);
    assert_eq!(c.summary.regrouped, 4);
}

/// Two preambular paragraphs joined with the same words: the breaks of a
/// resolution's paragraphs are its text.
#[test]
fn joined_preambular_or_operative_paragraphs_stay_a_change() {
    let head = "The General Assembly,\n\n";
    let old = format!(
        "{head}Recalling its resolution 79/1 of 1 October 2024,\n\nNoting the report of the Secretary-General,\n\n1. Decides to remain seized of the matter.\n\n2. Requests a report at its next session.\n"
    );
    let new = format!(
        "{head}Recalling its resolution 79/1 of 1 October 2024, Noting the report of the Secretary-General,\n\n1. Decides to remain seized of the matter. Requests a report at its next session.\n"
    );
    let c = compare_texts(&old, &new);
    rebuilds_both_sides(&c);
    assert!(c.has_differences());
    assert_eq!(c.summary.regrouped, 0);
    let statuses: Vec<(Status, Vec<String>)> = c
        .alignment
        .iter()
        .map(|e| (e.status, e.old.clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            (Status::Merged, vec!["PP1".to_string(), "PP2".to_string()]),
            (Status::Merged, vec!["OP1".to_string(), "OP2".to_string()]),
        ]
    );
}

#[test]
fn the_command_line_exits_0_and_says_regrouped() {
    let out = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .arg(fixture("timetable.cells.txt"))
        .arg(fixture("timetable.blocks.txt"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("  U3 unchanged, regrouped from H11, U4, U5\n"),
        "{text}"
    );
    assert!(
        text.contains("10 unchanged (3 renumbered, 5 regrouped)"),
        "{text}"
    );
    let json = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(["--format", "json"])
        .arg(fixture("timetable.cells.txt"))
        .arg(fixture("timetable.blocks.txt"))
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["summary"]["regrouped"], 5);
    let first = v["alignment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["regrouped"] == true)
        .unwrap();
    assert_eq!(first["status"], "unchanged");
    assert_eq!(first["old"], serde_json::json!(["H2", "H3", "H4"]));
    assert_eq!(first["new"], serde_json::json!(["H2"]));
}

#[test]
fn the_page_names_a_regrouping_and_its_old_paragraphs() {
    let c = compare_files("timetable.cells.txt", "timetable.blocks.txt");
    let page = resdiff::render::html::render(&c, &Default::default());
    assert!(
        page.contains("<span class=\"status\">unchanged, regrouped from H11, U4, U5</span>"),
        "{page}"
    );
    let folded = resdiff::render::html::render(
        &c,
        &resdiff::render::html::HtmlOptions {
            changes_only: true,
            ..Default::default()
        },
    );
    assert!(
        folded.contains(">U3 unchanged, regrouped from H11, U4, U5</p>"),
        "{folded}"
    );
}
