/**
 * The canonical records as JSON Lines for the open-data files, read inside the export's
 * transaction. Prisma loads the relations of one `include` concurrently, which a transaction's
 * single connection can only queue (node-postgres warns "Calling client.query() when the client is
 * already executing a query is deprecated", and pg 9 will refuse it): so each relation is read by
 * a query of its own, one after the other, and the rows put together as `include` would have.
 */
import { projectRecordInclude, toProjectRecord, type ProjectRow } from "../database/project-record";
import type { Prisma } from "../generated/prisma/client";

const PAGE = 200;
const RELATIONS = Object.keys(projectRecordInclude) as (keyof typeof projectRecordInclude)[];

async function projectRows(tx: Prisma.TransactionClient, skip: number): Promise<ProjectRow[]> {
  const rows: Record<string, unknown>[] = await tx.project.findMany({
    orderBy: { code: "asc" },
    skip,
    take: PAGE,
  });
  const ids = rows.map((row) => row.id as number);
  for (const relation of RELATIONS) {
    const found: Record<string, unknown>[] = await tx.project.findMany({
      where: { id: { in: ids } },
      select: { id: true, [relation]: projectRecordInclude[relation] },
    });
    const byId = new Map(found.map((row) => [row.id, row[relation]]));
    for (const row of rows) row[relation] = byId.get(row.id);
  }
  return rows as ProjectRow[];
}

export async function* recordLines(tx: Prisma.TransactionClient): AsyncGenerator<string> {
  for (let skip = 0; ; skip += PAGE) {
    const rows = await projectRows(tx, skip);
    for (const row of rows) yield `${JSON.stringify(toProjectRecord(row))}\n`;
    if (rows.length < PAGE) return;
  }
}
