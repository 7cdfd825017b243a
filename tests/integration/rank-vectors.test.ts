import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProjects } from "@/lib/queries/find-projects";
import { parseListState } from "@/lib/search/list-state";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

// The list ranks on a narrow copy of the projects' search vectors (migration 0011); whoever
// writes a project, the copy must follow, or a search would rank stale text.
describe("the search vectors the list ranks on follow the projects", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  const outOfStep = async () =>
    (
      await db.query<{ n: string }>(`SELECT count(*) AS n FROM project p
        FULL JOIN project_rank_vector r ON r.project_id = p.id
        WHERE p.id IS NULL OR r.project_id IS NULL OR r.code <> p.code
          OR r.search_vector <> coalesce(p.search_vector, ''::tsvector)`)
    )[0]!.n;
  const codesFor = async (query: string) =>
    (await findProjects(parseListState(query))).items.map((item) => item.code);

  it("an import writes a copy of every project's vector", async () => {
    const [counts] = await db.query<{ projects: string; copies: string }>(
      "SELECT (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM project_rank_vector) AS copies",
    );
    expect(Number(counts!.projects)).toBeGreaterThan(0);
    expect(counts!.copies).toBe(counts!.projects);
    expect(await outOfStep()).toBe("0");
  });

  it("a project's changed text ranks it by the new text; a deleted project leaves no copy", async () => {
    await db.query(`UPDATE project SET search_vector = search_vector || to_tsvector('finnish', 'seeprahanke seeprahanke')
      WHERE code = 'S22821'`);
    await db.query(`UPDATE project SET search_vector = search_vector || to_tsvector('finnish', 'seeprahanke')
      WHERE code = 'S21854'`);
    expect(await outOfStep()).toBe("0");
    // Two mentions rank above one.
    expect(await codesFor("q=seeprahanke")).toEqual(["S22821", "S21854"]);
    await db.query("DELETE FROM project WHERE code = 'S22821'");
    expect(await outOfStep()).toBe("0");
    expect(await codesFor("q=seeprahanke")).toEqual(["S21854"]);
  });
});
