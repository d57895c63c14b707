//! Any bytes: decoding fails cleanly or parsing succeeds, and every
//! paragraph's line range lies inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = resdiff::read::decode("fuzz", data) {
        let lines = source.text.split('\n').count();
        for format in [None, Some(resdiff::InputFormat::Markdown)] {
            let doc = resdiff::parse_text("fuzz", &source.text, format);
            for p in &doc.paragraphs {
                assert!(p.lines[0] <= p.lines[1] && p.lines[1] <= lines);
                for n in &p.notes {
                    assert!(p.text.is_char_boundary(n.offset));
                }
            }
        }
    }
});
