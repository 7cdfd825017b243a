import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

test.describe("open data", () => {
  test("the developers' page documents every endpoint with example requests that answer", async ({
    page,
    request,
  }) => {
    await page.goto("/en/developers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data API");
    await expect(page.getByRole("heading", { name: "GET /api/projects.json" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "invalid_parameters" })).toBeVisible();
    await expectAccessible(page);
    const example = page.getByRole("link", { name: "GET /api/projects/S21894" });
    const response = await request.get((await example.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect((await response.json()).code).toBe("S21894");
    const document = await request.get("/api/openapi.json");
    expect((await document.json()).openapi).toBe("3.1.0");
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Avoimen datan rajapinta");
    await expectAccessible(page);
  });

  test("a search can be followed as an Atom feed, and answers 304 when unchanged", async ({
    page,
    request,
  }) => {
    await page.goto("/projects?region=Kainuu");
    const follow = page.getByRole("link", { name: "Seuraa tätä hakua (Atom-syöte)" });
    await expect(follow).toHaveAttribute("href", "/projects/feed.xml?region=Kainuu");
    const feed = await request.get("/projects/feed.xml?region=Kainuu");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("/projects/S22821</id>");
    const again = await request.get("/projects/feed.xml?region=Kainuu", {
      headers: { "If-None-Match": feed.headers()["etag"]! },
    });
    expect(again.status()).toBe(304);
  });

  test("/data lists the files, which download", async ({ page, request }) => {
    await page.goto("/en/data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data files");
    const table = page.getByTestId("open-data-files");
    await expect(table.getByRole("row")).toHaveCount(1 + 18 + 2);
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
    const jsonl = table.getByRole("link", { name: "projects.jsonl" });
    const file = await request.get((await jsonl.getAttribute("href"))!);
    expect(file.status()).toBe(200);
    expect((await file.text()).trimEnd().split("\n")).toHaveLength(4);
    await expectAccessible(page);
  });

  test("/quality counts observations with links to their searches and shows the import history", async ({
    page,
  }) => {
    await page.goto("/en/quality");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data quality");
    const link = page.getByRole("link", { name: /^1 project: Ended without a final report/ });
    await expect(link).toHaveAttribute("href", "/en/projects?quality=endedWithoutFinalReport");
    await expect(page.getByTestId("import-runs").getByRole("row")).not.toHaveCount(1);
    await expectAccessible(page);
    await link.click();
    await expect(page.getByText("1 project", { exact: false }).first()).toBeVisible();
  });

  test("the map of the regions on /funding: a titled SVG whose regions are named links, with its table", async ({
    page,
  }) => {
    await page.goto("/funding?map=planned");
    const map = page.getByTestId("region-map");
    await expect(map.locator("title")).toHaveText(
      "Suomen maakunnat värjättynä: suunniteltu julkinen rahoitus",
    );
    await expect(map.getByRole("link")).toHaveCount(19);
    const kainuu = map.getByRole("link", { name: /^Kainuu: 1 hanke/ });
    await expect(kainuu).toHaveAttribute("href", "/funding?region=Kainuu&map=planned");
    await expect(page.getByTestId("region-map-table").getByRole("row", { name: /Kainuu/ })).toContainText(
      "212",
    );
    await expect(
      page.getByText("Maanmittauslaitos (National Land Survey of Finland), CC BY 4.0"),
    ).toBeVisible();
    await expectAccessible(page);
    await kainuu.click();
    await expect(page).toHaveURL(/region=Kainuu/);
  });

  test("in Swedish the map and its table name the regions in Swedish", async ({ page }) => {
    await page.goto("/sv/funding");
    const kainuu = page.getByTestId("region-map").getByRole("link", { name: /^Kajanaland: 1 projekt/ });
    await expect(kainuu).toHaveAttribute("href", "/sv/funding?region=Kainuu");
    const row = page.getByTestId("region-map-table").getByRole("row", { name: /Kajanaland/ });
    await expect(row).toContainText("212");
    await expect(page.getByTestId("region-map-table")).toContainText("Förverkligandegrad");
  });
});
