//! `resdiff OLD NEW`: what is reported between real and constructed
//! versions, and the invariants of every comparison.

use std::path::Path;

use resdiff::compare::compare;
use resdiff::compare::worddiff::{new_side, old_side};
use resdiff::Op;
use resdiff::Status;
use resdiff::{CompareOptions, Comparison, Entry};

fn run(old: &str, new: &str) -> Comparison {
    run_with(old, new, &CompareOptions::default())
}

fn run_with(old: &str, new: &str, options: &CompareOptions) -> Comparison {
    let o = resdiff::parse_path(Path::new(old), None).unwrap();
    let n = resdiff::parse_path(Path::new(new), None).unwrap();
    let c = compare(o, n, options);
    check_invariants(&c);
    c
}

/// Every paragraph of both sides is in exactly one entry, and every entry's
/// diff rebuilds both sides' texts.
fn check_invariants(c: &Comparison) {
    for (side, doc, ids_of) in [
        (
            "old",
            &c.old,
            (|e: &Entry| e.old.clone()) as fn(&Entry) -> Vec<String>,
        ),
        ("new", &c.new, |e: &Entry| e.new.clone()),
    ] {
        let mut seen: Vec<String> = c.alignment.iter().flat_map(ids_of).collect();
        seen.sort();
        let mut all: Vec<String> = doc.paragraphs.iter().map(|p| p.id.clone()).collect();
        all.sort();
        assert_eq!(
            seen, all,
            "{side} paragraphs must each be in exactly one entry"
        );
    }
    let text = |doc: &resdiff::Document, ids: &[String]| {
        ids.iter()
            .map(|id| doc.paragraph(id).unwrap().text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    for e in &c.alignment {
        assert_eq!(old_side(&e.diff), text(&c.old, &e.old), "{e:?}");
        assert_eq!(new_side(&e.diff), text(&c.new, &e.new), "{e:?}");
        let changed = e.diff.iter().any(|s| s.op != Op::Equal);
        if e.status == Status::Unchanged {
            assert!(!changed, "an unchanged entry has no edit: {e:?}");
        }
    }
}

/// The entries that report something, as (status, old ids, new ids).
fn changes(c: &Comparison) -> Vec<(Status, String, String)> {
    c.alignment
        .iter()
        .filter(|e| e.is_change())
        .map(|e| (e.status, e.old.join(","), e.new.join(",")))
        .collect()
}

fn edits(e: &Entry) -> Vec<(Op, String)> {
    e.diff
        .iter()
        .filter(|s| s.op != Op::Equal)
        .map(|s| (s.op, s.text.trim().to_string()))
        .collect()
}

fn entry<'c>(c: &'c Comparison, new_id: &str) -> &'c Entry {
    c.alignment
        .iter()
        .find(|e| e.new.iter().any(|id| id == new_id))
        .unwrap_or_else(|| panic!("no entry for {new_id}"))
}

#[test]
fn a_seed_against_its_relayout_is_unchanged() {
    for (seed, relaid) in [
        (
            "seeds/001_f645d6d34d6fbb5d.txt",
            "fixtures/relayout/78-265.pdf.txt",
        ),
        (
            "seeds/000_da5010157984a27d.txt",
            "fixtures/relayout/78-311.lines.txt",
        ),
    ] {
        let c = run(seed, relaid);
        assert_eq!(changes(&c), [], "{relaid}");
        assert!(c.footnotes.iter().all(|e| !e.is_change()), "{relaid}");
        assert!(!c.has_differences());
        assert_eq!(c.summary.renumbered, 0);
    }
}

#[test]
fn realistic_edits_are_each_reported_exactly() {
    let c = run(
        "seeds/000_da5010157984a27d.txt",
        "fixtures/edits/78-311.edited.txt",
    );
    let s = |st, o: &str, n: &str| (st, o.to_string(), n.to_string());
    use Status::*;
    assert_eq!(
        changes(&c),
        [
            s(Changed, "PP4", "PP4"),
            s(Deleted, "PP9", ""),
            s(Moved, "PP12", "PP13"),
            s(Changed, "OP3", "OP3"),
            s(Inserted, "", "OP6"),
            s(Split, "OP7", "OP8,OP9"),
            s(Changed, "OP14", "OP16"),
            s(Changed, "OP15", "OP17"),
        ]
    );
    assert_eq!(
        edits(entry(&c, "PP4")),
        [
            (Op::Delete, "peut offrir".into()),
            (Op::Insert, "offre déjà".into())
        ]
    );
    assert_eq!(
        edits(entry(&c, "OP3")),
        [
            (Op::Delete, "favoriser".into()),
            (Op::Insert, "créer".into()),
            (Op::Delete, "propice".into()),
            (Op::Insert, "favorable".into())
        ]
    );
    assert_eq!(
        edits(entry(&c, "OP9")),
        [(Op::Insert, "Encourage également les États Membres".into())]
    );
    assert_eq!(
        edits(entry(&c, "OP17")),
        [
            (Op::Delete, "quatre-vingtième".into()),
            (Op::Insert, "quatre-vingt-deuxième".into())
        ]
    );
    // Renumbering is reported as such, not as a change.
    let renumbered: Vec<(String, String)> = c
        .alignment
        .iter()
        .filter(|e| e.renumbered)
        .map(|e| (e.old.join(","), e.new.join(",")))
        .collect();
    assert_eq!(renumbered.len(), 12);
    assert!(renumbered.contains(&("OP6".into(), "OP7".into())));
    assert!(renumbered.contains(&("OP13".into(), "OP15".into())));
    assert_eq!(c.summary.paragraphs["unchanged"], 23);
    // Deleted PP9 sits where it was: right after PP8.
    let order: Vec<String> = c
        .alignment
        .iter()
        .map(|e| format!("{}>{}", e.old.join(","), e.new.join(",")))
        .collect();
    let pp8 = order.iter().position(|x| x == "PP8>PP8").unwrap();
    assert_eq!(order[pp8 + 1], "PP9>");
}

#[test]
fn draft_l41_to_adopted_80_57_reports_only_the_wording_changes() {
    let c = run(
        "fixtures/real/A-C.1-80-L.41.en.txt",
        "fixtures/real/A-RES-80-57.en.txt",
    );
    use Status::*;
    assert_eq!(
        changes(&c),
        [
            (Changed, "PP2".into(), "PP2".into()),
            (Changed, "PP4".into(), "PP4".into())
        ]
    );
    let pp4 = edits(entry(&c, "PP4"));
    assert!(pp4.contains(&(Op::Delete, "existing".into())), "{pp4:?}");
    assert!(
        pp4.contains(&(Op::Insert, "international peace and security".into())),
        "{pp4:?}"
    );
    let pp2 = edits(entry(&c, "PP2"));
    assert!(
        pp2.iter()
            .any(|(op, t)| *op == Op::Delete && t.contains("criminal")),
        "{pp2:?}"
    );
    assert!(c.footnotes.iter().all(|e| !e.is_change()));
}

#[test]
fn yearly_update_chain_reports_only_its_real_edits() {
    let c = run(
        "fixtures/real/A-RES-79-23.en.txt",
        "fixtures/real/A-C.1-80-L.21.en.txt",
    );
    use Status::*;
    let same = |id: &str| (Changed, id.to_string(), id.to_string());
    assert_eq!(
        changes(&c),
        [
            same("PP6"),
            same("PP7"),
            same("OP2"),
            same("OP4"),
            same("OP7")
        ]
    );
    assert_eq!(
        edits(entry(&c, "PP7")),
        [(Op::Delete, "2023".into()), (Op::Insert, "2025".into())]
    );
    assert_eq!(
        edits(entry(&c, "OP4")),
        [
            (Op::Delete, "eightieth".into()),
            (Op::Insert, "eighty-first".into())
        ]
    );
    let notes: Vec<(Status, String)> = c
        .footnotes
        .iter()
        .filter(|e| e.is_change())
        .map(|e| (e.status, e.new.join(",")))
        .collect();
    assert_eq!(notes, [(Changed, "4".to_string())]);

    let c = run(
        "fixtures/real/A-C.1-80-L.21.en.txt",
        "fixtures/real/A-RES-80-22.en.txt",
    );
    assert_eq!(changes(&c), []);
    // The words are the same; the cover is the adopted text's: its symbol,
    // date and session line (no committee) differ, which is a difference.
    let cover: Vec<&str> = c.cover.changes().map(|f| f.field.name()).collect();
    assert_eq!(cover, ["symbol", "date", "session"]);
    assert!(c.has_differences());
    let c = run(
        "fixtures/real/A-C.1-80-L.46.en.txt",
        "fixtures/real/A-RES-80-58.en.txt",
    );
    assert_eq!(changes(&c), []);
}

#[test]
fn different_resolutions_sharing_agreed_language() {
    let c = run(
        "seeds/001_f645d6d34d6fbb5d.txt",
        "seeds/000_da5010157984a27d.txt",
    );
    assert_eq!(entry(&c, "PP1").status, Status::Unchanged);
    let pp2 = entry(&c, "PP2");
    assert_eq!(pp2.status, Status::Changed);
    assert_eq!(pp2.old, ["PP2"]);
    let e = edits(pp2);
    assert!(
        e.contains(&(Op::Delete, "les dispositions de".into())),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|(op, t)| *op == Op::Insert && t.contains("sa résolution 70/125")),
        "{e:?}"
    );
    // The operative paragraphs of 78/311 that share no wording with 78/265
    // come out inserted, not forced into weak pairs.
    for id in [
        "OP1", "OP2", "OP3", "OP4", "OP5", "OP6", "OP7", "OP8", "OP11", "OP12", "OP13", "OP14",
        "OP15",
    ] {
        assert_eq!(entry(&c, id).status, Status::Inserted, "{id}");
    }
    // OP9 ("Demande aux institutions spécialisées…") revises 78/265 OP10.
    let op9 = entry(&c, "OP9");
    assert_eq!(
        (op9.status, op9.old.clone()),
        (Status::Changed, vec!["OP10".to_string()])
    );
    assert!(c.summary.words_inserted > 1000);
}

#[test]
fn options_fold_more_but_never_change_the_text_shown() {
    let dir = std::env::temp_dir().join(format!("resdiff-opts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("old.txt");
    let new = dir.join("new.txt");
    std::fs::write(&old, "The General Assembly,\n\n1. Decides to remain seized of the matter.\n\n2. Requests a Report;\n\n__________________\n\n1 See A/79/1.\n").unwrap();
    std::fs::write(&new, "The General Assembly,\n\n1. decides to remain seized of the matter\n\n2. Requests a report.\n\n__________________\n\n1 See A/80/1.\n").unwrap();
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let plain = run(o, n);
    assert_eq!(changes(&plain).len(), 2);
    assert_eq!(plain.footnotes.iter().filter(|e| e.is_change()).count(), 1);
    let all = CompareOptions {
        key: resdiff::KeyOptions {
            ignore_case: true,
            ignore_punctuation: true,
        },
        ignore_footnotes: true,
    };
    let folded = run_with(o, n, &all);
    assert_eq!(changes(&folded), []);
    assert!(folded.footnotes.is_empty());
    assert!(!folded.has_differences());
    // The text shown is the new text as printed.
    assert_eq!(
        new_side(&folded.alignment[0].diff),
        "decides to remain seized of the matter"
    );
    // Case alone: only OP1 differs by more than case.
    let case = run_with(
        o,
        n,
        &CompareOptions {
            key: resdiff::KeyOptions {
                ignore_case: true,
                ignore_punctuation: false,
            },
            ignore_footnotes: false,
        },
    );
    assert_eq!(changes(&case).len(), 2, "punctuation still counts");
}
