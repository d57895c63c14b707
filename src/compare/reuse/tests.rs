use crate::compare::compare;
use crate::types::{CompareOptions, Comparison, ReuseShare, Status, WordRange};

fn run(old: &str, new: &str) -> Comparison {
    let parse = |name, body: &str| {
        crate::parse_text(name, &format!("The General Assembly,\n\n{body}"), None)
    };
    compare(
        parse("old", old),
        parse("new", new),
        &CompareOptions::default(),
    )
}

const OLD: &str = "Recalling its resolution 78/241 on lethal autonomous weapons systems,\n\n\
    1. Decides to remain seized of the matter of the agenda.\n\n\
    2. Requests the Secretary-General to seek the views of Member States on ways to address the challenges raised by autonomous weapons systems.\n";

#[test]
fn an_inserted_paragraph_cites_the_old_paragraph_it_repeats() {
    let new = format!("{OLD}\n3. Encourages States to address the challenges raised by autonomous weapons systems in the Conference.\n");
    let c = run(OLD, &new);
    assert_eq!(c.alignment[3].status, Status::Inserted);
    assert_eq!(c.reuse.len(), 1, "{:?}", c.reuse);
    let r = &c.reuse[0];
    assert_eq!((r.old.as_str(), r.new.as_str(), r.words), ("OP2", "OP3", 9));
    assert_eq!(
        r.text,
        "to address the challenges raised by autonomous weapons systems"
    );
    assert_eq!(r.runs, [WordRange { start: 2, end: 11 }]);
    // 54 words in all: 40 in the paragraphs kept, 9 of the new one reused.
    assert_eq!(
        c.summary.reuse,
        Some(ReuseShare {
            words: 54,
            from_counterparts: 40,
            from_other_paragraphs: 9,
        })
    );
}

#[test]
fn a_run_of_seven_words_is_not_reused_wording() {
    let new = format!("{OLD}\n3. Encourages States to meet the challenges raised by autonomous weapons systems in the Conference.\n");
    let c = run(OLD, &new);
    assert_eq!(c.reuse, []);
    assert_eq!(c.summary.reuse, None);
}

#[test]
fn one_substituted_word_does_not_break_a_run() {
    let new = format!("{OLD}\n3. Invites States to seek the opinions of Member States on ways to address the challenges in the Conference.\n");
    let c = run(OLD, &new);
    assert_eq!(c.reuse.len(), 1, "{:?}", c.reuse);
    assert_eq!(
        c.reuse[0].text,
        "to seek the opinions of Member States on ways to address the challenges"
    );
    assert_eq!(c.reuse[0].words, 13);
}

#[test]
fn stock_expressions_and_drafting_formulas_are_left_out() {
    // "Requests the Secretary-General to submit a report at its next
    // session" recurs in three paragraphs: a stock expression.
    let old =
        "1. Requests the Secretary-General to submit a report at its next session on peace.\n\n\
        2. Requests the Secretary-General to submit a report at its next session on health.\n\n\
        3. Calls upon States, as appropriate, within their respective mandates, to act now.\n";
    let new =
        "1. Requests the Secretary-General to submit a report at its next session on peace.\n\n\
        2. Requests the Secretary-General to submit a report at its next session on health.\n\n\
        3. Calls upon States, as appropriate, within their respective mandates, to act now.\n\n\
        4. Also requests the Secretary-General to submit a report at its next session on water.\n\n\
        5. Urges donors, as appropriate, within their respective mandates, to act now.\n";
    let c = run(old, new);
    assert_eq!(c.reuse, []);
}

#[test]
fn a_paragraph_that_lost_most_of_its_length_is_paired_with_its_successor() {
    let old = "Recalling its resolutions 77/320 of 25 July 2023 on the impact of rapid technological change on the achievement of the Sustainable Development Goals, 78/132 of 19 December 2023 on information and communications technologies for sustainable development, 78/160 of 19 December 2023 on science, technology and innovation for sustainable development, and 70/125 of 16 December 2015 on the outcome of the World Summit on the Information Society,\n\n\
        1. Decides to remain seized of the matter.\n";
    let new = "Reaffirming its resolutions 77/320 of 25 July 2023 on the impact of rapid technological change on the achievement of the Sustainable Development Goals and 78/132 of 19 December 2023 on information and communications technologies for sustainable development,\n\n\
        1. Decides to remain seized of the matter.\n";
    let c = run(old, new);
    assert_eq!(c.alignment.len(), 2, "{:?}", c.alignment);
    assert_eq!(c.alignment[0].status, Status::Changed);
    assert_eq!(
        (c.alignment[0].old.clone(), c.alignment[0].new.clone()),
        (vec!["PP1".to_string()], vec!["PP1".to_string()])
    );
    assert!(
        c.alignment[0].similarity < 0.75,
        "{}",
        c.alignment[0].similarity
    );
    assert_eq!(c.reuse, []);
}

#[test]
fn a_changed_paragraph_cites_only_what_its_counterpart_did_not_give() {
    let new = "Recalling its resolution 78/241 on lethal autonomous weapons systems, and requests the Secretary-General to seek the views of Member States on ways forward,\n\n\
        1. Decides to remain seized of the matter of the agenda.\n\n\
        2. Requests the Secretary-General to seek the views of Member States on ways to address the challenges raised by autonomous weapons systems.\n";
    let c = run(OLD, new);
    assert_eq!(c.alignment[0].status, Status::Changed);
    assert_eq!(c.reuse.len(), 1, "{:?}", c.reuse);
    assert_eq!(
        (c.reuse[0].old.as_str(), c.reuse[0].new.as_str()),
        ("OP2", "PP1")
    );
    assert_eq!(c.reuse[0].runs, [WordRange { start: 10, end: 22 }]);
}
