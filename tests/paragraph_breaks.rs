//! Paragraph breaks follow the document's own layout (issue 12, item 11):
//! blank lines where the text uses them, one paragraph a line where every
//! line ends its sentence, indentation where lines are wrapped without
//! blank lines. Synthetic texts with the exact expected paragraphs.

use resdiff::{Document, InputFormat};

fn plain(text: &str) -> Document {
    resdiff::parse_text("test.txt", text, Some(InputFormat::Plain))
}

mod common;
use common::{ids_and_texts as paragraphs, pairs};

/// A resolution whose preamble opens with `preamble`, then a paragraph
/// after a blank line and an operative paragraph: blank lines separate its
/// paragraphs.
fn resolution(preamble: &str) -> Document {
    plain(&format!(
        "The General Assembly,\n\n{preamble}\nNoting the report of the Secretary-General,\n\n1. Decides to remain seized of the matter.\n"
    ))
}

/// The paragraphs of [`resolution`]: `preamble`'s, then the two it adds.
fn resolution_pairs(preamble: &[&str]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = preamble
        .iter()
        .enumerate()
        .map(|(i, text)| (format!("PP{}", i + 1), text.to_string()))
        .collect();
    out.push((
        format!("PP{}", preamble.len() + 1),
        "Noting the report of the Secretary-General,".to_string(),
    ));
    out.push((
        "OP1".to_string(),
        "Decides to remain seized of the matter.".to_string(),
    ));
    out
}

/// Blank lines separate the paragraphs: a title's subtitle after a colon
/// on the next line, with no blank line, stays in its paragraph even when
/// its first word reads like a preambular cue ("Reconstructing").
#[test]
fn a_colon_then_a_capital_runs_on_where_blank_lines_separate_paragraphs() {
    let doc = resolution(
        "Recalling the Cairo International Conference on Palestine:\n\
         Reconstructing Gaza, held on 12 October 2014,\n",
    );
    assert_eq!(
        paragraphs(&doc),
        resolution_pairs(&[
            "Recalling the Cairo International Conference on Palestine: Reconstructing Gaza, held on 12 October 2014,"
        ])
    );
}

/// A preambular paragraph whose blank line the extraction lost still opens
/// after the comma that ends the one before it.
#[test]
fn a_cue_after_a_closing_comma_opens_a_paragraph_without_a_blank_line() {
    let doc = resolution(
        "Recalling its resolution 70/1 of 25 September 2015,\n\
         Reaffirming also that the Programme is grounded in five\n\
         priority areas,\n",
    );
    assert_eq!(
        paragraphs(&doc),
        resolution_pairs(&[
            "Recalling its resolution 70/1 of 25 September 2015,",
            "Reaffirming also that the Programme is grounded in five priority areas,",
        ])
    );
}

/// Plain text without blank lines, a paragraph a line: unnumbered lines
/// are paragraphs of their own, not one glued paragraph.
#[test]
fn one_paragraph_a_line_without_blank_lines() {
    let doc = plain(
        "Summary\n\
         New technologies offer great opportunities for human well-being.\n\
         They may also deepen inequalities and violence.\n\
         The present report highlights the hopes and concerns they raise.\n\
         I. Introduction\n\
         1. Rapid technological change affects many aspects of development.\n\
         2. These technologies hold great promise; they are not without risk.\n",
    );
    assert_eq!(
        paragraphs(&doc),
        pairs(&[
            ("H1", "Summary"),
            (
                "U1",
                "New technologies offer great opportunities for human well-being."
            ),
            ("U2", "They may also deepen inequalities and violence."),
            (
                "U3",
                "The present report highlights the hopes and concerns they raise."
            ),
            ("I", "Introduction"),
            (
                "1",
                "Rapid technological change affects many aspects of development."
            ),
            (
                "2",
                "These technologies hold great promise; they are not without risk."
            ),
        ])
    );
}

/// Wrapped lines without blank lines: a paragraph's first line is indented,
/// its other lines are not, and a line ending a sentence does not by itself
/// end the paragraph.
#[test]
fn indentation_opens_paragraphs_in_wrapped_text_without_blank_lines() {
    let doc = plain(
        "   New technologies offer great opportunities for human well-being\n\
         across the world. They may also deepen inequalities and violence,\n\
         in the view of many observers.\n\
         Their effects are uneven between countries and within them.\n\
         \x20  The present report highlights the hopes and concerns they raise\n\
         and the action the United Nations system can take.\n",
    );
    assert_eq!(
        paragraphs(&doc),
        pairs(&[
            (
                "U1",
                "New technologies offer great opportunities for human well-being across the world. They may also deepen inequalities and violence, in the view of many observers. Their effects are uneven between countries and within them."
            ),
            (
                "U2",
                "The present report highlights the hopes and concerns they raise and the action the United Nations system can take."
            ),
        ])
    );
}

/// The report seed written one paragraph a line without blank lines reads
/// as the seed does: the same paragraphs, ids and texts (before, the
/// summary's heading and its three paragraphs were glued into one).
#[test]
fn a_report_one_paragraph_a_line_reads_as_its_pdf_text() {
    let read = |path: &str| {
        resdiff::parse_path(std::path::Path::new(path), None).unwrap_or_else(|e| panic!("{e}"))
    };
    let seed = read("seeds/002_62c3ca53ac28ca7a.txt");
    let lines = read("fixtures/issue12/002.lines.txt");
    assert_eq!(lines.paragraphs.len(), 69);
    assert_eq!(paragraphs(&lines), paragraphs(&seed));
    assert_eq!(
        paragraphs(&lines)[..2],
        pairs(&[
            ("H1", "Résumé"),
            (
                "U1",
                "Les nouvelles technologies, notamment l’intelligence artificielle, la biotechnologie, la robotique et les technologies des énergies renouvelables, et leur évolution constante offrent d’incroyables possibilités d’améliorer le bien-être humain. Mais elles peuvent également engendrer davantage d’inégalités et de violence, ce qui peut avoir des conséquences considérables en matière de protection des droits de l’homme."
            ),
        ])
    );
}
