/**
 * parseProjectDocument: a EURA 2014 project description (ESF or ERDF) → the canonical record,
 * section by section (labels repeat across sections), with every problem located.
 */
import { checkBusinessId } from "../domain/business-id";
import { projectRecordSchema, type ProjectRecord } from "../schemas/record";
import { readFields, splitAt, warnMissingLabels, type Fields } from "./fields";
import { locateSections, SECTIONS, type LocatedSection, type SectionId } from "./layout";
import { ProblemList, type Problem } from "./problems";
import { parseGenderEquality, parseSustainability } from "./parse-principles";
import { cleanValue, joinText, normaliseHeading, type SourceLine } from "./source-text";
import { parseCount, parseEuros, parseList, parseNumberedName, parsePeriod, type Parsed } from "./values";

export interface ParseOptions {
  /** Accept a document cut short: the record is marked incomplete with its missing sections. */
  allowPartial?: boolean;
}

export interface ProjectParseResult {
  /** The validated record, or null when the document has blocking errors. */
  record: ProjectRecord | null;
  problems: Problem[];
}

const HEADER = /(sosiaalirahaston|aluekehitysrahaston)\s*\((ESR|EAKR)\)\s*rahoittaman\s+hankkeen\s+kuvaus/i;
const PREAMBLE = new Set(["euroopan unioni vipuvoimaa eu:lta", "euroopan unioni", "vipuvoimaa eu:lta"]);

export function isProjectDescription(lines: readonly SourceLine[]): boolean {
  return (
    lines.some((line) => HEADER.test(line.text)) || lines.some((line) => /^Hankekoodi\s*:/.test(line.text))
  );
}

const LABELS = {
  project: [
    "Hankekoodi",
    "Hankkeen nimi",
    "Toimintalinja",
    "Erityistavoite",
    "Suunnitelman mukainen toteutusaika",
    "Toiminnan tila",
    "Vastuuviranomainen",
  ],
  applicant: [
    "Hakijan virallinen nimi",
    "Organisaatiotyyppi",
    "Y-tunnus",
    "Jakeluosoite",
    "Puhelinnumero",
    "Postinumero",
    "Postitoimipaikka",
    "WWW-osoite",
    "Hankkeen yhteyshenkilön nimi",
    "Yhteyshenkilön asema hakijaorganisaatiossa",
    "Yhteyshenkilön sähköpostisoite",
    "Yhteyshenkilön puhelinnumero",
    "Hakijoiden lukumäärä tai tuen siirto -menettely",
  ],
  funding: [
    "Myönnetty EU- ja valtion rahoitus",
    "Toteutunut EU- ja valtion rahoitus",
    "Suunniteltu julkinen rahoitus yhteensä",
    "Toteutunut julkinen rahoitus yhteensä",
  ],
  geography: ["Maakunnat", "Seutukunnat", "Kunnat"],
  address: ["Jakeluosoite", "Postinumero", "Postitoimipaikka"],
  indicator: ["Suunniteltu", "Toteutunut seurantatietojen mukaan"],
} as const;

const CO_IMPLEMENTERS = /^Osatoteuttajat\s*:?$/;
const IMPLEMENTATION_ADDRESS = "toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa";

type Section = LocatedSection | undefined;

/** Reads a typed value; a bad value is an error located at its line. */
function typed<T>(
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

const text = (fields: Fields, label: string) => cleanValue(fields.get(label)?.value);

function warnLines(lines: readonly SourceLine[], section: string, problems: ProblemList) {
  for (const line of lines) {
    if (line.text !== "")
      problems.warning(`unexpected extra line '${line.text.slice(0, 60)}'`, { line: line.number, section });
  }
}

function parseCoImplementers(lines: readonly SourceLine[], problems: ProblemList) {
  return lines
    .filter((line) => line.text !== "")
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
      checkId(tail, line.number, "2", "Osatoteuttajat", problems);
      return { name: line.text.slice(0, comma).trim(), businessId: tail };
    });
}

function checkId(id: string, line: number, section: string, field: string, problems: ProblemList) {
  const check = checkBusinessId(id);
  if (check === "badFormat") {
    problems.warning(`'${id}' is not a business ID of the form 1234567-8`, { line, section, field });
  } else if (check === "badCheckDigit") {
    problems.warning(`business ID '${id}' has a wrong check digit`, { line, section, field });
  }
}

export function parseProjectDocument(
  lines: readonly SourceLine[],
  options: ParseOptions = {},
): ProjectParseResult {
  const problems = new ProblemList();
  const headerIndex = lines.findIndex((line) => HEADER.test(line.text));
  const header = lines[headerIndex];
  const fundMatch = header ? HEADER.exec(header.text) : null;

  for (const line of lines.slice(0, Math.max(headerIndex, 0))) {
    if (line.text !== "" && !PREAMBLE.has(normaliseHeading(line.text))) {
      problems.warning(`unexpected line before the header '${line.text.slice(0, 60)}'`, {
        line: line.number,
      });
    }
  }

  const map = locateSections(lines, headerIndex + 1, problems);
  const get = (id: SectionId): Section => map.sections.get(id);

  // Section 1: the project.
  const s1 = get("1");
  const f1 = s1 ? readFields(s1.lines, LABELS.project, "1", problems) : new Map();
  if (s1) warnMissingLabels(f1, LABELS.project.slice(2), "1", problems);
  const code = text(f1, "Hankekoodi");
  const name = text(f1, "Hankkeen nimi");
  if (!code)
    problems.error("no project code: the label 'Hankekoodi' is missing or empty", {
      section: "1",
      field: "Hankekoodi",
    });
  else if (!/^[A-Z]{1,2}\d{4,6}$/.test(code)) {
    problems.error(`'${code}' is not a project code such as S21894`, {
      line: f1.get("Hankekoodi")?.line,
      section: "1",
      field: "Hankekoodi",
    });
  }
  if (!name)
    problems.error("the label 'Hankkeen nimi' is missing or empty", { section: "1", field: "Hankkeen nimi" });

  let fund: "ESF" | "ERDF" | null = fundMatch
    ? fundMatch[2]?.toUpperCase() === "EAKR"
      ? "ERDF"
      : "ESF"
    : null;
  if (!fund) {
    fund = code?.startsWith("A") ? "ERDF" : "ESF";
    problems.warning(
      `no fund header ('Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus'); ${fund} assumed from the project code`,
    );
  }
  const period = typed(f1, "Suunnitelman mukainen toteutusaika", "1", parsePeriod, problems);
  const axis = typed(f1, "Toimintalinja", "1", parseNumberedName, problems);
  const objective = typed(f1, "Erityistavoite", "1", parseNumberedName, problems);

  // Section 2: applicant, contact and co-implementers.
  const s2 = get("2");
  const split2 = splitAt(s2?.lines ?? [], (line) => CO_IMPLEMENTERS.test(line));
  const f2 = readFields(split2.before, LABELS.applicant, "2", problems);
  if (s2) warnMissingLabels(f2, LABELS.applicant.slice(0, 3), "2", problems);
  const businessId = text(f2, "Y-tunnus");
  if (businessId) checkId(businessId, f2.get("Y-tunnus")?.line ?? 0, "2", "Y-tunnus", problems);

  // Section 5: funding.
  const s5 = get("5");
  const f5 = s5 ? readFields(s5.lines, LABELS.funding, "5", problems) : new Map();
  if (s5) warnMissingLabels(f5, LABELS.funding, "5", problems);
  const euros = (label: string) => typed(f5, label, "5", parseEuros, problems);
  const funding = {
    grantedEuState: euros("Myönnetty EU- ja valtion rahoitus"),
    realisedEuState: euros("Toteutunut EU- ja valtion rahoitus"),
    plannedPublicTotal: euros("Suunniteltu julkinen rahoitus yhteensä"),
    realisedPublicTotal: euros("Toteutunut julkinen rahoitus yhteensä"),
  };

  // Section 6: geography, then the implementation address under its own sub-heading.
  const s6 = get("6");
  const split6 = splitAt(s6?.lines ?? [], (line) => normaliseHeading(line) === IMPLEMENTATION_ADDRESS);
  const hasAddressHeading = split6.heading !== undefined;
  const f6 = readFields(
    hasAddressHeading ? split6.before : split6.before.filter((l) => !isAddressLine(l)),
    LABELS.geography,
    "6",
    problems,
  );
  const fAddress = readFields(
    hasAddressHeading ? split6.after : split6.before.filter(isAddressLine),
    LABELS.address,
    "6",
    problems,
  );
  const address = {
    streetAddress: text(fAddress, "Jakeluosoite"),
    postalCode: text(fAddress, "Postinumero"),
    postOffice: text(fAddress, "Postitoimipaikka"),
  };

  // Section 7: monitoring indicators.
  const indicators = (id: SectionId) => {
    const section = get(id);
    const fields = section ? readFields(section.lines, LABELS.indicator, id, problems) : new Map();
    return {
      planned: typed(fields, "Suunniteltu", id, parseCount, problems),
      realised: typed(fields, "Toteutunut seurantatietojen mukaan", id, parseCount, problems),
    };
  };
  const companies = indicators("7.1");
  const persons = indicators("7.2");

  // Parent headings carry no content of their own.
  for (const id of ["4", "7", "8"] as const) warnLines(get(id)?.lines ?? [], id, problems);

  // The document was cut short when sections are missing after the last one found.
  const order = (id: string | undefined) => SECTIONS.findIndex((section) => section.id === id);
  const endsInside = map.missing.some((id) => order(id) > order(map.last)) ? map.last : undefined;
  const gender = parseGenderEquality(get("8.1"), problems, endsInside === "8.1");
  const sustainability = parseSustainability(get("8.2"), problems, endsInside === "8.2");

  const missingSections = [...map.missing];
  if (
    endsInside &&
    (gender.incomplete || sustainability.incomplete) &&
    !missingSections.includes(endsInside)
  ) {
    missingSections.unshift(endsInside);
  }
  for (const id of map.missing) {
    const section = SECTIONS.find((candidate) => candidate.id === id)?.title;
    problems.error(
      `section ${id} '${section}' is missing${endsInside ? ` (the document ends in section ${endsInside})` : ""}`,
      {
        section: id,
        partialOk: true,
      },
    );
  }

  const coImplementers = parseCoImplementers(split2.after, problems);
  const blocking = problems.blocking(options.allowPartial ?? false);
  if (blocking.length > 0 || !code || !name) return { record: null, problems: problems.items };

  const candidate: ProjectRecord = {
    code,
    fund,
    name,
    priorityAxis: axis,
    specificObjective: objective,
    plannedStart: period?.start ?? null,
    plannedEnd: period?.end ?? null,
    status: text(f1, "Toiminnan tila"),
    responsibleAuthority: text(f1, "Vastuuviranomainen"),
    applicant: {
      name: text(f2, "Hakijan virallinen nimi"),
      organisationType: text(f2, "Organisaatiotyyppi"),
      businessId,
      streetAddress: text(f2, "Jakeluosoite"),
      postalCode: text(f2, "Postinumero"),
      postOffice: text(f2, "Postitoimipaikka"),
      phone: text(f2, "Puhelinnumero"),
      website: text(f2, "WWW-osoite"),
    },
    contact: {
      name: text(f2, "Hankkeen yhteyshenkilön nimi"),
      title: text(f2, "Yhteyshenkilön asema hakijaorganisaatiossa"),
      email: text(f2, "Yhteyshenkilön sähköpostisoite"),
      phone: text(f2, "Yhteyshenkilön puhelinnumero"),
    },
    applicantArrangement: text(f2, "Hakijoiden lukumäärä tai tuen siirto -menettely"),
    coImplementers,
    summary: joinText(get("3")?.lines ?? []),
    targetGroups: { direct: joinText(get("4.1")?.lines ?? []), indirect: joinText(get("4.2")?.lines ?? []) },
    funding,
    geography: {
      regions: parseList(f6.get("Maakunnat")?.value ?? ""),
      subRegions: parseList(f6.get("Seutukunnat")?.value ?? ""),
      municipalities: parseList(f6.get("Kunnat")?.value ?? ""),
      implementationAddress: Object.values(address).some((value) => value !== null) ? address : null,
    },
    indicators: {
      companiesPlanned: companies.planned,
      companiesRealised: companies.realised,
      personsPlanned: persons.planned,
      personsRealised: persons.realised,
    },
    genderEquality: gender.answers,
    sustainability: sustainability.scores,
    finalReportSummary: joinText(get("9")?.lines ?? []),
    ...(missingSections.length > 0 ? { incomplete: true as const, missingSections } : {}),
  };

  const validated = projectRecordSchema.safeParse(candidate);
  if (!validated.success) {
    for (const issue of validated.error.issues) {
      problems.error(`${issue.path.join(".")}: ${issue.message}`);
    }
    return { record: null, problems: problems.items };
  }
  return { record: validated.data, problems: problems.items };
}

function isAddressLine(line: SourceLine): boolean {
  return /^(Jakeluosoite|Postinumero|Postitoimipaikka)\s*:/.test(line.text);
}
