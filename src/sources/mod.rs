//! Sources: a text and a folder of earlier texts in, a
//! [`SourcesReport`](crate::SourcesReport) out: for each paragraph of the
//! text, the earlier texts and paragraphs that hold its wording, most recent
//! first, with the share of the paragraph they cover; a paragraph with none
//! is new language. It is the collection-wide form of the reused wording
//! one comparison finds (`crate::compare::reuse`), and it reads runs the
//! same way (`crate::compare::reuse::runs`): at least 8 matching words on
//! comparison keys, one word inserted, dropped or substituted tolerated,
//! drafting formulas not counted.
//!
//! 1. **Index** ([`Collection::index`]): every text of the folder (and its
//!    subfolders) is read on the machine's cores; its paragraphs become
//!    word ids in one flat array, and every 4-word shingle of every
//!    paragraph a 64-bit hash beside the position where it starts, in one
//!    array sorted by hash.
//! 2. **Query** ([`Collection::sources`]): each 4-word shingle of a new
//!    paragraph is looked up by binary search; each place it is found
//!    seeds a run, grown word by word against the indexed paragraph
//!    (seed-and-extend), and runs of 8 matching words or more are kept and
//!    gathered by text.
//!
//! Why this index: hashed shingles in a sorted array cost 16 bytes a word
//! of the collection, are built by one sort, and answer a look-up in
//! about 22 probes with no pointer chasing; 4-word seeds find every run
//! that the one-word tolerance allows (8 matching words with an edit
//! inside keep 4 in a row on one side of it), which 8-word shingles or
//! winnowing would miss. A word-level suffix array would find exact runs
//! of any length but not tolerant ones, and costs more to build. A shingle
//! found in more than [`index::MAX_POSTINGS`] places is boilerplate
//! ("of the United Nations", "the General Assembly,") and seeds nothing,
//! which bounds the work of a query whatever the collection holds; a run
//! made only of such shingles is a stock expression, not a source.
//!
//! Texts issued after the new one (by their printed dates), the new text's
//! own file and other copies of its symbol are not sources.

mod error;
pub mod index;
pub mod recency;

pub use error::SourcesError;
pub use index::Collection;
