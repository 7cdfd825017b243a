import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKysely } from "@/lib/db";
import { findSimilarProjects } from "@/lib/queries/find-similar-projects";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The definition, unbounded: every other project sharing the objective or a region, shared
 * objective first, then more shared regions, then the closer name.
 */
async function similarInSql(code: string) {
  const { rows } = await sql<{ code: string; shared_objective: boolean }>`
    WITH me AS (SELECT id, name, specific_objective_id FROM project WHERE code = ${code})
    SELECT p.code, coalesce(p.specific_objective_id = me.specific_objective_id, false) AS shared_objective
    FROM project p, me
    WHERE p.id <> me.id
    ORDER BY 2 DESC,
      (SELECT count(*) FROM project_region a JOIN project_region b ON a.region_id = b.region_id
        WHERE a.project_id = p.id AND b.project_id = me.id) DESC,
      similarity(p.name, me.name) DESC, p.code`.execute(getKysely());
  return rows;
}

describe("similar projects on a project's page", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase({ count: 30, seed: 5 });
  });
  afterAll(() => db.drop());

  it("are the definition's first five for every project", async () => {
    const { rows } = await sql<{ code: string }>`SELECT code FROM project ORDER BY code`.execute(getKysely());
    let filledFromRegions = 0;
    for (const { code } of rows) {
      const ordered = await similarInSql(code);
      const found = await findSimilarProjects(code);
      // Projects sharing nothing are not similar: the definition's list stops where sharing does.
      const { rows: sharing } = await sql<{ code: string }>`
        SELECT p.code FROM project p, project me WHERE me.code = ${code} AND p.id <> me.id
          AND (p.specific_objective_id = me.specific_objective_id OR EXISTS (
            SELECT 1 FROM project_region a JOIN project_region b ON a.region_id = b.region_id
            WHERE a.project_id = p.id AND b.project_id = me.id))`.execute(getKysely());
      const sharingCodes = new Set(sharing.map((row) => row.code));
      const expected = ordered.filter((row) => sharingCodes.has(row.code)).slice(0, 5);
      expect(
        found.map((project) => project.code),
        code,
      ).toEqual(expected.map((row) => row.code));
      if (found.some((project) => !project.sharedObjective)) filledFromRegions++;
    }
    // Some projects share their objective with fewer than five: their list goes on by region.
    expect(filledFromRegions).toBeGreaterThan(0);
  });
});
