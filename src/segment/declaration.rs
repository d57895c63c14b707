//! Declarations and conventions: texts shaped unlike a resolution, read
//! into the same kind of ids in every language.
//!
//! The Universal Declaration of Human Rights is the model: its preamble
//! ("Whereas…", "Considerando…", "鉴于…") stands *before* the opener, a
//! lead ("Now, therefore,") and the opener ("The General Assembly") follow,
//! then the proclamation, then articles ("Article 11", "Статья 11",
//! "المادة 11", "第十一条") whose paragraphs are numbered from 1 again. In
//! the Chinese text the lead, the opener and the proclamation are one line
//! ("因此现在,大会,发布…"). Reading the preamble as cover, or the articles'
//! paragraphs as one run of operative numbers, would give ids that match
//! nothing in the other languages; here the preamble is `PP1`–`PP7`, the
//! proclamation `OP1`, an article `ART11` and its paragraphs `ART11.1`.

use crate::lang::{is_han, LanguageRules};
use crate::text::lines::ends_complete;
use crate::types::ContentLine;

use super::phrases::is_opener;

/// An article heading is short: longer lines are not looked at.
const HEADING_MAX_CHARS: usize = 40;

/// The number of the article `text` is the heading of ("Article 11",
/// "ARTÍCULO 11", "Article premier", "المادة ١١", "第十一条"), by the row's
/// `article_headings`.
pub(super) fn article_number(text: &str, rules: &LanguageRules) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > HEADING_MAX_CHARS {
        return None;
    }
    let lower = text.to_lowercase();
    rules.article_headings.iter().find_map(|form| {
        let form = form.to_lowercase();
        match form.split_once('…') {
            Some((before, after)) => {
                let number = lower.strip_prefix(before)?.strip_suffix(after)?.trim();
                parse_number(number)
            }
            None => (lower == form).then_some(1),
        }
    })
}

/// A number in decimal digits (ASCII or Arabic-Indic) or in Han numerals
/// ("二十九" is 29).
fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 6 {
        return None;
    }
    let decimal_digit = |c: char| {
        let ascii = crate::text::arabic::ascii_digit(c).unwrap_or(c);
        ascii.is_ascii_digit().then(|| ascii as u32 - '0' as u32)
    };
    let digits: Option<Vec<u32>> = s.chars().map(decimal_digit).collect();
    if let Some(digits) = digits {
        return Some(digits.iter().fold(0, |n, d| n * 10 + d));
    }
    let (mut total, mut unit) = (0u32, None::<u32>);
    for c in s.chars() {
        let scale = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                unit = Some(han_digit(c)?);
                continue;
            }
        };
        total += unit.take().unwrap_or(1) * scale;
    }
    Some(total + unit.unwrap_or(0)).filter(|&n| n > 0)
}

/// The value of a Han digit.
fn han_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .or(match c {
            '零' => Some(0),
            '两' => Some(2),
            _ => None,
        })
        .map(|d| d as u32)
}

/// A text whose first letter is put in upper case: a preambular cue in a
/// clause that runs on after "; и" ("принимая во внимание, что…") is still
/// the cue.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Where a declaration's preamble starts among the lines before the
/// opener: the first of at least two lines that open with a preambular
/// cue. None for a resolution, whose lines before the opener are its cover.
pub(super) fn preamble_start(
    before_opener: &[ContentLine],
    rules: &LanguageRules,
) -> Option<usize> {
    // A title may open with a cue's ending ("Всеобщая декларация…"): a
    // line shaped as a heading opens the preamble only when the next line
    // runs on from it, as a wrapped line does.
    let runs_on = |i: usize| {
        before_opener.get(i + 1).is_some_and(|n| {
            n.text.starts_with(char::is_lowercase) && !rules.opens_preamble(&capitalised(&n.text))
        })
    };
    let mut cues = before_opener
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            rules.opens_preamble(&capitalised(&l.text)) && (!heading_shaped(&l.text) || runs_on(*i))
        })
        .map(|(i, _)| i);
    let first = cues.next()?;
    cues.next().map(|_| first)
}

/// A few words without closing punctuation, as a title is printed.
fn heading_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 14 && text.chars().count() <= 300 && !ends_complete(text)
}

/// Where the lead before the opener starts ("Now, therefore,", "Ahora, por
/// tanto,"): a short line ending in a comma right before the opener that
/// is no preambular paragraph. `opener` itself when there is none.
pub(super) fn lead_start(lines: &[ContentLine], preamble: usize, opener: usize) -> usize {
    let Some(before) = opener.checked_sub(1).filter(|&b| b > preamble) else {
        return opener;
    };
    let text = lines[before].text.trim();
    let short = text.split_whitespace().count() <= 4 && text.chars().count() <= 30;
    // The end of a word cut at a line end ("обязательст-" / "ва,") is no
    // lead: the lead follows a finished paragraph.
    let after_paragraph = ends_complete(&lines[before - 1].text);
    if short && after_paragraph && text.ends_with([',', '，', '،']) {
        before
    } else {
        opener
    }
}

/// The lines with the one that holds the opener inline after a lead split
/// in three: the lead ("因此现在,"), the opener ("大会,") and the text after
/// it ("发布…").
/// None when a line is the opener alone, or no line holds it.
pub(super) fn split_inline_opener(
    lines: &[ContentLine],
    rules: &LanguageRules,
) -> Option<Vec<ContentLine>> {
    if lines.iter().any(|l| is_opener(&l.text, rules)) {
        return None;
    }
    let (index, (start, end)) = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| inline_opener(&l.text, rules).map(|cut| (i, cut)))?;
    let line = &lines[index];
    let mut out = Vec::with_capacity(lines.len() + 2);
    out.extend_from_slice(&lines[..index]);
    let piece = |text: &str, first: bool| ContentLine {
        text: text.trim().to_string(),
        blank_before: first && line.blank_before,
        interrupted: first && line.interrupted,
        indent: if first { line.indent } else { 0 },
        ..line.clone()
    };
    if start > 0 {
        out.push(piece(&line.text[..start], true));
    }
    out.push(piece(&line.text[start..end], start == 0));
    out.push(piece(&line.text[end..], false));
    out.extend_from_slice(&lines[index + 1..]);
    Some(out)
}

/// Where the opener starts and ends in a line that holds it after a short
/// lead ending in a comma, with the proclamation's text after it.
fn inline_opener(text: &str, rules: &LanguageRules) -> Option<(usize, usize)> {
    rules
        .openers
        .iter()
        .filter(|o| o.ends_with([',', '，', '،']))
        .find_map(|opener| {
            let at = text.find(opener)?;
            let lead = text[..at].trim_end();
            let end = at + opener.len();
            // Without a lead the opener opens a one-sentence decision
            // ("The General Assembly, taking note…, decides…"): its text.
            let short_lead =
                lead.chars().count() <= 12 && !lead.is_empty() && lead.ends_with([',', '，', '،']);
            (short_lead && !text[end..].trim().is_empty()).then_some((at, end))
        })
}

/// Whether `next`, opening in lower case, is one more clause of a run that
/// repeats the cue `current` opened with ("принимая во внимание, что…; и"
/// / "принимая во внимание, что…"): each is a preambular paragraph.
pub(super) fn repeats_cue(current: &str, next: &str, rules: &LanguageRules) -> bool {
    let opening = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches([',', '،']).to_lowercase())
            .collect()
    };
    let next = next.trim();
    rules.opens_preamble(&capitalised(next)) && opening(current) == opening(next)
}

/// Whether `next` continues `current` in a script without letter case,
/// where a line end says nothing: `current` is unfinished and `next` opens
/// with a word that cannot open a sentence of its own there (a
/// preposition: "تنادي بهذا الإعلان العالمي لحقوق الإنسان" / "على أنه
/// المستوى المشترك…").
pub(super) fn continues_uncased(current: &str, next: &str, rules: &LanguageRules) -> bool {
    if rules.cased || ends_complete(current) || article_number(current, rules).is_some() {
        return false;
    }
    let first = next.split_whitespace().next().unwrap_or("");
    !first.is_empty() && !first.chars().all(is_han) && rules.cover.open_words.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn rules(code: &'static str) -> &'static LanguageRules {
        Language(code).rules()
    }

    #[test]
    fn article_headings_in_six_languages() {
        assert_eq!(article_number("Article 11", rules("en")), Some(11));
        assert_eq!(article_number("Article premier", rules("fr")), Some(1));
        assert_eq!(article_number("ARTÍCULO 30", rules("es")), Some(30));
        assert_eq!(article_number("Статья 7", rules("ru")), Some(7));
        assert_eq!(article_number("المادة 12", rules("ar")), Some(12));
        assert_eq!(article_number("المادة ١٢", rules("ar")), Some(12));
        assert_eq!(article_number("第一条", rules("zh")), Some(1));
        assert_eq!(article_number("第十条", rules("zh")), Some(10));
        assert_eq!(article_number("第十一条", rules("zh")), Some(11));
        assert_eq!(article_number("第二十九条", rules("zh")), Some(29));
        assert_eq!(article_number("第三十条", rules("zh")), Some(30));
        // Not headings: a sentence citing an article, a word after it.
        assert_eq!(
            article_number("Article 5 of the Convention", rules("en")),
            None
        );
        assert_eq!(article_number("Articles", rules("en")), None);
        assert_eq!(article_number("第条", rules("zh")), None);
        assert_eq!(article_number("第十一届会议", rules("zh")), None);
    }

    #[test]
    fn a_chinese_opener_inline_is_split_off() {
        let line = |n: usize, t: &str| ContentLine {
            number: n,
            text: t.to_string(),
            indent: 0,
            blank_before: false,
            interrupted: false,
            heading: false,
        };
        let lines = vec![
            line(1, "鉴于…,"),
            line(2, "因此现在,大会,发布这一世界人权宣言。"),
        ];
        let split = split_inline_opener(&lines, rules("zh")).expect("split");
        let texts: Vec<&str> = split.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["鉴于…,", "因此现在,", "大会,", "发布这一世界人权宣言。"]
        );
        assert_eq!(split[3].number, 2);
        // A decision that opens with the opener keeps it as its text.
        let lines = vec![line(1, "大会,注意到秘书长的报告。")];
        assert!(split_inline_opener(&lines, rules("zh")).is_none());
        // A line that merely mentions the Assembly is left alone.
        let lines = vec![line(1, "请大会审议这一问题,并提出建议。")];
        assert!(split_inline_opener(&lines, rules("zh")).is_none());
    }

    #[test]
    fn a_repeated_cue_in_lower_case_opens_a_paragraph() {
        let ru = rules("ru");
        assert!(repeats_cue(
            "Принимая во внимание, что признание достоинства…; и",
            "принимая во внимание, что пренебрежение…",
            ru
        ));
        assert!(!repeats_cue(
            "Принимая во внимание, что…",
            "что пренебрежение…",
            ru
        ));
    }
}
