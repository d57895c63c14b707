//! The HTML redline: snapshots of small comparisons, inert output for
//! hostile text, and a real browser's view of the page.

use std::path::{Path, PathBuf};
use std::process::Command;

use resdiff::compare::compare;
use resdiff::render::html::{render, HtmlOptions, Layout};
use resdiff::{CompareOptions, Comparison};

const OLD: &str =
    "United Nations\nA/RES/79/1\n\nThe General Assembly,\n\nRecalling its resolution 78/1,\n\n\
Noting the report of the Secretary-General,1\n\n1. Decides to remain seized of the matter;\n\n\
2. Requests a report on existing measures;\n\n3. Invites Member States to cooperate;\n\n\
__________________\n\n1 A/79/100.\n";
const NEW: &str =
    "United Nations\nA/RES/80/1\n\nThe General Assembly,\n\nRecalling its resolution 79/1,\n\n\
Noting the report of the Secretary-General,1\n\n1. Invites Member States to cooperate;\n\n\
2. Decides to remain seized of the matter;\n\n3. Requests a report on existing measures;\n\n\
4. Calls upon all States to act.\n\n__________________\n\n1 A/80/100.\n";

fn small() -> Comparison {
    compare(
        resdiff::parse_text("old.txt", OLD, None),
        resdiff::parse_text("new.txt", NEW, None),
        &CompareOptions::default(),
    )
}

#[test]
fn snapshot_inline() {
    insta::assert_snapshot!(render(&small(), &HtmlOptions::default()));
}

#[test]
fn snapshot_side_by_side_changes_only() {
    let options = HtmlOptions {
        layout: Layout::SideBySide,
        changes_only: true,
        ..HtmlOptions::default()
    };
    insta::assert_snapshot!(render(&small(), &options));
}

#[test]
fn page_is_self_contained_and_deterministic() {
    let html = render(&small(), &HtmlOptions::default());
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("script-src 'none'"));
    for remote in [
        "http://", "https://", "src=", "<link", "<script", "@import", "url(",
    ] {
        assert!(!html.contains(remote), "{remote}");
    }
    assert_eq!(html, render(&small(), &HtmlOptions::default()));
    // Labels in the text's own numbering, with the old number.
    assert!(html.contains("OP1 (was OP3)"));
    assert!(html.contains("moved from OP3"));
    assert!(html.contains("OP3 moved to <a href=\"#n-OP1\">OP1</a>"));
    assert!(html.contains("OP3 (was OP2)"));
    assert!(html.contains("<del><span class=\"vh\">deleted: </span>78/1</del>"));
    assert!(html
        .contains("<ins><span class=\"vh\">inserted: </span>Calls upon all States to act.</ins>"));
    assert!(html.contains("Footnote 1"));
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "</style><script>alert(2)</script>",
    "<iframe src=//evil.example></iframe>",
];

fn hostile_comparison() -> Comparison {
    let mut old = String::from("The General Assembly,\n\n");
    let mut new = String::from("The General Assembly,\n\n");
    for (i, h) in HOSTILE.iter().enumerate() {
        old.push_str(&format!("{}. Decides {h} in the old text;\n\n", i + 1));
        new.push_str(&format!("{}. Decides {h} in the new {h} text;\n\n", i + 1));
    }
    compare(
        resdiff::parse_text("<script>old</script>.txt", &old, None),
        resdiff::parse_text("\"><img src=x onerror=alert(3)>.txt", &new, None),
        &CompareOptions::default(),
    )
}

#[test]
fn hostile_text_comes_out_inert() {
    let html = render(&hostile_comparison(), &HtmlOptions::default());
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no image element");
    assert!(!html.contains("<iframe"));
    assert!(!html.contains("<a href=\"javascript"));
    assert_eq!(
        html.matches("</style>").count(),
        1,
        "only the page's own style ends"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let side = render(
        &hostile_comparison(),
        &HtmlOptions {
            layout: Layout::SideBySide,
            changes_only: false,
            ..HtmlOptions::default()
        },
    );
    assert!(!side.contains("<script") && !side.contains("<img"));
}

// ---- In a real browser ----------------------------------------------------

#[path = "common/browser.rs"]
mod browser;
use browser::{artifacts, browser, headless};

fn redline(old: &str, new: &str, name: &str) -> (PathBuf, serde_json::Value) {
    let bin = env!("CARGO_BIN_EXE_resdiff");
    let page = artifacts().join(format!("{name}.html"));
    let status = Command::new(bin)
        .args([old, new, "--format", "html", "-o"])
        .arg(&page)
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c <= 1));
    let json = Command::new(bin)
        .args([old, new, "--format", "json"])
        .output()
        .unwrap();
    (page, serde_json::from_slice(&json.stdout).unwrap())
}

/// The marks the page shows for the spans of `op` in the JSON: one per
/// span, or two where a mark is cut at an inner space shown plain
/// (`resdiff::render::edges`).
fn count_spans(v: &serde_json::Value, list: &str, op: &str) -> usize {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| list == "alignment" || e["status"] != "unchanged")
        .map(|e| {
            let diff: Vec<resdiff::Span> = serde_json::from_value(e["diff"].clone()).unwrap();
            resdiff::render::edges::pieces(&diff)
                .iter()
                .filter(|s| serde_json::to_value(s.op).unwrap() == op)
                .count()
        })
        .sum()
}

#[test]
fn the_browser_shows_what_the_json_says() {
    let Some(browser) = browser() else { return };
    for (old, new, name) in [
        (
            "seeds/001_f645d6d34d6fbb5d.txt",
            "seeds/000_da5010157984a27d.txt",
            "78-265-to-78-311",
        ),
        (
            "seeds/000_da5010157984a27d.txt",
            "fixtures/edits/78-311.edited.txt",
            "78-311-edits",
        ),
    ] {
        let (page, json) = redline(old, new, name);
        let dom = String::from_utf8(headless(&browser, &["--dump-dom"], &page)).unwrap();
        // The legend in the header shows one of each mark; count the body.
        let dom = &dom[dom.find("<main>").expect("a main element")..];
        let ins =
            count_spans(&json, "alignment", "insert") + count_spans(&json, "footnotes", "insert");
        let del =
            count_spans(&json, "alignment", "delete") + count_spans(&json, "footnotes", "delete");
        assert_eq!(dom.matches("<ins>").count(), ins, "{name}: <ins> elements");
        assert_eq!(dom.matches("<del>").count(), del, "{name}: <del> elements");
        let entries = json["alignment"].as_array().unwrap().len();
        assert_eq!(
            dom.matches("<article class=\"entry ").count() - dom.matches("entry footnote").count(),
            entries,
            "{name}: labelled paragraphs"
        );
        assert!(!dom.contains("<script"), "{name}");
        let shot = artifacts().join(format!("{name}.png"));
        headless(
            &browser,
            &[
                &format!("--screenshot={}", shot.display()),
                "--window-size=1000,2400",
            ],
            &page,
        );
        assert!(
            std::fs::metadata(&shot).unwrap().len() > 10_000,
            "{name}: screenshot written"
        );
    }
}

#[test]
fn hostile_text_is_inert_in_the_browser() {
    let Some(browser) = browser() else { return };
    let page = artifacts().join("hostile.html");
    std::fs::write(
        &page,
        render(&hostile_comparison(), &HtmlOptions::default()),
    )
    .unwrap();
    let dom = String::from_utf8(headless(&browser, &["--dump-dom"], &page)).unwrap();
    assert!(!dom.contains("<script"), "no script element in the DOM");
    assert!(!dom.contains("<img"), "no image element in the DOM");
    assert!(!dom.contains("<iframe"));
    let handler = regex::Regex::new(r"<[^>]*\son[a-z]+\s*=").unwrap();
    assert!(!handler.is_match(&dom), "no event handler attribute");
    let js_link = regex::Regex::new(r#"<[a-z]+[^>]*\shref="javascript"#).unwrap();
    assert!(!js_link.is_match(&dom), "no javascript: link");
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
}

#[test]
fn the_page_speaks_the_documents_language() {
    let c = compare(
        resdiff::parse_path(Path::new("seeds/000_da5010157984a27d.txt"), None).unwrap(),
        resdiff::parse_path(Path::new("fixtures/edits/78-311.edited.txt"), None).unwrap(),
        &CompareOptions::default(),
    );
    let html = render(&c, &HtmlOptions::default());
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(html.contains("<h2>Paragraphes modifiés</h2>"));
    assert!(html.contains("OP7 (ancien OP6)"));
    assert!(html.contains("<span class=\"status\">déplacé depuis PP12</span>"));
    assert!(html.contains("<del><span class=\"vh\">supprimé : </span>peut offrir</del>"));
    assert!(html.contains("PP12 déplacé vers <a href=\"#n-PP13\">PP13</a>"));
    assert!(!html.contains("Changed paragraphs"));
}
