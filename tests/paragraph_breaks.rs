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

/// What a PDF written without space between paragraphs hands the text
/// reader (LibreOffice's default): breaks only where a line ended short,
/// page furniture between pages.
fn extracted(text: &str) -> Document {
    resdiff::parse_text("made.pdf", text, Some(InputFormat::Pdf))
}

#[test]
fn closing_punctuation_wrapped_onto_its_own_line_ends_the_sentence_before_it() {
    let doc = extracted(
        "L’Assemblée générale,\n\nRéaffirmant sa résolution 70/1, intitulée « Transformer notre monde\n»,\nRéaffirmant ses résolutions 78/265 et 77/320,\n\n1. Décide de rester saisie de la question.\n",
    );
    assert_eq!(
        paragraphs(&doc),
        pairs(&[
            (
                "PP1",
                "Réaffirmant sa résolution 70/1, intitulée « Transformer notre monde »,"
            ),
            ("PP2", "Réaffirmant ses résolutions 78/265 et 77/320,"),
            ("OP1", "Décide de rester saisie de la question."),
        ])
    );
}

#[test]
fn quant_and_during_open_no_preambular_paragraph() {
    let fr = resdiff::lang::Language("fr").rules();
    assert!(fr.opens_preamble("Considérant que la technologie évolue,"));
    assert!(!fr.opens_preamble("Quant à la Commission de la science,"));
    assert!(!fr.opens_preamble("Cependant, le Forum a été créé."));
    let en = resdiff::lang::Language("en").rules();
    assert!(!en.opens_preamble("During the session, the Committee met."));
    assert!(en.opens_preamble("Recalling its resolution 79/1,"));
}

#[test]
fn a_heading_run_onto_the_paragraph_before_it_is_its_own_paragraph() {
    let doc = extracted(
        "47. Ces initiatives sont essentielles pour la confidentialité programmée.\nTechnologies de surveillance dont la reconnaissance faciale\n\n48. Des chercheurs ont observé que ces technologies ont servi.\n\n49. Les séances commencent à 10 heures.\n",
    );
    let texts: Vec<String> = doc.paragraphs.iter().map(|p| p.text.clone()).collect();
    assert_eq!(
        texts,
        [
            "Ces initiatives sont essentielles pour la confidentialité programmée.",
            "Technologies de surveillance dont la reconnaissance faciale",
            "Des chercheurs ont observé que ces technologies ont servi.",
            "Les séances commencent à 10 heures.",
        ]
    );
    // Each keeps its own input lines.
    assert_eq!(doc.paragraphs[0].lines, [1, 1]);
    assert_eq!(doc.paragraphs[1].lines, [2, 2]);
}

#[test]
fn a_sentence_cut_after_its_colon_by_a_page_break_runs_on() {
    let doc = extracted(
        "United Nations A/RES/78/265\n\nGeneral Assembly\n\n78/265. Seizing the opportunities\n\nThe General Assembly,\n\nRecalling its resolutions 77/320 of 25 July 2023 on the impact of rapid\ntechnological change on the achievement of the Goals,\n\nTaking note of the efforts of the International Telecommunication Union,\nand of the Guiding Principles on Business and Human Rights:\n\n24-05969\n\nA/RES/78/265 Seizing the opportunities\n\nImplementing the United Nations “Protect, Respect and Remedy” Framework,\nas endorsed by the Human Rights Council,\n\nNoting the report of the Secretary-General on the road map for digital\ncooperation,\n\n1. Decides to remain seized of the matter, and requests a report\nat its next session.\n\n24-05969\n\nA/RES/78/265 Seizing the opportunities\n\n2. Requests a report on the\nimplementation of the present resolution.\n",
    );
    let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["PP1", "PP2", "PP3", "OP1", "OP2"]);
    assert_eq!(
        doc.paragraphs[1].text,
        "Taking note of the efforts of the International Telecommunication Union, and of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework, as endorsed by the Human Rights Council,"
    );
}

#[test]
fn a_bracketed_label_glued_to_its_text_is_still_a_label() {
    let doc = plain(
        "The General Assembly,\n\n1. Calls upon Member States:\n\n(a) Promoting access to technology;\n\n(b)Promoting linguistic diversity;\n",
    );
    let ids: Vec<&str> = doc.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["OP1", "OP1(a)", "OP1(b)"]);
    assert_eq!(doc.paragraphs[2].text, "Promoting linguistic diversity;");
}
