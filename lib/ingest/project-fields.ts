/** Typed field readers shared by every form of the project description (EURA 2014 and 2007). */
import { checkBusinessId } from "../domain/business-id";
import { projectRecordSchema, type ProjectRecord } from "../schemas/record";
import type { Fields } from "./fields";
import type { Problem, ProblemList } from "./problems";
import { cleanValue, type SourceLine } from "./source-text";
import type { Parsed } from "./values";

/** Reads a typed value; a bad value is an error located at its line. */
export function typed<T>(
  fields: Fields,
  label: string,
  section: string,
  parse: (value: string) => Parsed<T>,
  problems: ProblemList,
): T | null {
  const field = fields.get(label);
  const value = cleanValue(field?.value);
  if (value === null || !field) return null;
  const parsed = parse(value);
  if (parsed.ok) return parsed.value;
  problems.error(parsed.reason, { line: field.line, section, field: label });
  return null;
}

export const fieldText = (fields: Fields, label: string) => cleanValue(fields.get(label)?.value);

export function warnLines(lines: readonly SourceLine[], section: string, problems: ProblemList) {
  for (const line of lines) {
    if (line.text !== "")
      problems.warning(`unexpected extra line '${line.text.slice(0, 60)}'`, { line: line.number, section });
  }
}

export function checkId(id: string, line: number, section: string, field: string, problems: ProblemList) {
  const check = checkBusinessId(id);
  if (check === "badFormat") {
    problems.warning(`'${id}' is not a business ID of the form 1234567-8`, { line, section, field });
  } else if (check === "badCheckDigit") {
    problems.warning(`business ID '${id}' has a wrong check digit`, { line, section, field });
  }
}

export function parseCoImplementers(
  lines: readonly SourceLine[],
  field: string,
  problems: ProblemList,
  /** The document's labels: a "Label: value" line is a misplaced field, not a co-implementer. */
  labels: ReadonlySet<string> = new Set(),
) {
  return lines
    .filter((line) => line.text !== "")
    .filter((line) => {
      const label = /^([^:]{2,80}):/.exec(line.text)?.[1]?.trim();
      if (label === undefined || !labels.has(label)) return true;
      problems.error(
        `the label belongs to another section: its value would be lost among the co-implementers`,
        {
          line: line.number,
          section: "2",
          field: label,
        },
      );
      return false;
    })
    .map((line) => {
      // The business ID is the last comma-separated part; names may hold commas and parentheses.
      const comma = line.text.lastIndexOf(",");
      const tail = comma >= 0 ? line.text.slice(comma + 1).trim() : "";
      if (comma < 0 || !/\d/.test(tail)) {
        problems.warning(`co-implementer '${line.text}' has no business ID`, {
          line: line.number,
          section: "2",
        });
        return { name: line.text, businessId: null };
      }
      checkId(tail, line.number, "2", field, problems);
      return { name: line.text.slice(0, comma).trim(), businessId: tail };
    });
}

/** The schema's verdict on a candidate record: the record, or every issue as an error. */
export function validateRecord(
  candidate: ProjectRecord,
  problems: ProblemList,
): { record: ProjectRecord | null; problems: Problem[] } {
  const validated = projectRecordSchema.safeParse(candidate);
  if (!validated.success) {
    for (const issue of validated.error.issues) problems.error(`${issue.path.join(".")}: ${issue.message}`);
    return { record: null, problems: problems.items };
  }
  return { record: validated.data, problems: problems.items };
}

/**
 * A document cut short often ends inside a value ("137 5"): an error on its very last line is
 * what --allow-partial accepts. Returns that line when it was so.
 */
export function markCutShort(lines: readonly SourceLine[], problems: ProblemList): SourceLine | undefined {
  const last = lines.findLast((line) => line.text !== "");
  const cut = problems.items.filter(
    (problem) => problem.severity === "error" && last && problem.line === last.number,
  );
  for (const problem of cut) {
    problem.partialOk = true;
    problem.message += " (the document ends on this line: it may have been cut short)";
  }
  return cut.length > 0 ? last : undefined;
}
