#!/usr/bin/env bash
# Writes fixtures/pdf/made/NAME.pdf from each Word fixture made from a seed
# or a real text (fixtures/docx/NAME.docx, scripts/make-docx-fixtures.py):
# LibreOffice headless exports the page headers, footers and footnotes the
# Word files hold. tests/pdf.rs checks that each reads as its text form.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/pdf/made
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for docx in fixtures/docx/[0-9]*.docx fixtures/docx/A-*.docx; do
  soffice -env:UserInstallation=file://"$profile" --headless \
    --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
done
ls "$out"
