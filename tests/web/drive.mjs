// Drives the offline page in headless Chromium for tests/web_page.rs and
// scripts/bench-web.sh: opens it from file://, sets files into its inputs,
// waits for document.body.dataset.state, and reports what the page shows,
// the bytes its "Save as HTML" button gives, and every request it made.
//
// Usage: node drive.mjs PLAN.json  (plan: see tests/web_page.rs)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const require = createRequire(plan.modules + "/");
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: plan.chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ acceptDownloads: true, locale: plan.locale || "en-US" });
const requests = [];
context.on("request", (r) => requests.push(r.url()));
const page = await context.newPage();
page.on("worker", (w) => requests.push("worker:" + w.url()));
const consoleErrors = [];
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
page.on("pageerror", (e) => consoleErrors.push(String(e)));

await page.goto(pathToFileURL(plan.page).href);
await page.waitForFunction(() => document.body.dataset.state === "idle", null, { timeout: 60000 });

const results = [];
for (const c of plan.cases) {
  for (const side of ["old", "new"]) {
    await page.setInputFiles(`#${side}-file`, c[side] ? [c[side]] : []);
    await page.fill(`#${side}-paste`, c[side + "_paste"] || "");
  }
  for (const option of ["ignore_case", "ignore_punctuation", "ignore_footnotes", "side_by_side", "changes_only"]) {
    await page.setChecked(`#${option}`, !!(c.options && c.options[option]));
  }
  await page.evaluate(() => { document.body.dataset.state = "submitted"; });
  const started = Date.now();
  await page.click("#compare");
  // The page must answer while it works: probe the main thread meanwhile.
  let slowest = 0;
  for (;;) {
    const t = Date.now();
    const state = await page.evaluate(() => document.body.dataset.state);
    // Only round trips that began and ended while the worker worked: the
    // page then must answer at once.
    if (state === "working") slowest = Math.max(slowest, Date.now() - t);
    if (state === "done" || state === "error") break;
    if (Date.now() - started > (c.timeout_ms || 120000)) throw new Error(`case ${c.name}: no answer`);
    await page.waitForTimeout(5);
  }
  const r = {
    name: c.name,
    state: await page.evaluate(() => document.body.dataset.state),
    exit: await page.evaluate(() => document.body.dataset.exit || null),
    worker_ms: Number(await page.evaluate(() => document.body.dataset.ms || "0")),
    wall_ms: Date.now() - started,
    slowest_probe_ms: slowest,
    message: await page.textContent("#message"),
    outcome: await page.textContent("#outcome"),
    lang: await page.evaluate(() => document.documentElement.lang),
    dir: await page.evaluate(() => document.documentElement.dir),
    compare_label: await page.textContent("#compare"),
  };
  if (r.state === "done") {
    const counts = await page.evaluate(() => {
      const root = document.getElementById("result").shadowRoot;
      return { ins: root.querySelectorAll("main ins").length, del: root.querySelectorAll("main del").length,
        entries: root.querySelectorAll("article.entry").length };
    });
    Object.assign(r, counts);
    if (c.save) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
      r.saved = readFileSync(await download.path(), "utf8");
    }
    if (c.save_word) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-word")]);
      await download.saveAs(c.save_word);
    }
    if (c.screenshot) await page.screenshot({ path: c.screenshot, fullPage: false });
    if (c.print_pdf) {
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: c.print_pdf, format: "A4" });
      await page.emulateMedia({ media: "screen" });
    }
  } else if (c.screenshot) {
    await page.screenshot({ path: c.screenshot, fullPage: false });
  }
  results.push(r);
}
await browser.close();
process.stdout.write(JSON.stringify({ results, requests, console_errors: consoleErrors }));
