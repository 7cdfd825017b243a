import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";

test("projects are added to a comparison from the search, compared side by side and removed", async ({
  page,
}) => {
  await page.goto("/projects?sort=planned");
  await page.getByRole("link", { name: "Lisää vertailuun: Ihmiskeskeinen digitaalinen kunta (IDK)" }).click();
  await expect(page).toHaveURL(/compare=S21894/);
  await expect(page.getByTestId("compare-tray")).toContainText("Vertailussa 1 hanke.");
  await page.getByRole("link", { name: /Lisää vertailuun: Kainuun Kuntien/ }).click();
  await expect(page).toHaveURL(/compare=S21894%2CS22821|compare=S21894,S22821/);
  await page.getByRole("link", { name: "Avaa vertailu" }).click();
  // The comparison keeps the search's order for the way back.
  await expect(page).toHaveURL(/\/compare\?sort=planned&codes=S21894(,|%2C)S22821$/);
  await expect(page.getByRole("row", { name: /Toteutumisaste/ })).toContainText(/66,1\s%.*92,0\s%/);
  await expectAccessible(page);
  await page
    .getByRole("link", { name: "Poista vertailusta: Ihmiskeskeinen digitaalinen kunta (IDK)" })
    .click();
  await expect(page).toHaveURL(/\/compare\?sort=planned&codes=S22821$/);
  await expect(page.getByText("Valitse vertailuun 2–4 hanketta")).toBeVisible();
});

test("in English, with a project added by its code and an unknown code reported", async ({ page }) => {
  await page.goto("/en/compare?codes=S21894,S99999");
  await expect(page.getByText("These project codes were not found: S99999.")).toBeVisible();
  await page.getByLabel("Add a project by its code").fill("S22837");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("columnheader", { name: "S22837" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "S21894" })).toBeVisible();
  await expectAccessible(page);
});
