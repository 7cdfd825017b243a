/**
 * The open-data files: where they live (`<data dir>/exports/<version>/`) and the manifest that
 * describes them. Reading needs no database: the /data page and the file route only read files.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const EXPORT_LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** `20261123T201212123Z`: when the data last changed; names the folder of its files. */
export const EXPORT_VERSION = /^\d{8}T\d{9}Z$/;
export const EXPORT_FILE = /^[a-z0-9_-]+\.(csv|jsonl)$/;

export const exportFileSchema = z.object({
  name: z.string().regex(EXPORT_FILE),
  kind: z.enum(["table", "dictionary", "records"]),
  /** The table a CSV holds (kind "table"). */
  table: z.string().optional(),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const exportManifestSchema = z.object({
  version: z.string().regex(EXPORT_VERSION),
  changedAt: z.iso.datetime(),
  generatedAt: z.iso.datetime(),
  licence: z.object({ name: z.string(), url: z.string() }),
  files: z.array(exportFileSchema),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;

export const MANIFEST = "manifest.json";

export function versionOf(changedAt: Date): string {
  return changedAt.toISOString().replace(/[-:.]/g, "");
}

export async function readManifest(root: string, version: string): Promise<ExportManifest | null> {
  if (!EXPORT_VERSION.test(version)) return null;
  const text = await fs.readFile(path.join(root, version, MANIFEST), "utf8").catch(() => null);
  if (text === null) return null;
  const parsed = exportManifestSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** The newest complete export (its manifest is written last), or null when none exists yet. */
export async function readLatestManifest(root: string): Promise<ExportManifest | null> {
  const versions = (await fs.readdir(root).catch(() => [] as string[]))
    .filter((name) => EXPORT_VERSION.test(name))
    .sort()
    .reverse();
  for (const version of versions) {
    const manifest = await readManifest(root, version);
    if (manifest) return manifest;
  }
  return null;
}

/** Names the newest version in a file's address (`/api/exports/latest/projects.jsonl`). */
export const LATEST = "latest";

/** A listed file's entry and path, or null when the version or name is not one a manifest lists. */
export async function exportFileEntry(
  root: string,
  version: string,
  name: string,
): Promise<{ entry: ExportFile; path: string } | null> {
  const manifest = version === LATEST ? await readLatestManifest(root) : await readManifest(root, version);
  const entry = manifest?.files.find((file) => file.name === name);
  return manifest && entry ? { entry, path: path.join(root, manifest.version, entry.name) } : null;
}
