import "server-only";
import { FACET_KEYS, type FacetKey, type GroupingKey } from "../search/filters";
import type { ResolvedSearch } from "../search/resolve-search";
import { derivedFromIndex, type FacetIndex } from "./facet-index";
import { allRows, perKey, totalsOverRows } from "./row-totals";
import { matchedRows, sharedBySearch } from "./index-search";

/**
 * What one project adds to the funding figures of every group it is in. A sum that may be missing
 * (SQL's sum() over no values is NULL) is paired with the count of projects that gave it.
 */
const SLOTS = [
  "projects",
  "missing",
  "withParticipants",
  "planned",
  "realised",
  "granted",
  "realisedEu",
  // Projects giving both planned and realised: the absorption rate's numerator and denominator.
  "both",
  "bothPlanned",
  "bothRealised",
  // Projects giving planned participants and the figure divided by them.
  "plannedWithPersonsCount",
  "plannedWithPersons",
  "personsForPlanned",
  "realisedWithPersonsCount",
  "realisedWithPersons",
  "personsForRealised",
] as const;
type Slot = (typeof SLOTS)[number];
const WIDTH = SLOTS.length;
const AT = Object.fromEntries(SLOTS.map((slot, i) => [slot, i])) as Record<Slot, number>;

/** Every figure a funding row or overview is made of, summed over its projects (cents). */
export type FundingSums = Record<Slot, number>;

export const NO_FUNDING_SUMS: FundingSums = Object.fromEntries(SLOTS.map((slot) => [slot, 0])) as FundingSums;

interface Contributions {
  /** WIDTH numbers per row: what it adds (a missing figure adds 0 and is not counted). */
  values: Float64Array;
  /** Each row's start year as a group number (an index into `years`), -1 when it has none. */
  yearCode: Int32Array;
  years: number[];
}

/** Each row's contribution, worked out once per data version, so a search's pass only adds. */
function contributionsOf(index: FacetIndex): Contributions {
  const rows = index.ids.length;
  const values = new Float64Array(rows * WIDTH);
  const orZero = (value: number) => (value === value ? value : 0);
  for (let row = 0; row < rows; row++) {
    const at = row * WIDTH;
    const planned = index.plannedCents[row]!;
    const realised = index.realisedCents[row]!;
    const persons = index.personsPlanned[row]!;
    const hasPlanned = planned === planned;
    const hasRealised = realised === realised;
    values[at + AT.projects] = 1;
    values[at + AT.missing] = hasPlanned && hasRealised ? 0 : 1;
    values[at + AT.planned] = orZero(planned);
    values[at + AT.realised] = orZero(realised);
    values[at + AT.granted] = orZero(index.grantedCents[row]!);
    values[at + AT.realisedEu] = orZero(index.realisedEuCents[row]!);
    if (hasPlanned && hasRealised) {
      values[at + AT.both] = 1;
      values[at + AT.bothPlanned] = planned;
      values[at + AT.bothRealised] = realised;
    }
    if (persons > 0) {
      values[at + AT.withParticipants] = 1;
      if (hasPlanned) {
        values[at + AT.plannedWithPersonsCount] = 1;
        values[at + AT.plannedWithPersons] = planned;
        values[at + AT.personsForPlanned] = persons;
      }
      if (hasRealised) {
        values[at + AT.realisedWithPersonsCount] = 1;
        values[at + AT.realisedWithPersons] = realised;
        values[at + AT.personsForRealised] = persons;
      }
    }
  }
  const years = [...new Set(index.startYear.filter((year) => year === year))].sort((a, b) => a - b);
  const codeOfYear = new Map(years.map((year, code) => [year, code]));
  const yearCode = Int32Array.from(index.startYear, (year) => codeOfYear.get(year) ?? -1);
  return { values, yearCode, years };
}

/** Adds `row`'s contribution to `group`'s totals. */
function add(totals: Float64Array, group: number, values: Float64Array, row: number) {
  const to = group * WIDTH;
  const from = row * WIDTH;
  for (let i = 0; i < WIDTH; i++) totals[to + i]! += values[from + i]!;
}

/** Where each grouping's groups sit among the totals (WIDTH numbers per group); overall is group 0. */
interface Layout {
  facets: { facet: FacetKey; first: number }[];
  /** The first start year's group, or -1 when years are not asked for. */
  firstYear: number;
  groups: number;
}

function layoutOf(index: FacetIndex, years: number[], groupings: readonly GroupingKey[]): Layout {
  let groups = 1;
  const facets = FACET_KEYS.filter((facet) => groupings.includes(facet)).map((facet) => {
    const first = groups;
    groups += index.facets[facet].values.length;
    return { facet, first };
  });
  const firstYear = groupings.includes("startYear") ? groups : -1;
  if (firstYear >= 0) groups += years.length;
  return { facets, firstYear, groups };
}

/** The totals of `rows`, one pass per grouping. */
function sumOf(index: FacetIndex, { values, yearCode }: Contributions, layout: Layout, rows: Int32Array) {
  const totals = new Float64Array(layout.groups * WIDTH);
  for (const row of rows) add(totals, 0, values, row);
  for (const { facet, first } of layout.facets) {
    const { offsets, codes } = index.facets[facet];
    for (const row of rows)
      for (let i = offsets[row]!, end = offsets[row + 1]!; i < end; i++)
        add(totals, first + codes[i]!, values, row);
  }
  if (layout.firstYear >= 0)
    for (const row of rows)
      if (yearCode[row]! >= 0) add(totals, layout.firstYear + yearCode[row]!, values, row);
  return totals;
}

// Per data version: the contributions, and every project's totals for each set of groupings asked.
const getSummer = derivedFromIndex(async (index) => {
  const contributions = contributionsOf(index);
  const layouts = perKey((key) => layoutOf(index, contributions.years, key.split(",") as GroupingKey[]));
  const everything = perKey((key) => sumOf(index, contributions, layouts(key), allRows(index)));
  return { contributions, layouts, everything };
});

type FundingGroups = Map<string, { label: string; sums: FundingSums }>;

const sumsAt = (totals: Float64Array, group: number): FundingSums =>
  Object.fromEntries(SLOTS.map((slot, i) => [slot, totals[group * WIDTH + i]!])) as FundingSums;

/** The groups with projects among a grouping's, by value. */
function groupsOf(totals: Float64Array, first: number, values: readonly string[], labels: readonly string[]) {
  const groups: FundingGroups = new Map();
  // A value no matching project has is left out, as a GROUP BY over the matches would.
  values.forEach((value, code) => {
    if (totals[(first + code) * WIDTH + AT.projects]! > 0)
      groups.set(value, { label: labels[code]!, sums: sumsAt(totals, first + code) });
  });
  return groups;
}

async function fundingSumsAll(search: ResolvedSearch, groupings: readonly GroupingKey[]) {
  const { index, rows } = await matchedRows(search);
  const { contributions, layouts, everything } = await getSummer(index);
  const key = groupings.join();
  const layout = layouts(key);
  const totals = totalsOverRows(
    index,
    rows,
    (rows) => sumOf(index, contributions, layout, rows),
    () => everything(key),
  );
  const all = new Map<string, FundingGroups>([["", new Map([["", { label: "", sums: sumsAt(totals, 0) }]])]]);
  for (const { facet, first } of layout.facets) {
    const { values, labels } = index.facets[facet];
    all.set(facet, groupsOf(totals, first, values, labels));
  }
  if (layout.firstYear >= 0) {
    const years = contributions.years.map(String);
    all.set("startYear", groupsOf(totals, layout.firstYear, years, years));
  }
  return all;
}

/**
 * Funding sums of the search's projects, overall (grouping "", value "") and per value of each of
 * the groupings (rows without a value left out; a project in two regions counts in each), in one
 * pass shared by the page's sections.
 */
export function fundingSumsOf(
  search: ResolvedSearch,
  groupings: readonly GroupingKey[],
): Promise<Map<string, FundingGroups>> {
  return sharedBySearch(`fundingSums:${groupings.join()}`, search, (search) =>
    fundingSumsAll(search, groupings),
  );
}
