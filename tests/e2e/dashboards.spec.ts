import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

test("the funding page compares planned and realised, filtered by the search's URL parameters", async ({
  page,
}) => {
  await page.goto("/funding?orgType=Kunta");
  await expect(page.getByTestId("filter-scope")).toContainText("Luvut koskevat 1 hanketta.");
  await expect(page.getByRole("region", { name: "Yhteensä" })).toContainText(/66,1\s%/);
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
  const histogram = page.getByTestId("absorption-histogram");
  for (const bin of ["50–60%", "60–70%", "70–80%", "90–100%"]) {
    await expect(histogram.getByRole("row", { name: bin })).toContainText("1");
  }
  await expect(histogram.getByRole("row", { name: "80–90%" })).toContainText("0");
  await expectAccessible(page);
});

for (const path of ["/principles", "/en/principles"]) {
  test(`the principles page ${path} aggregates gender answers and sustainability scores`, async ({
    page,
  }) => {
    await page.goto(path);
    const criteria = page.getByTestId("criteria-table");
    await expect(
      criteria.getByRole("row", { name: /Hyvinvoinnin edistäminen|Promoting well-being/ }),
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
    .getByRole("link", { name: "Ihmiskeskeinen digitaalinen kunta (IDK), Hyvinvoinnin edistäminen: 10" })
    .click();
  await expect(page).toHaveURL(/criterion=wellbeing&score=10/);
  const drill = page.getByRole("region", { name: /Hyvinvoinnin edistäminen: välitön vaikutus 10/ });
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
