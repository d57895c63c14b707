//! Compare: two [`Document`](crate::Document)s in, a [`Comparison`](crate::Comparison) out.
//!
//! It decides which paragraph (and footnote) of the old text became which
//! of the new one, what changed inside each pair, word by word, and how much
//! changed in all: one value that every renderer reads. [`compare`] runs the
//! steps for the paragraphs, then again for the footnotes (`entries`):
//!
//! 1. **Keys** (`Sides::keys`, in `keys`): each paragraph's comparison key
//!    and token ids, shared by both sides, and its number of words.
//! 2. **Alignment** ([`align::align`]): which paragraph became which.
//! 3. **Word diffs** (`word_diffs`, [`worddiff::diff_words`]): the redline
//!    of each changed, moved, split or merged pair.
//! 4. **Entries** (`entries`): each pair with its ids, rounded similarity
//!    and redline.
//! 5. **Summary** (`summary::summarize`): paragraphs and footnotes by
//!    status, renumbered paragraphs, words inserted and deleted.
//!
//! 6. **Reused wording** ([`reuse`]): which old paragraphs a new paragraph
//!    repeats besides its counterpart (agreed language), and the share of
//!    the new text that is old wording; an inserted paragraph made mostly
//!    of a deleted one's wording is paired with it during step 2
//!    ([`reuse::containment`]).
//!
//! Beside them, [`cover::compare_covers`] compares the two covers (symbol,
//! date, session, agenda item, title, sponsors).
//!
//! [`compare_folders`] does this for every pair of files two folders hold;
//! [`history`] for each step of a chain of versions, following every
//! paragraph from version to version.
//!
//! Cost guards, so that no input makes the comparison hang or grow with the
//! square of its size:
//! - candidate limits (`align::index`): the aligner compares each paragraph
//!   with at most `CANDIDATES` (8) others, found through its rarest word
//!   pairs; a word pair found in more than `MAX_POSTINGS` (64) paragraphs
//!   is boilerplate and not indexed;
//! - LCS budget (`align::similarity`): beyond `EXACT_LCS_BUDGET` (2³⁰)
//!   token pairs, the similarity of two paragraphs is estimated by a
//!   bounded diff instead of computed exactly;
//! - bounded diffs ([`bounded::bounded_diff`], used by
//!   [`worddiff::diff_words`]): Myers runs on at most
//!   [`bounded::MYERS_MAX_TOKENS`] tokens at a time; longer texts are cut
//!   at words unique to both sides, and what cannot be cut is shown as
//!   replaced. Work, not a clock, is bounded: the output never depends on
//!   the machine's speed or load.
//!
//! Above [`crate::PARALLEL_MIN_BYTES`], the two sides are tokenized and the
//! word diffs run on two threads, with the same result.

pub mod align;
pub mod bounded;
pub mod cover;
mod documents;
pub mod folders;
pub mod history;
pub mod history_order;
mod keys;
pub mod reuse;
mod substance;
mod summary;
pub mod worddiff;

pub use documents::compare;
pub use folders::compare_folders;
pub use history::history;
