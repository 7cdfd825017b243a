import path from "node:path";
import { z } from "zod";

/** The registry's whole configuration, read once from the environment. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  REGISTRY_DATA_DIR: z.string().trim().min(1).default(".data"),
  /** Where the open-data files are written and served from; default `<data dir>/exports`. */
  REGISTRY_EXPORTS_DIR: z.string().trim().min(1).optional(),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; exportsDir: string };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${details.join("; ")}`);
  }
  // Folders chosen at run time: the web server's bundler must not trace them (turbopackIgnore).
  const dataDir = path.resolve(/*turbopackIgnore: true*/ result.data.REGISTRY_DATA_DIR);
  const exportsDir = path.resolve(
    /*turbopackIgnore: true*/ result.data.REGISTRY_EXPORTS_DIR ?? path.join(dataDir, "exports"),
  );
  return { ...result.data, dataDir, exportsDir };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
