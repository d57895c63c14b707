//! The redline as a Word document whose differences are real tracked
//! changes: Word and LibreOffice show them in their review panes and let
//! the reader accept or reject each one. Accepting all of them leaves the
//! new text, rejecting all of them the old.
//!
//! Written directly as OOXML (ECMA-376 Part 1): word changes as `w:ins` and
//! `w:del` runs; whole inserted or deleted paragraphs with the mark on the
//! paragraph mark too (`w:pPr/w:rPr/w:ins|w:del`), so that no empty
//! paragraph is left behind; moved paragraphs as `w:moveFrom` at their old
//! place and `w:moveTo` at their new one, inside named move ranges, the
//! paragraph marks moved with them; footnotes with their own edits.
//! Every revision carries one author and one date ([`DocxOptions`]); with
//! the fixed defaults, the same comparison gives the same bytes.
//!
//! The spans are written exactly as the comparison has them (not as
//! [`crate::render::edges`] re-spaces them for reading), so that each side
//! keeps its own spaces and paragraph breaks.
//!
//! The steps: [`body`] walks the entries into paragraphs of pieces
//! ([`model`]), using [`parts`] to find the paragraph breaks of split and
//! merged entries and [`notes`] to place footnote references; [`xml`]
//! writes them as WordprocessingML and [`package`] zips the parts.
//! [`readings`] works out what "accept all" and "reject all" leave, so
//! that tests can check both texts come back.

pub mod body;
pub mod model;
pub mod notes;
pub mod package;
pub mod parts;
pub mod readings;
pub mod xml;

pub use model::visible;

use crate::types::Comparison;

/// The author revisions carry unless told otherwise.
pub const DEFAULT_AUTHOR: &str = "resdiff";

/// The date revisions carry unless told otherwise: fixed, so that output
/// does not depend on when it was made.
pub const DEFAULT_DATE: &str = "2000-01-01T00:00:00Z";

/// Who the revisions are attributed to, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxOptions {
    /// `w:author` of every revision.
    pub author: String,
    /// `w:date` of every revision, ISO 8601 (see [`parse_date`]).
    pub date: String,
}

impl Default for DocxOptions {
    fn default() -> Self {
        DocxOptions {
            author: DEFAULT_AUTHOR.to_string(),
            date: DEFAULT_DATE.to_string(),
        }
    }
}

/// Checks a `--date` and gives it in the form `w:date` takes:
/// `2025-12-01` or `2025-12-01T10:30:00Z` (seconds and `Z` optional).
///
/// ```
/// use resdiff::render::docx::parse_date;
/// assert_eq!(parse_date("2025-12-01").unwrap(), "2025-12-01T00:00:00Z");
/// assert_eq!(parse_date("2025-12-01T10:30").unwrap(), "2025-12-01T10:30:00Z");
/// assert!(parse_date("1 December 2025").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<String, String> {
    let bad = || format!("--date {text:?}: give a date as 2025-12-01 or 2025-12-01T10:30:00Z");
    let (day, time) = text.split_once('T').unwrap_or((text, "00:00:00"));
    let time = time.strip_suffix('Z').unwrap_or(time);
    let numbers = |s: &str, sep: char, widths: &[usize]| -> Option<Vec<u32>> {
        let fields: Vec<&str> = s.split(sep).collect();
        let fits = fields.len() == widths.len()
            && fields
                .iter()
                .zip(widths)
                .all(|(f, &w)| f.len() == w && f.bytes().all(|b| b.is_ascii_digit()));
        fits.then(|| fields.iter().filter_map(|f| f.parse().ok()).collect())
    };
    let d = numbers(day, '-', &[4, 2, 2]).ok_or_else(bad)?;
    let t = numbers(time, ':', &[2, 2, 2])
        .or_else(|| {
            numbers(time, ':', &[2, 2]).map(|mut v| {
                v.push(0);
                v
            })
        })
        .ok_or_else(bad)?;
    let valid =
        (1..=12).contains(&d[1]) && (1..=31).contains(&d[2]) && t[0] < 24 && t[1] < 60 && t[2] < 60;
    if !valid {
        return Err(bad());
    }
    Ok(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        d[0], d[1], d[2], t[0], t[1], t[2]
    ))
}

/// The redline as the bytes of a `.docx` file.
pub fn render(c: &Comparison, options: &DocxOptions) -> std::io::Result<Vec<u8>> {
    let (paragraphs, footnotes) = xml_parts(c, options);
    package::package(&paragraphs, &footnotes, c.new.language.0)
}

/// The inner XML of the body (its paragraphs) and of the footnotes part:
/// what changes from one comparison to the next.
pub fn xml_parts(c: &Comparison, options: &DocxOptions) -> (String, String) {
    let body = body::Body::build(c);
    let stamp = xml::Stamp {
        author: &options.author,
        date: &options.date,
    };
    let rtl = c.new.language.rules().right_to_left;
    let mut writer = xml::XmlWriter::new(&stamp, rtl);
    let paragraphs = writer.body(&body.paras);
    let footnotes = writer.footnotes(&body.notes.list);
    (paragraphs, footnotes)
}

/// Writes the `.docx` file's bytes onto a writer, as the other renderers do.
pub fn write(
    out: &mut impl std::io::Write,
    c: &Comparison,
    options: &DocxOptions,
) -> std::io::Result<()> {
    out.write_all(&render(c, options)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use quick_xml::events::Event;

    fn comparison(old: &str, new: &str) -> Comparison {
        let old = crate::parse_text("old.txt", old, None);
        let new = crate::parse_text("new.txt", new, None);
        compare(old, new, &crate::CompareOptions::default())
    }

    /// The text of every `w:t` and `w:delText`, checking the XML is well
    /// formed on the way.
    fn texts(xml: &str) -> Vec<String> {
        let wrapped = format!("<r xmlns:w=\"w\">{xml}</r>");
        let mut reader = quick_xml::Reader::from_str(&wrapped);
        let mut out = Vec::new();
        let mut inside = false;
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(e) => inside = matches!(e.name().0, "w:t" | "w:delText"),
                Event::Text(t) if inside => out.push(t.xml10_content().into_owned()),
                Event::GeneralRef(r) if inside => {
                    let name = r.xml10_content();
                    let c = quick_xml::escape::resolve_predefined_entity(&name).unwrap();
                    out.push(c.to_string());
                }
                Event::End(_) => inside = false,
                Event::Eof => break,
                _ => {}
            }
        }
        out
    }

    const OLD: &str = "The General Assembly,\n\nRecalling its resolution 78/241,\n\n\
                       Noting the report,\n\n1. Decides to act;\n\n2. Requests a report.\n";
    const NEW: &str = "The General Assembly,\n\nRecalling its resolution 79/62,\n\n\
                       1. Decides to act;\n\n2. Welcomes the work;\n\n3. Requests a report.\n";

    #[test]
    fn snapshot_document_xml() {
        let (body, notes) = xml_parts(&comparison(OLD, NEW), &DocxOptions::default());
        insta::assert_snapshot!(format!("{body}\n{notes}").replace("<w:p>", "\n<w:p>"));
    }

    #[test]
    fn hostile_text_is_escaped_and_controls_made_visible() {
        let old = "The General Assembly,\n\nRecalling <w:t> & ]]> it,\n";
        let new = "The General Assembly,\n\nRecalling <w:t> & ]]> \u{1b}[31m it\u{7}\u{FFFF},\n";
        let options = DocxOptions {
            author: "<\"A\" & 'B'>".into(),
            date: DEFAULT_DATE.into(),
        };
        let (body, _) = xml_parts(&comparison(old, new), &options);
        let joined = texts(&body).concat();
        assert!(joined.contains("Recalling <w:t> & ]]> "), "{joined}");
        assert!(joined.contains("\\u{1b}[31m"), "{joined}");
        assert!(joined.contains("\\u{7}\\u{ffff}"), "{joined}");
        assert!(!body.contains('\u{1b}') && !body.contains('\u{7}'));
        assert!(body.contains("w:author=\"&lt;&quot;A&quot; &amp; &apos;B&apos;&gt;\""));
    }

    #[test]
    fn same_comparison_same_bytes() {
        let c = comparison(OLD, NEW);
        let a = render(&c, &DocxOptions::default()).unwrap();
        let b = render(&c, &DocxOptions::default()).unwrap();
        assert_eq!(a, b);
        assert_eq!(&a[..2], b"PK");
    }
}
