//! Segment: a [`Layout`] in, a [`Document`] out.
//!
//! Before it, [`layout::lay_out`] sorts the decoded text's lines (decoded
//! text in, [`Layout`] out): page furniture removed, footnotes cut out of
//! the flow, each content line with its layout cues.
//!
//! Segmenting decides where each paragraph starts and ends, what label and
//! id it has, which numbers in it are footnote markers, and which lines are
//! metadata rather than text. Its steps, in [`segment`]:
//! 1. the cover, up to the opener ("The General Assembly,"), becomes
//!    metadata (`cover::read_cover`);
//! 2. the body's lines are grouped into paragraph drafts by the cues a
//!    reader uses: labels, blank lines where the layout uses them,
//!    indentation, sentences that end or run on across a page break, the
//!    opening words of preambular paragraphs (`paragraphs::group`);
//! 3. the drafts are read (`BodyReader`): each one's broken words
//!    repaired from the document's own vocabulary (`repair::Vocabulary`;
//!    its line-end hyphens read with the word list, `hyphens`),
//!    the closing meeting and date lines set aside as metadata; the
//!    footnote markers of all the rest chosen at once, from the footnotes
//!    the document has, their order and their pages (`notes::NoteScanner`,
//!    with `note_shapes` and `note_order`); then, in order, each made a
//!    paragraph with its label split off (`labels::split_label`), its
//!    markers taken out and the id people cite it by (`labels::Numbering`);
//! 4. the footnotes' words are repaired as the body's (`clean_footnotes`);
//! 5. the symbol, title and date are read from the metadata
//!    (`symbol_of`, `title_of`, `date_of`).
//!
//! Cost: about linear in the text. The language table's phrases are
//! folded once per process and a line is folded only as far as it matches
//! (`phrases`); a label is looked for in a line's first few characters;
//! bare numbers are looked at as footnote markers only in a document with
//! footnotes not marked as superscripts, and chosen in O(n log m) for n
//! numbers and m footnotes.

use crate::lang::{Language, LanguageRules};
use crate::text::emphasis::strip_emphasis;
use crate::text::normalize::tidy_spaces;
use crate::text::shapes;
use crate::types::{
    ContentLine, Document, Footnote, InputFormat, Layout, MetadataLine, MetadataRole, Paragraph,
};

mod cover;
mod declaration;
mod hyphens;
mod labels;
pub mod layout;
mod markup;
mod note_area;
mod note_glued;
mod note_order;
mod note_shapes;
mod notes;
mod paragraphs;
mod phrases;
mod repair;
mod sponsors;
pub mod word;

pub use cover::metadata_role;
pub use phrases::is_opener;

use labels::{dedupe_ids, split_label, Label, Numbering};
use notes::{clean_markers, BodyText, NoteScanner};
use paragraphs::{looks_like_heading, Draft};
use phrases::is_meeting_line;
use repair::Vocabulary;

/// Builds the document from sorted lines.
pub fn segment(source: &str, format: InputFormat, language: Language, layout: Layout) -> Document {
    let rules = language.rules();
    let split = declaration::split_inline_opener(&layout.content, rules);
    let lines = split.as_deref().unwrap_or(&layout.content);
    let opener = lines.iter().position(|l| is_opener(&l.text, rules));
    let preamble = opener.and_then(|i| declaration::preamble_start(&lines[..i], rules));
    let vocabulary = Vocabulary::new(lines.iter().map(|l| l.text.as_str()), rules);
    let (mut metadata, drafts, operative_from) = match (opener, preamble) {
        (Some(opener), Some(preamble)) => {
            read_declaration(lines, opener, preamble, layout.double_spaced, rules)
        }
        _ => {
            let (metadata, body_start) =
                cover::read_cover(lines, opener, layout.double_spaced, rules);
            let drafts = paragraphs::group(&lines[body_start..], layout.double_spaced, rules);
            (metadata, drafts, None)
        }
    };
    let mut body = BodyReader {
        rules,
        vocabulary: &vocabulary,
        footnotes: &layout.footnotes,
        content_lines: lines.iter().map(|l| l.number).collect(),
        notes: NoteScanner::default(),
        numbering: Numbering::new(opener.is_some()),
        closing: false,
        operative_from,
    };
    let paragraphs = body.read(drafts, &mut metadata);
    let footnotes = clean_footnotes(layout.footnotes, &vocabulary, rules);

    let symbol = symbol_of(&metadata, layout.symbol);
    let title = title_of(&metadata);
    let date = date_of(&metadata);
    let sponsors = metadata
        .iter()
        .find(|m| m.role == MetadataRole::Sponsors)
        .map(|m| sponsors::sponsor_list(&m.text, rules))
        .unwrap_or_default();
    Document {
        source: source.to_string(),
        format,
        language,
        symbol,
        title,
        date,
        sponsors,
        paragraphs,
        footnotes,
        metadata,
        removed: layout.removed,
    }
}

/// Turns the body's drafts into paragraphs, in order: the footnote markers
/// are chosen over all of them first; the state carried from one draft to
/// the next is where the numbering stands, and whether the last draft was
/// a closing line.
struct BodyReader<'a> {
    rules: &'a LanguageRules,
    vocabulary: &'a Vocabulary<'a>,
    /// The document's footnotes, whose numbers the markers are.
    footnotes: &'a [Footnote],
    /// The input lines of content, which tell a page's footnotes from the
    /// next page's.
    content_lines: Vec<usize>,
    /// The markers chosen.
    notes: NoteScanner,
    numbering: Numbering,
    /// The last draft was a closing meeting or date line: a date line may
    /// follow it.
    closing: bool,
    /// In a declaration, the first draft after the opener.
    operative_from: Option<usize>,
}

impl BodyReader<'_> {
    /// The paragraphs of the drafts; the closing lines go to `metadata`.
    fn read(&mut self, drafts: Vec<Draft>, metadata: &mut Vec<MetadataLine>) -> Vec<Paragraph> {
        let texts: Vec<String> = drafts
            .iter()
            // A span emphasised over a line end (`*Recalling also its` /
            // `resolution 78/1*`) is whole only in the joined text.
            .map(|d| {
                self.vocabulary
                    .repair(&tidy_spaces(&strip_emphasis(&d.text)), self.rules)
            })
            .collect();
        let closing: Vec<Option<MetadataLine>> = texts
            .iter()
            .zip(&drafts)
            .map(|(text, draft)| self.closing_line(text, draft))
            .collect();
        let body: Vec<Option<BodyText>> = texts
            .iter()
            .zip(&drafts)
            .zip(&closing)
            .map(|((text, draft), closing)| {
                closing.is_none().then_some(BodyText {
                    text,
                    lines: [draft.first, draft.last],
                })
            })
            .collect();
        let vocabulary = self.vocabulary;
        self.notes = NoteScanner::plan(
            &body,
            self.footnotes,
            &self.content_lines,
            self.rules,
            &|w| vocabulary.attests(w),
        );
        let mut paragraphs = Vec::new();
        for (index, (line, (text, draft))) in closing
            .into_iter()
            .zip(texts.iter().zip(&drafts))
            .enumerate()
        {
            if Some(index) == self.operative_from {
                self.numbering.begin_operative();
            }
            if let Some(line) = line {
                metadata.push(line);
                continue;
            }
            if let Some(paragraph) = self.paragraph(index, text, draft) {
                paragraphs.push(paragraph);
            }
        }
        dedupe_ids(&mut paragraphs);
        paragraphs
    }

    /// The closing meeting line ("85th plenary meeting"), or a date line
    /// after it, as metadata.
    fn closing_line(&mut self, text: &str, draft: &Draft) -> Option<MetadataLine> {
        let rules = self.rules;
        // A closing date in the language's own words ("18 de diciembre de
        // 2014", "18 كانون الأول/ديسمبر 2014") reads as the cover's does.
        let date = |t: &str| {
            shapes::is_date_line(t) || metadata_role(t, rules) == Some(MetadataRole::Date)
        };
        if is_meeting_line(text, rules) || (self.closing && date(&clean_markers(text))) {
            let line = MetadataLine {
                role: if self.closing && !is_meeting_line(text, rules) {
                    MetadataRole::Date
                } else {
                    MetadataRole::Meeting
                },
                text: clean_markers(text),
                lines: [draft.first, draft.last],
            };
            self.closing = true;
            return Some(line);
        }
        self.closing = false;
        None
    }

    /// A draft as a paragraph: label split off, footnote markers taken out,
    /// id assigned. None for a draft that held nothing but markers.
    fn paragraph(&mut self, index: usize, text: &str, draft: &Draft) -> Option<Paragraph> {
        let rules = self.rules;
        let (label, rest) = split_label(
            text,
            rules,
            self.numbering.last_letter(),
            self.numbering.next_number(),
        );
        let (text, refs) = self.notes.extract(index, rest, text.len() - rest.len());
        if text.is_empty() && label.is_none() {
            return None;
        }
        let heading = draft.heading
            || matches!(
                label,
                Some((Label::Section(_), _)) | Some((Label::SubSection(_), _))
            )
            || (label.is_none() && looks_like_heading(&text, rules));
        let (id, kind) = self
            .numbering
            .assign(label.as_ref().map(|l| &l.0), heading, &text, rules);
        Some(Paragraph {
            id,
            kind,
            label: label.map(|l| l.1),
            text,
            notes: refs,
            lines: [draft.first, draft.last],
        })
    }
}

/// A declaration's cover (the lines before its preamble), the lead and
/// opener after the preamble as metadata, the drafts of the preamble and
/// of the text after the opener, and the index of the first of the latter.
fn read_declaration(
    lines: &[ContentLine],
    opener: usize,
    preamble: usize,
    double_spaced: bool,
    rules: &LanguageRules,
) -> (Vec<MetadataLine>, Vec<Draft>, Option<usize>) {
    let lead = declaration::lead_start(lines, preamble, opener);
    let mut metadata = cover::read_cover_lines(&lines[..preamble], double_spaced, rules);
    metadata.extend(lines[lead..=opener].iter().map(|l| MetadataLine {
        role: MetadataRole::Opener,
        text: clean_markers(&l.text),
        lines: [l.number, l.number],
    }));
    let mut drafts = paragraphs::group(&lines[preamble..lead], double_spaced, rules);
    let operative_from = drafts.len();
    drafts.extend(paragraphs::group(
        &lines[opener + 1..],
        double_spaced,
        rules,
    ));
    (metadata, drafts, Some(operative_from))
}

/// The footnotes with their words repaired as the body's are, and their
/// markers dropped.
fn clean_footnotes(
    mut footnotes: Vec<Footnote>,
    vocabulary: &Vocabulary,
    rules: &LanguageRules,
) -> Vec<Footnote> {
    for f in &mut footnotes {
        f.text = clean_markers(&vocabulary.repair(&tidy_spaces(&f.text), rules));
    }
    footnotes
}

/// The symbol the layout found in page headers or on the cover, else the
/// cover's symbol line, else one made of the resolution number in the
/// title ("78/265" gives `A/RES/78/265`).
fn symbol_of(metadata: &[MetadataLine], found: Option<String>) -> Option<String> {
    let title_number = metadata
        .iter()
        .find(|m| m.role == MetadataRole::Title)
        .and_then(|m| shapes::title_number(&m.text).map(|(number, _)| number.to_string()));
    found
        .or_else(|| {
            metadata
                .iter()
                .find(|m| m.role == MetadataRole::Symbol)
                .map(|m| m.text.clone())
        })
        .or_else(|| title_number.map(|n| format!("A/RES/{n}")))
}

/// The title, without the resolution number printed before it: the
/// numbered title where there is one ("79/121. Report of…"), else the first
/// title line of the cover.
fn title_of(metadata: &[MetadataLine]) -> Option<String> {
    let titles = || metadata.iter().filter(|m| m.role == MetadataRole::Title);
    titles()
        .find_map(|m| shapes::title_number(&m.text).map(|(_, title)| title.to_string()))
        .or_else(|| titles().next().map(|m| m.text.clone()))
}

/// The last date line, else the date that ends the adoption line.
fn date_of(metadata: &[MetadataLine]) -> Option<String> {
    metadata
        .iter()
        .rev()
        .find(|m| m.role == MetadataRole::Date)
        .map(|m| m.text.clone())
        .or_else(|| {
            metadata
                .iter()
                .find(|m| m.role == MetadataRole::Adoption)
                .and_then(|m| {
                    let words: Vec<&str> = m.text.split_whitespace().collect();
                    (words.len() >= 3).then(|| words[words.len() - 3..].join(" "))
                })
                .filter(|d| shapes::is_date_line(d))
        })
}
