import "server-only";
import { getDb } from "../db";
import type { ComparableProject } from "../domain/benchmark";
import { Prisma } from "../generated/prisma/client";
import type { ProjectFilters } from "../schemas/search-params";
import { cachedPerDataVersion } from "./data-version-cache";
import { filterConditions, whereSql } from "./project-filter-sql";

/**
 * Projects matching the filters that report both planned and realised public funding. Not
 * remembered: the rows are many and the combinations of choices more, so the memory would grow
 * far beyond what one query (about 20 ms at 10,000 projects) costs.
 */
export async function findComparableProjects(filters: ProjectFilters): Promise<ComparableProject[]> {
  const conditions = [
    ...filterConditions(filters),
    Prisma.sql`p.planned_public_total IS NOT NULL`,
    Prisma.sql`p.realised_public_total IS NOT NULL`,
  ];
  const rows = await getDb().$queryRaw<
    {
      code: string;
      name: string;
      planned: Prisma.Decimal;
      realised: Prisma.Decimal;
      planned_start: Date | null;
      planned_end: Date | null;
      persons_planned: number | null;
    }[]
  >`SELECT p.code, p.name, p.planned_public_total AS planned, p.realised_public_total AS realised,
      p.planned_start, p.planned_end, p.persons_planned
    FROM project p ${whereSql(conditions)}`;
  const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    plannedPublicTotal: Number(row.planned),
    realisedPublicTotal: Number(row.realised),
    plannedStart: isoDate(row.planned_start),
    plannedEnd: isoDate(row.planned_end),
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
    const db = getDb();
    const [axis, objective, region] = await Promise.all([
      db.$queryRaw<Choice[]>`SELECT number AS value, number || '. ' || name AS label FROM priority_axis`,
      db.$queryRaw<Choice[]>`SELECT number AS value, number || '. ' || name AS label FROM specific_objective`,
      db.$queryRaw<Choice[]>`SELECT name AS value, name AS label FROM region`,
    ]);
    const sorted = (choices: Choice[]) =>
      choices.sort((a, b) => a.label.localeCompare(b.label, "fi", { numeric: true }));
    return { axis: sorted(axis), objective: sorted(objective), region: sorted(region) };
  });
}
