/**
 * The first pass of the streamed import: the project code each file claims. Two documents
 * claiming one code must both be refused, and they may be far apart in a run, so the codes
 * claimed twice have to be known before anything is written. Reading a code costs a search for
 * the document's one code line, not a parse (a full parse only when there is no such line: web
 * pages, HTML copies); each claim is held as a number, 8 bytes a file, not as a string in a map.
 */
import { isProjectCode } from "../domain/project-code";
import { EURA2014_LANGUAGES, labelsOf } from "../ingest/eura2014-languages";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Every code label of the EURA 2014 languages and the 2007–2013 form, at the start of a line.
const CODE_LABELS = [
  ...new Set([...EURA2014_LANGUAGES.flatMap((table) => labelsOf(table, "code")), "Projektikoodi"]),
];
const CODE_LINE = new RegExp(`^[ \\t\\uFEFF]*(?:${CODE_LABELS.map(escape).join("|")})[ \\t]*:(.*)$`, "gm");

/**
 * The code on a document's project-code line, or null unless there is exactly one such line and
 * it holds nothing but a project code (then the parser can only read the same code, or refuse).
 */
export function codeLineOf(text: string): string | null {
  let found: string | null = null;
  for (const match of text.matchAll(CODE_LINE)) {
    if (found !== null) return null;
    found = match[1]!.trim();
  }
  return found !== null && isProjectCode(found) ? found : null;
}

const SYMBOLS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** A project code (at most 8 of 36 symbols) as a number, one to one: 37⁸ < 2⁵³. */
export function codeNumber(code: string): number {
  let number = 0;
  for (const symbol of code) number = number * 37 + SYMBOLS.indexOf(symbol) + 1;
  return number;
}

/** No claim: the file holds no project (or could not be read). */
const NONE = 0;

export class CodeClaims {
  private readonly claims: Float64Array;
  private shared = new Set<number>();

  constructor(files: number) {
    this.claims = new Float64Array(files);
  }

  claim(file: number, code: string | null): void {
    this.claims[file] = code === null ? NONE : codeNumber(code);
  }

  /** The code the first pass read for a file, as a number (0: none). */
  claimOf(file: number): number {
    return this.claims[file]!;
  }

  /** Once every file has claimed: which codes more than one file claims (few). */
  settle(): void {
    const sorted = Float64Array.from(this.claims).sort();
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i] !== NONE && sorted[i] === sorted[i - 1]) this.shared.add(sorted[i]!);
  }

  isShared(code: string): boolean {
    return this.shared.has(codeNumber(code));
  }
}
