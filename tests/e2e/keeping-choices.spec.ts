import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

const list = (codes: string) => new RegExp(`compare=${codes.replaceAll(",", "(,|%2C)")}`);

test("the selection and the search survive browsing: results, a project, back, compare", async ({ page }) => {
  await page.goto("/projects?fund=ESF&sort=planned");
  await page.getByRole("link", { name: "Lisää vertailuun: Ihmiskeskeinen digitaalinen kunta (IDK)" }).click();
  await expect(page).toHaveURL(list("S21894"));
  await page.getByRole("link", { name: /Lisää vertailuun: Kainuun Kuntien/ }).click();
  await expect(page).toHaveURL(list("S21894,S22821"));
  const tray = page.getByTestId("compare-tray");
  await expect(tray).toContainText("Vertailussa 2 hanketta.");

  // A third project opened from the results carries the search and the two picks.
  await page.getByRole("link", { name: /^Digikehittämistä tekemiseen!/ }).click();
  await expect(page).toHaveURL(/\/projects\/S21854\?/);
  await expect(page).toHaveURL(/fund=ESF/);
  await expect(page).toHaveURL(list("S21894,S22821"));
  await expect(tray).toContainText("S21894");
  await expect(tray).toContainText("S22821");

  // Adding it adds to the earlier picks instead of starting a new comparison.
  await page.getByTestId("project-compare").getByRole("link", { name: "Lisää vertailuun" }).click();
  await expect(page).toHaveURL(list("S21894,S22821,S21854"));
  await expect(page.getByTestId("project-compare")).toContainText("Vertailussa");
  await expect(tray).toContainText("Vertailussa 3 hanketta.");
  await expectAccessible(page);

  // Back to the search: the filters, the order and the three picks are kept.
  await page.getByRole("link", { name: "← Takaisin hakuun" }).click();
  await expect(page).toHaveURL(/\/projects\?fund=ESF&sort=planned&/);
  await expect(page).toHaveURL(list("S21894,S22821,S21854"));
  await expect(page.getByLabel("Järjestys")).toHaveValue("planned");
  await expect(tray).toContainText("Vertailussa 3 hanketta.");

  // The comparison shows all three, and its way back keeps the search.
  await tray.getByRole("link", { name: "Avaa vertailu" }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  for (const code of ["S21894", "S22821", "S21854"])
    await expect(page.getByRole("columnheader", { name: code })).toBeVisible();
  await page.getByRole("link", { name: "← Takaisin hakuun" }).click();
  await expect(page).toHaveURL(/fund=ESF/);
  await expect(page).toHaveURL(list("S21894,S22821,S21854"));

  // The tray removes one pick and keeps the rest.
  await tray.getByRole("link", { name: "Poista S22821 vertailusta" }).click();
  await expect(page).toHaveURL(list("S21894,S21854"));
  await expect(tray).toContainText("Vertailussa 2 hanketta.");
});

test("a dashboard with no matching project says what is empty and how to widen the filters", async ({
  page,
}) => {
  await page.goto("/funding?region=Lappi");
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("Suodattimia vastaavia hankkeita ei ole");
  await expect(
    page.getByText("Kaikilta hankkeilta on sekä suunniteltu että toteutunut rahoitus."),
  ).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("0 €");
  await expectAccessible(page);
  await empty.getByRole("link", { name: "muuta niitä haussa" }).click();
  await expect(page).toHaveURL(/\/projects\?region=Lappi$/);
  await page.goBack();
  await page.getByTestId("empty-state").getByRole("link", { name: "poista kaikki suodattimet" }).click();
  await expect(page).toHaveURL(/\/funding$/);
  await expect(page.getByTestId("empty-state")).toHaveCount(0);

  await page.goto("/en/principles?region=Lappi");
  await expect(page.getByTestId("empty-state")).toContainText("No projects match the filters");
  await expect(page.getByTestId("empty-state")).toContainText("no gender-equality answers");
});

test("every download link says which CSV is for Excel and which for programs", async ({ page, request }) => {
  await page.goto("/en/projects?region=Kainuu");
  const excel = page.getByRole("link", { name: /for Excel/ });
  await expect(excel).toHaveAttribute("href", /format=excel&lang=en/);
  const text = await (await request.get((await excel.getAttribute("href"))!)).text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split(/\r\n/)[0]).toMatch(/^\ufeffProject code;Fund;Project name;/);
  await expect(page.getByRole("link", { name: /for programs/ })).toHaveAttribute(
    "href",
    "/api/projects.csv?region=Kainuu",
  );
});
