//! One text through its versions: each pair of successive versions
//! compared once, and each paragraph followed along the alignments from
//! version to version.
//!
//! A lineage is a connected set of paragraphs: two paragraphs of successive
//! versions are in the same lineage when the step's alignment pairs them
//! (unchanged, changed, moved, split or merged). So a paragraph moved and
//! reworded stays one lineage; the pieces of a split stay in the lineage of
//! the paragraph they came from (`OP4 → OP4, OP5`); a merge joins the
//! lineages of the paragraphs merged. An inserted paragraph starts a
//! lineage, a deleted one ends it.
//!
//! Cost: one pairwise [`compare`] per step, each document parsed once by
//! the caller and moved from one comparison to the next (no copy), then a
//! union-find over all paragraphs and one pass over the entries: a chain of
//! n versions costs n − 1 comparisons and linear work besides.

use std::collections::HashMap;

use super::documents::compare;
use crate::types::{
    ChainSummary, CompareOptions, Document, Entry, History, Lineage, LineageStep, Step, Version,
};

/// Follows a text through its versions, given in chain order.
///
/// Fewer than two versions give a history without steps: the command
/// refuses them before reading, the library leaves the choice to its caller.
///
/// ```
/// use resdiff::compare::history;
/// use resdiff::CompareOptions;
/// let texts = [
///     "The General Assembly,\n\n1. Decides to act.\n\n2. Requests a report.\n",
///     "The General Assembly,\n\n1. Decides to act now.\n\n2. Requests a report.\n",
///     "The General Assembly,\n\n1. Welcomes the report.\n\n2. Decides to act now.\n\n3. Requests a report.\n",
/// ];
/// let docs = texts.iter().enumerate().map(|(i, t)| resdiff::parse_text(&format!("v{i}"), t, None)).collect();
/// let h = history(docs, &CompareOptions::default());
/// assert_eq!(h.steps.len(), 2);
/// let ids: Vec<_> = h.lineages.iter().map(|l| l.ids.concat().join(" → ")).collect();
/// assert_eq!(ids, ["OP1", "OP1 → OP1 → OP2", "OP2 → OP2 → OP3"]);
/// ```
pub fn history(documents: Vec<Document>, options: &CompareOptions) -> History {
    let versions: Vec<Version> = documents.iter().map(Version::from).collect();
    let node_ids: Vec<String> = documents
        .iter()
        .flat_map(|d| d.paragraphs.iter().map(|p| p.id.clone()))
        .collect();
    // Paragraph `i` of version `v` is node `offsets[v] + i`.
    let mut offsets = Vec::with_capacity(versions.len() + 1);
    offsets.push(0);
    for v in &versions {
        offsets.push(offsets.last().copied().unwrap_or(0) + v.paragraphs);
    }
    let mut lineage_of = UnionFind::new(offsets.last().copied().unwrap_or(0));
    let mut steps = Vec::new();
    // Each step's entries with the nodes they cover.
    let mut step_entries: Vec<Vec<(Entry, Vec<usize>)>> = Vec::new();
    let mut docs = documents.into_iter();
    let mut old = docs.next();
    for (k, new) in docs.enumerate() {
        let Some(previous) = old.take() else { break };
        let c = compare(previous, new, options);
        let mut old_ids = IdIndex::new(&c.old, offsets[k]);
        let mut new_ids = IdIndex::new(&c.new, offsets[k + 1]);
        let mut entries = Vec::with_capacity(c.alignment.len());
        for e in c.alignment {
            let nodes: Vec<usize> = (e.old.iter().map(|id| old_ids.take(id)))
                .chain(e.new.iter().map(|id| new_ids.take(id)))
                .flatten()
                .collect();
            for pair in nodes.windows(2) {
                lineage_of.union(pair[0], pair[1]);
            }
            entries.push((e, nodes));
        }
        step_entries.push(entries);
        steps.push(Step {
            from: k,
            to: k + 1,
            summary: c.summary,
            footnotes: c.footnotes,
        });
        old = Some(c.new);
    }
    let lineages = lineages(&offsets, node_ids, &mut lineage_of, step_entries);
    let summary = chain_summary(&lineages, &steps);
    History {
        versions,
        steps,
        lineages,
        summary,
    }
}

/// The lineages, numbered in reading order (see [`reading_order`]), with
/// their ids per version and their entries per step.
fn lineages(
    offsets: &[usize],
    node_ids: Vec<String>,
    lineage_of: &mut UnionFind,
    step_entries: Vec<Vec<(Entry, Vec<usize>)>>,
) -> Vec<Lineage> {
    let nodes = node_ids.len();
    let roots: Vec<usize> = (0..nodes).map(|n| lineage_of.find(n)).collect();
    let step_roots: Vec<Vec<usize>> = step_entries
        .iter()
        .map(|entries| {
            entries
                .iter()
                .filter_map(|(_, n)| n.first().map(|&n| roots[n]))
                .collect()
        })
        .collect();
    let first_version = &roots[..offsets.get(1).copied().unwrap_or(0)];
    let order = reading_order(&step_roots, first_version, nodes);
    let mut number = vec![usize::MAX; nodes];
    for (i, &root) in order.iter().enumerate() {
        number[root] = i;
    }
    let versions = offsets.len().saturating_sub(1);
    let mut out: Vec<Lineage> = (0..order.len())
        .map(|_| Lineage {
            ids: vec![Vec::new(); versions],
            steps: Vec::new(),
        })
        .collect();
    let mut version = 0;
    for (node, id) in node_ids.into_iter().enumerate() {
        while node >= offsets[version + 1] {
            version += 1;
        }
        out[number[roots[node]]].ids[version].push(id);
    }
    for (step, entries) in step_entries.into_iter().enumerate() {
        for (entry, nodes) in entries {
            if let Some(&first) = nodes.first() {
                out[number[roots[first]]]
                    .steps
                    .push(LineageStep { step, entry });
            }
        }
    }
    out
}

/// Lineages (by root) in reading order of the last version, each lineage
/// that ended earlier right after the lineage that preceded it in the step
/// that deleted it. Built from the last step backwards: every step's
/// entries are in reading order of its newer text with deleted paragraphs
/// after their predecessor, so a lineage not yet placed when its step is
/// read is one that ended there, and it is hung after the entry before it.
fn reading_order(step_roots: &[Vec<usize>], first_version: &[usize], nodes: usize) -> Vec<usize> {
    let Some((last, earlier)) = step_roots.split_last() else {
        let mut order = first_version.to_vec();
        order.dedup();
        return order;
    };
    let mut placed = vec![false; nodes];
    let mut main = Vec::new();
    for &root in last {
        if !std::mem::replace(&mut placed[root], true) {
            main.push(root);
        }
    }
    // `after[r]`: lineages hung after lineage `r`; `front`: before all.
    let mut after: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut front = Vec::new();
    for roots in earlier.iter().rev() {
        let mut previous: Option<usize> = None;
        for &root in roots {
            if !std::mem::replace(&mut placed[root], true) {
                match previous {
                    Some(p) => after.entry(p).or_default().push(root),
                    None => front.push(root),
                }
            }
            previous = Some(root);
        }
    }
    let mut order = Vec::with_capacity(main.len() + after.len());
    let mut stack: Vec<usize> = main
        .iter()
        .rev()
        .chain(front.iter().rev())
        .copied()
        .collect();
    while let Some(root) = stack.pop() {
        order.push(root);
        if let Some(hung) = after.get(&root) {
            stack.extend(hung.iter().rev());
        }
    }
    order
}

/// The counts over the whole chain.
fn chain_summary(lineages: &[Lineage], steps: &[Step]) -> ChainSummary {
    let mut s = ChainSummary {
        lineages: lineages.len(),
        words_inserted: steps.iter().map(|s| s.summary.words_inserted).sum(),
        words_deleted: steps.iter().map(|s| s.summary.words_deleted).sum(),
        ..ChainSummary::default()
    };
    for l in lineages {
        let first = l.ids.first().is_some_and(|ids| !ids.is_empty());
        let last = l.ids.last().is_some_and(|ids| !ids.is_empty());
        match (first, last) {
            (true, true) if l.ever_changed() => s.changed += 1,
            (true, true) => s.never_changed += 1,
            (false, true) => s.inserted += 1,
            (true, false) => s.deleted += 1,
            (false, false) => s.transient += 1,
        }
    }
    s
}

/// A document's paragraph ids to their nodes. Ids are unique in a well
/// numbered text; where a text repeats one, its paragraphs are handed out
/// in reading order, since every paragraph is in exactly one entry.
struct IdIndex {
    nodes: HashMap<String, std::collections::VecDeque<usize>>,
}

impl IdIndex {
    fn new(doc: &Document, offset: usize) -> Self {
        let mut nodes: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, p) in doc.paragraphs.iter().enumerate() {
            nodes.entry(p.id.clone()).or_default().push_back(offset + i);
        }
        IdIndex { nodes }
    }

    fn take(&mut self, id: &str) -> Option<usize> {
        self.nodes.get_mut(id).and_then(|q| q.pop_front())
    }
}

/// Disjoint sets over paragraph nodes, with path halving and union by
/// size: near-constant time per operation.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Mark, Status};

    fn chain(texts: &[&str]) -> History {
        let docs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::parse_text(&format!("v{}", i + 1), t, None))
            .collect();
        history(docs, &CompareOptions::default())
    }

    fn labels(h: &History) -> Vec<String> {
        h.lineages
            .iter()
            .map(|l| {
                l.ids
                    .iter()
                    .map(|ids| {
                        if ids.is_empty() {
                            "-".into()
                        } else {
                            ids.join("+")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    const A: &str =
        "Decides to establish a working group on the safety of maritime navigation in the region.";
    const B: &str =
        "Requests the Secretary-General to report on the implementation of the present resolution.";
    const C: &str =
        "Encourages Member States to share information on best practices in port state control.";
    const D: &str = "Welcomes the cooperation of regional fisheries bodies with the International Maritime Organization.";

    fn resolution(paragraphs: &[&str]) -> String {
        let mut text = "The General Assembly,\n\n".to_string();
        for (i, p) in paragraphs.iter().enumerate() {
            text.push_str(&format!("{}. {p}\n\n", i + 1));
        }
        text
    }

    #[test]
    fn a_moved_and_reworded_paragraph_stays_one_lineage() {
        let b2 = B.replace("report on", "report annually on");
        let h = chain(&[
            &resolution(&[A, B, C]),
            &resolution(&[B, A, C]),
            &resolution(&[&b2, A, C, D]),
        ]);
        assert_eq!(
            labels(&h),
            ["OP2 OP1 OP1", "OP1 OP2 OP2", "OP3 OP3 OP3", "- - OP4"]
        );
        let b = &h.lineages[0];
        assert_eq!(b.mark(0), Mark::Change(Status::Moved));
        assert_eq!(b.mark(1), Mark::Change(Status::Changed));
        assert_eq!(h.lineages[3].mark(1), Mark::Change(Status::Inserted));
        assert_eq!(h.lineages[3].mark(0), Mark::Absent);
        assert_eq!(
            h.summary,
            ChainSummary {
                lineages: 4,
                // A was only renumbered (OP1 → OP2 → OP2): B moved past it.
                never_changed: 2,
                changed: 1,
                inserted: 1,
                deleted: 0,
                transient: 0,
                words_inserted: h.steps.iter().map(|s| s.summary.words_inserted).sum(),
                words_deleted: 0,
            }
        );
        assert!(h.summary.words_inserted > 10);
    }

    #[test]
    fn a_split_keeps_its_pieces_in_the_lineage_and_a_merge_joins_lineages() {
        let joined = format!("{} {}", A.trim_end_matches('.'), B.to_lowercase());
        let h = chain(&[
            &resolution(&[&joined, C]),
            &resolution(&[A, B, C]),
            &resolution(&[&joined, C]),
        ]);
        assert_eq!(labels(&h), ["OP1 OP1+OP2 OP1", "OP2 OP3 OP2"]);
        assert_eq!(h.lineages[0].mark(0), Mark::Change(Status::Split));
        assert_eq!(h.lineages[0].mark(1), Mark::Change(Status::Merged));
        assert_eq!(h.lineages[1].mark(0), Mark::Unchanged);
        assert_eq!(
            h.lineages[1].entries(0).next().map(|e| e.renumbered),
            Some(true)
        );
    }

    #[test]
    fn a_deleted_lineage_stays_after_the_paragraph_that_preceded_it() {
        let h = chain(&[
            &resolution(&[A, B, C, D]),
            &resolution(&[A, C, D]),
            &resolution(&[A, D]),
        ]);
        assert_eq!(
            labels(&h),
            ["OP1 OP1 OP1", "OP2 - -", "OP3 OP2 -", "OP4 OP3 OP2"]
        );
        assert_eq!(h.lineages[1].mark(0), Mark::Change(Status::Deleted));
        assert_eq!(h.lineages[1].mark(1), Mark::Absent);
        assert_eq!(h.summary.deleted, 2);
        assert_eq!(h.summary.never_changed, 2);
    }

    #[test]
    fn a_paragraph_inserted_and_deleted_again_is_transient() {
        let h = chain(&[
            &resolution(&[A, C]),
            &resolution(&[A, B, C]),
            &resolution(&[A, C]),
        ]);
        assert_eq!(labels(&h), ["OP1 OP1 OP1", "- OP2 -", "OP2 OP3 OP2"]);
        assert_eq!(h.summary.transient, 1);
        assert!(h.has_differences());
    }

    #[test]
    fn one_step_per_pair_of_successive_versions_and_every_paragraph_once() {
        let texts: Vec<String> = (0..10)
            .map(|i| {
                resolution(&[A, &format!("Notes the {i} reports received."), B, C][..(2 + i % 3)])
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let h = chain(&refs);
        assert_eq!(h.steps.len(), 9);
        for (v, version) in h.versions.iter().enumerate() {
            let held: usize = h.lineages.iter().map(|l| l.ids[v].len()).sum();
            assert_eq!(held, version.paragraphs, "version {v}");
        }
        for (k, step) in h.steps.iter().enumerate() {
            let entries: usize = h.lineages.iter().map(|l| l.entries(k).count()).sum();
            let counted: usize = step.summary.paragraphs.values().sum();
            assert_eq!(entries, counted, "step {k}");
        }
    }

    #[test]
    fn the_same_text_twice_has_no_differences() {
        let text = resolution(&[A, B]);
        let h = chain(&[&text, &text]);
        assert!(!h.has_differences());
        assert_eq!(h.summary.never_changed, 2);
    }
}
