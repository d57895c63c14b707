//! What the classifier knows of the comparison as a whole, shared by the
//! entry and edit steps.

use std::collections::BTreeMap;

use super::words::Word;
use crate::lang::substance::SubstanceRules;

/// What the classifier knows of the comparison as a whole.
pub(super) struct Context {
    pub(super) rules: &'static SubstanceRules,
    /// New session number minus old (years move by as much).
    pub(super) session_shift: i64,
    /// Old operative paragraph number → new, from the alignment.
    pub(super) renumbered: BTreeMap<u32, u32>,
}

impl Context {
    pub(super) fn is_document_word(&self, w: &Word) -> bool {
        w.is_one_of(self.rules.document_words, self.rules)
            || w.is_one_of(self.rules.document_joiners, self.rules)
    }
}
