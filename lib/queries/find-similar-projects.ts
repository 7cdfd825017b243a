import "server-only";
import { getDb } from "../db";

export interface SimilarProject {
  code: string;
  name: string;
  sharedObjective: boolean;
  sharedRegions: number;
}

/** Projects that share the specific objective or a region, closest names first. */
export async function findSimilarProjects(code: string, limit = 5): Promise<SimilarProject[]> {
  // Candidates first (same objective or region, cheap to find through the indexes), then the
  // closest names among a bounded number of them: text similarity over thousands is slow.
  const rows = await getDb().$queryRaw<
    { code: string; name: string; shared_objective: boolean; shared_regions: number }[]
  >`
    WITH me AS (SELECT id, name, specific_objective_id FROM project WHERE code = ${code}),
    my_regions AS (SELECT region_id FROM project_region WHERE project_id = (SELECT id FROM me)),
    candidates AS (
      SELECT p.id, p.code, p.name,
        coalesce(p.specific_objective_id = (SELECT specific_objective_id FROM me), false) AS shared_objective,
        (SELECT count(*)::int FROM project_region pr WHERE pr.project_id = p.id AND pr.region_id IN (SELECT region_id FROM my_regions)) AS shared_regions
      FROM project p
      WHERE p.id <> (SELECT id FROM me)
        AND (p.specific_objective_id = (SELECT specific_objective_id FROM me)
          OR p.id IN (SELECT pr.project_id FROM project_region pr WHERE pr.region_id IN (SELECT region_id FROM my_regions)))
      LIMIT 400
    )
    SELECT code, name, shared_objective, shared_regions FROM candidates
    ORDER BY shared_objective DESC, shared_regions DESC, similarity(name, (SELECT name FROM me)) DESC, code
    LIMIT ${limit}`;
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    sharedObjective: row.shared_objective,
    sharedRegions: row.shared_regions,
  }));
}
