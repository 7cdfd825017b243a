/** Reading "Label: value" lines inside one section, matching labels exactly as published. */
import type { ProblemList } from "./problems";
import type { SourceLine } from "./source-text";

export interface FieldValue {
  value: string;
  line: number;
}

export type Fields = Map<string, FieldValue>;

const UNKNOWN_LABEL = /^([^:]{2,80}):(?:\s|$)/;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Reads the labelled fields of a section. A label with an empty value takes the next line when
 * that line is no label (some exports put the value below its label). Other lines are reported
 * as warnings: an unknown label, or an unexpected extra line.
 */
export function readFields(
  lines: readonly SourceLine[],
  labels: readonly string[],
  section: string,
  problems: ProblemList,
  /** Labels of the document's other sections: found here, their value would be lost. */
  elsewhere?: ReadonlySet<string>,
): Fields {
  const byLength = [...labels].sort((a, b) => b.length - a.length);
  const fields: Fields = new Map();
  let previous: { label: string; value: FieldValue } | undefined;
  for (const line of lines) {
    if (line.text === "") continue;
    const label = byLength.find((candidate) => isLabelled(line.text, candidate));
    if (label) {
      const value = { value: line.text.slice(line.text.indexOf(":") + 1).trim(), line: line.number };
      const first = fields.get(label);
      if (first) {
        // A second, different value would be lost: the record would contradict the document.
        const report = value.value !== "" && value.value !== first.value ? "error" : "warning";
        problems[report](
          report === "error"
            ? `label appears twice with different values ('${shorten(first.value)}' on line ${first.line})`
            : `label appears twice; the first value is kept`,
          { line: line.number, section, field: label },
        );
        previous = undefined;
        continue;
      }
      fields.set(label, value);
      previous = { label, value };
      continue;
    }
    if (previous && previous.value.value === "") {
      previous.value.value = line.text;
      continue;
    }
    previous = undefined;
    const unknown = UNKNOWN_LABEL.exec(line.text);
    if (unknown && elsewhere?.has(unknown[1]!.trim())) {
      problems.error(
        `the label belongs to another section: its value '${shorten(line.text)}' would be lost`,
        {
          line: line.number,
          section,
          field: unknown[1]!.trim(),
        },
      );
    } else if (unknown) {
      problems.warning(`unknown label '${unknown[1]}'`, { line: line.number, section });
    } else {
      problems.warning(`unexpected extra line '${shorten(line.text)}'`, { line: line.number, section });
    }
  }
  return fields;
}

/** Warns about each expected label the section lacks; the fields stay null. */
export function warnMissingLabels(
  fields: Fields,
  labels: readonly string[],
  section: string,
  problems: ProblemList,
) {
  for (const label of labels) {
    if (!fields.has(label))
      problems.warning(`label not found; the field is left empty`, { section, field: label });
  }
}

/** "Label: value" or "Label : value", the label spelled exactly. */
function isLabelled(text: string, label: string): boolean {
  if (!text.startsWith(label)) return false;
  const rest = text.slice(label.length).trimStart();
  return rest.startsWith(":");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Splits a section's lines at the first line equal to one of the given sub-headings. */
export function splitAt(
  lines: readonly SourceLine[],
  heading: (text: string) => boolean,
): { before: SourceLine[]; heading: SourceLine | undefined; after: SourceLine[] } {
  const index = lines.findIndex((line) => heading(line.text));
  if (index < 0) return { before: [...lines], heading: undefined, after: [] };
  return { before: lines.slice(0, index), heading: lines[index], after: lines.slice(index + 1) };
}
