// Opens the offline page in Firefox (stock Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi: Playwright needs its own Firefox
// build) from file://, compares two files and reports what the page shows.
// Usage: node firefox.mjs MODULES FIREFOX PAGE OLD NEW SCREENSHOT
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [, , modules, firefox, pagePath, old, neu, screenshot] = process.argv;
const require = createRequire(modules + "/");
const puppeteer = require("puppeteer-core");
const browser = await puppeteer.launch({ browser: "firefox", executablePath: firefox, headless: true });
const page = await browser.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
await page.goto(pathToFileURL(pagePath).href);
await page.waitForFunction(() => document.body.dataset.state === "idle", { timeout: 60000 });
await (await page.$("#old-file")).uploadFile(old);
await (await page.$("#new-file")).uploadFile(neu);
await page.click("#compare");
await page.waitForFunction(() => ["done", "error"].includes(document.body.dataset.state), { timeout: 120000 });
const shown = await page.evaluate(() => {
  const root = document.getElementById("result").shadowRoot;
  return {
    state: document.body.dataset.state,
    exit: document.body.dataset.exit,
    message: document.getElementById("message").textContent,
    ins: root ? root.querySelectorAll("main ins").length : null,
    del: root ? root.querySelectorAll("main del").length : null,
    lang: document.documentElement.lang,
  };
});
await page.screenshot({ path: screenshot });
process.stdout.write(JSON.stringify({ ...shown, errors, version: await browser.version() }));
await browser.close();
