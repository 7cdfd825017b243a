/**
 * `npm run places:shapes -- [FILE]`: builds lib/domain/places/regions.geo.json, the borders of
 * the regions (maakunnat) simplified for a choropleth map in the browser, from the National Land
 * Survey of Finland's 2023 region borders (FILE, default
 * ../shared/data/regions/geometry/maakuntarajat.2023.json; CC BY 4.0, see docs/data-sources.md).
 * Simplified on a topology, so neighbouring regions keep one shared border: no gaps, no overlaps.
 * The map on /funding draws it (lib/geo/region-map.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { z } from "zod";
import { placeNamesByCode } from "../domain/places/classification";
import { fail, runMain } from "./run-main";

const OUTPUT = path.join(import.meta.dirname, "../domain/places/regions.geo.json");
/** Share of the border points kept (by their visual importance). */
const KEEP = 0.12;
/** Decimals of longitude and latitude kept: 0.001° is about 100 m, finer than any screen shows. */
const DECIMALS = 3;

const source = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      properties: z.object({
        NATCODE: z.string().regex(/^\d{2}$/),
        NAMEFIN: z.string(),
      }),
      geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]) }).passthrough(),
    }),
  ),
});

const round = (value: number) => Number(value.toFixed(DECIMALS));
const roundAll = (coordinates: unknown): unknown =>
  typeof (coordinates as Position)[0] === "number"
    ? (coordinates as Position).map(round)
    : (coordinates as unknown[]).map(roundAll);

runMain(async () => {
  const file =
    process.argv[2] ?? path.join(process.cwd(), "../shared/data/regions/geometry/maakuntarajat.2023.json");
  const input: unknown = JSON.parse(readFileSync(file, "utf8"));
  const checked = source.safeParse(input);
  if (!checked.success)
    fail(`${file} is not the expected region borders: ${checked.error.issues[0]?.message}`);

  // The typings let properties be null, which presimplify's do not; these always have some.
  const topo = presimplify(topology({ regions: input as FeatureCollection }, 1e5) as Topology<Objects>);
  const simplified = simplify(topo, quantile(topo, 1 - KEEP));
  const regions = feature(simplified, simplified.objects.regions as GeometryCollection) as FeatureCollection;

  const output: FeatureCollection<Geometry, { code: string; fi: string; sv: string; en: string }> = {
    type: "FeatureCollection",
    features: regions.features.map((region) => {
      const { NATCODE, NAMEFIN } = region.properties as Record<string, string>;
      // Named as the registry's places are (Statistics Finland's classification, by the same
      // official code), so a region on the map is the region of the projects' facet: the Land
      // Survey calls Åland "Ahvenanmaan maakunta", the classification "Ahvenanmaa".
      const names = placeNamesByCode("region", Number(NATCODE));
      if (!names) fail(`${NAMEFIN} (${NATCODE}) is not a region of the classification`);
      const [fi, sv, en] = names;
      const geometry = region.geometry as Extract<Geometry, { coordinates: unknown }>;
      return {
        type: "Feature",
        properties: { code: NATCODE!, fi, sv, en },
        geometry: { ...geometry, coordinates: roundAll(geometry.coordinates) } as Geometry,
      };
    }),
  };
  const text = JSON.stringify(output) + "\n";
  writeFileSync(OUTPUT, text);
  console.log(
    `${path.relative(process.cwd(), OUTPUT)}: ${output.features.length} regions, ` +
      `${Math.round(Buffer.byteLength(text) / 1024)} kB (from ${Math.round(readFileSync(file).length / 1024)} kB)`,
  );
});
