//! The comparison keys of one document's paragraphs (or footnotes): the
//! normalized text the aligner matches, its tokens as ids shared by both
//! documents, and the number of words, counted here so that the summary of
//! wholly inserted and deleted paragraphs need not tokenize them again.

use super::align::{Interner, ParagraphKey};
use crate::text::normalize::{for_each_key, TokenClass};
use crate::types::{Document, KeyOptions, Paragraph};

/// A paragraph or footnote as the comparison sees it.
pub(super) struct Unit<'a> {
    /// The citable id (`OP6(b)`) or footnote mark.
    id: &'a str,
    pub(super) text: &'a str,
    kind: crate::ParagraphKind,
    /// Whether the unit's breaks from its neighbours are layout (an
    /// unnumbered heading or body paragraph).
    regroupable: bool,
}

/// One paragraph's comparison key, token ids (before the ids of the two
/// sides are merged) and number of words.
struct RawKey {
    key: String,
    tokens: Vec<u32>,
    kind: crate::ParagraphKind,
    regroupable: bool,
    words: usize,
}

/// The keys of one side, with token ids from an interner of its own.
fn keys(units: &[Unit], doc: &Document, options: &KeyOptions) -> (Vec<RawKey>, Interner) {
    let rules = doc.language.rules();
    let mut interner = Interner::default();
    let keys = units
        .iter()
        .map(|u| {
            let mut key = String::with_capacity(u.text.len());
            let mut tokens = Vec::new();
            let mut words = 0;
            for_each_key(u.text, rules, options, |_, _, class, k| {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(k);
                tokens.push(interner.id(k));
                words += usize::from(class == TokenClass::Word);
            });
            RawKey {
                key,
                tokens,
                kind: u.kind,
                regroupable: u.regroupable,
                words,
            }
        })
        .collect();
    (keys, interner)
}

/// The paragraph keys of one side, and the number of words of each
/// paragraph.
pub(super) type Keyed = (Vec<ParagraphKey>, Vec<usize>);

/// What one comparison of paragraphs (or of footnotes) works on: the units
/// of both documents, the documents themselves (for their languages) and
/// how to key them.
pub(super) struct Sides<'a> {
    pub(super) old_units: Vec<Unit<'a>>,
    pub(super) new_units: Vec<Unit<'a>>,
    pub(super) old: &'a Document,
    pub(super) new: &'a Document,
    pub(super) options: &'a KeyOptions,
    /// Whether to use a second thread (large documents only).
    pub(super) parallel: bool,
}

impl<'a> Sides<'a> {
    /// The paragraphs of both documents.
    pub(super) fn paragraphs(
        old: &'a Document,
        new: &'a Document,
        options: &'a KeyOptions,
        parallel: bool,
    ) -> Self {
        Sides {
            old_units: paragraph_units(old),
            new_units: paragraph_units(new),
            old,
            new,
            options,
            parallel,
        }
    }

    /// The footnotes of both documents, on one thread: they are short.
    pub(super) fn footnotes(old: &'a Document, new: &'a Document, options: &'a KeyOptions) -> Self {
        Sides {
            old_units: footnote_units(old),
            new_units: footnote_units(new),
            old,
            new,
            options,
            parallel: false,
        }
    }

    /// The keys of both sides with shared token ids; with `parallel`, each
    /// side is tokenized on a core of its own.
    pub(super) fn keys(&self) -> (Keyed, Keyed) {
        let (old_units, new_units) = (&self.old_units, &self.new_units);
        let (old, new, options) = (self.old, self.new, self.options);
        let ((old_keys, mut interner), (new_keys, new_interner)) = if self.parallel {
            std::thread::scope(|s| {
                let other = s.spawn(|| keys(new_units, new, options));
                let old_side = keys(old_units, old, options);
                (old_side, other.join().expect("tokenizing never panics"))
            })
        } else {
            (keys(old_units, old, options), keys(new_units, new, options))
        };
        let ids = interner.absorb(new_interner);
        let side = |raw: Vec<RawKey>, ids: Option<&[u32]>| -> Keyed {
            raw.into_iter()
                .map(|mut r| {
                    if let Some(ids) = ids {
                        for t in &mut r.tokens {
                            *t = ids[*t as usize];
                        }
                    }
                    (
                        ParagraphKey::new(r.key, r.tokens, r.kind).regroupable(r.regroupable),
                        r.words,
                    )
                })
                .unzip()
        };
        (side(old_keys, None), side(new_keys, Some(&ids)))
    }
}

/// The ids (or marks) of the units `idx` of one side, as an entry cites
/// them.
pub(super) fn ids(units: &[Unit], idx: &[usize]) -> Vec<String> {
    idx.iter().map(|&i| units[i].id.to_string()).collect()
}

/// The paragraphs of a document, as the comparison sees them.
fn paragraph_units(doc: &Document) -> Vec<Unit<'_>> {
    doc.paragraphs
        .iter()
        .map(|p: &Paragraph| Unit {
            id: &p.id,
            text: &p.text,
            kind: p.kind,
            regroupable: p.label.is_none()
                && matches!(
                    p.kind,
                    crate::ParagraphKind::Heading | crate::ParagraphKind::Paragraph
                ),
        })
        .collect()
}

/// The footnotes of a document, as the comparison sees them: cited by
/// mark, and all of the plain kind, since a footnote belongs to neither the
/// preamble nor the operative part.
fn footnote_units(doc: &Document) -> Vec<Unit<'_>> {
    doc.footnotes
        .iter()
        .map(|f| Unit {
            id: &f.mark,
            text: &f.text,
            kind: crate::ParagraphKind::Paragraph,
            regroupable: false,
        })
        .collect()
}
