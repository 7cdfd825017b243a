/**
 * The section layout of a EURA 2014 project description, and how to find the sections in a
 * document. Headings are found in order, so that a summary line such as "1. Koota …" or
 * "4 kuntaa" can never be mistaken for a section heading.
 */
import { normaliseHeading, type SourceLine } from "./source-text";
import type { ProblemList } from "./problems";

export const SECTIONS = [
  { id: "1", title: "Hanke" },
  { id: "2", title: "Hakijan perustiedot" },
  { id: "3", title: "Suunnitelman mukainen tiivistelmä toteutuksesta" },
  { id: "4", title: "Hankkeen kohderyhmät" },
  { id: "4.1", title: "Varsinaiset kohderyhmät" },
  { id: "4.2", title: "Välilliset kohderyhmät" },
  { id: "5", title: "Projektin julkinen rahoitus, euroa" },
  { id: "6", title: "Maantieteellinen kohdealue" },
  { id: "7", title: "Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista" },
  { id: "7.1", title: "Osallistuvien yritysten lukumäärä" },
  { id: "7.2", title: "Osallistuvien henkilöiden lukumäärä" },
  { id: "8", title: "Horisontaaliset periaatteet" },
  { id: "8.1", title: "Sukupuolten tasa-arvo" },
  { id: "8.2", title: "Kestävä kehitys" },
  { id: "9", title: "Loppuraportin tiivistelmä" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

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

export function locateSections(
  lines: readonly SourceLine[],
  startIndex: number,
  problems: ProblemList,
): SectionMap {
  const found: { id: SectionId; title: string; index: number }[] = [];
  let from = startIndex;
  SECTIONS.forEach((section, order) => {
    let index = lines.findIndex((line, i) => i >= from && isExactHeading(line, section.id, section.title));
    if (index < 0) {
      // Look for a loosely spelled heading, but only before the next exactly spelled one.
      const later = SECTIONS.slice(order + 1)
        .map((next) => lines.findIndex((line, i) => i >= from && isExactHeading(line, next.id, next.title)))
        .filter((i) => i >= 0);
      const limit = later.length ? Math.min(...later) : lines.length;
      index = lines.findIndex((line, i) => i >= from && i < limit && isLooseHeading(line, section.id));
      const loose = lines[index];
      if (loose) {
        problems.warning(
          `section heading '${loose.text}' differs from the expected '${section.id} ${section.title}'`,
          {
            line: loose.number,
            section: section.id,
          },
        );
      }
    }
    if (index >= 0) {
      found.push({ id: section.id, title: section.title, index });
      from = index + 1;
    }
  });

  const sections = new Map<SectionId, LocatedSection>();
  found.forEach((section, i) => {
    const end = found[i + 1]?.index ?? lines.length;
    sections.set(section.id, {
      id: section.id,
      title: section.title,
      headingLine: lines[section.index]?.number ?? 0,
      lines: lines.slice(section.index + 1, end),
    });
  });
  return {
    sections,
    missing: SECTIONS.map((section) => section.id).filter((id) => !sections.has(id)),
    last: found.at(-1)?.id,
  };
}
