import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

const normalise = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

test.describe("the home page", () => {
  test("in Finnish at / it says how many projects the database holds", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Euroopan sosiaalirahaston hankkeet Suomessa",
    );
    const count = normalise(await page.getByTestId("project-count").textContent());
    expect(count).toBe("Rekisterissä on 4 hanketta. Suunniteltu julkinen rahoitus yhteensä 2 382 692 €.");
    await expect(page.getByRole("contentinfo")).toContainText("EURA 2014");
    await expectAccessible(page);
  });

  test("in English under /en", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("project-count")).toHaveText(
      "The registry holds 4 projects. Planned public funding in total: €2,382,692.",
    );
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link")).toHaveText([
      "Home",
      "Projects",
      "Funding",
      "Principles",
      "About the data",
    ]);
    await expectAccessible(page);
  });
});

test("the language switch keeps the current page", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietoa aineistosta");
  await page.getByRole("link", { name: "Vaihda kieli englanniksi" }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Switch the language to Finnish" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietoa aineistosta");
  await expectAccessible(page);
});

test("the language switch keeps every parameter, repeated ones included", async ({ page }) => {
  await page.goto("/projects?region=Kainuu&region=Pohjois-Savo&sort=planned");
  await expect(page.getByTestId("results-summary")).toContainText("3 hanketta");
  await page.locator('header a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/projects\?region=Kainuu&region=Pohjois-Savo&sort=planned$/);
  await expect(page.getByTestId("results-summary")).toContainText("3 projects");
});

test("the skip link moves keyboard focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Siirry sisältöön" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const [path, title, link] of [
  ["/no-such-page", "Sivua ei löytynyt", "Hae hankkeita"],
  ["/en/no-such-page", "Page not found", "Search projects"],
] as const) {
  test(`an unknown address ${path} gives the 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("link", { name: link })).toBeVisible();
    await expectAccessible(page);
  });
}
