//! Each rule's case and its near-misses, on small resolutions.

use crate::compare::compare;
use crate::types::{CompareOptions, Comparison, Direction, Entry, Reason, Substance};

fn run(old: &str, new: &str) -> Comparison {
    let old = crate::parse_text("A-RES-79-1.txt", old, None);
    let new = crate::parse_text("A-RES-80-1.txt", new, None);
    compare(old, new, &CompareOptions::default())
}

/// Compares two one-paragraph-each resolutions (after an opener) whose
/// session moved by one, and gives the entry of the operative paragraph.
fn op(old: &str, new: &str) -> Entry {
    op_in("The General Assembly,", old, new)
}

/// [`op`] under another language's opening line.
fn op_in(opener: &str, old: &str, new: &str) -> Entry {
    let c = run(
        &format!("{opener}\n\n1. {old}\n"),
        &format!("{opener}\n\n1. {new}\n"),
    );
    c.alignment
        .into_iter()
        .find(|e| e.new == ["OP1"])
        .expect("OP1")
}

fn reasons(e: &Entry) -> Vec<&'static str> {
    e.edits.iter().map(|x| x.reason.name()).collect()
}

#[test]
fn a_session_ordinal_that_moves_with_the_session_is_routine() {
    let e = op(
        "Decides to include in the provisional agenda of its eightieth session the item.",
        "Decides to include in the provisional agenda of its eighty-first session the item.",
    );
    assert_eq!(e.substance, Some(Substance::Routine));
    assert_eq!(e.reasons, [Reason::SessionOrdinal]);
}

#[test]
fn a_session_ordinal_that_moves_two_sessions_is_a_moved_deadline() {
    let e = op(
        "Requests a report at its eightieth session.",
        "Requests a report at its eighty-second session.",
    );
    assert_eq!(e.substance, Some(Substance::Substantive));
    assert_eq!(e.reasons, [Reason::SessionMoved]);
}

#[test]
fn an_ordinal_away_from_a_session_word_is_wording() {
    let e = op(
        "Takes note of the second report of the Panel.",
        "Takes note of the third report of the Panel.",
    );
    assert_eq!(e.substance, Some(Substance::Substantive));
    assert_eq!(reasons(&e), ["wording"]);
}

#[test]
fn years_follow_the_session_or_are_reported() {
    let e = op(
        "Notes the discussions held in 2024.",
        "Notes the discussions held in 2025.",
    );
    assert_eq!(e.reasons, [Reason::Year]);
    let e = op(
        "Notes the discussions held in 2023.",
        "Notes the discussions held in 2025.",
    );
    assert_eq!(e.reasons, [Reason::YearMoved]);
    assert_eq!(e.substance, Some(Substance::Substantive));
}

#[test]
fn a_deadline_whose_day_or_month_moved_is_substantive() {
    let e = op(
        "Requests a report by 31 December 2024.",
        "Requests a report by 31 December 2025.",
    );
    assert_eq!(
        (e.substance, e.reasons.clone()),
        (Some(Substance::Routine), vec![Reason::Date])
    );
    let e = op(
        "Requests a report by 31 December 2024.",
        "Requests a report by 30 June 2025.",
    );
    assert_eq!(e.substance, Some(Substance::Substantive));
    assert_eq!(e.reasons, [Reason::DateMoved]);
    // Not a deadline: this year's meeting on its own day is routine, but
    // only in the new session's year.
    let e = op(
        "Notes that the Commission met on 1 April 2024.",
        "Notes that the Commission met on 7 April 2025.",
    );
    assert_eq!(e.reasons, [Reason::Date]);
    let e = op(
        "Notes that the Commission met on 1 April 2024.",
        "Notes that the Commission met on 7 April 2024.",
    );
    assert_eq!(e.reasons, [Reason::DateMoved]);
}

#[test]
fn the_date_of_a_cited_resolution_follows_its_symbol() {
    let e = op(
        "Recalls its resolution 78/241 of 22 December 2023.",
        "Recalls its resolutions 78/241 of 22 December 2023 and 79/62 of 2 December 2024.",
    );
    assert_eq!(e.substance, Some(Substance::Routine), "{:?}", e.edits);
    assert_eq!(e.reasons, [Reason::DocumentSymbol]);
}

#[test]
fn symbols_are_routine_and_words_beside_them_are_not() {
    let e = op(
        "Takes note of the report of the Secretary-General (A/79/224).",
        "Takes note of the report of the Secretary-General (A/80/237).",
    );
    assert_eq!(e.reasons, [Reason::DocumentSymbol]);
    let e = op(
        "Takes note of the report of the Secretary-General (A/79/224).",
        "Takes note of the detailed analysis of the Secretary-General.",
    );
    assert_eq!(e.substance, Some(Substance::Substantive));
}

#[test]
fn cross_references_follow_the_alignment() {
    let old = "The General Assembly,\n\n1. Decides to act.\n\n2. Requests a report.\n\n3. Asks for the report requested in paragraph 2 above.\n";
    let new = "The General Assembly,\n\n1. Decides to act.\n\n2. Welcomes the help of States.\n\n3. Requests a report.\n\n4. Asks for the report requested in paragraph 3 above.\n";
    let c = run(old, new);
    let last = c.alignment.iter().find(|e| e.new == ["OP4"]).unwrap();
    assert_eq!(last.reasons, [Reason::CrossReferenceRenumbered]);
    assert_eq!(last.substance, Some(Substance::Routine));
    // The same words pointing at paragraph 4, which old paragraph 2 did
    // not become: the reference changed.
    let c = run(old, &new.replace("paragraph 3 above", "paragraph 4 above"));
    let last = c.alignment.iter().find(|e| e.new == ["OP4"]).unwrap();
    assert_eq!(last.reasons, [Reason::CrossReferenceChanged]);
    // A paragraph of another resolution: the alignment says nothing of it.
    let c = run(
        &old.replace("paragraph 2 above", "paragraph 2 of resolution 79/62"),
        &new.replace("paragraph 3 above", "paragraph 3 of resolution 79/62"),
    );
    let last = c.alignment.iter().find(|e| e.new == ["OP4"]).unwrap();
    assert_eq!(last.reasons, [Reason::CrossReferenceChanged]);
}

#[test]
fn strength_shifts_have_a_direction() {
    let e = op("Encourages States to act.", "Urges States to act.");
    assert_eq!(e.substance, Some(Substance::Substantive));
    assert_eq!(e.reasons, [Reason::Strength]);
    assert_eq!(e.shifts.len(), 1);
    let s = &e.shifts[0];
    assert_eq!(
        (s.old.as_str(), s.new.as_str(), s.old_rank, s.new_rank),
        ("Encourages", "Urges", 2, 4)
    );
    assert_eq!(s.direction, Direction::Strengthened);
    let e = op("Urges States to act.", "Strongly urges States to act.");
    assert_eq!(e.shifts[0].direction, Direction::Strengthened);
    assert_eq!(e.shifts[0].old, "Urges");
    let e = op(
        "Decides that States shall report.",
        "Decides that States should report.",
    );
    assert_eq!(e.shifts[0].direction, Direction::Weakened);
    assert_eq!(e.shifts[0].ladder, "modal");
    // Two ladders do not compare: noting is not a weaker deciding.
    let e = op("Decides to act.", "Notes the action.");
    assert!(e.shifts.is_empty());
}

#[test]
fn the_summary_counts_entries_and_shifts() {
    let c = run(
        "The General Assembly,\n\n1. Encourages States to act.\n\n2. Requests a report at its eightieth session.\n\n3. Notes the plan.\n",
        "The General Assembly,\n\n1. Urges States to act.\n\n2. Requests a report at its eighty-first session.\n\n3. Notes the new plan.\n",
    );
    let s = &c.summary;
    assert_eq!(
        (s.substantive, s.routine, s.strengthened, s.weakened),
        (2, 1, 1, 0)
    );
}

#[test]
fn other_languages_read_their_own_ordinals_and_ladders() {
    let pairs = [
        ("fr", "Décide d’inscrire la question à l’ordre du jour de sa soixante-dix-neuvième session.", "Décide d’inscrire la question à l’ordre du jour de sa quatre-vingtième session.", Some(Reason::SessionOrdinal)),
        ("es", "Decide incluir el tema en el programa de su septuagésimo noveno período de sesiones.", "Decide incluir el tema en el programa de su octogésimo período de sesiones.", Some(Reason::SessionOrdinal)),
        ("ru", "постановляет включить этот пункт в предварительную повестку дня своей семьдесят девятой сессии.", "постановляет включить этот пункт в предварительную повестку дня своей восьмидесятой сессии.", Some(Reason::SessionOrdinal)),
        ("ar", "تقرر أن تدرج هذا البند في جدول الأعمال المؤقت لدورتها التاسعة والسبعين.", "تقرر أن تدرج هذا البند في جدول الأعمال المؤقت لدورتها الثمانين.", Some(Reason::SessionOrdinal)),
        ("zh", "决定将该项目列入大会第七十九届会议临时议程。", "决定将该项目列入大会第八十届会议临时议程。", Some(Reason::SessionOrdinal)),
        ("ru", "просит Генерального секретаря представить доклад до 31 декабря 2024 года.", "просит Генерального секретаря представить доклад до 30 июня 2025 года.", Some(Reason::DateMoved)),
        ("zh", "请秘书长在2024年12月31日之前提交报告。", "请秘书长在2025年6月30日之前提交报告。", Some(Reason::DateMoved)),
        ("zh", "请秘书长在2024年12月31日之前提交报告。", "请秘书长在2025年12月31日之前提交报告。", Some(Reason::Date)),
        ("fr", "Encourage les États et les organisations de la région à agir dans le cadre de leurs mandats.", "Prie instamment les États et les organisations de la région à agir dans le cadre de leurs mandats.", None),
        ("es", "Alienta a los Estados y a las organizaciones de la región a que actúen en el marco de sus mandatos.", "Insta a los Estados y a las organizaciones de la región a que actúen en el marco de sus mandatos.", None),
        ("ru", "рекомендует государствам действовать.", "настоятельно призывает государства действовать.", None),
        ("ar", "تشجع الدول على العمل.", "تحث الدول على العمل.", None),
        ("zh", "鼓励各国采取行动。", "敦促各国采取行动。", None),
    ];
    let opener = |lang| match lang {
        "fr" => "L’Assemblée générale,",
        "es" => "La Asamblea General,",
        "ru" => "Генеральная Ассамблея,",
        "ar" => "إن الجمعية العامة،",
        _ => "大会，",
    };
    for (lang, old, new, reason) in pairs {
        let e = op_in(opener(lang), old, new);
        match reason {
            Some(r) => assert_eq!(e.reasons, [r], "{lang}: {:?}", e.edits),
            None => {
                assert_eq!(e.shifts.len(), 1, "{lang}: {:?}", e.edits);
                assert_eq!(e.shifts[0].direction, Direction::Strengthened, "{lang}");
            }
        }
    }
}

#[test]
fn sequence_adverbs_and_letter_case_are_routine() {
    let e = op("Decides to act.", "Further decides to act.");
    assert_eq!(
        (e.substance, e.reasons.clone()),
        (Some(Substance::Routine), vec![Reason::SequenceAdverb])
    );
    let e = op_in(
        "L’Assemblée générale,",
        "Décide d’agir dans le cadre de son mandat et de ses ressources.",
        "Décide en outre d’agir dans le cadre de son mandat et de ses ressources.",
    );
    assert_eq!(e.reasons, [Reason::SequenceAdverb]);
    let e = op(
        "Calls upon States parties to act.",
        "Calls upon States Parties to act.",
    );
    assert_eq!(e.reasons, [Reason::LetterCase]);
    // An intensifier is not a sequence adverb, and a word beside an
    // adverb is still a word.
    let e = op("Urges States to act.", "Strongly urges States to act.");
    assert_eq!(e.reasons, [Reason::Strength]);
    let e = op("Decides to act.", "Further decides to act now.");
    assert_eq!(e.substance, Some(Substance::Substantive));
}
