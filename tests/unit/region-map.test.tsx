import { createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegionMap } from "@/components/funding/region-map";
import { officialPlaceName } from "@/lib/domain/places/classification";
import { MAP_REGION_NAMES } from "@/lib/geo/region-map";
import { fundingRegionMap } from "@/lib/geo/region-map-view";
import en from "@/lib/i18n/messages/en.json";
import type { FundingRow } from "@/lib/queries/get-funding-breakdowns";

const row = (label: string, projects: number, planned: number, realised: number): FundingRow => ({
  key: label,
  label,
  projects,
  plannedPublicTotal: planned,
  realisedPublicTotal: realised,
  absorptionRate: realised / planned,
  plannedPerParticipant: null,
  realisedPerParticipant: null,
});
// The seed projects' regions (see find-projects.test.ts).
const ROWS = [
  row("Pohjois-Savo", 2, 2016434, 1393500),
  row("Kainuu", 1, 212649, 195537),
  row("Pohjois-Pohjanmaa", 1, 153609, 84796),
];
const t = createTranslator({ locale: "en", messages: en, namespace: "funding.map" });

function render(measure: string) {
  const view = fundingRegionMap(ROWS, measure, fundingFilters, "en", (key, values) =>
    t(key as never, values as never),
  );
  // The map's table is a client component with words of its own (the scrolling box's hint).
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en}>
      <RegionMap view={view} measureLegend="Colour the map by" />
    </NextIntlClientProvider>,
  );
  return { view, html };
}
const fundingFilters = { axis: ["9"] } as never;

describe("the map of the regions", () => {
  it("is an SVG with a title, each region a link named with its figures, and a table of the same numbers", () => {
    const { html, view } = render("planned");
    const svg = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(html)![0];
    expect(svg).toMatch(
      /<title id="region-map-title">Regions of Finland coloured by planned public funding<\/title>/,
    );
    expect(svg).toMatch(/aria-labelledby="region-map-title"/);
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"[^>]*><path d="M[^"]+"/g)];
    expect(links).toHaveLength(MAP_REGION_NAMES.length);
    expect(MAP_REGION_NAMES).toHaveLength(19);
    const savo = links.find((link) => link[2]!.startsWith("North Savo:"))!;
    expect(savo[1]).toBe("/en/funding?axis=9&amp;region=Pohjois-Savo&amp;map=planned");
    expect(savo[2]).toBe(
      "North Savo: 2 projects, planned €2,016,434, realised €1,393,500, absorption rate 69.1%. Show this region&#x27;s projects.",
    );
    expect(links.find((link) => link[2]!.startsWith("Lapland:"))![2]).toContain(
      "Lapland: no projects, planned –",
    );
    // The table lists the regions by name in the page's language.
    expect(view.table.rows.slice(0, 4).map((row) => row.name)).toEqual([
      "Åland",
      "Central Finland",
      "Central Ostrobothnia",
      "Kainuu",
    ]);
    // Every region's name in the map carries exactly the numbers of its table row.
    for (const tableRow of view.table.rows) {
      const label = view.regions.find((region) => region.href === tableRow.href)!.label;
      for (const cell of tableRow.cells.slice(1)) expect(label, tableRow.name).toContain(cell);
    }
    const table = /<table[\s\S]*<\/table>/.exec(html)![0];
    expect(table).toContain(
      '<a href="/en/funding?axis=9&amp;region=Kainuu&amp;map=planned">Kainuu</a></th><td class="num">1</td><td class="num">€212,649</td>',
    );
    expect(html).toContain("National Land Survey of Finland, CC BY 4.0");
  });

  it("names each region as the projects' region facet does, so its link filters by it", () => {
    // The Land Survey's borders call Åland "Ahvenanmaan maakunta": the map is named by code.
    for (const name of MAP_REGION_NAMES) expect(officialPlaceName("region", name, "fi")).toBe(name);
    const html = render("projects").html;
    expect(html).toContain('href="/en/funding?axis=9&amp;region=Ahvenanmaa"');
    // Its label is the English one, as every region's.
    expect(html).toMatch(/<a href="\/en\/funding\?axis=9&amp;region=Ahvenanmaa[^"]*">Åland<\/a>/);
  });

  it("colours by the chosen measure, with a legend of its classes; anything else is projects", () => {
    const planned = render("planned").view;
    const fill = (view: typeof planned, name: string) =>
      view.regions.find((region) => region.name === name)!.fill;
    expect(fill(planned, "Pohjois-Savo")).not.toBe(fill(planned, "Kainuu"));
    expect(fill(planned, "Lappi")).toBe("#f1f5f9");
    expect(planned.legend.at(-1)!.label).toBe("no projects");
    const byDefault = render("nonsense").view;
    expect(byDefault.title).toBe("Regions of Finland coloured by projects");
    expect(byDefault.measures.find((measure) => measure.current)!.measure).toBe("projects");
    expect(byDefault.measures.find((m) => m.measure === "absorption")!.href).toBe(
      "/en/funding?axis=9&map=absorption#region-map",
    );
  });

  it("weighs well under 100 kB", async () => {
    const { statSync } = await import("node:fs");
    expect(statSync("lib/domain/places/regions.geo.json").size).toBeLessThan(60_000);
    expect(Buffer.byteLength(render("projects").html)).toBeLessThan(100_000);
  });
});
