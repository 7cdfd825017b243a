/**
 * The section layout of a EURA 2014 project description, and how to find the sections in a
 * document. Headings are found in order, so that a summary line such as "1. Koota …" or
 * "4 kuntaa" can never be mistaken for a section heading.
 */
import { normaliseHeading, type SourceLine } from "./source-text";
import type { ProblemList } from "./problems";

export const SECTION_IDS = [
  "1",
  "2",
  "3",
  "4",
  "4.1",
  "4.2",
  "5",
  "6",
  "7",
  "7.1",
  "7.2",
  "8",
  "8.1",
  "8.2",
  "9",
] as const;

/** Headings with nothing of their own: present when any of their sub-sections is. */
const PARENTS: Partial<Record<SectionId, readonly SectionId[]>> = {
  "4": ["4.1", "4.2"],
  "7": ["7.1", "7.2"],
  "8": ["8.1", "8.2"],
};

/** A section's title in the page's language and, for copies without headings, the labels it starts with. */
export interface SectionSpec {
  id: SectionId;
  title: string;
  /** Lines (exact, or "Label:" prefixes) that can open this section when its heading is gone. */
  anchors: readonly string[];
}

export type SectionId = (typeof SECTION_IDS)[number];

export interface LocatedSection {
  id: SectionId;
  title: string;
  /** Line number of the heading. */
  headingLine: number;
  /** The lines between this heading and the next heading found. */
  lines: SourceLine[];
}

export interface SectionMap {
  sections: Map<SectionId, LocatedSection>;
  missing: SectionId[];
  /** The section in which the document ends (the last one found). */
  last: SectionId | undefined;
  /** Sections whose heading is gone, found by their first labels instead. */
  byLabel: SectionId[];
}

const HEADING = /^(\d(?:\.\d)?)\.?\s+(\S.*)$/;

function isExactHeading(line: SourceLine, id: string, title: string): boolean {
  if (!line.text.startsWith(id)) return false; // cheap test first: most lines are prose
  const match = HEADING.exec(line.text);
  return !!match && match[1] === id && normaliseHeading(match[2] ?? "") === normaliseHeading(title);
}

/** A numbered heading spelled differently (another fund's wording, a fixed typo). */
function isLooseHeading(line: SourceLine, id: string): boolean {
  if (!line.text.startsWith(id)) return false;
  const match = HEADING.exec(line.text);
  if (!match || match[1] !== id) return false;
  const title = match[2] ?? "";
  return title.length <= 120 && !title.includes(":") && !/[.!?]$/.test(title) && /^\p{Lu}/u.test(title);
}

/** The anchor a line opens with: the whole line, or "Label:" at its start. */
function anchorOf(text: string, anchors: readonly string[]): string | undefined {
  return anchors.find(
    (anchor) =>
      text === anchor || (text.startsWith(anchor) && text.slice(anchor.length).trimStart()[0] === ":"),
  );
}

export function locateSections(
  lines: readonly SourceLine[],
  startIndex: number,
  specs: readonly SectionSpec[],
  problems: ProblemList,
): SectionMap {
  const found: { id: SectionId; title: string; index: number; contentFrom: number }[] = [];
  const byLabel: SectionId[] = [];
  const exactIndex = (spec: SectionSpec, from: number) =>
    lines.findIndex((line, i) => i >= from && isExactHeading(line, spec.id, spec.title));
  let from = startIndex;
  specs.forEach((section, order) => {
    let index = exactIndex(section, from);
    let contentFrom = index + 1;
    // Later headings bound the search for a loosely spelled heading or an anchor label.
    let limit = lines.length;
    if (index < 0) {
      const later = specs
        .slice(order + 1)
        .map((next) => exactIndex(next, from))
        .filter((i) => i >= 0);
      if (later.length) limit = Math.min(...later);
      index = lines.findIndex((line, i) => i >= from && i < limit && isLooseHeading(line, section.id));
      contentFrom = index + 1;
      const loose = lines[index];
      if (loose) {
        problems.warning(
          `section heading '${loose.text}' differs from the expected '${section.id} ${section.title}'`,
          { line: loose.number, section: section.id },
        );
      }
    }
    if (index < 0 && section.anchors.length > 0) {
      // A copy that lost its headings: the section starts at its first label. When the section
      // before has the same labels (7.1 and 7.2), at the first label that comes a second time.
      const previous = specs.find((spec) => spec.id === found.at(-1)?.id)?.anchors ?? [];
      const seen = new Set<string>();
      index = -1;
      for (let i = from; i < limit && index < 0; i++) {
        const text = lines[i]?.text ?? "";
        const label = anchorOf(text, section.anchors);
        if (label !== undefined && (!previous.includes(label) || seen.has(label))) index = i;
        const previousLabel = anchorOf(text, previous);
        if (previousLabel !== undefined) seen.add(previousLabel);
      }
      contentFrom = index;
      if (index >= 0) byLabel.push(section.id);
    }
    if (index >= 0) {
      found.push({ id: section.id, title: section.title, index, contentFrom });
      from = contentFrom;
    }
  });

  const sections = new Map<SectionId, LocatedSection>();
  found.forEach((section, i) => {
    const end = found[i + 1]?.index ?? lines.length;
    sections.set(section.id, {
      id: section.id,
      title: section.title,
      headingLine: lines[section.index]?.number ?? 0,
      lines: lines.slice(section.contentFrom, end),
    });
  });
  const present = (id: SectionId) =>
    sections.has(id) || (PARENTS[id] ?? []).some((child) => sections.has(child));
  return {
    sections,
    missing: SECTION_IDS.filter((id) => !present(id)),
    last: found.at(-1)?.id,
    byLabel,
  };
}
