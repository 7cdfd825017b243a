import "server-only";
import { getDb } from "../db";
import type { PlaceParents } from "../domain/place-tree";
import { Prisma } from "../generated/prisma/client";
import { cachedPerDataVersion } from "./data-version-cache";

/**
 * For every place of one level (child), the place of the level above (parent) it is listed
 * together with most often. A project listing several parents counts for each only as much as
 * 1 / their number, so projects with a single parent, which leave no doubt, weigh most; ties go
 * to the first name. Table names come from the code below, never from input.
 */
function mostListedWith(child: string, parent: string): Prisma.Sql {
  const [childLinks, parentLinks] = [Prisma.raw(`project_${child}`), Prisma.raw(`project_${parent}`)];
  const [childTable, parentTable] = [Prisma.raw(child), Prisma.raw(parent)];
  const [childId, parentId] = [Prisma.raw(`${child}_id`), Prisma.raw(`${parent}_id`)];
  return Prisma.sql`SELECT * FROM (
    SELECT DISTINCT ON (c.name) c.name AS child, pa.name AS parent
    FROM ${childLinks} cl
    JOIN ${childTable} c ON c.id = cl.${childId}
    JOIN ${parentLinks} pl ON pl.project_id = cl.project_id
    JOIN ${parentTable} pa ON pa.id = pl.${parentId}
    JOIN (SELECT project_id, count(*) AS n FROM ${parentLinks} GROUP BY 1) n ON n.project_id = cl.project_id
    GROUP BY c.name, pa.name
    ORDER BY c.name, sum(1.0 / n.n) DESC, pa.name
  ) parents`;
}

/**
 * Each sub-region's region and each municipality's sub-region, as the documents show them.
 * Documents list the three levels separately, so this is the only source of the hierarchy that
 * needs no outside data.
 */
export function getPlaceParents(): Promise<PlaceParents> {
  return cachedPerDataVersion("placeParents", async () => {
    const db = getDb();
    const [subRegions, municipalities] = await Promise.all([
      db.$queryRaw<{ child: string; parent: string }[]>(mostListedWith("sub_region", "region")),
      db.$queryRaw<{ child: string; parent: string }[]>(mostListedWith("municipality", "sub_region")),
    ]);
    const byChild = (rows: { child: string; parent: string }[]) =>
      Object.fromEntries(rows.map((row) => [row.child, row.parent]));
    return { subRegion: byChild(subRegions), municipality: byChild(municipalities) };
  });
}
