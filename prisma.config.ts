// Prisma CLI configuration. Only `prisma generate` is used here: the schema engine that
// `migrate` and `db push` need cannot be downloaded in this environment, so migrations are
// plain SQL applied by lib/database/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
