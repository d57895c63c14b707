//! Running titles, and page counters that are not: the evidence that a
//! line is page furniture rather than text, read from the whole document.
//!
//! A running title is printed beside the page anchors (symbol, job number,
//! page counter) of every page but the first, but not in every document:
//! drafts (L. documents) print none. A line that repeats the title's words
//! next to a page break is taken as a running title only where the document
//! shows it prints one (see [`Pages::remove_running_titles`]).

use std::collections::HashMap;

use crate::types::RemovalReason;

use super::{contains_run, words_of, Pages, Slot};

/// The most lines a running title takes: five are seen ("Sustainable
/// fisheries, including through the 1995 Agreement for the …").
const TITLE_LINES: usize = 6;

impl Pages<'_> {
    /// Gives back to the text what only looked like a page counter: a
    /// number pair whose total is not the page total the document's other
    /// counters agree on ("resolution / 73/89 / of" in a text broken one
    /// word a line, where the pages count to 8), or that counts past it.
    pub(super) fn restore_stray_counters(&mut self) {
        let counters: Vec<(usize, u32, u32)> = (0..self.slots.len())
            .filter(|&i| matches!(self.slots[i], Slot::Removed(RemovalReason::PageCounter)))
            .filter_map(|i| {
                let (page, total) = self.raw[i].trim().split_once('/')?;
                Some((i, page.trim().parse().ok()?, total.trim().parse().ok()?))
            })
            .collect();
        let mut totals: HashMap<u32, usize> = HashMap::new();
        for &(_, _, total) in &counters {
            *totals.entry(total).or_default() += 1;
        }
        // The most frequent total, the larger on a tie, so the result does
        // not hang on the map's order.
        let Some((&pages, &votes)) = totals.iter().max_by_key(|(t, n)| (**n, **t)) else {
            return;
        };
        for (i, page, total) in counters {
            let stray = page > total || (votes >= 2 && total != pages && totals[&total] == 1);
            if stray {
                self.slots[i] = Slot::Content {
                    text: self.raw[i].trim().to_string(),
                    heading: false,
                };
                self.anchor[i] = false;
            }
        }
    }

    /// Running titles: pieces of the cover's title next to an anchor, or a
    /// line that stands next to anchors on several pages (an annex's own
    /// running title).
    ///
    /// A piece of the title counts only where the document shows that it
    /// prints running titles. Drafts (L. documents) print none, and there a
    /// body line that merely repeats the title's wording next to a page
    /// break is text. The evidence, strongest first:
    /// 1. pieces of the title standing between two anchors (an even page's
    ///    header: symbol, title, job number and counter);
    /// 2. a line next to anchors on three pages, or a piece of the title
    ///    (which may end in a comma: the title goes on below) on two, and
    ///    on a third of the page breaks at least; a piece only at a page
    ///    break that holds no running title yet;
    /// 3. once 1 or 2 found the title printed, a piece of it next to a page
    ///    break that holds no running title yet (the title wrapped
    ///    otherwise on that page): one title a page break, so a body line
    ///    after a header that already had its title stays text.
    pub(super) fn remove_running_titles(&mut self) {
        let pages = self.pages_near_anchors();
        let anchors: Vec<usize> = (0..self.slots.len()).filter(|&i| self.anchor[i]).collect();
        let piece = |p: &Self, t: &str| p.is_title_piece(t);
        let mut printed = false;
        for &i in &anchors {
            let (run, anchor_after) = self.title_run(i, 1, |p, t| piece(p, t));
            if anchor_after {
                printed |= !run.is_empty();
                self.mark_running_title(&run);
            }
        }
        // A running title stands at every page break, or at every other
        // one when even and odd pages wrap it apart; a line met at a few
        // breaks of many (a table cell that recurs in a long table) is text.
        let breaks = self
            .slots
            .iter()
            .filter(|s| matches!(s, Slot::Removed(RemovalReason::PageCounter)))
            .count();
        let recurs = |t: &str, min: usize| {
            let seen = pages.get(t).copied().unwrap_or(0);
            seen >= min && seen * 3 >= breaks
        };
        for &i in &anchors {
            for dir in [-1, 1] {
                let has_title = self.break_has_title(i);
                let (run, _) = self.title_run(i, dir, |p, t| {
                    if piece(p, t) {
                        recurs(t, 2) && !has_title
                    } else {
                        recurs(t, 3) && could_be_title(t)
                    }
                });
                printed |= run.iter().any(|&j| self.is_piece_at(j));
                self.mark_running_title(&run);
            }
        }
        if !printed {
            return;
        }
        for &i in &anchors {
            for dir in [-1, 1] {
                let (run, _) = self.title_run(i, dir, |p, t| !ends_clause(t) && piece(p, t));
                if !run.is_empty() && !self.break_has_title(i) {
                    self.mark_running_title(&run);
                }
            }
        }
    }

    /// The content lines (at most [`TITLE_LINES`]) that `take` accepts going from
    /// anchor `i` in direction `dir`, past blank lines and furniture, up
    /// to the first line it refuses; and whether an anchor follows them
    /// before any other text.
    fn title_run(
        &self,
        i: usize,
        dir: isize,
        take: impl Fn(&Self, &str) -> bool,
    ) -> (Vec<usize>, bool) {
        let mut run = Vec::new();
        let mut j = i as isize + dir;
        while j >= self.cover_end as isize && (j as usize) < self.slots.len() {
            let ju = j as usize;
            match &self.slots[ju] {
                // An anchor closes a run: what lies beyond it belongs to
                // the next page.
                _ if self.anchor[ju] && !run.is_empty() => return (run, true),
                _ if self.anchor[ju] => {}
                Slot::Blank => {}
                Slot::Removed(reason) if is_page_furniture(*reason) => {}
                Slot::Content { text, .. } if run.len() < TITLE_LINES && take(self, text) => {
                    run.push(ju)
                }
                _ => break,
            }
            j += dir;
        }
        (run, false)
    }

    /// Whether line `j` is a piece of the cover's title.
    fn is_piece_at(&self, j: usize) -> bool {
        match &self.slots[j] {
            Slot::Content { text, .. } => self.is_title_piece(text),
            _ => false,
        }
    }

    /// Whether a line repeats a run of the cover's words: words, or two
    /// numbers at least (`(2025–2034)`); a bare number ("7.") is a label.
    fn is_title_piece(&self, text: &str) -> bool {
        let words = words_of(text);
        (words.len() >= 2 || has_words(text)) && contains_run(&self.cover_words, &words)
    }

    /// Whether the page break around anchor `i` (the anchors, blank lines
    /// and furniture on both sides of it) already holds a running title.
    fn break_has_title(&self, i: usize) -> bool {
        [-1isize, 1].into_iter().any(|dir| {
            let mut j = i as isize + dir;
            while j >= 0 && (j as usize) < self.slots.len() {
                match &self.slots[j as usize] {
                    Slot::Removed(RemovalReason::RunningTitle) => return true,
                    Slot::Blank => {}
                    Slot::Removed(reason) if is_page_furniture(*reason) => {}
                    _ => return false,
                }
                j += dir;
            }
            false
        })
    }

    /// Marks lines as running titles.
    fn mark_running_title(&mut self, lines: &[usize]) {
        for &j in lines {
            self.slots[j] = Slot::Removed(RemovalReason::RunningTitle);
        }
    }

    /// On how many pages each line stands within four lines of an anchor.
    fn pages_near_anchors(&self) -> HashMap<String, usize> {
        // Counted once per page: (pages seen, line of the last one).
        let slots = &self.slots;
        let mut near_anchor: HashMap<&str, (usize, usize)> = HashMap::new();
        for i in (0..slots.len()).filter(|&i| self.anchor[i]) {
            let lo = i.saturating_sub(4);
            let hi = (i + 5).min(slots.len());
            for (j, slot) in slots.iter().enumerate().take(hi).skip(lo) {
                if let Slot::Content { text, .. } = slot {
                    let e = near_anchor.entry(text.as_str()).or_insert((0, usize::MAX));
                    if e.1 == usize::MAX || j > e.1 + 8 {
                        e.0 += 1;
                    }
                    e.1 = j;
                }
            }
        }
        near_anchor
            .into_iter()
            .map(|(t, (pages, _))| (t.to_string(), pages))
            .collect()
    }
}

/// Whether a removal reason is page furniture a running title stands among.
fn is_page_furniture(reason: RemovalReason) -> bool {
    matches!(
        reason,
        RemovalReason::PageHeader
            | RemovalReason::PageCounter
            | RemovalReason::JobNumber
            | RemovalReason::Barcode
            | RemovalReason::RunningTitle
    )
}

/// Whether a line has the shape of a running title: words, and no
/// punctuation at its end. A bare number ("7.") is an operative label, and
/// a line ending in punctuation is body text.
fn could_be_title(text: &str) -> bool {
    !ends_clause(text) && has_words(text)
}

/// Whether a line ends in a clause's punctuation, as body text does.
fn ends_clause(text: &str) -> bool {
    text.trim_end().ends_with([',', ';', '.', ':'])
}

/// Whether a line holds a word of two letters or more.
fn has_words(text: &str) -> bool {
    words_of(text)
        .iter()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}
