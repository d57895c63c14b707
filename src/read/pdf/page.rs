//! One page's lines in reading order: poppler's lines, the pieces of one
//! printed line joined, its blocks top to bottom, the running head and
//! footer first, a blank line at each paragraph break.

use crate::text::lines::is_page_anchor;
use crate::text::shapes::is_symbol;

use super::bbox::{BboxPage, Word};
use super::line::line_text;

/// Two pieces level with each other and closer than this many times their
/// height are one printed line: a footnote's number and its text (half a
/// height apart), a job number and its date code (one height), never two
/// columns of a cover (ten and more).
const PIECE_GAP: f64 = 2.0;

/// A gap between two lines wider than this share of their height is a
/// paragraph break: lines of a paragraph stand under a tenth of a height
/// apart, paragraphs half a height and more.
const PARAGRAPH_GAP: f64 = 0.4;

/// Anchors (symbol, job number, counter, barcode) within this share of the
/// page's height from its top or bottom are page furniture, and so is
/// what stands level with them.
const MARGIN_SHARE: f64 = 0.15;

/// A printed line: the words of one or more of poppler's lines, and where
/// it stands.
struct Row {
    words: Vec<Word>,
    /// The block and place in poppler's order of its longest piece.
    block: usize,
    order: usize,
    x0: f64,
    y0: f64,
    y1: f64,
    height: f64,
}

impl Row {
    fn new(words: Vec<Word>, block: usize, order: usize) -> Row {
        let fold = |f: fn(&Word) -> f64, pick: fn(f64, f64) -> f64| {
            words.iter().map(f).reduce(pick).unwrap_or(0.0)
        };
        Row {
            x0: fold(|w| w.x0, f64::min),
            y0: fold(|w| w.y0, f64::min),
            y1: fold(|w| w.y1, f64::max),
            height: fold(Word::height, f64::max),
            words,
            block,
            order,
        }
    }

    fn x1(&self) -> f64 {
        self.words.iter().map(|w| w.x1).fold(f64::MIN, f64::max)
    }

    fn centre(&self) -> f64 {
        (self.y0 + self.y1) / 2.0
    }

    /// Whether `next` continues this printed line: level with it and just
    /// to its right.
    fn runs_on_into(&self, next: &Row) -> bool {
        let gap = next.x0 - self.x1();
        let level = (self.y0..=self.y1).contains(&next.centre())
            || (next.y0..=next.y1).contains(&self.centre());
        gap >= -1.0 && gap < PIECE_GAP * self.height.min(next.height) && level
    }
}

/// The page's lines, blank ones at paragraph breaks.
#[cfg(test)]
pub(super) fn page_lines(page: &BboxPage) -> Vec<String> {
    page_lines_marked(page)
        .into_iter()
        .filter_map(|l| match l {
            PageLine::Text(t) => Some(t),
            PageLine::Gap => Some(String::new()),
            PageLine::LineEnd => None,
        })
        .collect()
}

/// A line of a page as the reader rebuilds it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum PageLine {
    /// A printed line's text.
    Text(String),
    /// A paragraph break the page shows by a gap (or a new column).
    Gap,
    /// A paragraph break shown only by where the line before ended
    /// ([`ends_short`]); the document's layout decides whether it counts.
    LineEnd,
}

/// The page's lines, with the paragraph breaks and what shows each.
pub(super) fn page_lines_marked(page: &BboxPage) -> Vec<PageLine> {
    let mut rows: Vec<Row> = Vec::new();
    for (b, block) in page.blocks.iter().enumerate() {
        for line in block {
            rows.push(Row::new(line.clone(), b, rows.len()));
        }
    }
    let blocks = furniture_first(page.height, blocks_of(join_pieces(rows)));
    let mut out = Vec::new();
    let mut prev: Option<&Row> = None;
    let mut rule: Option<f64> = None;
    for block in &blocks {
        let right = block.iter().map(Row::x1).fold(f64::MIN, f64::max);
        for (k, row) in block.iter().enumerate() {
            if let Some(p) = prev {
                let gap = row.y0 - p.y1;
                if gap > PARAGRAPH_GAP * row.height.min(p.height) || row.y0 < p.y0 - 1.0 {
                    out.push(PageLine::Gap);
                } else if k > 0 && ends_short(p, row, right) {
                    out.push(PageLine::LineEnd);
                }
            }
            let in_notes = rule.is_some_and(|y| row.y0 >= y);
            let text = line_text(&row.words, in_notes);
            if is_rule(&text) {
                rule = Some(row.y0);
            }
            out.push(PageLine::Text(text));
            prev = Some(row);
        }
    }
    out
}

/// Whether line `p` ended its paragraph although no gap shows it (a
/// writer that sets no space between paragraphs): the first word of the
/// next line would have fitted in what `p` left of its block's width, so
/// the line was not wrapped but broken.
fn ends_short(p: &Row, next: &Row, right: f64) -> bool {
    let Some(first) = next.words.first() else {
        return false;
    };
    let space = FIT_SPACE * p.height.min(next.height);
    p.x1() + space + (first.x1 - first.x0) < right - FIT_SLACK
}

/// A space's width as a share of a line's height, generous, for
/// [`ends_short`]: what a wrapped line must leave free is at least a
/// space and the next word.
const FIT_SPACE: f64 = 0.5;

/// Points short of the block's right edge that still count as reaching it
/// (glyph boxes and justification vary by a point or two).
const FIT_SLACK: f64 = 2.0;

/// A footnote rule: a line of underscores.
fn is_rule(t: &str) -> bool {
    t.len() >= 5 && t.bytes().all(|b| b == b'_')
}

/// Joins the pieces of each printed line, left to right; the joined line
/// takes the place of its longest piece in poppler's order (a footnote's
/// number, a block of its own, joins its note where the note stands).
fn join_pieces(rows: Vec<Row>) -> Vec<Row> {
    let n = rows.len();
    let mut by_x: Vec<usize> = (0..n).collect();
    by_x.sort_by(|&a, &b| rows[a].x0.total_cmp(&rows[b].x0).then(a.cmp(&b)));
    // Each piece's next piece to the right, if any: the nearest.
    let mut next: Vec<Option<usize>> = vec![None; n];
    let mut has_left = vec![false; n];
    let mut lines_of_block: Vec<usize> = Vec::new();
    for r in &rows {
        if lines_of_block.len() <= r.block {
            lines_of_block.resize(r.block + 1, 0);
        }
        lines_of_block[r.block] += 1;
    }
    // Two blocks of several lines each, side by side, are two cells of a
    // table row (or two columns), never pieces of one printed line: their
    // first lines must not be joined across the gap.
    let may_join = |a: &Row, b: &Row| {
        a.block == b.block || lines_of_block[a.block] == 1 || lines_of_block[b.block] == 1
    };
    for &i in &by_x {
        let found = by_x.iter().copied().find(|&j| {
            j != i && !has_left[j] && may_join(&rows[i], &rows[j]) && rows[i].runs_on_into(&rows[j])
        });
        if let Some(j) = found {
            next[i] = Some(j);
            has_left[j] = true;
        }
    }
    let mut joined = Vec::new();
    let mut taken = vec![false; n];
    for &start in &by_x {
        if has_left[start] || taken[start] {
            continue;
        }
        let mut chain = vec![start];
        let mut at = start;
        while let Some(j) = next[at].filter(|&j| !taken[j] && !chain.contains(&j)) {
            chain.push(j);
            at = j;
        }
        for &k in &chain {
            taken[k] = true;
        }
        // Longest by its letters, not its words: a note's number and a
        // one-word note ("Ibid.") are one word each, and the note must win.
        let letters = |k: usize| -> usize { rows[k].words.iter().map(|w| w.text.len()).sum() };
        let longest = chain
            .iter()
            .copied()
            .max_by(|&a, &b| letters(a).cmp(&letters(b)).then(b.cmp(&a)))
            .unwrap_or(start);
        let words = chain.iter().flat_map(|&k| rows[k].words.clone()).collect();
        joined.push(Row::new(words, rows[longest].block, rows[longest].order));
    }
    // A piece in a loop of "next" (none seen on real pages) stays alone.
    for (k, row) in rows.iter().enumerate() {
        if !taken[k] {
            joined.push(Row::new(row.words.clone(), row.block, row.order));
        }
    }
    joined.sort_by_key(|r| r.order);
    joined
}

/// The rows grouped by block, blocks from the top of the page down (the
/// leftmost first when level), rows in poppler's order within a block.
fn blocks_of(rows: Vec<Row>) -> Vec<Vec<Row>> {
    let mut blocks: Vec<Vec<Row>> = Vec::new();
    let mut ids: Vec<usize> = Vec::new();
    for row in rows {
        match ids.iter().position(|&b| b == row.block) {
            Some(k) => blocks[k].push(row),
            None => {
                ids.push(row.block);
                blocks.push(vec![row]);
            }
        }
    }
    blocks.sort_by(|a, b| top(a).total_cmp(&top(b)).then(left(a).total_cmp(&left(b))));
    blocks
}

/// Puts the cells of each table row left to right: blocks standing level
/// with each other, side by side, are read as the row reads, each cell's
/// lines together, whichever cell starts a point higher (a cell centred
/// in its row starts lower than its neighbours; a superscript raises a
/// number's box). Word writes a table row by row, cell by cell, and so do
/// other extractions: read by top alone, two cells' lines would interleave
/// and a row's cells come out of order.
fn table_rows(blocks: Vec<Vec<Row>>) -> Vec<Vec<Row>> {
    let mut out: Vec<Vec<Row>> = Vec::with_capacity(blocks.len());
    let mut band: Vec<Vec<Row>> = Vec::new();
    let (mut band_top, mut band_bottom) = (0.0_f64, 0.0_f64);
    for block in blocks {
        let height = bottom(&block) - top(&block);
        let overlap = band_bottom.min(bottom(&block)) - band_top.max(top(&block));
        let level = !band.is_empty()
            && overlap > ROW_OVERLAP * height.min(band_bottom - band_top)
            && band.iter().all(|b| !side_by_side_overlap(b, &block));
        if !level {
            flush_band(&mut band, &mut out);
            band_top = top(&block);
            band_bottom = bottom(&block);
        } else {
            band_top = band_top.min(top(&block));
            band_bottom = band_bottom.max(bottom(&block));
        }
        band.push(block);
    }
    flush_band(&mut band, &mut out);
    out
}

/// Share of the shorter one's height by which a block must stand level
/// with a row's blocks to be one of its cells.
const ROW_OVERLAP: f64 = 0.5;

/// Whether two blocks share some of their width (then one stands under
/// the other, never beside it).
fn side_by_side_overlap(a: &[Row], b: &[Row]) -> bool {
    let right = |blk: &[Row]| blk.iter().map(Row::x1).fold(f64::MIN, f64::max);
    left(a) < right(b) && left(b) < right(a)
}

/// Ends a row: its cells left to right.
fn flush_band(band: &mut Vec<Vec<Row>>, out: &mut Vec<Vec<Row>>) {
    band.sort_by(|a, b| left(a).total_cmp(&left(b)));
    out.append(band);
}

fn top(block: &[Row]) -> f64 {
    block.iter().map(|r| r.y0).fold(f64::MAX, f64::min)
}

fn bottom(block: &[Row]) -> f64 {
    block.iter().map(|r| r.y1).fold(f64::MIN, f64::max)
}

fn left(block: &[Row]) -> f64 {
    block.iter().map(|r| r.x0).fold(f64::MAX, f64::min)
}

/// Moves the running head and the footer before the page's text: the
/// blocks level with an anchor in the top or bottom margin. Word writes
/// them first, and the text reader finds a running title as furniture
/// where it stands between anchors. The body's table rows are read cell
/// by cell ([`table_rows`]).
fn furniture_first(height: f64, blocks: Vec<Vec<Row>>) -> Vec<Vec<Row>> {
    let anchored = |b: &[Row]| {
        b.iter().any(|r| {
            let t = line_text(&r.words, false);
            is_page_anchor(&t) || is_symbol(&t)
        })
    };
    let mut head_limit = f64::MIN;
    let mut foot_limit = f64::MAX;
    for b in blocks.iter().filter(|b| anchored(b)) {
        if bottom(b) < MARGIN_SHARE * height {
            head_limit = head_limit.max(bottom(b) + 2.0);
        }
        if top(b) > (1.0 - MARGIN_SHARE) * height {
            foot_limit = foot_limit.min(top(b) - 2.0);
        }
    }
    let (mut head, mut foot, mut body) = (Vec::new(), Vec::new(), Vec::new());
    for b in blocks {
        if bottom(&b) <= head_limit {
            head.push(b);
        } else if top(&b) >= foot_limit {
            foot.push(b);
        } else {
            body.push(b);
        }
    }
    head.into_iter()
        .chain(foot)
        .chain(table_rows(body))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, x0: f64, y0: f64, size: f64) -> Word {
        Word {
            text: text.to_string(),
            x0,
            y0,
            x1: x0 + 6.0 * text.chars().count() as f64,
            y1: y0 + size,
        }
    }

    /// A footnote's number as Word sets it: 6 points high, 3.5 points
    /// left of the note's text.
    fn marker(n: &str, y0: f64) -> Word {
        Word {
            text: n.to_string(),
            x0: 116.7,
            y0,
            x1: 119.6,
            y1: y0 + 6.1,
        }
    }

    /// A line of words 11 points high from `x`, a space's width apart.
    fn line(text: &str, x: f64, y: f64) -> Vec<Word> {
        words_at(text, x, y, 11.0, 3.0)
    }

    /// A line of words `size` points high from `x`, `space` apart.
    fn words_at(text: &str, x: f64, y: f64, size: f64, space: f64) -> Vec<Word> {
        let mut at = x;
        text.split(' ')
            .map(|t| {
                let w = word(t, at, y, size);
                at = w.x1 + space;
                w
            })
            .collect()
    }

    fn page(blocks: Vec<Vec<Vec<Word>>>) -> BboxPage {
        BboxPage {
            height: 792.0,
            blocks,
        }
    }

    #[test]
    fn notes_come_out_in_their_order_with_their_numbers() {
        // As poppler gives a footnote area: the first number with the
        // rule, the notes in a block of their own with the third and fourth
        // numbers, the second number last.
        let p = page(vec![
            vec![line("Text of the paragraph.", 123.0, 600.0)],
            vec![line("_______________", 99.0, 678.0)],
            vec![vec![marker("1", 692.9)]],
            vec![
                line("First note.", 123.1, 693.3),
                line("Second note.", 123.1, 703.8),
                vec![marker("3", 713.9)],
                line("Third note.", 123.1, 714.3),
            ],
            vec![vec![marker("2", 703.4)]],
        ]);
        let lines = page_lines(&p);
        assert_eq!(
            lines,
            [
                "Text of the paragraph.",
                "",
                "_______________",
                "1 First note.",
                "2 Second note.",
                "3 Third note.",
            ]
        );
    }

    #[test]
    fn the_running_head_and_footer_come_first() {
        let p = page(vec![
            vec![
                line("Lethal autonomous weapons", 390.0, 41.5),
                line("systems", 398.0, 51.3),
            ],
            vec![line("A/RES/78/241", 59.8, 51.3)],
            vec![line("Noting the adoption,", 123.0, 77.5)],
            vec![line("2/2", 60.0, 747.6)],
            vec![line("23-26252", 524.0, 747.6)],
        ]);
        assert_eq!(
            page_lines(&p),
            [
                "Lethal autonomous weapons",
                "systems",
                "A/RES/78/241",
                "",
                "2/2",
                "23-26252",
                "",
                "Noting the adoption,",
            ]
        );
    }

    #[test]
    fn a_table_row_reads_cell_by_cell_left_to_right() {
        // A header row as Word sets it: two cells of two lines, 8 points
        // high, 9 points apart (closer than two heights), and two cells of
        // one line centred lower; then a row whose number cell is raised
        // by its superscript.
        let small = |text: &str, x: f64, y: f64| words_at(text, x, y, 7.7, 2.0);
        let p = page(vec![
            vec![
                small("Posts (excluding", 245.7, 349.6),
                small("missions)", 249.5, 357.6),
            ],
            vec![
                small("Posts (special", 345.0, 349.6),
                small("missions)a", 356.2, 357.2),
            ],
            vec![small("Total", 476.6, 357.6)],
            vec![small("Category", 123.4, 357.6)],
            vec![small("120a", 311.3, 407.7)],
            vec![small("Officer", 123.4, 408.0)],
        ]);
        assert_eq!(
            page_lines(&p),
            [
                "Category",
                "",
                "Posts (excluding",
                "missions)",
                "",
                "Posts (special",
                "missions)a",
                "Total",
                "",
                "Officer",
                "120a",
            ]
        );
    }

    #[test]
    fn a_job_number_and_its_date_code_are_one_line() {
        let job = line("25-16646 (E)", 65.4, 738.7);
        let code = line("221025", job[1].x1 + 11.6, 738.7);
        let p = page(vec![
            vec![job],
            vec![code],
            vec![line("United Nations", 123.4, 45.3)],
            vec![line("A/C.1/80/L.41", 482.5, 45.3)],
        ]);
        let lines = page_lines(&p);
        assert!(
            lines.contains(&"25-16646 (E) 221025".to_string()),
            "{lines:?}"
        );
        assert!(lines.contains(&"United Nations".to_string()), "{lines:?}");
    }
}
