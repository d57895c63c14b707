//! The XHTML `pdftotext -bbox-layout` writes, read into pages of blocks of
//! lines of words with their boxes (points, y growing down the page).

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One word and its box.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Word {
    /// The box's height: the font size, give or take the font's design.
    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// One page: its height and poppler's blocks, each a list of lines, each a
/// list of words, in poppler's reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BboxPage {
    /// The page's height in points.
    pub height: f64,
    /// The blocks of lines of words.
    pub blocks: Vec<Vec<Vec<Word>>>,
}

/// Reads `pdftotext -bbox-layout` output. Blocks and lines without words
/// are left out.
///
/// ```
/// let xhtml = r#"<html><body><doc><page width="612" height="792"><flow><block>
///   <line><word xMin="1" yMin="2" xMax="3" yMax="4">R&amp;D</word></line>
/// </block></flow></page></doc></body></html>"#;
/// let pages = resdiff::read::pdf::parse_bbox(xhtml).unwrap();
/// assert_eq!(pages[0].blocks[0][0][0].text, "R&D");
/// assert_eq!(pages[0].height, 792.0);
/// ```
pub fn parse_bbox(xhtml: &str) -> Result<Vec<BboxPage>, String> {
    let mut reader = Reader::from_str(xhtml);
    let mut pages: Vec<BboxPage> = Vec::new();
    let mut block: Vec<Vec<Word>> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut word: Option<Word> = None;
    loop {
        let event = reader.read_event().map_err(|e| {
            format!(
                "pdftotext's output at byte {}: {e}",
                reader.buffer_position()
            )
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "page" => pages.push(BboxPage {
                    height: number(&e, "height").unwrap_or(0.0),
                    blocks: Vec::new(),
                }),
                "word" => word = Some(word_at(&e)),
                _ => {}
            },
            Event::Text(t) => {
                if let Some(w) = word.as_mut() {
                    w.text.push_str(&t);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(w) = word.as_mut() {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => resolve_predefined_entity(&r).map(str::to_string),
                    };
                    w.text.push_str(resolved.as_deref().unwrap_or(""));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "word" => line.extend(word.take().filter(|w| !w.text.trim().is_empty())),
                "line" if !line.is_empty() => block.push(std::mem::take(&mut line)),
                "block" if !block.is_empty() => {
                    if let Some(p) = pages.last_mut() {
                        p.blocks.push(std::mem::take(&mut block));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(pages)
}

/// A word's box from its attributes; a missing one reads as 0.
fn word_at(e: &BytesStart) -> Word {
    let at = |k| number(e, k).unwrap_or(0.0);
    Word {
        text: String::new(),
        x0: at("xMin"),
        y0: at("yMin"),
        x1: at("xMax"),
        y1: at("yMax"),
    }
}

fn number(e: &BytesStart, key: &str) -> Option<f64> {
    let a = e.try_get_attribute(key).ok()??;
    a.value.trim().parse().ok()
}
