/**
 * `npm run places:build -- [DIR]`: builds lib/domain/places/classification.json, the official
 * municipality → sub-region → region classification of every year, from Statistics Finland's
 * yearly tables (DIR, default ../shared/data/regions: municipality_key_YYYY_full.csv). The
 * registry runs on the committed JSON alone; see docs/data-sources.md for origin and licence.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PlaceClassification, PlaceNames, YearSpan } from "../domain/places/types";
import { fail, runMain } from "./run-main";

const SOURCE =
  "Statistics Finland (Tilastokeskus): municipality classification and its correspondence tables to " +
  "sub-regions and regions, 2014–2026 (CC BY 4.0), via the geofi R package (rOpenGov, BSD-2-Clause)";
/**
 * Names the tables get wrong in every year, by code: they give the sub-region Ylä-Savo the
 * Swedish name of its region, Norra Savolax, where the same rows' employment area (and Statistics
 * Finland's classification) call it Övre Savolax.
 */
const CORRECTIONS: { subRegions: Record<number, Partial<Record<"sv" | "en", string>>> } = {
  subRegions: { 111: { sv: "Övre Savolax" } },
};

/** `kielisuhde_code` of Swedish-speaking and bilingual Swedish-majority municipalities. */
const SWEDISH_MAJORITY = new Set(["2", "3"]);
const OUTPUT = path.join(import.meta.dirname, "../domain/places/classification.json");

/** One CSV line: comma-separated, fields optionally in double quotes ("" inside is a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

// The tables carry a few quirks: trailing spaces, doubled spaces, " sub-regional unit" after
// some English sub-region names but not others.
const tidy = (name: string | undefined) =>
  (name ?? "")
    .replace(/\s+sub-regional unit$/i, "")
    .replace(/\s+/g, " ")
    .trim();

/** Adds a year to a code's spans, extending the last span when the parent is unchanged (a
 * sub-region is seen once per municipality row, so the same year comes many times). */
function addYear(spans: YearSpan[], year: number, parent: number) {
  const last = spans.at(-1);
  if (last && last[2] === parent && last[1] >= year - 1) last[1] = year;
  else spans.push([year, year, parent]);
}

runMain(async () => {
  const dir = process.argv[2] ?? path.join(process.cwd(), "../shared/data/regions");
  const files = readdirSync(dir)
    .filter((name) => /^municipality_key_\d{4}_full\.csv$/.test(name))
    .sort();
  if (files.length === 0) fail(`no municipality_key_YYYY_full.csv files in ${dir}`);

  const result: PlaceClassification = {
    source: SOURCE,
    years: [0, 0],
    regions: {},
    subRegions: {},
    municipalities: {},
  };
  const names = (row: Record<string, string>, prefix: string): PlaceNames => [
    tidy(row[`${prefix}_name_fi`]),
    tidy(row[`${prefix}_name_sv`]),
    tidy(row[`${prefix}_name_en`]),
  ];
  for (const file of files) {
    const year = Number(/\d{4}/.exec(file)![0]);
    const [header, ...lines] = readFileSync(path.join(dir, file), "utf8").split(/\r?\n/).filter(Boolean);
    const columns = csvFields(header!);
    for (const line of lines) {
      const values = csvFields(line);
      const row = Object.fromEntries(columns.map((column, i) => [column, values[i] ?? ""]));
      const [municipality, subRegion, region] = [row.kunta, row.seutukunta_code, row.maakunta_code].map(
        Number,
      );
      if (![municipality, subRegion, region].every(Number.isInteger))
        fail(`${file}: a row without numeric codes: ${line.slice(0, 80)}`);
      // Names are those of the latest year (the files are read in year order).
      const own = result.regions[region!];
      result.regions[region!] = { names: names(row, "maakunta"), spans: own?.spans ?? [] };
      addYear(result.regions[region!]!.spans, year, 0);
      const sub = result.subRegions[subRegion!];
      result.subRegions[subRegion!] = { names: names(row, "seutukunta"), spans: sub?.spans ?? [] };
      addYear(result.subRegions[subRegion!]!.spans, year, region!);
      const town = result.municipalities[municipality!];
      // In English a municipality goes by the name in its majority language (Mariehamn, Ingå),
      // as the tables' English column has since 2023; before that it repeated the Finnish name
      // for some Swedish-speaking ones, so the language code decides (2, 3: Swedish majority).
      const [fi, sv] = names(row, "municipality");
      const en = SWEDISH_MAJORITY.has(row.kielisuhde_code!) ? sv : fi;
      result.municipalities[municipality!] = { names: [fi, sv, en], spans: town?.spans ?? [] };
      addYear(result.municipalities[municipality!]!.spans, year, subRegion!);
    }
    result.years = [result.years[0] || year, year];
  }
  for (const [code, names] of Object.entries(CORRECTIONS.subRegions)) {
    const entry = result.subRegions[code];
    if (!entry) fail(`the correction for sub-region ${code} names no sub-region of the tables`);
    entry.names = [entry.names[0], names.sv ?? entry.names[1], names.en ?? entry.names[2]];
  }
  // A sub-region named like its region in Swedish or English, but not in Finnish, is the error
  // above again: a label would not say which of the two a filter means.
  for (const [code, { names, spans }] of Object.entries(result.subRegions)) {
    const region = result.regions[spans.at(-1)![2]]!.names;
    for (const index of [1, 2] as const)
      if (names[index] === region[index] && names[0] !== region[0])
        fail(`sub-region ${code} (${names[0]}) has its region's name "${names[index]}": add a correction`);
  }
  writeFileSync(OUTPUT, JSON.stringify(result) + "\n");
  const size = Buffer.byteLength(JSON.stringify(result));
  console.log(
    `${path.relative(process.cwd(), OUTPUT)}: years ${result.years.join("–")}, ` +
      `${Object.keys(result.municipalities).length} municipalities, ${Object.keys(result.subRegions).length} sub-regions, ` +
      `${Object.keys(result.regions).length} regions, ${Math.round(size / 1024)} kB`,
  );
});
