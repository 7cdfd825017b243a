import path from "node:path";
import { z } from "zod";

export const DEFAULT_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** The registry's whole configuration, read once from the environment. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Web server processes `npm start` runs (lib/cli/web-server.ts); default one per core. */
  WEB_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /** Requests each web worker renders at once; the rest wait in arrival order (lib/http/render-gate.ts). */
  WEB_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(4),
  REGISTRY_DATA_DIR: z.string().trim().min(1).default(".data"),
  // PLACEHOLDER: set the real address that receives accessibility feedback before publishing
  // (the accessibility statement and every footer show it; example.fi receives no mail).
  FEEDBACK_EMAIL: z.email("must be an e-mail address").default("saavutettavuus@example.fi"),
  /** Largest source document accepted, in bytes: parse time grows with size, and no real one nears it. */
  REGISTRY_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_DOCUMENT_BYTES),
  // Requests a minute per client to /api (0: no limit) and, of those, to the full exports.
  RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_EXPORTS_PER_MINUTE: z.coerce.number().int().min(0).default(10),
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
