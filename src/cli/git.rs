//! `resdiff --git`: the command as git's external diff driver, so that
//! `git diff` and `git log -p` show redlines for the files given the
//! driver in `.gitattributes`. git runs the driver once per changed file
//! with `path old-file old-hex old-mode new-file new-hex new-mode` (and two
//! more, the new path and a similarity line, for a rename) and takes any
//! exit status but 0 for a failure of the driver.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use resdiff::render::terminal;
use termcolor::{BufferedStandardStream, ColorChoice, ColorSpec, WriteColor};

use super::args::{ColorArg, CompareArgs};
use super::run::{color_choice, compare_files, emit};

/// Prints the redline (or `--stat` summary) of one file git hands over,
/// under the file's path as a bold heading, and exits 0.
pub fn run(args: &CompareArgs) -> anyhow::Result<ExitCode> {
    let p = &args.paths;
    if p.len() != 7 && p.len() != 9 {
        anyhow::bail!(
            "--git expects the 7 arguments git passes to an external diff (got {}); \
             set it up with: git config diff.resolution.command 'resdiff --git'",
            p.len()
        );
    }
    let comparison = compare_files(&p[1], &p[4], args)?;
    let color = match args.color {
        ColorArg::Auto => git_color(),
        other => color_choice(other),
    };
    let mut out = BufferedStandardStream::stdout(color);
    out.set_color(ColorSpec::new().set_bold(true))?;
    let shown = if p.len() == 9 {
        format!("{} → {}", p[0].display(), p[7].display())
    } else {
        p[0].display().to_string()
    };
    writeln!(out, "resdiff {shown}")?;
    out.reset()?;
    out.flush()?;
    drop(out);
    if args.stat {
        terminal::write_stat(&mut std::io::stdout().lock(), &comparison)?;
    } else {
        emit(&comparison, args, None, color)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What git's own colour setting says for this output (`color.diff`, the
/// terminal, git's pager).
fn git_color() -> ColorChoice {
    let to_terminal =
        std::io::stdout().is_terminal() || std::env::var_os("GIT_PAGER_IN_USE").is_some();
    let answer = std::process::Command::new("git")
        .args([
            "config",
            "--get-colorbool",
            "color.diff",
            if to_terminal { "true" } else { "false" },
        ])
        .output();
    match answer {
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "true" => ColorChoice::Always,
        _ => ColorChoice::Never,
    }
}
