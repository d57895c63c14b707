//! Two texts from one input (split at the first NUL): the comparison never
//! panics, and every entry's diff rebuilds both sides.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resdiff::compare::compare; use resdiff::CompareOptions;
use resdiff::compare::worddiff::{new_side, old_side};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (a, b) = text.split_once('\0').unwrap_or((text, ""));
    for options in [CompareOptions::default(), CompareOptions { key: resdiff::KeyOptions { ignore_case: true, ignore_punctuation: true }, ignore_footnotes: true }] {
        let c = compare(resdiff::parse_text("a", a, None), resdiff::parse_text("b", b, None), &options);
        let text = |d: &resdiff::Document, ids: &[String]| {
            ids.iter().map(|id| d.paragraph(id).unwrap().text.clone()).collect::<Vec<_>>().join("\n")
        };
        for e in &c.alignment {
            assert_eq!(old_side(&e.diff), text(&c.old, &e.old));
            assert_eq!(new_side(&e.diff), text(&c.new, &e.new));
        }
        let _ = resdiff::render::html::render(&c, &Default::default());
        let _ = resdiff::render::markdown::render(&c);
    }
});
