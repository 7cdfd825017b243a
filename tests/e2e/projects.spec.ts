import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

const summary = (page: import("@playwright/test").Page) => page.getByTestId("results-summary");

test.describe("searching projects", () => {
  test("a Finnish inflected word finds projects, with highlighted matches", async ({ page }) => {
    await page.goto("/projects");
    await expect(summary(page)).toContainText("4 hanketta");
    await expectAccessible(page);
    await page.getByRole("searchbox", { name: "Hae hankkeita" }).fill("digitiekarttojen");
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page).toHaveURL(/q=digitiekarttojen/);
    await expect(summary(page)).toContainText("1 hanke");
    // With a query the default order is relevance: the order shown, and none sent on.
    await expect(page.getByLabel("Järjestys")).toHaveValue("");
    await expect(page.getByLabel("Järjestys").locator("option:checked")).toHaveText("Osuvuus");
    await expect(page.getByRole("heading", { level: 3 })).toHaveText([/Kainuun Kuntien/]);
    await expect(page.locator("mark").first()).toBeVisible();
    // The snippet is a passage from within the summary: it says so at both ends.
    await expect(page.locator("article p[lang=fi]")).toHaveText(/^… .* …$/);
    await expectAccessible(page);
    // A word of the search in a project's name is marked there too.
    await page.goto("/projects?q=kajaanin");
    await expect(page.getByRole("heading", { level: 3 }).locator("mark")).toHaveText(["Kajaanin"]);
  });

  test("a facet narrows the results and the URL holds the state", async ({ page }) => {
    await page.goto("/en/projects");
    await page.getByRole("checkbox", { name: /Kainuu \(1\)/ }).check();
    await expect(page).toHaveURL(/region=Kainuu/);
    await expect(summary(page)).toContainText("1 project");
    await page.reload();
    await expect(page.getByRole("checkbox", { name: /^Kainuu/ })).toBeChecked();
    // Each order once, the default (by name without a query) first.
    await expect(page.getByLabel("Sort by").locator("option")).toHaveText([
      "Name",
      "Start date (newest first)",
      "Planned funding (largest first)",
      "Realised funding (largest first)",
      "Absorption rate (highest first)",
    ]);
    await page.getByLabel("Sort by").selectOption("planned");
    await expect(page).toHaveURL(/sort=planned/);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(summary(page)).toContainText("4 projects");
    await expect(page.getByRole("checkbox", { name: /^Kainuu/ })).not.toBeChecked();
    await expectAccessible(page);
  });

  test("ticks in a row each add to the URL, and every box stays as the reader left it", async ({ page }) => {
    await page.goto("/en/projects");
    const first = page.getByRole("checkbox", { name: /^Municipality \(1\)/ });
    const second = page.getByRole("checkbox", { name: /^Joint municipal authority \(1\)/ });
    await first.check();
    await expect(page).toHaveURL(/orgType=Kunta/);
    await second.check();
    await expect(page).toHaveURL(/orgType=Kunta&orgType=Kuntayhtym/);
    const third = page.getByRole("checkbox", { name: /^2014-2020/ });
    await third.check();
    const chosen = () => new URL(page.url()).searchParams;
    await expect.poll(() => chosen().get("period")).toBe("2014-2020");
    expect(chosen().getAll("orgType")).toEqual(["Kunta", "Kuntayhtymä"]);
    await expect(first).toBeChecked();
    await expect(second).toBeChecked();
    await expect(third).toBeFocused();
  });

  test("the filter checkboxes are targets a finger can hit: at least 24 px apart (WCAG 2.5.8)", async ({
    page,
  }) => {
    await page.goto("/en/projects");
    const boxes = await page
      .locator("fieldset ul > li > input[type=checkbox]")
      .evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect()));
    expect(boxes.length).toBeGreaterThan(4);
    for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(20);
    // Consecutive options of a list sit at least 24 px apart, centre to centre.
    const gaps = boxes
      .slice(1)
      .map((box, index) => box.y - boxes[index]!.y)
      .filter((gap) => gap > 0);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(24);
  });

  test("areas nest: a region folds out its sub-regions, a sub-region its municipalities", async ({
    page,
  }) => {
    await page.goto("/projects");
    const area = page.getByRole("group", { name: /^Alue/ });
    const iisalmi = area.getByRole("checkbox", { name: /^Iisalmi \(1\)/ });
    await expect(iisalmi).toBeHidden();
    await area.getByText("Pohjois-Savo: 2 seutukuntaa").click(); // Kuopion and Ylä-Savon
    // A sub-region says what it is: the genitive the documents write reads as its full name.
    await expect(area.getByRole("checkbox", { name: /^Ylä-Savon seutukunta \(/ })).toBeVisible();
    await area.getByText("Ylä-Savon seutukunta: 4 kuntaa").click();
    await iisalmi.check();
    await expect(page).toHaveURL(/municipality=Iisalmi/);
    await expect(summary(page)).toContainText("1 hanke");
    await page.reload();
    // A selection keeps its branch open after a reload.
    await expect(area.getByRole("checkbox", { name: /^Iisalmi/ })).toBeChecked();
    await expectAccessible(page);

    // In Swedish the sub-region Kuopio and its municipality Kuopio are told apart.
    await page.goto("/sv/projects");
    const område = page.getByRole("group", { name: /^Område/ });
    await område.getByText("Norra Savolax: 2 ekonomiska regioner").click();
    await område.getByText("Kuopio ekonomiska region: 1 kommun").click();
    await expect(område.getByRole("checkbox", { name: /^Kuopio ekonomiska region \(/ })).toBeVisible();
    await expect(område.getByRole("checkbox", { name: /^Kuopio \(/ })).toHaveCount(1);
  });

  test("sorting by planned funding puts the largest first", async ({ page }) => {
    await page.goto("/projects?sort=planned");
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(
      "Ihmiskeskeinen digitaalinen kunta (IDK)",
    );
  });

  test("bad parameters fall back to defaults instead of an error page", async ({ page }) => {
    const response = await page.goto("/projects?sort=bogus&page=-4&fund=XYZ&startFrom=abc");
    expect(response?.status()).toBe(200);
    await expect(summary(page)).toContainText("4 hanketta");
  });

  test("an empty result says so", async ({ page }) => {
    await page.goto("/en/projects?q=zzzqqqxxx");
    await expect(page.getByText("No projects match these criteria.")).toBeVisible();
    await expectAccessible(page);
  });

  test("the results download as CSV with a BOM and as canonical JSON", async ({ request }) => {
    const csv = await request.get("/api/projects.csv?region=Pohjois-Savo");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trim().split("\n")).toHaveLength(3);
    expect(text).toContain("S21894,ESF,Ihmiskeskeinen digitaalinen kunta (IDK)");
    const json = await (await request.get("/api/projects.json?fund=ESF")).json();
    expect(json).toHaveLength(4);
    const bad = await request.get("/api/projects.json?sort=nope");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ details: ["parameter 'sort': 'nope' is not a valid value"] });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search form still works as a GET form", async ({ page }) => {
    await page.goto("/projects");
    await page.getByRole("searchbox", { name: "Hae hankkeita" }).fill("Joki");
    await page.getByRole("checkbox", { name: /Pohjois-Pohjanmaa \(1\)/ }).check();
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page).toHaveURL(/q=Joki.*region=Pohjois-Pohjanmaa|region=Pohjois-Pohjanmaa.*q=Joki/);
    await expect(summary(page)).toContainText("1 hanke");
  });
});

test.describe("a project page", () => {
  test("shows the whole record, the funding comparison and links to organisations", async ({ page }) => {
    await page.goto("/projects/S21894");
    await expect(page).toHaveTitle(/Ihmiskeskeinen digitaalinen kunta \(IDK\) \(S21894\)/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ihmiskeskeinen digitaalinen kunta (IDK)",
    );
    await expect(page.getByText("Hankkeella ei ole loppuraportin tiivistelmää.")).toBeVisible();
    const periodTerm = page.getByText("Ohjelmakausi", { exact: true });
    await expect(periodTerm).toBeVisible();
    await expect(periodTerm.locator("xpath=following-sibling::dd[1]")).toHaveText("2014–2020");
    // A Finnish source needs no note on the page's language.
    await expect(page.getByText(/julkaistu englanniksi/)).toHaveCount(0);
    const funding = page.getByRole("region", { name: "Julkinen rahoitus" });
    await expect(funding).toContainText(/66,1\s%/);
    await expect(funding).toContainText(/1\s012\s579\s€/);
    await expect(
      page
        .getByRole("cell", { name: "Hyvinvoinnin edistäminen" })
        .or(page.getByRole("rowheader", { name: /Hyvinvoinnin edistäminen/ })),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: /Opinnäytetyöt \(3\)/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Savonia-ammattikorkeakoulu Oy" }).click();
    await expect(page).toHaveURL(/\/organisations\/2629463-3$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Savonia-ammattikorkeakoulu Oy");
    await expect(page.getByRole("cell", { name: "Osatoteuttaja" })).toBeVisible();
    await expectAccessible(page);
  });

  test("in English, with the final report beside the plan", async ({ page }) => {
    await page.goto("/en/projects/S22821");
    await expect(page.getByRole("heading", { name: "The final report" })).toBeVisible();
    await expect(page.getByRole("region", { name: "The final report" })).toContainText(
      "Digitalisaation merkitys",
    );
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Programme period", { exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("in Swedish: the vocabularies in Swedish, the document's own text marked Finnish", async ({
    page,
  }) => {
    await page.goto("/sv/projects/S21894");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fi");
    const facts = page.locator("header dl").first();
    for (const [term, value] of [
      ["Fond", "Europeiska socialfonden (ESF)"],
      ["Status", "Avslutat"],
      ["Ansvarig myndighet", "NTM-centralen i Södra Savolax"],
      ["Prioriterat område", "3. Sysselsättning och arbetskraftens rörlighet"],
      ["Specifikt mål", "7.1. Förbättrad produktivitet och bättre välbefinnande i arbetet"],
    ] as const) {
      await expect(facts.locator("dt", { hasText: term }).locator("+ dd")).toHaveText(value);
    }
    await expect(page.getByRole("region", { name: "Planen" }).locator("[lang=fi]").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Offentlig finansiering" })).toContainText(/66,1\s%/);
    await expect(page.getByText("Kommun", { exact: true })).toBeVisible();
    // Place names from the official classification: Pohjois-Savo is Norra Savolax, Kuopio is Kuopio.
    const area = page.getByRole("region", { name: "Område" });
    await expect(area.locator("dt", { hasText: "Landskap" }).locator("+ dd")).toHaveText("Norra Savolax");
    await expect(area.locator("dt", { hasText: "Kommuner" }).locator("+ dd")).toHaveText("Kuopio");
    // The document writes the sub-region in the genitive ("Kuopion"): named officially here.
    await expect(area.locator("dt", { hasText: "Ekonomiska regioner" }).locator("+ dd")).toHaveText("Kuopio");
    // The web page's own title, quoted, is Finnish.
    await expect(
      page.getByRole("region", { name: "Resultat på projektets webbplats" }).locator("p").first(),
    ).toHaveAttribute("lang", "fi");
    await expectAccessible(page);
  });

  test("in English the status and organisation type are translated too", async ({ page }) => {
    await page.goto("/en/projects/S21894");
    await expect(page.locator("header dl").first()).toContainText("Ended");
    await expect(page.getByText("Municipality", { exact: true })).toBeVisible();
  });

  test("what the project's own web page says stands beside the final report, with its source", async ({
    page,
    request,
  }) => {
    await page.goto("/en/projects/S21894");
    const told = page.getByRole("region", { name: "What the project's own web page says" });
    await expect(told).toContainText("not part of the official project description");
    await expect(told).toContainText("IDK-hankkeen päätösseminaari pidettiin 30.11.2022.");
    await expect(told).toContainText(
      /Source: a copy of the page saved when the data was imported \((seeds\/)?001_a543c4b04a9efd29\.txt\) · the page gives the project code/,
    );
    await expectAccessible(page);
    const json = await (await request.get("/api/projects/S21894")).json();
    expect(json.code).toBe("S21894");
    expect(json.webPages[0].narrative[0]).toBe("Hanke on päättynyt vuoden 2022 loppuun.");
    expect(json.webPages[0].items.filter((item: { kind: string }) => item.kind === "pilot")).toHaveLength(10);
  });

  test("an unknown code gives the 404 page with a search link", async ({ page }) => {
    const response = await page.goto("/projects/S00000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Hae hankkeita" })).toBeVisible();
  });
});
