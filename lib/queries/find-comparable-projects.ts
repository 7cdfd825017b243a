import "server-only";
import { compareLabels } from "../format";
import { sql } from "kysely";
import { getKysely } from "../db";
import { toIsoDate, toNumber } from "../database/values";
import type { ComparableProject } from "../domain/benchmark";
import { cachedPerDataVersion } from "./data-version-cache";
import { matching, type ResolvedSearch } from "../search/resolve-search";
import { projectsWhere } from "./find-projects";
import { anyId } from "./index-search";

const COMPARABLE_COLUMNS = [
  "p.code",
  "p.name",
  "p.planned_public_total",
  "p.realised_public_total",
  "p.planned_start",
  "p.planned_end",
  "p.persons_planned",
] as const;

type ComparableRow = {
  code: string;
  name: string;
  planned_public_total: unknown;
  realised_public_total: unknown;
  planned_start: Date | string | null;
  planned_end: Date | string | null;
  persons_planned: number | null;
};

/** A row of the columns above as the benchmark's project (the one conversion of them). */
export const toComparableProject = (row: ComparableRow): ComparableProject => ({
  code: row.code,
  name: row.name,
  plannedPublicTotal: toNumber(row.planned_public_total as string | null) ?? 0,
  realisedPublicTotal: toNumber(row.realised_public_total as string | null) ?? 0,
  plannedStart: toIsoDate(row.planned_start),
  plannedEnd: toIsoDate(row.planned_end),
  personsPlanned: row.persons_planned,
});

/**
 * Projects matching the filters that report both planned and realised public funding, in id
 * order: the definition of "comparable" in SQL. The page answers from the in-process index
 * (benchmark-index.ts); tests/integration/benchmark-index.test.ts holds the two equal.
 */
export async function findComparableProjects(search: ResolvedSearch): Promise<ComparableProject[]> {
  const rows = await projectsWhere(matching(search))
    .where("p.planned_public_total", "is not", null)
    .where("p.realised_public_total", "is not", null)
    .select(COMPARABLE_COLUMNS)
    .orderBy("p.id")
    .execute();
  return rows.map(toComparableProject);
}

/** The projects of the given ids with their ids, in id order (for the few rows a page shows). */
export async function comparableProjectsById(
  ids: readonly number[],
): Promise<{ id: number; project: ComparableProject }[]> {
  if (ids.length === 0) return [];
  const rows = await getKysely()
    .selectFrom("project as p")
    .where("p.id", "=", anyId(ids))
    .select(["p.id", ...COMPARABLE_COLUMNS])
    .orderBy("p.id")
    .execute();
  return rows.map((row) => ({ id: row.id, project: toComparableProject(row) }));
}

export interface Choice {
  value: string;
  label: string;
}

/** The priority axes, specific objectives and regions there are, for the form's choices. */
export function getComparisonChoices(): Promise<{ axis: Choice[]; objective: Choice[]; region: Choice[] }> {
  return cachedPerDataVersion("comparisonChoices", async () => {
    const db = getKysely();
    const numbered = (table: "priority_axis" | "specific_objective") =>
      db
        .selectFrom(table)
        .select(["number as value", sql<string>`number || '. ' || name`.as("label")])
        .execute();
    const [axis, objective, region] = await Promise.all([
      numbered("priority_axis"),
      numbered("specific_objective"),
      db.selectFrom("region").select(["name as value", "name as label"]).execute(),
    ]);
    const sorted = (choices: Choice[]) => choices.sort((a, b) => compareLabels("fi")(a.label, b.label));
    return { axis: sorted(axis), objective: sorted(objective), region: sorted(region) };
  });
}
