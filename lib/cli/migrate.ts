/** `npm run db:migrate`: applies pending SQL migrations to the registry's database. */
import { openDatabase } from "../database/connection";
import { migrate } from "../database/migrate";
import { getEnv } from "../env";
import { runMain } from "./run-main";

runMain(async () => {
  const database = await openDatabase(getEnv(), { shareRunning: true });
  try {
    const { applied } = await migrate(database.url, { log: console.log });
    console.log(
      applied.length ? `Applied ${applied.length} migration(s).` : "The database schema is up to date.",
    );
  } finally {
    await database.stop();
  }
});
