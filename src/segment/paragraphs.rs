//! Body lines grouped into paragraph drafts by the cues a reader uses: a
//! label (`5.`, `b)`, `II.`), the next operative number, a blank line or
//! page break after a finished sentence, indentation in double-spaced
//! text, the opening words of a preambular paragraph, and lines that can
//! only stand alone (the meeting line, an annex heading).
//!
//! [`group`] walks the lines once; [`boundary`] decides at each line
//! whether it opens a paragraph, looking only at that line, the one before
//! it and the draft they would join. What a blank line or a line end means
//! depends on the document's own layout ([`Breaks`], read once from all
//! the body's lines): where blank lines separate paragraphs, a line without
//! one runs on whatever words open it; where every line is a paragraph, a
//! line end is a break.

use crate::lang::LanguageRules;
use crate::text::lines::{ends_complete, join_into};
use crate::types::ContentLine;

use super::declaration::{article_number, capitalised, continues_uncased, repeats_cue};
use super::labels::{split_label, Label};
use super::notes::clean_markers;
use super::phrases::{is_annex_heading, is_meeting_line};

/// Lines joined into one paragraph, before its label, notes and id are
/// read.
pub(super) struct Draft {
    /// The lines' text, joined as wrapped lines are.
    pub(super) text: String,
    /// The number of its first line in the input.
    pub(super) first: usize,
    /// The number of its last line in the input.
    pub(super) last: usize,
    /// Marked a heading by the input's markup.
    pub(super) heading: bool,
}

/// The first character of a text, past footnote markers and opening quotes
/// or brackets.
fn first_char(text: &str) -> Option<char> {
    clean_markers(text)
        .trim_start_matches(['«', '“', '"', '(', '[', '‘', '\''])
        .chars()
        .next()
}

/// Whether a text opens in lower case: a sentence running on.
fn starts_lower(text: &str) -> bool {
    first_char(text).is_some_and(char::is_lowercase)
}

/// Whether a line can only stand alone: the closing meeting line, an
/// annex heading.
fn stands_alone(text: &str, rules: &LanguageRules) -> bool {
    is_meeting_line(text, rules)
        || is_annex_heading(text, rules)
        || article_number(text, rules).is_some()
}

/// Whether a text reads as a heading: a few words, no closing
/// punctuation, no lower-case start, no preambular opening.
pub(super) fn looks_like_heading(text: &str, rules: &LanguageRules) -> bool {
    if text.len() > 300 {
        return false;
    }
    let words = text.split_whitespace().count();
    words > 0
        && words <= 14
        && !ends_complete(text)
        && !(rules.cased && starts_lower(text))
        && !rules.opens_preamble(text)
}

/// How the body's layout shows where paragraphs break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// A blank line after every line (a common PDF extraction): blank
    /// lines say nothing, indentation and finished sentences do.
    EveryLine,
    /// Blank lines between paragraphs: a line without one continues the
    /// paragraph unless a label or a page break says otherwise.
    Blank,
    /// No blank lines, one paragraph a line: each line that does not run
    /// on in lower case opens a paragraph.
    LinePerParagraph,
    /// No blank lines, lines wrapped: labels, indentation and the opening
    /// words of preambular paragraphs decide.
    Wrapped,
}

/// Reads the body's layout from all its lines, once: whether blank lines
/// are used, and, where they are not, whether lines end their sentences
/// (a paragraph a line) or are wrapped (many run on in lower case, most
/// end mid-sentence).
fn breaks_of(lines: &[ContentLine], double_spaced: bool, rules: &LanguageRules) -> Breaks {
    if double_spaced {
        return Breaks::EveryLine;
    }
    let n = lines.len();
    let blanks = lines.iter().skip(1).filter(|l| l.blank_before).count();
    // A blank line every twenty lines at least: the layout uses them.
    if blanks >= 2 && blanks * 20 >= n {
        return Breaks::Blank;
    }
    if n < 3 {
        return Breaks::Wrapped;
    }
    // A line stands alone when it ends its sentence or is as short as a
    // heading ("Summary", "Report of the Secretary-General"); wrapped lines
    // are longer (Chinese ones too, counted in characters).
    let short = |t: &str| {
        if t.contains(' ') {
            t.split_whitespace().count() <= 6
        } else {
            t.chars().count() <= 15
        }
    };
    let complete = lines
        .iter()
        .filter(|l| ends_complete(&l.text) || short(&l.text))
        .count();
    // A label opens in lower case too ("a) Build…"): only unlabelled lines
    // run on.
    let run_on = lines
        .iter()
        .skip(1)
        .filter(|l| {
            rules.cased
                && starts_lower(&l.text)
                && split_label(&l.text, rules, None, None).0.is_none()
        })
        .count();
    // One paragraph a line: lines stand alone, and almost none is followed
    // by a line running on in lower case.
    if complete * 2 >= n && run_on * 10 <= n {
        Breaks::LinePerParagraph
    } else {
        Breaks::Wrapped
    }
}

/// Groups body lines into paragraph drafts.
pub(super) fn group(
    lines: &[ContentLine],
    double_spaced: bool,
    rules: &LanguageRules,
) -> Vec<Draft> {
    let breaks = breaks_of(lines, double_spaced, rules);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut prev: Option<&ContentLine> = None;
    let mut prev_alone = false;
    // The number of the last numbered paragraph: a line opening with the
    // next number starts a paragraph whatever stands before it (a heading
    // wrapped over two lines, a sentence without its full stop).
    let mut last_number: Option<u32> = None;
    // The current draft before its last line was joined (its text's
    // length and its last line's number), and that line: a heading run
    // onto the paragraph before it is taken back out.
    let mut before_last: Option<(usize, usize, &ContentLine)> = None;
    for line in lines {
        let alone = stands_alone(&line.text, rules);
        // Only a number printed with its full stop ("12."): "10 Ocean Action
        // panels" opens many a wrapped line.
        let number = match split_label(&line.text, rules, None, last_number.map(|n| n + 1)).0 {
            Some((Label::Number(n), printed)) if printed.ends_with('.') => Some(n),
            _ => None,
        };
        let new_paragraph = match prev {
            None => true,
            Some(p) => {
                let current = &drafts
                    .last()
                    .expect("a draft exists once a line was seen")
                    .text;
                alone
                    || prev_alone
                    || line.heading
                    || p.heading
                    || (number.is_some() && number == last_number.map(|n| n + 1))
                    || boundary(current, p, line, breaks, rules)
            }
        };
        if new_paragraph {
            if let Some(n) = number {
                last_number = Some(n);
            }
            if breaks != Breaks::EveryLine {
                split_trailing_heading(&mut drafts, before_last.take(), rules);
            }
            drafts.push(Draft {
                text: line.text.clone(),
                first: line.number,
                last: line.number,
                heading: line.heading,
            });
        } else {
            let d = drafts.last_mut().expect("checked above");
            before_last = Some((d.text.len(), d.last, line));
            join_into(&mut d.text, &line.text);
            d.last = line.number;
        }
        prev = Some(line);
        prev_alone = alone;
    }
    if breaks != Breaks::EveryLine {
        split_trailing_heading(&mut drafts, before_last, rules);
    }
    drafts
}

/// Takes a heading back out of the paragraph it was run onto: where no
/// gap shows paragraph breaks (a writer that sets no space between
/// paragraphs), a heading's line follows the last line of the paragraph
/// before it. A paragraph's last line that reads as a heading (a few
/// words, capitalised, no closing punctuation) after a finished sentence
/// is that heading.
fn split_trailing_heading(
    drafts: &mut Vec<Draft>,
    before_last: Option<(usize, usize, &ContentLine)>,
    rules: &LanguageRules,
) {
    let Some((len, last, line)) = before_last else {
        return;
    };
    let Some(draft) = drafts.last_mut() else {
        return;
    };
    // Joining only appends after a finished sentence (a hyphen at the end
    // is what makes it rewrite), so the text before the line is a prefix.
    let Some(before) = draft.text.get(..len).map(str::to_string) else {
        return;
    };
    let heading = looks_like_heading(&line.text, rules)
        && line.text.split_whitespace().count() <= 10
        && split_label(&line.text, rules, None, None).0.is_none()
        && first_char(&line.text).is_some_and(char::is_uppercase);
    // The paragraph before must be a sentence, not a heading's label
    // ("I." over "Organization of work"), nor end with one ("Action areas
    // A." over "Domestic public resources").
    // Nor an abbreviation ("3 p.m."), whose full stop ends no sentence.
    let ends_with_label = before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.trim_end_matches(['.', ')']).trim_start_matches('(');
        if w.contains('.') {
            return true;
        }
        !w.is_empty()
            && (w.chars().all(|c| "IVXLC".contains(c))
                || w.chars().count() == 1 && w.chars().all(char::is_alphabetic)
                || w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 3)
    });
    let sentence = !ends_with_label
        && split_label(&before, rules, None, None)
            .1
            .split_whitespace()
            .count()
            >= 3;
    if !heading || !sentence || !crate::text::lines::ends_sentence(&before) {
        return;
    }
    draft.text = before;
    // Not `line.number - 1`: removed lines (page furniture) may stand
    // between.
    draft.last = last;
    drafts.push(Draft {
        text: line.text.clone(),
        first: line.number,
        last: line.number,
        heading: false,
    });
}

/// Where each line is a paragraph, whether `next` runs on from `current`:
/// one opening in lower case does, and so does one after a word cut by a
/// hyphen at the line end, the one sign of a wrap that scripts without
/// case show too, or one opening with a preposition there.
fn runs_on_line(current: &str, next: &str, lower: bool, rules: &LanguageRules) -> bool {
    let cut = current
        .trim_end()
        .strip_suffix('-')
        .is_some_and(|t| t.ends_with(char::is_alphabetic));
    lower || cut || continues_uncased(current, next, rules)
}

/// Whether a line opens with a preambular cue printed in lower case.
fn opens_preamble_in_lower_case(text: &str, rules: &LanguageRules) -> bool {
    rules.opens_preamble(&capitalised(&clean_markers(text)))
}

/// Whether `next` opens a new paragraph after `prev`, the last line of the
/// paragraph `current`.
fn boundary(
    current: &str,
    prev: &ContentLine,
    next: &ContentLine,
    breaks: Breaks,
    rules: &LanguageRules,
) -> bool {
    // A label alone on its line ("1.", or "25" when the extraction lost
    // the period) takes the next line as its text.
    let bare = current.trim().trim_end_matches('.');
    if split_label(current, rules, None, None).1.trim().is_empty()
        || (!bare.is_empty() && bare.len() <= 3 && bare.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // Closing punctuation wrapped onto a line of its own ("»," after
    // "…de l’information") ends the sentence before it.
    if next.text.trim_start().starts_with([
        ',', ';', '.', ':', '»', '”', ')', ']', '，', '。', '；', '：', '）',
    ]) {
        return false;
    }
    // A clause repeating the cue the paragraph opened with opens the next
    // one even in lower case ("…; и" / "принимая во внимание, что…").
    if repeats_cue(current, &next.text, rules) {
        return true;
    }
    let complete = ends_complete(current);
    let labelled = split_label(&next.text, rules, None, None).0.is_some();
    let lower = rules.cased && starts_lower(&next.text);
    if labelled
        && (complete || next.blank_before || next.interrupted || looks_like_heading(current, rules))
    {
        return true;
    }
    if breaks == Breaks::LinePerParagraph {
        return !runs_on_line(current, &next.text, lower, rules);
    }
    // A preambular cue after a paragraph's closing comma or semicolon opens
    // a paragraph even where an extraction lost the blank line before it.
    // After a colon the sentence goes on (a list, or a title's subtitle:
    // "…Conference on Palestine:" / "Reconstructing Gaza"), so there the
    // cue opens a paragraph only where the layout shows a break too: a
    // blank line where blank lines separate paragraphs (not the one a page
    // break leaves: a sentence cut after its colon by a page break runs
    // on), an indented line where every line is followed by a blank one.
    let layout_break = match breaks {
        Breaks::Blank => next.blank_before && !next.interrupted,
        Breaks::EveryLine => next.indent > 0 || next.interrupted,
        Breaks::LinePerParagraph | Breaks::Wrapped => true,
    };
    let after_colon = matches!(
        crate::text::lines::last_punctuation(current),
        Some(':' | '：')
    );
    if complete
        && !lower
        && (layout_break || !after_colon)
        && rules.opens_preamble(&clean_markers(&next.text))
    {
        return true;
    }
    if breaks == Breaks::EveryLine {
        // Blank lines separate every line: a new paragraph is an indented
        // line after a finished sentence, or after an indented heading.
        let indented = !lower && next.blank_before && next.indent > 0;
        let after_heading = prev.indent > 0
            && !current.contains(' ') | (current.split_whitespace().count() <= 10)
            && looks_like_heading(current, rules);
        return indented && (complete && prev.indent < 8 || after_heading);
    }
    let cue_in_lower_case = lower && opens_preamble_in_lower_case(&next.text, rules);
    // Russian texts print preambular cues in lower case ("приветствуя…"):
    // there a blank line or an indented first line before the cue is the
    // break.
    if complete
        && cue_in_lower_case
        && breaks == Breaks::Blank
        && (next.blank_before || next.indent > prev.indent)
    {
        return true;
    }
    if breaks == Breaks::Wrapped
        && complete
        && (!lower || cue_in_lower_case)
        && next.indent > prev.indent
    {
        // Without blank lines, a paragraph's first line is indented.
        return true;
    }
    if !(next.blank_before || next.interrupted) || lower {
        // No paragraph opens in lower case: after a page break or footnotes
        // the sentence runs on.
        return false;
    }
    !runs_on_after_break(current, next, breaks, rules)
}

/// After a blank line or a page break, whether `next` still runs on from
/// `current`, which it does not open in lower case.
///
/// A sentence cut by a page break (or by footnotes printed between its
/// halves) runs on. So does an enumeration cut after a comma ("…the
/// administering Power," / "New Zealand, …"): a new paragraph there would
/// open with a preambular cue, which [`boundary`] tested before. And so
/// does a sentence cut after a colon, even before a cue ("…Business and
/// Human Rights:" / "Implementing the United Nations…"): a page break is
/// no paragraph break, unless a heading stands there ("…we will:" /
/// "Create health-promoting environments").
fn runs_on_after_break(
    current: &str,
    next: &ContentLine,
    breaks: Breaks,
    rules: &LanguageRules,
) -> bool {
    let complete = ends_complete(current);
    let labelled = split_label(&next.text, rules, None, None).0.is_some();
    let last = crate::text::lines::last_punctuation(current);
    // Without letter case nothing shows a sentence running on, save a page
    // break, or a blank line where blank lines are not the paragraph breaks.
    let uncased_runs_on = !rules.cased && breaks != Breaks::Blank;
    !complete && (next.interrupted || uncased_runs_on)
        || (last == Some(',') && next.interrupted && !labelled)
        || (matches!(last, Some(':' | '：'))
            && next.interrupted
            && !labelled
            && !looks_like_heading(&next.text, rules))
}
