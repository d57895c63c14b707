use resdiff::align::{similarity, Interner};
use resdiff::normalize::{token_key, tokenize, KeyOptions};
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let old = resdiff::parse_path(a[0].as_ref(), None).unwrap();
    let new = resdiff::parse_path(a[1].as_ref(), None).unwrap();
    let mut i = Interner::default();
    let toks = |d: &resdiff::Document, i: &mut Interner| -> Vec<Vec<u32>> {
        d.paragraphs
            .iter()
            .map(|p| {
                tokenize(&p.text, d.language.rules())
                    .iter()
                    .filter_map(|t| token_key(t, &KeyOptions::default()))
                    .map(|k| i.id(&k))
                    .collect()
            })
            .collect()
    };
    let ot = toks(&old, &mut i);
    let nt = toks(&new, &mut i);
    for (ni, n) in nt.iter().enumerate() {
        let mut best: Vec<(f64, usize)> = ot
            .iter()
            .enumerate()
            .map(|(oi, o)| (similarity(o, n), oi))
            .collect();
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        println!(
            "{:8} {}",
            new.paragraphs[ni].id,
            best.iter()
                .take(3)
                .map(|(s, oi)| format!("{}={:.2}", old.paragraphs[*oi].id, s))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
