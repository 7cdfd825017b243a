import fs from "node:fs/promises";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { withDatabaseName } from "../../lib/database/connection";
import { createPrismaClient, type PrismaClient } from "../../lib/database/prisma";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database cloned from the run's template: a real PostgreSQL, no mocks. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject("templateDatabaseUrl");
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `test_${randomBytes(6).toString("hex")}`;
  await admin(templateUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = withDatabaseName(templateUrl, name);
  const prisma = createPrismaClient(url, 4);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    prisma,
    query: async (sql, values) => (await pool.query(sql, values)).rows,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      await admin(templateUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * A test database holding the imported seeds (and, with `synthetic`, that many generated
 * documents of that seed), set as the app's DATABASE_URL for query functions.
 */
export async function createSeededTestDatabase(synthetic?: {
  count: number;
  seed: number;
}): Promise<TestDatabase> {
  const { importPaths } = await import("../../lib/import/import-documents");
  const { SEEDS_DIR } = await import("./seeds");
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  await importPaths(db.url, [SEEDS_DIR]);
  if (synthetic) {
    const { syntheticFolder } = await import("./synthetic-folder");
    const dir = await syntheticFolder(synthetic.count, synthetic.seed);
    await importPaths(db.url, [dir]);
    await fs.rm(dir, { recursive: true, force: true });
  }
  return db;
}
