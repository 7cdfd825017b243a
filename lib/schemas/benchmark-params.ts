/**
 * The "benchmark my plan" form's URL parameters. Unlike the list filters, these are the user's
 * own input, so a bad value is not silently dropped: each field gets a message naming what is
 * wrong. Numbers are read as people type them, in any of the three languages: "150 000",
 * "150000 €", "250,000", "1.234,50", "1,5" (comma decimal).
 */
import { z } from "zod";
import type { Plan } from "../domain/benchmark";

export const BENCHMARK_FIELDS = ["planned", "months", "participants"] as const;
/**
 * The id of what a submission answers with, the errors or the result's heading (never both):
 * the form's address ends in it, so the new page scrolls there and focuses it (RouteFocus).
 */
export const BENCHMARK_ANSWER_ID = "answer";
export type BenchmarkField = (typeof BENCHMARK_FIELDS)[number];
/** The message keys a field can fail with (messages live in the i18n layer). */
export type BenchmarkError = "required" | "notANumber" | "notWhole" | "tooSmall" | "tooLarge";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown) => {
  const single = first(value);
  return typeof single === "string" ? single.trim() : "";
};

/** Thousands grouped by the mark, with an optional decimal part after the other mark. */
const GROUPED_BY = {
  ",": /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/,
  ".": /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/,
};

/**
 * A typed number in JavaScript's notation. The address is shared across languages, so the
 * reading does not depend on the page's: spaces, € and apostrophes go; commas or dots between
 * groups of exactly three digits group thousands ("250,000", "1.234,50"), since no field takes
 * three decimals (euros have two, months and participants none); else a comma is a decimal
 * mark ("1,5"), and anything else is left for the number check to refuse.
 */
function typedNumber(typed: string): string {
  const compact = typed.replace(/[\s\u00a0\u202f€'’]/g, "");
  for (const [mark, pattern] of Object.entries(GROUPED_BY))
    if (pattern.test(compact)) return compact.replaceAll(mark, "").replace(",", ".");
  return compact.replace(",", ".");
}

function numberField(limits: { min: number; max: number; whole: boolean }) {
  return z
    .string()
    .min(1, { error: "required" })
    .transform(typedNumber)
    .pipe(
      z.coerce
        .number<string>({ error: "notANumber" })
        .refine((n) => Number.isFinite(n), { error: "notANumber" })
        .refine((n) => !limits.whole || Number.isInteger(n), { error: "notWhole" })
        .refine((n) => n >= limits.min, { error: "tooSmall" })
        .refine((n) => n <= limits.max, { error: "tooLarge" }),
    );
}

/**
 * Only the budget is required: without participants (or months) the plan still gets every
 * comparison that does not divide by them.
 */
export const REQUIRED_BENCHMARK_FIELDS: readonly BenchmarkField[] = ["planned"];
export const isRequiredBenchmarkField = (field: BenchmarkField) => REQUIRED_BENCHMARK_FIELDS.includes(field);

/** An optional number: an empty field is null, anything typed must be valid. */
const optional = (schema: ReturnType<typeof numberField>) =>
  z.preprocess((value) => (value === "" ? null : value), schema.nullable());

export const BENCHMARK_LIMITS: Record<BenchmarkField, { min: number; max: number; whole: boolean }> = {
  planned: { min: 1000, max: 100_000_000, whole: false },
  months: { min: 1, max: 120, whole: true },
  participants: { min: 1, max: 1_000_000, whole: true },
};

const planSchema = z.object({
  planned: numberField(BENCHMARK_LIMITS.planned),
  months: optional(numberField(BENCHMARK_LIMITS.months)),
  participants: optional(numberField(BENCHMARK_LIMITS.participants)),
});

const optionalChoice = z
  .preprocess((value) => text(value) || undefined, z.string().max(200).optional())
  .catch(undefined);
const comparisonSchema = z.object({
  axis: optionalChoice,
  objective: optionalChoice,
  region: optionalChoice,
});

export interface BenchmarkForm {
  /** What the user typed, to show back in the form. */
  values: Record<BenchmarkField, string>;
  /** Narrowing the comparison: projects of this axis, objective or region only. */
  comparison: z.infer<typeof comparisonSchema>;
  /** True once anything was sent: an empty form shows no errors. */
  submitted: boolean;
  errors: Partial<Record<BenchmarkField, BenchmarkError>>;
  plan: Plan | null;
}

export function parseBenchmarkForm(raw: Record<string, unknown>): BenchmarkForm {
  const values = Object.fromEntries(BENCHMARK_FIELDS.map((field) => [field, text(raw[field])])) as Record<
    BenchmarkField,
    string
  >;
  const comparison = comparisonSchema.parse(raw);
  const submitted = BENCHMARK_FIELDS.some((field) => raw[field] !== undefined);
  const parsed = planSchema.safeParse(values);
  if (parsed.success) {
    const { planned, months, participants } = parsed.data;
    return {
      values,
      comparison,
      submitted,
      errors: {},
      plan: { plannedPublicTotal: planned, months, participants },
    };
  }
  const errors: BenchmarkForm["errors"] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as BenchmarkField;
    errors[field] ??= (issue.message as BenchmarkError) ?? "notANumber";
  }
  return { values, comparison, submitted, errors: submitted ? errors : {}, plan: null };
}
