import "server-only";
import { getDb } from "../db";

export interface SimilarProject {
  code: string;
  name: string;
  sharedObjective: boolean;
  sharedRegions: number;
}

const CANDIDATES = 400;

/** Projects that share the specific objective or a region, closest names first. */
export async function findSimilarProjects(code: string, limit = 5): Promise<SimilarProject[]> {
  // Candidates first, then the closest names among a bounded number of them (text similarity over
  // thousands is slow). The order puts a shared objective first, so projects sharing only a region
  // are looked for only when fewer than `limit` share the objective: at 100,000 projects, hashing
  // the 20,000 of a region for every page cost 6 of the query's 10 ms.
  const rows = await getDb().$queryRaw<
    { code: string; name: string; shared_objective: boolean; shared_regions: number }[]
  >`
    WITH me AS (SELECT id, name, specific_objective_id FROM project WHERE code = ${code}),
    my_regions AS (SELECT region_id FROM project_region WHERE project_id = (SELECT id FROM me)),
    same_objective AS (
      SELECT p.id, p.code, p.name, true AS shared_objective FROM project p
      WHERE p.specific_objective_id = (SELECT specific_objective_id FROM me) AND p.id <> (SELECT id FROM me)
      LIMIT ${CANDIDATES}
    ),
    same_region AS (
      SELECT p.id, p.code, p.name, false AS shared_objective FROM project p
      WHERE (SELECT count(*) FROM same_objective) < ${limit}
        AND p.id IN (SELECT pr.project_id FROM project_region pr WHERE pr.region_id IN (SELECT region_id FROM my_regions))
        AND p.id <> (SELECT id FROM me)
        AND NOT coalesce(p.specific_objective_id = (SELECT specific_objective_id FROM me), false)
      LIMIT ${CANDIDATES}
    ),
    candidates AS (SELECT * FROM same_objective UNION ALL SELECT * FROM same_region)
    SELECT code, name, shared_objective,
      (SELECT count(*)::int FROM project_region pr
        WHERE pr.project_id = c.id AND pr.region_id IN (SELECT region_id FROM my_regions)) AS shared_regions
    FROM candidates c
    ORDER BY shared_objective DESC, shared_regions DESC, similarity(name, (SELECT name FROM me)) DESC, code
    LIMIT ${limit}`;
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    sharedObjective: row.shared_objective,
    sharedRegions: row.shared_regions,
  }));
}
