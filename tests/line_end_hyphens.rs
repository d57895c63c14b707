//! Hyphens at line ends (issue 12, item 4): a word a typesetter cut
//! ("dévelop-" / "pement") is joined, a compound broken at its own hyphen
//! ("Nord-" / "Sud") keeps it, a hyphen a line break left spaced inside a
//! line ("Non- Proliferation") closes up, and a suspended compound ("low-
//! and middle-income") stays as written, in en, fr, es and ru; a text
//! typeset with hyphenation compares as unchanged with the same text set
//! without.

/// The parsed paragraphs of a text, as (id, text).
mod common;
use common::pairs;

fn paragraphs(text: &str) -> Vec<(String, String)> {
    common::ids_and_texts(&resdiff::parse_text("test.txt", text, None))
}

#[cfg(feature = "lexicon")]
#[test]
fn english_breaks() {
    let text = "The General Assembly,\n\n\
        Recalling its resolution 78/1 on the technolo-\n\
        gical progress of the least developed countries,\n\n\
        1. Welcomes the capacity-\n\
        building efforts, the follow-\n\
        up to the Treaty on the Non- Proliferation of Nuclear Weapons and the work of non-\n\
        State actors in low- and middle-income countries;\n\n\
        2. Encourages the develop-\n\
        ment of decision-\n\
        making tools;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "PP1",
                "Recalling its resolution 78/1 on the technological progress of the least \
                 developed countries,"
            ),
            (
                "OP1",
                "Welcomes the capacity-building efforts, the follow-up to the Treaty on the \
                 Non-Proliferation of Nuclear Weapons and the work of non-State actors in low- \
                 and middle-income countries;"
            ),
            (
                "OP2",
                "Encourages the development of decision-making tools;"
            ),
        ])
    );
}

#[cfg(feature = "lexicon")]
#[test]
fn french_breaks() {
    let text = "L’Assemblée générale,\n\n\
        Rappelant que les pays en dévelop-\n\
        pement protè-\n\
        gent la coopération Nord-\n\
        Sud et les initiatives sous-\n\
        régionales,\n\n\
        1. Invite le porte-\n\
        parole à renforcer la coopé-\n\
        ration entre les pays à revenu faible ou intermédiaire, pré- et post-\n\
        électoraux ;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "PP1",
                "Rappelant que les pays en développement protègent la coopération Nord-Sud et \
                 les initiatives sous-régionales,"
            ),
            (
                "OP1",
                "Invite le porte-parole à renforcer la coopération entre les pays à revenu \
                 faible ou intermédiaire, pré- et post-électoraux ;"
            ),
        ])
    );
}

#[cfg(feature = "lexicon")]
#[test]
fn spanish_breaks() {
    let text = "La Asamblea General,\n\n\
        Recono-\n\
        ciendo la importancia del desa-\n\
        rrollo sostenible y de la cooperación Sur-\n\
        Sur,\n\n\
        1. Exhorta a los Estados a adoptar enfoques teórico-\n\
        prácticos y a reforzar la cooperación técnica entre las Na-\n\
        ciones Unidas y las organizaciones regionales;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "PP1",
                "Reconociendo la importancia del desarrollo sostenible y de la cooperación \
                 Sur-Sur,"
            ),
            (
                "OP1",
                "Exhorta a los Estados a adoptar enfoques teórico-prácticos y a reforzar la \
                 cooperación técnica entre las Naciones Unidas y las organizaciones regionales;"
            ),
        ])
    );
}

#[cfg(feature = "lexicon")]
#[test]
fn russian_breaks() {
    let text = "Генеральная Ассамблея,\n\n\
        признавая важность устойчивого разви-\n\
        тия и социально-\n\
        экономического сотрудничества Север-\n\
        Юг,\n\n\
        1. призывает государства-\n\
        члены к техноло-\n\
        гическому сотрудничеству;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "PP1",
                "признавая важность устойчивого развития и социально-экономического \
                 сотрудничества Север-Юг,"
            ),
            (
                "OP1",
                "призывает государства-члены к технологическому сотрудничеству;"
            ),
        ])
    );
}

/// The document's own words decide before the word list: a compound it
/// writes whole elsewhere keeps its hyphen at a line end, a word it writes
/// joined elsewhere is joined even where the list would keep the hyphen.
#[test]
fn the_documents_own_words_come_first() {
    let text = "The General Assembly,\n\n\
        1. Welcomes the health-care workers and the co-\n\
        operation of States;\n\n\
        2. Notes the health-\n\
        care of the cooperation;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "OP1",
                "Welcomes the health-care workers and the cooperation of States;"
            ),
            ("OP2", "Notes the health-care of the cooperation;"),
        ])
    );
}

/// A suspended compound's hyphen at a line end keeps the space before the
/// suspending word ("burden-" / "and responsibility-sharing" is "burden-
/// and"), and a compound broken before a number closes up ("post-" /
/// "2015" is "post-2015"); with or without a word list.
#[test]
fn suspended_compounds_and_numbers_at_line_ends() {
    let text = "The General Assembly,\n\n\
        1. Calls for burden-\n\
        and responsibility-sharing in the post-\n\
        2015 era and an 18-\n\
        month programme for low- and middle-income countries;\n\n\
        2. Recalls burden- and responsibility-sharing;\n";
    assert_eq!(
        paragraphs(text),
        pairs(&[
            (
                "OP1",
                "Calls for burden- and responsibility-sharing in the post-2015 era and an \
                 18-month programme for low- and middle-income countries;"
            ),
            ("OP2", "Recalls burden- and responsibility-sharing;"),
        ])
    );
}

/// Arabic has no case and no word list: a line-end hyphen stays as
/// before, even where the document writes the word whole.
#[test]
fn arabic_keeps_its_line_end_hyphens_as_before() {
    let text = "إن الجمعية العامة،\n\n\
        1. تشجع التنمية المستدامة و التنمي-\n\
        ة الاجتماعية وحقوق-\n\
        الإنسان؛\n";
    let doc = resdiff::parse_text("ar.txt", text, None);
    assert_eq!(doc.language.0, "ar");
    assert_eq!(
        doc.paragraphs.last().map(|p| p.text.as_str()),
        Some("تشجع التنمية المستدامة و التنمي-ة الاجتماعية وحقوق-الإنسان؛")
    );
}

/// The audit finds the artifacts a line end leaves: a cut word whose hyphen
/// stayed (written so inside a line, where no line end explains it) and a
/// spaced hyphen before a capital that no compound explains.
#[cfg(feature = "lexicon")]
#[test]
fn the_audit_counts_line_end_hyphen_artifacts() {
    let text = "The General Assembly,\n\n\
        1. Welcomes the technolo-gical progress of capacity-building;\n\n\
        2. Notes the Xqzt- Vwpr Treaty and the low- and middle-income countries;\n\n\
        3. Notes the decision-making tools;\n";
    let doc = resdiff::parse_text("audit.txt", text, None);
    assert_eq!(
        resdiff::check::audit::hyphen_faults(&doc),
        [
            "OP1: cut word left hyphenated: …Welcomes the technolo-gical progress of capacity-building…",
            "OP2: spaced line-end hyphen: …Notes the Xqzt- Vwpr Treaty and the low- and mi…",
        ]
    );
}

#[cfg(feature = "lexicon")]
const DIR: &str = "fixtures/issue12/hyphens";

#[cfg(feature = "lexicon")]
fn compare(old: &str, new: &str) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args(["--stat", &format!("{DIR}/{old}"), &format!("{DIR}/{new}")])
        .output()
        .expect("the binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A text typeset with hyphenation reads as the same text set without it,
/// in each of the four languages.
#[cfg(feature = "lexicon")]
#[test]
fn typeset_hyphenation_compares_as_unchanged() {
    for name in ["78-311.en", "78-311.fr", "udhr.es", "udhr.ru"] {
        let hyphenated = format!("{name}.hyphenated.txt");
        let breaks = std::fs::read_to_string(format!("{DIR}/{hyphenated}"))
            .unwrap()
            .lines()
            .filter(|l| l.ends_with('-'))
            .count();
        assert!(breaks >= 25, "{name}: {breaks} line-end hyphens");
        let (code, stat) = compare(&format!("{name}.wrapped.txt"), &hyphenated);
        assert_eq!(code, Some(0), "{name}: {stat}");
        if name.starts_with("78-311") {
            let (code, stat) = compare(&format!("{name}.lines.txt"), &hyphenated);
            assert_eq!(code, Some(0), "{name}: {stat}");
        }
    }
}
