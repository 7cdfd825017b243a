/**
 * Finding and reading source files for `parse` and `import`: every path the user gave either
 * yields documents or a one-line problem saying what is wrong with it (missing, unreadable, a
 * folder without documents, too large), so nothing is skipped silently and one bad file never
 * stops the others. Symbolic links to files are followed, and said so.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../env";
import { FileList, type SourceFile } from "./file-list";
import type { Problem } from "./problems";

export interface FileProblems {
  file: string;
  problems: Problem[];
}

export type { SourceFile };

/** A path as short as it stays clear: relative to the working folder when inside it. */
const displayName = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
};
const problemAt = (file: string, message: string): FileProblems => ({
  file: displayName(file),
  problems: [{ severity: "error", message }],
});

/** The system's reason in words, instead of "no such file" for every failure. */
function whyNot(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (code === "ELOOP") return "a loop of symbolic links";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  return `cannot be read: ${(error as Error).message}`;
}

/** Source documents: plain-text exports and pages saved from the browser. */
export const SOURCE_EXTENSIONS = [".txt", ".html", ".htm"] as const;
const isSourceFile = (name: string) => SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;

// Entries sort as they always have (the default locale's order), whatever their number.
const collator = new Intl.Collator();

/**
 * A folder's documents, depth first in name order. The folder is read as a stream of entries
 * and only the names that matter are kept, so a folder of a million files costs its names.
 */
async function walkFolder(folder: string, found: FileList, problems: FileProblems[]): Promise<void> {
  const names: string[] = [];
  const kinds: ("folder" | "file" | "link")[] = [];
  try {
    for await (const entry of await fs.opendir(folder, { bufferSize: 256 })) {
      const kind = entry.isDirectory()
        ? "folder"
        : !isSourceFile(entry.name)
          ? undefined
          : entry.isFile()
            ? "file"
            : entry.isSymbolicLink()
              ? "link"
              : undefined;
      if (kind === undefined) continue;
      names.push(entry.name);
      kinds.push(kind);
    }
  } catch (error) {
    problems.push(problemAt(folder, `folder ${whyNot(error)}`));
    return;
  }
  const order = Uint32Array.from(names.keys()).sort((a, b) => collator.compare(names[a]!, names[b]!));
  const index = found.folder(folder);
  for (const at of order) {
    const name = names[at]!;
    const full = path.join(folder, name);
    if (kinds[at] === "folder") await walkFolder(full, found, problems);
    else if (kinds[at] === "file") found.addInFolder(index, name);
    else {
      const target = await fs.stat(full).catch((error: unknown) => error as Error);
      if (target instanceof Error)
        problems.push(problemAt(full, `symbolic link to ${await fs.readlink(full)}: ${whyNot(target)}`));
      else if (target.isFile()) found.addInFolder(index, name, await fs.realpath(full));
      else problems.push(problemAt(full, "symbolic link to a folder, not followed (give the folder itself)"));
    }
  }
}

/**
 * The documents under the given paths: files as given (whatever their name), and every .txt
 * and .html file inside folders, in a stable order. With `folders: false` (parse) a folder is a problem.
 */
export async function collectFiles(
  paths: readonly string[],
  options: { folders?: boolean } = {},
): Promise<{ files: FileList; problems: FileProblems[] }> {
  const files = new FileList();
  const problems: FileProblems[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch((error: unknown) => error as Error);
    if (stat instanceof Error) {
      problems.push(problemAt(given, whyNot(stat)));
    } else if (stat.isDirectory()) {
      if (options.folders === false) {
        problems.push(problemAt(given, "is a folder; give the files in it (npm run import takes folders)"));
        continue;
      }
      const before = files.length;
      await walkFolder(given, files, problems);
      if (files.length === before && !problems.some((p) => p.file.startsWith(displayName(given))))
        problems.push(problemAt(given, "the folder holds no .txt or .html documents"));
    } else if (!stat.isFile()) {
      problems.push(problemAt(given, "not a regular file"));
    } else {
      const link = await fs.lstat(given);
      files.addGiven(given, link.isSymbolicLink() ? await fs.realpath(given) : undefined);
    }
  }
  return { files, problems };
}

/**
 * A file's bytes, or the one-line problem that stops it (unreadable, too large). Read
 * synchronously: an import reads each file twice, and four asynchronous calls a file (open,
 * stat, read, close through the thread pool) cost six times the read itself.
 */
export function readSourceFile(
  file: SourceFile,
  maxBytes = DEFAULT_MAX_DOCUMENT_BYTES,
): { bytes: Buffer } | { problem: FileProblems } {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file.path, "r");
    const { size } = fstatSync(descriptor);
    if (size > maxBytes)
      return {
        problem: problemAt(
          file.path,
          `the file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} for one document ` +
            `(REGISTRY_MAX_DOCUMENT_BYTES); not read`,
        ),
      };
    return { bytes: readFileSync(descriptor) };
  } catch (error) {
    return { problem: problemAt(file.path, whyNot(error)) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** "Followed symbolic link seeds/a.txt → /data/a.txt" */
export const describeLink = (file: SourceFile) =>
  file.linkTarget ? `${displayName(file.path)} is a symbolic link; read ${file.linkTarget}` : undefined;

export { displayName };
