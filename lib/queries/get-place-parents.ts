import "server-only";
import { getDb } from "../db";
import { classificationYear, type PlaceLevel } from "../domain/places/classification";
import { officialPlaceParents, type ListedPlaces } from "../domain/places/parents";
import type { PlaceParents } from "../domain/place-tree";
import { cachedPerDataVersion } from "./data-version-cache";

/**
 * Each listed sub-region's region and each listed municipality's sub-region, by Statistics
 * Finland's classification of the years of the projects that list them (lib/domain/places).
 */
export function getPlaceParents(): Promise<PlaceParents> {
  return cachedPerDataVersion("placeParents", async () => {
    const rows = await getDb().$queryRaw<{ level: PlaceLevel; name: string; starts: (string | null)[] }[]>`
      SELECT 'region' AS level, r.name, array_agg(DISTINCT to_char(p.planned_start, 'YYYY')) AS starts
        FROM project_region pr JOIN region r ON r.id = pr.region_id JOIN project p ON p.id = pr.project_id
        GROUP BY r.name
      UNION ALL
      SELECT 'subRegion', s.name, array_agg(DISTINCT to_char(p.planned_start, 'YYYY'))
        FROM project_sub_region ps JOIN sub_region s ON s.id = ps.sub_region_id JOIN project p ON p.id = ps.project_id
        GROUP BY s.name
      UNION ALL
      SELECT 'municipality', m.name, array_agg(DISTINCT to_char(p.planned_start, 'YYYY'))
        FROM project_municipality pm JOIN municipality m ON m.id = pm.municipality_id JOIN project p ON p.id = pm.project_id
        GROUP BY m.name
      ORDER BY 1, 2`;
    const listed: ListedPlaces = { region: [], subRegion: [], municipality: [] };
    for (const row of rows)
      listed[row.level].push({ name: row.name, years: [...new Set(row.starts.map(classificationYear))] });
    return officialPlaceParents(listed);
  });
}
