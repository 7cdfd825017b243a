import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { DataTable } from "@/components/ui/data-table";
import { placeNames, vocabularyValue } from "@/components/ui/vocabulary-value";
import { formatDate, formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localePath, resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/queries/project-records";
import type { ProjectRecord } from "@/lib/schemas/record";
import {
  compareHref,
  parseCompareCodes,
  projectHref,
  removedFrom,
  searchFields,
  searchHref,
} from "@/lib/search/compare-state";
import { COMPARE_ROWS, compareValue, type CompareValue } from "@/lib/views/compare-view";
import { MAX_COMPARED, parseListState, type RawSearchParams } from "@/lib/search/list-state";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("compare");

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const raw = await searchParams;
  // "add" comes from the add-by-code form; it joins the selection already in "codes".
  const codes = parseCompareCodes(raw);
  // The search the comparison was built in rides along, for the way back to it.
  const search = parseListState(raw);
  const [t, found] = await Promise.all([
    getTranslations("compare"),
    Promise.all(codes.map((code) => getProject(code))),
  ]);
  const records = found.flatMap((project) => (project ? [project.record] : []));
  const unknown = codes.filter((_, index) => !found[index]);
  const euro = (value: number | null) => (value === null ? t("missing") : formatEuro(value, locale));
  const chosen = records.map((record) => record.code);
  const without = (code: string) => compareHref(removedFrom(chosen, code), search);
  const show = (value: CompareValue): ReactNode => {
    switch (value.kind) {
      case "text":
        return value.text === null ? t("missing") : <span lang="fi">{value.text}</span>;
      case "vocabulary":
        return vocabularyValue(value.vocabulary, value.value, locale) ?? t("missing");
      case "places":
        return placeNames("region", value.names, locale) ?? t("missing");
      case "euro":
        return euro(value.value);
      case "rate":
        return value.value === null ? t("missing") : formatPercent(value.value, locale);
      case "dates":
        return [value.start, value.end].map((d) => (d ? formatDate(d, locale) : "?")).join("–");
      case "plannedRealised":
        return `${value.planned ?? "–"} / ${value.realised ?? "–"}`;
      case "averages":
        return [value.direct, value.indirect]
          .map((average) => (average === null ? "–" : formatNumber(average, locale, 1)))
          .join(" / ");
      case "yesNo":
        return value.value ? t("yes") : t("no");
    }
  };
  const rows = COMPARE_ROWS.map((key) => ({
    key,
    label: t(key),
    value: (record: ProjectRecord) => show(compareValue(key, record)),
  }));

  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link href={searchHref(search, chosen)}>{t("backToSearch")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {unknown.length > 0 && (
        <p className="rounded bg-amber-50 p-3">{t("unknown", { codes: unknown.join(", ") })}</p>
      )}
      {records.length < 2 ? (
        <p className="rounded border border-slate-300 p-4">
          {t("tooFew")} <Link href="/projects">{t("search")}</Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-4">
        {records.length < MAX_COMPARED && (
          <form method="get" action={localePath(locale, "/compare")} className="flex items-end gap-2">
            {records.length > 0 && <input type="hidden" name="codes" value={chosen.join(",")} />}
            {searchFields(search).map(([name, value], index) => (
              <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
            ))}
            <label className="text-sm">
              {t("addByCode")}
              <input
                name="add"
                pattern="[A-Za-z]{1,2}[0-9]{4,6}"
                placeholder="S21894"
                className="mt-1 block rounded border border-slate-500 px-2 py-1"
              />
            </label>
            <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-medium text-white">
              {t("addButton")}
            </button>
          </form>
        )}
        <Link href={searchHref(search, chosen)}>{t("pickMore")}</Link>
      </div>
      {records.length > 0 && (
        <DataTable
          caption={t("title")}
          captionHidden
          stickyRowHeaders
          columns={[{ header: t("attribute") }, ...records.map((record) => ({ header: `${record.code}` }))]}
          rows={[
            {
              key: "name",
              header: t("project"),
              cells: records.map((record) => (
                <div key={record.code} className="space-y-1">
                  <Link href={projectHref(record.code, search, chosen)} lang="fi" className="font-semibold">
                    {record.name}
                  </Link>
                  <div>
                    <Link
                      href={without(record.code)}
                      aria-label={t("remove", { name: record.name })}
                      className="text-sm"
                    >
                      {t("removeShort")}
                    </Link>
                  </div>
                </div>
              )),
            },
            ...rows.map((row) => ({
              key: row.key,
              header: row.label,
              cells: records.map((record) => row.value(record)),
            })),
          ]}
        />
      )}
    </div>
  );
}
