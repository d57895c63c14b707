//! The footnote area of each page, read line by line after the cover:
//! which lines start a footnote, which run one on, and where body text
//! resumes.
//!
//! A line that opens with a plain number starts a footnote only where it
//! fits the document's footnotes: the number next after the last
//! footnote's, or one of the next few that the body printed as a marker
//! (an extraction may lose a footnote). And not where the footnote above is
//! unfinished and the same number starts a line further on: then the line
//! is that footnote's text running on ("Rio de Janeiro," / "3 – 14 June
//! 1992, …" before "3 Ibid."). So the continuation of a paragraph cut by a
//! page break that opens with a number ("17 and 18 April 2024, …") stays
//! body text.
//!
//! Cost: one pass over the lines, with the plain-number starts indexed by
//! number beforehand.

use std::collections::{HashMap, HashSet};

use crate::text::lines::{ends_sentence, join_into};
use crate::text::shapes;
use crate::types::{Footnote, NOTE_CLOSE, NOTE_OPEN};

/// What a line of the footnote area is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NoteLine {
    /// A footnote's first line or a line running one on.
    Footnote,
    /// A line of the list of links that closes a page's notes.
    UrlList,
}

/// How many footnotes a plain-number start may skip past the last one, if
/// the body printed its marker.
const MAX_SKIP: u32 = 3;

/// The footnote area being read: the footnotes so far, whether the lines
/// read stand in a page's notes, the note a line may continue, and what
/// the body printed as markers so far.
pub(super) struct NoteArea {
    footnotes: Vec<Footnote>,
    in_notes: bool,
    current: Option<usize>,
    /// The lines (indexes) that open with a plain number, by the number.
    starts: HashMap<u32, Vec<usize>>,
    /// Numbers of one to three digits standing alone in the body so far.
    body_numbers: HashSet<u32>,
    /// Superscript markers in the body so far: when there are any, the
    /// body's markers are superscripts, and a plain number must be one.
    body_marks: HashSet<u32>,
    /// The last numbered footnote's number.
    last_mark: Option<u32>,
}

impl NoteArea {
    /// A reader for the content lines `lines` (index, text), which it
    /// indexes by the plain number they open with.
    pub(super) fn new<'t>(lines: impl Iterator<Item = (usize, &'t str)>) -> Self {
        let mut starts: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, text) in lines {
            if let Some(m) = plain_start(text) {
                starts.entry(m).or_default().push(i);
            }
        }
        NoteArea {
            footnotes: Vec::new(),
            in_notes: false,
            current: None,
            starts,
            body_numbers: HashSet::new(),
            body_marks: HashSet::new(),
            last_mark: None,
        }
    }

    /// A footnote rule: the notes of a page follow.
    pub(super) fn rule(&mut self) {
        self.in_notes = true;
        self.current = None;
    }

    /// A page anchor (page counter, job number, header): the page's notes
    /// end.
    pub(super) fn page_break(&mut self) {
        self.in_notes = false;
        self.current = None;
    }

    /// The footnotes read.
    pub(super) fn into_footnotes(self) -> Vec<Footnote> {
        self.footnotes
    }

    /// What content line `i` becomes: a footnote (its start or a line
    /// running on), a link-list line, or None for body text.
    pub(super) fn read(&mut self, i: usize, text: &str, blank_before: bool) -> Option<NoteLine> {
        let open_note = self
            .current
            .filter(|&n| !note_ends(&self.footnotes[n].text));
        // A footnote the previous page left unfinished runs on under the
        // next page's rule.
        let carried = (self.in_notes && self.current.is_none())
            .then(|| self.footnotes.len().checked_sub(1))
            .flatten()
            .filter(|&n| !note_ends(&self.footnotes[n].text));
        if shapes::is_url_line(text.trim()) && open_note.is_none() {
            // The link list closes a page's notes: nothing after it continues one.
            self.current = None;
            return Some(NoteLine::UrlList);
        }
        if self.starts_note(i, text, open_note) {
            return Some(NoteLine::Footnote);
        }
        if self.in_notes {
            // A finished footnote still runs on with a line that cannot
            // resume body text ("Available at https://…"); body text resumed
            // after footnotes is mid-sentence, or opens with a label.
            // Only a line set directly under the footnote counts: a blank
            // line between them is where the body resumes.
            let runs_on = open_note.or(carried).or(self.current.filter(|_| {
                !blank_before && !text.starts_with(char::is_lowercase) && !shapes::starts_body(text)
            }));
            if let Some(n) = runs_on {
                let note = &mut self.footnotes[n];
                join_into(&mut note.text, text.trim());
                note.lines[1] = i + 1;
                self.current = Some(n);
                return Some(NoteLine::Footnote);
            }
            self.in_notes = false;
            self.current = None;
        }
        self.note_body(text);
        None
    }

    /// Records the numbers and superscript markers of a body line: a
    /// number of one to three digits, or the last digits of a year a
    /// marker is glued to ("20216").
    fn note_body(&mut self, text: &str) {
        let mut rest = text;
        while let Some(at) = rest.find(|c: char| c.is_ascii_digit() || c == NOTE_OPEN) {
            let marked = rest[at..].starts_with(NOTE_OPEN);
            let from = if marked {
                at + NOTE_OPEN.len_utf8()
            } else {
                at
            };
            let digits = rest[from..].bytes().take_while(u8::is_ascii_digit).count();
            let run = &rest[from..from + digits];
            if marked {
                self.body_marks.extend(run.parse::<u32>());
            } else if digits <= 3 {
                self.body_numbers.extend(run.parse::<u32>());
            } else if digits <= 6 && (run.starts_with("19") || run.starts_with("20")) {
                self.body_numbers.extend(run[4..].parse::<u32>());
            }
            rest = &rest[from + digits..];
        }
    }

    /// Whether line `i` starts a new footnote, which is then recorded: a
    /// marked number anywhere, a plain one in the notes area where it fits
    /// the document's footnotes.
    fn starts_note(&mut self, i: usize, text: &str, open_note: Option<usize>) -> bool {
        let starts_note = shapes::footnote_start(text, NOTE_OPEN, NOTE_CLOSE);
        let marked_start = text.starts_with(NOTE_OPEN);
        let Some(start) = starts_note.filter(|_| self.in_notes || marked_start) else {
            return false;
        };
        let number = start.mark.parse::<u32>().ok();
        if let Some(m) = number.filter(|_| !marked_start) {
            if !self.fits(i, m, open_note) {
                return false;
            }
        }
        if number.is_some() {
            self.last_mark = number;
        }
        self.footnotes.push(Footnote {
            mark: start.mark.to_string(),
            text: start.body.trim().to_string(),
            lines: [i + 1, i + 1],
        });
        self.current = Some(self.footnotes.len() - 1);
        self.in_notes = true;
        true
    }

    /// Whether a line `i` opening with the plain number `m` starts
    /// footnote `m`: it is the next footnote's number, or, under a finished
    /// footnote, one of the next few the body printed as a marker; and,
    /// under an unfinished
    /// footnote, no later line starts footnote `m` before one starts the
    /// footnote after it.
    fn fits(&self, i: usize, m: u32, open_note: Option<usize>) -> bool {
        let printed = if self.body_marks.is_empty() {
            self.body_numbers.contains(&m)
        } else {
            self.body_marks.contains(&m)
        };
        let plain_body = self.body_marks.is_empty();
        let in_order = match self.last_mark {
            None => (m == 1 && plain_body) || printed,
            Some(last) => {
                (m == last + 1 && (printed || plain_body))
                    || (m > last && m <= last + MAX_SKIP && printed && open_note.is_none())
            }
        };
        in_order && !(open_note.is_some() && self.started_later(i, m))
    }

    /// Whether a line after `i` opens with `m` before any opens with `m + 1`.
    fn started_later(&self, i: usize, m: u32) -> bool {
        let next_after = |mark: u32| {
            let lines = self.starts.get(&mark)?;
            lines.get(lines.partition_point(|&j| j <= i)).copied()
        };
        match (next_after(m), next_after(m + 1)) {
            (Some(same), Some(up)) => same < up,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

/// The number a line opens with, as a footnote's would: a plain number of
/// one to three digits, a space and text.
fn plain_start(text: &str) -> Option<u32> {
    let start = shapes::footnote_start(text, NOTE_OPEN, NOTE_CLOSE)?;
    if text.starts_with(NOTE_OPEN) {
        return None;
    }
    start.mark.parse().ok()
}

/// Whether a footnote's text is finished: it ends a sentence, and not with
/// a number ("Supplement No. 7", "Add.8"), which a footnote's own text never
/// carries as a marker.
fn note_ends(text: &str) -> bool {
    ends_sentence(text) && !text.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::segment::layout::lay_out;
    use crate::types::{InputFormat, Layout};

    fn layout(text: &str, format: InputFormat) -> Layout {
        lay_out(text, format, |l| l.trim() == "The General Assembly,")
    }

    /// The footnotes as (mark, text).
    fn notes(l: &Layout) -> Vec<(&str, &str)> {
        l.footnotes
            .iter()
            .map(|f| (f.mark.as_str(), f.text.as_str()))
            .collect()
    }

    fn has_line(l: &Layout, text: &str) -> bool {
        l.content.iter().any(|c| c.text == text)
    }

    #[test]
    fn a_continuation_opening_with_a_number_stays_body_text_in_markdown() {
        let text = "The General Assembly,\n\n\
            *Noting* the meeting of the Security Council<sup>1</sup> held on\n\n\
            ---\n\n\
            <sup>1</sup> See S/PV.9381.\n\n\
            17 and 18 April 2024, and the meeting held on\n\n\
            18 July 2023, as well as the debate,\n\n\
            1. *Decides* to remain seized of the matter.\n";
        let l = layout(text, InputFormat::Markdown);
        assert_eq!(notes(&l), [("1", "See S/PV.9381.")]);
        assert!(has_line(
            &l,
            "17 and 18 April 2024, and the meeting held on"
        ));
        assert!(has_line(&l, "18 July 2023, as well as the debate,"));
    }

    #[test]
    fn a_number_out_of_the_footnotes_order_is_body_text_in_pdf_text() {
        let text = "The General Assembly,\n\n\
            Recalling the Charter,1 and the meeting held on\n\
            __________________\n\n\
            1 Resolution 217 A (III).\n\n\
            18 July 2023, as well as the debate,\n";
        let l = layout(text, InputFormat::Pdf);
        assert_eq!(notes(&l), [("1", "Resolution 217 A (III).")]);
        assert!(has_line(&l, "18 July 2023, as well as the debate,"));
    }

    #[test]
    fn a_footnote_line_opening_with_the_next_number_runs_on_when_that_number_comes_later() {
        let text = "The General Assembly,\n\n\
            Recalling the Declaration,1 Agenda 21,2 and the Programme,3\n\
            __________________\n\n\
            1  Report of the Conference on Environment and Development, Rio de Janeiro,\n\
            2 – 14 June 1992, vol. I, resolution 1, annex I.\n\n\
            2  Ibid., annex II.\n\n\
            3  Resolution S-19/2, annex.\n";
        let l = layout(text, InputFormat::Pdf);
        assert_eq!(
            notes(&l),
            [
                (
                    "1",
                    "Report of the Conference on Environment and Development, Rio de Janeiro, \
                     2 – 14 June 1992, vol. I, resolution 1, annex I."
                ),
                ("2", "Ibid., annex II."),
                ("3", "Resolution S-19/2, annex.")
            ]
        );
    }

    #[test]
    fn a_footnote_ending_in_a_number_runs_on_and_over_the_page() {
        let text = "The General Assembly,\n\n\
            Recalling the reports,14 and the report,15 and the reports,16\n\
            __________________\n\n\
            14  See Official Records of the Economic and Social Council, 2005, Supplement No. 7\n\
            and corrigendum (E/2005/27), chap. I.\n\n\
            15  Ibid., 2010, Supplement No. 7 and\n\n\
            A/RES/78/206\n\
            3/9\n\
            23-26025\n\n\
            Recognizing the role of the Council,\n\
            __________________\n\n\
            corrigendum (E/2010/27), chap. I.\n\n\
            16  Ibid., 2022, Supplement No. 7 (E/2022/27), chap. I.\n";
        let l = layout(text, InputFormat::Pdf);
        assert_eq!(
            notes(&l),
            [
                (
                    "14",
                    "See Official Records of the Economic and Social Council, 2005, \
                     Supplement No. 7 and corrigendum (E/2005/27), chap. I."
                ),
                (
                    "15",
                    "Ibid., 2010, Supplement No. 7 and corrigendum (E/2010/27), chap. I."
                ),
                ("16", "Ibid., 2022, Supplement No. 7 (E/2022/27), chap. I.")
            ]
        );
        assert!(has_line(&l, "Recognizing the role of the Council,"));
    }

    #[test]
    fn a_lost_footnote_may_be_skipped_when_the_body_printed_the_next_marker() {
        let text = "The General Assembly,\n\n\
            Recalling the Charter,1 the Treaty,2 and the Statute,3\n\
            __________________\n\n\
            1 Resolution 217 A (III).\n\n\
            3 Resolution 2200 A (XXI), annex.\n";
        let l = layout(text, InputFormat::Pdf);
        assert_eq!(
            notes(&l),
            [
                ("1", "Resolution 217 A (III)."),
                ("3", "Resolution 2200 A (XXI), annex.")
            ]
        );
    }
}
