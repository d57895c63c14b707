//! Automatic numbering as Word shows it, computed from the numbering part
//! (ECMA-376 Part 1, §17.9) and the styles that link to it.
//!
//! A paragraph names a numbering instance (`numId`) and a level (`ilvl`),
//! directly or through its paragraph style. The instance points to an
//! abstract definition whose levels give the start value, the number
//! format and the label pattern (`%1.`, `(%2)`, `%1.%2`). Counters belong
//! to the abstract definition, so that two instances of one list continue
//! each other, as Word counts them, unless an instance overrides a level's
//! start (`lvlOverride/startOverride`): then that level starts again where
//! the instance is first used. A level's counter restarts after any
//! shallower level is used (or only after the level `lvlRestart` names),
//! and keeps counting across unnumbered paragraphs between list items.

use std::collections::{BTreeMap, BTreeSet};

use super::xml::{is_on, Element};

/// Levels a list may have (`ilvl` 0 to 8).
const LEVELS: usize = 9;

/// One level of a list definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: i64,
    format: String,
    pattern: String,
    /// `lvlRestart`: restart only after this (1-based) level; 0 never.
    restart_after: Option<usize>,
    /// `isLgl`: show every level's number in decimal.
    legal: bool,
    /// `suff`: what follows the label (a tab unless told otherwise).
    suffix_nothing: bool,
    /// `pStyle`: the paragraph style this level is linked to.
    style: Option<String>,
}

/// A numbering instance: its abstract definition and its overrides.
#[derive(Debug, Clone, Default)]
struct Instance {
    abstract_id: String,
    start_overrides: BTreeMap<usize, i64>,
    level_overrides: BTreeMap<usize, Level>,
}

/// A paragraph style's numbering, and the style it is based on.
#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    level: Option<usize>,
}

/// The lists of a document, and the counters that run over its
/// paragraphs in reading order.
#[derive(Debug, Default)]
pub struct Numbering {
    definitions: BTreeMap<String, Vec<Level>>,
    instances: BTreeMap<String, Instance>,
    styles: BTreeMap<String, Style>,
    default_style: Option<String>,
    /// Per abstract definition: the last number given at each level.
    counters: BTreeMap<String, [Option<i64>; LEVELS]>,
    /// Per abstract definition: a start that overrides the level's on its
    /// next use, set when an instance with `startOverride` first appears.
    pending_starts: BTreeMap<String, [Option<i64>; LEVELS]>,
    instances_seen: BTreeSet<String>,
}

/// Numbering properties of one paragraph (`numPr`): instance and level,
/// either of which may come from the style.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberingRef {
    /// `numId`; `0` switches numbering off.
    pub num_id: Option<String>,
    /// `ilvl`.
    pub level: Option<usize>,
}

impl NumberingRef {
    /// Reads a `numPr` element.
    pub fn from_num_pr(num_pr: &Element) -> Self {
        NumberingRef {
            num_id: num_pr.child_val("numId").map(str::to_string),
            level: num_pr
                .child_val("ilvl")
                .and_then(|v| v.parse().ok())
                .filter(|&l: &usize| l < LEVELS),
        }
    }
}

impl Numbering {
    /// Reads the numbering part and the styles part, either possibly
    /// absent.
    pub fn new(numbering: Option<&Element>, styles: Option<&Element>) -> Self {
        let mut n = Numbering::default();
        if let Some(root) = numbering {
            for e in root.elements() {
                match e.name.as_str() {
                    "abstractNum" => {
                        let id = e.attr("abstractNumId").unwrap_or_default().to_string();
                        n.definitions.insert(id, levels(e));
                    }
                    "num" => {
                        let id = e.attr("numId").unwrap_or_default().to_string();
                        n.instances.insert(id, instance(e));
                    }
                    _ => {}
                }
            }
        }
        if let Some(root) = styles {
            n.read_styles(root);
        }
        n
    }

    fn read_styles(&mut self, root: &Element) {
        for s in root.elements().filter(|e| e.name == "style") {
            if s.attr("type").is_some_and(|t| t != "paragraph") {
                continue;
            }
            let Some(id) = s.attr("styleId") else {
                continue;
            };
            if is_on_attr(s.attr("default")) {
                self.default_style = Some(id.to_string());
            }
            let num = s.child("pPr").and_then(|p| p.child("numPr"));
            let r = num.map(NumberingRef::from_num_pr).unwrap_or_default();
            self.styles.insert(
                id.to_string(),
                Style {
                    based_on: s.child_val("basedOn").map(str::to_string),
                    num_id: r.num_id,
                    level: r.level,
                },
            );
        }
    }

    /// The label Word shows before a paragraph with this style and these
    /// direct numbering properties, counting it; `None` when the
    /// paragraph is not numbered. The flag says whether the label is
    /// followed by nothing rather than a tab or a space.
    pub fn label(&mut self, style: Option<&str>, direct: &NumberingRef) -> Option<(String, bool)> {
        let style = style.or(self.default_style.as_deref()).map(str::to_string);
        let (num_id, level) = self.resolve(style.as_deref(), direct)?;
        let instance = self.instances.get(&num_id)?.clone();
        let abstract_id = instance.abstract_id.clone();
        let mut levels = self.definitions.get(&abstract_id)?.clone();
        for (l, over) in &instance.level_overrides {
            if let Some(slot) = levels.get_mut(*l) {
                *slot = over.clone();
            }
        }
        for (l, start) in &instance.start_overrides {
            if let Some(slot) = levels.get_mut(*l) {
                slot.start = *start;
            }
        }
        let def = levels.get(level)?.clone();
        if self.instances_seen.insert(num_id) {
            let pending = self.pending_starts.entry(abstract_id.clone()).or_default();
            let counters = self.counters.entry(abstract_id.clone()).or_default();
            for (&l, &start) in &instance.start_overrides {
                pending[l] = Some(start);
                counters[l] = None;
            }
        }
        let counters = self.counters.entry(abstract_id.clone()).or_default();
        let pending = self.pending_starts.entry(abstract_id).or_default();
        counters[level] = Some(match counters[level] {
            Some(n) if pending[level].is_none() => n.saturating_add(1),
            _ => pending[level].take().unwrap_or(def.start),
        });
        for (deeper, counter) in counters.iter_mut().enumerate().skip(level + 1) {
            let restarts = match levels.get(deeper).and_then(|d| d.restart_after) {
                Some(0) => false,
                Some(after) => level < after,
                None => true,
            };
            if restarts {
                *counter = None;
            }
        }
        let shown: Vec<i64> = (0..LEVELS)
            .map(|l| counters[l].unwrap_or_else(|| levels.get(l).map_or(1, |d| d.start)))
            .collect();
        let text = expand(&def, &levels, &shown);
        Some((text, def.suffix_nothing))
    }

    /// The instance and level a paragraph is numbered with: its own
    /// `numPr` first, then its style's, then the styles it is based on; a
    /// level linked to the style by `pStyle` gives the level when none is
    /// set.
    fn resolve(&self, style: Option<&str>, direct: &NumberingRef) -> Option<(String, usize)> {
        let mut num_id = direct.num_id.clone();
        let mut level = direct.level;
        let mut current = style.map(str::to_string);
        let mut hops = 0;
        while let Some(id) = current.filter(|_| hops < 32) {
            hops += 1;
            let Some(s) = self.styles.get(&id) else {
                break;
            };
            if num_id.is_none() {
                num_id = s.num_id.clone();
                level = level.or(s.level);
            }
            current = s.based_on.clone();
        }
        let num_id = num_id.filter(|n| n != "0")?;
        let level = level
            .or_else(|| self.linked_level(&num_id, style))
            .unwrap_or(0);
        Some((num_id, level))
    }

    fn linked_level(&self, num_id: &str, style: Option<&str>) -> Option<usize> {
        let style = style?;
        let abstract_id = &self.instances.get(num_id)?.abstract_id;
        self.definitions
            .get(abstract_id)?
            .iter()
            .position(|l| l.style.as_deref() == Some(style))
    }
}

fn is_on_attr(v: Option<&str>) -> bool {
    matches!(v, Some("1" | "true" | "on"))
}

fn levels(abstract_num: &Element) -> Vec<Level> {
    let mut out = vec![Level::default(); LEVELS];
    for (i, slot) in out.iter_mut().enumerate() {
        slot.start = 1;
        slot.format = "decimal".into();
        slot.pattern = format!("%{}.", i + 1);
    }
    for lvl in abstract_num.elements().filter(|e| e.name == "lvl") {
        if let Some(i) = lvl.attr("ilvl").and_then(|v| v.parse::<usize>().ok()) {
            if i < LEVELS {
                out[i] = level(lvl);
            }
        }
    }
    out
}

fn level(lvl: &Element) -> Level {
    Level {
        start: lvl
            .child_val("start")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        format: lvl.child_val("numFmt").unwrap_or("decimal").to_string(),
        pattern: lvl.child_val("lvlText").unwrap_or_default().to_string(),
        restart_after: lvl.child_val("lvlRestart").and_then(|v| v.parse().ok()),
        legal: is_on(lvl.child("isLgl")),
        suffix_nothing: lvl.child_val("suff") == Some("nothing"),
        style: lvl.child_val("pStyle").map(str::to_string),
    }
}

fn instance(num: &Element) -> Instance {
    let mut inst = Instance {
        abstract_id: num
            .child_val("abstractNumId")
            .unwrap_or_default()
            .to_string(),
        ..Instance::default()
    };
    for o in num.elements().filter(|e| e.name == "lvlOverride") {
        let Some(i) = o.attr("ilvl").and_then(|v| v.parse::<usize>().ok()) else {
            continue;
        };
        if i >= LEVELS {
            continue;
        }
        if let Some(start) = o.child_val("startOverride").and_then(|v| v.parse().ok()) {
            inst.start_overrides.insert(i, start);
        }
        if let Some(lvl) = o.child("lvl") {
            inst.level_overrides.insert(i, level(lvl));
        }
    }
    inst
}

/// Fills a level's pattern: `%n` stands for level n's number in that
/// level's format (decimal throughout for a legal level).
fn expand(def: &Level, levels: &[Level], shown: &[i64]) -> String {
    if def.format == "bullet" {
        return bullet(&def.pattern);
    }
    let mut out = String::new();
    let mut chars = def.pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().and_then(|d| d.to_digit(10))) {
            ('%', Some(d @ 1..=9)) => {
                chars.next();
                let l = d as usize - 1;
                let format = if def.legal {
                    "decimal"
                } else {
                    levels.get(l).map_or("decimal", |x| x.format.as_str())
                };
                out.push_str(&format_number(shown[l], format));
            }
            _ => out.push(c),
        }
    }
    out
}

/// A bullet as text: symbol fonts put their glyphs in the private use
/// area, which shows as nothing useful, so those become `•`.
fn bullet(pattern: &str) -> String {
    if pattern
        .chars()
        .any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c))
        || pattern.is_empty()
    {
        "•".into()
    } else {
        pattern.to_string()
    }
}

/// A number in one of ECMA-376's number formats (§17.18.59); formats of
/// other scripts fall back to decimal.
pub fn format_number(n: i64, format: &str) -> String {
    match format {
        "none" => String::new(),
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// Word's letters: a..z, then aa..zz, then aaa.. (the letter repeated,
/// not a base-26 count).
fn letters(n: i64) -> String {
    if n < 1 {
        return n.to_string();
    }
    let n = n - 1;
    let letter = (b'A' + (n % 26) as u8) as char;
    let times = (n / 26 + 1).min(100) as usize;
    letter.to_string().repeat(times)
}

fn roman(n: i64) -> String {
    if !(1..4000).contains(&n) {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::xml::parse;
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:pStyle w:val="H1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>"#;

    const STYLES: &str = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="List"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    </w:styles>"#;

    fn numbering() -> Numbering {
        let n = parse(NUMBERING).unwrap();
        let s = parse(STYLES).unwrap();
        Numbering::new(Some(&n), Some(&s))
    }

    fn num(id: &str, level: usize) -> NumberingRef {
        NumberingRef {
            num_id: Some(id.into()),
            level: Some(level),
        }
    }

    fn label(n: &mut Numbering, style: Option<&str>, r: &NumberingRef) -> String {
        n.label(style, r).map(|l| l.0).unwrap_or_default()
    }

    #[test]
    fn levels_count_restart_and_continue() {
        let mut n = numbering();
        let got: Vec<String> = [(0, "1"), (1, "1"), (1, "1"), (2, "1"), (0, "1"), (1, "2")]
            .iter()
            .map(|&(l, id)| label(&mut n, None, &num(id, l)))
            .collect();
        // The second instance of the same list continues it.
        assert_eq!(got, ["1.", "(a)", "(b)", "(i)", "2.", "(a)"]);
        // An instance with a start override starts again.
        assert_eq!(label(&mut n, None, &num("3", 0)), "7.");
        assert_eq!(label(&mut n, None, &num("3", 0)), "8.");
        assert_eq!(label(&mut n, None, &num("1", 0)), "9.");
    }

    #[test]
    fn styles_carry_numbering_and_num_id_zero_switches_it_off() {
        let mut n = numbering();
        assert_eq!(label(&mut n, Some("List"), &NumberingRef::default()), "1.");
        assert_eq!(label(&mut n, Some("Sub"), &NumberingRef::default()), "(a)");
        let off = NumberingRef {
            num_id: Some("0".into()),
            level: None,
        };
        assert_eq!(n.label(Some("List"), &off), None);
        // The level linked to a style by pStyle; a legal-free pattern
        // mixing two levels; lvlRestart 0 never restarts.
        assert_eq!(label(&mut n, Some("H1"), &NumberingRef::default()), "IV.");
        assert_eq!(label(&mut n, None, &num("4", 1)), "IV.A");
        assert_eq!(label(&mut n, None, &num("4", 0)), "V.");
        assert_eq!(label(&mut n, None, &num("4", 1)), "V.B");
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(1994, "upperRoman"), "MCMXCIV");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(3, "upperLetter"), "C");
        assert_eq!(format_number(3, "decimalZero"), "03");
        assert_eq!(format_number(3, "none"), "");
        assert_eq!(format_number(12, "ordinal"), "12");
        assert_eq!(bullet("\u{F0B7}"), "•");
    }
}
