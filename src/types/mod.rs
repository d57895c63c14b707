//! The values that pass between the stages, in one place every stage may
//! import: the decoded text that reading hands on ([`source`]), its lines
//! laid out for segmenting ([`layout`]), the [`Document`] that segmenting
//! hands to comparing ([`document`]), the [`Comparison`] that comparing
//! hands to rendering ([`comparison`]) with its covers compared
//! ([`cover`]), reused wording ([`reuse`], [`sources`]), and the errors of reading
//! ([`error`]). It imports no stage, only the language tables.

pub mod comparison;
pub mod cover;
pub mod document;
pub mod error;
pub mod history;
pub mod layout;
pub mod reuse;
pub mod source;
pub mod sources;

pub use comparison::*;
pub use cover::*;
pub use document::*;
pub use error::*;
pub use history::*;
pub use layout::*;
pub use reuse::*;
pub use source::*;
pub use sources::*;
