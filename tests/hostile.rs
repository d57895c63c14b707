//! Hostile and broken input: a result or a clear error (exit 2, one line
//! naming the file), never a panic, a hang, or text silently dropped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_resdiff");

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("resdiff-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs resdiff under a generous wall-clock guard: a quadratic regression
/// fails loudly instead of hanging the suite.
fn run_guarded(args: &[&Path], extra: &[&str], limit: Duration) -> (Output, Duration) {
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(extra)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain output on threads so a large output cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let o = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).unwrap();
        v
    });
    let e = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).unwrap();
        v
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let output = Output {
                status,
                stdout: o.join().unwrap(),
                stderr: e.join().unwrap(),
            };
            return (output, start.elapsed());
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("resdiff {args:?} took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stat(a: &Path, b: &Path) -> (i32, String) {
    let (o, _) = run_guarded(&[a, b], &["--stat"], Duration::from_secs(60));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
    )
}

const STATUSES: &str = "0 changed, 0 moved, 0 split, 0 merged, 0 inserted, 0 deleted";

#[test]
fn empty_whitespace_and_furniture_only_files_are_empty_documents() {
    let empty = file("empty.txt", b"");
    let blank = file("blank.txt", b"   \n\n \t \n\r\n");
    let furniture = file(
        "furniture.txt",
        b"A/RES/78/311\n\n24-12313 2/6\n\n*2412313*\n\n5/6 24-12313\n",
    );
    for (a, b) in [(&empty, &blank), (&furniture, &empty), (&blank, &furniture)] {
        let (code, out) = stat(a, b);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.starts_with(&format!("paragraphs: {STATUSES}, 0 unchanged")),
            "{out}"
        );
    }
    let doc = resdiff::parse_path(&furniture, None).unwrap();
    assert!(doc.paragraphs.is_empty());
    assert_eq!(
        doc.removed.len() + doc.metadata.len(),
        4,
        "every line accounted for"
    );
    // Against a real text, an empty file means everything was inserted.
    let (code, out) = stat(&empty, Path::new("fixtures/real/A-RES-80-57.en.txt"));
    assert_eq!(code, 1);
    assert!(out.contains("17 inserted, 0 deleted"), "{out}");
}

fn words(n: usize, seed: u64) -> Vec<&'static str> {
    const W: &[&str] = &[
        "coopération",
        "internationale",
        "renforcement",
        "capacités",
        "domaine",
        "intelligence",
        "artificielle",
        "développement",
        "durable",
        "pays",
    ];
    let mut rng = resdiff::check::synth::Rng::new(seed);
    (0..n).map(|_| W[rng.below(W.len())]).collect()
}

#[test]
fn one_enormous_line_is_compared_in_bounded_time() {
    let mut a = words(1_200_000, 1);
    let text_a = a.join(" ");
    assert!(text_a.len() > 10_000_000);
    for i in (0..a.len()).step_by(20_000) {
        a[i] = "modifié";
    }
    let text_b = a.join(" ");
    let (pa, pb) = (
        file("huge-a.txt", text_a.as_bytes()),
        file("huge-b.txt", text_b.as_bytes()),
    );
    let (code, out) = stat(&pa, &pb);
    assert_eq!(code, 1);
    assert!(out.starts_with("paragraphs: 1 changed"), "{out}");
}

#[test]
fn a_paragraph_wrapped_over_100000_lines_is_linear() {
    let w = words(1_000_000, 2);
    let text: String = w
        .chunks(10)
        .map(|c| c.join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let p = file("wrapped.txt", text.as_bytes());
    let (code, out) = stat(&p, &p);
    assert_eq!(code, 0);
    assert!(out.contains("1 unchanged"), "{out}");
}

#[test]
fn a_hundred_thousand_one_word_paragraphs() {
    // Each a paragraph of its own: capitalised and closed by a full stop (a
    // lower-case line after a blank is read as a sentence running on).
    let para = |w: &str| {
        let mut c = w.chars();
        let first = c.next().unwrap().to_uppercase().to_string();
        format!("{first}{}.", c.as_str())
    };
    let a: String = words(100_000, 3)
        .iter()
        .map(|w| para(w))
        .collect::<Vec<_>>()
        .join("\n\n");
    let b: String = words(100_000, 4)
        .iter()
        .map(|w| para(w))
        .collect::<Vec<_>>()
        .join("\n\n");
    let (pa, pb) = (
        file("w100k-a.txt", a.as_bytes()),
        file("w100k-b.txt", b.as_bytes()),
    );
    let (code, _) = stat(&pa, &pb);
    assert_eq!(code, 1);
    let (code, out) = stat(&pa, &pa);
    assert_eq!(code, 0);
    assert!(out.contains("100000 unchanged"), "{out}");
}

#[test]
fn twenty_thousand_identical_paragraphs_on_both_sides() {
    let p = "Décide de rester saisi de la question.";
    let a = vec![p; 20_000].join("\n\n");
    let mut b = vec![p; 20_000];
    for i in (0..20_000).step_by(2_000) {
        b[i] = "Décide de rester activement saisi de la question.";
    }
    let (pa, pb) = (
        file("same-a.txt", a.as_bytes()),
        file("same-b.txt", b.join("\n\n").as_bytes()),
    );
    let (code, out) = stat(&pa, &pb);
    assert_eq!(code, 1);
    assert!(out.contains(" 19990 unchanged"), "{out}");
    // Among identical paragraphs which copy pairs with which is a tie: each
    // reworded paragraph may come out changed or moved, but exactly the ten
    // reworded ones are reported, and nothing else.
    let c = resdiff::compare::compare(
        resdiff::parse_path(&pa, None).unwrap(),
        resdiff::parse_path(&pb, None).unwrap(),
        &Default::default(),
    );
    let mut reported: Vec<String> = c
        .alignment
        .iter()
        .filter(|e| e.is_change())
        .flat_map(|e| e.new.clone())
        .collect();
    reported.sort();
    let mut expected: Vec<String> = (0..10).map(|k| format!("U{}", k * 2_000 + 1)).collect();
    expected.sort();
    assert_eq!(reported, expected);
}

#[test]
fn utf16_without_a_bom_is_read() {
    let text = "The General Assembly,\n\n1. Decides to act.\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    for (name, bytes) in [("le16.txt", le), ("be16.txt", be)] {
        let doc = resdiff::parse_path(&file(name, &bytes), None).unwrap();
        assert_eq!(doc.paragraphs[0].text, "Decides to act.", "{name}");
    }
}

#[test]
fn latin1_text_gets_an_error_that_says_so() {
    let p = file("latin1.txt", b"L'Assembl\xe9e g\xe9n\xe9rale,\n");
    let out = Command::new(BIN).arg("parse").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("latin1.txt: invalid UTF-8 at byte 9 (0xE9); the file may be Latin-1 or Windows-1252 text"), "{err}");
}

fn compare_texts(a: &str, b: &str) -> resdiff::Comparison {
    resdiff::compare::compare(
        resdiff::parse_text("a", a, None),
        resdiff::parse_text("b", b, None),
        &Default::default(),
    )
}

#[test]
fn unicode_variants_that_look_the_same_compare_equal() {
    let composed = "The General Assembly,\n\n1. Décide que l’État coopère avec la Côte d’Ivoire;\n";
    let decomposed = "The General Assembly,\n\n1. De\u{301}cide que l’E\u{301}tat coope\u{300}re avec la Co\u{302}te d’Ivoire;\n";
    assert!(!compare_texts(composed, decomposed).has_differences());
    // Zero-width spaces and joiners, soft hyphens, no-break spaces.
    let invisible = "The General Assembly,\n\n1. Dé\u{200B}cide que l’État coo\u{200D}père avec la Côte\u{a0}d’Ivoire;\n";
    assert!(!compare_texts(composed, invisible).has_differences());
    let soft = "The General Assembly,\n\n1. Decides on non\u{00AD}State actors;\n";
    let hard = "The General Assembly,\n\n1. Decides on non-State actors;\n";
    assert!(!compare_texts(soft, hard).has_differences());
}

#[test]
fn emoji_combining_marks_and_right_to_left_text_survive() {
    let a = "The General Assembly,\n\n1. Welcomes 🌍 and a\u{20DD} mark;\n\n2. Notes الجمعية العامة text;\n";
    let b = "The General Assembly,\n\n1. Welcomes 🌍🌱 and a\u{20DD} mark;\n\n2. Notes الجمعية العامة text;\n";
    let c = compare_texts(a, b);
    assert_eq!(c.summary.paragraphs["changed"], 1);
    let inserted: String = c.alignment[0]
        .diff
        .iter()
        .filter(|s| s.op == resdiff::Op::Insert)
        .map(|s| s.text.clone())
        .collect();
    assert_eq!(inserted.trim(), "🌱");
}

#[test]
fn arabic_resolution_with_arabic_indic_numbers() {
    let text = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها ٧٨/٢٤١،\n\n١. تقرر أن تبقي المسألة قيد نظرها؛\n\n٢. تطلب إلى الأمين العام تقديم تقرير.\n";
    let doc = resdiff::parse_text("ar", text, None);
    assert_eq!(doc.language.0, "ar");
    let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["PP1", "OP1", "OP2"]);
    assert_eq!(doc.paragraphs[1].text, "تقرر أن تبقي المسألة قيد نظرها؛");
}

#[test]
fn chinese_text_without_spaces_diffs_by_character() {
    let a = "大会，\n\n1. 决定继续处理此案。\n";
    let b = "大会，\n\n1. 决定积极继续处理此案。\n";
    let c = compare_texts(a, b);
    let e = &c.alignment[0];
    assert_eq!(e.status, resdiff::Status::Changed);
    let edits: Vec<(resdiff::Op, &str)> = e
        .diff
        .iter()
        .filter(|s| s.op != resdiff::Op::Equal)
        .map(|s| (s.op, s.text.as_str()))
        .collect();
    assert_eq!(edits, [(resdiff::Op::Insert, "积极")]);
}

#[test]
fn cyrillic_sub_paragraph_letters() {
    let text = "Генеральная Ассамблея,\n\nПодтверждая важность,\n\n1. постановляет:\n\nа) первое;\n\nб) второе;\n";
    let doc = resdiff::parse_text("ru", text, None);
    let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["PP1", "OP1", "OP1(а)", "OP1(б)"]);
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let a = file(
        "ansi-a.txt",
        "The General Assembly,\n\n1. Decides \u{1b}[2J\u{1b}]0;pwned\u{7} now;\n".as_bytes(),
    );
    let b = file(
        "ansi-b.txt",
        "The General Assembly,\n\n1. Decides \u{1b}[2J\u{1b}]0;pwned\u{7} today;\n".as_bytes(),
    );
    for extra in [
        &["--color", "never"][..],
        &["--color", "always"][..],
        &["--format", "markdown"][..],
    ] {
        let (o, _) = run_guarded(&[&a, &b], extra, Duration::from_secs(60));
        let out = String::from_utf8(o.stdout).unwrap();
        let raw_escapes = out.matches('\u{1b}').count();
        let colour_codes = out.matches("\u{1b}[").count() - out.matches("\u{1b}[2J").count();
        assert!(
            !out.contains("\u{1b}[2J") && !out.contains("\u{1b}]0;") && !out.contains('\u{7}'),
            "{extra:?}: {out:?}"
        );
        assert_eq!(
            raw_escapes, colour_codes,
            "{extra:?}: only our own colour codes"
        );
    }
    let (o, _) = run_guarded(&[&a], &["parse"], Duration::from_secs(60));
    assert!(!String::from_utf8(o.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn standard_input_works_for_one_side() {
    let mut child = Command::new(BIN)
        .args(["--stat", "-", "fixtures/real/A-RES-80-57.en.txt"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read("fixtures/real/A-C.1-80-L.41.en.txt").unwrap())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("paragraphs: 2 changed"));
}

#[test]
fn a_huge_paragraph_pair_gives_the_same_bytes_every_time() {
    // Work is bounded by size, not by a clock: two runs of a pair whose
    // word diff needs the bounded fallback (200 k words from a ten-word
    // vocabulary, edits scattered and a block moved) give identical JSON.
    let mut a = words(200_000, 7);
    let text_a = a.join(" ");
    for i in (0..a.len()).step_by(9_000) {
        a[i] = "amendé";
    }
    let block: Vec<_> = a.drain(50_000..53_000).collect();
    a.splice(150_000..150_000, block);
    let text_b = a.join(" ");
    let (pa, pb) = (
        file("same-a.txt", text_a.as_bytes()),
        file("same-b.txt", text_b.as_bytes()),
    );
    let json = || {
        let (o, _) = run_guarded(&[&pa, &pb], &["--format", "json"], Duration::from_secs(60));
        assert_eq!(o.status.code(), Some(1));
        o.stdout
    };
    let first = json();
    assert!(first.len() > 500_000);
    assert!(first == json(), "two runs gave different bytes");
}
