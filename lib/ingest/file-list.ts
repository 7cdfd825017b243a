/**
 * The files of an import or a parse, held compactly. A run of a million documents must not
 * cost a million objects of paths and metadata (≈ 480 bytes a file when each was an object
 * with its joined path): each file is its name, as UTF-8 bytes outside the JavaScript heap
 * (≈ 20 bytes a file, which the garbage collector neither scans nor scales its heap by), and
 * the run of its folder; the path is built when the file is read.
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
  /** Every name's UTF-8 bytes, one after another, and where each ends. */
  private bytes = Buffer.allocUnsafe(1 << 16);
  private ends = new Uint32Array(1 << 12);
  private count = 0;
  /** Consecutive files of one folder: where the run starts, and its folder (or GIVEN). */
  private readonly runs: { start: number; folder: number }[] = [];
  /** Symbolic links followed, by file index (few). */
  private readonly links = new Map<number, string>();

  get length(): number {
    return this.count;
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
      this.runs.push({ start: this.count, folder });
    if (linkTarget !== undefined) this.links.set(this.count, linkTarget);
    const start = this.count === 0 ? 0 : this.ends[this.count - 1]!;
    const end = start + Buffer.byteLength(name);
    if (end > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(end, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, start);
      this.bytes = grown;
    }
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.bytes.write(name, start, "utf8");
    this.ends[this.count++] = end;
  }

  at(index: number): SourceFile {
    if (!Number.isInteger(index) || index < 0 || index >= this.count)
      throw new RangeError(`no file ${index} in a list of ${this.length}`);
    const name = this.bytes.toString("utf8", index === 0 ? 0 : this.ends[index - 1]!, this.ends[index]!);
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
