//! The values that pass between the stages, in one place every stage may
//! import: what reading hands to segmenting ([`source`]), the [`Document`]
//! that segmenting hands to comparing ([`document`]), and the
//! [`Comparison`] that comparing hands to rendering ([`comparison`]).
//! This module imports no stage, only the language tables.

pub mod comparison;
pub mod document;
pub mod error;
pub mod source;

pub use comparison::*;
pub use document::*;
pub use error::*;
pub use source::*;
