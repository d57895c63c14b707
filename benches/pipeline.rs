//! Criterion benchmarks of each stage and of whole comparisons.
//!
//! ```text
//! cargo bench --bench pipeline
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use resdiff::compare::compare;
use resdiff::lang::Language;
use resdiff::CompareOptions;
use resdiff::KeyOptions;

const SEEDS: [&str; 5] = [
    "seeds/000_da5010157984a27d.txt",
    "seeds/001_f645d6d34d6fbb5d.txt",
    "seeds/002_62c3ca53ac28ca7a.txt",
    "seeds/003_6aab26e8d08c3f49.txt",
    "seeds/004_a766b7494bea99d2.txt",
];

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn both(old: &str, new: &str) -> resdiff::Comparison {
    compare(
        resdiff::parse_text("old", old, None),
        resdiff::parse_text("new", new, None),
        &CompareOptions::default(),
    )
}

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    for seed in SEEDS {
        let text = read(seed);
        let name = Path::new(seed)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        g.bench_function(name, |b| b.iter(|| resdiff::parse_text(seed, &text, None)));
    }
    g.finish();
}

fn stages(c: &mut Criterion) {
    let old = resdiff::parse_text("old", &read(SEEDS[1]), None);
    let new = resdiff::parse_text("new", &read(SEEDS[0]), None);
    c.bench_function("align+worddiff 78-265 -> 78-311", |b| {
        b.iter_batched(
            || (old.clone(), new.clone()),
            |(o, n)| compare(o, n, &CompareOptions::default()),
            BatchSize::SmallInput,
        )
    });
    let a = &old.paragraph("PP6").unwrap().text;
    let z = &new.paragraph("PP6").unwrap().text;
    let fr = Language("fr").rules();
    c.bench_function("worddiff one long paragraph", |b| {
        b.iter(|| resdiff::compare::worddiff::diff_words(a, z, fr, &KeyOptions::default()))
    });
}

fn end_to_end(c: &mut Criterion) {
    let (t265, t311) = (read(SEEDS[1]), read(SEEDS[0]));
    c.bench_function("end to end 78-265 -> 78-311 (json)", |b| {
        b.iter(|| serde_json::to_vec(&both(&t265, &t311)).unwrap())
    });
    // A/74/821 against an edited copy of itself (about 5% of paragraphs).
    let report = read(SEEDS[4]);
    let doc = resdiff::parse_text("a", &report, None);
    let paragraphs: Vec<String> = doc.paragraphs.iter().map(|p| p.text.clone()).collect();
    let mut rng = resdiff::check::synth::Rng::new(74);
    let edited =
        resdiff::check::synth::edit(&paragraphs, &paragraphs, &mut rng, &Default::default())
            .join("\n\n");
    c.bench_function("end to end A/74/821 -> edited copy", |b| {
        b.iter(|| both(&report, &edited))
    });
}

fn scaling(c: &mut Criterion) {
    let pool = resdiff::check::synth::pool("fixtures/real".as_ref()).unwrap();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for n in [100, 1_000, 10_000, 50_000] {
        let (old, new) =
            resdiff::check::synth::resolution_pair(&pool, n, n as u64, &Default::default());
        g.bench_function(format!("{n} paragraphs"), |b| b.iter(|| both(&old, &new)));
    }
    let (old, new) = resdiff::check::synth::boilerplate_pair(20_000, 11);
    g.bench_function("20000 boilerplate paragraphs", |b| {
        b.iter(|| both(&old, &new))
    });
    g.finish();
}

criterion_group!(benches, parse, stages, end_to_end, scaling);
criterion_main!(benches);
