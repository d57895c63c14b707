//! The aligner's thresholds, step by step, on small made-up paragraphs
//! whose similarity is known exactly, and its cost on boilerplate.

use super::similarity::lcs_len;
use super::*;
use crate::types::ParagraphKind;

fn para(tokens: &[u32], kind: ParagraphKind) -> ParagraphKey {
    let key = tokens
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    ParagraphKey::new(key, tokens.to_vec(), kind)
}

fn op(tokens: &[u32]) -> ParagraphKey {
    para(tokens, ParagraphKind::Operative)
}

/// Ten tokens, of which the first `kept` are shared with `base()`.
fn variant(kept: u32) -> Vec<u32> {
    (1..=kept).chain(500..500 + (10 - kept)).collect()
}

fn base() -> Vec<u32> {
    (1..=10).collect()
}

fn statuses(a: &Alignment) -> Vec<(Status, Vec<usize>, Vec<usize>)> {
    a.iter()
        .map(|p| (p.status, p.old.clone(), p.new.clone()))
        .collect()
}

const A: [u32; 4] = [900, 901, 902, 903];
const B: [u32; 4] = [910, 911, 912, 913];

#[test]
fn bit_parallel_lcs_matches_the_textbook_table() {
    fn table(a: &[u32], b: &[u32]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                t[i + 1][j + 1] = if a[i] == b[j] {
                    t[i][j] + 1
                } else {
                    t[i][j + 1].max(t[i + 1][j])
                };
            }
        }
        t[a.len()][b.len()]
    }
    let mut seed = 7u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let la = (next() % 200) as usize;
        let lb = (next() % 200) as usize;
        let alphabet = 1 + next() % 12;
        // Ids far apart take the sorted path, near ones the table.
        let spread = if next() % 2 == 0 { 1 } else { 100_000 };
        let a: Vec<u32> = (0..la)
            .map(|_| (next() % alphabet * spread) as u32)
            .collect();
        let b: Vec<u32> = (0..lb)
            .map(|_| (next() % alphabet * spread) as u32)
            .collect();
        assert_eq!(lcs_len(&a, &b), table(&a, &b), "{a:?} {b:?}");
    }
}

#[test]
fn pairing_in_place_starts_at_pair_min() {
    // 4 of 10 tokens kept: similarity 0.40 exactly.
    assert_eq!(similarity(&base(), &variant(4)), 0.4);
    let a = align(
        &[op(&A), op(&base()), op(&B)],
        &[op(&A), op(&variant(4)), op(&B)],
    );
    assert_eq!(a[1].status, Status::Changed);
    assert_eq!(a[1].similarity, 0.4);
    // 3 of 10: 0.30, below PAIR_MIN and MOVE_MIN: two separate paragraphs.
    let a = align(
        &[op(&A), op(&base()), op(&B)],
        &[op(&A), op(&variant(3)), op(&B)],
    );
    let st: Vec<Status> = a.iter().map(|p| p.status).collect();
    assert_eq!(
        st,
        [
            Status::Unchanged,
            Status::Deleted,
            Status::Inserted,
            Status::Unchanged
        ]
    );
}

#[test]
fn a_move_needs_move_min() {
    let old = [op(&base()), op(&A), op(&B)];
    // 5 of 10 kept: 0.50, a move.
    let a = align(&old, &[op(&A), op(&B), op(&variant(5))]);
    assert_eq!(
        statuses(&a),
        [
            (Status::Unchanged, vec![1], vec![0]),
            (Status::Unchanged, vec![2], vec![1]),
            (Status::Moved, vec![0], vec![2]),
        ]
    );
    // 4 of 10: 0.40 is enough in place, not elsewhere.
    let a = align(&old, &[op(&A), op(&B), op(&variant(4))]);
    let st: Vec<Status> = a.iter().map(|p| p.status).collect();
    assert_eq!(
        st,
        [
            Status::Deleted,
            Status::Unchanged,
            Status::Unchanged,
            Status::Inserted
        ]
    );
}

#[test]
fn identical_paragraph_elsewhere_is_moved_not_deleted_and_inserted() {
    let a = align(
        &[op(&base()), op(&A), op(&B)],
        &[op(&A), op(&B), op(&base())],
    );
    assert_eq!(a[2].status, Status::Moved);
    assert_eq!(a[2].similarity, 1.0);
}

#[test]
fn pairs_across_parts_are_allowed_but_weigh_less() {
    let pre = |t: &[u32]| para(t, ParagraphKind::Preamble);
    // 0.50 within a part pairs; across parts it scores 0.45, still
    // above PAIR_MIN.
    let a = align(
        &[op(&A), pre(&base()), op(&B)],
        &[op(&A), op(&variant(5)), op(&B)],
    );
    assert_eq!(a[1].status, Status::Changed);
    // 0.40 across parts scores 0.36: not paired.
    let a = align(
        &[op(&A), pre(&base()), op(&B)],
        &[op(&A), op(&variant(4)), op(&B)],
    );
    assert!(a.iter().all(|p| p.status != Status::Changed));
    // Given the choice, the paragraph of the same part wins.
    let a = align(
        &[op(&A), pre(&base()), op(&base()), op(&B)],
        &[op(&A), op(&variant(8)), op(&B)],
    );
    let changed: Vec<_> = a.iter().filter(|p| p.status == Status::Changed).collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].old, [2]);
}

#[test]
fn a_split_and_a_merge_are_recognised() {
    let whole: Vec<u32> = (1..=20).collect();
    let first: Vec<u32> = (1..=10).collect();
    let second: Vec<u32> = (11..=20).collect();
    let a = align(
        &[op(&A), op(&whole), op(&B)],
        &[op(&A), op(&first), op(&second), op(&B)],
    );
    assert_eq!(statuses(&a)[1], (Status::Split, vec![1], vec![1, 2]));
    assert_eq!(a[1].similarity, 1.0);
    let a = align(
        &[op(&A), op(&first), op(&second), op(&B)],
        &[op(&A), op(&whole), op(&B)],
    );
    assert_eq!(statuses(&a)[1], (Status::Merged, vec![1, 2], vec![1]));
    // An unrelated neighbour does not join.
    let other: Vec<u32> = (700..710).collect();
    let a = align(
        &[op(&A), op(&whole), op(&B)],
        &[op(&A), op(&first), op(&other), op(&B)],
    );
    assert_eq!(statuses(&a)[1].0, Status::Changed);
    assert_eq!(statuses(&a)[2].0, Status::Inserted);
}

#[test]
fn deleted_paragraphs_stay_near_their_old_place() {
    let c: Vec<u32> = (920..925).collect();
    let d: Vec<u32> = (930..935).collect();
    let a = align(&[op(&A), op(&c), op(&B), op(&d)], &[op(&A), op(&B), op(&d)]);
    assert_eq!(
        statuses(&a),
        [
            (Status::Unchanged, vec![0], vec![0]),
            (Status::Deleted, vec![1], vec![]),
            (Status::Unchanged, vec![2], vec![1]),
            (Status::Unchanged, vec![3], vec![2]),
        ]
    );
}

#[test]
fn boilerplate_repeated_thousands_of_times_stays_cheap_and_exact() {
    let same = op(&[1, 2, 3, 4, 5]);
    let old: Vec<ParagraphKey> = (0..5000).map(|_| same.clone()).collect();
    let mut new = old.clone();
    new.insert(2500, op(&[1, 2, 3, 9, 5]));
    let a = align(&old, &new);
    assert_eq!(a.len(), 5001);
    assert_eq!(a.iter().filter(|p| p.status == Status::Inserted).count(), 1);
}
