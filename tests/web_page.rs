//! The offline browser page (scripts/build-web.sh), in real headless
//! Chromium driven by Playwright (tests/web/drive.mjs): opened from
//! file://, it gives the command line's redline byte for byte, reports bad
//! files by name, and makes no request.
//!
//! Needs Node.js, playwright-core (scripts/test.sh installs it under
//! target/web-test) and Chromium, and builds the page if it is missing.
//! `RESDIFF_NO_BROWSER=1` skips these checks, and says so.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

#[path = "common/browser.rs"]
mod browser;

const BIN: &str = env!("CARGO_BIN_EXE_resdiff");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Chromium and Playwright's modules, or `None` when the checks are
/// skipped on purpose; a missing piece otherwise fails the test.
fn browser() -> Option<(PathBuf, PathBuf)> {
    if std::env::var_os("RESDIFF_NO_BROWSER").is_some() {
        eprintln!("RESDIFF_NO_BROWSER set: browser page checks skipped");
        return None;
    }
    let chromium = browser::chromium()
        .expect("no Chromium: run scripts/test.sh (installs it) or set RESDIFF_NO_BROWSER=1");
    let modules = std::env::var_os("RESDIFF_PLAYWRIGHT")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/web-test/node_modules"));
    assert!(
        modules.join("playwright-core").is_dir(),
        "no playwright-core in {}: run scripts/test.sh (installs it) or set RESDIFF_NO_BROWSER=1",
        modules.display()
    );
    Some((chromium, modules))
}

/// The page, built (or brought up to date) once per test run.
fn page() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let status = Command::new("bash")
                .arg(root().join("scripts/build-web.sh"))
                .status()
                .expect("bash runs");
            assert!(status.success(), "scripts/build-web.sh failed");
            let page = root().join("target/web/resdiff.html");
            let size = std::fs::metadata(&page).unwrap().len();
            assert!(size < 2_000_000, "the page is {size} bytes, over 2 MB");
            page
        })
        .clone()
}

fn drive(chromium: &Path, modules: &Path, cases: Vec<Value>, locale: &str) -> Value {
    let plan = json!({
        "page": page(),
        "chromium": chromium,
        "modules": modules,
        "locale": locale,
        "cases": cases,
    });
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("resdiff-web-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plan_path = dir.join(format!("plan-{run}.json"));
    std::fs::write(&plan_path, plan.to_string()).unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/web/drive.mjs"))
        .arg(&plan_path)
        .output()
        .expect("node runs (install Node.js)");
    assert!(
        out.status.success(),
        "drive.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Nothing but the page itself and its own worker (a blob of the page):
    // no scheme that could reach a network.
    for url in report["requests"].as_array().unwrap() {
        let url = url.as_str().unwrap();
        let url = url.strip_prefix("worker:").unwrap_or(url);
        assert!(
            url.starts_with("file://") || url.starts_with("blob:null/"),
            "the page requested {url}"
        );
    }
    assert_eq!(report["console_errors"], json!([]), "errors in the console");
    report
}

/// Runs `resdiff OLD NEW ARGS` in a folder of its own, the files given by
/// their names alone (as the page knows them): its standard output, and
/// the folder for the files it writes.
fn command_line_in(old: &Path, new: &Path, args: &[&str]) -> (Vec<u8>, PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "resdiff-web-cli-{}-{}-{}",
        std::process::id(),
        old.file_stem().unwrap().to_string_lossy(),
        args.join("").replace(['-', '/', '.'], "")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let name = |p: &Path| p.file_name().unwrap().to_owned();
    std::fs::copy(old, dir.join(name(old))).unwrap();
    std::fs::copy(new, dir.join(name(new))).unwrap();
    let out = Command::new(BIN)
        .current_dir(&dir)
        .arg(name(old))
        .arg(name(new))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap() < 2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out.stdout, dir)
}

/// What `resdiff OLD NEW --format html` writes for the page's files.
fn command_line(old: &Path, new: &Path, extra: &[&str]) -> String {
    let args = [&["--format", "html"], extra].concat();
    String::from_utf8(command_line_in(old, new, &args).0).unwrap()
}

/// What `resdiff OLD NEW --format docx -o FILE` writes for the page's files.
fn command_line_word(old: &Path, new: &Path) -> Vec<u8> {
    let (_, dir) = command_line_in(old, new, &["--format", "docx", "-o", "redline.docx"]);
    std::fs::read(dir.join("redline.docx")).unwrap()
}

/// The `<ins>` and `<del>` marks in a redline's body (the legend's
/// samples left out).
fn marks(html: &str) -> (u64, u64) {
    let main = &html[html.find("<main>").unwrap()..html.find("</main>").unwrap()];
    let count = |tag: &str| main.matches(tag).count() as u64;
    (count("<ins>"), count("<del>"))
}

const PAIRS: &[(&str, &str)] = &[
    (
        "seeds/001_f645d6d34d6fbb5d.txt",
        "seeds/000_da5010157984a27d.txt",
    ),
    (
        "fixtures/real/A-RES-79-62.en.txt",
        "fixtures/real/A-C.1-80-L.41.en.txt",
    ),
    (
        "fixtures/real/A-C.1-80-L.41.en.txt",
        "fixtures/real/A-RES-80-57.en.txt",
    ),
    (
        "fixtures/real/A-RES-79-23.en.txt",
        "fixtures/real/A-C.1-80-L.21.en.txt",
    ),
];

#[test]
fn the_page_gives_the_command_lines_redline() {
    let Some((chromium, modules)) = browser() else {
        return;
    };
    let artifacts = root().join("tests/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let mut cases: Vec<Value> = PAIRS
        .iter()
        .enumerate()
        .map(|(i, (old, new))| {
            json!({"name": format!("pair {i}"), "old": root().join(old), "new": root().join(new), "save": true})
        })
        .collect();
    let word = std::env::temp_dir().join(format!("resdiff-web-word-{}.docx", std::process::id()));
    cases[0]["save_word"] = json!(word);
    cases[0]["screenshot"] = json!(artifacts.join("web-page-result.png"));
    cases[0]["print_pdf"] = json!(artifacts.join("web-page-print.pdf"));
    let (old, new) = PAIRS[1];
    cases.push(json!({
        "name": "options", "old": root().join(old), "new": root().join(new), "save": true,
        "options": {"side_by_side": true, "changes_only": true},
    }));
    cases.push(json!({
        "name": "same", "old": root().join(old), "new": root().join(old), "save": true,
    }));
    // A Word file against its text form: the same reader as the command
    // line, so no mark; and a Word file against the next version.
    cases.push(json!({
        "name": "docx same",
        "old": root().join("fixtures/docx/A-RES-79-62.en.docx"),
        "new": root().join("fixtures/real/A-RES-79-62.en.txt"),
    }));
    cases.push(json!({
        "name": "docx pair", "save": true,
        "old": root().join("fixtures/docx/A-RES-79-62.en.docx"),
        "new": root().join("fixtures/docx/A-C.1-80-L.41.en.docx"),
    }));
    let report = drive(&chromium, &modules, cases, "en-US");
    let results = report["results"].as_array().unwrap();
    for (i, (old, new)) in PAIRS.iter().enumerate() {
        let r = &results[i];
        assert_eq!(r["state"], "done", "{r}");
        assert_eq!(r["exit"], "1");
        let cli = command_line(&root().join(old), &root().join(new), &[]);
        assert!(
            r["saved"] == cli.as_str(),
            "pair {i}: the page's redline differs from the command line's"
        );
        let (ins, del) = marks(&cli);
        assert_eq!(
            r["ins"].as_u64().unwrap() + r["del"].as_u64().unwrap(),
            ins + del
        );
    }
    // "Save as Word" gives the command line's Word redline, byte for byte.
    let (seed_old, seed_new) = PAIRS[0];
    let cli_word = command_line_word(&root().join(seed_old), &root().join(seed_new));
    assert!(
        std::fs::read(&word).unwrap() == cli_word,
        "the page's Word redline differs"
    );
    // The seed pair is French: the page then speaks French.
    assert_eq!(results[0]["lang"], "fr");
    assert_eq!(results[0]["compare_label"], "Comparer");
    assert_eq!(results[1]["lang"], "en");
    let options = &results[PAIRS.len()];
    let cli = command_line(
        &root().join(old),
        &root().join(new),
        &["--layout", "side-by-side", "--changes-only"],
    );
    assert!(
        options["saved"] == cli.as_str(),
        "side by side, changes only: differs"
    );
    // The printed page, looked at as a picture (pdftoppm, from poppler).
    let pdf = artifacts.join("web-page-print.pdf");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(artifacts.join("web-page-print"))
        .status();
    match status {
        Ok(s) => assert!(s.success(), "pdftoppm failed on {}", pdf.display()),
        Err(_) => eprintln!(
            "pdftoppm missing: the printed page stays a PDF ({})",
            pdf.display()
        ),
    }
    let same = &results[PAIRS.len() + 1];
    assert_eq!(
        (same["state"].as_str(), same["exit"].as_str()),
        (Some("done"), Some("0"))
    );
    assert_eq!(same["outcome"], "No differences.");
    let docx_same = &results[PAIRS.len() + 2];
    assert_eq!(docx_same["state"], "done", "{docx_same}");
    assert_eq!(docx_same["exit"], "0");
    assert_eq!(
        (docx_same["ins"].as_u64(), docx_same["del"].as_u64()),
        (Some(0), Some(0))
    );
    let docx_pair = &results[PAIRS.len() + 3];
    let cli = command_line(
        &root().join("fixtures/docx/A-RES-79-62.en.docx"),
        &root().join("fixtures/docx/A-C.1-80-L.41.en.docx"),
        &[],
    );
    assert!(
        docx_pair["saved"] == cli.as_str(),
        "Word pair: differs from the command line"
    );
}

#[test]
fn bad_files_get_a_message_naming_them() {
    let Some((chromium, modules)) = browser() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("resdiff-web-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let good = root().join("fixtures/real/A-RES-79-62.en.txt");
    let empty = write("empty.txt", b"");
    let binary = write("picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let pdf = write("adopted.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    let corrupt = write(
        "draft.docx",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00 cut short",
    );
    let huge = write("huge.txt", &vec![b'a'; (20 << 20) + 1]);
    let cases = [
        (&empty, "empty.txt is empty."),
        (&binary, "picture.txt"),
        (&pdf, "adopted.pdf is a PDF"),
        (&corrupt, "draft.docx"),
        (&huge, "huge.txt is too large: the limit is 20 MB."),
    ];
    let mut plan: Vec<Value> = cases
        .iter()
        .map(|(file, _)| json!({"name": file, "old": good, "new": file}))
        .collect();
    plan.push(json!({"name": "nothing chosen", "old": good}));
    plan[0]["screenshot"] = json!(root().join("tests/artifacts/web-page-error.png"));
    let report = drive(&chromium, &modules, plan, "en-US");
    let results = report["results"].as_array().unwrap();
    for (r, (_, message)) in results.iter().zip(cases) {
        assert_eq!(r["state"], "error", "{r}");
        assert_eq!(r["exit"], "2");
        let shown = r["message"].as_str().unwrap();
        assert!(
            shown.starts_with(message),
            "{shown:?} should start with {message:?}"
        );
    }
    let nothing = &results[cases.len()];
    assert_eq!(nothing["state"], "error");
    assert_eq!(nothing["message"], "New version is empty.");
}

#[test]
fn the_page_speaks_the_readers_language_before_any_file() {
    let Some((chromium, modules)) = browser() else {
        return;
    };
    // A reader whose browser speaks Arabic: the page opens in Arabic, right
    // to left, and says what is wrong in Arabic; once a text is compared,
    // it follows the text's language.
    let cases = vec![
        json!({"name": "nothing", "new_paste": "x"}),
        json!({"name": "pasted", "old_paste": "The General Assembly,\n\n1. Decides to act;", "new_paste": "The General Assembly,\n\n1. Decides to act now;"}),
    ];
    let report = drive(&chromium, &modules, cases, "ar-EG");
    let [error, pasted] = [&report["results"][0], &report["results"][1]];
    assert_eq!(error["state"], "error");
    assert_eq!(error["dir"], "rtl", "{error}");
    assert_eq!(error["compare_label"], "قارن");
    assert_eq!(error["message"], "النسخة السابقة فارغ.");
    assert_eq!(pasted["state"], "done");
    assert_eq!(
        (pasted["lang"].as_str(), pasted["dir"].as_str()),
        (Some("en"), Some("ltr"))
    );
    assert_eq!(pasted["ins"], 1);
}

/// Firefox ESR, driven by puppeteer-core (scripts/test.sh installs both).
#[test]
fn the_page_works_in_firefox_too() {
    let Some((_, modules)) = browser() else {
        return;
    };
    let firefox = std::env::var_os("RESDIFF_FIREFOX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/firefox-esr"));
    assert!(
        firefox.is_file() && modules.join("puppeteer-core").is_dir(),
        "no Firefox or puppeteer-core: run scripts/test.sh (installs them) or set RESDIFF_NO_BROWSER=1"
    );
    let (old, new) = PAIRS[0];
    let shot = root().join("tests/artifacts/web-page-firefox.png");
    std::fs::create_dir_all(shot.parent().unwrap()).unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/web/firefox.mjs"))
        .args([
            &modules,
            &firefox,
            &page(),
            &root().join(old),
            &root().join(new),
            &shot,
        ])
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "firefox.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["errors"], json!([]), "{shown}");
    assert_eq!(
        (shown["state"].as_str(), shown["exit"].as_str()),
        (Some("done"), Some("1")),
        "{shown}"
    );
    assert_eq!(shown["lang"], "fr");
    let cli = command_line(&root().join(old), &root().join(new), &[]);
    let (ins, del) = marks(&cli);
    assert_eq!(shown["ins"].as_u64(), Some(ins));
    assert_eq!(shown["del"].as_u64(), Some(del));
}
