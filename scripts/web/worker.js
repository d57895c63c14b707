// resdiff's worker: holds the WebAssembly module and runs the comparison,
// so that the page never freezes. Plain exports over linear memory
// (src/web/exports.rs): allocate, copy in, call, copy the JSON answer out.
"use strict";
let module = null;
let instance = null;

// The module's imports: only the placeholders a dependency's browser
// support declares (zip's getrandom, through wasm-bindgen), which resdiff
// never calls (it reads archives in memory and writes none in the page).
// Each is given a function that fails loudly if that ever changes.
function imports() {
  const out = {};
  for (const { module: name, name: field, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== "function") throw new Error(`unexpected import ${name}.${field} (${kind})`);
    out[name] = out[name] || {};
    out[name][field] = () => { throw new Error(`resdiff called ${name}.${field}`); };
  }
  return out;
}

function fresh() {
  // A trap (a bug) leaves the instance unusable: each call that fails
  // gets a new one.
  instance = new WebAssembly.Instance(module, imports());
  return instance.exports;
}

function put(e, bytes) {
  const ptr = e.resdiff_alloc(bytes.length);
  new Uint8Array(e.memory.buffer, ptr, bytes.length).set(bytes);
  return [ptr, bytes.length];
}

function answer(e, len) {
  const bytes = new Uint8Array(e.memory.buffer, e.resdiff_output(), len);
  return JSON.parse(new TextDecoder().decode(bytes));
}

self.onmessage = (event) => {
  const m = event.data;
  try {
    if (m.type === "init") {
      module = new WebAssembly.Module(m.wasm);
      const e = fresh();
      // One small comparison first: the engine compiles the module's
      // functions on first use, so the reader's first comparison does not
      // pay for it.
      const sample = new TextEncoder().encode("The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report.\n");
      const parts = [new TextEncoder().encode("{}"), sample, sample].map((b) => put(e, b));
      e.resdiff_compare(...parts.flat());
      for (const [p, n] of parts) e.resdiff_free(p, n);
      self.postMessage({ type: "ready" });
    } else if (m.type === "words") {
      const e = instance.exports;
      const [p, n] = put(e, new TextEncoder().encode(m.code));
      const words = answer(e, e.resdiff_words(p, n));
      e.resdiff_free(p, n);
      self.postMessage({ type: "words", words });
    } else if (m.type === "compare") {
      const e = instance.exports;
      const start = performance.now();
      const parts = [
        new TextEncoder().encode(JSON.stringify(m.request)),
        new Uint8Array(m.old),
        new Uint8Array(m.new),
      ].map((bytes) => put(e, bytes));
      const len = e.resdiff_compare(...parts.flat());
      const outcome = answer(e, len);
      for (const [p, n] of parts) e.resdiff_free(p, n);
      const ms = performance.now() - start;
      const docx = new Uint8Array(e.memory.buffer, e.resdiff_docx(), e.resdiff_docx_len()).slice();
      self.postMessage({ type: "result", outcome, ms, docx: docx.buffer }, [docx.buffer]);
    }
  } catch (err) {
    try { fresh(); } catch (_) { /* the module itself failed: nothing to renew */ }
    self.postMessage({ type: "failure", message: String(err && err.message || err) });
  }
};
