/**
 * The files of an import or a parse, held compactly. A run of a million documents must not
 * cost a million objects of paths and metadata (≈ 480 bytes a file when each was an object
 * with its joined path): each file is its name and the run of its folder, and the path is
 * built when the file is read (≈ 40 bytes a file).
 */
import path from "node:path";

export interface SourceFile {
  /** The path to read. */
  path: string;
  /** Where a symbolic link led, when the path was one. */
  linkTarget?: string;
}

// A file given by its own path rather than found in a folder.
const GIVEN = -1;

export class FileList implements Iterable<SourceFile> {
  private readonly folders: string[] = [];
  private readonly names: string[] = [];
  /** Consecutive files of one folder: where the run starts, and its folder (or GIVEN). */
  private readonly runs: { start: number; folder: number }[] = [];
  /** Symbolic links followed, by file index (few). */
  private readonly links = new Map<number, string>();

  get length(): number {
    return this.names.length;
  }

  /** A folder's index, for addInFolder. */
  folder(folder: string): number {
    return this.folders.push(folder) - 1;
  }

  /** A file found in a folder (by its index from folder()). */
  addInFolder(folder: number, name: string, linkTarget?: string): void {
    this.add(folder, name, linkTarget);
  }

  /** A file given by its path, kept as given. */
  addGiven(file: string, linkTarget?: string): void {
    this.add(GIVEN, file, linkTarget);
  }

  private add(folder: number, name: string, linkTarget?: string) {
    if (this.runs.at(-1)?.folder !== folder || folder === GIVEN)
      this.runs.push({ start: this.names.length, folder });
    if (linkTarget !== undefined) this.links.set(this.names.length, linkTarget);
    this.names.push(name);
  }

  at(index: number): SourceFile {
    const name = this.names[index];
    if (name === undefined) throw new RangeError(`no file ${index} in a list of ${this.length}`);
    // The last run starting at or before the index.
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.runs[middle]!.start <= index) low = middle;
      else high = middle - 1;
    }
    const folder = this.runs[low]!.folder;
    const file = folder === GIVEN ? name : path.join(this.folders[folder]!, name);
    const linkTarget = this.links.get(index);
    return linkTarget === undefined ? { path: file } : { path: file, linkTarget };
  }

  *[Symbol.iterator](): Iterator<SourceFile> {
    for (let index = 0; index < this.length; index++) yield this.at(index);
  }
}
