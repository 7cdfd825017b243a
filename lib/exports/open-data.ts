/** The /data page's view: the latest open-data files with their download addresses. */
import { getEnv } from "../env";
import { readLatestManifest, type ExportFile, type ExportManifest } from "./manifest";

export interface OpenDataFile extends ExportFile {
  href: string;
}

export interface OpenData extends Omit<ExportManifest, "files"> {
  files: OpenDataFile[];
}

export function exportFileHref(version: string, name: string): string {
  return `/api/exports/${version}/${name}`;
}

export async function getOpenData(): Promise<OpenData | null> {
  const manifest = await readLatestManifest(getEnv().exportsDir);
  if (!manifest) return null;
  return {
    ...manifest,
    files: manifest.files.map((file) => ({ ...file, href: exportFileHref(manifest.version, file.name) })),
  };
}
