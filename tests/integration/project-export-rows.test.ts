import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectExportRows } from "@/lib/queries/project-export-rows";
import { streamProjectsWithWebPages } from "@/lib/queries/project-records";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { collect, exportRowOf } from "../support/export-row";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

describe("the projects export's rows", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase({ count: 250, seed: 11 });
  });
  afterAll(() => db.drop());

  it.each(["", "sort=planned", "region=Pohjois-Savo&sort=absorption", "q=kunta", "q=digitaalinen"])(
    "are the whole records' figures, in the search's order (%s)",
    async (query) => {
      const search = await resolveSearch(parseListState(query));
      const expected = (await collect(streamProjectsWithWebPages(await findProjectCodes(search)))).map(
        exportRowOf,
      );
      const rows = (await collect(streamProjectExportRows(search, 64))).flat();
      if (query === "") expect(rows.length).toBeGreaterThan(250);
      expect(rows).toEqual(expected);
    },
  );

  it("give their connection back as soon as the reader stops (a client hung up)", async () => {
    const openCursors = async () =>
      (
        await db.query<{ open: number }>(`SELECT count(*)::int AS open FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'FETCH%'`)
      )[0]!.open;
    const rows = streamProjectExportRows(await resolveSearch(parseListState("")), 10);
    expect((await rows.next()).value).toHaveLength(10);
    expect(await openCursors()).toBe(1);
    await rows.return(undefined);
    expect(await openCursors()).toBe(0);
  });
});
