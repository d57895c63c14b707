//! Footnote markers in body text: the sentinels the layout put around a
//! superscript or marked number, and the bare numbers a PDF extraction
//! leaves glued to a word or set off by a space.
//!
//! A bare number is a marker only when it is the number of a footnote the
//! document has, and markers come in the footnotes' order: footnotes are
//! numbered 1, 2, 3… through a document, each cited once, on the page that
//! prints it. [`NoteScanner::plan`] looks at every number that stands where
//! a marker may ([`note_candidates`]) in all the body's texts at once and
//! keeps the run of them, in ascending order, that the shapes, the pages
//! and the order agree on best ([`super::note_order`]); so "paragraph 3"
//! keeps its 3, and one missed marker does not stop the ones after it from
//! being found. Doubtful shapes ("session 40 for", "Agenda 21,2") are
//! looked at only after, where they fill a gap in that run.
//! [`NoteScanner::extract`] then takes the markers out of a paragraph's
//! text and records where they stood.
//! [`clean_markers`] drops the sentinels from a metadata or footnote line.
//!
//! Cost: linear in the text for the candidates; the choice is a longest
//! ascending run over them, O(n log m) for n candidates and m footnotes.

use std::collections::{BTreeMap, BTreeSet};

use crate::lang::LanguageRules;
use crate::types::{Footnote, NoteRef, NOTE_CLOSE, NOTE_OPEN};

use super::note_glued::glued_in_gaps;
use super::note_order::{choose, Item, Pages};
use super::note_shapes::{note_candidates, NoteCandidate};

/// Removes inline footnote sentinels, keeping nothing of them.
pub(super) fn clean_markers(s: &str) -> String {
    if !s.contains(NOTE_OPEN) {
        return s.trim().to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut skip = false;
    for c in s.chars() {
        match c {
            NOTE_OPEN => skip = true,
            NOTE_CLOSE => skip = false,
            c if !skip => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// One body text to look for markers in: its text (label included) and
/// its first and last input lines.
pub(super) struct BodyText<'a> {
    pub(super) text: &'a str,
    pub(super) lines: [usize; 2],
}

/// A cut out of a text: its byte range, the mark, and what stands in its
/// place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Cut {
    start: usize,
    end: usize,
    mark: String,
    fill: &'static str,
}

/// The footnote markers of a document's body texts, chosen over the whole
/// body at once, ready to be taken out of each text.
#[derive(Default)]
pub(super) struct NoteScanner {
    /// The bare-number markers chosen, per body text, in text order.
    chosen: Vec<Vec<Cut>>,
}

impl NoteScanner {
    /// Chooses the bare-number markers of `texts` (None for a text that is
    /// no paragraph, as a closing line): numbers of `footnotes` not already
    /// marked as superscripts, in ascending order, preferably on the page
    /// that prints their footnote. `content_lines` are the input lines of
    /// body text, which tell one page's footnotes from the next page's;
    /// `attests` whether the document holds a word.
    pub(super) fn plan(
        texts: &[Option<BodyText>],
        footnotes: &[Footnote],
        content_lines: &[usize],
        rules: &LanguageRules,
        attests: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut chosen = vec![Vec::new(); texts.len()];
        let (anchors, sentinels) = superscripts(texts);
        let marked: BTreeSet<u32> = anchors.iter().map(|a| a.mark).collect();
        let remaining: BTreeSet<u32> = footnotes
            .iter()
            .filter_map(|f| f.mark.parse().ok())
            .filter(|m| !marked.contains(m))
            .collect();
        if remaining.is_empty() {
            return NoteScanner { chosen };
        }
        let pages = Pages::new(footnotes, content_lines);
        let mut found: Vec<Found> = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            let Some(t) = t else { continue };
            for c in note_candidates(t.text, rules, attests) {
                let clash = sentinels[i].iter().any(|&(s, e)| s < c.end && c.start < e);
                if remaining.contains(&c.mark) && !clash {
                    found.push(Found {
                        text: i,
                        on_page: pages.holds(c.mark, t.lines),
                        candidate: c,
                    });
                }
            }
        }
        // First the telling shapes, then the doubtful ones on their
        // footnote's page where they fit between the markers found.
        let mut taken = choose_among(&anchors, &found, |f| !f.candidate.shape.doubtful());
        let mut fixed = anchors;
        fixed.extend(
            taken
                .iter()
                .map(|&k| Item::anchor(found[k].at(), found[k].candidate.mark)),
        );
        let doubtful = choose_among(&fixed, &found, |f| {
            f.candidate.shape.doubtful() && f.on_page
        });
        let last = remaining.iter().chain(&marked).max().copied().unwrap_or(0);
        taken.extend(filling_gaps(&fixed, &found, doubtful, last));
        let mut placed: BTreeMap<u32, (usize, usize)> =
            fixed.iter().map(|it| (it.mark, it.at)).collect();
        placed.extend(
            taken
                .iter()
                .map(|&k| (found[k].candidate.mark, found[k].at())),
        );
        let bodies: Vec<Option<&str>> = texts.iter().map(|t| t.as_ref().map(|t| t.text)).collect();
        for g in glued_in_gaps(&bodies, &placed, &remaining, last, &sentinels) {
            chosen[g.text].push(Cut {
                start: g.start,
                end: g.end,
                mark: g.mark.to_string(),
                fill: "",
            });
        }
        for k in taken {
            let Found {
                text, candidate: c, ..
            } = &found[k];
            chosen[*text].push(Cut {
                start: c.start,
                end: c.end,
                mark: c.mark.to_string(),
                fill: c.fill(),
            });
        }
        for cuts in &mut chosen {
            cuts.sort();
        }
        NoteScanner { chosen }
    }

    /// Text `index`'s `rest` (the text from byte `from` on, after its
    /// label) without its footnote markers, and where each stood: right
    /// after the word it was printed after.
    pub(super) fn extract(&self, index: usize, rest: &str, from: usize) -> (String, Vec<NoteRef>) {
        let mut cuts = sentinel_cuts(rest);
        let planned = self.chosen.get(index).into_iter().flatten();
        for c in planned.filter(|c| c.start >= from) {
            let (start, end) = (c.start - from, c.end - from);
            if !cuts.iter().any(|k| k.start < end && start < k.end) {
                cuts.push(Cut {
                    start,
                    end,
                    ..c.clone()
                });
            }
        }
        if cuts.is_empty() {
            return (rest.trim().to_string(), Vec::new());
        }
        cuts.sort();
        let mut out = String::with_capacity(rest.len());
        let mut refs = Vec::new();
        let mut at = 0;
        for cut in cuts {
            out.push_str(&rest[at..cut.start]);
            refs.push(NoteRef {
                mark: cut.mark,
                offset: out.trim_end().len(),
            });
            out.push_str(cut.fill);
            at = cut.end;
        }
        out.push_str(&rest[at..]);
        let trimmed = out.trim_end().len();
        for r in &mut refs {
            r.offset = r.offset.min(trimmed);
        }
        out.truncate(trimmed);
        (out, refs)
    }
}

/// A candidate marker found in body text `text`, and whether it stands on
/// the page that prints its footnote.
struct Found {
    text: usize,
    candidate: NoteCandidate,
    on_page: bool,
}

impl Found {
    /// Where it stands: (text, byte).
    fn at(&self) -> (usize, usize) {
        (self.text, self.candidate.start)
    }
}

/// The superscript markers of the texts: numbered ones as fixed points of
/// the order, and the byte ranges of all of them per text.
fn superscripts(texts: &[Option<BodyText>]) -> (Vec<Item>, Vec<Vec<(usize, usize)>>) {
    let mut anchors = Vec::new();
    let mut ranges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); texts.len()];
    for (i, t) in texts.iter().enumerate() {
        let Some(t) = t else { continue };
        for cut in sentinel_cuts(t.text) {
            // A footnote's number has one to three digits.
            if let Some(mark) = cut
                .mark
                .parse::<u32>()
                .ok()
                .filter(|m| (1..1000).contains(m))
            {
                anchors.push(Item::anchor((i, cut.start), mark));
            }
            ranges[i].push((cut.start, cut.end));
        }
    }
    (anchors, ranges)
}

/// The sentinel-marked markers of a text, as cuts.
fn sentinel_cuts(text: &str) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut i = 0;
    while let Some(open) = text[i..].find(NOTE_OPEN).map(|o| o + i) {
        let Some(close) = text[open..].find(NOTE_CLOSE).map(|c| c + open) else {
            break;
        };
        cuts.push(Cut {
            start: open,
            end: close + NOTE_CLOSE.len_utf8(),
            mark: text[open + NOTE_OPEN.len_utf8()..close].to_string(),
            fill: "",
        });
        i = close + NOTE_CLOSE.len_utf8();
    }
    cuts
}

/// What a superscript marker is worth: more than any run of bare ones, so
/// that the bare markers chosen fit the order the superscripts set.
const SUPERSCRIPT: i64 = 1_000;
/// What standing on the page that prints its footnote adds to a bare
/// number (or takes away from one that does not).
const ON_PAGE: i64 = 4;

impl Item {
    fn anchor(at: (usize, usize), mark: u32) -> Self {
        Item {
            at,
            mark,
            value: SUPERSCRIPT,
            found: None,
        }
    }

    fn candidate(f: &Found, k: usize) -> Self {
        Item {
            at: f.at(),
            mark: f.candidate.mark,
            value: f.candidate.shape.weight() + if f.on_page { ON_PAGE } else { -ON_PAGE },
            found: Some(k),
        }
    }
}

/// Of the doubtful markers chosen, those that fill a gap: the mark just
/// below is placed (or the mark is the first) and some mark above it, or
/// the mark just above is placed (or the mark is the last) and some mark
/// below it. The doubtful ones count as placed while they fill a gap.
fn filling_gaps(fixed: &[Item], found: &[Found], mut chosen: Vec<usize>, last: u32) -> Vec<usize> {
    let fixed: BTreeSet<u32> = fixed.iter().map(|it| it.mark).collect();
    loop {
        let placed: BTreeSet<u32> = chosen
            .iter()
            .map(|&k| found[k].candidate.mark)
            .chain(fixed.iter().copied())
            .collect();
        let fills = |m: u32| {
            let just_below = m == 1 || placed.contains(&(m - 1));
            let just_above = m == last || placed.contains(&(m + 1));
            let some_below = m == 1 || placed.range(..m).next().is_some();
            let some_above = m == last || placed.range(m + 1..).next().is_some();
            (just_below && some_above) || (just_above && some_below)
        };
        let before = chosen.len();
        chosen.retain(|&k| fills(found[k].candidate.mark));
        if chosen.len() == before {
            return chosen;
        }
    }
}

/// The candidates of `found` that `admit` lets in and the best ascending
/// run through them and the `fixed` markers takes; their indexes in
/// `found`.
fn choose_among(fixed: &[Item], found: &[Found], admit: impl Fn(&Found) -> bool) -> Vec<usize> {
    let mut items: Vec<Item> = fixed.to_vec();
    items.extend(
        found
            .iter()
            .enumerate()
            .filter(|(_, f)| admit(f))
            .map(|(k, f)| Item::candidate(f, k)),
    );
    items.sort_by_key(|it| it.at);
    choose(&items)
        .into_iter()
        .filter_map(|n| items[n].found)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    /// The texts as body texts of one line each, `step` lines apart from
    /// line 1.
    fn body_texts<'t>(texts: &[&'t str], step: usize) -> Vec<Option<BodyText<'t>>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Some(BodyText {
                    text: t,
                    lines: [i * step + 1, i * step + 1],
                })
            })
            .collect()
    }

    /// The paragraphs' texts without markers, and their marks, for texts
    /// on lines 1.. of one page whose footnotes `marks` follow them.
    fn markers(texts: &[&str], marks: &[u32]) -> Vec<(String, Vec<String>)> {
        let body = body_texts(texts, 1);
        let footnotes: Vec<Footnote> = marks
            .iter()
            .enumerate()
            .map(|(i, m)| Footnote {
                mark: m.to_string(),
                text: "Ibid.".into(),
                lines: [100 + i, 100 + i],
            })
            .collect();
        let content: Vec<usize> = (1..=texts.len()).collect();
        let words = ["including", "as", "and", "the"];
        let scanner =
            NoteScanner::plan(&body, &footnotes, &content, Language("en").rules(), &|w| {
                words.contains(&w)
            });
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (text, refs) = scanner.extract(i, t, 0);
                (text, refs.into_iter().map(|r| r.mark).collect())
            })
            .collect()
    }

    fn marks(got: &[(String, Vec<String>)]) -> Vec<Vec<&str>> {
        got.iter()
            .map(|(_, m)| m.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn a_missed_marker_does_not_stop_the_ones_after_it() {
        // 2 is printed nowhere as a marker; 3 is spaced after a year, and
        // 4 and 5 are glued. The old scanner, expecting 2, stopped at 1.
        let got = markers(
            &[
                "Recalling the Convention,1 and the Protocol,",
                "Noting the Convention on Their Destruction of 1972 3 and the Treaty,",
                "Welcoming the work of the Commission4 and of the Division,5",
            ],
            &[1, 2, 3, 4, 5],
        );
        assert_eq!(marks(&got), vec![vec!["1"], vec!["3"], vec!["4", "5"]]);
        assert_eq!(
            got[1].0,
            "Noting the Convention on Their Destruction of 1972 and the Treaty,"
        );
        assert_eq!(
            got[2].0,
            "Welcoming the work of the Commission and of the Division,"
        );
    }

    #[test]
    fn real_numbers_keep_their_digits() {
        let texts = [
            "Recalling its resolution 78/265 and paragraph 3 of resolution 77/1,",
            "Welcoming the Group of 77 and China, the 2030 Agenda and the G20,",
            "Noting the 21st century, regulation 4.10 and 1,500 participants,",
        ];
        let got = markers(&texts, &[1, 2, 3, 4, 5]);
        for (text, (out, m)) in texts.iter().zip(&got) {
            assert_eq!(out, text);
            assert!(m.is_empty(), "{text}: {m:?}");
        }
    }

    #[test]
    fn a_number_the_document_has_no_footnote_for_is_no_marker() {
        let got = markers(&["Recalling the Convention,7 and the Protocol,2"], &[1, 2]);
        assert_eq!(got[0].0, "Recalling the Convention,7 and the Protocol,");
        assert_eq!(marks(&got), vec![vec!["2"]]);
    }

    #[test]
    fn markers_come_in_ascending_order() {
        // "Weapons4" comes before the markers 1-3 and cannot be marker 4.
        let got = markers(
            &[
                "Noting the Treaty on Weapons4 and the Convention,1",
                "Recalling the Statute,2 the Charter3 and the Covenant,4",
            ],
            &[1, 2, 3, 4],
        );
        assert_eq!(marks(&got), vec![vec!["1"], vec!["2", "3", "4"]]);
        assert_eq!(
            got[0].0,
            "Noting the Treaty on Weapons4 and the Convention,"
        );
    }

    #[test]
    fn glued_shapes_are_cut_with_the_space_right() {
        let got = markers(
            &[
                "Takes into account the 2030 Agenda, 1including the Goals,",
                "Recalling the Universal Declaration of Human Rights,2as well as the Covenant,",
                "Recalling its resolution 77/2283 and the Plan of Action of 2009,4 and",
            ],
            &[1, 2, 3, 4],
        );
        assert_eq!(
            got[0].0,
            "Takes into account the 2030 Agenda, including the Goals,"
        );
        assert_eq!(
            got[1].0,
            "Recalling the Universal Declaration of Human Rights, as well as the Covenant,"
        );
        assert_eq!(
            got[2].0,
            "Recalling its resolution 77/228 and the Plan of Action of 2009, and"
        );
        assert_eq!(marks(&got), vec![vec!["1"], vec!["2"], vec!["3", "4"]]);
    }

    #[test]
    fn a_doubtful_number_only_fills_the_gap_between_markers() {
        // "Agenda 21,2" (a comma after a number) and "session 3 for" (after
        // a word numbers follow) stand between markers 1 and 4.
        let got = markers(
            &[
                "Recalling the Declaration,1 Agenda 21,2 and the decision of its eighth session 3 for the fund, and the Plan,4",
                "Recalling paragraph 5 above and the Charter,",
            ],
            &[1, 2, 3, 4, 5, 6],
        );
        assert_eq!(marks(&got), vec![vec!["1", "2", "3", "4"], vec![]]);
        assert_eq!(
            got[1].0, "Recalling paragraph 5 above and the Charter,",
            "paragraph 5 fills no gap: marker 6 is not placed after it"
        );
    }

    #[test]
    fn a_marker_stands_on_the_page_that_prints_its_footnote() {
        // Footnote 2 is printed after line 3, footnote 3 after line 5: the
        // weak "than 3" on line 1 is off its page, the "Protocol 3" on
        // line 4 is on it.
        let texts = [
            "more than 3 and",
            "the Convention,1 and",
            "the Treaty,2",
            "the Protocol 3 and",
            "the Charter",
        ];
        let body = body_texts(&texts, 10);
        let note = |m: u32, line: usize| Footnote {
            mark: m.to_string(),
            text: "Ibid.".into(),
            lines: [line, line],
        };
        let footnotes = [note(1, 25), note(2, 26), note(3, 55)];
        let content = [1, 11, 21, 31, 41];
        let scanner =
            NoteScanner::plan(&body, &footnotes, &content, Language("en").rules(), &|_| {
                true
            });
        let got: Vec<Vec<String>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                scanner
                    .extract(i, t, 0)
                    .1
                    .into_iter()
                    .map(|r| r.mark)
                    .collect()
            })
            .collect();
        assert_eq!(
            got,
            vec![
                vec![],
                vec!["1".to_string()],
                vec!["2".to_string()],
                vec!["3".to_string()],
                vec![]
            ]
        );
    }

    #[test]
    fn superscripts_are_always_markers_and_set_the_order() {
        let got = markers(
            &["Recalling the Charter\u{E000}1\u{E001}, the Treaty,2 and the Statute\u{E000}3\u{E001}"],
            &[1, 2, 3],
        );
        assert_eq!(
            got[0].0,
            "Recalling the Charter, the Treaty, and the Statute"
        );
        assert_eq!(marks(&got), vec![vec!["1", "2", "3"]]);
    }

    #[test]
    fn the_label_is_not_looked_at_and_offsets_follow_the_rest() {
        let scanner = NoteScanner::plan(
            &[Some(BodyText {
                text: "12. Welcomes the Convention,1 and",
                lines: [1, 1],
            })],
            &[Footnote {
                mark: "1".into(),
                text: "Ibid.".into(),
                lines: [5, 5],
            }],
            &[1],
            Language("en").rules(),
            &|_| true,
        );
        let (text, refs) = scanner.extract(0, "Welcomes the Convention,1 and", 4);
        assert_eq!(text, "Welcomes the Convention, and");
        assert_eq!(
            refs,
            vec![NoteRef {
                mark: "1".into(),
                offset: 24
            }]
        );
    }
}
