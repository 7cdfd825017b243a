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

  test("in Swedish under /sv, with Finland-Swedish number formats", async ({ page }) => {
    await page.goto("/sv");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page).toHaveTitle("ESF-projektregistret");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Europeiska socialfondens projekt i Finland",
    );
    expect(normalise(await page.getByTestId("project-count").textContent())).toBe(
      "Registret innehåller 4 projekt. Planerad offentlig finansiering sammanlagt 2 382 692 €.",
    );
    await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link")).toHaveText([
      "Startsida",
      "Projekt",
      "Finansiering",
      "Principer",
      "Om materialet",
    ]);
    await expectAccessible(page);
  });
});

test("the language switch keeps the current page", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietoa aineistosta");
  await page.getByRole("navigation", { name: "Kieli" }).getByRole("link", { name: "In English" }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Suomeksi" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietoa aineistosta");
  await expectAccessible(page);
});

test("the language switch keeps every parameter, repeated ones included", async ({ page }) => {
  await page.goto("/projects?region=Kainuu&region=Pohjois-Savo&sort=planned");
  await expect(page.getByTestId("results-summary")).toContainText("3 hanketta");
  await page.getByRole("navigation", { name: "Kieli" }).getByRole("link", { name: "In English" }).click();
  await expect(page).toHaveURL(/\/en\/projects\?region=Kainuu&region=Pohjois-Savo&sort=planned$/);
  await expect(page.getByTestId("results-summary")).toContainText("3 projects");
});

test("the language switch goes fi → sv → en on a search, keeping its parameters", async ({ page }) => {
  await page.goto("/projects?orgType=Kunta&sort=planned");
  const languages = page.getByRole("navigation", { name: "Kieli" });
  // Each language is named in itself, and the link's accessible name is its visible text.
  for (const name of ["På svenska", "In English"]) {
    const link = languages.getByRole("link", { name, exact: true });
    await expect(link).toHaveText(name);
    await expect(link).toHaveAccessibleName(name);
  }
  await expect(languages.getByText("Suomeksi")).toHaveAttribute("aria-current", "true");

  await languages.getByRole("link", { name: "På svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/projects\?orgType=Kunta&sort=planned$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projekt");
  await expect(page.getByTestId("results-summary")).toContainText("1 projekt");
  // The organisation type reads in Swedish; the project's name stays as published, marked Finnish.
  await expect(page.getByRole("checkbox", { name: /^Kommun \(1\)/ })).toBeChecked();
  await expect(
    page.getByRole("link", { name: "Ihmiskeskeinen digitaalinen kunta (IDK)", exact: true }),
  ).toHaveAttribute("lang", "fi");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "In English" }).click();
  await expect(page).toHaveURL(/\/en\/projects\?orgType=Kunta&sort=planned$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("checkbox", { name: /^Municipality \(1\)/ })).toBeChecked();
  await expect(page.getByTestId("results-summary")).toContainText("1 project");
  await expectAccessible(page);
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
  ["/sv/no-such-page", "Sidan hittades inte", "Sök projekt"],
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
