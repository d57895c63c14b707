//! The `resdiff` command's own modules: the command line ([`args`]), the
//! work each mode asks of the library ([`run`]), git's external diff
//! protocol ([`git`]) and the Word file's options ([`docx`]). Nothing here
//! reads, compares or renders a document: that is the library's, so that
//! every output the command prints can be had from the library as well.

use std::process::ExitCode;

pub mod args;
pub mod docx;
pub mod git;
pub mod history;
pub mod page_options;
pub mod run;
pub mod sources;

/// Exit status when the texts (or every pair of folder files) do not differ.
pub const EXIT_SAME: u8 = 0;

/// Exit status when the texts differ, as `diff` and `cmp` say it, so that
/// scripts can test for a change without reading the output.
pub const EXIT_DIFFERENT: u8 = 1;

/// Exit status on trouble (a file unreadable, an argument wrong), which a
/// script must not take for "different".
pub const EXIT_TROUBLE: u8 = 2;

/// The exit status of a comparison that went through.
pub fn outcome(differs: bool) -> ExitCode {
    ExitCode::from(if differs { EXIT_DIFFERENT } else { EXIT_SAME })
}
