import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible } from "./accessibility";

test("the funding page compares planned and realised, filtered by the search's URL parameters", async ({
  page,
}) => {
  await page.goto("/funding?orgType=Kunta");
  await expect(page.getByTestId("filter-scope")).toContainText("Luvut koskevat 1 hanketta.");
  const totals = page.getByRole("region", { name: "Yhteensä" });
  await expect(totals).toContainText(/66,1\s%/);
  // 1 532 910 € planned and 1 012 579 € realised for 350 planned participants.
  await expect(totals).toContainText(/osallistujaa kohden\s*4\s380\s€/);
  await expect(totals).toContainText(/2\s893\s€/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Muuta rajauksia hakusivulla" }).click();
  await expect(page).toHaveURL(/\/projects\?orgType=Kunta$/);
  await expect(page.getByTestId("results-summary")).toContainText("1 hanke");
});

test("in English, breakdown tables give the same numbers for every axis", async ({ page }) => {
  await page.goto("/en/funding");
  const axis = page.getByRole("table", { name: "By priority axis" });
  await expect(axis.getByRole("row")).toHaveCount(3);
  await expect(axis.getByRole("row", { name: /^3\. / })).toContainText(/€2,016,434.*€1,393,500.*69\.1%/);
  // Absorption: S22837 55.2 %, S21894 66.1 %, S21854 78.8 %, S22821 92.0 %.
  const histogram = page.getByTestId("funding-absorption");
  // The count cell of a bin's row (the bin itself is the row header).
  const count = (bin: string) => histogram.getByRole("row", { name: bin }).getByRole("cell");
  for (const bin of ["50–60%", "60–70%", "70–80%", "90–100%"]) await expect(count(bin)).toHaveText("1");
  await expect(count("80–90%")).toHaveText("0");
  await expectAccessible(page);
});

test("in Swedish, the funding page names the axes as the programme does and formats as in Finland", async ({
  page,
}) => {
  await page.goto("/sv/funding");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  const axis = page.getByRole("table", { name: "Enligt prioriterat område" });
  await expect(
    axis.getByRole("row", { name: /^3\. Sysselsättning och arbetskraftens rörlighet/ }),
  ).toContainText(/2\s016\s434\s€.*1\s393\s500\s€.*69,1\s%/);
  await expect(page.getByRole("table", { name: "Enligt sökandens organisationstyp" })).toContainText(
    "Samkommun",
  );
  // The spreadsheet variant: semicolons and Swedish headers, as the link beside the table says.
  const excelLink = page.locator("#funding-axis").getByRole("link", { name: /för Excel/ });
  const csv = await page.request.get((await excelLink.getAttribute("href"))!);
  expect((await csv.text()).split(/\r?\n/)[0]).toBe(
    "\ufeffGrupp;Projekt;Planerad;Förverkligad;Förverkligandegrad;Planerad / planerad deltagare;Förverkligad / planerad deltagare",
  );
  await expectAccessible(page);
});

for (const path of ["/principles", "/sv/principles", "/en/principles"]) {
  test(`the principles page ${path} aggregates gender answers and sustainability scores`, async ({
    page,
  }) => {
    await page.goto(path);
    const criteria = page.getByTestId("principles-criteria");
    await expect(
      criteria.getByRole("row", {
        name: /Hyvinvoinnin edistäminen|Främjande av välfärd|Promoting well-being/,
      }),
    ).toContainText(/4[,.]75/);
    await expectAccessible(page);
  });
}

test("the heatmap shows every score as a number, toggles to indirect and drills down to justifications", async ({
  page,
}) => {
  await page.goto("/principles");
  const heatmap = page.getByTestId("heatmap");
  await expect(heatmap.getByRole("row")).toHaveCount(5);
  await page
    .getByRole("link", {
      name: "S21894 Ihmiskeskeinen digitaalinen kunta (IDK), Hyvinvoinnin edistäminen: 10",
    })
    .click();
  await expect(page).toHaveURL(/criterion=wellbeing&score=10/);
  const drill = page.getByRole("region", { name: /Hyvinvoinnin edistäminen: välitön vaikutus, pisteet 10/ });
  await expect(drill.getByRole("listitem")).toHaveCount(1);
  await expect(drill).toContainText("Hanke tähtää välittömästi henkilökunnan työhyvinvoinnin");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Näytä välilliset" }).click();
  await expect(page).toHaveURL(/view=indirect/);
  await expect(page.getByTestId("heatmap")).toContainText("Välilliset vaikutukset");
});

test("a gender-equality answer drills down to the explanations, in English", async ({ page }) => {
  await page.goto("/en/principles?question=mainGoal&answer=no");
  const drill = page.getByRole("region", { name: /The main goal is to promote gender equality: No/ });
  await expect(drill.getByRole("listitem")).toHaveCount(4);
  await expectAccessible(page);
});

test("a breakdown table sorts by any column through the URL and downloads as CSV", async ({
  page,
  request,
}) => {
  await page.goto("/en/funding");
  const axis = page.getByRole("table", { name: "By priority axis" });
  // Without an order in the address the rows stand by axis, and the header says so.
  await expect(axis.getByRole("columnheader").first()).toHaveAttribute("aria-sort", "ascending");
  await axis.getByRole("link", { name: /^Planned \(/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/order=funding-axis\.planned\.desc#funding-axis-sort-planned$/);
  // The reloaded page gives the keyboard back the header it sorted by.
  await expect(axis.getByRole("link", { name: /^Planned \(/ })).toBeFocused();
  await expect(axis.getByRole("columnheader", { name: /^Planned \(/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(axis.getByRole("row").nth(1)).toContainText(/^3\./);
  await axis.getByRole("link", { name: /^Planned \(/ }).click();
  await expect(page).toHaveURL(/order=funding-axis\.planned\.asc/);
  await expect(axis.getByRole("row").nth(1)).toContainText(/^9\./);
  await expectAccessible(page);

  const csv = await request.get("/api/tables/funding-axis.csv?lang=en&order=funding-axis.planned.asc");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  // The machine variant: stable column ids in any language.
  expect(lines[0]).toBe(
    "group,projects,planned,realised,absorption,planned_per_participant,realised_per_participant",
  );
  // Axis 3: S21894 and S21854, 1 393 500 € of 2 016 434 € for 431 planned participants.
  expect(lines[2]).toMatch(/3\. .*,2,2016434,1393500,0\.6911,4679,3233$/);
  expect(lines).toHaveLength(3);

  expect((await request.get("/api/tables/nonsense.csv")).status()).toBe(404);
  const bad = await request.get("/api/tables/funding-axis.csv?order=funding-axis.colour.asc");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).details[0]).toContain("'colour' is not a column of funding-axis");
});

test("the scatter plot's points are links, named for screen readers and labelled on focus", async ({
  page,
}) => {
  await page.goto("/funding");
  const point = page.getByRole("link", {
    name: /^S21894 .*suunniteltu 1\s532\s910\s€, toteutunut 1\s012\s579\s€/,
  });
  await point.focus();
  await expect(page.getByText(/^S21894 66,1\s%$/)).toBeVisible();
  await point.press("Enter");
  await expect(page).toHaveURL(/\/projects\/S21894$/);
});

test("a drill-down is searchable and the search is in the URL", async ({ page }) => {
  await page.goto("/principles?criterion=wellbeing");
  const drill = page.getByRole("region", {
    name: /Hyvinvoinnin edistäminen: välitön vaikutus, kaikki pisteet/,
  });
  await expect(drill.getByRole("listitem")).toHaveCount(4);
  await drill
    .getByRole("searchbox", { name: "Hae perusteluista ja hankkeiden nimistä" })
    .fill("työhyvinvoinnin");
  await drill.getByRole("button", { name: "Hae" }).click();
  await expect(page).toHaveURL(
    /criterion=wellbeing.*dq=ty%C3%B6hyvinvoinnin|dq=ty%C3%B6hyvinvoinnin.*criterion=wellbeing/,
  );
  await expect(drill.getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);
  // Closing it goes back to the table the criterion was chosen from, not to the top of the page.
  await drill.getByRole("link", { name: "Sulje" }).click();
  await expect(page).toHaveURL(/\/principles#principles-criteria-table$/);
  await expect(drill).toHaveCount(0);
  await expect(page.getByTestId("principles-criteria")).toBeInViewport();
});

test("a bar chart is in the Tab order and read bar by bar with the arrow keys", async ({ page }) => {
  await page.goto("/en/funding");
  await page.waitForLoadState("networkidle");
  // The page came without the chart library: the bars were drawn on the server.
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  const chart = page.getByRole("application", { name: "By priority axis" });
  await expect(chart).toHaveAttribute("tabindex", "0");
  // A key pressed while the chart library loads (held back here until it is pressed) shows the
  // first bar, as focus alone does once it has loaded; the next press moves on from there.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  await chart.focus();
  await page.keyboard.press("ArrowDown");
  release();
  const tooltip = page.locator(".recharts-tooltip-wrapper").filter({ hasText: "Planned" }).first();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/3\. .*Planned: €2m.*Realised: €1\.4m/);
  await expect(page.getByRole("application", { name: "By priority axis" })).toBeFocused();
  // Down the list and back up, as the bars are laid out (Recharts alone moved up on ArrowRight).
  await page.keyboard.press("ArrowDown");
  await expect(tooltip).toContainText(/^9\. REACT-EU/);
  await page.keyboard.press("ArrowUp");
  await expect(tooltip).toContainText(/^3\. /);
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText(/^9\. /);
  // The histogram too: Down and Up as well as Right and Left (Recharts alone heard only those).
  await page.getByRole("application", { name: "Distribution of absorption" }).focus();
  const bin = page.locator(".recharts-tooltip-wrapper").filter({ hasText: "Projects" }).first();
  await expect(bin).toContainText(/^0–10/);
  await expect(page.getByRole("application", { name: "Distribution of absorption" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(bin).toContainText(/^10–20/);
  await page.keyboard.press("ArrowUp");
  await expect(bin).toContainText(/^0–10/);
  await page.keyboard.press("ArrowRight");
  await expect(bin).toContainText(/^10–20/);
  // Home and End: the first and the last bar.
  await page.keyboard.press("End");
  await expect(bin).toContainText(/120/);
  await page.keyboard.press("Home");
  await expect(bin).toContainText(/^0–10/);
  // Leaving hides the tooltip; coming back shows the bar the reader left.
  await page.keyboard.press("ArrowDown");
  await expect(bin).toContainText(/^10–20/);
  await page.keyboard.press("Tab");
  await expect(bin).toBeHidden();
  await page.keyboard.press("Shift+Tab");
  await expect(bin).toBeVisible();
  await expect(bin).toContainText(/^10–20/);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the charts are drawn by the server: bars, histogram and scatter points", async ({ page }) => {
    await page.goto("/en/funding");
    const axis = page.getByRole("img", { name: "By priority axis" });
    // Two priority axes in the seeds, a planned and a realised bar each.
    await expect(axis.locator("[data-bar=planned]")).toHaveCount(2);
    await expect(axis.getByText(/^3\. /)).toBeVisible();
    const widths = await axis
      .locator("[data-bar]")
      .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBeGreaterThan(100);
    const histogram = page.getByRole("img", { name: "Distribution of absorption" });
    await expect(histogram.locator("[data-bar]")).toHaveCount(13);
    await expect(page.getByRole("link", { name: /^S21894 / }).first()).toBeVisible();
  });
});

/** A page's hydration data: the RSC flight payload the App Router inlines beside the HTML. */
const flightOf = async (request: APIRequestContext, path: string) =>
  [
    ...(await (await request.get(path)).text()).matchAll(
      /<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g,
    ),
  ]
    .map((match) => (JSON.parse(match[1]!) as [number, string?])[1] ?? "")
    .join("");

test("the funding page's hydration data carries only what the charts draw", async ({ request }) => {
  const flight = await flightOf(request, "/en/funding");
  // Charts and tables are drawn from their data (ARCHITECTURE.md, "Page weight and Lighthouse"):
  // the hydration data carries that data once, not the rows and points it is drawn into.
  expect(flight).not.toMatch(/\["\$","(tr|td|circle)"/);
  // A scatter point is the words and place it is drawn from, formatted by the server.
  expect(flight).toMatch(
    /"points":\[\{"code":"S\d+","name":"[^"]*","href":"\/en\/projects\/S\d+","planned":"€[\d,]+","realised":"€[\d,]+","rate":"[\d.]+%","x":[\d.]+,"y":[\d.]+\}/,
  );
  // A bar chart's props are its rows' labels and the two figures it draws, nothing else.
  expect(flight).toMatch(/"rows":\[\{"label":"3\. [^"]*","planned":2016434,"realised":1393500\}/);
});

test("the search's and the heatmap's hydration data are their data, not their markup", async ({
  request,
}) => {
  const search = await flightOf(request, "/projects?q=digitaalinen");
  expect(search).not.toMatch(/\["\$","(article|mark)"/);
  expect(search).toMatch(/"snippet":\["[^"]*","[^"]*"/);
  const principles = await flightOf(request, "/principles");
  expect(principles).not.toMatch(/\["\$","(tr|td)"/);
  expect(principles).toMatch(/"scores":\[(\d+|null)(,(\d+|null)){14}\]/);
});

// A hydration mismatch (e.g. a block inside a paragraph, which the browser's parser splits) makes
// React redraw the whole page in the browser and logs an error.
// The pages drawn in the browser from server-formatted data are here in each language's number format.
for (const path of [
  "/funding",
  "/sv/funding",
  "/en/funding",
  "/principles",
  "/sv/principles",
  "/funding/benchmark",
  "/projects?q=digitaalinen",
  "/sv/projects?region=Pohjois-Savo",
]) {
  test(`${path} hydrates without errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}
