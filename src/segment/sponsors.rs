//! A draft's sponsor line read as a list of member States: "Austria,
//! Belgium, … Tonga and Venezuela (Bolivarian Republic of): draft
//! resolution" is cut after its names, then at its commas and at the
//! word of the language's row that joins the last two names ("and", "et",
//! "y", "и", "و", "和"), never inside a name that holds that word
//! ("Trinidad and Tobago", "Bosnia y Herzegovina").

use crate::lang::{is_han, LanguageRules};

use super::phrases::fold;

/// The commas of the scripts: Latin and Cyrillic, Arabic, the Chinese
/// enumeration comma and the full-width comma. A semicolon parts names too.
const SEPARATORS: [char; 5] = [',', '،', '、', '，', ';'];

/// The member States of a sponsor line, in the order printed.
pub(super) fn sponsor_list(line: &str, rules: &LanguageRules) -> Vec<String> {
    // "Draft resolution submitted by the Chair/Rapporteur of the Committee,
    // …, on the basis of informal consultations": an officer, not a list
    // of States, is the one sponsor.
    let folded = fold(line);
    if rules
        .draft_markers
        .iter()
        .any(|m| folded.starts_with(fold(m).as_str()))
    {
        return vec![line.trim().to_string()];
    }
    let names = names_part(line, rules);
    let protected = protected_ranges(names, rules);
    let inside = |at: usize| protected.iter().any(|r| r.contains(&at));
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    for (at, c) in names.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 && SEPARATORS.contains(&c) && !inside(at) => {
                cuts.push((at, at + c.len_utf8()));
            }
            _ => {}
        }
    }
    for joiner in rules.cover.list_joiners {
        for (at, _) in names.match_indices(joiner) {
            let end = at + joiner.len();
            if !inside(at) && joins_at(names, at, end, rules) {
                cuts.push((at, end));
            }
        }
    }
    cuts.sort_unstable();
    let mut list = Vec::new();
    let mut start = 0;
    for (at, end) in cuts.into_iter().chain([(names.len(), names.len())]) {
        if at < start {
            continue;
        }
        let name = names[start..at].trim_matches(|c: char| c.is_whitespace() || c == '*');
        if !name.is_empty() {
            list.push(name.to_string());
        }
        start = end;
    }
    list
}

/// The names of a sponsor line: what comes before the draft marker and the
/// colon before it ("…: draft resolution", "…：决议草案").
fn names_part<'a>(line: &'a str, rules: &LanguageRules) -> &'a str {
    let folded = fold(line);
    // Folding keeps lengths only for some scripts: the marker is looked for
    // in the folded text, the colon before it in the line itself.
    let marked = rules
        .draft_markers
        .iter()
        .any(|m| folded.contains(fold(m).as_str()));
    match line.rfind([':', '：']) {
        Some(at) if marked => &line[..at],
        _ => line,
    }
}

/// Where the row's names that hold a joiner stand in `names`.
fn protected_ranges(names: &str, rules: &LanguageRules) -> Vec<std::ops::Range<usize>> {
    rules
        .cover
        .joined_names
        .iter()
        .flat_map(|n| names.match_indices(n).map(|(at, m)| at..at + m.len()))
        .collect()
}

/// Whether the joiner found at `at..end` joins two names: a whole word,
/// or, in a script without case, written onto the next word (Arabic "و")
/// or anywhere (Chinese "和").
fn joins_at(names: &str, at: usize, end: usize, rules: &LanguageRules) -> bool {
    let joiner = &names[at..end];
    if joiner.chars().all(is_han) {
        return true;
    }
    let before = names[..at].chars().next_back();
    let after = names[end..].chars().next();
    let starts_word = before.is_none_or(char::is_whitespace);
    let ends_word = after.is_none_or(char::is_whitespace) || !rules.cased;
    starts_word && ends_word
}

#[cfg(test)]
mod tests {
    use super::sponsor_list;
    use crate::lang::Language;

    fn list(code: &'static str, line: &str) -> Vec<String> {
        sponsor_list(line, Language(code).rules())
    }

    #[test]
    fn an_english_list_ends_at_its_marker_and_parts_at_commas_and_and() {
        assert_eq!(
            list(
                "en",
                "Austria, Bosnia and Herzegovina, Costa Rica, Tonga and Venezuela \
                 (Bolivarian Republic of): draft resolution"
            ),
            [
                "Austria",
                "Bosnia and Herzegovina",
                "Costa Rica",
                "Tonga",
                "Venezuela (Bolivarian Republic of)"
            ]
        );
        assert_eq!(
            list(
                "en",
                "Mexico, Trinidad and Tobago and Zambia: revised draft resolution"
            ),
            ["Mexico", "Trinidad and Tobago", "Zambia"]
        );
        assert_eq!(list("en", "Iraq*: draft resolution"), ["Iraq"]);
        let officer = "Draft resolution submitted by the Rapporteur of the Committee, \
                       Javad Momeni (Islamic Republic of Iran), on the basis of informal consultations";
        assert_eq!(list("en", officer), [officer]);
    }

    #[test]
    fn every_language_form_of_the_sponsor_line_is_read() {
        assert_eq!(
            list(
                "fr",
                "Autriche, Trinité-et-Tobago, Royaume-Uni de Grande-Bretagne et d’Irlande du Nord \
                 et Mexique : projet de résolution"
            ),
            [
                "Autriche",
                "Trinité-et-Tobago",
                "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
                "Mexique"
            ]
        );
        assert_eq!(
            list(
                "es",
                "Austria, Bosnia y Herzegovina, Chile e Irlanda: proyecto de resolución"
            ),
            ["Austria", "Bosnia y Herzegovina", "Chile", "Irlanda"]
        );
        assert_eq!(
            list(
                "ru",
                "Австрия, Тринидад и Тобаго и Мексика: проект резолюции"
            ),
            ["Австрия", "Тринидад и Тобаго", "Мексика"]
        );
        assert_eq!(
            list(
                "ar",
                "النمسا، والبوسنة والهرسك، وترينيداد وتوباغو والمكسيك: مشروع قرار"
            ),
            ["النمسا", "البوسنة والهرسك", "ترينيداد وتوباغو", "المكسيك"]
        );
        assert_eq!(
            list(
                "zh",
                "奥地利、特立尼达和多巴哥、中非共和国、智利和墨西哥：决议草案"
            ),
            ["奥地利", "特立尼达和多巴哥", "中非共和国", "智利", "墨西哥"]
        );
    }
}
