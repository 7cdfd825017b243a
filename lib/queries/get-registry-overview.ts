import "server-only";
import { getDb } from "../db";

export interface RegistryOverview {
  projectCount: number;
  /** Sum of planned public funding over projects that report it; null when none do. */
  plannedPublicTotal: number | null;
}

export async function getRegistryOverview(): Promise<RegistryOverview> {
  const db = getDb();
  const [projectCount, sums] = await Promise.all([
    db.project.count(),
    db.project.aggregate({ _sum: { plannedPublicTotal: true } }),
  ]);
  const planned = sums._sum.plannedPublicTotal;
  return { projectCount, plannedPublicTotal: planned === null ? null : planned.toNumber() };
}
