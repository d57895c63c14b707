//! Times `resdiff sources` in process: indexing a folder of texts, then
//! one query (the sources of every paragraph of one text), median of
//! several runs each, and the bytes the index holds. `bench/sources.sh`
//! runs it on the corpus and measures the whole process's peak memory.
//!
//! ```sh
//! cargo run --release --example sources_bench -- ../shared/corpus/en ../shared/corpus/en/A-C.1-80-L.41.en.txt
//! ```

use std::path::Path;
use std::time::{Duration, Instant};

use resdiff::sources::Collection;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, new] = args.as_slice() else {
        eprintln!("usage: sources_bench DIR NEW");
        std::process::exit(2);
    };
    let (dir, new_path) = (Path::new(dir), Path::new(new));
    let new = resdiff::parse_path(new_path, None).expect("the new text reads");
    let mut index_times = Vec::new();
    let mut collection = Collection::default();
    for _ in 0..5 {
        // The previous index is dropped first, so that two are never held.
        drop(std::mem::take(&mut collection));
        let start = Instant::now();
        collection = Collection::index(dir, None).expect("the folder reads");
        index_times.push(start.elapsed());
    }
    let mut query_times = Vec::new();
    let mut report = None;
    for _ in 0..21 {
        let start = Instant::now();
        report = Some(collection.sources(&new, new_path, dir));
        query_times.push(start.elapsed());
    }
    let report = report.expect("queried");
    let held = report
        .paragraphs
        .iter()
        .filter(|p| !p.sources.is_empty())
        .count();
    println!(
        "indexed {} texts in {:.0} ms (median of 5); index {:.1} MB",
        collection.len(),
        median(index_times).as_secs_f64() * 1000.0,
        collection.heap_bytes() as f64 / 1e6
    );
    println!(
        "query {} ({} paragraphs, {} with sources): {:.1} ms (median of 21)",
        new_path.display(),
        report.paragraphs.len(),
        held,
        median(query_times).as_secs_f64() * 1000.0
    );
}
