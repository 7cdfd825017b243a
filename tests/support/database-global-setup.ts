/**
 * One throwaway PostgreSQL for the whole vitest run (a temporary embedded cluster, or a fresh
 * database on DATABASE_URL's server), migrated once. Each integration test file clones it into
 * a database of its own (see test-database.ts), so files never see each other's rows.
 */
import type { TestProject } from "vitest/node";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await openThrowawayDatabase(parseEnv());
  await migrate(database.url);
  project.provide("templateDatabaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}
