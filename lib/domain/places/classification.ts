/**
 * Place names as the project documents write them, matched to Statistics Finland's official
 * classification of the project's own year: regions and municipalities in the nominative,
 * sub-regions in the genitive ("Kuopion" is the sub-region Kuopio), municipalities that have
 * merged since under the classification of their last year.
 */
import data from "./classification.json";
import type { PlaceLevel } from "../place-tree";
import { placeClassificationSchema, type PlaceEntry, type PlaceNames } from "./types";

export type { PlaceLevel };
export type PlaceLocale = "fi" | "sv" | "en";

const classification = placeClassificationSchema.parse(data);
const TABLES: Record<PlaceLevel, Record<string, PlaceEntry>> = {
  region: classification.regions,
  subRegion: classification.subRegions,
  municipality: classification.municipalities,
};
export const CLASSIFICATION_YEARS = classification.years;
export const CLASSIFICATION_SOURCE = classification.source;

/** The classification year of a project: its planned start year, within the years covered. */
export function classificationYear(plannedStart: string | null): number {
  const [first, last] = CLASSIFICATION_YEARS;
  const year = plannedStart ? Number(plannedStart.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? Math.min(last, Math.max(first, year)) : last;
}

export interface ResolvedPlace {
  level: PlaceLevel;
  code: number;
  names: PlaceNames;
  /** Code of the place one level up in `year` (null for regions). */
  parent: number | null;
  /** The year whose classification was used: the one asked for, or the nearest the place had. */
  year: number;
}

const normalise = (name: string) =>
  name
    .toLocaleLowerCase("fi")
    .replace(/\s+(seutukunta|seutukunnan|sub-region|sub-regional unit)$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * How well a genitive form matches a nominative name, part by part ("Nivala-Haapajärven" →
 * "Nivala-Haapajärvi"): each part equal or a genitive of it, the last one inflected. A genitive
 * ends in -n and keeps the stem but for its last few letters (Lahti → Lahden, Kuusiokunnat →
 * Kuusiokuntien, Varkaus → Varkauden). The score is the letters shared; 0 is no match.
 */
export function genitiveMatch(written: string, official: string): number {
  const parts = normalise(written).split(/([\s-])/);
  const officialParts = normalise(official).split(/([\s-])/);
  if (parts.length !== officialParts.length) return 0;
  let score = 0;
  for (const [i, part] of parts.entries()) {
    const nominative = officialParts[i]!;
    const last = i === parts.length - 1;
    if (part === nominative && !last) {
      score += part.length;
      continue;
    }
    if (!part.endsWith("n")) return 0;
    if (part === `${nominative}n`) {
      score += nominative.length + 1;
      continue;
    }
    let shared = 0;
    while (shared < part.length && part[shared] === nominative[shared]) shared++;
    if (shared < 3 || shared < nominative.length - 3 || part.length - shared > 4) return 0;
    score += shared;
  }
  return score;
}

/** Normalised Finnish, Swedish and English names → codes, per level. */
const BY_NAME = Object.fromEntries(
  Object.entries(TABLES).map(([level, entries]) => {
    const byName = new Map<string, string[]>();
    for (const [code, entry] of Object.entries(entries))
      for (const name of new Set(entry.names.map(normalise)))
        byName.set(name, [...(byName.get(name) ?? []), code]);
    return [level, byName];
  }),
) as Record<PlaceLevel, Map<string, string[]>>;
// Imports resolve the same few hundred names again and again.
const remembered = new Map<string, string[]>();

/** Codes whose Finnish, Swedish or English name is the written one, or else its best genitive match. */
function matchingCodes(level: PlaceLevel, written: string): string[] {
  const key = `${level}:${written}`;
  const known = remembered.get(key);
  if (known) return known;
  let codes = BY_NAME[level].get(normalise(written)) ?? [];
  if (codes.length === 0) {
    const scored = Object.entries(TABLES[level])
      .map(([code, entry]) => ({ code, score: genitiveMatch(written, entry.names[0]) }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score);
    // Two equally good readings are no reading.
    const unique = scored.length > 0 && scored[1]?.score !== scored[0]!.score;
    codes = unique ? [scored[0]!.code] : [];
  }
  if (remembered.size < 10_000) remembered.set(key, codes);
  return codes;
}

/** Distance from a year to a span of years (0 when inside). */
const distance = (year: number, [from, to]: readonly number[]) =>
  year < from! ? from! - year : year > to! ? year - to! + 0.5 : 0;

/**
 * The official place a written name stands for, in the classification of `year`. A place not in
 * that year's table (merged since, or not yet founded) is classified as in its nearest year,
 * preferring the years before. Null when no place of the level has such a name.
 */
export function resolvePlace(level: PlaceLevel, written: string, year: number): ResolvedPlace | null {
  let best: ResolvedPlace | null = null;
  let bestDistance = Infinity;
  for (const code of matchingCodes(level, written)) {
    const entry = TABLES[level][code]!;
    for (const span of entry.spans) {
      const away = distance(year, span);
      if (away >= bestDistance) continue;
      bestDistance = away;
      const used = Math.min(span[1], Math.max(span[0], year));
      best = {
        level,
        code: Number(code),
        names: entry.names,
        parent: level === "region" ? null : span[2],
        year: used,
      };
    }
  }
  return best;
}

/** A place's Finnish, Swedish and English names by its official code (region 11, …). */
export function placeNamesByCode(level: PlaceLevel, code: number): PlaceNames | null {
  return TABLES[level][String(code)]?.names ?? null;
}

const LOCALE_INDEX: Record<PlaceLocale, number> = { fi: 0, sv: 1, en: 2 };

/**
 * A written place name in Finnish, Swedish or English, from the same tables (sub-regions in the
 * nominative: "Kuopion" → "Kuopio"). Null when the name matches no place.
 */
export function officialPlaceName(
  level: PlaceLevel,
  written: string,
  locale: PlaceLocale,
  year: number = CLASSIFICATION_YEARS[1],
): string | null {
  return resolvePlace(level, written, year)?.names[LOCALE_INDEX[locale]] ?? null;
}

export interface WrittenPlaces {
  regions: readonly string[];
  subRegions: readonly string[];
  municipalities: readonly string[];
}

/** The written names that match no place of their level in any year of the classification. */
export function findUnknownPlaces(
  places: WrittenPlaces,
  year: number,
): { level: PlaceLevel; name: string }[] {
  const levels: [PlaceLevel, readonly string[]][] = [
    ["region", places.regions],
    ["subRegion", places.subRegions],
    ["municipality", places.municipalities],
  ];
  return levels.flatMap(([level, names]) =>
    names.filter((name) => resolvePlace(level, name, year) === null).map((name) => ({ level, name })),
  );
}
