//! Invariants of reading, over generated documents: parsing never panics,
//! and no word of the input is lost.

use proptest::prelude::*;

const VOCAB: &[&str] = &[
    "assembly",
    "recalling",
    "welcoming",
    "peace",
    "security",
    "development",
    "capacity",
    "states",
    "members",
    "cooperation",
    "international",
    "report",
    "secretary",
    "general",
    "urges",
    "calls",
    "technology",
    "artificial",
    "intelligence",
    "weapons",
    "systems",
    "humanitarian",
    "rights",
];

#[derive(Debug, Clone)]
enum Block {
    Preamble(Vec<&'static str>),
    Operative(Vec<&'static str>),
    Furniture,
    Footnote(Vec<&'static str>),
    Blank,
}

fn words() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(VOCAB), 1..30)
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        4 => words().prop_map(Block::Preamble),
        4 => words().prop_map(Block::Operative),
        1 => Just(Block::Furniture),
        1 => words().prop_map(Block::Footnote),
        1 => Just(Block::Blank),
    ]
}

/// Writes the blocks as a document, wrapping lines at `width` words.
fn render(blocks: &[Block], width: usize, opener: bool) -> String {
    let mut out = String::new();
    if opener {
        out.push_str("The General Assembly,\n\n");
    }
    let mut op = 0;
    let mut note = 0;
    let wrap = |ws: &[&str]| {
        ws.chunks(width)
            .map(|c| c.join(" "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for b in blocks {
        match b {
            Block::Preamble(ws) => {
                let mut ws = ws.clone();
                let first = ws[0].to_string();
                let cap = first[..1].to_uppercase() + &first[1..];
                let text = format!("{cap} {},", wrap(&ws.split_off(1)));
                out.push_str(&text);
            }
            Block::Operative(ws) => {
                op += 1;
                out.push_str(&format!("{op}. Decides {};", wrap(ws)));
            }
            Block::Furniture => out.push_str("A/RES/80/1\n25-12345 2/4\n*2512345*"),
            Block::Footnote(ws) => {
                note += 1;
                out.push_str(&format!("__________________\n{note} See {}.", ws.join(" ")));
            }
            Block::Blank => {}
        }
        out.push_str("\n\n");
    }
    out
}

fn vocab_words(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| VOCAB.contains(&w.as_str()))
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_input_word_is_lost(blocks in prop::collection::vec(block(), 0..25), width in 3usize..15, opener in any::<bool>()) {
        let text = render(&blocks, width, opener);
        let doc = resdiff::parse_text("gen", &text, None);
        let mut out = String::new();
        for p in &doc.paragraphs { out.push_str(&p.text); out.push('\n'); }
        for f in &doc.footnotes { out.push_str(&f.text); out.push('\n'); }
        for m in &doc.metadata { out.push_str(&m.text); out.push('\n'); }
        for r in &doc.removed { out.push_str(&r.text); out.push('\n'); }
        prop_assert_eq!(vocab_words(&out), vocab_words(&text));
    }

    #[test]
    fn parsing_any_text_never_panics(text in "(?s)[ \\t\\n.,;:()\\[\\]*_#<>^{}0-9a-zA-Zéàç’'«»–\u{a0}\u{200b}\u{e000}\u{e001}/-]{0,400}") {
        for format in [None, Some(resdiff::InputFormat::Markdown), Some(resdiff::InputFormat::Plain)] {
            let doc = resdiff::parse_text("any", &text, format);
            let lines = text.split('\n').count();
            for p in &doc.paragraphs {
                prop_assert!(p.lines[0] <= p.lines[1] && p.lines[1] <= lines);
                for n in &p.notes {
                    prop_assert!(p.text.is_char_boundary(n.offset) && n.offset <= p.text.len());
                }
            }
        }
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match resdiff::read::decode("bytes", &bytes) {
            Ok(t) => {
                let _ = resdiff::parse_text("bytes", &t.text, None);
            }
            Err(e) => prop_assert!(e.to_string().starts_with("bytes: ")),
        }
    }
}
