#!/usr/bin/python3
"""Opens Word files in LibreOffice (headless, through python-uno) and reports
what a reader of each would find: its tracked changes, the text left by
"accept all" and by "reject all", and optionally a PDF of its first pages.

Run by tests/docx.rs with /usr/bin/python3 (the interpreter python3-uno is
installed for). One LibreOffice serves every file, as starting it is slow.

    docx_office.py JOBS.json  ->  JSON on standard output

JOBS.json is a list of {"docx": path, "pdf": path or null}. For each job the
output has "opened" (loaded without failure), "revisions" (the redlines
LibreOffice lists, each with its type), "accept" and "reject" (paragraphs as
[style name, text] with footnote anchors left out, and the footnotes' texts).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile):
    pipe = "resdiff_docx_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
            break
        except NoConnectException:
            if time.time() > deadline or office.poll() is not None:
                office.kill()
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.25)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", ctx
    )
    return office, desktop, dispatcher


def load(desktop, path):
    # A lock left by an interrupted run would make the load fail.
    folder, name = os.path.split(os.path.abspath(path))
    lock = os.path.join(folder, ".~lock." + name + "#")
    if os.path.exists(lock):
        os.remove(lock)
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    return desktop.loadComponentFromURL(
        url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False))
    )


def paragraph_text(par):
    out = []
    portions = par.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        kind = portion.TextPortionType
        if kind == "Text":
            out.append(portion.getString())
    return "".join(out)


def read(doc):
    paras = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        par = enum.nextElement()
        if not par.supportsService("com.sun.star.text.Paragraph"):
            continue
        paras.append([par.ParaStyleName, paragraph_text(par)])
    notes = []
    footnotes = doc.getFootnotes()
    for i in range(footnotes.getCount()):
        notes.append(footnotes.getByIndex(i).getString())
    return {"paragraphs": paras, "footnotes": notes}


def revisions(doc):
    out = []
    redlines = doc.getRedlines()
    enum = redlines.createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        out.append(
            {
                "type": r.getPropertyValue("RedlineType"),
                "author": r.getPropertyValue("RedlineAuthor"),
            }
        )
    return out


def all_changes(desktop, dispatcher, path, command):
    doc = load(desktop, path)
    frame = doc.getCurrentController().getFrame()
    dispatcher.executeDispatch(frame, command, "", 0, ())
    text = read(doc)
    text["left"] = doc.getRedlines().getCount()
    doc.close(True)
    return text


def job(desktop, dispatcher, spec):
    path = spec["docx"]
    doc = load(desktop, path)
    if doc is None:
        return {"opened": False}
    result = {"opened": True, "revisions": revisions(doc), "shown": read(doc)}
    if spec.get("pdf"):
        url = uno.systemPathToFileUrl(os.path.abspath(spec["pdf"]))
        doc.storeToURL(url, (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
    result["accept"] = all_changes(
        desktop, dispatcher, path, ".uno:AcceptAllTrackedChanges"
    )
    result["reject"] = all_changes(
        desktop, dispatcher, path, ".uno:RejectAllTrackedChanges"
    )
    return result


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="resdiff-office-")
    office, desktop, dispatcher = start_office(profile)
    try:
        results = [job(desktop, dispatcher, spec) for spec in jobs]
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
