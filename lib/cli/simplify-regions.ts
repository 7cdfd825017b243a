/**
 * `npm run geo:regions [-- SOURCE]`: the region (maakunta) borders for the map on /funding, made
 * small enough for the browser and committed as lib/geo/regions.json, so the registry runs
 * without ../shared. Coordinates are rounded to 0.002° (about 100–200 m, invisible at the map's
 * size) and repeated points dropped; shared borders round identically, so neighbours still meet.
 *
 * Source: National Land Survey of Finland, regions 2023 (CC BY 4.0).
 */
import fs from "node:fs";
import path from "node:path";
import { geoArea } from "d3-geo";
import { z } from "zod";
import { placeNamesByCode } from "../domain/places/classification";
import { fail, runMain } from "./run-main";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_SOURCE = path.resolve(ROOT, "../shared/data/regions/geometry/maakuntarajat.2023.json");
const TARGET = path.join(ROOT, "lib/geo/regions.json");
const STEP = 0.002;

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position);
const sourceSchema = z.object({
  features: z.array(
    z.object({
      properties: z.object({ NATCODE: z.string().regex(/^\d+$/), NAMEFIN: z.string() }),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("Polygon"), coordinates: z.array(ring) }),
        z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring)) }),
      ]),
    }),
  ),
});

const round = (value: number) => Math.round(value / STEP) * STEP;
const fixed = (value: number) => Number(round(value).toFixed(3));

function simplifyRing(points: z.infer<typeof ring>): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [lon, lat] of points) {
    const point: [number, number] = [fixed(lon), fixed(lat)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // A ring that rounds to fewer than three distinct points is a speck at this scale.
  if (out.length < 4) return null;
  const [first, end] = [out[0]!, out.at(-1)!];
  if (first[0] !== end[0] || first[1] !== end[1]) out.push(first);
  return out;
}

runMain(async () => {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  if (!fs.existsSync(source)) fail(`No such file: ${source}`);
  const parsed = sourceSchema.safeParse(JSON.parse(fs.readFileSync(source, "utf8")));
  if (!parsed.success) fail(`${source} is not the expected GeoJSON: ${parsed.error.message}`);
  const features = parsed.data.features.map((feature) => {
    const polygons =
      feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const simplified = polygons
      .map((polygon) => polygon.map(simplifyRing).filter((r): r is [number, number][] => r !== null))
      .filter((polygon) => polygon.length > 0);
    // Named as the registry's places are (Statistics Finland's classification, by the region's
    // code), so that a region on the map is the region of the projects' facet: the Land Survey
    // calls Åland "Ahvenanmaan maakunta", the classification "Ahvenanmaa".
    const names = placeNamesByCode("region", Number(feature.properties.NATCODE));
    if (!names) fail(`${feature.properties.NAMEFIN} (${feature.properties.NATCODE}) is not a region`);
    const region = {
      type: "Feature" as const,
      properties: { name: names[0], nameSv: names[1] },
      geometry: { type: "MultiPolygon" as const, coordinates: simplified },
    };
    // d3-geo reads rings clockwise; a ring wound the other way would cover the rest of the globe.
    if (geoArea(region) > 2 * Math.PI) simplified.forEach((polygon) => polygon.forEach((r) => r.reverse()));
    return region;
  });
  const output = {
    type: "FeatureCollection",
    source: "National Land Survey of Finland, regions 2023 (maakuntarajat), CC BY 4.0",
    features,
  };
  fs.writeFileSync(TARGET, `${JSON.stringify(output)}\n`);
  console.log(
    `Wrote ${path.relative(ROOT, TARGET)}: ${features.length} regions, ${fs.statSync(TARGET).size} bytes`,
  );
  return 0;
});
