import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/ui/definition-list";
import { absorptionRate, fundingDifference } from "@/lib/domain/funding";
import { formatEuro, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectRecord } from "@/lib/schemas/record";

export async function FundingPanel({ record, locale }: { record: ProjectRecord; locale: Locale }) {
  const t = await getTranslations("project");
  const f = record.funding;
  const euro = (value: number | null) => (value === null ? null : formatEuro(value, locale));
  const rate = absorptionRate(f.plannedPublicTotal, f.realisedPublicTotal);
  const difference = fundingDifference(f.plannedPublicTotal, f.realisedPublicTotal);
  const i = record.indicators;
  const count = (value: number | null) => (value === null ? t("missing") : value);
  return (
    <section aria-labelledby="funding-heading" className="space-y-4">
      <h2 id="funding-heading">{t("funding")}</h2>
      <DefinitionList
        missing={t("missing")}
        items={[
          { label: t("granted"), value: euro(f.grantedEuState) },
          { label: t("realisedEuState"), value: euro(f.realisedEuState) },
          { label: t("plannedPublic"), value: euro(f.plannedPublicTotal) },
          { label: t("realisedPublic"), value: euro(f.realisedPublicTotal) },
          {
            label: t("absorption"),
            value: rate === null ? null : <strong>{formatPercent(rate, locale)}</strong>,
          },
          { label: t("difference"), value: euro(difference) },
        ]}
      />
      <div className="max-w-xl">
        <DataTable
          caption={t("indicators")}
          columns={[
            { header: t("indicator") },
            { header: t("planned"), numeric: true },
            { header: t("realised"), numeric: true },
          ]}
          rows={[
            {
              key: "companies",
              header: t("companies"),
              cells: [count(i.companiesPlanned), count(i.companiesRealised)],
            },
            {
              key: "persons",
              header: t("persons"),
              cells: [count(i.personsPlanned), count(i.personsRealised)],
            },
          ]}
        />
      </div>
    </section>
  );
}
