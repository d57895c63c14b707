//! The summaries say what the JSON says about footnotes, status by status
//! (issue 12, item 8): deleted footnotes are not counted as changed.

use resdiff::compare::compare;
use resdiff::lang::Language;
use resdiff::render::{folder, html, markdown, terminal};
use resdiff::{Comparison, Document, Footnote, Paragraph, ParagraphKind};

fn doc(name: &str, notes: &[(&str, &str)]) -> Document {
    Document {
        source: name.to_string(),
        format: resdiff::InputFormat::Plain,
        language: Language("en"),
        symbol: None,
        title: None,
        date: None,
        sponsors: vec![],
        paragraphs: vec![Paragraph {
            id: "OP1".into(),
            kind: ParagraphKind::Operative,
            label: Some("1.".into()),
            text: "Decides to remain seized of the matter.".into(),
            notes: vec![],
            lines: [1, 1],
        }],
        footnotes: notes
            .iter()
            .enumerate()
            .map(|(i, (mark, text))| Footnote {
                mark: mark.to_string(),
                text: text.to_string(),
                lines: [i + 3, i + 3],
            })
            .collect(),
        metadata: vec![],
        removed: vec![],
    }
}

/// Footnote 1 unchanged, 2 reworded, 3 and 4 gone, 5 new.
fn comparison() -> Comparison {
    let old = doc(
        "old",
        &[
            (
                "1",
                "Official Records of the General Assembly, Seventy-ninth Session.",
            ),
            (
                "2",
                "Resolution 217 A (III) on human rights and fundamental freedoms.",
            ),
            ("3", "United Nations, Treaty Series, vol. 993, No. 14531."),
            ("4", "See A/79/123 and the annexes to that report."),
        ],
    );
    let new = doc(
        "new",
        &[
            (
                "1",
                "Official Records of the General Assembly, Seventy-ninth Session.",
            ),
            (
                "2",
                "Resolution 217 A (III) on human rights and fundamental freedoms, annex.",
            ),
            (
                "5",
                "Adopted by the Human Rights Council on 4 April 2025 at its fifty-eighth session.",
            ),
        ],
    );
    compare(old, new, &Default::default())
}

#[test]
fn every_summary_counts_footnotes_by_status_as_the_json_does() {
    let c = comparison();
    let json: serde_json::Value = serde_json::to_value(&c).unwrap();
    let notes = &json["summary"]["footnotes"];
    assert_eq!(
        [
            &notes["unchanged"],
            &notes["changed"],
            &notes["deleted"],
            &notes["inserted"]
        ],
        [1, 1, 2, 1]
    );
    let mut stat = Vec::new();
    terminal::write_stat(&mut stat, &c).unwrap();
    let stat = String::from_utf8(stat).unwrap();
    assert!(
        stat.contains("; footnotes: 1 changed, 1 inserted, 2 deleted, 1 unchanged; "),
        "{stat}"
    );
    let page = html::render(&c, &html::HtmlOptions::default());
    assert!(
        page.contains("; footnotes: 1 changed, 1 inserted, 2 deleted, 1 unchanged.</p>"),
        "{page}"
    );
    let md = markdown::render(&c);
    assert!(
        md.contains("\n| footnotes | 1 | 0 | 0 | 0 | 1 | 2 | 1 | | | |\n"),
        "{md}"
    );
    let pair = resdiff::FilePair {
        old: "old.txt".into(),
        new: "new.txt".into(),
        matched_by: resdiff::MatchedBy::Name,
        comparison: c,
    };
    let folders = resdiff::FolderComparison {
        pairs: vec![pair],
        unmatched: Default::default(),
        errors: vec![],
    };
    let mut lines = Vec::new();
    folder::write_lines(&mut lines, &folders).unwrap();
    let lines = String::from_utf8(lines).unwrap();
    assert!(
        lines.starts_with(
            "changed   old.txt → new.txt  [by name]  0 changed, 0 moved, 0 split, 0 merged, \
             0 inserted, 0 deleted; footnotes: 1 changed, 1 inserted, 2 deleted, 1 unchanged\n"
        ),
        "{lines}"
    );
}

#[test]
fn the_french_page_counts_them_in_french() {
    let mut c = comparison();
    c.new.language = Language("fr");
    let page = html::render(&c, &html::HtmlOptions::default());
    assert!(
        page.contains(" ; notes : 1 modifié, 1 ajouté, 2 supprimé, 1 inchangé.</p>"),
        "{page}"
    );
}
