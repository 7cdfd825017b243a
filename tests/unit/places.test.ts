import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findQualityNotes } from "@/lib/domain/data-quality";
import {
  classificationYear,
  findUnknownPlaces,
  genitiveMatch,
  officialPlaceName,
  resolvePlace,
} from "@/lib/domain/places/classification";
import { officialPlaceParents, type ListedPlaces } from "@/lib/domain/places/parents";
import { buildPlaceTree, type PlaceNode } from "@/lib/domain/place-tree";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import type { ProjectRecord } from "@/lib/schemas/record";
import { readSeed } from "../support/seeds";

const SEEDS = ["S21894", "S22821", "S21854", "S22837"] as const;
const seed = (code: (typeof SEEDS)[number]): ProjectRecord => {
  const parsed = parseSourceDocument(readSeed(code));
  if (parsed.kind !== "project" || !parsed.record) throw new Error(`${code} did not parse`);
  return parsed.record;
};

describe("place names matched to Statistics Finland's classification", () => {
  it("reads sub-regions written in the genitive, including irregular stems", () => {
    const official = (written: string) => resolvePlace("subRegion", written, 2020)?.names[0];
    expect(official("Kuopion")).toBe("Kuopio");
    expect(official("Nivala-Haapajärven")).toBe("Nivala-Haapajärvi");
    expect(official("Oulun")).toBe("Oulu");
    expect(official("Oulunkaaren")).toBe("Oulunkaari");
    expect(official("Lahden")).toBe("Lahti");
    expect(official("Kuusiokuntien")).toBe("Kuusiokunnat");
    expect(official("Haapaveden-Siikalatvan")).toBe("Haapavesi-Siikalatva");
    expect(official("Pielisen Karjalan")).toBe("Pielisen Karjala");
    expect(official("Kuopion seutukunta")).toBe("Kuopio");
    expect(official("Jakobstadsregionen")).toBe("Jakobstadsregionen");
    expect(official("Ylä-Savo")).toBe("Ylä-Savo");
    expect(official("Keski-Savon")).toBeUndefined();
    expect(genitiveMatch("Oulun", "Oulunkaari")).toBe(0);
    expect(genitiveMatch("Kuopio", "Kuopio")).toBe(0);
  });

  it("classifies a merged municipality as in its last year, and a current one in the project's year", () => {
    // Juankoski merged into Kuopio in 2017; until then it was in the sub-region Koillis-Savo.
    expect(resolvePlace("municipality", "Juankoski", 2020)).toMatchObject({ year: 2016, parent: 113 });
    expect(resolvePlace("municipality", "Kuopio", 2020)).toMatchObject({ year: 2020, parent: 112 });
    // Heinävesi moved from Etelä-Savo (Savonlinna) to Pohjois-Karjala (Joensuu) in 2021.
    const heinavesi = (year: number) => resolvePlace("municipality", "Heinävesi", year)?.parent;
    expect([heinavesi(2020), heinavesi(2021)]).toEqual([103, 122]);
    expect(classificationYear("2009-01-01")).toBe(2014);
    expect(classificationYear("2022-08-01")).toBe(2022);
    expect(classificationYear(null)).toBe(2026);
  });

  it("gives Swedish and English names from the same tables", () => {
    expect(officialPlaceName("region", "Pohjois-Savo", "en")).toBe("North Savo");
    expect(officialPlaceName("region", "Pohjois-Savo", "sv")).toBe("Norra Savolax");
    expect(officialPlaceName("subRegion", "Oulun", "sv")).toBe("Uleåborg");
    expect(officialPlaceName("municipality", "Kajaani", "sv")).toBe("Kajana");
    expect(officialPlaceName("municipality", "Atlantis", "sv")).toBeNull();
  });

  it("turns names that match nothing into a data-quality note", () => {
    const places = { regions: ["Pohjois-Savo"], subRegions: ["Kuopion", "Savon"], municipalities: ["Kuopi"] };
    expect(findUnknownPlaces(places, 2020)).toEqual([
      { level: "subRegion", name: "Savon" },
      { level: "municipality", name: "Kuopi" },
    ]);
    const record = seed("S21894");
    expect(findQualityNotes(record).map((note) => note.kind)).not.toContain("unknownPlace");
    const typo = { ...record, geography: { ...record.geography, municipalities: ["Kuopio", "Kuopi"] } };
    expect(findQualityNotes(typo).find((note) => note.kind === "unknownPlace")?.detail).toEqual({
      places: "Kuopi (municipality)",
    });
  });
});

describe("the area tree of the seeds", () => {
  const records = SEEDS.map(seed);
  const listed: ListedPlaces = { region: [], subRegion: [], municipality: [] };
  const counts = { region: new Map<string, number>(), subRegion: new Map(), municipality: new Map() };
  for (const record of records) {
    const year = classificationYear(record.plannedStart);
    const add = (level: keyof ListedPlaces, names: string[]) =>
      names.forEach((name) => {
        const place = listed[level].find((entry) => entry.name === name);
        if (place) place.years.push(year);
        else listed[level].push({ name, years: [year] });
        counts[level].set(name, (counts[level].get(name) ?? 0) + 1);
      });
    add("region", record.geography.regions);
    add("subRegion", record.geography.subRegions);
    add("municipality", record.geography.municipalities);
  }
  const asCounts = (level: keyof ListedPlaces) =>
    [...counts[level].entries()].map(([value, count]) => ({ value, label: value, count }));
  const tree = buildPlaceTree(
    { region: asCounts("region"), subRegion: asCounts("subRegion"), municipality: asCounts("municipality") },
    { region: [], subRegion: [], municipality: [] },
    officialPlaceParents(listed),
  );
  const children = (nodes: PlaceNode[], value: string) =>
    nodes
      .flatMap((node) => [node, ...node.children])
      .find((node) => node.value === value)
      ?.children.map((child) => child.value)
      .sort();

  it("puts S22837's ten municipalities under their own sub-regions", () => {
    expect(children(tree, "Pohjois-Pohjanmaa")?.length).toBe(4);
    expect(children(tree, "Oulun")).toEqual(["Kempele", "Liminka", "Lumijoki", "Muhos"]);
    expect(children(tree, "Raahen")).toEqual(["Raahe"]);
    expect(children(tree, "Ylivieskan")).toEqual(["Alavieska", "Kalajoki", "Oulainen"]);
    expect(children(tree, "Nivala-Haapajärven")).toEqual(["Nivala", "Reisjärvi"]);
  });

  it("checks every seed place against the classification: nothing left at the top but regions", () => {
    expect(tree.map((node) => node.value).sort()).toEqual(["Kainuu", "Pohjois-Pohjanmaa", "Pohjois-Savo"]);
    expect(children(tree, "Pohjois-Savo")).toEqual(["Kuopion", "Ylä-Savon"]);
    expect(children(tree, "Kuopion")).toEqual(["Kuopio"]);
    expect(children(tree, "Kainuu")).toEqual(["Kajaanin", "Kehys-Kainuun"]);
    expect(children(tree, "Kehys-Kainuun")).toEqual(["Hyrynsalmi", "Puolanka"]);
    expect(children(tree, "Kajaanin")).toEqual(["Kajaani", "Paltamo", "Ristijärvi", "Sotkamo"]);
    for (const record of records) {
      expect(findUnknownPlaces(record.geography, classificationYear(record.plannedStart))).toEqual([]);
    }
  });
});

describe("the region borders shipped for a map", () => {
  const file = path.resolve(import.meta.dirname, "../../lib/domain/places/regions.geo.json");
  it("are small and name every region of the classification by its code", () => {
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    const shapes = JSON.parse(fs.readFileSync(file, "utf8")) as {
      features: { properties: { code: string; fi: string; en: string }; geometry: { type: string } }[];
    };
    expect(shapes.features).toHaveLength(19);
    const pohjoisSavo = shapes.features.find((region) => region.properties.code === "11");
    expect(pohjoisSavo?.properties).toMatchObject({ fi: "Pohjois-Savo", en: "North Savo" });
    // The Land Survey's "Ahvenanmaan maakunta" is named as the classification names it.
    expect(shapes.features.find((region) => region.properties.code === "21")?.properties.fi).toBe(
      "Ahvenanmaa",
    );
    expect(shapes.features.every((region) => /Polygon$/.test(region.geometry.type))).toBe(true);
  });
});
