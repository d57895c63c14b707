"""Assembles the offline page: the template with its style sheet, the
worker's source, the page's script and the WebAssembly module (gzip, then
base64) inlined, and a Content-Security-Policy that allows exactly that script
(by its hash), blob workers, WebAssembly compilation and inline styles,
and nothing that could reach the network.

Usage: assemble.py MODULE.wasm OUT.html MAX_FILE_BYTES
"""
import base64
import gzip
import hashlib
import pathlib
import sys

here = pathlib.Path(__file__).parent
wasm_path, out_path, max_bytes = sys.argv[1], sys.argv[2], sys.argv[3]

script = (here / "page.js").read_text(encoding="utf-8").replace("{{MAX_BYTES}}", max_bytes)
digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
csp = "; ".join([
    "default-src 'none'",
    f"script-src 'sha256-{digest}' 'wasm-unsafe-eval'",
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
])
worker = (here / "worker.js").read_text(encoding="utf-8")
for text, name in [(script, "page.js"), (worker, "worker.js")]:
    if "</script" in text.lower():
        sys.exit(f"assemble.py: {name} must not contain '</script'")
# gzip (mtime 0: the same module gives the same page), unpacked in the page
# by the browser's DecompressionStream: a third of the size in base64.
wasm = base64.b64encode(gzip.compress(pathlib.Path(wasm_path).read_bytes(), mtime=0)).decode()
page = (here / "page.html").read_text(encoding="utf-8")
for key, value in [
    ("{{CSP}}", csp),
    ("{{STYLE}}", (here / "page.css").read_text(encoding="utf-8")),
    ("{{WORKER}}", worker),
    ("{{WASM}}", wasm),
    ("{{SCRIPT}}", script),
]:
    if page.count(key) != 1:
        sys.exit(f"assemble.py: {key} must appear once in page.html")
    page = page.replace(key, value)
pathlib.Path(out_path).write_text(page, encoding="utf-8")
print(f"{out_path}: {len(page.encode('utf-8')):,} bytes (module {pathlib.Path(wasm_path).stat().st_size:,})")
