//! Checks and test material outside the pipeline: [`audit`] lists the marks
//! of a misread text in a parsed [`crate::Document`] (what
//! `examples/corpus_check` counts over a corpus), and [`synth`] makes
//! synthetic resolution pairs for benchmarks and property tests.

pub mod audit;
pub mod synth;
