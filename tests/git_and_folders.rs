//! resdiff where teams keep texts in git: the external diff driver, git
//! difftool, Markdown for review comments, and whole folders compared.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_resdiff");
const L41: &str = "fixtures/real/A-C.1-80-L.41.en.txt";
const R80_57: &str = "fixtures/real/A-RES-80-57.en.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resdiff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn git(repo: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .current_dir(repo)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "core.pager=cat",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env_remove("GIT_PAGER_IN_USE")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn repo_with_driver(name: &str) -> PathBuf {
    let repo = scratch(name);
    git(&repo, &["init", "-q"]);
    std::fs::write(repo.join(".gitattributes"), "*.txt diff=resolution\n").unwrap();
    git(
        &repo,
        &["config", "diff.resolution.command", &format!("{BIN} --git")],
    );
    std::fs::copy(root().join(L41), repo.join("lethal.txt")).unwrap();
    std::fs::copy(
        root().join("seeds/000_da5010157984a27d.txt"),
        repo.join("gone.txt"),
    )
    .unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "draft"]);
    repo
}

#[test]
fn git_diff_shows_the_paragraph_redline() {
    let repo = repo_with_driver("git-diff");
    std::fs::copy(root().join(R80_57), repo.join("lethal.txt")).unwrap();
    let out = String::from_utf8(git(&repo, &["diff"]).stdout).unwrap();
    assert!(out.contains("resdiff lethal.txt\n"), "{out}");
    assert!(out.contains("PP4  changed"), "{out}");
    assert!(out.contains("[-existing-]"), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "no colour when git's own setting says no"
    );
    // git's colour setting is followed.
    let coloured =
        String::from_utf8(git(&repo, &["-c", "color.diff=always", "diff"]).stdout).unwrap();
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    assert!(!coloured.contains("[-existing-]"));
}

#[test]
fn added_and_deleted_files_work() {
    let repo = repo_with_driver("git-added");
    std::fs::copy(root().join(R80_57), repo.join("adopted.txt")).unwrap();
    std::fs::remove_file(repo.join("gone.txt")).unwrap();
    git(&repo, &["add", "-A"]);
    let out = String::from_utf8(git(&repo, &["diff", "--cached"]).stdout).unwrap();
    assert!(out.contains("resdiff adopted.txt\n"), "{out}");
    assert!(
        out.contains("paragraphs: 0 changed, 0 moved, 0 split, 0 merged, 17 inserted, 0 deleted"),
        "{out}"
    );
    assert!(out.contains("resdiff gone.txt\n"), "{out}");
    assert!(out.contains("0 inserted, 30 deleted"), "{out}");
}

#[test]
fn git_difftool_runs_resdiff() {
    let repo = repo_with_driver("git-difftool");
    std::fs::copy(root().join(R80_57), repo.join("lethal.txt")).unwrap();
    git(
        &repo,
        &[
            "config",
            "difftool.resdiff.cmd",
            &format!("{BIN} --color never \"$LOCAL\" \"$REMOTE\""),
        ],
    );
    let out =
        String::from_utf8(git(&repo, &["difftool", "-y", "--tool=resdiff", "lethal.txt"]).stdout)
            .unwrap();
    assert!(out.contains("PP2  changed"), "{out}");
    // The redline wraps at 100 columns: words are compared across lines.
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("{+international peace and security+}"),
        "{out}"
    );
}

#[test]
fn git_mode_with_wrong_arguments_is_trouble() {
    let out = Command::new(BIN)
        .args(["--git", L41, R80_57])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--git expects the 7 arguments git passes")
    );
}

#[test]
fn markdown_for_review_comments() {
    let out = Command::new(BIN)
        .current_dir(root())
        .args(["--format", "markdown", L41, R80_57])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

#[test]
fn markdown_escapes_the_texts_own_characters() {
    let dir = scratch("md");
    std::fs::write(
        dir.join("a.txt"),
        "The General Assembly,\n\n1. Decides 2 * 3 to use_this [link](x) | ~~x~~;\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "The General Assembly,\n\n1. Decides 2 * 3 to use_that [link](x) | ~~x~~;\n",
    )
    .unwrap();
    let out = Command::new(BIN)
        .args(["--format", "markdown"])
        .arg(dir.join("a.txt"))
        .arg(dir.join("b.txt"))
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains(r"> Decides 2 \* 3 to use\_~~this~~**that** \[link\](x) \| \~\~x\~\~;"),
        "{md}"
    );
}

/// `resdiff --stat OLD_DIR NEW_DIR`.
fn stat_folders(old: &Path, new: &Path) -> Output {
    Command::new(BIN)
        .arg("--stat")
        .arg(old)
        .arg(new)
        .output()
        .unwrap()
}

fn folders(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let (old, new) = (dir.join("79"), dir.join("80"));
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    for f in [
        "A-RES-79-23.en.txt",
        "A-RES-79-239.en.txt",
        "A-RES-78-241.en.txt",
    ] {
        std::fs::copy(root().join("fixtures/real").join(f), old.join(f)).unwrap();
    }
    for f in ["A-C.1-80-L.21.en.txt", "A-C.1-80-L.46.en.txt"] {
        std::fs::copy(root().join("fixtures/real").join(f), new.join(f)).unwrap();
    }
    // Same file name, same text: unchanged.
    std::fs::copy(root().join(R80_57), old.join("same.txt")).unwrap();
    std::fs::copy(root().join(R80_57), new.join("same.txt")).unwrap();
    (old, new)
}

#[test]
fn folders_pair_files_by_title_and_report_each_pair() {
    let (old, new) = folders("folders-stat");
    let out = stat_folders(&old, &new);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5, "{text}");
    // Pairs in the order of the old file names, then files with no
    // counterpart, then the summary.
    let (o, n) = (old.display().to_string(), new.display().to_string());
    assert!(lines[0].starts_with(&format!("changed   {o}/A-RES-79-23.en.txt → {n}/A-C.1-80-L.21.en.txt  [by title]  5 changed, 0 moved")), "{text}");
    assert!(
        lines[1].starts_with(&format!(
            "changed   {o}/A-RES-79-239.en.txt → {n}/A-C.1-80-L.46.en.txt  [by title]  "
        )),
        "{text}"
    );
    assert!(
        lines[2].starts_with(&format!(
            "unchanged {o}/same.txt → {n}/same.txt  [by name]  0 changed"
        )),
        "{text}"
    );
    assert_eq!(lines[3], format!("only-old  {o}/A-RES-78-241.en.txt"));
    assert_eq!(
        lines[4],
        "3 pairs (2 changed, 1 unchanged), 1 only in old, 0 only in new, 0 unreadable"
    );
}

#[test]
fn folders_as_json_and_html_pages() {
    let (old, new) = folders("folders-json");
    let out = Command::new(BIN)
        .args(["--format", "json"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pairs = v["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 3);
    for p in pairs {
        assert!(p["old"].is_string() && p["new"].is_string());
        assert!(p["comparison"]["alignment"].is_array());
        assert!(p["comparison"]["summary"]["paragraphs"].is_object());
    }
    assert_eq!(v["unmatched"]["old"].as_array().unwrap().len(), 1);
    assert_eq!(v["errors"].as_array().unwrap().len(), 0);

    let site = scratch("site");
    let out = Command::new(BIN)
        .args(["--format", "html", "-o"])
        .arg(&site)
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    for page in [
        "A-RES-79-23.en__A-C.1-80-L.21.en.html",
        "A-RES-79-239.en__A-C.1-80-L.46.en.html",
        "same__same.html",
    ] {
        assert!(site.join(page).is_file(), "{page}");
        assert!(index.contains(&format!("href=\"{page}\"")), "{index}");
    }
    assert!(index.contains("Only in the old folder"));
}

#[test]
fn an_unreadable_file_is_reported_without_stopping_the_others() {
    let (old, new) = folders("folders-broken");
    std::fs::write(new.join("broken.txt"), b"caf\xe9").unwrap();
    let out = stat_folders(&old, &new);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("3 pairs"), "{text}");
    assert!(text.contains("1 unreadable"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.txt: invalid UTF-8 at byte 3"));
}

#[test]
fn a_folder_against_a_file_is_trouble() {
    let out = Command::new(BIN)
        .args(["seeds", L41])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("a folder can only be compared with a folder"));
}
