/**
 * The files a command reads: the paths given, and under folders every source document
 * (plain-text exports and pages saved from the browser), in a stable order.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { Problem } from "./problems";

export interface FileProblems {
  file: string;
  problems: Problem[];
}

export const SOURCE_EXTENSIONS = [".txt", ".html", ".htm"] as const;
const isSourceFile = (name: string) => SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Every source file (.txt, .html) under the given paths, in a stable order. Missing paths are reported. */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: FileProblems[] }> {
  const files: string[] = [];
  const missing: FileProblems[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (!stat) {
      missing.push({ file: given, problems: [{ severity: "error", message: "no such file or folder" }] });
    } else if (stat.isDirectory()) {
      const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && isSourceFile(entry.name))
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort(),
      );
    } else {
      files.push(given);
    }
  }
  return { files, missing };
}
