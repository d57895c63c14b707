//! The shape of the code, checked: the stages import one way only, no module
//! imports itself back through others, and no file or function outgrows what
//! a reader can hold. Rust allows import loops inside a crate, so this test
//! reads the sources the way Cargo reads crates.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The stages in import order: each may import only those before it (and
/// itself). `root` is `src/lib.rs`, whose `parse_text`/`parse_path` run
/// read and segment; `web` is the browser page's shell over the library,
/// `cli` the binary's.
const LAYERS: &[&str] = &[
    "lang", "types", "text", "read", "segment", "root", "compare", "sources", "render", "check",
    "web", "cli",
];

const MAX_FILE_LINES: usize = 600;
const MAX_FN_LINES: usize = 100;

fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut out,
    );
    out
}

/// The path of a source file below `src/`, with `/` separators.
fn relative(path: &Path) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).unwrap();
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn layer_of_file(rel: &str) -> &'static str {
    match rel.split('/').next().unwrap() {
        "lib.rs" => "root",
        "main.rs" => "cli",
        first => LAYERS
            .iter()
            .find(|l| **l == first)
            .unwrap_or_else(|| panic!("src/{rel}: not in a stage folder; add it to LAYERS")),
    }
}

/// The layer a `crate::NAME` (or `resdiff::NAME`) path reaches: a stage
/// folder, or a root item (types are re-exported there; the two parse
/// functions are the root's own).
fn layer_of_name(name: &str) -> &'static str {
    if let Some(layer) = LAYERS.iter().find(|l| **l == name) {
        return layer;
    }
    match name {
        "parse_text" | "parse_path" | "parse_path_viewing" => "root",
        _ => "types",
    }
}

/// The code of a file without comments, string contents and its inline
/// test modules (whose `super::*` means the file itself).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_test_module = false;
    for (i, line) in text.lines().enumerate() {
        if in_test_module {
            in_test_module = line != "}";
            continue;
        }
        if line.starts_with("mod ") && line.ends_with('{') {
            in_test_module = true;
            continue;
        }
        let code = line.split("//").next().unwrap_or("");
        // String contents may hold anything, `crate::` included.
        let code: String = code
            .split('"')
            .enumerate()
            .filter(|(k, _)| k % 2 == 0)
            .map(|(_, s)| s)
            .collect::<Vec<_>>()
            .join("\"\"");
        out.push((i + 1, code));
    }
    out
}

/// Every `PREFIX::name` in a line of code.
fn names_after<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + prefix.len()..];
        let name_end = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && name_end > 0 {
            out.push(&after[..name_end]);
        }
        rest = &after[name_end..];
    }
    out
}

#[test]
fn stages_import_only_the_stages_before_them() {
    let rank = |l: &str| LAYERS.iter().position(|x| *x == l).unwrap();
    let mut faults = Vec::new();
    for path in sources() {
        let rel = relative(&path);
        let layer = layer_of_file(&rel);
        let text = fs::read_to_string(&path).unwrap();
        for (number, code) in code_lines(&text) {
            let mut reached = names_after(&code, "crate::");
            if layer == "cli" {
                reached.extend(names_after(&code, "resdiff::"));
            }
            for name in reached {
                let target = layer_of_name(name);
                if rank(target) > rank(layer) {
                    faults.push(format!(
                        "src/{rel}:{number}: {layer} imports {target} ({name})"
                    ));
                }
            }
        }
    }
    assert!(
        faults.is_empty(),
        "imports against the stage order:\n{}",
        faults.join("\n")
    );
}

/// The module file a `crate::a::b::…` path names: the deepest existing
/// file among `src/a/b.rs`, `src/a/b/mod.rs`, `src/a.rs`, `src/a/mod.rs`.
fn module_file(segments: &[&str], files: &BTreeSet<String>) -> Option<String> {
    for n in (1..=segments.len()).rev() {
        let stem = segments[..n].join("/");
        for candidate in [format!("{stem}.rs"), format!("{stem}/mod.rs")] {
            if files.contains(&candidate) {
                return Some(candidate);
            }
        }
    }
    None
}

/// The folder a module file's `super::` and `self::` refer from.
fn module_dir(rel: &str) -> (String, String) {
    let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
    let own = if file == "mod.rs" || rel == "lib.rs" {
        dir.to_string()
    } else {
        [dir, file.trim_end_matches(".rs")]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("/")
    };
    let parent = own
        .rsplit_once('/')
        .map_or(String::new(), |(p, _)| p.to_string());
    (own, parent)
}

fn split(module: &str) -> Vec<String> {
    module
        .split('/')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn path_segments(code: &str, at: usize) -> Vec<&str> {
    code[at..]
        .split("::")
        .map(|s| {
            let end = s
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(s.len());
            &s[..end]
        })
        .take_while(|s| !s.is_empty())
        .collect()
}

#[test]
fn no_module_imports_itself_back() {
    let all: Vec<(String, String)> = sources()
        .iter()
        .map(|p| (relative(p), fs::read_to_string(p).unwrap()))
        .filter(|(rel, _)| rel != "main.rs" && !rel.starts_with("cli/"))
        .collect();
    let files: BTreeSet<String> = all.iter().map(|(r, _)| r.clone()).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in &all {
        let (own, parent) = module_dir(rel);
        // `crate::a::b`, `super::b`, `self::b`, and a child module by its
        // bare name (`b::` in the file that declares `mod b;`), each with
        // the module path it starts from.
        let mut starts: Vec<(String, Vec<String>)> = vec![
            ("crate::".into(), vec![]),
            ("super::".into(), split(&parent)),
            ("self::".into(), split(&own)),
        ];
        for line in text.lines() {
            let line = line
                .trim_start_matches("pub ")
                .trim_start_matches("pub(crate) ");
            if let Some(child) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
                let mut base = split(&own);
                base.push(child.to_string());
                starts.push((format!("{child}::"), base));
            }
        }
        for (_, code) in code_lines(text) {
            for (prefix, base) in &starts {
                let mut from = 0;
                while let Some(at) = code[from..].find(prefix.as_str()).map(|a| a + from) {
                    from = at + prefix.len();
                    if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                        continue;
                    }
                    let mut segments: Vec<&str> = base.iter().map(String::as_str).collect();
                    segments.extend(path_segments(&code, from));
                    let target = module_file(&segments, &files).unwrap_or_else(|| "lib.rs".into());
                    if &target != rel {
                        edges.entry(rel.clone()).or_default().insert(target);
                    }
                }
            }
        }
    }
    // A parent's re-exports and its entry point reach into its children;
    // a loop is a path back to where it started.
    let mut loops = Vec::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, trail)) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if next == start {
                    loops.push(format!("{} -> {}", trail.join(" -> "), start));
                } else if seen.insert(next.clone()) {
                    let mut t = trail.clone();
                    t.push(next.clone());
                    stack.push((next.clone(), t));
                }
            }
        }
    }
    loops.sort();
    loops.dedup();
    assert!(loops.is_empty(), "import loops:\n{}", loops.join("\n"));
}

#[test]
fn no_file_or_function_is_too_long_to_read() {
    let mut faults = Vec::new();
    for path in sources() {
        let rel = relative(&path);
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() > MAX_FILE_LINES {
            faults.push(format!("src/{rel}: {} lines", lines.len()));
        }
        // rustfmt closes an item at the indentation that opened it.
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "pub(super) fn ",
                "const fn ",
                "pub const fn ",
            ]
            .iter()
            .any(|p| trimmed.starts_with(p));
            if !is_fn || trimmed.ends_with(';') {
                continue;
            }
            let close = format!("{indent}}}");
            let end = lines[i..]
                .iter()
                .position(|l| *l == close)
                .map_or(lines.len(), |k| i + k);
            let length = end - i + 1;
            if length > MAX_FN_LINES {
                faults.push(format!(
                    "src/{rel}:{}: {} lines: {}",
                    i + 1,
                    length,
                    trimmed
                ));
            }
        }
    }
    assert!(faults.is_empty(), "too long:\n{}", faults.join("\n"));
}
