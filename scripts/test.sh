#!/usr/bin/env bash
# Runs the test suite. Real components run for real: the HTML tests check the
# redline in Chromium, the PDF tests read through poppler's pdftotext, the Word
# tests open files in LibreOffice (python3-uno drives it), the offline page's
# tests drive Chromium and Firefox ESR through Node.js (playwright-core,
# puppeteer-core). Each is installed
# from Debian's packages when missing. A test that needs one skips only under
# its explicit variable (RESDIFF_NO_BROWSER, RESDIFF_NO_PDFTOTEXT,
# RESDIFF_NO_OFFICE), and says so in its output.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! command -v chromium >/dev/null 2>&1 && [ -z "${RESDIFF_CHROMIUM:-}" ] && [ -z "${RESDIFF_NO_BROWSER:-}" ]; then
  missing+=(chromium)
fi
if [ -z "${RESDIFF_NO_BROWSER:-}" ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ -x /usr/bin/firefox-esr ] || [ -n "${RESDIFF_FIREFOX:-}" ] || missing+=(firefox-esr)
fi
if ! command -v pdftotext >/dev/null 2>&1 && [ -z "${RESDIFF_NO_PDFTOTEXT:-}" ]; then
  missing+=(poppler-utils)
fi
if [ -z "${RESDIFF_NO_OFFICE:-}" ]; then
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  /usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "scripts/test.sh: missing ${missing[*]} and cannot install here;" >&2
    echo "install them, or set RESDIFF_NO_BROWSER / RESDIFF_NO_PDFTOTEXT / RESDIFF_NO_OFFICE to skip those checks" >&2
    exit 2
  fi
  echo "scripts/test.sh: installing ${missing[*]} from Debian's packages" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The offline page's tests drive Chromium with Playwright and Firefox ESR
# with puppeteer-core (their libraries only: they use the browsers
# installed above).
if [ -z "${RESDIFF_NO_BROWSER:-}" ] && { [ ! -d target/web-test/node_modules/playwright-core ] ||
  [ ! -d target/web-test/node_modules/puppeteer-core ]; }; then
  npm install --prefix target/web-test --no-audit --no-fund --silent playwright-core@1.65 puppeteer-core@24 >/dev/null
fi
cargo test "$@"
