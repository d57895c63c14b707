//! Agreed language: the wording a new text reuses from other paragraphs of
//! the old one (issue 13, within a comparison) and from a folder of
//! earlier texts (`resdiff sources`), on the seeds and the real chains of
//! `fixtures/real`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use resdiff::compare::compare;
use resdiff::render::{html, markdown, sources, terminal};
use resdiff::sources::Collection;
use resdiff::{CompareOptions, Comparison, SourcesReport, Status};

const OLD_SEED: &str = "seeds/001_f645d6d34d6fbb5d.txt"; // 78/265, French
const NEW_SEED: &str = "seeds/000_da5010157984a27d.txt"; // 78/311, French
const L41: &str = "fixtures/real/A-C.1-80-L.41.en.txt";

fn compare_files(old: &str, new: &str) -> Comparison {
    let parse = |p: &str| resdiff::parse_path(Path::new(p), None).unwrap();
    compare(parse(old), parse(new), &CompareOptions::default())
}

fn resdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

#[test]
fn the_revised_recalling_paragraph_pairs_with_its_successor() {
    let c = compare_files(OLD_SEED, NEW_SEED);
    let pp3 = c.alignment.iter().find(|e| e.new == ["PP3"]).unwrap();
    assert_eq!(pp3.status, Status::Changed);
    assert_eq!(pp3.old, ["PP3"]);
    assert_eq!(pp3.similarity, 0.381);
    assert!(c
        .new
        .paragraph("PP3")
        .unwrap()
        .text
        .starts_with("Réaffirmant ses résolutions"));
    assert_eq!(c.summary.count(Status::Changed), 4);
    assert_eq!(c.summary.count(Status::Inserted), 25);
    assert_eq!(c.summary.count(Status::Deleted), 41);
}

#[test]
fn seeds_reuse_lists_old_paragraphs_with_their_runs() {
    let c = compare_files(OLD_SEED, NEW_SEED);
    let found: Vec<(&str, &str, usize)> = c
        .reuse
        .iter()
        .map(|r| (r.old.as_str(), r.new.as_str(), r.words))
        .collect();
    assert_eq!(found.len(), 19, "{found:?}");
    // OP7 of 78/311 repeats OP6 (m) and OP9 of 78/265: the design card's
    // example, read in both texts.
    assert!(found.contains(&("OP6(m)", "OP7", 15)), "{found:?}");
    assert!(found.contains(&("OP9", "OP7", 10)), "{found:?}");
    let op9 = c.reuse.iter().find(|r| r.old == "OP9").unwrap();
    assert_eq!(
        op9.text,
        "une concurrence loyale sur le marché de l’intelligence artificielle"
    );
    assert!(c
        .old
        .paragraph("OP9")
        .unwrap()
        .text
        .contains(&op9.text.replace('’', "'")));
    // PP2 (changed) takes 22 words from PP3 of 78/265, besides its own
    // counterpart.
    let pp2 = c
        .reuse
        .iter()
        .find(|r| r.new == "PP2" && r.old == "PP3")
        .unwrap();
    assert_eq!(pp2.words, 22);
    assert_eq!(pp2.runs.len(), 1);
    assert_eq!((pp2.runs[0].start, pp2.runs[0].end), (99, 121));
    let share = c.summary.reuse.unwrap();
    assert_eq!(
        (
            share.words,
            share.from_counterparts,
            share.from_other_paragraphs
        ),
        (2624, 318, 268)
    );
}

#[test]
fn renderers_say_where_the_wording_came_from() {
    let c = compare_files(OLD_SEED, NEW_SEED);
    let mut out = Vec::new();
    terminal::write(
        &mut termcolor::NoColor::new(&mut out),
        &c,
        &Default::default(),
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("\n    agreed language from OP6(m), OP9 of A/RES/78/265\n"),
        "{text}"
    );
    assert!(text.ends_with("Reused wording: 22% of the new text's words come from the old text\n"));
    let md = markdown::render(&c);
    assert!(md.contains("*agreed language from OP6(m), OP9 of A/RES/78/265*"));
    assert!(md.contains("Reused wording: 22%"));
    let page = html::render(&c, &Default::default());
    // French labels on a French page, each source linked to where the old
    // paragraph stands (both deleted here), the runs marked and linked, a legend entry.
    assert!(page.contains(
        "<span class=\"reuse-note\">libellé convenu repris de <a href=\"#o-OP6(m)\">OP6(m)</a>, <a href=\"#o-OP9\">OP9</a> de A/RES/78/265</span>"
    ));
    assert!(page.contains("<mark class=\"reused\"><a href=\"#o-OP9\"><span class=\"vh\">libellé convenu repris de OP9: </span>une concurrence loyale sur le marché de l’intelligence artificielle</a></mark>"));
    assert!(page.contains(
        "<ins><mark class=\"reused\">libellé convenu</mark></ins> (souligné en pointillé) : texte repris"
    ));
    assert!(page.contains("<p class=\"reuse-share\">Libellé repris : 22% des mots"));
    every_link_has_its_target(&page);
}

fn every_link_has_its_target(page: &str) {
    for part in page.split("href=\"#").skip(1) {
        let target = &part[..part.find('"').unwrap()];
        assert!(
            page.contains(&format!("id=\"{target}\"")),
            "no target for #{target}"
        );
    }
}

#[test]
fn a_comparison_without_reuse_keeps_its_json_and_page() {
    let c = compare_files(
        "fixtures/real/A-RES-79-23.en.txt",
        "fixtures/real/A-C.1-80-L.21.en.txt",
    );
    assert!(c.reuse.is_empty());
    let mut json = Vec::new();
    resdiff::render::json::write(&mut json, &c).unwrap();
    let json = String::from_utf8(json).unwrap();
    assert!(!json.contains("\"reuse\""));
    assert!(!html::render(&c, &Default::default()).contains("reused"));
}

fn l41_report() -> SourcesReport {
    let mut collection = Collection::index(Path::new("fixtures/real"), None).unwrap();
    // The twelve texts and the README beside them.
    assert_eq!(collection.len(), 13);
    let new = resdiff::parse_path(Path::new(L41), None).unwrap();
    collection.sources(&new, Path::new(L41), Path::new("fixtures/real"))
}

/// (symbol, paragraphs, covered) of each source of one paragraph.
fn cited(r: &SourcesReport, id: &str) -> Vec<(String, Vec<String>, f64)> {
    let p = r.paragraphs.iter().find(|p| p.id == id).unwrap();
    p.sources
        .iter()
        .map(|s| (s.symbol.clone().unwrap(), s.paragraphs.clone(), s.covered))
        .collect()
}

#[test]
fn every_paragraph_of_l41_unchanged_from_79_62_lists_it() {
    let report = l41_report();
    // The paragraphs of L.41 that a comparison with 79/62 finds unchanged.
    let c = compare_files("fixtures/real/A-RES-79-62.en.txt", L41);
    let unchanged: Vec<(String, String)> = c
        .alignment
        .iter()
        .filter(|e| e.status == Status::Unchanged)
        .map(|e| (e.old[0].clone(), e.new[0].clone()))
        .collect();
    assert_eq!(unchanged.len(), 6, "{unchanged:?}");
    for (old, new) in &unchanged {
        let sources = cited(&report, new);
        let from = sources.iter().find(|s| s.0 == "A/RES/79/62").unwrap();
        assert!(from.1.contains(old), "{new}: {sources:?}");
        assert_eq!(from.2, 1.0, "{new}");
    }
    // Where L.41 holds 78/241's wording too, read in both texts: PP5 is
    // 78/241's PP2 word for word; PP3 lacks only "and emerging"; PP2
    // shares "the Charter … international human rights law" (13 of 29
    // words) with 78/241's PP1; PP6 is not in 78/241.
    let of_78_241 = |id: &str| {
        cited(&report, id)
            .into_iter()
            .find(|s| s.0 == "A/RES/78/241")
            .map(|s| (s.1, s.2))
    };
    assert_eq!(of_78_241("PP5"), Some((vec!["PP2".to_string()], 1.0)));
    assert_eq!(of_78_241("PP2"), Some((vec!["PP1".to_string()], 0.448)));
    let pp3 = of_78_241("PP3").unwrap();
    assert_eq!(pp3, (vec!["PP3".to_string(), "OP2".to_string()], 0.947));
    assert_eq!(of_78_241("PP6"), None);
}

#[test]
fn sources_are_earlier_texts_most_recent_first() {
    let report = l41_report();
    for p in &report.paragraphs {
        for s in &p.sources {
            // Not L.41 itself, nor 80/57 and 80/58, adopted after it.
            let symbol = s.symbol.as_deref().unwrap();
            assert!(
                !["A/C.1/80/L.41", "A/RES/80/57", "A/RES/80/58", "A/RES/80/22"].contains(&symbol)
            );
        }
    }
    let order: Vec<String> = cited(&report, "PP9").into_iter().map(|s| s.0).collect();
    assert_eq!(order, ["A/RES/79/239", "A/RES/79/62", "A/RES/78/241"]);
    let fresh: Vec<&str> = report
        .paragraphs
        .iter()
        .filter(|p| p.sources.is_empty())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(fresh, ["PP1"]);
}

#[test]
fn sources_report_snapshots() {
    let report = l41_report();
    let mut out = Vec::new();
    sources::write_terminal(&mut out, &report).unwrap();
    insta::assert_snapshot!("sources_terminal", String::from_utf8(out).unwrap());
    insta::assert_snapshot!("sources_markdown", sources::markdown(&report));
    let page = sources::html(&report);
    assert!(page.contains("<a href=\"fixtures/real/A-RES-79-62.en.txt\">A/RES/79/62</a> PP6 (100%), 2 December 2024</li>"));
    assert!(!page.contains("<script"));
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resdiff-reuse-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn cli_sources_reports_an_unreadable_file_and_exits_2_at_the_end() {
    let dir = scratch("bad");
    std::fs::copy(
        "fixtures/real/A-RES-79-62.en.txt",
        dir.join("A-RES-79-62.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("latin1.txt"), b"R\xe9solution\n").unwrap();
    let out = resdiff(&["sources", L41, "--in", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("resdiff: "), "{stderr}");
    assert!(stderr.contains("latin1.txt: invalid UTF-8"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("(1 texts indexed)"), "{stdout}");
    assert!(
        stdout.contains("\nPP6  A/RES/79/62 PP6 (100%)\n"),
        "{stdout}"
    );
    let json = resdiff(&[
        "sources",
        L41,
        "--in",
        dir.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    assert_eq!(v["paragraphs"][5]["id"], "PP6");
    assert_eq!(v["paragraphs"][5]["sources"][0]["covered"], 1.0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cli_sources_refuses_an_empty_folder() {
    let dir = scratch("empty");
    let out = resdiff(&["sources", L41, "--in", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "resdiff: {}: no texts (.txt, .md) to search in this folder\n",
            dir.display()
        )
    );
    assert!(out.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_reuse_item_holds_on_the_real_chains() {
    let real = |name: &str| format!("fixtures/real/{name}.en.txt");
    for (old, new) in [
        ("A-RES-78-241", "A-RES-79-62"),
        ("A-RES-79-62", "A-C.1-80-L.41"),
        ("A-RES-79-239", "A-C.1-80-L.46"),
        ("A-RES-78-265", "A-RES-78-311"),
        ("A-RES-78-311", "A-RES-79-239"),
    ] {
        let c = compare_files(&real(old), &real(new));
        let rules = c.new.language.rules();
        for r in &c.reuse {
            let p = c.new.paragraph(&r.new).unwrap();
            let words = resdiff::text::normalize::word_count(&p.text, rules);
            assert!(p.text.contains(&r.text), "{new} {}: {}", r.new, r.text);
            assert!(r.runs.iter().all(|w| w.start < w.end && w.end <= words));
            let covered: usize = r.runs.iter().map(|w| w.end - w.start).sum();
            assert_eq!(covered, r.words, "{new} {}", r.new);
            assert!(r.words >= 8);
            // Never the paragraph it is aligned with.
            let entry = c.alignment.iter().find(|e| e.new.contains(&r.new)).unwrap();
            assert!(!entry.old.contains(&r.old), "{new} {}", r.new);
            assert_ne!(entry.status, Status::Unchanged);
        }
    }
}

/// In Chinese each Han character is a word to the tokenizer: a run must
/// hold twice as many to be agreed language (`reuse_min_words`), so that
/// a stock phrase of a few words is not reported as reused.
#[test]
fn chinese_reuse_needs_a_phrase_not_a_few_characters() {
    let old = "大会，\n\n回顾其关于可持续发展的各项决议，\n\n1. 请秘书长向大会第八十一届会议提交一份关于本决议执行情况的报告；\n\n2. 鼓励会员国在能力建设领域加强国际合作与技术转让以及知识共享。\n";
    let with = |inserted: &str| {
        format!("大会，\n\n回顾其关于可持续发展的各项决议，\n\n1. 请秘书长向大会第八十一届会议提交一份关于本决议执行情况的报告；\n\n2. 鼓励会员国在能力建设领域加强国际合作与技术转让以及知识共享。\n\n3. 吁请各方{inserted}，并继续审议这一问题。\n")
    };
    let reused = |new: &str| {
        let c = compare(
            resdiff::parse_text("old", old, None),
            resdiff::parse_text("new", new, None),
            &CompareOptions::default(),
        );
        assert_eq!(c.new.language.0, "zh");
        c.reuse
            .iter()
            .map(|r| (r.new.clone(), r.old.clone()))
            .collect::<Vec<_>>()
    };
    // 11 characters shared: a phrase of some five words, not agreed
    // language.
    assert_eq!(reused(&with("加强国际合作与技术转让")), []);
    // 24 characters: a clause taken from OP2.
    assert_eq!(
        reused(&with("在能力建设领域加强国际合作与技术转让以及知识共享")),
        [("OP3".to_string(), "OP2".to_string())]
    );
}
