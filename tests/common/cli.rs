//! The binary run as a user runs it, and its output as text. Included by
//! the test files that run it with `#[path = "common/cli.rs"] mod cli;`.

#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `resdiff` with `args`; `NO_COLOR` is taken out of the
/// environment, so that a developer's setting changes no test.
pub fn resdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// Standard output, which must be UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Standard error as text (what is not UTF-8 shown replaced).
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
