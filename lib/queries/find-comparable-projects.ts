import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { toIsoDate, toNumber } from "../database/values";
import type { ComparableProject } from "../domain/benchmark";
import { cachedPerDataVersion } from "./data-version-cache";
import { matching, type ResolvedSearch } from "../search/resolve-search";
import { projectsWhere } from "./find-projects";

/**
 * Projects matching the filters that report both planned and realised public funding. Not
 * remembered: the rows are many and the combinations of choices more, so the memory would grow
 * far beyond what one query (about 20 ms at 10,000 projects) costs.
 */
export async function findComparableProjects(search: ResolvedSearch): Promise<ComparableProject[]> {
  const rows = await projectsWhere(matching(search))
    .where("p.planned_public_total", "is not", null)
    .where("p.realised_public_total", "is not", null)
    .select([
      "p.code",
      "p.name",
      "p.planned_public_total",
      "p.realised_public_total",
      "p.planned_start",
      "p.planned_end",
      "p.persons_planned",
    ])
    .execute();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    plannedPublicTotal: toNumber(row.planned_public_total) ?? 0,
    realisedPublicTotal: toNumber(row.realised_public_total) ?? 0,
    plannedStart: toIsoDate(row.planned_start),
    plannedEnd: toIsoDate(row.planned_end),
    personsPlanned: row.persons_planned,
  }));
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
    const sorted = (choices: Choice[]) =>
      choices.sort((a, b) => a.label.localeCompare(b.label, "fi", { numeric: true }));
    return { axis: sorted(axis), objective: sorted(objective), region: sorted(region) };
  });
}
