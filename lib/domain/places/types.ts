/**
 * The shape of classification.json: Statistics Finland's municipality → sub-region → region
 * classification for every year it covers, built by lib/cli/build-places.ts.
 */
import { z } from "zod";

/** Finnish, Swedish and English name (the latest year's). */
export type PlaceNames = [fi: string, sv: string, en: string];
/** Years from–to (inclusive) in which a place had the same parent (its code; 0 for regions). */
export type YearSpan = [from: number, to: number, parent: number];

const names = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]);
const span = z.tuple([z.number().int(), z.number().int(), z.number().int()]);
const entries = z.record(z.string().regex(/^\d+$/), z.object({ names, spans: z.array(span).min(1) }));

export const placeClassificationSchema = z.object({
  source: z.string(),
  years: z.tuple([z.number().int(), z.number().int()]),
  regions: entries,
  subRegions: entries,
  municipalities: entries,
});

export type PlaceClassification = z.infer<typeof placeClassificationSchema>;
export type PlaceEntry = PlaceClassification["regions"][string];
