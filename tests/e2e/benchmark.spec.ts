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
    await expect(page).toHaveURL(/planned=300\+000&months=24&participants=200&.*#answer$/);
    // The new page starts at its answer, for the keyboard and for the eye.
    await expect(
      page.getByRole("heading", { name: "Suunnitelmasi vertailuhankkeiden joukossa" }),
    ).toBeFocused();
    const result = page.getByTestId("benchmark-result");
    await expect(result).toContainText("Vertailussa on 4 hanketta");
    // Four projects are fewer than the minimum of five: a count, no share, no quartiles.
    await expect(page.getByTestId("small-sample")).toContainText("vain 4 vertailuhanketta");
    // Realised totals 84 796, 195 537, 380 921 and 1 012 579 €: 300 000 € is above two of them.
    const total = page
      .getByTestId("benchmark-position")
      .getByRole("row", { name: /Julkinen rahoitus yhteensä/ });
    await expect(total).toContainText(/300\s000\s€.*suurempi kuin 2 hankkeella 4 hankkeesta/);
    await expect(total).not.toContainText("%");
    await expect(total).toContainText("liian vähän hankkeita");
    // The plan's row and each of the four projects with its own figures.
    await expect(page.getByTestId("benchmark-individual").getByRole("link")).toHaveCount(4);
    await expect(page.getByTestId("benchmark-individual")).toContainText("Suunnitelmasi");
    await expectAccessible(page);

    // Participants left empty: the comparisons that need them are left out, the rest remain.
    await page.getByLabel("Suunnitellut osallistujat").fill("");
    await page.getByRole("button", { name: "Vertaa" }).click();
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await expect(
      page.getByTestId("benchmark-position").getByRole("row", { name: /Osallistujaa kohden/ }),
    ).toContainText("ei annettu");
    await expect(page.getByLabel("Suunnitellut osallistujat")).not.toHaveAttribute("required");
    await expect(page.getByLabel("Suunniteltu julkinen rahoitus (€)")).toHaveAttribute(
      "aria-required",
      "true",
    );

    // The URL is the whole state: narrowing to one region and sharing it.
    await page.getByLabel("Maakunta").selectOption("Kainuu");
    await page.getByRole("button", { name: "Vertaa" }).click();
    await expect(page).toHaveURL(/region=Kainuu/);
    await expect(result).toContainText("Vertailussa on 1 hanke");
    // One project: never "above 100 %".
    await expect(page.getByTestId("benchmark-position")).not.toContainText("100,0");
    await expect(page.getByTestId("benchmark-position")).toContainText("1 hankkeella 1 hankkeesta");
  });

  test("bad input is named field by field, in English", async ({ page }) => {
    await page.goto("/en/funding/benchmark");
    await page.getByLabel("Planned public funding (€)").fill("abc");
    await page.getByLabel("Duration (months)").fill("500");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/planned=abc&months=500&participants=&.*#answer$/);
    const summary = page.getByTestId("error-summary");
    await expect(summary.getByRole("heading")).toBeFocused();
    // Participants are optional: an empty field is no error.
    await expect(summary).toContainText("Correct 2 fields");
    await expect(summary.getByRole("link")).toHaveText([
      "Planned public funding (€): this is not a number.",
      "Duration (months): at most 120.",
    ]);
    await expect(page.getByLabel("Duration (months)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Duration (months)")).toHaveValue("500");
    await expect(page.getByTestId("benchmark-result")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("limits are written as the language writes numbers", async ({ page }) => {
    await page.goto("/funding/benchmark?planned=5&participants=99999999");
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
      /^Suunniteltu julkinen rahoitus \(€\): vähintään 1\s000\.$/,
      /^Suunnitellut osallistujat: enintään 1\s000\s000\.$/,
    ]);
    await page.goto("/en/funding/benchmark?planned=999999999999");
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
      "Planned public funding (€): at most 100,000,000.",
    ]);
  });
});
