//! `resdiff OLD NEW` as CI pipelines and people run it: exit codes like
//! `diff`, quiet and stat modes, colour rules, the JSON schema, and
//! snapshots of the terminal redline with colour off.

use std::process::{Command, Output};

fn resdiff(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_resdiff"));
    cmd.args(args).env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const SEED: &str = "seeds/000_da5010157984a27d.txt";
const RELAID: &str = "fixtures/relayout/78-311.lines.txt";
const EDITED: &str = "fixtures/edits/78-311.edited.txt";
const L41: &str = "fixtures/real/A-C.1-80-L.41.en.txt";
const R80_57: &str = "fixtures/real/A-RES-80-57.en.txt";

#[test]
fn exit_codes_follow_diff() {
    assert_eq!(resdiff(&[SEED, RELAID], &[]).status.code(), Some(0));
    assert_eq!(resdiff(&[SEED, EDITED], &[]).status.code(), Some(1));
    let trouble = resdiff(&[SEED, "no/such.txt"], &[]);
    assert_eq!(trouble.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&trouble.stderr),
        "resdiff: no/such.txt: no such file\n"
    );
    let both_stdin = resdiff(&["-", "-"], &[]);
    assert_eq!(both_stdin.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&both_stdin.stderr)
        .contains("only one of OLD and NEW can be standard input"));
    assert_eq!(
        resdiff(&[SEED], &[]).status.code(),
        Some(2),
        "a missing argument is a usage error"
    );
}

#[test]
fn quiet_prints_nothing_and_stat_prints_the_summary() {
    let q = resdiff(&["-q", SEED, EDITED], &[]);
    assert_eq!(q.status.code(), Some(1));
    assert!(q.stdout.is_empty() && q.stderr.is_empty());
    let s = resdiff(&["--stat", SEED, EDITED], &[]);
    assert_eq!(s.status.code(), Some(1));
    assert_eq!(
        stdout(&s),
        "paragraphs: 4 changed, 1 moved, 1 split, 0 merged, 1 inserted, 1 deleted, 23 unchanged (12 renumbered); footnotes: 1 unchanged; words: 44 inserted, 41 deleted\n"
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let never = stdout(&resdiff(&["--color", "never", L41, R80_57], &[]));
    assert!(!never.contains('\u{1b}'));
    assert!(never.contains("[-existing-]"));
    let always = stdout(&resdiff(&["--color", "always", L41, R80_57], &[]));
    assert!(always.contains("\u{1b}["), "ANSI colour codes");
    assert!(
        !always.contains("[-existing-]"),
        "no markers when colour shows the change"
    );
    assert!(
        always.contains("\u{1b}[9m") || always.contains(";9m"),
        "strikethrough, not colour alone"
    );
    // auto: not a terminal here, so no colour; NO_COLOR too.
    let auto = stdout(&resdiff(&[L41, R80_57], &[]));
    assert!(!auto.contains('\u{1b}'));
    let no_color = stdout(&resdiff(
        &["--color", "auto", L41, R80_57],
        &[("NO_COLOR", "1")],
    ));
    assert!(!no_color.contains('\u{1b}'));
}

#[test]
fn json_has_the_documented_schema() {
    let o = resdiff(&["--format", "json", SEED, EDITED], &[]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["old"]["symbol"], "A/RES/78/311");
    assert_eq!(v["new"]["source"], EDITED);
    let alignment = v["alignment"].as_array().unwrap();
    let split = alignment.iter().find(|e| e["status"] == "split").unwrap();
    assert_eq!(split["old"], serde_json::json!(["OP7"]));
    assert_eq!(split["new"], serde_json::json!(["OP8", "OP9"]));
    assert!(split["similarity"].as_f64().unwrap() > 0.9);
    for e in alignment {
        for key in ["status", "old", "new", "similarity", "renumbered", "diff"] {
            assert!(e.get(key).is_some(), "{key} in {e}");
        }
        for span in e["diff"].as_array().unwrap() {
            assert!(["equal", "insert", "delete"].contains(&span["op"].as_str().unwrap()));
            assert!(span["text"].is_string());
        }
    }
    assert_eq!(v["summary"]["paragraphs"]["moved"], 1);
    assert_eq!(v["summary"]["renumbered"], 12);
    assert_eq!(v["summary"]["words_inserted"], 44);
    // Same inputs, same bytes.
    let again = resdiff(&["--format", "json", SEED, EDITED], &[]);
    assert_eq!(o.stdout, again.stdout);
}

#[test]
fn ignore_options_are_accepted_on_the_command_line() {
    let o = resdiff(
        &[
            "--ignore-case",
            "--ignore-punctuation",
            "--ignore-footnotes",
            "-q",
            SEED,
            RELAID,
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn terminal_snapshot_of_the_edit_fixture() {
    let out = stdout(&resdiff(&["--color", "never", SEED, EDITED], &[]));
    insta::assert_snapshot!(out);
}

#[test]
fn terminal_snapshot_of_draft_to_adopted() {
    let out = stdout(&resdiff(&["--color", "never", L41, R80_57], &[]));
    insta::assert_snapshot!(out);
}

#[test]
fn terminal_snapshot_with_all_paragraphs() {
    let out = stdout(&resdiff(
        &[
            "--color",
            "never",
            "--all",
            "fixtures/real/A-C.1-80-L.21.en.txt",
            "fixtures/real/A-RES-80-22.en.txt",
        ],
        &[],
    ));
    insta::assert_snapshot!(out);
}
