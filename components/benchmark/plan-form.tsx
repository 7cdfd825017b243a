import { getLocale, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/locale";
import { groupLabel } from "@/lib/i18n/vocabulary";
import type { Choice } from "@/lib/queries/find-comparable-projects";
import {
  BENCHMARK_ANSWER_ID,
  BENCHMARK_FIELDS,
  BENCHMARK_LIMITS,
  isRequiredBenchmarkField,
  type BenchmarkForm,
} from "@/lib/schemas/benchmark-params";

const field = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/**
 * The plan as a GET form: the answer's URL can be shared. Errors are listed first with links to
 * their fields, and each field says what is wrong with it (aria-invalid, aria-describedby).
 */
export async function PlanForm({
  form,
  choices,
}: {
  form: BenchmarkForm;
  choices: { axis: Choice[]; objective: Choice[]; region: Choice[] };
}) {
  const [t, locale] = await Promise.all([getTranslations("benchmark"), getLocale().then(resolveLocale)]);
  const errorFields = BENCHMARK_FIELDS.filter((name) => form.errors[name]);
  const errorText = (name: (typeof BENCHMARK_FIELDS)[number]) =>
    t(`error.${form.errors[name]!}`, {
      field: t(`field.${name}`),
      min: BENCHMARK_LIMITS[name].min,
      max: BENCHMARK_LIMITS[name].max,
    });
  return (
    // A GET form keeps its action's fragment: the answer is where the new page starts.
    <form
      method="get"
      action={`#${BENCHMARK_ANSWER_ID}`}
      className="space-y-4 rounded border border-slate-300 p-4"
      noValidate
    >
      {errorFields.length > 0 && (
        <div className="rounded border-2 border-red-700 p-3" data-testid="error-summary">
          <h2 id={BENCHMARK_ANSWER_ID} tabIndex={-1} className="text-lg">
            {t("errorSummary", { count: errorFields.length })}
          </h2>
          <ul className="list-disc pl-6">
            {errorFields.map((name) => (
              <li key={name}>
                <a href={`#${name}`}>{errorText(name)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-sm text-slate-700">{t("requiredNote")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        {BENCHMARK_FIELDS.map((name) => (
          <div key={name}>
            <label htmlFor={name} className="font-semibold">
              {t(`field.${name}`)}{" "}
              <span
                className={isRequiredBenchmarkField(name) ? "text-red-800" : "font-normal text-slate-700"}
              >
                ({isRequiredBenchmarkField(name) ? t("required") : t("optional")})
              </span>
            </label>
            <p id={`${name}-hint`} className="text-sm text-slate-700">
              {t(`hint.${name}`)}
            </p>
            <input
              id={name}
              name={name}
              type="text"
              inputMode={name === "planned" ? "decimal" : "numeric"}
              defaultValue={form.values[name]}
              required={isRequiredBenchmarkField(name)}
              aria-required={isRequiredBenchmarkField(name) || undefined}
              aria-invalid={form.errors[name] ? true : undefined}
              aria-describedby={form.errors[name] ? `${name}-hint ${name}-error` : `${name}-hint`}
              className={`${field} ${form.errors[name] ? "border-2 border-red-700" : ""}`}
            />
            {form.errors[name] && (
              <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
                {errorText(name)}
              </p>
            )}
          </div>
        ))}
      </div>
      <fieldset>
        <legend className="font-semibold">{t("compareWith")}</legend>
        <div className="mt-1 grid gap-4 sm:grid-cols-3">
          {(["axis", "objective", "region"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="text-sm">
                {t(`field.${name}`)}
              </label>
              <select
                id={`compare-${name}`}
                name={name}
                defaultValue={form.comparison[name] ?? ""}
                className={field}
              >
                <option value="">{t("any")}</option>
                {choices[name].map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {groupLabel(name, choice.value, choice.label, locale).text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("submit")}
      </button>
    </form>
  );
}
