//! `resdiff parse` as a user runs it: output forms, encodings, and a clear
//! one-line error with exit code 2 for every kind of bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

#[path = "common/cli.rs"]
mod cli;
use cli::{resdiff, stderr};

fn resdiff_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resdiff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn json(o: &Output) -> serde_json::Value {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("valid JSON")
}

#[test]
fn json_output_has_the_documented_fields() {
    let v = json(&resdiff(&[
        "parse",
        "seeds/000_da5010157984a27d.txt",
        "--format",
        "json",
    ]));
    assert_eq!(v["source"], "seeds/000_da5010157984a27d.txt");
    assert_eq!(v["format"], "pdf");
    assert_eq!(v["symbol"], "A/RES/78/311");
    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 30);
    assert_eq!(paragraphs[15]["id"], "OP1");
    assert_eq!(paragraphs[15]["kind"], "operative");
    assert_eq!(paragraphs[15]["label"], "1.");
    assert!(paragraphs[15]["text"]
        .as_str()
        .unwrap()
        .starts_with("Se déclare résolue"));
    assert_eq!(v["footnotes"][0]["mark"], "1");
}

#[test]
fn text_output_lists_paragraphs_by_id() {
    let o = resdiff(&["parse", "fixtures/real/A-RES-80-57.en.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("symbol:   A/RES/80/57\n"));
    assert!(out.contains("\nOP4        Decides to include in the provisional agenda"));
}

#[test]
fn show_removed_lists_furniture_and_why() {
    let o = resdiff(&[
        "parse",
        "--show-removed",
        "fixtures/real/A-RES-80-57.en.txt",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("page counter          2/3"), "{out}");
    assert!(out.contains("page header (symbol)  A/RES/80/57"), "{out}");
    assert!(
        out.contains("running title         Lethal autonomous weapons systems"),
        "{out}"
    );
    assert!(out.contains("footnote rule"), "{out}");
}

#[test]
fn standard_input_and_input_format_override() {
    let seed = std::fs::read("fixtures/relayout/78-311.lines.txt").unwrap();
    let v = json(&resdiff_stdin(&["parse", "-", "--format", "json"], &seed));
    assert_eq!(v["source"], "-");
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 30);
    let v = json(&resdiff_stdin(
        &[
            "parse",
            "-",
            "--format",
            "json",
            "--input-format",
            "markdown",
        ],
        b"# Title\n\n*The General Assembly,*\n\n1. *Decides* to act.\n",
    ));
    assert_eq!(v["format"], "markdown");
    assert_eq!(v["paragraphs"][0]["id"], "OP1");
    assert_eq!(v["paragraphs"][0]["text"], "Decides to act.");
}

#[test]
fn encodings_that_are_accepted_give_the_same_document() {
    let text = std::fs::read_to_string("fixtures/real/A-C.1-80-L.41.en.txt").unwrap();
    let reference = json(&resdiff(&[
        "parse",
        "fixtures/real/A-C.1-80-L.41.en.txt",
        "--format",
        "json",
    ]));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(text.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let crlf = text.replace('\n', "\r\n").into_bytes();
    for (name, bytes) in [
        ("bom.txt", bom),
        ("le.txt", le),
        ("be.txt", be),
        ("crlf.txt", crlf),
    ] {
        let path = temp_file(name, &bytes);
        let v = json(&resdiff(&[
            "parse",
            path.to_str().unwrap(),
            "--format",
            "json",
        ]));
        assert_eq!(v["paragraphs"], reference["paragraphs"], "{name}");
        assert_eq!(v["footnotes"], reference["footnotes"], "{name}");
    }
}

fn assert_trouble(args: &[&str], message: &str) {
    let o = resdiff(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(message), "{err:?} should contain {message:?}");
    assert!(!err.contains("panicked"));
}

#[test]
fn bad_inputs_get_a_one_line_error_and_exit_2() {
    assert_trouble(
        &["parse", "no/such/file.txt"],
        "resdiff: no/such/file.txt: no such file",
    );
    assert_trouble(
        &["parse", "seeds"],
        "resdiff: seeds: is a directory, not a file",
    );
    let latin1 = temp_file("latin1.txt", b"R\xe9solution adopt\xe9e\n");
    assert_trouble(
        &["parse", latin1.to_str().unwrap()],
        "latin1.txt: invalid UTF-8 at byte 1 (0xE9)",
    );
    let binary = temp_file("binary.txt", b"PK\x03\x04\x00\x00binary");
    assert_trouble(
        &["parse", binary.to_str().unwrap()],
        "binary.txt: looks like a binary file (NUL byte at offset 4)",
    );
    let odd = temp_file("odd16.txt", &[0xFF, 0xFE, 0x41, 0x00, 0x42]);
    assert_trouble(
        &["parse", odd.to_str().unwrap()],
        "odd16.txt: invalid UTF-16 (odd number of bytes (3))",
    );
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_file_is_trouble_not_a_panic() {
    // Permissions do not stop root (CI runs as root); /proc/self/mem refuses
    // a plain read to everyone.
    assert_trouble(
        &["parse", "/proc/self/mem"],
        "resdiff: /proc/self/mem: cannot read: ",
    );
}
