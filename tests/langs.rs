//! The six UN languages on real texts (issue 19): the Universal
//! Declaration of Human Rights read into the same ids in ar, zh, en, fr, ru
//! and es; its 1948 and current Spanish wordings compared; resolution-shaped
//! texts in es, ru, ar and zh, built from aligned sentences of A/RES/69/170
//! (`fixtures/langs/generate.py`), compared across their plain, markdown and
//! PDF-text forms and against edited copies; the HTML page's own words.

use std::path::Path;

#[path = "common/browser.rs"]
mod browser;

use resdiff::compare::compare;
use resdiff::render::html::{self, HtmlOptions};
use resdiff::{CompareOptions, Comparison, Document, Op, Status};

fn parse(path: &str) -> Document {
    resdiff::parse_path(Path::new(path), None).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn udhr(lang: &str) -> Document {
    let path = match lang {
        "en" | "fr" | "es-1948" => format!("fixtures/langs/UDHR-A-RES-217A-III.{lang}.txt"),
        _ => format!("fixtures/issue12/UDHR-A-RES-217A-III.{lang}.txt"),
    };
    parse(&path)
}

fn ids(doc: &Document) -> Vec<String> {
    doc.paragraphs.iter().map(|p| p.id.clone()).collect()
}

/// The ids of the articles and their paragraphs: `ART2`, `ART2.U1`,
/// `ART2.U2`, … `ART11`, `ART11.1`, `ART11.2`, … as the Declaration numbers
/// them (how many numbered paragraphs each article has, 0 where its text is
/// unnumbered).
fn article_ids() -> Vec<String> {
    // Article: (numbered paragraphs, unnumbered paragraphs).
    let shape: [(u32, u32); 30] = [
        (0, 1),
        (0, 2),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 1),
        (2, 0),
        (0, 1),
        (2, 0),
        (2, 0),
        (2, 0),
        (3, 0),
        (2, 0),
        (0, 1),
        (0, 1),
        (2, 0),
        (3, 0),
        (0, 1),
        (4, 0),
        (0, 1),
        (2, 0),
        (3, 0),
        (2, 0),
        (0, 1),
        (3, 0),
        (0, 1),
    ];
    let mut out = Vec::new();
    for (i, (numbered, unnumbered)) in shape.iter().enumerate() {
        let a = i + 1;
        out.push(format!("ART{a}"));
        out.extend((1..=*numbered).map(|n| format!("ART{a}.{n}")));
        out.extend((1..=*unnumbered).map(|n| format!("ART{a}.U{n}")));
    }
    out
}

fn expected_udhr_ids(preamble: u32) -> Vec<String> {
    let mut out: Vec<String> = (1..=preamble).map(|n| format!("PP{n}")).collect();
    out.push("OP1".into());
    out.extend(article_ids());
    out
}

#[test]
fn the_declaration_reads_into_the_same_ids_in_six_languages() {
    for lang in ["en", "fr", "es", "es-1948", "ru", "zh"] {
        let doc = udhr(lang);
        assert_eq!(ids(&doc), expected_udhr_ids(7), "{lang}");
    }
    // The Arabic text of the `udhr` package lacks the fourth preambular
    // paragraph ("friendly relations between nations"): six, then the same
    // proclamation and articles.
    assert_eq!(ids(&udhr("ar")), expected_udhr_ids(6));
}

#[test]
fn the_declaration_s_parts_hold_their_own_words() {
    let first_words = |lang: &str, id: &str| -> String {
        let doc = udhr(lang);
        let p = doc.paragraphs.iter().find(|p| p.id == id).expect(id);
        p.text.chars().take(12).collect()
    };
    assert_eq!(first_words("en", "PP1"), "Whereas reco");
    assert_eq!(first_words("en", "OP1"), "Proclaims th");
    assert_eq!(first_words("en", "ART11.2"), "No one shall");
    assert_eq!(first_words("fr", "ART1"), "Article prem");
    assert_eq!(first_words("ru", "PP2"), "принимая во ");
    assert_eq!(first_words("ru", "OP1"), "провозглашае");
    assert_eq!(first_words("zh", "PP1"), "鉴于对人类家庭所有成员的");
    assert_eq!(first_words("zh", "OP1"), "发布这一世界人权宣言,作");
    assert_eq!(first_words("zh", "ART30"), "第三十条");
    assert_eq!(first_words("ar", "ART1"), "المادة 1");
    // The Arabic proclamation printed over two lines is one paragraph.
    let ar = udhr("ar");
    let op1 = &ar.paragraphs.iter().find(|p| p.id == "OP1").unwrap().text;
    assert!(
        op1.starts_with("تنادي بهذا الإعلان العالمي لحقوق الإنسان على أنه المستوى"),
        "{op1}"
    );
    // The cover before the preamble, the lead and the opener are metadata.
    let en = udhr("en");
    let meta: Vec<&str> = en.metadata.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        meta,
        [
            "Universal Declaration of Human Rights",
            "Preamble",
            "Now, therefore,",
            "The General Assembly"
        ]
    );
}

/// The entries that are not unchanged, as (status, ids, deleted, inserted),
/// the deleted and inserted pieces trimmed.
fn changes(c: &Comparison) -> Vec<(Status, String, Vec<String>, Vec<String>)> {
    c.alignment
        .iter()
        .filter(|e| e.status != Status::Unchanged)
        .map(|e| {
            let pieces = |op: Op| -> Vec<String> {
                e.diff
                    .iter()
                    .filter(|s| s.op == op)
                    .map(|s| s.text.trim().to_string())
                    .collect()
            };
            let ids = if e.old == e.new {
                e.new.join(",")
            } else {
                format!("{}→{}", e.old.join(","), e.new.join(","))
            };
            (e.status, ids, pieces(Op::Delete), pieces(Op::Insert))
        })
        .collect()
}

fn v(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn spanish_1948_to_current_shows_the_real_differences_only() {
    let c = compare(udhr("es-1948"), udhr("es"), &CompareOptions::default());
    let mut expected = vec![
        (
            Status::Changed,
            "PP2".to_string(),
            v(&["del hombre", ";"]),
            v(&["humanos", ","]),
        ),
        (
            Status::Changed,
            "PP3".into(),
            v(&["del hombre", "derecho"]),
            v(&["humanos", "Derecho"]),
        ),
        (Status::Changed, "PP5".into(), v(&[";"]), v(&[","])),
        (Status::Changed, "PP6".into(), v(&[";"]), v(&[","])),
        (
            Status::Changed,
            "OP1".into(),
            v(&["del Hombre"]),
            v(&["los", "Humanos"]),
        ),
    ];
    // Each article's heading went from capitals to lower case; eight
    // articles' texts changed too.
    for a in 1..=30u32 {
        expected.push((
            Status::Changed,
            format!("ART{a}"),
            v(&["ARTÍCULO"]),
            v(&["Artículo"]),
        ));
        let body = match a {
            4 => Some(("ART4.U1", v(&[";"]), v(&[","]))),
            8 => Some(("ART8.U1", v(&[","]), v(&[]))),
            11 => Some(("ART11.2", v(&["fueren"]), v(&["fueron"]))),
            12 => Some((
                "ART12.U1",
                v(&["ingerencias", "ingerencias"]),
                v(&["injerencias", "injerencias"]),
            )),
            16 => Some(("ART16.1", v(&[";"]), v(&[","]))),
            26 => Some((
                "ART26.2",
                v(&["del hombre", ";"]),
                v(&["humanos", "todas", ","]),
            )),
            27 => Some(("ART27.2", v(&["autor"]), v(&["autora"]))),
            30 => Some(("ART30.U1", v(&["la presente"]), v(&["esta"]))),
            _ => None,
        };
        if let Some((id, deleted, inserted)) = body {
            expected.push((Status::Changed, id.to_string(), deleted, inserted));
        }
    }
    assert_eq!(changes(&c), expected);
    let s = &c.summary;
    assert_eq!(s.paragraphs["changed"], 43);
    assert_eq!(s.paragraphs["unchanged"], 45);
    // The space before ";" that 1948 printed is a typographic variant: the
    // key folds it, and the equal span keeps the old form.
    let pp1 = &c.alignment[0];
    assert_eq!(pp1.status, Status::Unchanged);
    assert_eq!(pp1.diff.len(), 1);
    assert_eq!(
        pp1.diff[0]
            .old_text
            .as_deref()
            .map(|t| t.ends_with("humana ;")),
        Some(true)
    );
}

fn resolution(lang: &str, form: &str) -> Document {
    parse(&format!("fixtures/langs/res-69-170.{lang}.{form}"))
}

#[test]
fn resolutions_read_the_same_in_every_form() {
    let letters = [
        ("es", "a", "b"),
        ("ru", "а", "б"),
        ("ar", "أ", "ب"),
        ("zh", "a", "b"),
    ];
    for (lang, a, b) in letters {
        let plain = resolution(lang, "plain.txt");
        let mut expected = v(&["PP1", "PP2", "PP3", "PP4", "OP2"]);
        expected.push(format!("OP2({a})"));
        expected.push(format!("OP2({b})"));
        assert_eq!(ids(&plain)[..7], expected[..], "{lang}");
        assert_eq!(plain.symbol.as_deref(), Some("A/RES/69/170"), "{lang}");
        assert_eq!(plain.footnotes.len(), 1, "{lang}");
        for form in ["pdf.txt", "md"] {
            let other = resolution(lang, form);
            let c = compare(plain.clone(), other, &CompareOptions::default());
            assert!(!c.has_differences(), "{lang} {form}: {:?}", changes(&c));
        }
    }
    let date = |lang| resolution(lang, "plain.txt").date;
    // The closing date after the meeting line, in each language's words.
    assert_eq!(date("es").as_deref(), Some("18 de diciembre de 2014"));
    assert_eq!(date("ru").as_deref(), Some("18 декабря 2014 года"));
    assert_eq!(date("ar").as_deref(), Some("18 كانون الأول/ديسمبر 2014"));
    assert_eq!(date("zh").as_deref(), Some("2015年2月12日"));
}

#[test]
fn edited_resolutions_show_exactly_the_edits() {
    let cases = [
        ("es", v(&["Poniendo de relieve"]), v(&["Destacando"])),
        (
            "ru",
            v(&["подчеркивая самую настоятельную потребность"]),
            v(&["особо отмечая настоятельную необходимость"]),
        ),
        ("ar", v(&["تشدد على الحاجة"]), v(&["تؤكد الضرورة"])),
        // One replaced phrase, not alternating characters.
        (
            "zh",
            v(&["强调迫切需要进一步促进和保护"]),
            v(&["指出亟需加强尊重和保障"]),
        ),
    ];
    for (lang, deleted, inserted) in cases {
        let c = compare(
            resolution(lang, "plain.txt"),
            resolution(lang, "edited.plain.txt"),
            &CompareOptions::default(),
        );
        let got = changes(&c);
        assert_eq!(got.len(), 2, "{lang}: {got:?}");
        assert_eq!(
            (got[0].0, got[0].1.as_str()),
            (Status::Deleted, "PP2→"),
            "{lang}"
        );
        assert_eq!(
            got[1],
            (Status::Changed, "PP3→PP2".to_string(), deleted, inserted),
            "{lang}"
        );
        assert_eq!(c.summary.renumbered, 1, "{lang}");
    }
}

#[test]
fn the_html_page_speaks_the_document_s_language() {
    let page = |lang: &str| {
        let doc = resolution(lang, "plain.txt");
        let edited = resolution(lang, "edited.plain.txt");
        html::render(
            &compare(doc, edited, &CompareOptions::default()),
            &HtmlOptions::default(),
        )
    };
    let es = page("es");
    assert!(es.contains("lang=\"es\""));
    assert!(es.contains("Texto comparado") && es.contains("palabras suprimidas"));
    assert!(
        es.contains(">suprimido<") && es.contains(">modificado<"),
        "statuses"
    );
    let ru = page("ru");
    assert!(ru.contains("Сравнение текстов") && ru.contains(">исключён<"));
    let zh = page("zh");
    assert!(zh.contains("文本对照") && zh.contains(">删除<"));
    let ar = page("ar");
    assert!(ar.contains("dir=\"rtl\"") && ar.contains("lang=\"ar\""));
    assert!(ar.contains("مقارنة النصين") && ar.contains(">محذوفة<"));
    assert!(!ar.contains(">deleted<") && !ar.contains("Redline"));
}

/// The Arabic redline in a real browser: Chromium reads the page as Arabic
/// written right to left, and a screenshot is left in `tests/artifacts/`
/// (`ar-69-170-edits.png`) for a reader to look at.
#[test]
fn the_arabic_page_is_right_to_left_in_the_browser() {
    let Some(chromium) = browser::browser() else {
        return;
    };
    let dir = browser::artifacts();
    let page = dir.join("ar-69-170-edits.html");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_resdiff"))
        .args([
            "fixtures/langs/res-69-170.ar.plain.txt",
            "fixtures/langs/res-69-170.ar.edited.plain.txt",
            "--format",
            "html",
            "-o",
        ])
        .arg(&page)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let dom = String::from_utf8(browser::headless(&chromium, &["--dump-dom"], &page)).unwrap();
    assert!(
        dom.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &dom[..200.min(dom.len())]
    );
    assert!(dom.contains("مقارنة النصين"));
    assert_eq!(
        dom.matches("<del>").count() - 1,
        2,
        "the legend's and the two deletions"
    );
    let shot = dir.join("ar-69-170-edits.png");
    let screenshot = format!("--screenshot={}", shot.display());
    browser::headless(&chromium, &[&screenshot, "--window-size=1000,1600"], &page);
    assert!(
        std::fs::metadata(&shot).unwrap().len() > 10_000,
        "screenshot written"
    );
}
