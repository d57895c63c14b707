#!/usr/bin/python3
"""Writes the Word fixtures of tests/docx.rs with LibreOffice (python-uno).

Run with Debian's /usr/bin/python3 (python3-uno), from the repository root,
after `cargo build`:

    /usr/bin/python3 scripts/make-docx-fixtures.py [target/debug/resdiff]

For each text (the seeds, fixtures/real) it reads the structure resdiff
finds (`resdiff parse --format json`) and writes it to
fixtures/docx/NAME.docx as a delegate's Word file would hold it: the cover
lines and paragraphs as paragraphs, the footnotes as real footnotes at their
markers, the symbol and running title in the page header, the job number in
the footer. Numbers are typed, except in the files listed in AUTOMATIC,
whose operative paragraphs and their sub-paragraphs (1., (a), (i)) are
numbered by a three-level list. It also writes tracked-changes.docx (with
its old and new texts), whose changes are recorded as LibreOffice records
them: insertions, deletions, a paragraph deleted whole, a paragraph moved.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fixtures", "docx")
INPUTS = sorted(
    [os.path.join("seeds", f) for f in os.listdir(os.path.join(ROOT, "seeds")) if f[0].isdigit()]
    + [os.path.join("fixtures", "real", f)
       for f in os.listdir(os.path.join(ROOT, "fixtures", "real")) if f.endswith(".txt")]
)
AUTOMATIC = {"A-RES-80-58.en", "A-RES-78-265.en", "001_f645d6d34d6fbb5d", "004_a766b7494bea99d2"}
# com.sun.star.style.NumberingType
LOWER_LETTER, LOWER_ROMAN, ARABIC = 1, 3, 4
PARAGRAPH_BREAK = 0


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start_office():
    profile = tempfile.mkdtemp(prefix="resdiff-lo-")
    port = 20000 + os.getpid() % 10000
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo",
        "-env:UserInstallation=file://" + profile,
        "--accept=socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port,
    ])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(
                "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
            break
        except Exception:
            time.sleep(0.5)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return office, desktop


def new_document(desktop):
    return desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                        (prop("Hidden", True),))


def list_style(doc, prefix):
    """A numbering style: 1. / (a) / (i), or 1. / a) / i), each level
    shown alone."""
    styles = doc.StyleFamilies.getByName("NumberingStyles")
    if styles.hasByName("OperativeList"):
        return "OperativeList"
    style = doc.createInstance("com.sun.star.style.NumberingStyle")
    styles.insertByName("OperativeList", style)
    rules = style.NumberingRules
    for level, (kind, prefix, suffix) in enumerate(
            [(ARABIC, "", "."), (LOWER_LETTER, prefix, ")"), (LOWER_ROMAN, prefix, ")")]):
        props = list(rules.getByIndex(level))
        for p in props:
            if p.Name == "NumberingType":
                p.Value = kind
            elif p.Name == "Prefix":
                p.Value = prefix
            elif p.Name == "Suffix":
                p.Value = suffix
            elif p.Name == "StartWith":
                p.Value = 1
            elif p.Name == "ParentNumbering":
                p.Value = 1
            elif p.Name == "ListFormat":
                # LibreOffice 7.2 and later build the label from this
                # pattern, not from Prefix and Suffix.
                p.Value = "%s%%%d%%%s" % (prefix, level + 1, suffix)
        uno.invoke(rules, "replaceByIndex",
                   (level, uno.Any("[]com.sun.star.beans.PropertyValue", tuple(props))))
    style.NumberingRules = rules
    return "OperativeList"


def to_roman(n):
    out = ""
    for v, s in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]:
        while n >= v:
            out, n = out + s, n - v
    return out


class Writer:
    def __init__(self, doc, automatic, prefix="("):
        self.doc = doc
        self.text = doc.Text
        self.cursor = self.text.createTextCursor()
        self.first = True
        self.automatic = automatic
        self.counters = [0, 0, 0]
        self.prefix = prefix
        self.style = list_style(doc, prefix) if automatic else None

    def auto_level(self, label):
        """The list level that prints this label next, if any."""
        if not self.automatic or not label:
            return None
        c = self.counters
        nexts = [
            "%d." % (c[0] + 1),
            "%s%s)" % (self.prefix, chr(ord("a") + c[1])) if c[1] < 26 else None,
            "%s%s)" % (self.prefix, to_roman(c[2] + 1)),
        ]
        for level, expected in enumerate(nexts):
            if label == expected and (level == 0 or c[0] > 0) and (level < 2 or c[1] > 0):
                c[level] += 1
                for deeper in range(level + 1, 3):
                    c[deeper] = 0
                return level
        return None

    def paragraph(self, text, label=None, notes=()):
        if not self.first:
            self.text.insertControlCharacter(self.cursor, PARAGRAPH_BREAK, False)
        self.first = False
        level = self.auto_level(label)
        if level is not None:
            self.cursor.NumberingStyleName = self.style
            self.cursor.NumberingLevel = level
        else:
            if self.automatic:
                self.cursor.NumberingStyleName = ""
            if label:
                text = label + " " + text
                notes = [(mark, offset + len((label + " ").encode()), note)
                         for mark, offset, note in notes]
        data = text.encode()
        at = 0
        for mark, offset, note in sorted(notes, key=lambda n: (n[1], number(n[0]))):
            self.text.insertString(self.cursor, data[at:offset].decode(), False)
            self.footnote(mark, note)
            at = offset
        self.text.insertString(self.cursor, data[at:].decode(), False)

    def footnote(self, mark, note):
        fn = self.doc.createInstance("com.sun.star.text.Footnote")
        if not mark.isdigit():
            fn.Label = mark
        self.text.insertTextContent(self.cursor, fn, False)
        fn.setString(note)


def furniture(doc, removed):
    """The page header holds the symbol and the running title, the footer
    the job number, as in the UN's own files."""
    def first(reason):
        return next((r["text"] for r in removed if r["reason"] == reason), None)
    page = doc.StyleFamilies.getByName("PageStyles").getByName("Standard")
    header = " ".join(t for t in [first("page_header"), first("running_title")] if t)
    if header:
        page.HeaderIsOn = True
        page.HeaderText.setString(header)
    job = first("job_number")
    if job:
        page.FooterIsOn = True
        page.FooterText.setString(job)


def number(mark):
    return int(mark) if mark.isdigit() else 0


def blocks(parsed):
    """Cover lines and paragraphs in reading order. A footnote no marker
    refers to (the extraction glued its marker to a number: "43 %23.")
    is referred to at the end of the paragraph above it, since a Word
    footnote stands where its reference does."""
    notes = {}
    for f in parsed["footnotes"]:
        notes.setdefault(f["mark"], f["text"])
    referred = {n["mark"] for p in parsed["paragraphs"] for n in p.get("notes", [])}
    items = [(m["lines"][0], 0, m["text"], None, []) for m in parsed["metadata"]]
    for p in parsed["paragraphs"]:
        marks = [(n["mark"], n["offset"], notes.get(n["mark"], "")) for n in p.get("notes", [])]
        for f in parsed["footnotes"]:
            if f["mark"] not in referred and p["lines"][0] <= f["lines"][0]:
                later = [q for q in parsed["paragraphs"] if p["lines"][0] < q["lines"][0] <= f["lines"][0]]
                if not later:
                    # Before the paragraph's next note, so that Word's
                    # count gives it its number.
                    after = [o for m, o, _ in marks if number(m) > number(f["mark"])]
                    offset = min(after, default=len(p["text"].encode()))
                    marks.append((f["mark"], offset, f["text"]))
        items.append((p["lines"][0], 1, p["text"], p.get("label"), marks))
    return sorted(items, key=lambda i: (i[0], i[1]))


def save(doc, path):
    doc.storeToURL("file://" + path, (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


def page_count(doc):
    return doc.CurrentController.PageCount


def write_long(desktop, resdiff, src, pages):
    """A document of at least `pages` pages as LibreOffice lays them out
    (A4/Letter default page, default font): the text written again and
    again, for the benchmark."""
    parsed = json.loads(subprocess.check_output([resdiff, "parse", "--format", "json", src]))
    doc = new_document(desktop)
    writer = Writer(doc, False)
    copies = 0
    while page_count(doc) < pages:
        for _, _, text, label, notes in blocks(parsed):
            writer.paragraph(text, label, notes)
        copies += 1
    count = page_count(doc)
    save(doc, os.path.join(OUT, "bench-%d-pages.docx" % pages))
    print("wrote bench-%d-pages.docx (%d copies, %d pages)" % (pages, copies, count))


def write_fixture(desktop, resdiff, src):
    name = os.path.basename(src)[:-len(".txt")]
    parsed = json.loads(subprocess.check_output([resdiff, "parse", "--format", "json", src]))
    doc = new_document(desktop)
    subs = [p["label"] for p in parsed["paragraphs"] if p["kind"] == "subparagraph"]
    prefix = "(" if not subs or subs[0].startswith("(") else ""
    writer = Writer(doc, name in AUTOMATIC, prefix)
    for _, _, text, label, notes in blocks(parsed):
        writer.paragraph(text, label, notes)
    furniture(doc, parsed["removed"])
    save(doc, os.path.join(OUT, name + ".docx"))
    print("wrote", name + ".docx", "(automatic numbering)" if name in AUTOMATIC else "")


TRACKED_OLD = [
    "The General Assembly,",
    "Recalling its resolution 79/239 of 24 December 2024,",
    "Stressing the importance of responsible application of artificial intelligence,",
    "Noting the report of the Secretary-General,",
    "1. Decides to convene informal exchanges in Geneva in 2026;",
    "2. Requests the Secretary-General to submit a report;",
    "3. Decides to remain seized of the matter.",
]


def write_tracked(desktop):
    """An old text, then changes recorded: a word inserted, words deleted,
    a whole paragraph deleted, a paragraph moved to another place."""
    doc = new_document(desktop)
    writer = Writer(doc, False)
    for line in TRACKED_OLD:
        writer.paragraph(line)
    doc.RecordChanges = True
    text = doc.Text
    paragraphs = list(iter_paragraphs(doc))
    # An insertion inside PP1.
    c = text.createTextCursorByRange(paragraphs[1].getStart())
    c.goRight(len("Recalling its resolution 79/239"), False)
    text.insertString(c, " and 78/241", False)
    # A deletion inside PP2.
    c = text.createTextCursorByRange(paragraphs[2].getStart())
    c.goRight(len("Stressing the importance of "), False)
    c.goRight(len("responsible "), True)
    c.setString("")
    # OP2 deleted whole, paragraph mark included.
    c = text.createTextCursorByRange(paragraphs[5].getStart())
    c.gotoStartOfParagraph(False)
    c.gotoNextParagraph(True)
    c.setString("")
    # PP3 moved after PP1: deleted at its place, inserted at the other.
    moved = paragraphs[3].getString()
    c = text.createTextCursorByRange(paragraphs[3].getStart())
    c.gotoStartOfParagraph(False)
    c.gotoNextParagraph(True)
    c.setString("")
    c = text.createTextCursorByRange(paragraphs[1].getEnd())
    text.insertControlCharacter(c, PARAGRAPH_BREAK, False)
    text.insertString(c, moved, False)
    save(doc, os.path.join(OUT, "tracked-changes.docx"))
    new = list(TRACKED_OLD)
    new[1] = "Recalling its resolution 79/239 and 78/241 of 24 December 2024,"
    new[2] = new[2].replace("responsible ", "")
    del new[5]
    pp3 = new.pop(3)
    new.insert(2, pp3)
    with open(os.path.join(OUT, "tracked-changes.old.txt"), "w") as f:
        f.write("\n\n".join(TRACKED_OLD) + "\n")
    with open(os.path.join(OUT, "tracked-changes.new.txt"), "w") as f:
        f.write("\n\n".join(new) + "\n")
    print("wrote tracked-changes.docx")


def iter_paragraphs(doc):
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    resdiff = args[0] if args else os.path.join(ROOT, "target", "debug", "resdiff")
    os.makedirs(OUT, exist_ok=True)
    office, desktop = start_office()
    try:
        only_long = "--long-only" in sys.argv
        for src in [] if only_long else INPUTS:
            write_fixture(desktop, resdiff, os.path.join(ROOT, src))
        if not only_long:
            write_tracked(desktop)
        write_long(desktop, resdiff, os.path.join(ROOT, "seeds", "004_a766b7494bea99d2.txt"), 50)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)


if __name__ == "__main__":
    main()
