import "server-only";
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import kyselyExtension from "prisma-extension-kysely";
import { createPrismaClient, type PrismaClient } from "./database/prisma";
import type { DB } from "./generated/kysely/types";

// One client for the whole server process; the globalThis slot survives hot reloads in dev.
const globalForPrisma = globalThis as unknown as {
  registryPrisma?: PrismaClient;
  registryKysely?: Kysely<DB>;
};

export function getDb(): PrismaClient {
  if (!globalForPrisma.registryPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: start the registry with `npm start` (or `npm run dev`).");
    }
    globalForPrisma.registryPrisma = createPrismaClient(url);
  }
  return globalForPrisma.registryPrisma;
}

/**
 * The typed query builder for reads whose shape is dynamic (filters, facets, aggregates). It runs
 * through the one Prisma client (prisma-extension-kysely), so there is still one pool and one
 * client; its table types are generated from schema.prisma by prisma-kysely.
 */
export function getKysely(): Kysely<DB> {
  if (!globalForPrisma.registryKysely) {
    globalForPrisma.registryKysely = getDb().$extends(
      kyselyExtension({
        kysely: (driver) =>
          new Kysely<DB>({
            dialect: {
              createDriver: () => driver,
              createAdapter: () => new PostgresAdapter(),
              createIntrospector: (db) => new PostgresIntrospector(db),
              createQueryCompiler: () => new PostgresQueryCompiler(),
            },
          }),
      }),
    ).$kysely;
  }
  return globalForPrisma.registryKysely;
}
