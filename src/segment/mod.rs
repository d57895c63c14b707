//! Stage 3 of the pipeline: a [`Layout`] in, a [`Document`] out.
//!
//! Content lines are grouped into paragraphs by the cues a reader uses:
//! labels (`5.`, `b)`, `(iv)`, `II.`), blank lines where the layout uses
//! them, indentation, sentences that end or run on across a page break, and
//! the opening words of preambular paragraphs from the language table. The
//! cover and the closing lines become metadata; each paragraph gets the id
//! people cite it by.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::lang::{Language, LanguageRules};
use crate::types::{Document, MetadataLine, MetadataRole, NoteRef, Paragraph, ParagraphKind};
pub mod layout;

use crate::text::lines::{ends_complete, join_into};
use crate::text::normalize::tidy_spaces;
use crate::text::shapes;
use crate::types::InputFormat;
use crate::types::{ContentLine, Layout, NOTE_CLOSE, NOTE_OPEN};
use rustc_hash::FxHashMap;

/// A paragraph's label as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Label {
    /// `12.`
    Number(u32),
    /// `a)`, `(a)`
    Letter(char),
    /// `(iv)`, `iv)`
    Roman(String),
    /// `II.` heading number.
    Section(String),
    /// `A.` sub-section letter.
    SubSection(char),
}

struct Draft {
    text: String,
    first: usize,
    last: usize,
    heading: bool,
}

/// Builds the document from sorted lines.
pub fn segment(source: &str, format: InputFormat, language: Language, layout: Layout) -> Document {
    let rules = language.rules();
    let lines = &layout.content;
    let opener = lines.iter().position(|l| is_opener(&l.text, rules));

    let mut metadata = Vec::new();
    let body_start = match opener {
        Some(i) => {
            classify_cover(&lines[..i], rules, &mut metadata);
            metadata.push(MetadataLine {
                role: MetadataRole::Opener,
                text: clean_markers(&lines[i].text),
                lines: [lines[i].number, lines[i].number],
            });
            i + 1
        }
        None => {
            let n = lines
                .iter()
                .take_while(|l| cover_role(&l.text, rules).is_some())
                .count();
            classify_cover(&lines[..n], rules, &mut metadata);
            n
        }
    };

    let vocabulary = Vocabulary::new(lines.iter().map(|l| l.text.as_str()));
    let drafts = group(&lines[body_start..], layout.double_spaced, rules);

    let footnote_marks: BTreeSet<u32> = layout
        .footnotes
        .iter()
        .filter_map(|f| f.mark.parse().ok())
        .collect();
    let mut notes = NoteScanner::new(footnote_marks);
    let mut ids = IdState::new(opener.is_some());
    let mut paragraphs = Vec::new();
    let mut closing = false;
    for draft in drafts {
        let text = vocabulary.repair(&tidy_spaces(&draft.text), rules);
        if is_meeting_line(&text, rules) || (closing && shapes::is_date_line(&clean_markers(&text)))
        {
            metadata.push(MetadataLine {
                role: if closing && !is_meeting_line(&text, rules) {
                    MetadataRole::Date
                } else {
                    MetadataRole::Meeting
                },
                text: clean_markers(&text),
                lines: [draft.first, draft.last],
            });
            closing = true;
            continue;
        }
        closing = false;
        let (label, rest) = split_label(&text, rules, ids.last_letter, ids.next_number());
        let (text, refs) = notes.extract(rest, rules);
        if text.is_empty() && label.is_none() {
            continue;
        }
        let heading = draft.heading
            || matches!(
                label,
                Some((Label::Section(_), _)) | Some((Label::SubSection(_), _))
            )
            || (label.is_none() && looks_like_heading(&text, rules));
        let (id, kind) = ids.assign(label.as_ref().map(|l| &l.0), heading, &text, rules);
        paragraphs.push(Paragraph {
            id,
            kind,
            label: label.map(|l| l.1),
            text,
            notes: refs,
            lines: [draft.first, draft.last],
        });
    }
    dedupe_ids(&mut paragraphs);

    let mut footnotes = layout.footnotes;
    for f in &mut footnotes {
        f.text = clean_markers(&vocabulary.repair(&tidy_spaces(&f.text), rules));
    }

    let title_number = metadata
        .iter()
        .find(|m| m.role == MetadataRole::Title)
        .and_then(|m| shapes::title_number(&m.text).map(|(number, _)| number.to_string()));
    let symbol = layout
        .symbol
        .or_else(|| {
            metadata
                .iter()
                .find(|m| m.role == MetadataRole::Symbol)
                .map(|m| m.text.clone())
        })
        .or_else(|| title_number.map(|n| format!("A/RES/{n}")));
    let title = metadata
        .iter()
        .find(|m| m.role == MetadataRole::Title)
        .map(|m| match shapes::title_number(&m.text) {
            Some((_, title)) => title.to_string(),
            None => m.text.clone(),
        });
    let date = metadata
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
        });
    Document {
        source: source.to_string(),
        format,
        language,
        symbol,
        title,
        date,
        paragraphs,
        footnotes,
        metadata,
        removed: layout.removed,
    }
}

/// Folds a line for matching it against a phrase of the language table.
fn fold(s: &str) -> String {
    folded_chars(s).collect()
}

/// The characters of [`fold`]`(s)`, one at a time: footnote sentinels and
/// what they enclose dropped, apostrophes and spaces unified, lower case,
/// whitespace runs as one space, nothing at either end. Matching a line
/// against a phrase stops at the first character that differs, so the
/// thousands of lines of a report that open with no phrase cost a
/// character or two each instead of a folded copy.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    folded_chars_marked(s, s.contains(NOTE_OPEN))
}

/// [`folded_chars`] for a line already known to hold footnote sentinels
/// (`markers`) or not.
fn folded_chars_marked(s: &str, markers: bool) -> impl Iterator<Item = char> + '_ {
    let mut inside = false;
    let mapped = s
        .chars()
        .filter(move |&c| {
            if !markers {
                return true;
            }
            match c {
                NOTE_OPEN => inside = true,
                NOTE_CLOSE => inside = false,
                _ => return !inside,
            }
            false
        })
        .map(|c| match c {
            '’' | 'ʼ' | '‘' => '\'',
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase);
    SingleSpaced {
        chars: mapped,
        space: false,
        started: false,
        held: None,
    }
}

/// Whitespace runs as one space, none at the ends (as `split_whitespace`
/// then `join(" ")` would give).
struct SingleSpaced<I> {
    chars: I,
    space: bool,
    started: bool,
    held: Option<char>,
}

impl<I: Iterator<Item = char>> Iterator for SingleSpaced<I> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        loop {
            let c = self.chars.next()?;
            if c.is_whitespace() {
                self.space = self.started;
                continue;
            }
            self.started = true;
            if std::mem::take(&mut self.space) {
                self.held = Some(c);
                return Some(' ');
            }
            return Some(c);
        }
    }
}

/// Drops the punctuation an opener ends with (`,` `:` and their Arabic
/// and Chinese forms).
fn trim_opener(s: &str) -> &str {
    s.trim_end_matches([',', ':', '،', '，', ' '])
}

/// The phrases of one language's table, folded once per process: they are
/// matched against every cover and body line, and folding them at each
/// match cost more than the rest of segmentation.
#[derive(Debug, Clone)]
struct FoldedPhrases {
    /// Openers, with their closing punctuation trimmed.
    openers: Vec<String>,
    meeting: Vec<String>,
    adoption: Vec<String>,
    draft_markers: Vec<String>,
    annex: Vec<String>,
}

impl FoldedPhrases {
    fn new(rules: &LanguageRules) -> Self {
        let all = |phrases: &[&str]| phrases.iter().map(|p| fold(p)).collect();
        FoldedPhrases {
            openers: rules
                .openers
                .iter()
                .map(|o| trim_opener(&fold(o)).to_string())
                .collect(),
            meeting: all(rules.meeting_phrases),
            adoption: all(rules.adoption_phrases),
            draft_markers: all(rules.draft_markers),
            annex: all(rules.annex_words),
        }
    }

    /// The folded phrases of `rules`: cached for the built-in tables, made
    /// afresh for any other.
    fn of(rules: &LanguageRules) -> Cow<'static, FoldedPhrases> {
        use std::sync::OnceLock;
        static CACHE: [OnceLock<FoldedPhrases>; 16] = [const { OnceLock::new() }; 16];
        match crate::lang::LANGUAGES
            .iter()
            .position(|l| std::ptr::eq(l, rules))
            .and_then(|i| CACHE.get(i))
        {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| FoldedPhrases::new(rules))),
            None => Cow::Owned(FoldedPhrases::new(rules)),
        }
    }
}

/// Whether a line is the opening line of a resolution's body.
pub fn is_opener(text: &str, rules: &LanguageRules) -> bool {
    // Openers are short: a long line is no opener, and needs no folding.
    if text.len() > 120 {
        return false;
    }
    // The folded line is the opener and then only the punctuation an
    // opener may end with.
    let markers = text.contains(NOTE_OPEN);
    let is = |opener: &String| {
        let mut line = folded_chars_marked(text, markers);
        opener.chars().all(|c| line.next() == Some(c))
            && line.all(|c| matches!(c, ',' | ':' | '،' | '，' | ' '))
    };
    let english = &crate::lang::LANGUAGES[0];
    FoldedPhrases::of(rules).openers.iter().any(is)
        || (!std::ptr::eq(rules, english) && FoldedPhrases::of(english).openers.iter().any(is))
}

fn is_meeting_line(text: &str, rules: &LanguageRules) -> bool {
    if text.len() > 120 || !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let f = fold(text);
    f.split_whitespace().count() <= 6
        && f.chars().next().is_some_and(|c| c.is_ascii_digit())
        && FoldedPhrases::of(rules)
            .meeting
            .iter()
            .any(|p| f.contains(p.as_str()))
}

/// Removes inline footnote sentinels, keeping nothing of them.
fn clean_markers(s: &str) -> String {
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

/// The role of a cover line recognisable on its own, without context.
fn cover_role(text: &str, rules: &LanguageRules) -> Option<MetadataRole> {
    let t = clean_markers(text);
    let f = fold(&t);
    if shapes::is_symbol(&t) {
        return Some(MetadataRole::Symbol);
    }
    if crate::text::lines::is_page_anchor(&t) {
        return Some(MetadataRole::JobNumber);
    }
    if f.starts_with("distr") || f.starts_with("original") {
        return Some(MetadataRole::Distribution);
    }
    if shapes::is_date_line(&t) {
        return Some(MetadataRole::Date);
    }
    const ORGANS: &[&str] = &[
        "united nations",
        "nations unies",
        "naciones unidas",
        "general assembly",
        "assemblée générale",
        "asamblea general",
        "security council",
        "conseil de sécurité",
        "economic and social council",
        "conseil économique et social",
        "организация объединенных наций",
        "генеральная ассамблея",
        "الأمم المتحدة",
        "الجمعية العامة",
        "联合国",
        "大会",
    ];
    if ORGANS.contains(&f.as_str()) {
        return Some(MetadataRole::Organ);
    }
    if FoldedPhrases::of(rules)
        .adoption
        .iter()
        .any(|p| f.starts_with(p.as_str()))
    {
        return Some(MetadataRole::Adoption);
    }
    if t.starts_with('[') {
        return Some(MetadataRole::CommitteeReport);
    }
    if shapes::title_number(&t).is_some() {
        return Some(MetadataRole::Title);
    }
    let words = f.split_whitespace().count();
    if words <= 4 && (f.contains("session") || f.contains("committee") || f.contains("commission"))
    {
        return Some(MetadataRole::Session);
    }
    if f.starts_with("agenda item") || f.contains("de l'ordre du jour") || f.starts_with("tema ") {
        return Some(MetadataRole::Agenda);
    }
    None
}

/// Sorts the cover lines into metadata. Lines that continue a role (a
/// wrapped title, the rest of a sponsor list) take the role before them.
fn classify_cover(lines: &[ContentLine], rules: &LanguageRules, out: &mut Vec<MetadataLine>) {
    // The sponsor list ends with ": draft resolution"; it starts after the
    // last blank line before that.
    let ours = FoldedPhrases::of(rules);
    let english = FoldedPhrases::of(&crate::lang::LANGUAGES[0]);
    let sponsors_end = lines.iter().rposition(|l| {
        let f = fold(&l.text);
        f.contains(':')
            && ours
                .draft_markers
                .iter()
                .chain(english.draft_markers.iter())
                .any(|m| f.ends_with(m.as_str()))
    });
    let sponsors_start = sponsors_end.map(|end| {
        (0..=end)
            .rev()
            .find(|&i| lines[i].blank_before || i == 0)
            .unwrap_or(end)
    });
    let mut previous: Option<MetadataRole> = None;
    let mut merged: Vec<MetadataLine> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = clean_markers(&line.text);
        let role = if sponsors_start.is_some_and(|s| i >= s) && sponsors_end.is_some_and(|e| i <= e)
        {
            MetadataRole::Sponsors
        } else if let Some(r) = cover_role(&line.text, rules) {
            r
        } else if sponsors_end.is_some_and(|e| i > e) {
            MetadataRole::Title
        } else {
            match previous {
                Some(MetadataRole::Title) => MetadataRole::Title,
                Some(MetadataRole::Adoption) if !line.blank_before => MetadataRole::Adoption,
                Some(MetadataRole::CommitteeReport)
                    if !merged.last().is_some_and(|m| m.text.ends_with(']')) =>
                {
                    MetadataRole::CommitteeReport
                }
                Some(MetadataRole::Agenda) if !line.blank_before => MetadataRole::Agenda,
                Some(MetadataRole::Sponsors) if !line.blank_before => MetadataRole::Sponsors,
                _ => MetadataRole::Other,
            }
        };
        // Roles that wrap over lines are joined into one metadata entry.
        let joins = matches!(
            role,
            MetadataRole::Title
                | MetadataRole::Adoption
                | MetadataRole::CommitteeReport
                | MetadataRole::Sponsors
                | MetadataRole::Agenda
        ) && previous == Some(role)
            && !(role == MetadataRole::Title && shapes::title_number(&text).is_some());
        match merged.last_mut() {
            Some(last) if joins => {
                join_into(&mut last.text, &text);
                last.lines[1] = line.number;
            }
            _ => merged.push(MetadataLine {
                role,
                text,
                lines: [line.number, line.number],
            }),
        }
        previous = Some(role);
    }
    for m in &mut merged {
        m.text = tidy_spaces(&m.text);
    }
    out.extend(merged);
}

fn first_char(text: &str) -> Option<char> {
    clean_markers(text)
        .trim_start_matches(['«', '“', '"', '(', '[', '‘', '\''])
        .chars()
        .next()
}

fn starts_lower(text: &str) -> bool {
    first_char(text).is_some_and(char::is_lowercase)
}

/// Whether a line can only stand alone: the closing meeting line, an
/// annex heading.
fn stands_alone(text: &str, rules: &LanguageRules) -> bool {
    is_meeting_line(text, rules) || is_annex_heading(text, rules)
}

fn is_annex_heading(text: &str, rules: &LanguageRules) -> bool {
    if text.len() > 40 {
        return false;
    }
    let f = fold(text);
    FoldedPhrases::of(rules).annex.contains(&f)
}

/// Groups body lines into paragraph drafts.
fn group(lines: &[ContentLine], double_spaced: bool, rules: &LanguageRules) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut prev: Option<&ContentLine> = None;
    let mut prev_alone = false;
    // The number of the last numbered paragraph: a line opening with the
    // next number starts a paragraph whatever stands before it (a heading
    // wrapped over two lines, a sentence without its full stop).
    let mut last_number: Option<u32> = None;
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
                    || boundary(current, p, line, double_spaced, rules)
            }
        };
        if new_paragraph {
            if let Some(n) = number {
                last_number = Some(n);
            }
            drafts.push(Draft {
                text: line.text.clone(),
                first: line.number,
                last: line.number,
                heading: line.heading,
            });
        } else {
            let d = drafts.last_mut().expect("checked above");
            join_into(&mut d.text, &line.text);
            d.last = line.number;
        }
        prev = Some(line);
        prev_alone = alone;
    }
    drafts
}

/// Whether `next` opens a new paragraph after `prev`, the last line of the
/// paragraph `current`.
fn boundary(
    current: &str,
    prev: &ContentLine,
    next: &ContentLine,
    double_spaced: bool,
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
    let complete = ends_complete(current);
    let labelled = split_label(&next.text, rules, None, None).0.is_some();
    let lower = rules.cased && starts_lower(&next.text);
    if labelled
        && (complete || next.blank_before || next.interrupted || looks_like_heading(current, rules))
    {
        return true;
    }
    if complete && !lower && rules.opens_preamble(&clean_markers(&next.text)) {
        return true;
    }
    if double_spaced {
        // Blank lines separate every line: a new paragraph is an indented
        // line after a finished sentence, or after an indented heading.
        let indented = !lower && next.blank_before && next.indent > 0;
        let after_heading = prev.indent > 0
            && !current.contains(' ') | (current.split_whitespace().count() <= 10)
            && looks_like_heading(current, rules);
        return indented && (complete && prev.indent < 8 || after_heading);
    }
    if !(next.blank_before || next.interrupted) || lower {
        // No paragraph opens in lower case: after a page break or footnotes
        // the sentence runs on.
        return false;
    }
    // A sentence cut by a page break (or by footnotes printed between its
    // halves) runs on. So does an enumeration cut after a comma ("…the
    // administering Power," / "New Zealand, …"): a new paragraph there would
    // open with a preambular cue, which was tested above.
    let after_comma = crate::text::lines::last_punctuation(current) == Some(',');
    let runs_on = !complete && (lower || next.interrupted || !rules.cased)
        || (after_comma && next.interrupted && !labelled);
    !runs_on
}

/// Splits a leading label off a paragraph text.
fn split_label<'t>(
    text: &'t str,
    rules: &LanguageRules,
    last_letter: Option<char>,
    expected_number: Option<u32>,
) -> (Option<(Label, String)>, &'t str) {
    let t = text.trim_start();
    let bytes = t.as_bytes();
    // "25 Condemns …": an extraction that lost the period after a number is
    // trusted only when the number is the one expected next.
    if let Some(expected) = expected_number {
        let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && digits <= 3 && t[..digits].parse() == Ok(expected) {
            let after = &t[digits..];
            if after.starts_with(' ') && after.trim_start().starts_with(char::is_uppercase) {
                return (
                    Some((Label::Number(expected), t[..digits].to_string())),
                    after.trim_start(),
                );
            }
        }
    }
    // "12." or "12.\t" (Arabic texts number with Arabic-Indic digits, "١٢.");
    // a number of four digits or more ("1000.") only as the one expected
    // next, since a year can open a sentence too.
    let digit_chars: Vec<(usize, u32)> = t
        .char_indices()
        .map_while(|(i, c)| decimal_digit(c).map(|d| (i, d)))
        .collect();
    let digits = digit_chars.len();
    let end = digit_chars.last().map_or(0, |&(i, _)| {
        i + t[i..].chars().next().map_or(1, char::len_utf8)
    });
    let number: Option<u32> =
        (digits > 0 && digits <= 9).then(|| digit_chars.iter().fold(0u32, |n, &(_, d)| n * 10 + d));
    let plausible = digits <= 3 || (digits <= 6 && number.is_some() && number == expected_number);
    if digits > 0 && plausible && bytes.get(end) == Some(&b'.') {
        let after = &t[end + 1..];
        if after.is_empty() || after.starts_with(char::is_whitespace) {
            let n: u32 = number.unwrap_or(0);
            return (
                Some((Label::Number(n), t[..=end].to_string())),
                after.trim_start(),
            );
        }
    }
    // "(a)", "a)", "(iv)", "iv)": the closing parenthesis comes within the
    // first few characters (looking further would make long paragraphs cost
    // their length at every line).
    let (open, inner_start) = if t.starts_with('(') {
        (true, 1)
    } else {
        (false, 0)
    };
    let close = t[inner_start..]
        .char_indices()
        .take(8)
        .find(|&(_, c)| c == ')')
        .map(|(i, _)| i);
    if let Some(close) = close {
        let inner = &t[inner_start..inner_start + close];
        let after = &t[inner_start + close + 1..];
        let spaced = after.is_empty() || after.starts_with(char::is_whitespace);
        if spaced && !inner.is_empty() && inner.chars().count() <= 6 {
            let printed = t[..inner_start + close + 1].to_string();
            let mut chars = inner.chars();
            let c = chars.next().expect("inner is not empty");
            let single = chars.next().is_none();
            let roman = inner.chars().all(|c| "ivxlc".contains(c));
            // "i)" after "h)" is a letter; after anything else a roman numeral.
            let letter_in_sequence = single
                && rules.sub_letters.contains(&c)
                && (!roman
                    || last_letter.is_some_and(|l| {
                        rules
                            .sub_letters
                            .iter()
                            .position(|x| *x == l)
                            .and_then(|p| rules.sub_letters.get(p + 1))
                            == Some(&c)
                    })
                    || (c != 'i' && last_letter.is_none()));
            let _ = open;
            if letter_in_sequence {
                return (Some((Label::Letter(c), printed)), after.trim_start());
            }
            if roman {
                return (
                    Some((Label::Roman(inner.to_string()), printed)),
                    after.trim_start(),
                );
            }
        }
    }
    // Section headings: "II." and "A."
    let upper = t.chars().take_while(|c| "IVXLC".contains(*c)).count();
    // A lone "C." or "L." is a sub-section letter, not section 100 or 50.
    let lone_letter = upper == 1 && matches!(bytes[0], b'C' | b'L');
    if upper > 0
        && !lone_letter
        && bytes.get(upper) == Some(&b'.')
        && t[upper + 1..].starts_with(char::is_whitespace)
    {
        return (
            Some((
                Label::Section(t[..upper].to_string()),
                t[..=upper].to_string(),
            )),
            t[upper + 1..].trim_start(),
        );
    }
    let mut cs = t.chars();
    if let (Some(c), Some('.')) = (cs.next(), cs.next()) {
        if c.is_ascii_uppercase() && cs.next().is_some_and(char::is_whitespace) {
            let rest = t[2..].trim_start();
            // "A. Title" but not an initial such as "J. Smith".
            if rest.split_whitespace().count() >= 2 && !ends_complete(rest) {
                return (Some((Label::SubSection(c), t[..2].to_string())), rest);
            }
        }
    }
    (None, text)
}

/// The value of a decimal digit: ASCII, Arabic-Indic or Eastern Arabic-Indic.
fn decimal_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn looks_like_heading(text: &str, rules: &LanguageRules) -> bool {
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

/// Assigns ids in the text's own numbering.
struct IdState {
    resolution: bool,
    operative_started: bool,
    preamble: u32,
    unnumbered: u32,
    headings: u32,
    top: Option<String>,
    letter: Option<String>,
    last_letter: Option<char>,
    section: Option<String>,
    prefix: String,
    last_number: Option<u32>,
}

impl IdState {
    /// The operative or paragraph number expected next, once numbering began.
    fn next_number(&self) -> Option<u32> {
        self.last_number.map(|n| n + 1)
    }

    fn new(resolution: bool) -> Self {
        IdState {
            resolution,
            operative_started: false,
            preamble: 0,
            unnumbered: 0,
            headings: 0,
            top: None,
            letter: None,
            last_letter: None,
            section: None,
            prefix: String::new(),
            last_number: None,
        }
    }

    fn assign(
        &mut self,
        label: Option<&Label>,
        heading: bool,
        text: &str,
        rules: &LanguageRules,
    ) -> (String, ParagraphKind) {
        let p = self.prefix.clone();
        if heading {
            if label.is_none() && is_annex_heading(text, rules) {
                self.prefix = format!("{}.", text.trim().to_uppercase().replace(' ', ""));
                self.resolution = false;
                self.top = None;
                self.letter = None;
                self.last_letter = None;
                self.section = None;
                self.last_number = None;
                return (
                    self.prefix.trim_end_matches('.').to_string(),
                    ParagraphKind::Heading,
                );
            }
            let id = match label {
                Some(Label::Section(r)) => {
                    self.section = Some(r.clone());
                    format!("{p}{r}")
                }
                Some(Label::SubSection(c)) => match &self.section {
                    Some(s) => format!("{p}{s}.{c}"),
                    None => format!("{p}{c}"),
                },
                _ => {
                    self.headings += 1;
                    format!("{p}H{}", self.headings)
                }
            };
            self.top = None;
            self.letter = None;
            self.last_letter = None;
            return (id, ParagraphKind::Heading);
        }
        match label {
            Some(Label::Number(n)) => {
                self.last_number = Some(*n);
                let (id, kind) = if self.resolution {
                    self.operative_started = true;
                    (format!("{p}OP{n}"), ParagraphKind::Operative)
                } else {
                    (format!("{p}{n}"), ParagraphKind::Paragraph)
                };
                self.top = Some(id.clone());
                self.letter = None;
                self.last_letter = None;
                (id, kind)
            }
            Some(Label::Letter(c)) => {
                let parent = self.top.clone().unwrap_or_else(|| p.clone());
                let id = format!("{parent}({c})");
                self.letter = Some(id.clone());
                self.last_letter = Some(*c);
                (id, ParagraphKind::Subparagraph)
            }
            Some(Label::Roman(r)) => {
                let parent = self
                    .letter
                    .clone()
                    .or_else(|| self.top.clone())
                    .unwrap_or_else(|| p.clone());
                (format!("{parent}({r})"), ParagraphKind::Subparagraph)
            }
            Some(Label::Section(_)) | Some(Label::SubSection(_)) | None => {
                if self.resolution && !self.operative_started {
                    self.preamble += 1;
                    let id = format!("{p}PP{}", self.preamble);
                    self.top = Some(id.clone());
                    self.letter = None;
                    self.last_letter = None;
                    (id, ParagraphKind::Preamble)
                } else {
                    self.unnumbered += 1;
                    (format!("{p}U{}", self.unnumbered), ParagraphKind::Paragraph)
                }
            }
        }
    }
}

fn dedupe_ids(paragraphs: &mut [Paragraph]) {
    let mut seen: FxHashMap<String, u32> = FxHashMap::default();
    for p in paragraphs.iter_mut() {
        let n = seen.entry(p.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            p.id = format!("{}#{}", p.id, n);
        }
    }
}

/// Finds footnote markers in body text, in the order the footnotes are
/// numbered, and takes them out of the text.
struct NoteScanner {
    remaining: BTreeSet<u32>,
    last: u32,
}

impl NoteScanner {
    fn new(marks: BTreeSet<u32>) -> Self {
        NoteScanner {
            remaining: marks,
            last: 0,
        }
    }

    fn extract(&mut self, text: &str, rules: &LanguageRules) -> (String, Vec<NoteRef>) {
        // Cuts as (start, end, mark): byte ranges to remove.
        let mut cuts: Vec<(usize, usize, String)> = Vec::new();
        let mut i = 0;
        while let Some(open) = text[i..].find(NOTE_OPEN).map(|o| o + i) {
            let Some(close) = text[open..].find(NOTE_CLOSE).map(|c| c + open) else {
                break;
            };
            let mark = text[open + NOTE_OPEN.len_utf8()..close].to_string();
            if let Ok(n) = mark.parse::<u32>() {
                self.remaining.remove(&n);
                self.last = self.last.max(n);
            }
            cuts.push((open, close + NOTE_CLOSE.len_utf8(), mark));
            i = close + NOTE_CLOSE.len_utf8();
        }
        if !self.remaining.is_empty() {
            let mut candidates = note_candidates(text, rules);
            candidates.sort();
            for NoteCandidate {
                start,
                end,
                mark: n,
                strict,
                after_year,
            } in candidates
            {
                let fits = if strict {
                    n == self.last + 1
                } else {
                    n > self.last && n <= self.last + 3
                };
                let preceded_by_digit =
                    text[..start].ends_with(|c: char| c.is_ascii_digit()) && !after_year;
                if fits
                    && self.remaining.contains(&n)
                    && !preceded_by_digit
                    && !cuts.iter().any(|c| c.0 < end && start < c.1)
                {
                    self.remaining.remove(&n);
                    self.last = n;
                    cuts.push((start, end, n.to_string()));
                }
            }
        }
        if cuts.is_empty() {
            return (text.trim().to_string(), Vec::new());
        }
        cuts.sort();
        let mut out = String::with_capacity(text.len());
        let mut refs = Vec::new();
        let mut at = 0;
        for (start, end, mark) in cuts {
            out.push_str(&text[at..start]);
            refs.push(NoteRef {
                mark,
                offset: out.len(),
            });
            at = end;
        }
        out.push_str(&text[at..]);
        let trimmed = out.trim_end().len();
        for r in &mut refs {
            r.offset = r.offset.min(trimmed);
        }
        out.truncate(trimmed);
        (out, refs)
    }
}

/// A number in body text that may be a footnote marker.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct NoteCandidate {
    /// Byte range to cut (a spaced marker takes its space with it).
    start: usize,
    end: usize,
    mark: u32,
    /// Taken only as the very next mark (spaced or after a year), where a
    /// glued marker may skip a missed one or two.
    strict: bool,
    /// Glued to a year ("20216"): the digit before it is the year's.
    after_year: bool,
}

impl NoteCandidate {
    /// A marker set off by a space, taken only as the very next mark.
    fn spaced(start: usize, end: usize, mark: u32) -> Self {
        NoteCandidate {
            start,
            end,
            mark,
            strict: true,
            after_year: false,
        }
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    crate::text::normalize::is_combining_mark(c)
}

/// Numbers that may be footnote markers: glued to a word or punctuation
/// (`Secretary-General,4`, `l’homme1`), after punctuation and a space
/// (`Secretary-General, 4`), after a word and a space unless the word is
/// one numbers follow (`Secretary General 3 and`, not `paragraph 3 and`),
/// or glued to a year (`2021` + `6`).
fn note_candidates(text: &str, rules: &LanguageRules) -> Vec<NoteCandidate> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let (run_start, run_end) = (i, j);
        i = j;
        let prev = text[..run_start].chars().next_back();
        let next = text[run_end..].chars().next();
        let len = run_end - run_start;
        if (5..=6).contains(&len)
            && (text[run_start..].starts_with("19") || text[run_start..].starts_with("20"))
            && !prev.is_some_and(char::is_alphanumeric)
            && !next.is_some_and(char::is_alphanumeric)
        {
            if let Ok(mark) = text[run_start + 4..run_end].parse() {
                out.push(NoteCandidate {
                    start: run_start + 4,
                    end: run_end,
                    mark,
                    strict: true,
                    after_year: true,
                });
            }
            continue;
        }
        if len > 3 {
            continue;
        }
        let Ok(mark) = text[run_start..run_end].parse::<u32>() else {
            continue;
        };
        let ends_clean = |extra: &str| next.is_none_or(|c| c.is_whitespace() || extra.contains(c));
        // Glued.
        if prev.is_some_and(|c| is_letter(c) || ")]”»’.,;:".contains(c)) && ends_clean(",.;:)")
        {
            out.push(NoteCandidate {
                start: run_start,
                end: run_end,
                mark,
                strict: false,
                after_year: false,
            });
            continue;
        }
        if !prev.is_some_and(char::is_whitespace) {
            continue;
        }
        let before_space = text[..run_start].trim_end_matches(char::is_whitespace);
        let space_start = before_space.len();
        let last = before_space.chars().next_back();
        // After punctuation and a space.
        if last.is_some_and(|c| ",.;:)”»".contains(c)) && ends_clean(",.;") {
            out.push(NoteCandidate::spaced(space_start, run_end, mark));
            continue;
        }
        // After a word and one space.
        if run_start - space_start == 1 && last.is_some_and(is_letter) {
            let word: String = before_space
                .chars()
                .rev()
                .take_while(|c| is_letter(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = &text[run_end..];
            let next_ok = after.is_empty()
                || after.starts_with([',', '.', ';', ':'])
                || (after.starts_with(' ') && after[1..].starts_with(char::is_lowercase));
            if next_ok
                && !rules
                    .number_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&word))
            {
                out.push(NoteCandidate::spaced(space_start, run_end, mark));
            }
        }
    }
    out
}

/// The words of a text as byte ranges: letters, marks and digits, with a
/// hyphen or apostrophe kept inside (`non-State`, `l’homme`).
fn words(text: &str) -> Vec<(usize, usize)> {
    // Byte by byte where the text is ASCII (most of any UN text): decoding
    // and the Unicode tables only for the other characters.
    let at = |i: usize| crate::text::normalize::char_at(text, i);
    let is_word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            crate::text::normalize::is_latin_letter(c) || c.is_alphanumeric() || is_mark(c)
        }
    };
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        i += len;
        if !is_word(c) {
            continue;
        }
        let start = i - len;
        while let Some((c, len)) = at(i) {
            // A joiner stays inside when a word character follows it.
            let inside = is_word(c)
                || (matches!(c, '-' | '‑' | '’' | '\'')
                    && at(i + len).is_some_and(|(next, _)| is_word(next)));
            if !inside {
                break;
            }
            i += len;
        }
        out.push((start, i));
    }
    out
}

/// The words of a document with their counts, used to repair words that
/// the PDF extraction split ("internationa le", "e t") or hyphenated at a
/// line end: a repair is made only when the document itself attests the
/// whole word and does not attest the pieces elsewhere.
///
/// Words are borrowed from the lines; only lower-cased ones are copies.
struct Vocabulary<'a> {
    counts: FxHashMap<Cow<'a, str>, u32>,
}

impl<'a> Vocabulary<'a> {
    fn new(lines: impl Iterator<Item = &'a str>) -> Self {
        let mut counts: FxHashMap<Cow<'a, str>, u32> = FxHashMap::default();
        let mut carried: Option<String> = None;
        for line in lines {
            let found = words(line);
            // A compound split at the previous line's end ("self-" /
            // "determination") is attested whole.
            if let (Some(head), Some(&(a, b))) = (carried.take(), found.first()) {
                *counts
                    .entry(Cow::Owned(format!("{head}-{}", line[a..b].to_lowercase())))
                    .or_insert(0) += 1;
            }
            for &(a, b) in &found {
                let w = &line[a..b];
                if w.chars().any(char::is_uppercase) {
                    *counts.entry(Cow::Owned(w.to_lowercase())).or_insert(0) += 1;
                } else {
                    *counts.entry(Cow::Borrowed(w)).or_insert(0) += 1;
                }
            }
            if line.trim_end().ends_with('-') {
                carried = found.last().map(|&(a, b)| line[a..b].to_lowercase());
            }
        }
        Vocabulary { counts }
    }

    fn count(&self, w: &str) -> u32 {
        if w.chars().any(char::is_uppercase) {
            self.counts
                .get(w.to_lowercase().as_str())
                .copied()
                .unwrap_or(0)
        } else {
            self.counts.get(w).copied().unwrap_or(0)
        }
    }

    fn repair(&self, text: &str, rules: &LanguageRules) -> String {
        let text = fix_apostrophe_spacing(text, rules);
        let text = self.join_spaced_hyphens(&text);
        let mut text = self.join_split_words(&text, rules);
        if text.contains(" ,") {
            text = text.replace(" ,", ",");
        }
        if text.contains("  ") {
            text = text.replace("  ", " ");
        }
        text
    }

    /// "ci -après", "self- determination": a compound whose hyphen a PDF
    /// extraction spaced, rejoined where the document attests it whole.
    fn join_spaced_hyphens(&self, text: &str) -> String {
        if !text.contains(" -") && !text.contains("- ") {
            return text.to_string();
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            let letter = |i: usize| chars.get(i).is_some_and(|c| c.1.is_alphabetic());
            // A letter, then " -" or "- ", then a letter: the gap starts at
            // k and the next word at k + 2.
            let spaced = (c == ' ' && chars.get(k + 1).is_some_and(|c| c.1 == '-'))
                || (c == '-' && chars.get(k + 1).is_some_and(|c| c.1 == ' '));
            let gap = (spaced && k > 0 && letter(k - 1) && letter(k + 2)).then_some((k, k + 2));
            if let Some((g, next)) = gap {
                let mut s0 = g;
                while s0 > 0 && chars[s0 - 1].1.is_alphabetic() {
                    s0 -= 1;
                }
                let mut e1 = next;
                while e1 < chars.len() && chars[e1].1.is_alphabetic() {
                    e1 += 1;
                }
                let head = &text[chars[s0].0..chars[g].0];
                let tail_start = chars[next].0;
                let tail_end = chars.get(e1).map_or(text.len(), |c| c.0);
                let joined = format!("{head}-{}", &text[tail_start..tail_end]);
                if chars[s0].0 >= at && self.count(&joined) > 0 {
                    out.push_str(&text[at..chars[s0].0]);
                    out.push_str(&joined);
                    at = tail_end;
                    k = e1;
                    continue;
                }
            }
            k += 1;
        }
        out.push_str(&text[at..]);
        out
    }

    fn join_split_words(&self, text: &str, rules: &LanguageRules) -> String {
        let words: Vec<(usize, usize)> = words(text);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let w_str = &text[w.0..w.1];
            if let Some(next) = words.get(i + 1) {
                let between = &text[w.1..next.0];
                let next_str = &text[next.0..next.1];
                let (a, b) = (w_str, next_str);
                let chars = |p: &str| p.chars().count();
                // A split leaves a one-letter piece or a tail of two letters
                // at most: most pairs stop here.
                let short = a.chars().nth(1).is_none() || b.chars().nth(2).is_none();
                if short && between == " " && rules.cased {
                    let stray_letter = |p: &str| {
                        chars(p) == 1
                            && !rules
                                .single_letter_words
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(p))
                    };
                    let letters = |p: &str| p.chars().all(char::is_alphabetic);
                    // "e t", "v ie": a letter that is no word on its own;
                    // "internationa le": an unattested head and a short tail.
                    let split = letters(a)
                        && letters(b)
                        && (stray_letter(a)
                            || stray_letter(b)
                            || (chars(b) <= 2 && self.count(a) <= 1));
                    let joined = || format!("{a}{b}");
                    if split && !b.starts_with(char::is_uppercase) && self.count(&joined()) > 0 {
                        out.push_str(&text[at..w.0]);
                        out.push_str(&joined());
                        at = next.1;
                        i += 2;
                        continue;
                    }
                }
            }
            // A word hyphenated at a line end: "capa-city" where the
            // document attests "capacity" and never "capa-city" elsewhere.
            let hyphen = w_str.bytes().position(|c| c == b'-');
            if let Some((a, b)) = hyphen.map(|at| (&w_str[..at], &w_str[at + 1..])) {
                let joined = || format!("{a}{b}");
                if !b.contains('-')
                    && b.starts_with(char::is_lowercase)
                    && self.count(w_str) <= 1
                    && self.count(&joined()) > 0
                {
                    out.push_str(&text[at..w.0]);
                    out.push_str(&joined());
                    at = w.1;
                    i += 1;
                    continue;
                }
            }
            i += 1;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Repairs the space a PDF extraction puts around apostrophes
/// (`l ’intelligence`, `d’ un`).
fn fix_apostrophe_spacing(text: &str, rules: &LanguageRules) -> String {
    // Only a space next to an apostrophe needs repair.
    if !(text.contains(" ’") || text.contains("’ ") || text.contains(" '") || text.contains("' "))
    {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let word_before = |out: &str| -> String {
        out.chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect()
    };
    let is_elision = |w: &str| rules.elisions.iter().any(|e| e.eq_ignore_ascii_case(w));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // "l ’intelligence" → "l’intelligence"
        if c == ' '
            && matches!(chars.get(i + 1), Some('’') | Some('\''))
            && chars.get(i + 2).is_some_and(|c| c.is_alphabetic())
            && out.ends_with(char::is_alphabetic)
        {
            let w = word_before(&out);
            if chars[i + 1] == '’' && (is_elision(&w) || chars.get(i + 2) == Some(&'s'))
                || is_elision(&w)
            {
                i += 1;
                continue;
            }
        }
        // "l’ intelligence" → "l’intelligence"
        if c == ' '
            && out.ends_with(['’', '\''])
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
        {
            let before = &out[..out.len() - out.chars().last().map_or(0, char::len_utf8)];
            if is_elision(&word_before(before)) {
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}
