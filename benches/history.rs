//! What following a text through ten versions costs, against the nine
//! pairwise comparisons of its successive versions (each `resdiff OLD
//! NEW` reads both of its files): `resdiff history` must cost no more.
//!
//! ```text
//! cargo bench --bench history
//! ```

use criterion::{criterion_group, criterion_main, Criterion};
use resdiff::check::synth::{resolution_chain, Edits};
use resdiff::compare::{compare, history};
use resdiff::CompareOptions;

fn chain_of_ten(c: &mut Criterion) {
    let pool = resdiff::check::synth::pool("fixtures/real".as_ref()).unwrap();
    let edits = Edits::NEGOTIATION;
    let options = CompareOptions::default();
    for n in [60, 1_000] {
        let chain = resolution_chain(&pool, n, 10, n as u64, &edits);
        let mut g = c.benchmark_group(format!("chain of 10 versions, {n} paragraphs"));
        g.sample_size(20);
        g.bench_function("history", |b| {
            b.iter(|| {
                let docs = chain
                    .iter()
                    .enumerate()
                    .map(|(i, t)| resdiff::parse_text(&format!("v{i}"), t, None))
                    .collect();
                history(docs, &options)
            })
        });
        g.bench_function("9 pairwise comparisons", |b| {
            b.iter(|| {
                chain
                    .windows(2)
                    .map(|pair| {
                        let old = resdiff::parse_text("old", &pair[0], None);
                        let new = resdiff::parse_text("new", &pair[1], None);
                        compare(old, new, &options).summary.words_inserted
                    })
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, chain_of_ten);
criterion_main!(benches);
