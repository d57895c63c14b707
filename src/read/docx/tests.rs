//! The reader on small packages built here, one WordprocessingML feature
//! each, with the exact text expected.

use std::io::Write;

use super::{read_docx, View};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A package whose main part is `main_path`, related from `_rels/.rels`,
/// with these further parts related from the main part (type ending,
/// path, content).
pub(super) fn package(main_path: &str, body: &str, parts: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut add = |name: &str, content: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    };
    add(
        "_rels/.rels",
        &format!(
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="{main_path}"/></Relationships>"#
        ),
    );
    add(
        main_path,
        &format!(
            r#"<w:document xmlns:w="{W}" xmlns:r="{REL}"><w:body>{body}</w:body></w:document>"#
        ),
    );
    let (dir, file) = main_path.rsplit_once('/').unwrap_or(("", main_path));
    let rels: String = parts
        .iter()
        .enumerate()
        .map(|(i, (kind, path, _))| {
            format!(
                r#"<Relationship Id="rId{}" Type="{REL}/{kind}" Target="/{path}"/>"#,
                i + 10
            )
        })
        .collect();
    add(
        &format!("{dir}/_rels/{file}.rels"),
        &format!(
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#
        ),
    );
    for (_, path, content) in parts {
        add(path, content);
    }
    zip.finish().unwrap().into_inner()
}

fn read(body: &str, parts: &[(&str, &str, &str)], view: View) -> String {
    let bytes = package("word/document.xml", body, parts);
    read_docx(&bytes, view).unwrap().markdown
}

fn p(inner: &str) -> String {
    format!("<w:p>{inner}</w:p>")
}

fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

#[test]
fn paragraphs_in_order_through_content_controls_smart_tags_and_tables() {
    let body = [
        p(&r("The General Assembly,")),
        format!(
            "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>",
            p(&format!("<w:smartTag w:element=\"place\">{}</w:smartTag>{}", r("Recalling"), r(" its resolution,")))
        ),
        format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p(&r("Cell one")),
            p(&r("Cell two"))
        ),
        p(&format!("<w:hyperlink r:id=\"x\">{}</w:hyperlink>", r("Linked text"))),
    ]
    .concat();
    assert_eq!(
        read(&body, &[], View::Accepted),
        "The General Assembly,\n\nRecalling its resolution,\n\nCell one\n\nCell two\n\nLinked text\n"
    );
}

#[test]
fn fields_show_their_result_not_their_instruction() {
    let complex = concat!(
        r#"<w:r><w:t>See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
        r#"<w:r><w:instrText> REF _Ref1 \h </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>paragraph 5</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> above.</w:t></w:r>"#
    );
    let simple = format!(r#"<w:fldSimple w:instr=" PAGE ">{}</w:fldSimple>"#, r("7"));
    let body = [p(complex), p(&simple)].concat();
    assert_eq!(
        read(&body, &[], View::Accepted),
        "See paragraph 5 above.\n\n7\n"
    );
}

#[test]
fn hidden_text_symbols_and_breaks() {
    let body = p(concat!(
        r#"<w:r><w:t>Non</w:t><w:noBreakHyphen/><w:t>proliferation</w:t><w:tab/><w:t>and</w:t></w:r>"#,
        r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"#,
        r#"<w:r><w:br/><w:t>more </w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:t>*stars* _x_</w:t></w:r>"#
    ));
    assert_eq!(
        read(&body, &[], View::Accepted),
        "Non\u{2011}proliferation and more \\*stars\\* \\_x\\_\n"
    );
}

#[test]
fn tracked_changes_read_accepted_or_rejected() {
    let body = [
        p(&format!(
            "{}<w:ins w:id=\"1\">{}</w:ins><w:del w:id=\"2\"><w:r><w:delText>old </w:delText></w:r></w:del>{}",
            r("Recalling "),
            r("new "),
            r("text,")
        )),
        // A paragraph deleted whole: its text and its mark.
        "<w:p><w:pPr><w:rPr><w:del w:id=\"3\"/></w:rPr></w:pPr><w:del w:id=\"4\"><w:r><w:delText>Gone,</w:delText></w:r></w:del></w:p>"
            .to_string(),
        p(&format!(
            "<w:moveTo w:id=\"5\">{}</w:moveTo>{}<w:moveFrom w:id=\"6\">{}</w:moveFrom>",
            r("Moved "),
            r("stays"),
            r(" moved")
        )),
    ]
    .concat();
    assert_eq!(
        read(&body, &[], View::Accepted),
        "Recalling new text,\n\nMoved stays\n"
    );
    assert_eq!(
        read(&body, &[], View::Original),
        "Recalling old text,\n\nGone,\n\nstays moved\n"
    );
    let bytes = package("word/document.xml", &body, &[]);
    let revisions = read_docx(&bytes, View::Accepted).unwrap().revisions;
    assert_eq!(
        (revisions.insertions, revisions.deletions, revisions.moves),
        (1, 3, 1)
    );
}

#[test]
fn an_inserted_paragraph_mark_joins_paragraphs_in_the_original() {
    let body = [
        "<w:p><w:pPr><w:rPr><w:ins w:id=\"1\"/></w:rPr></w:pPr><w:r><w:t>One half</w:t></w:r></w:p>",
        &p(&r(" and the other.")),
    ]
    .concat();
    assert_eq!(
        read(&body, &[], View::Accepted),
        "One half\n\nand the other.\n"
    );
    assert_eq!(
        read(&body, &[], View::Original),
        "One half and the other.\n"
    );
}

const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
  <w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num></w:numbering>"#;

fn numbered(level: usize, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="2"/></w:numPr></w:pPr>{}</w:p>"#,
        r(text)
    )
}

#[test]
fn automatic_numbers_continue_across_interruptions() {
    let body = [
        numbered(0, "Decides;"),
        numbered(1, "To act;"),
        numbered(1, "To report;"),
        p(&r("An unnumbered paragraph between.")),
        numbered(0, "Requests;"),
        numbered(1, "Again;"),
    ]
    .concat();
    let parts = [("numbering", "word/numbering.xml", NUMBERING)];
    assert_eq!(
        read(&body, &parts, View::Accepted),
        "1. Decides;\n\n(a) To act;\n\n(b) To report;\n\nAn unnumbered paragraph between.\n\n2. Requests;\n\n(a) Again;\n"
    );
}

#[test]
fn notes_get_their_marks_and_come_after_a_rule() {
    let footnotes = format!(
        r#"<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Resolution 217 A (III).</w:t></w:r></w:p></w:footnote>
        <w:footnote w:id="3"><w:p><w:r><w:t>Starred note.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let endnotes = format!(
        r#"<w:endnotes xmlns:w="{W}"><w:endnote w:id="1"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>"#
    );
    let body = p(&format!(
        "{}<w:r><w:footnoteReference w:id=\"2\"/></w:r>{}<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r>{}<w:r><w:endnoteReference w:id=\"1\"/></w:r>",
        r("Declaration"),
        r(", text"),
        r(" and more")
    ));
    let parts = [
        ("footnotes", "word/footnotes.xml", footnotes.as_str()),
        ("endnotes", "word/endnotes.xml", endnotes.as_str()),
    ];
    assert_eq!(
        read(&body, &parts, View::Accepted),
        "Declaration<sup>1</sup>, text<sup>\\*</sup> and more<sup>2</sup>\n\n---\n\n\
         <sup>1</sup> Resolution 217 A (III).\n\n<sup>\\*</sup> Starred note.\n\n<sup>2</sup> An endnote.\n"
    );
}

#[test]
fn headers_footers_and_comments_are_set_apart() {
    let header = format!(r#"<w:hdr xmlns:w="{W}">{}</w:hdr>"#, p(&r("A/RES/80/1")));
    let footer = format!(r#"<w:ftr xmlns:w="{W}">{}</w:ftr>"#, p(&r("25-12345")));
    let comments = format!(
        r#"<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Delegate A">{}</w:comment></w:comments>"#,
        p(&r("Check this date."))
    );
    let body = p(&format!(
        "<w:commentRangeStart w:id=\"0\"/>{}<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>",
        r("Body text.")
    ));
    let parts = [
        ("header", "word/header1.xml", header.as_str()),
        ("footer", "word/footer1.xml", footer.as_str()),
        ("comments", "word/comments.xml", comments.as_str()),
    ];
    let bytes = package("word/document.xml", &body, &parts);
    let read = read_docx(&bytes, View::Accepted).unwrap();
    assert_eq!(read.markdown, "Body text.\n");
    assert_eq!(read.furniture, ["A/RES/80/1", "25-12345"]);
    assert_eq!(read.comments, ["Delegate A: Check this date."]);
    assert!(!read.revisions.any());
}

#[test]
fn the_main_part_is_found_through_relationships_under_any_name_and_prefix() {
    let body = r#"<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>Elsewhere.</x:t></x:r></x:p>"#;
    let bytes = package("content/main-part.xml", body, &[]);
    assert_eq!(
        read_docx(&bytes, View::Accepted).unwrap().markdown,
        "Elsewhere.\n"
    );
}

#[test]
fn bad_packages_are_errors_naming_what_is_wrong() {
    let no_main = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(b"<w:document/>").unwrap();
        zip.finish().unwrap().into_inner()
    };
    let err = read_docx(&no_main, View::Accepted).unwrap_err();
    assert!(err.contains("no main document part"), "{err}");
    let broken = package("word/document.xml", "<w:p><w:r></w:p>", &[]);
    let err = read_docx(&broken, View::Accepted).unwrap_err();
    assert!(
        err.contains("word/document.xml is not well-formed XML"),
        "{err}"
    );
    let err = read_docx(b"PK\x03\x04 truncated", View::Accepted).unwrap_err();
    assert!(err.contains("not a zip archive"), "{err}");
}
