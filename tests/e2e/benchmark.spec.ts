import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

test.describe("benchmarking a plan", () => {
  test("a plan is placed among the realised projects, with the most similar ones", async ({ page }) => {
    await page.goto("/funding");
    await page.getByRole("link", { name: "Vertaa omaa suunnitelmaasi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vertaa suunnitelmaasi");
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("Suunniteltu julkinen rahoitus (€)").fill("300 000");
    await page.getByLabel("Kesto (kuukautta)").fill("24");
    await page.getByLabel("Suunnitellut osallistujat").fill("200");
    await page.getByRole("button", { name: "Vertaa" }).click();
    await expect(page).toHaveURL(/planned=300\+000&months=24&participants=200/);
    const result = page.getByTestId("benchmark-result");
    await expect(result).toContainText("Vertailussa on 4 hanketta");
    // Realised totals 84 796, 195 537, 380 921 and 1 012 579 €: 300 000 € is above half of them.
    await expect(
      page.getByTestId("benchmark-position").getByRole("row", { name: /Julkinen rahoitus yhteensä/ }),
    ).toContainText(/300\s000\s€.*suurempi kuin 50,0\s%/);
    await expect(page.getByTestId("benchmark-similar").getByRole("link")).toHaveCount(4);
    await expectAccessible(page);

    // The URL is the whole state: narrowing to one region and sharing it.
    await page.getByLabel("Maakunta").selectOption("Kainuu");
    await page.getByRole("button", { name: "Vertaa" }).click();
    await expect(page).toHaveURL(/region=Kainuu/);
    await expect(result).toContainText("Vertailussa on 1 hanke");
  });

  test("bad input is named field by field, in English", async ({ page }) => {
    await page.goto("/en/funding/benchmark?planned=abc&months=500&participants=");
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("Correct 3 fields");
    await expect(summary.getByRole("link")).toHaveText([
      "Planned public funding (€): this is not a number.",
      "Duration (months): at most 120.",
      "Planned participants: enter a number.",
    ]);
    await expect(page.getByLabel("Duration (months)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Duration (months)")).toHaveValue("500");
    await expect(page.getByTestId("benchmark-result")).toHaveCount(0);
    await expectAccessible(page);
  });
});
