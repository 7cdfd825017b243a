/**
 * A EURA 2007 project description ("… rahoittaman projektin kuvaus", programme period
 * 2007–2013) → the canonical record. The 2007 page numbers its sections by project type (the
 * public funding is section 4 or 5), so sections are found by their titles in order. Only what
 * the format has is mapped; the rest stays null, never invented.
 */
import type { ProjectRecord } from "../schemas/record";
import { readFields, splitAt, warnMissingLabels, type Fields } from "./fields";
import type { ParseOptions, ProjectParseResult } from "./parse-project";
import { ProblemList } from "./problems";
import { checkId, fieldText, markCutShort, typed, validateRecord } from "./project-fields";
import { joinText, normaliseHeading, type SourceLine } from "./source-text";
import {
  parseColonNumberedName,
  parseCount,
  parseEuros,
  parseList,
  parsePeriod,
  type Parsed,
} from "./values";

export const EURA2007_HEADER =
  /(sosiaalirahaston|aluekehitysrahaston)\s*\((ESR|EAKR)\)\s*rahoittaman\s+projektin\s+kuvaus/i;

export function isEura2007Description(lines: readonly SourceLine[]): boolean {
  return lines.some((line) => EURA2007_HEADER.test(line.text) || /^Projektikoodi\s*:/.test(line.text));
}

/** Section roles by their published titles; required ones in their order. */
const TITLES = {
  project: "Projekti",
  implementer: "Projektin toteuttaja",
  area: "Projektin toteutusalue ja kohderyhmän kuvaus",
  geography: "Maantieteellinen kohdealue",
  direct: "Varsinaiset kohderyhmät",
  indirect: "Välilliset kohderyhmät",
  persons: "Aloittaneiden henkilöiden määrä",
  goals: "Projektin tavoitteet, tulokset ja vaikutukset",
  funding: "Projektin julkinen rahoitus, euroa",
  summary: "Suunnitelman mukainen tiivistelmä toteutuksesta",
  finalReport: "Loppuraportin tiivistelmä",
} as const;
type Role = keyof typeof TITLES;
const REQUIRED: readonly Role[] = ["project", "implementer", "area", "funding"];
const ROLE_OF = new Map<string, Role>(
  Object.entries(TITLES).map(([role, title]) => [normaliseHeading(title), role as Role]),
);
const HEADING = /^(\d+(?:\.\d+)?)\.?\s+(\p{Lu}.{0,118})$/u;

const LABELS = {
  project: [
    "Projektikoodi",
    "Projektin nimi",
    "Osio",
    "Toimintalinja",
    "Projektityyppi",
    "Suunnitelman mukainen toteutusaika",
    "Toiminnan tila",
    "Vastuuviranomainen",
  ],
  organisation: [
    "Toteuttajaorganisaation nimi",
    "Organisaatiotyyppi",
    "Y-tunnus",
    "Osoite",
    "Postinumero",
    "Postitoimipaikka",
    "Puhelinnumero",
    "Toteuttajaorganisaation Web-osoite",
    "Projektin kotisivun osoite",
  ],
  contact: ["Vastuuhenkilön nimi", "Asema", "Sähköposti", "Puhelinnumero"],
  geography: ["Maakunnat", "Seutukunnat", "Kunnat"],
  persons: ["Suunniteltu", "Toteutunut seurantatietojen mukaan"],
  funding: [
    "Myönnetty EU- ja valtion rahoitus",
    "Toteutunut EU- ja valtion rahoitus",
    "Suunniteltu julkinen rahoitus yhteensä",
    "Toteutunut julkinen rahoitus yhteensä",
  ],
} as const;

interface Section2007 {
  number: string;
  title: string;
  role: Role | undefined;
  lines: SourceLine[];
}

/**
 * Numbered headings in order. An unknown title counts as a heading only when it is the next
 * section number or a sub-section of the current one, so numbered prose is never a heading.
 */
function locate(lines: readonly SourceLine[], start: number): Section2007[] {
  const sections: Section2007[] = [];
  let top = 0;
  for (const line of lines.slice(start)) {
    const match = HEADING.exec(line.text);
    const number = match?.[1] ?? "";
    const role = match ? ROLE_OF.get(normaliseHeading(match[2] ?? "")) : undefined;
    const [major, minor] = number.split(".").map(Number);
    const expected = minor === undefined ? major === top + 1 : major === top;
    if (match && (role || expected)) {
      if (minor === undefined) top = major ?? top;
      sections.push({ number, title: match[2] ?? "", role, lines: [] });
    } else {
      sections.at(-1)?.lines.push(line);
    }
  }
  return sections;
}

/** "0, joista naisia 0" → 0: the persons who started, women among them (not kept). */
function parseStarted(value: string): Parsed<number> {
  const match = /^(\d[\d ]*?)\s*(?:,\s*joista naisia\s*\d[\d ]*)?$/.exec(value.trim());
  return match ? parseCount(match[1] ?? "") : { ok: false, reason: `'${value}' is not a count of persons` };
}

export function parseEura2007Document(
  lines: readonly SourceLine[],
  options: ParseOptions = {},
): ProjectParseResult {
  const problems = new ProblemList();
  const headerIndex = lines.findIndex((line) => EURA2007_HEADER.test(line.text));
  const fundWord = headerIndex >= 0 ? EURA2007_HEADER.exec(lines[headerIndex]!.text)?.[2] : undefined;
  const sections = locate(lines, headerIndex + 1);
  const byRole = (role: Role) => sections.find((section) => section.role === role);
  const read = (role: Role, labels: readonly string[], subset?: SourceLine[]): Fields => {
    const section = byRole(role);
    return section ? readFields(subset ?? section.lines, labels, section.number, problems) : new Map();
  };
  const where = (role: Role) => byRole(role)?.number ?? TITLES[role];

  const f1 = read("project", LABELS.project);
  if (byRole("project"))
    warnMissingLabels(f1, ["Toimintalinja", "Toiminnan tila"], where("project"), problems);
  const code = fieldText(f1, "Projektikoodi");
  const name = fieldText(f1, "Projektin nimi");
  if (!code)
    problems.error("no project code: the label 'Projektikoodi' is missing or empty", {
      section: where("project"),
      field: "Projektikoodi",
    });
  else if (!/^[A-Z]{1,2}\d{4,6}$/.test(code))
    problems.error(`'${code}' is not a project code such as S10398`, {
      line: f1.get("Projektikoodi")?.line,
      section: where("project"),
      field: "Projektikoodi",
    });
  if (!name) problems.error("the label 'Projektin nimi' is missing or empty", { field: "Projektin nimi" });
  let fund: "ESF" | "ERDF" = fundWord?.toUpperCase() === "EAKR" ? "ERDF" : "ESF";
  if (!fundWord) {
    fund = code?.startsWith("A") ? "ERDF" : "ESF";
    problems.warning(
      `no fund header ('… rahoittaman projektin kuvaus'); ${fund} assumed from the project code`,
    );
  }
  const s1 = where("project");
  const axis = typed(f1, "Toimintalinja", s1, parseColonNumberedName, problems);
  const period = typed(f1, "Suunnitelman mukainen toteutusaika", s1, (v) => parsePeriod(v), problems);

  // Section 2: the organisation, then its responsible person (both have "Puhelinnumero").
  const implementer = byRole("implementer");
  const split2 = splitAt(implementer?.lines ?? [], (text) => /^Vastuuhenkilön nimi\s*:/.test(text));
  const f2 = read("implementer", LABELS.organisation, split2.before);
  const fContact = read(
    "implementer",
    LABELS.contact,
    [split2.heading, ...split2.after].filter((line) => line !== undefined),
  );
  const businessId = fieldText(f2, "Y-tunnus");
  if (businessId)
    checkId(businessId, f2.get("Y-tunnus")?.line ?? 0, where("implementer"), "Y-tunnus", problems);
  const homePage = f2.get("Projektin kotisivun osoite");
  if (fieldText(f2, "Projektin kotisivun osoite"))
    problems.warning("the project's home page has no place in the record; it is not kept", {
      line: homePage?.line,
      section: where("implementer"),
      field: "Projektin kotisivun osoite",
    });

  // Section 3: area and target groups; a project type without sub-sections describes itself here.
  const area = byRole("area");
  const areaText = area?.lines.some((line) => line.text !== "") ? joinText(area.lines) : null;
  if (areaText && area)
    problems.warning("section 3 has no sub-sections: its text is kept as the project's summary", {
      line: area.lines.find((line) => line.text !== "")?.number,
      section: area.number,
    });
  const f31 = read("geography", LABELS.geography);
  const f34 = read("persons", LABELS.persons);
  const f4 = read("funding", LABELS.funding);
  const euros = (label: string) => typed(f4, label, where("funding"), parseEuros, problems);
  const persons = (label: string) => typed(f34, label, where("persons"), parseStarted, problems);
  const funding = {
    grantedEuState: euros("Myönnetty EU- ja valtion rahoitus"),
    realisedEuState: euros("Toteutunut EU- ja valtion rahoitus"),
    plannedPublicTotal: euros("Suunniteltu julkinen rahoitus yhteensä"),
    realisedPublicTotal: euros("Toteutunut julkinen rahoitus yhteensä"),
  };
  const indicators = {
    companiesPlanned: null,
    companiesRealised: null,
    personsPlanned: persons("Suunniteltu"),
    personsRealised: persons("Toteutunut seurantatietojen mukaan"),
  };

  for (const section of sections.filter(
    (candidate) => !candidate.role && candidate.lines.some((l) => l.text),
  ))
    problems.warning(
      `section ${section.number} '${section.title}' has no place in the record; it is not kept`,
      {
        section: section.number,
      },
    );

  // Cut short: required sections missing after the last one found, or a last value cut mid-way.
  const found = REQUIRED.filter((role) => byRole(role));
  const lastFound = REQUIRED.indexOf(found.at(-1) ?? "project");
  const missing = REQUIRED.filter((role) => !byRole(role));
  for (const role of missing)
    problems.error(`section '${TITLES[role]}' is missing`, {
      partialOk: REQUIRED.indexOf(role) > lastFound,
    });
  const cutInside = markCutShort(lines, problems);
  const missingSections = [
    ...(cutInside ? [sections.findLast((section) => section.lines.includes(cutInside))?.number ?? ""] : []),
    ...missing.map((role) => TITLES[role]),
  ].filter(Boolean);

  const blocking = problems.blocking(options.allowPartial ?? false);
  if (blocking.length > 0 || !code || !name) return { record: null, problems: problems.items };

  const record: ProjectRecord = {
    code,
    fund,
    programmePeriod: "2007-2013",
    sourceLanguage: "fi",
    name,
    priorityAxis: axis,
    specificObjective: null,
    plannedStart: period?.start ?? null,
    plannedEnd: period?.end ?? null,
    status: fieldText(f1, "Toiminnan tila"),
    responsibleAuthority: fieldText(f1, "Vastuuviranomainen"),
    applicant: {
      name: fieldText(f2, "Toteuttajaorganisaation nimi"),
      organisationType: fieldText(f2, "Organisaatiotyyppi"),
      businessId,
      streetAddress: fieldText(f2, "Osoite"),
      postalCode: fieldText(f2, "Postinumero"),
      postOffice: fieldText(f2, "Postitoimipaikka"),
      phone: fieldText(f2, "Puhelinnumero"),
      website: fieldText(f2, "Toteuttajaorganisaation Web-osoite"),
    },
    contact: {
      name: fieldText(fContact, "Vastuuhenkilön nimi"),
      title: fieldText(fContact, "Asema"),
      email: fieldText(fContact, "Sähköposti"),
      phone: fieldText(fContact, "Puhelinnumero"),
    },
    applicantArrangement: null,
    coImplementers: [],
    summary: joinText(byRole("summary")?.lines ?? []) ?? areaText,
    targetGroups: {
      direct: joinText(byRole("direct")?.lines ?? []),
      indirect: joinText(byRole("indirect")?.lines ?? []),
    },
    funding,
    geography: {
      regions: parseList(f31.get("Maakunnat")?.value ?? ""),
      subRegions: parseList(f31.get("Seutukunnat")?.value ?? ""),
      municipalities: parseList(f31.get("Kunnat")?.value ?? ""),
      implementationAddress: null,
    },
    indicators,
    genderEquality: { analysisDone: null, mainstreamed: null, mainGoal: null },
    sustainability: [],
    finalReportSummary: joinText(byRole("finalReport")?.lines ?? []),
    ...(missingSections.length > 0 ? { incomplete: true as const, missingSections } : {}),
  };
  return validateRecord(record, problems);
}
