import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";

// Every kind of page, with data in it, in both languages.
const PAGES = [
  ["home", "/"],
  ["search", "/projects"],
  ["project", "/projects/S21894"],
  ["organisation", "/organisations/0171450-7"],
  ["funding", "/funding"],
  ["benchmark", "/funding/benchmark?planned=300000&months=24&participants=200"],
  ["compare", "/compare?codes=S21894,S22821,S22837,S21854"],
  ["principles", "/principles"],
  ["about", "/about"],
  ["accessibility statement", "/accessibility"],
  ["API documentation", "/developers"],
] as const;

// A phone held upright (and 1280 px at 400 % zoom), and a laptop. 200 % zoom of 1280 px is 640.
const WIDTHS = [320, 1280] as const;

/** Widths of the page and the window: the page must not scroll sideways (WCAG 1.4.10). */
async function pageWidth(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of PAGES) {
      for (const prefix of ["", "/en"]) {
        const url = `${prefix}${path === "/" && prefix ? "" : path}`;
        test(`the ${name} page ${url} does not scroll sideways and passes axe`, async ({ page }) => {
          const failed: string[] = [];
          page.on("response", (response) => {
            if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
          });
          await page.goto(url);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          // Charts and scroll boxes measure themselves after hydration.
          await page.waitForLoadState("networkidle");
          const { scrollWidth, innerWidth } = await pageWidth(page);
          expect(
            scrollWidth,
            `${url} is ${scrollWidth} px wide in a ${innerWidth} px window`,
          ).toBeLessThanOrEqual(innerWidth);
          await expectAccessible(page);
          expect(failed).toEqual([]);
        });
      }
    }
  });
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 900 } });

  test("a wide table scrolls in its own labelled region, reachable by keyboard", async ({ page }) => {
    await page.goto("/compare?codes=S21894,S22821,S22837,S21854");
    const region = page.getByRole("region", { name: "Hankkeiden vertailu" });
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(page.getByText("Taulukko jatkuu sivulle: vieritä sitä sivusuunnassa.")).toBeVisible();
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test("the search shows its results before the filters, which sit behind a disclosure", async ({ page }) => {
    await page.goto("/projects?orgType=Kunta");
    const filters = page.getByTestId("filters-disclosure");
    await expect(filters).not.toHaveAttribute("open");
    await expect(filters.locator(":scope > summary")).toHaveText(/Rajaa hakua\s*\(1 rajaus käytössä\)/);
    await expect(page.getByLabel("Järjestys")).toBeHidden();
    const results = await page.getByTestId("results-summary").boundingBox();
    expect(results!.y).toBeLessThan(900);
    await filters.locator(":scope > summary").click();
    await expect(page.getByLabel("Järjestys")).toBeVisible();
  });

  test("a bar chart puts its labels above the bars and still draws them", async ({ page }) => {
    await page.goto("/principles");
    const chart = page.getByRole("application", { name: "Sukupuolten tasa-arvo" });
    await expect(chart.getByText("Toimintaympäristön analyysi", { exact: false })).toBeVisible();
    // Two of the four projects' answers are yes to the first two questions: bars with width,
    // drawn by the server before any chart library has loaded.
    const drawn = chart.locator("[data-bar]");
    await expect(drawn.first()).toBeVisible();
    expect((await drawn.first().boundingBox())!.width).toBeGreaterThan(100);
    // Reached with the keyboard, the interactive chart takes its place, laid out the same way.
    await chart.focus();
    const surface = page.getByRole("application", { name: "Sukupuolten tasa-arvo" });
    await expect(surface).toBeFocused();
    await expect(surface.getByText("Toimintaympäristön analyysi", { exact: false })).toBeVisible();
    const bars = surface.locator(".recharts-bar-rectangle path");
    await expect(bars.first()).toBeVisible();
    // Recharts grows its bars from zero width when it mounts: wait for the drawn width.
    await expect.poll(async () => (await bars.first().boundingBox())?.width ?? 0).toBeGreaterThan(100);
    // The first bar's tooltip, whose label is a long question, wraps within the screen.
    const tooltip = page.locator(".recharts-tooltip-wrapper").filter({ hasText: "Kyllä-osuus" }).first();
    await expect(tooltip).toBeVisible();
    for (const key of ["Home", "End"]) {
      // The first and the last question, whose tooltip Recharts places furthest right.
      await page.keyboard.press(key);
      // Recharts slides the tooltip to its bar: measure it where it comes to rest.
      let box = (await tooltip.boundingBox())!;
      await expect
        .poll(async () => {
          const previous = box;
          await page.waitForTimeout(100);
          box = (await tooltip.boundingBox())!;
          return box.x === previous.x && box.y === previous.y && box.width === previous.width;
        })
        .toBe(true);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });

  test("a chart taller than the screen scrolls to the bar its keys reach", async ({ page }) => {
    await page.goto("/principles");
    const chart = page.getByRole("application", { name: /^Kestävä kehitys/ }).first();
    await chart.focus();
    await expect(page.getByRole("application", { name: /^Kestävä kehitys/ }).first()).toBeFocused();
    // Recharts has taken the drawn chart's place (a key pressed before then only reaches for it).
    await expect(page.locator(".recharts-tooltip-wrapper").first()).toBeVisible();
    const tooltip = page.locator(".recharts-tooltip-wrapper").first();
    for (const key of ["End", "Home"]) {
      await page.keyboard.press(key);
      // The last bar is far below the view at 320 px, the first far above it once there.
      await expect
        .poll(async () => {
          const box = await tooltip.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
        })
        .toBe(true);
    }
  });

  test("a project page has its actions and a table of contents near the top", async ({ page }) => {
    await page.goto("/projects/S21894");
    const add = page.getByRole("link", { name: "Lisää vertailuun" });
    expect((await add.boundingBox())!.y).toBeLessThan(1500);
    const contents = page.getByRole("navigation", { name: "Tällä sivulla" });
    await contents.getByRole("link", { name: "Kestävä kehitys" }).click();
    await expect(page).toHaveURL(/#sustainability-heading$/);
    await expect(page.getByRole("heading", { name: "Kestävä kehitys", level: 2 })).toBeInViewport();
    // What the project's own web page says is a section of the page like the others.
    await expect(contents.getByRole("link", { name: "Hankkeen oma verkkosivu kertoo" })).toHaveAttribute(
      "href",
      "#web-narrative-heading",
    );
  });
});
