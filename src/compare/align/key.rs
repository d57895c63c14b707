//! What the aligner knows of a paragraph: its comparison key as token ids
//! shared by both documents ([`ParagraphKey`], [`Interner`]).

use rustc_hash::FxHashMap;

use crate::types::ParagraphKind;

/// What the aligner needs to know of a paragraph.
#[derive(Debug, Clone)]
pub struct ParagraphKey {
    /// The comparison key.
    pub key: String,
    /// Token ids of the key (interned across both documents).
    pub tokens: Vec<u32>,
    /// The paragraph's part.
    pub kind: ParagraphKind,
    /// Whether its paragraph breaks are layout rather than text: an
    /// unnumbered heading or body paragraph (a table's cell, a block of an
    /// extraction), never a preambular or operative paragraph, a numbered
    /// one or a footnote. The same words paragraphed otherwise are then the
    /// same text (see `regroup`).
    pub regroupable: bool,
    /// The token ids sorted, for the cheap similarity bound.
    pub(super) sorted: Vec<u32>,
}

impl ParagraphKey {
    /// A paragraph key from its tokens.
    pub fn new(key: String, tokens: Vec<u32>, kind: ParagraphKind) -> Self {
        let mut sorted = tokens.clone();
        sorted.sort_unstable();
        ParagraphKey {
            key,
            tokens,
            kind,
            regroupable: false,
            sorted,
        }
    }

    /// The key, saying whether its paragraph breaks are layout.
    pub fn regroupable(mut self, regroupable: bool) -> Self {
        self.regroupable = regroupable;
        self
    }
}

/// Interns token keys into small integers shared by both documents.
#[derive(Debug, Default)]
pub struct Interner {
    ids: FxHashMap<String, u32>,
}

impl Interner {
    /// The id of a token key.
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key.to_string(), id);
        id
    }

    /// Folds another interner's keys into this one: gives, for each id of
    /// `other`, the id the key has here. Keys new to this interner get ids
    /// in `other`'s order, so interning one text after another and merging
    /// two interners that each saw one text give the same ids.
    pub fn absorb(&mut self, other: Interner) -> Vec<u32> {
        let mut keys: Vec<(u32, String)> = other.ids.into_iter().map(|(k, id)| (id, k)).collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|(_, key)| match self.ids.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.ids.len() as u32;
                    self.ids.insert(key, id);
                    id
                }
            })
            .collect()
    }
}
