/**
 * Place names in Swedish and English from Statistics Finland's classification of municipalities,
 * sub-regions and regions, 2014–2026 (CC BY 4.0, © Statistics Finland; packaged by the R package
 * geofi, BSD-2-Clause): the 18 mainland regions (maakunnat) and every municipality of those years,
 * keyed by the Finnish name the documents use. A name the language spells the same is left out
 * (Kuopio is Kuopio in Swedish). Sub-regions are written in the genitive in the documents
 * ("Kuopion"), so they stay as published.
 */
import names from "../../domain/data/place-names.json";
import type { Locale } from "../routing";
import type { VocabularyText } from "./index";

type Names = Record<string, { sv?: string; en?: string }>;

const PLACES: Record<"region" | "municipality", Names> = {
  region: names.regions,
  municipality: names.municipalities,
};

export type PlaceLevel = "region" | "subRegion" | "municipality";

/** A region or municipality by its official name in the language; anything else as published. */
export function placeLabel(level: PlaceLevel, name: string, locale: Locale): VocabularyText {
  if (locale === "fi") return { text: name };
  const known = level === "subRegion" ? undefined : PLACES[level][name];
  return known ? { text: known[locale] ?? name } : { text: name, lang: "fi" };
}

/** The mainland regions' Finnish names (for tests and the map). */
export const REGION_NAMES_FI = Object.keys(names.regions);
