//! The cover: the lines before the opener ("The General Assembly,") sorted
//! into metadata by role (symbol, organ, distribution, session, agenda
//! item, sponsors, title, adoption line…).
//!
//! A line is first given the role it shows on its own ([`cover_role`]),
//! with the words of the document's language row and of the English row
//! (the covers of Arabic, Chinese and Russian texts print their
//! distribution block in English). Roles shown by a line's shape (a
//! symbol, a date, "Distr.", an agenda item with its number) hold wherever
//! the line stands; roles shown only by words a title may hold too
//! ("General Assembly", "…session") give way to a title or agenda item
//! that is unfinished: one whose line ends with a word no title ends with
//! ("…on the work of its" / "seventy-fifth session"), or is followed by a
//! line running on in lower case ([`runs_on`]). The sponsor list is the
//! block of lines that holds the draft marker ([`sponsor_lines`]), and a
//! draft's title follows it; a line with no role of its own continues the
//! role before it (a wrapped title, the rest of an agenda item), and such
//! runs are joined into one entry ([`line_roles`], [`merge`]).
//!
//! A text without an opener (a report) has for cover the lines from its
//! start that are metadata on their own or continue one that is: so every
//! metadata line of a report's cover ("Original : anglais",
//! "Soixante-dix-neuvième session", "Point 125 de l'ordre du jour") goes to
//! the metadata, not into the body as a heading. Each line is looked at a
//! bounded number of times.

use crate::lang::{is_han, LanguageRules, LANGUAGES};
use crate::text::lines::{ends_complete, join_into};
use crate::text::normalize::tidy_spaces;
use crate::text::shapes;
use crate::types::{ContentLine, MetadataLine, MetadataRole};

use super::notes::clean_markers;
use super::phrases::{fold, FoldedCover, FoldedPhrases};

/// How many lines of a text without an opener may be its cover: a cover is
/// a few dozen lines.
const COVER_LIMIT: usize = 200;

/// How a cover line shows its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// By its shape or its opening words (a symbol, a date, "Distr.", an
    /// agenda item with its number): metadata wherever it stands.
    Shape,
    /// By words a title may hold as well ("General Assembly", "…session",
    /// "General"): a line that continues an unfinished title is title.
    Words,
}

/// The cover's metadata, the opener's line with it, and where the body
/// starts: after the opener, or, in a text without one, after the lines
/// that are cover lines on their own or continue one. Where every line is
/// followed by a blank line (`double_spaced`), blank lines say nothing.
pub(super) fn read_cover(
    lines: &[ContentLine],
    opener: Option<usize>,
    double_spaced: bool,
    rules: &LanguageRules,
) -> (Vec<MetadataLine>, usize) {
    let mut metadata = Vec::new();
    let body_start = match opener {
        Some(i) => {
            metadata = read_cover_lines(&lines[..i], double_spaced, rules);
            metadata.push(MetadataLine {
                role: MetadataRole::Opener,
                text: clean_markers(&lines[i].text),
                lines: [lines[i].number, lines[i].number],
            });
            i + 1
        }
        None => {
            let roles = line_roles(lines, false, double_spaced, rules);
            let n = roles.len();
            merge(&lines[..n], &roles, &mut metadata);
            n
        }
    };
    (metadata, body_start)
}

/// The metadata of lines known to be all cover: those before a resolution's
/// opener, or before a declaration's preamble.
pub(super) fn read_cover_lines(
    lines: &[ContentLine],
    double_spaced: bool,
    rules: &LanguageRules,
) -> Vec<MetadataLine> {
    let mut metadata = Vec::new();
    let roles = line_roles(lines, true, double_spaced, rules);
    merge(lines, &roles, &mut metadata);
    metadata
}

/// The role of a line when it stands on a cover, by its shape and the
/// words of `rules`'s row and the English row: what a line of a report's
/// or resolution's cover is ("Distr.: General", "Original : anglais",
/// "Семьдесят девятая сессия", "议程项目125"). None for a line with no role
/// of its own (a title, a sponsor list, a body paragraph).
pub fn metadata_role(text: &str, rules: &LanguageRules) -> Option<MetadataRole> {
    cover_role(text, rules).map(|(role, _)| role)
}

/// The role of a cover line recognisable on its own, without context, and
/// how the line shows it.
fn cover_role(text: &str, rules: &LanguageRules) -> Option<(MetadataRole, Shown)> {
    use MetadataRole::*;
    use Shown::*;
    let t = clean_markers(text);
    let folded = fold(&t);
    // A star after the agenda line or the language marks a footnote.
    let f = folded.trim_end_matches(['*', ' ']);
    if shapes::is_symbol(&t) {
        return Some((Symbol, Shape));
    }
    if crate::text::lines::is_page_anchor(&t) {
        return Some((JobNumber, Shape));
    }
    let ours = FoldedPhrases::of(rules);
    let english = FoldedPhrases::of(&LANGUAGES[0]);
    if is_date(&t, &ours.cover) {
        return Some((Date, Shape));
    }
    for cover in [&ours.cover, &english.cover] {
        if starts_with_any(f, &cover.distribution) || starts_with_any(f, &cover.original) {
            return Some((Distribution, Shape));
        }
        let word = f.trim_end_matches(['.', ':']);
        if cover.distribution_levels.iter().any(|l| l == word)
            || cover.language_names.iter().any(|l| l == word)
        {
            return Some((Distribution, Words));
        }
        if cover.organs.iter().any(|o| o == f) {
            return Some((Organ, Words));
        }
    }
    // Chinese prints the date first: "2014年12月18日大会决议".
    let dated = f.starts_with(|c: char| c.is_ascii_digit())
        && ours.adoption.iter().any(|p| f.ends_with(p.as_str()));
    if starts_with_any(f, &ours.adoption) || dated {
        return Some((Adoption, Shape));
    }
    if t.starts_with('[') {
        return Some((CommitteeReport, Shape));
    }
    if shapes::title_number(&t).is_some() {
        return Some((Title, Shape));
    }
    let words = f.split_whitespace().count();
    for cover in [&ours.cover, &english.cover] {
        if words <= 12
            && f.chars().any(char::is_numeric)
            && cover.agenda.iter().any(|a| f.contains(a.as_str()))
        {
            return Some((Agenda, Shape));
        }
        if is_session(f, words, cover) {
            return Some((Session, Words));
        }
    }
    None
}

/// A session or committee line: a few words besides the session words
/// ("Seventy-ninth session", "Septuagésimo noveno período de sesiones",
/// "Third Committee", "第七十九届会议"), no closing punctuation.
fn is_session(f: &str, words: usize, cover: &FoldedCover) -> bool {
    // Without spaces (Chinese) the line is one word: its length bounds it.
    // A committee's name may take a few more words before the session
    // word ends the line ("Special Political and Decolonization
    // Committee").
    let short = |phrase: &str| {
        if words == 1 {
            f.chars().count() <= 12
        } else {
            let more = if f.ends_with(phrase) { 5 } else { 3 };
            words <= more + phrase.split_whitespace().count()
        }
    };
    !ends_complete(f)
        && cover
            .sessions
            .iter()
            .any(|s| contains_word(f, s) && short(s))
}

/// Whether `f` holds `phrase` as whole words ("session", not
/// "Possession"); Han phrases anywhere, as Chinese has no spaces.
fn contains_word(f: &str, phrase: &str) -> bool {
    if phrase.chars().all(|c| is_han(c) || !c.is_alphanumeric()) {
        return f.contains(phrase);
    }
    f.match_indices(phrase).any(|(at, _)| {
        let before = f[..at].chars().next_back();
        let after = f[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `f` starts with one of `phrases`.
fn starts_with_any(f: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| f.starts_with(p.as_str()))
}

/// A date line of a cover: the shapes of [`shapes::is_date_line`], a day
/// and a month of several words ("2 كانون الأول/ديسمبر 2024"), a year
/// followed by the row's year word ("2 декабря 2024 года"), or a Han date
/// ("2024年12月2日").
fn is_date(t: &str, cover: &FoldedCover) -> bool {
    if shapes::is_date_line(t) {
        return true;
    }
    let number = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.chars().count()) && w.chars().all(char::is_numeric)
    };
    // 年, 月 and 日 after numbers.
    let han: Vec<&str> = t
        .split(['年', '月', '日'])
        .map(|p| p.trim_matches(' '))
        .collect();
    if t.ends_with('日')
        && han.len() == 4
        && number(han[0], 4..=4)
        && number(han[1], 1..=2)
        && number(han[2], 1..=2)
    {
        return true;
    }
    let mut words: Vec<&str> = t.split_whitespace().collect();
    if words
        .last()
        .is_some_and(|w| cover.year_words.iter().any(|y| *y == fold(w)))
    {
        words.pop();
    }
    let (Some(day), Some(year)) = (words.first(), words.last()) else {
        return false;
    };
    // The day may carry an ordinal suffix ("1er", "2nd").
    let day_digits: String = day.chars().take_while(|c| c.is_numeric()).collect();
    let suffix = day.chars().count() - day_digits.chars().count();
    words.len() >= 3
        && words.len() <= 6
        && number(&day_digits, 1..=2)
        && suffix <= 2
        && number(year.trim_end_matches('.'), 4..=4)
        && words[1..words.len() - 1]
            .iter()
            .all(|w| !w.chars().any(char::is_numeric))
}

/// Whether the line after `prev` continues it: `prev` ends with a word no
/// title ends with ("of", "the", "its", "de", "的"), or, in a cased script,
/// the next line opens in lower case.
fn runs_on(prev: &str, next: &str, rules: &LanguageRules) -> bool {
    let p = fold(&clean_markers(prev));
    let p = p.trim_end_matches(['*', ' ']);
    let last = p.rsplit(' ').next().unwrap_or("");
    // A capital is no open word: "…common system" / "A" is a part's letter.
    let capital = prev
        .trim_end_matches(['*', ' '])
        .rsplit(' ')
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    let open = FoldedPhrases::of(rules).cover.open_words.iter().any(|w| {
        (last == w.as_str() && !capital) || (w.chars().all(is_han) && p.ends_with(w.as_str()))
    });
    let lower = clean_markers(next)
        .trim_start_matches(['«', '“', '"', '(', '‘', '\''])
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    open || (rules.cased && lower)
}

/// Each cover line's role. Before an opener every line has one (`Other`
/// when nothing else fits); in a text without an opener the roles stop at
/// the first line that neither shows a role nor continues one, unless a
/// line that is metadata by its shape follows within a few lines ("Special
/// Political and Decolonization Committee" / "(Fourth Committee)" /
/// "Agenda item 48"): there the body starts.
fn line_roles(
    lines: &[ContentLine],
    before_opener: bool,
    double_spaced: bool,
    rules: &LanguageRules,
) -> Vec<MetadataRole> {
    use MetadataRole::*;
    let lines = if before_opener {
        lines
    } else {
        &lines[..lines.len().min(COVER_LIMIT)]
    };
    let owns: Vec<Option<(MetadataRole, Shown)>> =
        lines.iter().map(|l| cover_role(&l.text, rules)).collect();
    let shaped = |i: usize| owns[i].is_some_and(|(_, shown)| shown == Shown::Shape);
    let sponsors = sponsor_lines(lines, &shaped, rules);
    let in_sponsors = |i: usize| sponsors.as_ref().is_some_and(|r| r.contains(&i));
    // Blank lines tell where an entry ends unless every line has one or
    // none has: then a line continues an entry only where it runs on.
    let blanks_tell = !double_spaced && lines.iter().skip(1).any(|l| l.blank_before);
    let mut roles: Vec<MetadataRole> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let previous = roles.last().copied();
        let own = owns[i];
        let continues = i > 0 && runs_on(&lines[i - 1].text, &line.text, rules);
        let joined = if blanks_tell {
            !line.blank_before
        } else {
            continues
        };
        // Where blank lines say nothing, the line after "Agenda item 125"
        // is still the item's title.
        let agenda_title =
            !blanks_tell && roles.iter().rev().take_while(|r| **r == Agenda).count() == 1;
        let after_sponsors = sponsors.as_ref().is_some_and(|r| i > *r.end());
        let role = if in_sponsors(i) && !shaped(i) {
            Sponsors
        } else if matches!(previous, Some(Title | Agenda)) && continues && !shaped(i) {
            // An unfinished title or agenda item.
            previous.expect("matched above")
        } else if after_sponsors && previous != Some(Title) && !shaped(i) {
            // A draft's title follows its sponsor list, whatever its words.
            Title
        } else if let Some((r, _)) = own {
            r
        } else {
            match previous {
                Some(Title) if before_opener || joined => Title,
                // A title printed without its number, after "[on the
                // report of the … Committee (…)]".
                Some(CommitteeReport) if lines[i - 1].text.trim_end().ends_with(']') => Title,
                Some(CommitteeReport) => CommitteeReport,
                Some(Adoption) if joined => Adoption,
                Some(Agenda) if joined || agenda_title => Agenda,
                Some(Sponsors) if joined => Sponsors,
                _ if before_opener => Other,
                _ if (i + 1..lines.len().min(i + 4)).any(|j| shaped(j) || in_sponsors(j)) => Other,
                _ => break,
            }
        };
        roles.push(role);
    }
    roles
}

/// Joins the lines into metadata entries: roles that wrap over lines (a
/// title, an adoption line, a sponsor list, an agenda item) make one entry
/// a run, except that a numbered title starts its own.
fn merge(lines: &[ContentLine], roles: &[MetadataRole], out: &mut Vec<MetadataLine>) {
    let mut merged: Vec<MetadataLine> = Vec::new();
    let mut previous: Option<MetadataRole> = None;
    for (line, &role) in lines.iter().zip(roles) {
        let text = clean_markers(&line.text);
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

/// The lines of the sponsor list: the last block of lines between blank
/// lines that holds the draft marker, after its colon ("…Uruguay: draft
/// resolution", "Tajikistan:* draft decision**", "…Sweden:* amendment to
/// draft" / "resolution 6 recommended by the Second Committee in its
/// report contained in document A/80/555"), or opening it ("draft
/// resolution" under the list, "Draft resolution submitted by the
/// Vice-Chair of the Committee, …" / "(Poland), on the basis of informal
/// consultations…"). A line that is metadata by its shape (`shaped`: an
/// agenda item, a numbered title) bounds the block.
fn sponsor_lines(
    lines: &[ContentLine],
    shaped: &dyn Fn(usize) -> bool,
    rules: &LanguageRules,
) -> Option<std::ops::RangeInclusive<usize>> {
    let ours = FoldedPhrases::of(rules);
    let english = FoldedPhrases::of(&LANGUAGES[0]);
    let ends_list = |text: &str| {
        let folded = fold(text);
        let f = folded.trim_end_matches(['*', ' ']);
        let after_colon = f.rsplit_once(':').map(|(_, rest)| rest);
        ours.draft_markers
            .iter()
            .chain(english.draft_markers.iter())
            .any(|m| {
                let m = m.as_str();
                after_colon.is_some_and(|r| r.contains(m)) || f.starts_with(m)
            })
    };
    let mut end = lines.len();
    while end > 0 {
        // The block [start, end): from a line after a blank line or a
        // shaped line.
        let start = (0..end)
            .rev()
            .find(|&i| i == 0 || lines[i].blank_before || shaped(i - 1) || shaped(i))
            .unwrap_or(0);
        let mut text = String::new();
        for l in &lines[start..end] {
            join_into(&mut text, &l.text);
        }
        if !shaped(start) && ends_list(&text) {
            return Some(start..=end - 1);
        }
        end = start;
    }
    None
}

#[cfg(test)]
mod tests;
