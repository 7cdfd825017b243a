import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Asserts that axe finds no WCAG 2.1 A or AA violation on the page as it is now. Axe cannot see
 * text inside SVG: chart text colours are checked by hand (components/charts/use-width.ts).
 */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next streams the new <title> in a moment later.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  // Scrolling regions must be reachable by keyboard: make sure the rule really ran.
  const ran = [...results.passes, ...results.inapplicable, ...results.incomplete, ...results.violations];
  expect(ran.map((rule) => rule.id)).toContain("scrollable-region-focusable");
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
