//! A real browser for the page tests: headless Chromium found on the
//! PATH (or at `RESDIFF_CHROMIUM`), run on a page file, and the folder
//! its screenshots and pages are written to. Included by the test files
//! that need it with `#[path = "common/browser.rs"] mod browser;`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Chromium is: `RESDIFF_CHROMIUM`, else the first of its names on
/// the PATH.
pub fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("RESDIFF_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
        })
}

/// The browser, or a failure saying how to get one. Set
/// `RESDIFF_NO_BROWSER=1` to skip the browser checks on a machine without
/// one (`scripts/test.sh` and CI install it).
pub fn browser() -> Option<PathBuf> {
    match chromium() {
        Some(p) => Some(p),
        None if std::env::var_os("RESDIFF_NO_BROWSER").is_some() => {
            eprintln!("RESDIFF_NO_BROWSER set: browser checks skipped");
            None
        }
        None => panic!(
            "no Chromium found: run scripts/test.sh (installs it) or set RESDIFF_NO_BROWSER=1"
        ),
    }
}

pub fn headless(browser: &Path, args: &[&str], page: &Path) -> Vec<u8> {
    let profile = std::env::temp_dir().join(format!(
        "resdiff-chromium-{}-{}",
        std::process::id(),
        page.file_name().unwrap().to_string_lossy()
    ));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

pub fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
