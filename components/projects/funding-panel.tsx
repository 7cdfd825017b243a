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
      <table className="w-full max-w-xl border-collapse text-sm">
        <caption className="text-left font-semibold">{t("indicators")}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th scope="col" className="py-1">
              {t("indicator")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("planned")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("realised")}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200">
            <th scope="row" className="py-1 text-left font-medium">
              {t("companies")}
            </th>
            <td className="py-1 text-right">{count(i.companiesPlanned)}</td>
            <td className="py-1 text-right">{count(i.companiesRealised)}</td>
          </tr>
          <tr className="border-b border-slate-200">
            <th scope="row" className="py-1 text-left font-medium">
              {t("persons")}
            </th>
            <td className="py-1 text-right">{count(i.personsPlanned)}</td>
            <td className="py-1 text-right">{count(i.personsRealised)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
