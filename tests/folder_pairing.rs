//! Folder comparison pairs the versions of a recurring item whose titles
//! differ only by a year or a session number (issue 12, item 7), one to
//! one, and leaves ambiguous ones unpaired.

use std::process::Command;

#[test]
fn recurring_items_pair_across_their_year_or_session_number() {
    let out = Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "--stat",
            "fixtures/issue12/pairing/79",
            "fixtures/issue12/pairing/80",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let (o, n) = ("fixtures/issue12/pairing/79", "fixtures/issue12/pairing/80");
    let pair = |old: &str, new: &str| {
        format!(
            "changed   {o}/{old} → {n}/{new}  [by title]  1 changed, 0 moved, 0 split, 0 merged, \
             0 inserted, 0 deleted; footnotes: none"
        )
    };
    let expected = [
        pair("A-RES-79-117.en.txt", "A-RES-80-161.en.txt"),
        pair("A-RES-79-117.es.txt", "A-RES-80-161.es.txt"),
        pair("A-RES-79-117.fr.txt", "A-RES-80-161.fr.txt"),
        pair("A-RES-79-261.en.txt", "A-RES-80-246.en.txt"),
        format!("only-old  {o}/A-RES-79-259.en.txt"),
        format!("only-old  {o}/A-RES-79-260.en.txt"),
        format!("only-old  {o}/A-RES-79-300.en.txt"),
        format!("only-new  {n}/A-RES-80-245.en.txt"),
        format!("only-new  {n}/A-RES-80-300.en.txt"),
        "4 pairs (4 changed, 0 unchanged), 3 only in old, 2 only in new, 0 unreadable".to_string(),
    ];
    assert_eq!(text.lines().collect::<Vec<_>>(), expected, "{text}");
}
