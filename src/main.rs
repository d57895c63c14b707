//! The `resdiff` command: a thin shell over the library. It turns the
//! command line into library calls and their outcome into an exit status
//! (see [`cli::EXIT_SAME`] and its neighbours); the work of each mode is in
//! [`cli::run`] and [`cli::git`].

mod cli;

use std::process::ExitCode;

use clap::Parser;

use cli::args::{Cli, Command};
use cli::{git, run, EXIT_TROUBLE};

fn main() -> ExitCode {
    match dispatch(Cli::parse()) {
        Ok(code) => code,
        Err(e) => report(&e),
    }
}

/// Runs the mode the command line names: one call per mode.
fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let args = &cli.compare;
    match cli.command {
        Some(Command::Parse {
            file,
            format,
            input_format,
            show_removed,
            docx_view,
        }) => run::run_parse(&file, format, input_format, show_removed, docx_view),
        Some(Command::History(history)) => cli::history::run(&history),
        Some(Command::Sources(sources)) => cli::sources::run(&sources),
        None if args.git => git::run(args),
        None => {
            let (old, new) = run::old_and_new(args)?;
            if old.is_dir() || new.is_dir() {
                run::run_folders(old, new, args)
            } else {
                run::run_files(old, new, args)
            }
        }
    }
}

/// Prints an error once, as `resdiff: …`, and gives the trouble status.
fn report(e: &anyhow::Error) -> ExitCode {
    // A closed pipe (`resdiff a b | head`) is not trouble.
    if e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    {
        return ExitCode::SUCCESS;
    }
    eprintln!("resdiff: {e}");
    ExitCode::from(EXIT_TROUBLE)
}
