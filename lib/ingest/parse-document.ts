/**
 * The entry point of the pure ingest: bytes of one source file → what kind of document it is
 * and its record, with every problem located. Nothing here touches the database.
 */
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { htmlToPlainText, isHtml } from "./html-text";
import { eura2014LanguageOf, parseProjectDocument, type ParseOptions } from "./parse-project";
import { isEura2007Description, parseEura2007Document } from "./parse-project-2007";
import { parseProjectWebPage, PROJECT_CODE_MENTION } from "./parse-web-page";
import { ProblemList, type Problem } from "./problems";
import { toSourceLines, type SourceLine } from "./source-text";

export type ParsedDocument =
  | { kind: "project"; record: ProjectRecord | null; problems: Problem[] }
  | { kind: "webPage"; record: WebPageRecord; problems: Problem[] }
  | { kind: "rejected"; record: null; problems: Problem[] };

/** Decodes UTF-8 (with or without BOM); falls back to Windows-1252, which some exports use. */
export function decodeSource(bytes: Uint8Array, problems: ProblemList): string | null {
  if (
    bytes.length === 0 ||
    bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
  ) {
    problems.error("the file is empty");
    return null;
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    problems.error("the file is binary, not a text document");
    return null;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeLineByLine(bytes, problems);
  }
}

/**
 * A file that is not valid UTF-8 throughout: each line is read as UTF-8 when it is, else as
 * Windows-1252, so one bad byte spoils one line, not the whole file, and the lines are named.
 */
function decodeLineByLine(bytes: Uint8Array, problems: ProblemList): string {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const windows1252 = new TextDecoder("windows-1252");
  const lines: string[] = [];
  const fallbacks: number[] = [];
  // Some lines with real UTF-8 beyond ASCII: a UTF-8 file with bad bytes, not a Windows-1252 file.
  let mixed = false;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    const line = bytes.subarray(start, end);
    try {
      const decoded = utf8.decode(line);
      mixed ||= /[^\x00-\x7f]/.test(decoded);
      lines.push(decoded);
    } catch {
      fallbacks.push(lines.length + 1);
      lines.push(windows1252.decode(line));
    }
    start = end + 1;
  }
  if (!mixed) {
    problems.warning("the file is not UTF-8; it was read as Windows-1252");
    return lines.join("\n");
  }
  const shown =
    fallbacks.slice(0, 10).join(", ") + (fallbacks.length > 10 ? ` and ${fallbacks.length - 10} more` : "");
  problems.warning(
    `line${fallbacks.length > 1 ? "s" : ""} ${shown} ${fallbacks.length > 1 ? "are" : "is"} not UTF-8; read as Windows-1252`,
    { line: fallbacks[0] },
  );
  return lines.join("\n");
}

/**
 * Image and table debris of a copy from a browser or another extraction ("![]() |", "|"), alone
 * on a line: layout, not content. Lines keep their numbers, so problems still point at the file.
 */
const STRAY_MARKER = /^(?:!\[[^\]]*\]\([^)]*\)|\|)(?:\s*(?:!\[[^\]]*\]\([^)]*\)|\|))*$/;
const withoutStrayMarkers = (lines: SourceLine[]) =>
  lines.some((line) => STRAY_MARKER.test(line.text))
    ? lines.filter((line) => !STRAY_MARKER.test(line.text))
    : lines;

export interface DocumentOptions extends ParseOptions {
  /** The importer says the document is a project's web page (`import --project CODE`). */
  webPage?: boolean;
}

export function parseSourceDocument(
  input: Uint8Array | string,
  options: DocumentOptions = {},
): ParsedDocument {
  const problems = new ProblemList();
  const decoded = typeof input === "string" ? input : decodeSource(input, problems);
  if (decoded === null) return { kind: "rejected", record: null, problems: problems.items };
  // Saved HTML is read as the text it shows; line numbers then count lines of that text.
  const html = isHtml(decoded);
  const text = html ? htmlToPlainText(decoded) : decoded;
  if (html) problems.warning("an HTML page: read as its text, so line numbers count lines of that text");
  const lines = withoutStrayMarkers(toSourceLines(text));
  const nul = lines.find((line) => line.text.includes("\u0000"));
  if (nul) {
    problems.error("the line holds a NUL character: not a text document", { line: nul.number });
    return { kind: "rejected", record: null, problems: problems.items };
  }
  if (lines.every((line) => line.text === "")) {
    problems.error("the file is empty");
    return { kind: "rejected", record: null, problems: problems.items };
  }

  // 2007 first: its "Toimintalinja"/"Toiminnan tila" labels are shared with the 2014 page.
  const result = isEura2007Description(lines)
    ? parseEura2007Document(lines, options)
    : ((language) => language && parseProjectDocument(lines, options, language))(eura2014LanguageOf(lines));
  if (result)
    return { kind: "project", record: result.record, problems: [...problems.items, ...result.problems] };
  // Most project pages print no code, but call themselves a project (hanke, "digihankkeessa",
  // projekti) in their opening lines.
  const opening = lines
    .filter((line) => line.text !== "")
    .slice(0, 3)
    .map((line) => line.text)
    .join("\n");
  if (
    options.webPage ||
    PROJECT_CODE_MENTION.test(text) ||
    /hanke|hankkee|hankkei|projekt|project/i.test(opening)
  ) {
    return { kind: "webPage", record: parseProjectWebPage(lines), problems: problems.items };
  }
  problems.error(
    "not a EURA project description (no header such as 'Euroopan sosiaalirahaston (ESR) rahoittaman " +
      "hankkeen kuvaus', 'Description of the project funded by …' or '… projektin kuvaus', and no " +
      "'Hankekoodi:', 'Project code:' or 'Projektikoodi:') and not a project web page (no project code " +
      "such as S21894; give a page's project with import --project CODE)",
  );
  return { kind: "rejected", record: null, problems: problems.items };
}
