import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { DataTable } from "@/components/ui/data-table";
import { absorptionRate } from "@/lib/domain/funding";
import { formatDate, formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localePath, resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/queries/project-records";
import type { ProjectRecord } from "@/lib/schemas/record";
import { compareCodesSchema, MAX_COMPARED, type RawSearchParams } from "@/lib/schemas/search-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("compare");

const average = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const raw = await searchParams;
  // "add" comes from the add-by-code form; it joins the selection already in "codes".
  const codes = compareCodesSchema.parse([raw.codes, raw.add].flat().filter(Boolean).join(","));
  const [t, found] = await Promise.all([
    getTranslations("compare"),
    Promise.all(codes.map((code) => getProject(code))),
  ]);
  const records = found.flatMap((project) => (project ? [project.record] : []));
  const unknown = codes.filter((_, index) => !found[index]);
  const euro = (value: number | null) => (value === null ? t("missing") : formatEuro(value, locale));
  const pair = (a: number | null, b: number | null) => `${a ?? "–"} / ${b ?? "–"}`;
  const without = (code: string) => {
    const rest = records.map((record) => record.code).filter((other) => other !== code);
    return rest.length ? `/compare?codes=${rest.join(",")}` : "/compare";
  };
  const rows: { key: string; label: string; value: (record: ProjectRecord) => string }[] = [
    {
      key: "period",
      label: t("period"),
      value: (r) => [r.plannedStart, r.plannedEnd].map((d) => (d ? formatDate(d, locale) : "?")).join("–"),
    },
    { key: "status", label: t("status"), value: (r) => r.status ?? t("missing") },
    { key: "authority", label: t("authority"), value: (r) => r.responsibleAuthority ?? t("missing") },
    { key: "regions", label: t("regions"), value: (r) => r.geography.regions.join(", ") || t("missing") },
    { key: "planned", label: t("planned"), value: (r) => euro(r.funding.plannedPublicTotal) },
    { key: "realised", label: t("realised"), value: (r) => euro(r.funding.realisedPublicTotal) },
    {
      key: "absorption",
      label: t("absorption"),
      value: (r) => {
        const rate = absorptionRate(r.funding.plannedPublicTotal, r.funding.realisedPublicTotal);
        return rate === null ? t("missing") : formatPercent(rate, locale);
      },
    },
    {
      key: "companies",
      label: t("companies"),
      value: (r) => pair(r.indicators.companiesPlanned, r.indicators.companiesRealised),
    },
    {
      key: "persons",
      label: t("persons"),
      value: (r) => pair(r.indicators.personsPlanned, r.indicators.personsRealised),
    },
    {
      key: "sustainability",
      label: t("sustainability"),
      value: (r) =>
        [average(r.sustainability.map((s) => s.direct)), average(r.sustainability.map((s) => s.indirect))]
          .map((value) => (value === null ? "–" : formatNumber(value, locale, 1)))
          .join(" / "),
    },
    {
      key: "finalReport",
      label: t("finalReport"),
      value: (r) => (r.finalReportSummary ? t("yes") : t("no")),
    },
    {
      key: "targetGroups",
      label: t("targetGroups"),
      value: (r) =>
        r.targetGroups.direct
          ? `${r.targetGroups.direct.slice(0, 160)}${r.targetGroups.direct.length > 160 ? "…" : ""}`
          : t("missing"),
    },
  ];

  return (
    <div className="space-y-6">
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
            {records.length > 0 && (
              <input type="hidden" name="codes" value={records.map((r) => r.code).join(",")} />
            )}
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
        <Link
          href={records.length ? `/projects?compare=${records.map((r) => r.code).join(",")}` : "/projects"}
        >
          {t("pickMore")}
        </Link>
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
                  <Link href={`/projects/${record.code}`} lang="fi" className="font-semibold">
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
