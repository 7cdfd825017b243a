/**
 * The map of the regions (maakunnat) on /funding as data: each region's SVG path (projected with
 * d3-geo on the server), its figures, class and colour for the chosen measure, and the legend's
 * classes. Pure: the page formats the words, the component draws it.
 */
import { geoPath, geoTransverseMercator, type GeoPermissibleObjects } from "d3-geo";
import { z } from "zod";
import type { FundingRow } from "../queries/get-funding-breakdowns";
// The region borders, simplified on a topology and named by the classification's codes
// (npm run places:shapes, docs/data-sources.md).
import regions from "../domain/places/regions.geo.json";

export const MAP_MEASURES = ["projects", "planned", "realised", "absorption"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
/** `?map=planned`: the measure the map is coloured by (pages are tolerant: anything else is projects). */
export const mapMeasureSchema = z.enum(MAP_MEASURES).catch("projects");
export const MAP_PARAMETER = "map";

export const MAP_WIDTH = 360;
export const MAP_HEIGHT = 620;

/** Sequential blues (ColorBrewer), light to dark; regions without figures are grey. */
export const MAP_COLOURS = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
export const NO_DATA_COLOUR = "#f1f5f9";

export interface RegionFigures {
  name: string;
  projects: number;
  plannedPublicTotal: number | null;
  realisedPublicTotal: number | null;
  absorptionRate: number | null;
}

export interface MapRegion extends RegionFigures {
  path: string;
  value: number | null;
  fill: string;
}

export interface MapClass {
  from: number;
  to: number;
  fill: string;
}

export interface RegionMap {
  measure: MapMeasure;
  width: number;
  height: number;
  regions: MapRegion[];
  classes: MapClass[];
}

type RegionFeature = (typeof regions.features)[number];
const collection = regions as unknown as GeoPermissibleObjects;
const projection = geoTransverseMercator()
  .rotate([-26, 0])
  .fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    collection,
  );
const draw = geoPath(projection);
// Paths are the same for every request: drawn once, rounded to tenths of a pixel.
const PATHS = new Map(
  regions.features.map((feature: RegionFeature) => [
    feature.properties.fi,
    (draw(feature as unknown as GeoPermissibleObjects) ?? "").replace(/\d+\.\d+/g, (n) =>
      Number(n).toFixed(1),
    ),
  ]),
);

/** The regions the map draws, in the order of the geometry file. */
export const MAP_REGION_NAMES = [...PATHS.keys()];

function valueOf(figures: RegionFigures, measure: MapMeasure): number | null {
  if (figures.projects === 0) return null;
  switch (measure) {
    case "projects":
      return figures.projects;
    case "planned":
      return figures.plannedPublicTotal;
    case "realised":
      return figures.realisedPublicTotal;
    case "absorption":
      return figures.absorptionRate;
  }
}

/** Five equal classes from 0 to the largest value (counts in whole steps). */
function classesFor(values: number[], measure: MapMeasure): MapClass[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [];
  const step =
    measure === "projects" ? Math.max(1, Math.ceil(max / MAP_COLOURS.length)) : max / MAP_COLOURS.length;
  return MAP_COLOURS.map((fill, index) => ({ from: step * index, to: step * (index + 1), fill })).filter(
    (mapClass) => mapClass.from < max || mapClass.from === 0,
  );
}

export function buildRegionMap(rows: RegionFigures[], measure: MapMeasure): RegionMap {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const figures = MAP_REGION_NAMES.map(
    (name): RegionFigures =>
      byName.get(name) ?? {
        name,
        projects: 0,
        plannedPublicTotal: null,
        realisedPublicTotal: null,
        absorptionRate: null,
      },
  );
  const values = figures.map((region) => valueOf(region, measure));
  const classes = classesFor(
    values.filter((value): value is number => value !== null),
    measure,
  );
  return {
    measure,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    classes,
    regions: figures.map((region, index) => {
      const value = values[index] ?? null;
      const found = value === null ? undefined : (classes.find((c) => value < c.to) ?? classes.at(-1));
      return { ...region, path: PATHS.get(region.name) ?? "", value, fill: found?.fill ?? NO_DATA_COLOUR };
    }),
  };
}

/** A funding breakdown by region as the map's figures. */
export function regionFigures(rows: readonly FundingRow[]): RegionFigures[] {
  return rows.map((row) => ({
    name: row.label,
    projects: row.projects,
    plannedPublicTotal: row.plannedPublicTotal,
    realisedPublicTotal: row.realisedPublicTotal,
    absorptionRate: row.absorptionRate,
  }));
}
