//! Word diff: two paragraph texts in, a readable word diff ([`Redline`])
//! out.
//!
//! The diff runs with `similar` over the comparison keys of the tokens
//! ([`crate::text::normalize::tokenize`]) and is then cleaned up for people: an
//! equal run trapped between changes and no longer than the changes on
//! either side of it is folded into one replacement (the "chaff" rule of
//! diff-match-patch's semantic cleanup), so that "combler le fossé" →
//! "réduire la fracture" reads as one replaced phrase, not a comb of
//! fragments. Spans keep the original text, spacing included, so that the
//! equal and deleted spans rebuild the old text exactly and the equal and
//! inserted spans the new one.

use rustc_hash::FxHashMap;
use similar::DiffTag;

use super::bounded::bounded_diff;

use crate::lang::{is_han, LanguageRules};
use crate::text::normalize::{for_each_key, TokenClass};
use crate::types::{KeyOptions, Op, Redline, Span};

/// The unit compared: one token whose key counts, with the text that goes
/// with it (the token, the ignored tokens after it, the spaces after them).
struct Unit {
    key: String,
    start: usize,
    end: usize,
    words: usize,
}

fn units(text: &str, rules: &LanguageRules, options: &KeyOptions) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for_each_key(text, rules, options, |start, end, class, key| {
        units.push(Unit {
            key: key.to_string(),
            start,
            end,
            words: usize::from(class == TokenClass::Word),
        });
    });
    // Each unit runs to the start of the next: it owns the spaces and the
    // ignored tokens that follow it. Text before the first unit joins it.
    let n = units.len();
    for i in 0..n {
        units[i].end = if i + 1 < n {
            units[i + 1].start
        } else {
            text.len()
        };
    }
    if let Some(first) = units.first_mut() {
        first.start = 0;
    }
    units
}

/// Counts the word tokens of a text (for summaries).
pub use crate::text::normalize::word_count;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hunk {
    tag: DiffTag,
    old: (usize, usize),
    new: (usize, usize),
}

/// Diffs two texts word by word and returns the redline.
///
/// ```
/// use resdiff::lang::Language;
/// use resdiff::compare::worddiff::diff_words;
/// use resdiff::{KeyOptions, Op};
/// let fr = Language("fr").rules();
/// let r = diff_words("à combler le fossé numérique", "à réduire la fracture numérique",
///                    fr, &KeyOptions::default());
/// let ops: Vec<(Op, &str)> = r.iter().map(|s| (s.op, s.text.as_str())).collect();
/// assert_eq!(ops, [(Op::Equal, "à "), (Op::Delete, "combler le fossé "),
///                  (Op::Insert, "réduire la fracture "), (Op::Equal, "numérique")]);
/// ```
pub fn diff_words(old: &str, new: &str, rules: &LanguageRules, options: &KeyOptions) -> Redline {
    let old_units = units(old, rules, options);
    let new_units = units(new, rules, options);
    if old_units.is_empty() || new_units.is_empty() {
        return whole(old, new, &old_units, &new_units);
    }
    // Myers compares units many times over: numbers compare faster than
    // strings.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let [old_keys, new_keys] = [&old_units, &new_units].map(|units| {
        let mut keys = Vec::with_capacity(units.len());
        for u in units.iter() {
            let next = ids.len() as u32;
            keys.push(*ids.entry(u.key.as_str()).or_insert(next));
        }
        keys
    });
    // Bounded work, not a deadline: a pair of enormous, unrelated texts
    // degrades to a coarser diff instead of a hang, the same on any machine.
    let ops = bounded_diff(&old_keys, &new_keys);
    let mut hunks: Vec<Hunk> = ops
        .iter()
        .map(|op| {
            let (tag, o, n) = op.as_tag_tuple();
            Hunk {
                tag,
                old: (o.start, o.end),
                new: (n.start, n.end),
            }
        })
        .collect();
    cleanup_chaff(&mut hunks, &old_units, &new_units, old, new);
    render(&hunks, &old_units, &new_units, old, new)
}

fn whole(old: &str, new: &str, old_units: &[Unit], new_units: &[Unit]) -> Redline {
    let mut out = Vec::new();
    // Texts with nothing comparable (only ignored punctuation) are equal.
    if old_units.is_empty() && new_units.is_empty() {
        if !old.is_empty() || !new.is_empty() {
            out.push(Span {
                op: Op::Equal,
                text: new.to_string(),
                old_text: (old != new).then(|| old.to_string()),
            });
        }
        return out;
    }
    if !old.is_empty() {
        out.push(Span {
            op: Op::Delete,
            text: old.to_string(),
            old_text: None,
        });
    }
    if !new.is_empty() {
        out.push(Span {
            op: Op::Insert,
            text: new.to_string(),
            old_text: None,
        });
    }
    out
}

fn chars_of(units: &[Unit], range: (usize, usize), text: &str) -> usize {
    if range.0 >= range.1 {
        return 0;
    }
    text[units[range.0].start..units[range.1 - 1].end]
        .trim_end()
        .chars()
        .count()
}

/// Folds short equal runs trapped between changes into the changes around
/// them (diff-match-patch's chaff rule, measured in characters): an
/// equality no longer than the larger edit before it and the larger edit
/// after it is more noise than information to a reader.
fn cleanup_chaff(
    hunks: &mut Vec<Hunk>,
    old_units: &[Unit],
    new_units: &[Unit],
    old: &str,
    new: &str,
) {
    let edit_size = |h: &Hunk| chars_of(old_units, h.old, old).max(chars_of(new_units, h.new, new));
    loop {
        let mut changed = false;
        let mut i = 1;
        while i + 1 < hunks.len() {
            if hunks[i].tag == DiffTag::Equal
                && hunks[i - 1].tag != DiffTag::Equal
                && hunks[i + 1].tag != DiffTag::Equal
            {
                let equal = chars_of(new_units, hunks[i].new, new);
                let words: usize = new_units[hunks[i].new.0..hunks[i].new.1]
                    .iter()
                    .map(|u| u.words)
                    .sum();
                let chaff = equal <= edit_size(&hunks[i - 1]) && equal <= edit_size(&hunks[i + 1]);
                if (chaff || han_chaff(slice(new_units, hunks[i].new, new))) && words <= 3 {
                    let merged = Hunk {
                        tag: DiffTag::Replace,
                        old: (hunks[i - 1].old.0, hunks[i + 1].old.1),
                        new: (hunks[i - 1].new.0, hunks[i + 1].new.1),
                    };
                    hunks.splice(i - 1..=i + 1, [merged]);
                    changed = true;
                    continue;
                }
            }
            i += 1;
        }
        // Neighbouring edits are one replacement.
        let mut j = 1;
        while j < hunks.len() {
            if hunks[j].tag != DiffTag::Equal && hunks[j - 1].tag != DiffTag::Equal {
                let merged = Hunk {
                    tag: DiffTag::Replace,
                    old: (hunks[j - 1].old.0, hunks[j].old.1),
                    new: (hunks[j - 1].new.0, hunks[j].new.1),
                };
                hunks.splice(j - 1..=j, [merged]);
                changed = true;
            } else {
                j += 1;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Whether an equal run between two edits is one or two Han characters:
/// each Han character is a token, and a Chinese word is mostly two of
/// them, so the characters two phrases share ("和", "保") are chaff however
/// short the edits around them ("促进和保护" → "尊重和保障" is one
/// replaced phrase, not four alternating pieces).
fn han_chaff(equal: &str) -> bool {
    let equal = equal.trim();
    let count = equal.chars().count();
    (1..=2).contains(&count) && equal.chars().all(is_han)
}

fn slice<'t>(units: &[Unit], range: (usize, usize), text: &'t str) -> &'t str {
    if range.0 >= range.1 {
        return "";
    }
    &text[units[range.0].start..units[range.1 - 1].end]
}

fn render(hunks: &[Hunk], old_units: &[Unit], new_units: &[Unit], old: &str, new: &str) -> Redline {
    let mut out: Redline = Vec::new();
    let push = |out: &mut Redline, op: Op, text: &str, old_text: Option<&str>| {
        if text.is_empty() && old_text.is_none_or(str::is_empty) {
            return;
        }
        let old_text = old_text.filter(|o| *o != text).map(str::to_string);
        match out.last_mut() {
            Some(last) if last.op == op && op != Op::Equal => last.text.push_str(text),
            _ => out.push(Span {
                op,
                text: text.to_string(),
                old_text,
            }),
        }
    };
    for h in hunks {
        let o = slice(old_units, h.old, old);
        let n = slice(new_units, h.new, new);
        match h.tag {
            DiffTag::Equal => push(&mut out, Op::Equal, n, Some(o)),
            DiffTag::Delete => push(&mut out, Op::Delete, o, None),
            DiffTag::Insert => push(&mut out, Op::Insert, n, None),
            DiffTag::Replace => {
                push(&mut out, Op::Delete, o, None);
                push(&mut out, Op::Insert, n, None);
            }
        }
    }
    settle_whitespace(&mut out);
    out
}

fn split_trailing_ws(s: &str) -> (&str, &str) {
    let t = s.trim_end();
    (t, &s[t.len()..])
}

/// An equal span that differs from its old form only by the spaces after
/// it (`law ` before an inserted word, `law` before a deleted comma) hands
/// those spaces to the next span of each side, so that equal text is equal
/// and the edits carry their own spacing.
fn settle_whitespace(spans: &mut Redline) {
    for i in 0..spans.len() {
        if spans[i].op != Op::Equal || spans[i].old_text.is_none() {
            continue;
        }
        let new_full = spans[i].text.clone();
        let old_full = spans[i].old_text.clone().unwrap_or_default();
        let (nt, nws) = split_trailing_ws(&new_full);
        let (ot, ows) = split_trailing_ws(&old_full);
        if nt != ot {
            continue;
        }
        let next_new = (i + 1..spans.len()).find(|&j| spans[j].op != Op::Delete);
        let next_old = (i + 1..spans.len()).find(|&j| spans[j].op != Op::Insert);
        let (Some(jn), Some(jo)) = (next_new, next_old) else {
            continue;
        };
        spans[i].text = nt.to_string();
        spans[i].old_text = None;
        // The old side of an equal span is its old_text, or its text.
        if spans[jo].op == Op::Equal {
            let old_side = spans[jo]
                .old_text
                .take()
                .unwrap_or_else(|| spans[jo].text.clone());
            spans[jo].old_text = Some(format!("{ows}{old_side}"));
        } else {
            spans[jo].text.insert_str(0, ows);
        }
        if spans[jn].op == Op::Equal && spans[jn].old_text.is_none() {
            // Its text is also its old side, which must not change.
            spans[jn].old_text = Some(spans[jn].text.clone());
        }
        spans[jn].text.insert_str(0, nws);
    }
    for s in spans.iter_mut() {
        if s.old_text.as_deref() == Some(s.text.as_str()) {
            s.old_text = None;
        }
    }
}

/// The old text a redline was made from.
pub fn old_side(redline: &[Span]) -> String {
    redline
        .iter()
        .filter(|s| s.op != Op::Insert)
        .map(|s| s.old_text.as_deref().unwrap_or(&s.text))
        .collect()
}

/// The new text a redline was made from.
pub fn new_side(redline: &[Span]) -> String {
    redline
        .iter()
        .filter(|s| s.op != Op::Delete)
        .map(|s| s.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn diff(old: &str, new: &str) -> Vec<(Op, String)> {
        let r = diff_words(old, new, Language("fr").rules(), &KeyOptions::default());
        assert_eq!(old_side(&r), old);
        assert_eq!(new_side(&r), new);
        r.into_iter().map(|s| (s.op, s.text)).collect()
    }

    #[test]
    fn identical_texts_are_one_equal_span() {
        assert_eq!(
            diff("Réaffirmant le droit,", "Réaffirmant le droit,"),
            [(Op::Equal, "Réaffirmant le droit,".into())]
        );
    }

    #[test]
    fn form_only_differences_are_equal_with_the_old_form_kept() {
        let r = diff_words(
            "l'homme « x »",
            "l’homme «\u{a0}x\u{a0}»",
            Language("fr").rules(),
            &KeyOptions::default(),
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].op, Op::Equal);
        assert_eq!(old_side(&r), "l'homme « x »");
        assert_eq!(new_side(&r), "l’homme «\u{a0}x\u{a0}»");
    }

    #[test]
    fn a_short_equal_word_between_changes_is_absorbed() {
        // "de" alone between two replaced words is chaff.
        assert_eq!(
            diff(
                "accroître le financement de la recherche",
                "réduire les coûts de l’accès"
            ),
            [
                (
                    Op::Delete,
                    "accroître le financement de la recherche".into()
                ),
                (Op::Insert, "réduire les coûts de l’accès".into())
            ]
        );
    }

    #[test]
    fn a_long_equal_run_between_changes_stays() {
        assert_eq!(
            diff(
                "Encourage les États Membres et les organisations régionales",
                "Invite les États Membres et les organisations internationales"
            ),
            [
                (Op::Delete, "Encourage ".into()),
                (Op::Insert, "Invite ".into()),
                (Op::Equal, "les États Membres et les organisations ".into()),
                (Op::Delete, "régionales".into()),
                (Op::Insert, "internationales".into()),
            ]
        );
    }

    #[test]
    fn elision_and_punctuation_are_their_own_tokens() {
        assert_eq!(
            diff("de l’homme,", "de l’être humain;"),
            [
                (Op::Equal, "de l’".into()),
                (Op::Delete, "homme,".into()),
                (Op::Insert, "être humain;".into()),
            ]
        );
    }

    #[test]
    fn a_changed_chinese_phrase_is_one_replacement() {
        let zh = Language("zh").rules();
        let spans = |old: &str, new: &str| -> Vec<(Op, String)> {
            let r = diff_words(old, new, zh, &KeyOptions::default());
            assert_eq!(old_side(&r), old);
            assert_eq!(new_side(&r), new);
            r.into_iter().map(|s| (s.op, s.text)).collect()
        };
        // Without the Han rule: 促进→尊重, 和保 equal, 护→障.
        assert_eq!(
            spans("大会促进和保护人权。", "大会尊重和保障人权。"),
            [
                (Op::Equal, "大会".into()),
                (Op::Delete, "促进和保护".into()),
                (Op::Insert, "尊重和保障".into()),
                (Op::Equal, "人权。".into()),
            ]
        );
        // One Han character per token: a single changed character is
        // shown alone, and a long shared run stays equal.
        assert_eq!(
            spans("请秘书长提交报告。", "请秘书长提出报告。"),
            [
                (Op::Equal, "请秘书长提".into()),
                (Op::Delete, "交".into()),
                (Op::Insert, "出".into()),
                (Op::Equal, "报告。".into()),
            ]
        );
        assert_eq!(
            spans(
                "决定继续审议这一问题。",
                "决定在第八十届会议上继续审议这一问题。"
            ),
            [
                (Op::Equal, "决定".into()),
                (Op::Insert, "在第八十届会议上".into()),
                (Op::Equal, "继续审议这一问题。".into()),
            ]
        );
    }

    #[test]
    fn arabic_keys_fold_marks_tatweel_controls_forms_and_digits() {
        let ar = Language("ar").rules();
        let equal = |old: &str, new: &str| {
            let r = diff_words(old, new, ar, &KeyOptions::default());
            assert_eq!(old_side(&r), old);
            assert_eq!(new_side(&r), new);
            r.iter().all(|s| s.op == Op::Equal)
        };
        let plain = "تقرير الأمين العام لعام 2024";
        // Tatweel.
        assert!(equal(plain, "تقريـــر الأمين العام لعام 2024"));
        // Vowel marks, U+064B to U+0652, and the superscript alef.
        assert!(equal(plain, "تَقْرِيرُ الأَمِينِ العَامِّ لعامٍ 2024"));
        assert!(equal("هذا", "هٰذا"));
        // Bidi controls around and inside words.
        assert!(equal(
            plain,
            "\u{202B}تقرير\u{202C} الأمين\u{061C} العام \u{2067}لعام\u{2069} 2024"
        ));
        assert!(equal(
            plain,
            "تقرير الأمين العام لعام\u{200F} \u{202A}2024\u{202C}"
        ));
        // Presentation forms, as an old PDF extraction gives them.
        assert!(equal("سلام", "\u{FEB3}\u{FEFC}\u{FEE1}"));
        // Arabic-Indic and Eastern Arabic-Indic digits.
        assert!(equal(plain, "تقرير الأمين العام لعام ٢٠٢٤"));
        assert!(equal(plain, "تقرير الأمين العام لعام ۲۰۲۴"));
        // A different letter is still a change.
        assert!(!equal(plain, "تقارير الأمين العام لعام 2024"));
        assert!(!equal(plain, "تقرير الأمين العام لعام 2025"));
    }

    #[test]
    fn options_make_ignored_differences_equal() {
        let fr = Language("fr").rules();
        let opts = KeyOptions {
            ignore_case: true,
            ignore_punctuation: true,
        };
        let r = diff_words("Décide, en outre;", "décide en outre.", fr, &opts);
        assert_eq!(r.iter().filter(|s| s.op != Op::Equal).count(), 0, "{r:?}");
        assert_eq!(old_side(&r), "Décide, en outre;");
        assert_eq!(new_side(&r), "décide en outre.");
    }
}
