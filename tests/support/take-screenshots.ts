/**
 * Screenshots of the main pages at 320 px (a phone held upright) for docs/screenshots/:
 *   npx tsx tests/support/take-screenshots.ts [base URL, default http://localhost:3000]
 * against a running registry with the seeds (npm start).
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const PAGES = [
  ["home", "/"],
  ["projects", "/projects"],
  ["project", "/projects/S21894"],
  ["funding", "/funding"],
  ["benchmark", "/funding/benchmark?planned=300000&months=24&participants=200"],
  ["compare", "/compare?codes=S21894,S22821,S22837,S21854"],
  ["principles", "/principles"],
  ["accessibility", "/accessibility"],
] as const;

const base = process.argv[2] ?? "http://localhost:3000";
const out = path.resolve("docs/screenshots");
mkdirSync(out, { recursive: true });
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 320, height: 1400 } });
for (const [name, address] of PAGES) {
  await page.goto(`${base}${address}`, { waitUntil: "networkidle" });
  // The development server's badge, when the screenshots are taken from `npm run dev`.
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
  await page.screenshot({ path: path.join(out, `${name}-320.png`) });
  console.log(`docs/screenshots/${name}-320.png`);
}
await browser.close();
