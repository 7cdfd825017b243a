/**
 * parseProjectDocument: a EURA 2014 project description (ESF or ERDF, in any language of
 * ./eura2014-languages) → the canonical record, section by section (labels repeat across
 * sections), with every problem located. A copy that lost its headings is read by its labels.
 */
import { PRIORITY_AXES_2014, SPECIFIC_OBJECTIVES_2014 } from "../domain/programme-vocabulary";
import type { ProjectRecord } from "../schemas/record";
import {
  EURA2014_LANGUAGES,
  LABEL_GROUPS,
  LABEL_KEYS,
  labelsOf,
  type Eura2014Language,
  type LabelKey,
} from "./eura2014-languages";
import { readFields, splitAt, warnMissingLabels, type Fields } from "./fields";
import { locateSections, SECTION_IDS, type LocatedSection, type SectionId, type SectionSpec } from "./layout";
import { ProblemList, type Problem } from "./problems";
import { parseGenderEquality, parseSustainability } from "./parse-principles";
import {
  checkId,
  fieldText,
  markCutShort,
  parseCoImplementers,
  typed,
  validateRecord,
  warnLines,
} from "./project-fields";
import { cleanValue, joinText, normaliseHeading, type SourceLine } from "./source-text";
import { parseCount, parseEuros, parseList, parseNumberedName, parsePeriod } from "./values";

export interface ParseOptions {
  /** Accept a document cut short: the record is marked incomplete with its missing sections. */
  allowPartial?: boolean;
}

export interface ProjectParseResult {
  /** The validated record, or null when the document has blocking errors. */
  record: ProjectRecord | null;
  problems: Problem[];
}

const isLabelLine = (text: string, label: string) =>
  text.startsWith(label) && text.slice(label.length).trimStart().startsWith(":");

/** The language of a EURA 2014 description: its title line, or else its project-code label. */
export function eura2014LanguageOf(lines: readonly SourceLine[]): Eura2014Language | undefined {
  for (const table of EURA2014_LANGUAGES)
    if (lines.some((line) => table.header.test(line.text))) return table;
  for (const table of EURA2014_LANGUAGES) {
    const code = labelsOf(table, "code");
    if (lines.some((line) => code.some((label) => isLabelLine(line.text, label)))) return table;
  }
  return undefined;
}

const GROUPS = LABEL_GROUPS;

const ANCHORS: Partial<Record<SectionId, readonly LabelKey[]>> = {
  "1": ["code", "name"],
  "2": ["applicantName", "organisationType", "businessId"],
  "5": GROUPS.funding,
  "6": GROUPS.geography,
  "7.1": GROUPS.indicator,
  "7.2": GROUPS.indicator,
};

/** A language's section layout and label lists, compiled once. */
function compile(table: Eura2014Language) {
  const labels = (keys: readonly LabelKey[]) => keys.flatMap((key) => labelsOf(table, key));
  const specs: SectionSpec[] = SECTION_IDS.map((id) => ({
    id,
    title: table.sections[id],
    anchors:
      id === "8.1"
        ? Object.values(table.genderQuestions)
        : id === "8.2"
          ? [...table.scoreColumnLines, ...Object.values(table.categories)]
          : labels(ANCHORS[id] ?? []),
  }));
  const addressLine = new RegExp(`^(${labels(GROUPS.address).join("|")})\\s*:`);
  const all = new Set(labels(LABEL_KEYS));
  /** Labels known to the document but not to the given group. */
  const elsewhere = (group: readonly LabelKey[]) => {
    const own = new Set(labels(group));
    return new Set([...all].filter((label) => !own.has(label)));
  };
  const others = Object.fromEntries(
    Object.entries(GROUPS).map(([name, keys]) => [name, elsewhere(keys)]),
  ) as unknown as Record<keyof typeof GROUPS, ReadonlySet<string>>;
  return { specs, labels, addressLine, all, others };
}
const COMPILED = new Map<Eura2014Language, ReturnType<typeof compile>>();

/** The label a field was published under (one of its spellings), for reading and locating it. */
const labelIn = (fields: Fields, table: Eura2014Language, key: LabelKey) => {
  const spellings = labelsOf(table, key);
  return spellings.find((label) => fields.has(label)) ?? spellings[0]!;
};

/** A closed-vocabulary value in the canonical language: mapped when certain, else kept and warned. */
function canonical(
  value: string | null,
  vocabulary: Record<string, string> | null,
  where: { section: string; field: string; line?: number },
  table: Eura2014Language,
  problems: ProblemList,
) {
  if (value === null || vocabulary === null) return value;
  const mapped = vocabulary[value];
  if (mapped !== undefined) return mapped;
  problems.warning(
    `'${value}' (${table.language}) has no certain Finnish equivalent; it is kept as published`,
    where,
  );
  return value;
}

export function parseProjectDocument(
  lines: readonly SourceLine[],
  options: ParseOptions = {},
  table: Eura2014Language = EURA2014_LANGUAGES[0]!,
): ProjectParseResult {
  const problems = new ProblemList();
  let layout = COMPILED.get(table);
  if (!layout) COMPILED.set(table, (layout = compile(table)));
  const { specs, labels, addressLine, all, others } = layout;
  const headerIndex = lines.findIndex((line) => table.header.test(line.text));
  const header = lines[headerIndex];
  const fundMatch = header ? table.header.exec(header.text) : null;

  for (const line of lines.slice(0, Math.max(headerIndex, 0))) {
    if (line.text !== "" && !table.preamble.includes(normaliseHeading(line.text))) {
      problems.warning(`unexpected line before the header '${line.text.slice(0, 60)}'`, {
        line: line.number,
      });
    }
  }

  const map = locateSections(lines, headerIndex + 1, specs, problems);
  const get = (id: SectionId): LocatedSection | undefined => map.sections.get(id);
  if (map.byLabel.length > 0)
    problems.warning(
      `no heading for section${map.byLabel.length > 1 ? "s" : ""} ${map.byLabel.join(", ")}: located by ${map.byLabel.length > 1 ? "their" : "its"} labels`,
    );

  // Section 1: the project.
  const s1 = get("1");
  const f1: Fields = s1
    ? readFields(s1.lines, labels(GROUPS.project), "1", problems, others.project)
    : new Map();
  const l1 = (key: LabelKey) => labelIn(f1, table, key);
  if (s1)
    warnMissingLabels(
      f1,
      GROUPS.project.slice(2).map((key) => l1(key)),
      "1",
      problems,
    );
  const codeLabel = l1("code");
  const nameLabel = l1("name");
  const code = fieldText(f1, codeLabel);
  const name = fieldText(f1, nameLabel);
  if (!code)
    problems.error(`no project code: the label '${codeLabel}' is missing or empty`, {
      section: "1",
      field: codeLabel,
    });
  else if (!/^[A-Z]{1,2}\d{4,6}$/.test(code)) {
    problems.error(`'${code}' is not a project code such as S21894`, {
      line: f1.get(codeLabel)?.line,
      section: "1",
      field: codeLabel,
    });
  }
  if (!name)
    problems.error(`the label '${nameLabel}' is missing or empty`, { section: "1", field: nameLabel });

  let fund = fundMatch ? (table.funds[fundMatch[1]?.toUpperCase() ?? ""] ?? null) : null;
  if (!fund) {
    fund = code?.startsWith("A") ? "ERDF" : "ESF";
    problems.warning(
      `no fund header ('${table.sections["1"]}' page title); ${fund} assumed from the project code`,
    );
  }
  const period = typed(
    f1,
    l1("period"),
    "1",
    (value) => parsePeriod(value, table.periodStart, table.periodEnd),
    problems,
  );
  const numbered = (key: "axis" | "objective", names: Readonly<Record<string, string>>) => {
    const parsed = typed(f1, l1(key), "1", parseNumberedName, problems);
    if (!parsed || table.statuses === null) return parsed;
    // Another language: the canonical name by number, or none (the registry keeps its own).
    const known = names[parsed.number] ?? null;
    if (known === null && parsed.name !== null)
      problems.warning(
        `'${parsed.name}' (${table.language}) has no certain Finnish name; only its number ${parsed.number} is kept`,
        { line: f1.get(l1(key))?.line, section: "1", field: l1(key) },
      );
    return { number: parsed.number, name: known };
  };
  const axis = numbered("axis", PRIORITY_AXES_2014);
  const objective = numbered("objective", SPECIFIC_OBJECTIVES_2014);

  // Section 2: applicant, contact and co-implementers.
  const s2 = get("2");
  const split2 = splitAt(s2?.lines ?? [], (line) => table.coImplementers.test(line));
  const f2 = readFields(split2.before, labels(GROUPS.applicant), "2", problems, others.applicant);
  const l2 = (key: LabelKey) => labelIn(f2, table, key);
  const t2 = (key: LabelKey) => fieldText(f2, l2(key));
  if (s2)
    warnMissingLabels(
      f2,
      GROUPS.applicant.slice(0, 3).map((key) => l2(key)),
      "2",
      problems,
    );
  const businessId = t2("businessId");
  if (businessId) checkId(businessId, f2.get(l2("businessId"))?.line ?? 0, "2", l2("businessId"), problems);

  // Section 5: funding.
  const s5 = get("5");
  const f5: Fields = s5
    ? readFields(s5.lines, labels(GROUPS.funding), "5", problems, others.funding)
    : new Map();
  if (s5)
    warnMissingLabels(
      f5,
      GROUPS.funding.map((key) => labelIn(f5, table, key)),
      "5",
      problems,
    );
  const euros = (key: LabelKey) => typed(f5, labelIn(f5, table, key), "5", parseEuros, problems);
  const funding = {
    grantedEuState: euros("grantedEuState"),
    realisedEuState: euros("realisedEuState"),
    plannedPublicTotal: euros("plannedPublicTotal"),
    realisedPublicTotal: euros("realisedPublicTotal"),
  };

  // Section 6: geography, then the implementation address under its own sub-heading.
  const s6 = get("6");
  const split6 = splitAt(s6?.lines ?? [], (line) => normaliseHeading(line) === table.implementationAddress);
  const hasAddressHeading = split6.heading !== undefined;
  const isAddressLine = (line: SourceLine) => addressLine.test(line.text);
  const f6 = readFields(
    hasAddressHeading ? split6.before : split6.before.filter((l) => !isAddressLine(l)),
    labels(GROUPS.geography),
    "6",
    problems,
  );
  const fAddress = readFields(
    hasAddressHeading ? split6.after : split6.before.filter(isAddressLine),
    labels(GROUPS.address),
    "6",
    problems,
  );
  const address = {
    streetAddress: fieldText(fAddress, labelIn(fAddress, table, "streetAddress")),
    postalCode: fieldText(fAddress, labelIn(fAddress, table, "postalCode")),
    postOffice: fieldText(fAddress, labelIn(fAddress, table, "postOffice")),
  };
  const list = (key: LabelKey) => parseList(f6.get(labelIn(f6, table, key))?.value ?? "");

  // Section 7: monitoring indicators.
  const indicators = (id: SectionId) => {
    const section = get(id);
    const fields: Fields = section
      ? readFields(section.lines, labels(GROUPS.indicator), id, problems)
      : new Map();
    return {
      planned: typed(fields, labelIn(fields, table, "planned"), id, parseCount, problems),
      realised: typed(fields, labelIn(fields, table, "realised"), id, parseCount, problems),
    };
  };
  const companies = indicators("7.1");
  const persons = indicators("7.2");

  // Parent headings carry no content of their own.
  for (const id of ["4", "7", "8"] as const) warnLines(get(id)?.lines ?? [], id, problems);

  // The document was cut short when sections are missing after the last one found.
  const order = (id: string | undefined) => SECTION_IDS.findIndex((section) => section === id);
  const endsInside = map.missing.some((id) => order(id) > order(map.last)) ? map.last : undefined;
  const gender = parseGenderEquality(get("8.1"), problems, endsInside === "8.1", table);
  const sustainability = parseSustainability(get("8.2"), problems, endsInside === "8.2", table);

  const missingSections = [...map.missing];
  if (
    endsInside &&
    (gender.incomplete || sustainability.incomplete) &&
    !missingSections.includes(endsInside)
  ) {
    missingSections.unshift(endsInside);
  }
  for (const id of map.missing) {
    // Partial means the document ends early: a section missing before the last one found is
    // missing from the middle, and that no --allow-partial accepts.
    const cutOff = order(id) > order(map.last);
    problems.error(
      `section ${id} '${table.sections[id]}' is missing${cutOff ? ` (the document ends in section ${endsInside})` : ` (section ${map.last} comes later)`}`,
      { section: id, partialOk: cutOff },
    );
  }

  const coImplementers = parseCoImplementers(split2.after, split2.heading?.text ?? "", problems, all);
  // A document that ends early may end inside its last value ("137 5").
  if (endsInside && markCutShort(lines, problems) && !missingSections.includes(endsInside))
    missingSections.unshift(endsInside);
  const blocking = problems.blocking(options.allowPartial ?? false);
  if (blocking.length > 0 || !code || !name) return { record: null, problems: problems.items };

  const vocabulary = (
    key: LabelKey,
    fields: Fields,
    section: string,
    values: Record<string, string> | null,
  ) => {
    const label = labelIn(fields, table, key);
    const where = { section, field: label, line: fields.get(label)?.line };
    return canonical(cleanValue(fields.get(label)?.value), values, where, table, problems);
  };

  return validateRecord(
    {
      code,
      fund,
      programmePeriod: "2014-2020",
      sourceLanguage: table.language,
      name,
      priorityAxis: axis,
      specificObjective: objective,
      plannedStart: period?.start ?? null,
      plannedEnd: period?.end ?? null,
      status: vocabulary("status", f1, "1", table.statuses),
      responsibleAuthority: fieldText(f1, l1("authority")),
      applicant: {
        name: t2("applicantName"),
        organisationType: vocabulary("organisationType", f2, "2", table.organisationTypes),
        businessId,
        streetAddress: t2("streetAddress"),
        postalCode: t2("postalCode"),
        postOffice: t2("postOffice"),
        phone: t2("phone"),
        website: t2("website"),
      },
      contact: {
        name: t2("contactName"),
        title: t2("contactTitle"),
        email: t2("contactEmail"),
        phone: t2("contactPhone"),
      },
      applicantArrangement: t2("arrangement"),
      coImplementers,
      summary: joinText(get("3")?.lines ?? []),
      targetGroups: {
        direct: joinText(get("4.1")?.lines ?? []),
        indirect: joinText(get("4.2")?.lines ?? []),
      },
      funding,
      geography: {
        regions: list("regions"),
        subRegions: list("subRegions"),
        municipalities: list("municipalities"),
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
    },
    problems,
  );
}
