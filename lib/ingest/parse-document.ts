/**
 * The entry point of the pure ingest: bytes of one source file → what kind of document it is
 * and its record, with every problem located. Nothing here touches the database.
 */
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { isProjectDescription, parseProjectDocument, type ParseOptions } from "./parse-project";
import { parseProjectWebPage, PROJECT_CODE_MENTION } from "./parse-web-page";
import { ProblemList, type Problem } from "./problems";
import { toSourceLines } from "./source-text";

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
    problems.warning("the file is not UTF-8; it was read as Windows-1252");
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export interface DocumentOptions extends ParseOptions {
  /** The importer says the document is a project's web page (`import --project CODE`). */
  webPage?: boolean;
}

export function parseSourceDocument(
  input: Uint8Array | string,
  options: DocumentOptions = {},
): ParsedDocument {
  const problems = new ProblemList();
  const text = typeof input === "string" ? input : decodeSource(input, problems);
  if (text === null) return { kind: "rejected", record: null, problems: problems.items };
  const lines = toSourceLines(text);
  if (lines.every((line) => line.text === "")) {
    problems.error("the file is empty");
    return { kind: "rejected", record: null, problems: problems.items };
  }

  if (isProjectDescription(lines)) {
    const result = parseProjectDocument(lines, options);
    return { kind: "project", record: result.record, problems: [...problems.items, ...result.problems] };
  }
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
    "not a EURA 2014 project description (no header such as 'Euroopan sosiaalirahaston (ESR) rahoittaman " +
      "hankkeen kuvaus' and no 'Hankekoodi:') and not a project web page (no project code such as S21894; give a page's project with import --project CODE)",
  );
  return { kind: "rejected", record: null, problems: problems.items };
}
