//! The package around the body: the parts a Word document is made of, and
//! the zip that holds them, written with fixed timestamps, permissions and
//! order so that the same comparison gives the same bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                 xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const CONTENT_TYPES: &str = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>\
</Relationships>";

/// Footnotes numbered by Word, the separators named as §17.11.12 asks.
const SETTINGS: &str = "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>";

/// A4 with the UN's margins (2.5 cm).
const SECTION: &str = "<w:sectPr><w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr>\
<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>";

/// The UN's look: Times New Roman, 12 pt text and 10 pt footnotes,
/// justified; preambular paragraphs indented on their first line,
/// operative numbers and sub-paragraph letters hanging before the text.
fn styles(lang: &str) -> String {
    let para = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let hanging = |left: u32| {
        format!("<w:tabs><w:tab w:val=\"left\" w:pos=\"{left}\"/></w:tabs><w:ind w:left=\"{left}\" w:hanging=\"567\"/>")
    };
    let mut out = format!(
        "<w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"SimSun\"/>\
         <w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"{lang}\" w:bidi=\"{lang}\" w:eastAsia=\"{lang}\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"
    );
    out.push_str(&para("ResdiffCover", "Cover", "<w:jc w:val=\"left\"/>", ""));
    out.push_str(&para(
        "ResdiffTitle",
        "Resolution title",
        "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
        "<w:b/><w:bCs/>",
    ));
    out.push_str(&para(
        "ResdiffPreamble",
        "Preambular paragraph",
        "<w:ind w:firstLine=\"567\"/>",
        "",
    ));
    out.push_str(&para(
        "ResdiffOperative",
        "Operative paragraph",
        &hanging(567),
        "",
    ));
    out.push_str(&para(
        "ResdiffSubparagraph",
        "Sub-paragraph",
        &hanging(1134),
        "",
    ));
    out.push_str(&para(
        "ResdiffHeading",
        "Section heading",
        &format!("<w:keepNext/>{}<w:jc w:val=\"left\"/>", hanging(567)),
        "<w:b/><w:bCs/>",
    ));
    out.push_str(&para("ResdiffBody", "Paragraph", "", ""));
    out.push_str(&para(
        "FootnoteText",
        "footnote text",
        "<w:spacing w:after=\"0\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
    ));
    out.push_str(
        "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>\
         <w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>",
    );
    out
}

/// The whole package: `body` and `footnotes` are the inner XML of
/// `w:body` (without its section) and `w:footnotes`.
pub fn package(body: &str, footnotes: &str, lang: &str) -> std::io::Result<Vec<u8>> {
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", format!("{HEAD}{CONTENT_TYPES}")),
        ("_rels/.rels", format!("{HEAD}{PACKAGE_RELS}")),
        (
            "word/document.xml",
            format!("{HEAD}<w:document {W}><w:body>{body}{SECTION}</w:body></w:document>"),
        ),
        (
            "word/_rels/document.xml.rels",
            format!("{HEAD}{DOCUMENT_RELS}"),
        ),
        (
            "word/styles.xml",
            format!("{HEAD}<w:styles {W}>{}</w:styles>", styles(lang)),
        ),
        (
            "word/settings.xml",
            format!("{HEAD}<w:settings {W}>{SETTINGS}</w:settings>"),
        ),
        (
            "word/footnotes.xml",
            format!("{HEAD}<w:footnotes {W}>{footnotes}</w:footnotes>"),
        ),
    ];
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}
