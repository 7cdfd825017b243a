import "server-only";
import { getDb } from "../db";
import type { PlaceParents } from "../domain/place-tree";
import { cachedPerDataVersion } from "./data-version-cache";

/**
 * Each sub-region's region and each municipality's sub-region, as the documents show them: the
 * one listed together with it most often (ties go to the first name). Documents list the three
 * levels separately, so this is the only source of the hierarchy that needs no outside data.
 */
export function getPlaceParents(): Promise<PlaceParents> {
  return cachedPerDataVersion("placeParents", async () => {
    const rows = await getDb().$queryRaw<
      { level: "subRegion" | "municipality"; child: string; parent: string }[]
    >`
      SELECT * FROM (
        SELECT DISTINCT ON (s.name) 'subRegion' AS level, s.name AS child, r.name AS parent
        FROM project_sub_region ps
        JOIN sub_region s ON s.id = ps.sub_region_id
        JOIN project_region pr ON pr.project_id = ps.project_id
        JOIN region r ON r.id = pr.region_id
        JOIN (SELECT project_id, count(*) AS n FROM project_region GROUP BY 1) c ON c.project_id = ps.project_id
        GROUP BY s.name, r.name
        ORDER BY s.name, sum(1.0 / c.n) DESC, r.name
      ) sub_regions
      UNION ALL
      SELECT * FROM (
        SELECT DISTINCT ON (m.name) 'municipality' AS level, m.name AS child, s.name AS parent
        FROM project_municipality pm
        JOIN municipality m ON m.id = pm.municipality_id
        JOIN project_sub_region ps ON ps.project_id = pm.project_id
        JOIN sub_region s ON s.id = ps.sub_region_id
        JOIN (SELECT project_id, count(*) AS n FROM project_sub_region GROUP BY 1) c ON c.project_id = pm.project_id
        GROUP BY m.name, s.name
        ORDER BY m.name, sum(1.0 / c.n) DESC, s.name
      ) municipalities`;
    const parents: PlaceParents = { subRegion: {}, municipality: {} };
    for (const row of rows) parents[row.level][row.child] = row.parent;
    return parents;
  });
}
