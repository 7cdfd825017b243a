/**
 * The region map with its words: every region's accessible name carries its figures, the legend
 * its classes, and the table below the same numbers, all formatted once here so that the map and
 * its table cannot disagree.
 */
import { compareLabels, formatEuro, formatNumber, formatPercent } from "../format";
import type { Locale } from "../i18n/routing";
import { localePath } from "../i18n/locale";
import { placeLabel } from "../i18n/vocabulary/places";
import type { FundingRow } from "../queries/get-funding-breakdowns";
import { listHref, type SearchFilters } from "../search/list-state";
import {
  buildRegionMap,
  MAP_MEASURES,
  MAP_PARAMETER,
  mapMeasureSchema,
  NO_DATA_COLOUR,
  regionFigures,
  type MapMeasure,
  type RegionMap,
} from "./region-map";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface RegionMapView {
  title: string;
  width: number;
  height: number;
  regions: { name: string; path: string; fill: string; href: string; label: string }[];
  legend: { fill: string; label: string }[];
  measures: { measure: MapMeasure; label: string; href: string; current: boolean }[];
  table: {
    caption: string;
    headers: string[];
    /** `name` in the page's language; `lang` set where it is the Finnish name on another page. */
    rows: { name: string; lang?: "fi"; href: string; cells: string[] }[];
  };
  credit: string;
}

export function regionMapView(
  map: RegionMap,
  options: {
    t: Translate;
    locale: Locale;
    regionHref: (name: string) => string;
    measureHref: (measure: MapMeasure) => string;
  },
): RegionMapView {
  const { t, locale } = options;
  const euro = (value: number | null) => (value === null ? "–" : formatEuro(value, locale));
  const rate = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const format = (value: number, measure: MapMeasure) =>
    measure === "projects"
      ? formatNumber(value, locale)
      : measure === "absorption"
        ? formatPercent(value, locale)
        : formatEuro(Math.round(value), locale);
  const cells = (region: RegionMap["regions"][number]) => [
    formatNumber(region.projects, locale),
    euro(region.plannedPublicTotal),
    euro(region.realisedPublicTotal),
    rate(region.absorptionRate),
  ];
  const measureName = t(`measure.${map.measure}`);
  return {
    title: t("title", { measure: measureName }),
    width: map.width,
    height: map.height,
    regions: map.regions.map((region) => {
      const [, planned, realised, absorption] = cells(region);
      return {
        name: region.name,
        path: region.path,
        fill: region.fill,
        href: options.regionHref(region.name),
        label: t("regionLabel", {
          region: placeLabel("region", region.name, locale).text,
          count: region.projects,
          planned: planned!,
          realised: realised!,
          absorption: absorption!,
        }),
      };
    }),
    legend: [
      ...map.classes.map((mapClass) => ({
        fill: mapClass.fill,
        label: t("legendClass", {
          from: format(mapClass.from, map.measure),
          to: format(mapClass.to, map.measure),
        }),
      })),
      { fill: NO_DATA_COLOUR, label: t("legendNone") },
    ],
    measures: MAP_MEASURES.map((measure) => ({
      measure,
      label: t(`measure.${measure}`),
      href: options.measureHref(measure),
      current: measure === map.measure,
    })),
    table: {
      caption: t("tableCaption"),
      headers: [
        t("column.region"),
        t("column.projects"),
        t("column.planned"),
        t("column.realised"),
        t("column.absorption"),
      ],
      // By name in the page's language, for a reader looking one up (the map's own order is
      // its shapes' drawing order).
      rows: map.regions
        .map((region) => {
          const { text, lang } = placeLabel("region", region.name, locale);
          return {
            name: text,
            ...(lang && { lang }),
            href: options.regionHref(region.name),
            cells: cells(region),
          };
        })
        .sort((a, b) => compareLabels(locale)(a.name, b.name)),
    },
    credit: t("credit"),
  };
}

/**
 * The map on /funding: the region breakdown of the filtered projects, coloured by `?map=`; a
 * region's link keeps the other filters and selects that region, a measure's link keeps them all.
 */
export function fundingRegionMap(
  rows: readonly FundingRow[],
  rawMeasure: unknown,
  filters: SearchFilters,
  locale: Locale,
  t: Translate,
): RegionMapView {
  const measure = mapMeasureSchema.parse(rawMeasure);
  const withMeasure = (href: string, chosen: MapMeasure) =>
    chosen === "projects" ? href : `${href}${href.includes("?") ? "&" : "?"}${MAP_PARAMETER}=${chosen}`;
  return regionMapView(buildRegionMap(regionFigures(rows), measure), {
    t,
    locale,
    regionHref: (name) =>
      localePath(locale, withMeasure(listHref("/funding", { ...filters, region: [name] }), measure)),
    measureHref: (chosen) =>
      `${localePath(locale, withMeasure(listHref("/funding", filters), chosen))}#region-map`,
  });
}
