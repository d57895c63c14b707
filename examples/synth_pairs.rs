//! Writes the generated document pairs the scaling benchmark runs on:
//! `scale-N.old.txt` / `scale-N.new.txt` for 100 to 50,000 paragraphs (about
//! 5% edited), `boilerplate-N` pairs of near-identical paragraphs, and
//! `chain-N/v01.txt` … `v10.txt`, ten versions of one text (`bench/history.sh`).
//!
//! ```text
//! cargo run --release --example synth_pairs -- OUTDIR
//! ```

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: synth_pairs OUTDIR"));
    std::fs::create_dir_all(&out)?;
    let pool = resdiff::check::synth::pool("fixtures/real".as_ref())?;
    for n in [100, 1_000, 10_000, 50_000] {
        let (old, new) =
            resdiff::check::synth::resolution_pair(&pool, n, n as u64, &Default::default());
        std::fs::write(out.join(format!("scale-{n}.old.txt")), old)?;
        std::fs::write(out.join(format!("scale-{n}.new.txt")), new)?;
    }
    // A/74/821 against an edited copy of itself (about 5% of paragraphs).
    let report = resdiff::parse_path("seeds/004_a766b7494bea99d2.txt".as_ref(), None)
        .map_err(std::io::Error::other)?;
    let paragraphs: Vec<String> = report.paragraphs.iter().map(|p| p.text.clone()).collect();
    let mut rng = resdiff::check::synth::Rng::new(74);
    let edited =
        resdiff::check::synth::edit(&paragraphs, &paragraphs, &mut rng, &Default::default());
    std::fs::write(out.join("A-74-821.edited.txt"), edited.join("\n\n"))?;
    for n in [2_000, 20_000] {
        let (old, new) = resdiff::check::synth::boilerplate_pair(n, 11);
        std::fs::write(out.join(format!("boilerplate-{n}.old.txt")), old)?;
        std::fs::write(out.join(format!("boilerplate-{n}.new.txt")), new)?;
    }
    // Chains of ten versions for `bench/history.sh`: chain-N/v01.txt …
    for n in [60, 1_000] {
        let chain = resdiff::check::synth::resolution_chain(
            &pool,
            n,
            10,
            n as u64,
            &resdiff::check::synth::Edits::NEGOTIATION,
        );
        let dir = out.join(format!("chain-{n}"));
        std::fs::create_dir_all(&dir)?;
        for (i, text) in chain.iter().enumerate() {
            std::fs::write(dir.join(format!("v{:02}.txt", i + 1)), text)?;
        }
    }
    Ok(())
}
