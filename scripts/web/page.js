// resdiff's offline page: two inputs, a worker that runs the library
// compiled to WebAssembly, and the redline the command line writes, shown
// in a shadow root (its styles stay its own) so that printing the page
// prints the redline. No request leaves the page: the module and the
// worker come from this file itself (see the Content-Security-Policy).
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_BYTES = {{MAX_BYTES}};
  const RTL = new Set(["ar"]);
  let words = null;
  let lastHtml = null;
  let lastDocx = null;
  let lastNames = null;
  const chosen = { old: null, new: null };

  const setState = (s) => { document.body.dataset.state = s; };

  function word(path) {
    if (!words) return null;
    return path.split(".").reduce((w, k) => (w == null ? w : w[k]), words);
  }

  function speak(newWords) {
    words = newWords;
    const lang = words.code;
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL.has(lang) ? "rtl" : "ltr";
    for (const el of document.querySelectorAll("[data-word]")) {
      const w = word(el.dataset.word);
      if (w) el.textContent = w;
    }
    for (const el of document.querySelectorAll("[data-placeholder]")) {
      const w = word(el.dataset.placeholder);
      if (w) el.placeholder = w;
    }
    document.title = words.title;
  }

  function clearResult() {
    const root = $("result").shadowRoot;
    if (root) root.innerHTML = "";
    lastHtml = null;
    lastDocx = null;
    $("save").disabled = true;
    $("save-word").disabled = true;
    $("print").disabled = true;
  }

  function fail(message) {
    clearResult();
    $("message").textContent = message;
    $("outcome").textContent = "";
    $("busy").hidden = true;
    $("compare").disabled = false;
    document.body.dataset.exit = "2";
    setState("error");
  }

  // The worker's source and the module are in this very file.
  const workerUrl = URL.createObjectURL(
    new Blob([$("worker-source").textContent], { type: "text/javascript" }));
  const worker = new Worker(workerUrl);
  const packed = Uint8Array.from(atob($("wasm").textContent.trim()), (c) => c.charCodeAt(0));

  worker.onerror = (e) => fail("resdiff: " + (e.message || "the worker failed"));
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.type === "ready") {
      const browser = (navigator.language || "en").slice(0, 2).toLowerCase();
      worker.postMessage({ type: "words", code: browser });
    } else if (m.type === "words") {
      speak(m.words);
      if (document.body.dataset.state === "loading") setState("idle");
    } else if (m.type === "result") {
      show(m.outcome, m.ms, m.docx);
    } else if (m.type === "failure") {
      fail("resdiff: " + m.message);
    }
  };
  // The module is stored gzipped; the browser unpacks it in memory.
  new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip")))
    .arrayBuffer()
    .then((wasm) => worker.postMessage({ type: "init", wasm }, [wasm]))
    .catch((err) => fail("resdiff: " + err.message));

  function pick(side, file) {
    chosen[side] = file;
    $(side + "-chosen").textContent = file ? file.name : "";
    if (file) $(side + "-paste").value = "";
  }

  for (const side of ["old", "new"]) {
    const box = $(side);
    $(side + "-file").addEventListener("change", (e) => pick(side, e.target.files[0] || null));
    $(side + "-paste").addEventListener("input", () => {
      if ($(side + "-paste").value) { chosen[side] = null; $(side + "-file").value = ""; $(side + "-chosen").textContent = ""; }
    });
    box.addEventListener("dragover", (e) => { e.preventDefault(); box.classList.add("over"); });
    box.addEventListener("dragleave", () => box.classList.remove("over"));
    box.addEventListener("drop", (e) => {
      e.preventDefault();
      box.classList.remove("over");
      if (e.dataTransfer.files.length) pick(side, e.dataTransfer.files[0]);
    });
  }
  // A file dropped beside the boxes must not make the browser open it.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());

  async function input(side) {
    const file = chosen[side];
    if (file) {
      if (file.size > MAX_BYTES) {
        throw new Error(`${file.name} ${word("errors.1")} ${MAX_BYTES >> 20} MB.`);
      }
      return { name: file.name, bytes: await file.arrayBuffer() };
    }
    const text = $(side + "-paste").value;
    const name = (side === "old" ? word("old") : word("new")) || side;
    return { name, bytes: new TextEncoder().encode(text).buffer };
  }

  $("form").addEventListener("submit", async (e) => {
    e.preventDefault();
    $("message").textContent = "";
    $("outcome").textContent = "";
    delete document.body.dataset.exit;
    let old, neu;
    try {
      [old, neu] = [await input("old"), await input("new")];
    } catch (err) {
      fail(err.message);
      return;
    }
    setState("working");
    $("busy").hidden = false;
    $("compare").disabled = true;
    const request = {
      language: words ? words.code : "en",
      old_name: old.name,
      new_name: neu.name,
      ignore_case: $("ignore_case").checked,
      ignore_punctuation: $("ignore_punctuation").checked,
      ignore_footnotes: $("ignore_footnotes").checked,
      side_by_side: $("side_by_side").checked,
      changes_only: $("changes_only").checked,
    };
    worker.postMessage({ type: "compare", request, old: old.bytes, new: neu.bytes },
      [old.bytes, neu.bytes]);
  });

  function show(outcome, ms, docx) {
    $("busy").hidden = true;
    $("compare").disabled = false;
    speak(outcome.words);
    if (outcome.exit === 2) {
      fail(outcome.error);
      return;
    }
    lastHtml = outcome.html;
    lastDocx = docx && docx.byteLength ? docx : null;
    const parsed = new DOMParser().parseFromString(outcome.html, "text/html");
    lastNames = parsed.title;
    const result = $("result");
    const root = result.shadowRoot || result.attachShadow({ mode: "open" });
    // The redline's own style sheet, its `body` rules given to the box
    // that stands for its body here.
    const css = Array.from(parsed.querySelectorAll("style"), (s) => s.textContent).join("\n")
      .replace(/(^|[\s,}])body(?=[\s,{])/g, "$1.redline-body");
    const body = parsed.body;
    root.innerHTML = "";
    const style = document.createElement("style");
    style.textContent = css;
    const box = document.createElement("div");
    box.className = "redline-body";
    box.lang = parsed.documentElement.lang;
    box.dir = parsed.documentElement.dir;
    box.append(...Array.from(body.childNodes, (n) => document.importNode(n, true)));
    root.append(style, box);
    $("outcome").textContent = outcome.words.outcomes[outcome.exit];
    $("save").disabled = false;
    $("save-word").disabled = lastDocx == null;
    $("print").disabled = false;
    document.body.dataset.exit = String(outcome.exit);
    document.body.dataset.ms = String(Math.round(ms));
    setState("done");
  }

  // Links inside the redline point at its own ids, in the shadow root.
  $("result").addEventListener("click", (e) => {
    const a = e.composedPath().find((n) => n.tagName === "A");
    const href = a && a.getAttribute("href");
    if (!href || !href.startsWith("#")) return;
    e.preventDefault();
    const target = $("result").shadowRoot.getElementById(decodeURIComponent(href.slice(1)));
    if (target) target.scrollIntoView();
  });

  // A download made here, from memory: nothing is sent anywhere.
  function download(bytes, type, name) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  $("save").addEventListener("click", () => {
    if (lastHtml != null) download(lastHtml, "text/html", "redline.html");
  });
  $("save-word").addEventListener("click", () => {
    if (lastDocx != null) {
      download(lastDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "redline.docx");
    }
  });
  $("print").addEventListener("click", () => window.print());
})();
