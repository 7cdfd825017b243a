/**
 * The canonical project record: what `npm run parse` prints, what the import stores and what
 * the open-data API serves. This schema is the contract; the types come from it.
 * See docs in README ("The canonical record") and the source format notes.
 */
import { z } from "zod";
import { PROJECT_CODE } from "../domain/project-code";
import { CRITERION_KEYS, SUSTAINABILITY_CATEGORIES } from "../domain/criteria";

/**
 * The database's limits, checked here so that what parse accepts the import also stores:
 * numeric(14,2) euros, int4 counts, and texts a tsvector can index (it refuses ~1 MB).
 */
export const RECORD_LIMITS = {
  /** Euros are numeric(14,2): below 10¹². */
  eurosBelow: 1e12,
  /** Counts are PostgreSQL integers. */
  maxCount: 2 ** 31 - 1,
  /** Characters in one text: far above any real description, safely below the search index's limit. */
  maxTextLength: 200_000,
} as const;

const text = z
  .string()
  .min(1)
  .max(RECORD_LIMITS.maxTextLength, `a text longer than ${RECORD_LIMITS.maxTextLength} characters`)
  .regex(/^[^\u0000]*$/, "a text with a NUL character");
const nullableText = text.nullable();
const isoDate = z.iso.date();
/** Euros as published: whole euros normally, cents allowed. */
const euros = z
  .number()
  .nonnegative()
  .lt(RECORD_LIMITS.eurosBelow, "an amount of 10¹² euros or more, beyond what the registry stores")
  .multipleOf(0.01)
  .nullable();
const count = z
  .number()
  .int()
  .nonnegative()
  .max(RECORD_LIMITS.maxCount, `a count above ${RECORD_LIMITS.maxCount}, beyond what the registry stores`)
  .nullable();
const numberedName = z.object({ number: text, name: nullableText }).nullable();

/** The language the source page was published in; names and free text stay in it. */
export const SOURCE_LANGUAGES = ["fi", "sv", "en"] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];
/** The structural-funds programme period the project belongs to (EURA 2014 or EURA 2007). */
export const PROGRAMME_PERIODS = ["2014-2020", "2007-2013"] as const;
export type ProgrammePeriod = (typeof PROGRAMME_PERIODS)[number];

export const yesNoAnswerSchema = z.object({
  answer: z.boolean().nullable(),
  explanation: nullableText,
});

export const sustainabilityScoreSchema = z.object({
  category: z.enum(SUSTAINABILITY_CATEGORIES),
  criterion: z.enum(CRITERION_KEYS),
  direct: z.number().int().min(0).max(10),
  indirect: z.number().int().min(0).max(10),
  justification: nullableText,
});

export const projectRecordSchema = z
  .object({
    code: z.string().regex(PROJECT_CODE, "a project code such as S21894"),
    fund: z.enum(["ESF", "ERDF"]),
    programmePeriod: z.enum(PROGRAMME_PERIODS),
    sourceLanguage: z.enum(SOURCE_LANGUAGES),
    name: text,
    priorityAxis: numberedName,
    specificObjective: numberedName,
    plannedStart: isoDate.nullable(),
    plannedEnd: isoDate.nullable(),
    status: nullableText,
    responsibleAuthority: nullableText,
    applicant: z.object({
      name: nullableText,
      organisationType: nullableText,
      businessId: nullableText,
      streetAddress: nullableText,
      postalCode: nullableText,
      postOffice: nullableText,
      phone: nullableText,
      website: nullableText,
    }),
    contact: z.object({ name: nullableText, title: nullableText, email: nullableText, phone: nullableText }),
    applicantArrangement: nullableText,
    coImplementers: z.array(z.object({ name: text, businessId: nullableText })),
    summary: nullableText,
    targetGroups: z.object({ direct: nullableText, indirect: nullableText }),
    funding: z.object({
      grantedEuState: euros,
      realisedEuState: euros,
      plannedPublicTotal: euros,
      realisedPublicTotal: euros,
    }),
    geography: z.object({
      regions: z.array(text),
      subRegions: z.array(text),
      municipalities: z.array(text),
      implementationAddress: z
        .object({ streetAddress: nullableText, postalCode: nullableText, postOffice: nullableText })
        .nullable(),
    }),
    indicators: z.object({
      companiesPlanned: count,
      companiesRealised: count,
      personsPlanned: count,
      personsRealised: count,
    }),
    genderEquality: z.object({
      analysisDone: yesNoAnswerSchema.nullable(),
      mainstreamed: yesNoAnswerSchema.nullable(),
      mainGoal: yesNoAnswerSchema.nullable(),
    }),
    sustainability: z.array(sustainabilityScoreSchema).max(15),
    finalReportSummary: nullableText,
    /** Present only on a record parsed with --allow-partial from a document cut short. */
    incomplete: z.literal(true).optional(),
    missingSections: z.array(z.string()).optional(),
  })
  .strict()
  .refine(
    (record) => !record.plannedStart || !record.plannedEnd || record.plannedStart <= record.plannedEnd,
    {
      message: "the planned end date is before the planned start date",
      path: ["plannedEnd"],
    },
  );

export type ProjectRecord = z.infer<typeof projectRecordSchema>;
export type SustainabilityScore = z.infer<typeof sustainabilityScoreSchema>;
export type YesNoAnswer = z.infer<typeof yesNoAnswerSchema>;

/** A project's own web page, recognised as a second kind of document. */
export const webPageItemSchema = z.object({
  kind: z.enum(["pilot", "article", "thesis", "episode", "event", "video"]),
  number: nullableText,
  title: text,
  titleEn: nullableText,
  description: nullableText,
  author: nullableText,
  year: z.number().int().min(1900).max(2100).nullable(),
});

export const webPageRecordSchema = z.object({
  kind: z.literal("projectWebPage"),
  title: text,
  projectCode: z.string().nullable(),
  /** Project names the page mentions, for linking when it names no code. */
  mentionedName: nullableText,
  /** The page's own address when the copy shows it (or given at import), for linking. */
  pageUrl: z.url().nullable(),
  /** The page's own prose paragraphs, in order: what it tells beyond the listed items. */
  narrative: z.array(text),
  items: z.array(webPageItemSchema),
  fullText: text,
});

export type WebPageRecord = z.infer<typeof webPageRecordSchema>;
export type WebPageItem = z.infer<typeof webPageItemSchema>;

/** A web page of a project as the project API shows it: where it came from and what it says. */
export const projectWebPageViewSchema = z.object({
  title: z.string(),
  /** The page's own address, when known. */
  address: z.string().nullable(),
  sourceFile: z.string(),
  /** code (printed on the page), flag (given at import), address or confirmed (by a person). */
  linkedBy: z.string().nullable(),
  narrative: z.array(z.string()),
  items: z.array(webPageItemSchema),
});
export type ProjectWebPageView = z.infer<typeof projectWebPageViewSchema>;

/** `/api/projects/{code}`: the canonical record with what its own web pages tell and list. */
export const projectWithWebPagesSchema = z.intersection(
  projectRecordSchema,
  z.object({ webPages: z.array(projectWebPageViewSchema) }),
);
