import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";

/** Presses Tab until the target has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40, key = "Tab") {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
  return limit;
}

test("by keyboard alone: search, add to the comparison, open a project, add it, compare", async ({
  page,
}) => {
  await page.goto("/projects");
  const search = page.getByRole("searchbox", { name: "Hae hankkeita" });
  await tabTo(page, search);
  await page.keyboard.type("digitaalinen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=digitaalinen/);
  await expect(search).toBeFocused();
  // The new count is read out, not the whole list.
  await expect(page.getByRole("status")).toHaveText(/^\d+ hank(e|etta)\.$/);

  // Past the filters in two key presses.
  await page.keyboard.press("Tab"); // the search button
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Siirry hakutuloksiin" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Hakutulokset" })).toBeFocused();

  // Adding keeps focus on the same control and says so in the live region.
  const add = page.getByRole("link", { name: "Lisää vertailuun: Ihmiskeskeinen digitaalinen kunta (IDK)" });
  expect(await tabTo(page, add, 12)).toBeLessThanOrEqual(10);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/compare=S21894/);
  const remove = page.getByRole("link", {
    name: "Poista vertailusta: Ihmiskeskeinen digitaalinen kunta (IDK)",
  });
  await expect(remove).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "lisätty vertailuun" })).toHaveText(
    "Ihmiskeskeinen digitaalinen kunta (IDK) lisätty vertailuun. Vertailussa 1 hanke.",
  );
  await expectAccessible(page);

  // Back to the project's title, open it: focus starts at its heading.
  await page.keyboard.press("Shift+Tab");
  const title = page.getByRole("link", { name: "Ihmiskeskeinen digitaalinen kunta (IDK)", exact: true });
  await expect(title).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/projects\/S21894/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Ihmiskeskeinen digitaalinen kunta (IDK)");
  await expect(heading).toBeFocused();

  // The project's actions come right after its heading: it is already in the comparison (the
  // selection came along in the URL), and the tray's controls are the next stops.
  await expect(page.getByTestId("project-compare")).toContainText("Vertailussa");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Poista S21894 vertailusta" })).toBeFocused();
  await expectAccessible(page);
});

test("the language link's name starts with the words it shows", async ({ page }) => {
  await page.goto("/projects");
  const link = page.getByRole("link", { name: /^In English/ });
  await expect(link).toHaveText(/In English/);
  await expect(link).toHaveAccessibleName("In English");
});
