//! The cover: the lines before the opener ("The General Assembly,") sorted
//! into metadata by role (symbol, organ, session, agenda item, sponsors,
//! title, adoption line…).
//!
//! A line is first given the role it shows on its own ([`cover_role`]);
//! the sponsor list is found by the draft marker that ends it; a line with
//! no role of its own continues the role before it (a wrapped title, the
//! rest of an agenda item), and such runs are joined into one entry
//! ([`classify_cover`]). Each line is looked at a bounded number of times.

use crate::lang::LanguageRules;
use crate::text::lines::join_into;
use crate::text::normalize::tidy_spaces;
use crate::text::shapes;
use crate::types::{ContentLine, MetadataLine, MetadataRole};

use super::notes::clean_markers;
use super::phrases::{fold, FoldedPhrases};

/// The cover's metadata, the opener's line with it, and where the body
/// starts: after the opener, or, in a text without one, after the lines
/// that are cover lines on their own.
pub(super) fn read_cover(
    lines: &[ContentLine],
    opener: Option<usize>,
    rules: &LanguageRules,
) -> (Vec<MetadataLine>, usize) {
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
    (metadata, body_start)
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
    let (sponsors_start, sponsors_end) = sponsor_lines(lines, rules);
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

/// The first and last lines of the sponsor list. It ends with ": draft
/// resolution"; it starts after the last blank line before that.
fn sponsor_lines(lines: &[ContentLine], rules: &LanguageRules) -> (Option<usize>, Option<usize>) {
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
    (sponsors_start, sponsors_end)
}
