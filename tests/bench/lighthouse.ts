/**
 * `DATABASE_URL=… npm run bench:lighthouse [-- --url URL | --port P] [--locales fi,sv] [--only TEXT]
 * [--forms mobile,desktop]`: Lighthouse (performance and accessibility, mobile and desktop) on every
 * kind of page, with each page's HTML bytes (raw and gzip) and the share of the HTML that is React's
 * hydration (RSC flight) data. Without --url it serves the production build of this checkout (built
 * first when stale) on DATABASE_URL; the pages' examples (a project, an organisation, a search word)
 * are read from that registry. Chromium: CHROME_PATH, else /usr/bin/chromium (headless, no sandbox).
 * Mobile is Lighthouse's default (simulated slow 4G and a 4× slower CPU); figures move with the
 * machine's load, so run it alone (`flock /tmp/heavy.lock`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Config, type RunnerResult } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { buildSiteIfStale, nextBin } from "./build-site";
import { findFreePort } from "../../lib/database/free-port";
import { flightBytes } from "./html-weight";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string" },
    locales: { type: "string", default: "fi,sv" },
    forms: { type: "string", default: "mobile,desktop" },
    only: { type: "string" },
  },
});
const root = path.resolve(import.meta.dirname, "../..");

async function serve(): Promise<{ base: string; child?: ChildProcess }> {
  if (values.url) return { base: values.url.replace(/\/$/, "") };
  if (!process.env.DATABASE_URL)
    throw new Error("Set DATABASE_URL to the registry to measure, or give --url.");
  await buildSiteIfStale();
  const port = values.port ? Number(values.port) : await findFreePort();
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/about`)).ok) return { base, child };
    } catch {
      if (tries > 300) throw new Error("The server did not start within a minute.");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const text = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
};
const firstMatch = (html: string, pattern: RegExp, what: string) => {
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`No ${what} found on the registry's pages.`);
  return found;
};

/** One address of every kind of page, the examples taken from the registry being measured. */
async function pagesOf(base: string): Promise<string[]> {
  const list = await text(`${base}/projects`);
  const codes = [...list.matchAll(/href="\/projects\/([A-Z]\d+)"/g)].map((match) => match[1]!);
  const project = await text(`${base}/projects/${codes[0]}`);
  const organisation = firstMatch(project, /href="(\/organisations\/[^"]+)"/, "organisation link");
  const word = firstMatch(list, /<h3[^>]*>\s*<a[^>]*>([A-Za-zÅÄÖåäö]{5,})/, "project name");
  return [
    "/",
    "/projects",
    `/projects?q=${encodeURIComponent(word.toLowerCase())}`,
    `/projects/${codes[0]}`,
    organisation,
    "/funding",
    "/funding/benchmark?planned=300000&months=24&participants=200",
    `/compare?codes=${codes.slice(0, 3).join(",")}`,
    "/principles",
    "/data",
    "/about",
  ];
}

const localised = (locale: string, page: string) =>
  locale === "fi" ? page : `/${locale}${page === "/" ? "" : page}`;

const { base, child } = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const pages = (await pagesOf(base)).filter((page) => !values.only || page.includes(values.only));
  const forms = values.forms.split(",");
  console.log(`Lighthouse ${forms.join(" and ")} on ${base}; scores 0–100, TBT in ms, HTML in kB.`);
  console.log(
    `${"page".padEnd(48)} ${forms.map((form) => `${form} perf  a11y   TBT`.padStart(22)).join(" ")} |  HTML  gzip flight`,
  );
  for (const locale of values.locales.split(",")) {
    for (const page of pages) {
      const url = localised(locale, page);
      const html = await text(`${base}${url}`);
      const bytes = Buffer.byteLength(html);
      const cells: string[] = [];
      const notes: string[] = [];
      for (const form of forms) {
        const config: Config | undefined = form === "desktop" ? desktopConfig : undefined;
        // A run that fails (no paint within Lighthouse's limits on a busy machine) is tried again once.
        let lhr: RunnerResult["lhr"] | undefined;
        for (let attempt = 0; attempt < 2 && !lhr?.categories.performance?.score; attempt++) {
          const result = await lighthouse(
            `${base}${url}`,
            { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "accessibility"] },
            config,
          );
          lhr = result?.lhr;
        }
        const score = (id: string) => Math.round((lhr?.categories[id]?.score ?? NaN) * 100);
        const tbt = lhr?.audits["total-blocking-time"]?.numericValue ?? NaN;
        cells.push(
          `${String(score("performance")).padStart(9)} ${String(score("accessibility")).padStart(5)} ${tbt.toFixed(0).padStart(5)}`,
        );
        // Which accessibility checks failed, so a score below 100 says why.
        const failed = (lhr?.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr?.audits[ref.id]?.score === 0)
          .map((ref) => ref.id);
        if (failed.length > 0) notes.push(`${form} accessibility fails: ${failed.join(", ")}`);
        if (lhr?.runtimeError) notes.push(`${form}: ${lhr.runtimeError.code}`);
      }
      const kB = (n: number) => (n / 1000).toFixed(0).padStart(5);
      const share = `${Math.round((100 * flightBytes(html)) / bytes)} %`.padStart(6);
      console.log(
        `${url.slice(0, 48).padEnd(48)} ${cells.map((cell) => cell.padStart(22)).join(" ")} | ${kB(bytes)} ${kB(gzipSync(html).byteLength)} ${share}`,
      );
      for (const note of notes) console.log(`    ${note}`);
    }
  }
} finally {
  chrome.kill();
  child?.kill("SIGTERM");
}
