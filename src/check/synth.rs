//! Synthetic documents for benchmarks and stress tests: realistic pairs of
//! versions of any size, made deterministically from real paragraphs.
//!
//! ```
//! let pool = vec!["Recalling its resolution 78/1,".to_string(), "Decides to act;".to_string()];
//! let (old, new) = resdiff::check::synth::resolution_pair(&pool, 200, 7, &resdiff::check::synth::Edits::default());
//! assert_eq!(old, resdiff::check::synth::resolution_pair(&pool, 200, 7, &Default::default()).0);
//! assert_ne!(old, new);
//! ```

/// Shares of paragraphs edited between the two versions.
#[derive(Debug, Clone, Copy)]
pub struct Edits {
    /// Some words replaced.
    pub reworded: f64,
    /// Moved to another place.
    pub moved: f64,
    /// New paragraph inserted after it.
    pub inserted: f64,
    /// Deleted.
    pub deleted: f64,
}

impl Default for Edits {
    /// About 5% of paragraphs edited: 3% reworded, 0.5% moved, 0.75%
    /// inserted and 0.75% deleted.
    fn default() -> Self {
        Edits {
            reworded: 0.03,
            moved: 0.005,
            inserted: 0.0075,
            deleted: 0.0075,
        }
    }
}

impl Edits {
    /// A negotiation's pace between two versions: about a tenth of the
    /// paragraphs edited (6% reworded, 1% moved, 1.5% inserted, 1.5%
    /// deleted), for chains of versions.
    pub const NEGOTIATION: Edits = Edits {
        reworded: 0.06,
        moved: 0.01,
        inserted: 0.015,
        deleted: 0.015,
    };
}

/// A small deterministic generator (xorshift64*): the same seed gives the
/// same documents on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const REPLACEMENTS: &[&str] = &[
    "further",
    "strongly",
    "also",
    "existing",
    "relevant",
    "all",
    "international",
    "national",
    "regional",
    "voluntary",
    "appropriate",
    "continued",
];

/// `n` distinct paragraphs made from the pool: each takes a pool paragraph
/// and a reference that no other paragraph has.
fn paragraphs(pool: &[String], n: usize, rng: &mut Rng) -> Vec<String> {
    (0..n)
        .map(|i| {
            let base = pool[rng.below(pool.len())].trim_end_matches([',', ';', '.']);
            format!(
                "{base}, as noted in document A/{}/{};",
                60 + i % 20,
                100 + i
            )
        })
        .collect()
}

fn reword(text: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let k = rng.below(words.len());
        words[k] = REPLACEMENTS[rng.below(REPLACEMENTS.len())].to_string();
    }
    words.join(" ")
}

/// Lays paragraphs out as a plain-text resolution: the first tenth
/// preambular, the rest numbered operative paragraphs.
pub fn layout(paragraphs: &[String]) -> String {
    let mut out = String::from("The General Assembly,\n\n");
    let preamble = paragraphs.len() / 10;
    for (i, p) in paragraphs.iter().enumerate() {
        if i < preamble {
            out.push_str(p);
        } else {
            out.push_str(&format!("{}. {p}", i - preamble + 1));
        }
        out.push_str("\n\n");
    }
    out
}

/// A pair of versions of one `n`-paragraph resolution, the second edited
/// as `edits` says. Paragraph texts come from `pool`.
pub fn resolution_pair(pool: &[String], n: usize, seed: u64, edits: &Edits) -> (String, String) {
    let mut rng = Rng::new(seed);
    let old = paragraphs(pool, n, &mut rng);
    let new = edit(&old, pool, &mut rng, edits);
    (layout(&old), layout(&new))
}

/// Applies random edits to a list of paragraphs.
pub fn edit(old: &[String], pool: &[String], rng: &mut Rng, edits: &Edits) -> Vec<String> {
    let mut new: Vec<String> = Vec::with_capacity(old.len() + old.len() / 50);
    let mut moving: Vec<String> = Vec::new();
    for (i, p) in old.iter().enumerate() {
        if rng.chance(edits.deleted) {
            continue;
        }
        if rng.chance(edits.moved) {
            moving.push(p.clone());
            continue;
        }
        if rng.chance(edits.reworded) {
            new.push(reword(p, rng));
        } else {
            new.push(p.clone());
        }
        if rng.chance(edits.inserted) {
            let base = pool[rng.below(pool.len())].trim_end_matches([',', ';', '.']);
            new.push(format!("{base}, as inserted in document A/INF/{i};"));
        }
    }
    for p in moving {
        let at = rng.below(new.len() + 1);
        new.insert(at, p);
    }
    new
}

/// The shape where naive alignment explodes: `n` paragraphs that are
/// identical or nearly so (boilerplate repeated), a few of them edited.
pub fn boilerplate_pair(n: usize, seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed);
    let old: Vec<String> = (0..n)
        .map(|i| {
            if i % 50 == 0 {
                format!(
                    "Decides to remain seized of the matter in section {};",
                    i / 50
                )
            } else {
                "Decides to remain seized of the matter;".to_string()
            }
        })
        .collect();
    let pool = vec!["Decides to remain actively seized of the matter;".to_string()];
    let new = edit(&old, &pool, &mut rng, &Edits::default());
    (layout(&old), layout(&new))
}

/// `versions` successive versions of one `n`-paragraph resolution, each
/// edited from the one before as `edits` says: a chain for `resdiff
/// history` and its benchmark.
///
/// ```
/// let pool = vec!["Recalling its resolution 78/1,".to_string(), "Decides to act;".to_string()];
/// let chain = resdiff::check::synth::resolution_chain(&pool, 50, 10, 3, &Default::default());
/// assert_eq!(chain.len(), 10);
/// ```
pub fn resolution_chain(
    pool: &[String],
    n: usize,
    versions: usize,
    seed: u64,
    edits: &Edits,
) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut current = paragraphs(pool, n, &mut rng);
    let mut chain = Vec::with_capacity(versions);
    for _ in 0..versions {
        chain.push(layout(&current));
        current = edit(&current, pool, &mut rng, edits);
    }
    chain
}

/// The paragraphs of the texts (`.txt`) of a folder, files in name order:
/// the material of synthetic documents (`fixtures/real` for the
/// benchmarks).
pub fn pool(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut pool = Vec::new();
    for f in files {
        let doc = crate::parse_path(&f, None).map_err(std::io::Error::other)?;
        pool.extend(doc.paragraphs.into_iter().map(|p| p.text));
    }
    Ok(pool)
}
