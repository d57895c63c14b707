#!/usr/bin/env python3
"""Makes the word lists in lexicon/ from Debian's Hunspell dictionaries.

resdiff reads them to decide whether a word cut by a hyphen at a line end
("dévelop-" / "pement") is one word or a compound ("Nord-" / "Sud"); see
src/lang/lexicon.rs. They are built into the binary (include_bytes!), so
nobody needs the dictionaries installed; this script is only for
refreshing them:

    apt-get install hunspell-en-gb hunspell-fr-classical hunspell-es hunspell-ru xz-utils
    python3 scripts/lexicon.py

What it changes in each dictionary, so the files stay small (the README of
lexicon/ says so too, as the licences ask of modified versions):
- entries starting with a capital letter (proper nouns) or holding a digit
  are dropped, and so are the morphological fields after an entry;
- the affix file loses its comments and the tables used only for spelling
  suggestions (REP, MAP, KEY, TRY, PHONE ...), and its BREAK table is
  replaced by "BREAK 0", so that a hyphenated word is known only when the
  dictionary lists it ("decision-making"), not whenever both of its
  parts are words;
- both files are compressed with xz.
"""
import re
import shutil
import subprocess
from pathlib import Path

SOURCE = Path("/usr/share/hunspell")
OUT = Path(__file__).resolve().parent.parent / "lexicon"

# language code -> (dictionary name, Debian package, its folder in the
# package's copyright file, the licence texts that go along)
DICTIONARIES = {
    "en": ("en_GB", "hunspell-en-gb", "en", ["LGPL-2.1"]),
    "fr": ("fr", "hunspell-fr-classical", None, ["MPL-2.0"]),
    "es": ("es_ES", "hunspell-es", "es", ["MPL-1.1"]),
    "ru": ("ru_RU", "hunspell-ru", "ru_RU", []),
}

SUGGESTION_ONLY = re.compile(
    r"^(BREAK|REP|MAP|KEY|TRY|PHONE|NOSUGGEST|MAXNGRAMSUGS|MAXCPDSUGS|ONLYMAXDIFF"
    r"|NOSPLITSUGS|SUGSWITHDOTS|MAXDIFF)\b"
)


def read(path):
    return path.read_text(encoding="utf-8-sig").split("\n")


def dictionary(name):
    entries = []
    for line in read(SOURCE / f"{name}.dic")[1:]:
        entry = re.split(r"[\t ]", line.strip(), maxsplit=1)[0]
        word = entry.split("/")[0]
        if not word or word[0].isupper() or re.search(r"\d", word):
            continue
        entries.append(entry)
    return f"{len(entries)}\n" + "\n".join(entries) + "\n"


def affixes(name):
    kept = [
        line.rstrip()
        for line in read(SOURCE / f"{name}.aff")
        if line.strip() and not line.lstrip().startswith("#")
        and not SUGGESTION_ONLY.match(line.strip())
    ]
    return "\n".join(kept + ["BREAK 0"]) + "\n"


def xz(text, path):
    data = subprocess.run(
        ["xz", "--format=xz", "--check=crc32", "--lzma2=preset=9e,dict=4MiB"],
        input=text.encode("utf-8"), capture_output=True, check=True,
    ).stdout
    path.write_bytes(data)
    return len(data)


def copyright(package, folder):
    """The package's copyright file; for the packages built from all of
    LibreOffice's dictionaries, only its header and the dictionary's own
    paragraphs."""
    text = (Path("/usr/share/doc") / package / "copyright").read_text(encoding="utf-8")
    if folder is None:
        return text
    paragraphs = text.split("\n\n")
    own = [p for p in paragraphs if p.startswith(f"Files: dictionaries/{folder}/*")]
    return "\n\n".join(paragraphs[:1] + own) + "\n"


def main():
    for code, (name, package, folder, licences) in DICTIONARIES.items():
        out = OUT / code
        out.mkdir(parents=True, exist_ok=True)
        size = xz(affixes(name), out / f"{name}.aff.xz")
        size += xz(dictionary(name), out / f"{name}.dic.xz")
        (out / "copyright").write_text(copyright(package, folder), encoding="utf-8")
        for licence in licences:
            shutil.copy(Path("/usr/share/common-licenses") / licence, out / licence)
        readme = Path("/usr/share/doc") / package / f"README_{name}.txt.gz"
        if readme.exists():
            text = subprocess.run(["gzip", "-dc", str(readme)], capture_output=True,
                                  check=True).stdout
            (out / f"README_{name}.txt").write_bytes(text)
        print(f"{code}: {name} from {package}, {size:,} bytes")


if __name__ == "__main__":
    main()
