//! Reading a 50-page Word document (fixtures/docx/bench-50-pages.docx:
//! seed 004 written three times by LibreOffice, 52 pages as it lays them
//! out). Target: under 50 ms to read it, and to read and parse it.
//!
//! ```text
//! cargo bench --bench docx
//! ```

use criterion::{criterion_group, criterion_main, Criterion};
use resdiff::read::docx::{read_docx, View};

const FIFTY_PAGES: &str = "fixtures/docx/bench-50-pages.docx";

fn docx(c: &mut Criterion) {
    let bytes = std::fs::read(FIFTY_PAGES).unwrap();
    let mut g = c.benchmark_group("docx");
    g.bench_function("read 50 pages", |b| {
        b.iter(|| read_docx(&bytes, View::Accepted).unwrap())
    });
    g.bench_function("read and parse 50 pages", |b| {
        b.iter(|| {
            let read = read_docx(&bytes, View::Accepted).unwrap();
            resdiff::parse_text(
                FIFTY_PAGES,
                &read.markdown,
                Some(resdiff::InputFormat::Markdown),
            )
        })
    });
    g.bench_function("parse_path 50 pages", |b| {
        b.iter(|| resdiff::parse_path(FIFTY_PAGES.as_ref(), None).unwrap())
    });
    g.finish();
}

criterion_group!(benches, docx);
criterion_main!(benches);
