//! What a delegate sees (issue 14): cover changes reported first in every
//! output and in the exit status, footnote markers linked in the text,
//! runs of renumbered paragraphs folded, adjacent marks parted, control
//! characters escaped on the page, every JSON field always present, the
//! terminal's ids and wrapping, and the page in a real browser (inline,
//! side by side, printed).

use std::path::Path;
use std::process::Command;

use resdiff::compare::compare;
use resdiff::render::html::{render, HtmlOptions, Layout};
use resdiff::{CompareOptions, Comparison};

#[path = "common/browser.rs"]
mod browser;
use browser::{artifacts, browser, headless};

#[path = "common/cli.rs"]
mod cli;
use cli::{resdiff, stdout};

/// A draft and its revision: symbol, date and sponsors changed (Brazil
/// withdrew; Chile, Trinidad and Tobago joined), the text not.
const L41: &str = "fixtures/delegate/L41.txt";
const REV1: &str = "fixtures/delegate/L41-Rev1.txt";
/// Last year's resolution and this year's draft: renumbered runs and
/// footnotes cited in changed paragraphs.
const R79_239: &str = "fixtures/real/A-RES-79-239.en.txt";
const L46: &str = "fixtures/real/A-C.1-80-L.46.en.txt";

fn compared(old: &str, new: &str) -> Comparison {
    compare(
        resdiff::parse_path(Path::new(old), None).unwrap(),
        resdiff::parse_path(Path::new(new), None).unwrap(),
        &CompareOptions::default(),
    )
}

#[test]
fn a_revision_that_changes_only_its_cover_exits_1_and_says_so_first() {
    let out = resdiff(&[L41, REV1, "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[3..7],
        [
            "Cover",
            "  symbol    [-A/C.1/80/L.41-] {+A/C.1/80/L.41/Rev.1+}",
            "  date      [-14 October 2025-] {+21 October 2025+}",
            "  sponsors  added: {+Chile, Trinidad and Tobago+}; removed: [-Brazil-]",
        ]
    );
    assert_eq!(lines[8], "  PP1–OP4 unchanged (17 paragraphs)");

    let md = stdout(&resdiff(&[L41, REV1, "--format", "markdown"]));
    let cover = md.find("#### Cover").expect("a cover section");
    assert!(cover < md.find("| paragraphs |").unwrap(), "cover first");
    assert!(md.contains("- **sponsors**: added **Chile, Trinidad and Tobago**; removed ~~Brazil~~"));

    // Quiet mode, as CI runs it; the one-line summary names the cover.
    assert_eq!(resdiff(&[L41, REV1, "-q"]).status.code(), Some(1));
    let stat = stdout(&resdiff(&[L41, REV1, "--stat"]));
    assert!(stat.starts_with("paragraphs: 0 changed,"), "{stat}");
    assert!(
        stat.ends_with("; cover: symbol, date, sponsors\n"),
        "{stat}"
    );

    // A long cover value wraps under the values' column.
    let text = stdout(&resdiff(&[R79_239, L46, "--color", "never"]));
    assert!(text.contains(
        "  agenda    [-Agenda item 98 General and complete disarmament-] {+Agenda item 99 (mm) General and\n            complete disarmament: artificial"
    ));
}

#[test]
fn the_json_cover_section_gives_old_and_new_values_and_sponsor_lists() {
    let out = resdiff(&[L41, REV1, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fields = v["cover"]["fields"].as_array().unwrap();
    let summary: Vec<(String, bool)> = fields
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().to_string(),
                f["changed"].as_bool().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("symbol", true),
        ("date", true),
        ("session", false),
        ("agenda", false),
        ("title", false),
        ("sponsors", true),
    ]
    .map(|(f, c)| (f.to_string(), c));
    assert_eq!(summary, expected);
    assert_eq!(fields[0]["old"], "A/C.1/80/L.41");
    assert_eq!(fields[0]["new"], "A/C.1/80/L.41/Rev.1");
    assert_eq!(
        fields[3]["new"],
        "Agenda item 99 (kk) General and complete disarmament: lethal autonomous weapons systems"
    );
    let sponsors = &v["cover"]["sponsors"];
    assert_eq!(
        sponsors["added"],
        serde_json::json!(["Chile", "Trinidad and Tobago"])
    );
    assert_eq!(sponsors["removed"], serde_json::json!(["Brazil"]));
    assert_eq!(sponsors["old"].as_array().unwrap().len(), 21);
    assert_eq!(sponsors["new"][20], "Trinidad and Tobago");
    assert_eq!(sponsors["new"][21], "Venezuela (Bolivarian Republic of)");
    assert_eq!(v["new"]["sponsors"].as_array().unwrap().len(), 22);
}

#[test]
fn a_text_against_itself_or_its_relayout_has_no_cover_change() {
    for (old, new) in [
        (L41, L41),
        (
            "seeds/001_f645d6d34d6fbb5d.txt",
            "fixtures/relayout/78-265.pdf.txt",
        ),
        (
            "seeds/000_da5010157984a27d.txt",
            "fixtures/relayout/78-311.lines.txt",
        ),
    ] {
        let out = resdiff(&[old, new, "-q"]);
        assert_eq!(out.status.code(), Some(0), "{old} → {new}");
        assert!(!compared(old, new).cover.has_changes(), "{new}");
    }
}

#[test]
fn every_json_field_is_always_present() {
    let v: serde_json::Value =
        serde_json::from_slice(&resdiff(&[R79_239, L46, "--format", "json"]).stdout).unwrap();
    for side in ["old", "new"] {
        for p in v[side]["paragraphs"].as_array().unwrap() {
            let p = p.as_object().unwrap();
            assert!(p.contains_key("label") && p.contains_key("notes"), "{p:?}");
        }
        assert!(v[side]["sponsors"].is_array());
    }
    for e in v["alignment"].as_array().unwrap() {
        for s in e["diff"].as_array().unwrap() {
            assert!(s.as_object().unwrap().contains_key("old_text"), "{s}");
        }
    }
}

#[test]
fn changes_only_folds_renumbered_runs_too() {
    let c = compared(R79_239, L46);
    let options = HtmlOptions {
        layout: Layout::Inline,
        changes_only: true,
        ..HtmlOptions::default()
    };
    let page = render(&c, &options);
    assert!(page.contains(
        "<p class=\"folded\" data-count=\"3\" data-renumbered=\"true\">PP6–PP8 unchanged, renumbered (was PP5–PP7)</p>"
    ));
    let unchanged_shown = page.matches("data-status=\"unchanged\"").count();
    assert_eq!(unchanged_shown, 0, "no unchanged paragraph printed in full");
    let folded: usize = regex::Regex::new(r#"class="folded" data-count="(\d+)""#)
        .unwrap()
        .captures_iter(&page)
        .map(|m| m[1].parse::<usize>().unwrap())
        .sum();
    let unchanged = c
        .alignment
        .iter()
        .filter(|e| e.status == resdiff::Status::Unchanged)
        .count();
    assert_eq!(folded, unchanged);
}

#[test]
fn footnote_markers_stand_in_the_text_linked_to_their_change() {
    let c = compared(R79_239, L46);
    let page = render(&c, &HtmlOptions::default());
    // Footnote 4 is new in L.46 and cited in a changed paragraph.
    assert!(page.contains(
        ",<sup class=\"fn\"><a href=\"#fn-4\">4</a></sup> submitted pursuant to resolution"
    ));
    assert!(page.contains("<article class=\"entry footnote inserted\" id=\"fn-4\""));
    // An unchanged footnote shows its text when pointed at.
    assert!(page.contains("<sup class=\"fn\" title=\"A/79/88.\">3</sup>"));
    // Every marker of the new text is on the page once.
    let markers: usize = c.new.paragraphs.iter().map(|p| p.notes.len()).sum();
    let deleted_markers: usize = c
        .alignment
        .iter()
        .filter(|e| e.new.is_empty())
        .flat_map(|e| &e.old)
        .map(|id| c.old.paragraph(id).unwrap().notes.len())
        .sum();
    assert_eq!(
        page.matches("<sup class=\"fn\"").count(),
        markers + deleted_markers
    );
    assert!(!page.contains(['\u{FDD0}', '\u{FDD1}', '\u{FDD2}']));
}

#[test]
fn a_control_character_never_reaches_the_page_raw() {
    let old = "The General Assembly,\n\n1. Decides to act.\n";
    let new = "The General Assembly,\n\n1. Decides to \u{1b}[31mact now.\n";
    let c = compare(
        resdiff::parse_text("old\u{1b}.txt", old, None),
        resdiff::parse_text("new.txt", new, None),
        &CompareOptions::default(),
    );
    for layout in [Layout::Inline, Layout::SideBySide] {
        let page = render(
            &c,
            &HtmlOptions {
                layout,
                changes_only: false,
                ..HtmlOptions::default()
            },
        );
        assert!(!page.contains('\u{1b}'));
        assert!(page.contains("\\u{1b}[31m"));
    }
}

#[test]
fn adjacent_deletion_and_insertion_are_parted() {
    let old = "The General Assembly,\n\n1. Recalls its resolution 78/1.\n";
    let new = "The General Assembly,\n\n1. Recalls its resolutions 78/1.\n";
    let c = compare(
        resdiff::parse_text("old.txt", old, None),
        resdiff::parse_text("new.txt", new, None),
        &CompareOptions::default(),
    );
    let page = render(&c, &HtmlOptions::default());
    assert!(page.contains("resolution</del><span class=\"adj\"></span><ins>"));
    let mut out = termcolor::Ansi::new(Vec::new());
    resdiff::render::terminal::write(&mut out, &c, &Default::default()).unwrap();
    let text = String::from_utf8(out.into_inner()).unwrap();
    let plain = regex::Regex::new("\u{1b}\\[[0-9;]*m")
        .unwrap()
        .replace_all(&text, "");
    assert!(
        plain.contains("Recalls its resolution resolutions 78/1."),
        "{plain}"
    );
}

#[test]
fn the_terminal_marks_old_ids_and_wraps_with_a_hanging_indent() {
    let text = stdout(&resdiff(&[
        "seeds/000_da5010157984a27d.txt",
        "fixtures/edits/78-311.edited.txt",
        "--color",
        "never",
    ]));
    assert!(text.contains("\nPP9 (old)  deleted · substantive: deleted\n"));
    assert!(text.contains("\nOP16 (was OP14)  changed (0.97) · substantive: wording\n"));
    // PP12 moved: the renumbered paragraphs around it fold in two runs,
    // each naming exactly its old paragraphs.
    assert!(text.contains(
        "\n  PP9–PP10 unchanged, renumbered (was PP10–PP11) (2 paragraphs)\n  \
         PP11–PP12 unchanged, renumbered (was PP13–PP14) (2 paragraphs)\n"
    ));
    // The paragraphs wrap; the file header and the summary are one line.
    let body = text.lines().filter(|l| {
        !["paragraphs:", "--- ", "+++ "]
            .iter()
            .any(|p| l.starts_with(p))
    });
    for line in body {
        assert!(line.chars().count() <= 100, "{line}");
    }
    let continued = text.lines().filter(|l| l.starts_with("    ")).count();
    assert!(continued > 40, "{continued} indented lines");
}

#[test]
fn page_options_are_refused_outside_html() {
    for args in [
        vec![L41, REV1, "--changes-only"],
        vec![
            L41,
            REV1,
            "--format",
            "terminal",
            "--layout",
            "side-by-side",
        ],
        vec![L41, REV1, "--format", "json", "--changes-only"],
    ] {
        let out = resdiff(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("the HTML page only: add --format html"),
            "{err}"
        );
    }
    let out = resdiff(&[
        L41,
        REV1,
        "--format",
        "html",
        "--changes-only",
        "--layout",
        "side-by-side",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_page_header_names_the_documents_not_local_paths() {
    let out = resdiff(&[L41, REV1, "--format", "html"]);
    let page = stdout(&out);
    assert!(page.contains(
        "<h1><span lang=\"en\">A/C.1/80/L.41</span> → <span lang=\"en\">A/C.1/80/L.41/Rev.1</span></h1>"
    ));
    assert!(
        page.contains("<p class=\"doc-title\" lang=\"en\">Lethal autonomous weapons systems</p>")
    );
    assert!(page.contains("<td>L41-Rev1.txt</td>"));
    assert!(!page.contains("fixtures/delegate"));
    assert!(!page.contains("<td></td>") && !page.contains("<th></th>"));
    // The cover section comes before the summary.
    assert!(
        page.find("<section class=\"cover\"").unwrap() < page.find("class=\"summary\"").unwrap()
    );
    assert!(page
        .contains("<tr data-field=\"sponsors\"><th scope=\"row\">Sponsors (removed / added)</th>"));
}

// ---- In a real browser ----------------------------------------------------

/// Writes a page into the artifacts folder and returns its path.
fn page_file(name: &str, html: &str) -> std::path::PathBuf {
    let path = artifacts().join(format!("{name}.html"));
    std::fs::write(&path, html).unwrap();
    path
}

#[test]
fn the_browser_shows_the_cover_footnote_links_and_folded_runs() {
    let Some(browser) = browser() else { return };
    let c = compared(L41, REV1);
    let page = page_file("delegate-cover", &render(&c, &HtmlOptions::default()));
    let dom = String::from_utf8(headless(&browser, &["--dump-dom"], &page)).unwrap();
    assert_eq!(
        dom.matches("<tr data-field=").count(),
        3,
        "three cover rows"
    );
    assert!(dom.contains("<section class=\"cover\" id=\"cover\">"));

    let c = compared(R79_239, L46);
    let link = regex::Regex::new(r##"<a href="(#fn-[^"]+)""##).unwrap();
    for (layout, name) in [
        (Layout::Inline, "delegate-inline"),
        (Layout::SideBySide, "delegate-side-by-side"),
    ] {
        let options = HtmlOptions {
            layout,
            changes_only: true,
            ..HtmlOptions::default()
        };
        let page = page_file(name, &render(&c, &options));
        let dom = String::from_utf8(headless(&browser, &["--dump-dom"], &page)).unwrap();
        assert_eq!(dom.matches("<p class=\"folded\"").count(), 7, "{name}");
        // Footnote 1 changed, but the paragraph citing it is folded.
        let links: std::collections::BTreeSet<&str> = link
            .captures_iter(&dom)
            .map(|m| m.get(1).unwrap().as_str())
            .collect();
        assert_eq!(links, ["#fn-2", "#fn-4"].into(), "{name}: footnote links");
        for target in ["id=\"fn-1\"", "id=\"fn-2\"", "id=\"fn-4\""] {
            assert!(dom.contains(target), "{name}: {target}");
        }
        let shot = artifacts().join(format!("{name}.png"));
        headless(
            &browser,
            &[
                &format!("--screenshot={}", shot.display()),
                "--window-size=1000,2000",
            ],
            &page,
        );
        assert!(std::fs::metadata(&shot).unwrap().len() > 10_000, "{name}");
    }
}

#[test]
fn the_printed_page_fits_a4() {
    let Some(browser) = browser() else { return };
    // The seeds' pair: resolutions 78/265 and 78/311, which share agreed
    // language and differ much.
    let c = compared(
        "seeds/001_f645d6d34d6fbb5d.txt",
        "seeds/000_da5010157984a27d.txt",
    );
    let mut pages = Vec::new();
    for (layout, name) in [
        (Layout::Inline, "delegate-print-inline"),
        (Layout::SideBySide, "delegate-print-side-by-side"),
    ] {
        let options = HtmlOptions {
            layout,
            changes_only: false,
            ..HtmlOptions::default()
        };
        let page = page_file(name, &render(&c, &options));
        let pdf = artifacts().join(format!("{name}.pdf"));
        headless(
            &browser,
            &[
                &format!("--print-to-pdf={}", pdf.display()),
                "--no-pdf-header-footer",
            ],
            &page,
        );
        let Some(count) = pdf_pages(&pdf) else { return };
        pages.push(count);
        let png = artifacts().join(name);
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .expect("pdftoppm runs");
        assert!(status.success());
    }
    // Side by side puts paragraphs only one text has across both columns:
    // it takes at most half as many pages again as inline.
    assert!(
        pages[1] * 2 <= pages[0] * 3,
        "pages inline, side by side: {pages:?}"
    );
}

/// The number of pages of a PDF (poppler's `pdfinfo`); None, with a note,
/// when `RESDIFF_NO_PDFTOTEXT` says poppler is not installed.
fn pdf_pages(pdf: &Path) -> Option<usize> {
    let out = match Command::new("pdfinfo").arg(pdf).output() {
        Ok(out) => out,
        Err(_) if std::env::var_os("RESDIFF_NO_PDFTOTEXT").is_some() => {
            eprintln!("RESDIFF_NO_PDFTOTEXT set: printed page checks skipped");
            return None;
        }
        Err(e) => panic!("pdfinfo (poppler-utils) is needed: {e}; run scripts/test.sh"),
    };
    let info = String::from_utf8_lossy(&out.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
}

#[test]
fn the_folder_index_lists_pairs_in_natural_order_with_symbols_titles_and_counts() {
    let root = std::env::temp_dir().join(format!("resdiff-delegate-index-{}", std::process::id()));
    let (old, new, out) = (root.join("old"), root.join("new"), root.join("out"));
    for d in [&old, &new] {
        std::fs::create_dir_all(d).unwrap();
    }
    let copy = |from: &str, to: &Path| std::fs::copy(from, to).unwrap();
    copy(
        "fixtures/real/A-RES-79-23.en.txt",
        &old.join("A-RES-79-100.txt"),
    );
    copy(
        "fixtures/real/A-RES-80-22.en.txt",
        &new.join("A-RES-79-100.txt"),
    );
    copy(
        "fixtures/real/A-RES-79-62.en.txt",
        &old.join("A-RES-79-15.txt"),
    );
    copy(
        "fixtures/real/A-RES-79-62.en.txt",
        &new.join("A-RES-79-15.txt"),
    );
    let status = resdiff(&[
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(status.status.code(), Some(1));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let rows: Vec<&str> = index
        .lines()
        .filter(|l| l.starts_with("<tr class="))
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(rows[0].starts_with("<tr class=\"unchanged\"><td>unchanged</td><td>A/RES/79/62<br>"));
    assert!(
        rows[1].contains("<td>A/RES/79/23<br><span class=\"title\">Role of science and technology")
    );
    assert!(rows[1].contains("A/RES/80/22<br>"));
    assert!(rows[1].contains("<td>cover: symbol, date, session, agenda; 5 changed,"));
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_terminal_and_markdown_show_footnote_markers_too() {
    let text = stdout(&resdiff(&[R79_239, L46, "--color", "never"]));
    assert!(text.contains("and observer States-]{+,⁴ submitted pursuant to resolution 79/239,+}"));
    assert!(text.contains("[-Taking note of the Pact for the Future,² including"));
    let md = stdout(&resdiff(&[R79_239, L46, "--format", "markdown"]));
    assert!(md.contains("**,<sup>4</sup> submitted pursuant to"));
    assert!(md.contains("weapons systems,<sup>3</sup> as well as"));
    for out in [&text, &md] {
        assert!(!out.contains(['\u{FDD0}', '\u{FDD1}', '\u{FDD2}']));
    }
}
