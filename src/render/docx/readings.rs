//! What a reader of the Word redline is left with after "accept all" or
//! "reject all", worked out on the redline's paragraphs as Word and
//! LibreOffice apply revisions: accepting keeps inserted and moved-to
//! pieces and drops deleted and moved-from ones, a dropped paragraph mark
//! joins its paragraph to the next; rejecting does the opposite.
//!
//! This lets tests check, on any comparison and without an office suite,
//! that the revisions rebuild both texts; `tests/docx.rs` checks the same
//! in LibreOffice itself.

use super::model::{Content, Para, Rev, Style};

/// Which of the two readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Every revision accepted: the new text.
    AcceptAll,
    /// Every revision rejected: the old text.
    RejectAll,
}

impl Reading {
    fn keeps(self, rev: Rev) -> bool {
        match self {
            Reading::AcceptAll => !matches!(rev, Rev::Del | Rev::MoveFrom(_)),
            Reading::RejectAll => rev.in_old(),
        }
    }
}

/// The paragraphs a reading leaves, each with the style of the paragraph
/// it starts in, tabs as `\t` and footnote references left out.
pub fn read(paras: &[Para], reading: Reading) -> Vec<(Style, String)> {
    let mut out = Vec::new();
    let mut current: Option<(Style, String)> = None;
    for p in paras {
        let (_, text) = current.get_or_insert_with(|| (p.style, String::new()));
        for piece in p.pieces.iter().filter(|x| reading.keeps(x.rev)) {
            match &piece.content {
                Content::Text(t) => text.push_str(t),
                Content::Tab => text.push('\t'),
                Content::Note(_) => {}
            }
        }
        if reading.keeps(p.mark) {
            out.extend(current.take());
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::render::docx::body::Body;

    fn body_texts(old: &str, new: &str, reading: Reading) -> Vec<String> {
        let old = crate::parse_text("old.txt", old, None);
        let new = crate::parse_text("new.txt", new, None);
        let c = compare(old, new, &crate::CompareOptions::default());
        read(&Body::build(&c).paras, reading)
            .into_iter()
            .filter(|(s, t)| !matches!(s, Style::Cover | Style::Title) && !t.is_empty())
            .map(|(_, t)| t)
            .collect()
    }

    const OLD: &str = "The General Assembly,\n\nRecalling A,\n\nNoting B,\n\nStressing C,\n\n\
                       1. Decides to act; and to report further on progress made;\n\n2. Requests a report.\n";
    const NEW: &str = "The General Assembly,\n\nNoting B,\n\nStressing C,\n\nRecalling A,\n\n\
                       1. Decides to act;\n\n2. Decides also to report further on progress made;\n\n\
                       3. Welcomes the work;\n\n4. Requests a full report.\n";

    #[test]
    fn accepting_all_gives_the_new_text() {
        assert_eq!(
            body_texts(OLD, NEW, Reading::AcceptAll),
            [
                "Noting B,",
                "Stressing C,",
                "Recalling A,",
                "1.\tDecides to act;",
                "2.\tDecides also to report further on progress made;",
                "3.\tWelcomes the work;",
                "4.\tRequests a full report."
            ]
        );
    }

    #[test]
    fn rejecting_all_gives_the_old_text_with_the_numbers_both_have() {
        let got = body_texts(OLD, NEW, Reading::RejectAll);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(&got[..3], ["Recalling A,", "Noting B,", "Stressing C,"]);
        // The split's second half (and its number) goes; the shared
        // paragraph keeps the new number.
        assert!(got[3].starts_with("1.\tDecides to act;"), "{got:?}");
        assert!(got[3].ends_with("further on progress made;"), "{got:?}");
        assert_eq!(got[4], "4.\tRequests a report.");
    }
}
