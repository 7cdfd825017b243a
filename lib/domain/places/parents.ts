/**
 * The area facet's hierarchy from the official classification: for each listed sub-region its
 * region and for each listed municipality its sub-region, named as the documents write them
 * (the facet's values). A place is classified in the years of the projects that list it; when
 * those years disagree (a municipality moved), the classification of most of its projects wins,
 * ties going to the later year.
 */
import type { PlaceParents } from "../place-tree";
import { resolvePlace, type PlaceLevel } from "./classification";

export interface ListedPlace {
  name: string;
  /** Classification years of the projects that list it. */
  years: number[];
}

export type ListedPlaces = Record<PlaceLevel, ListedPlace[]>;

/** Written name → its parent's official code, by the classification of most of its projects. */
function parentCodes(level: PlaceLevel, places: ListedPlace[]): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const place of places) {
    const votes = new Map<number, number>();
    for (const year of [...place.years].sort((a, b) => b - a)) {
      const code = resolvePlace(level, place.name, year)?.parent;
      if (code != null) votes.set(code, (votes.get(code) ?? 0) + 1);
    }
    const [winner] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    result.set(place.name, winner?.[0] ?? null);
  }
  return result;
}

/** Official code of a level → the first written name that stands for it. */
function writtenNames(level: PlaceLevel, places: ListedPlace[]): Map<number, string> {
  const byCode = new Map<number, string>();
  for (const place of places) {
    const code = resolvePlace(level, place.name, Math.max(...place.years))?.code;
    if (code !== undefined && !byCode.has(code)) byCode.set(code, place.name);
  }
  return byCode;
}

export function officialPlaceParents(listed: ListedPlaces): PlaceParents {
  const parentsOf = (child: PlaceLevel, parent: PlaceLevel) => {
    const names = writtenNames(parent, listed[parent]);
    const parents: Record<string, string> = {};
    for (const [name, code] of parentCodes(child, listed[child])) {
      const parentName = code === null ? undefined : names.get(code);
      if (parentName !== undefined) parents[name] = parentName;
    }
    return parents;
  };
  return {
    subRegion: parentsOf("subRegion", "region"),
    municipality: parentsOf("municipality", "subRegion"),
  };
}
