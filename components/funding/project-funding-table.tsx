import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Cell, type Column } from "@/components/ui/data-table";
import { absorptionRate } from "@/lib/domain/funding";
import { formatEuro, formatPercent } from "@/lib/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export interface ProjectFundingRow {
  code: string;
  name: string;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
  /** Cells after planned, realised and absorption, one per extra column. */
  extra?: Cell[];
}

/** Projects with their planned and realised public funding and absorption, each linking to its page. */
export async function ProjectFundingTable({
  caption,
  testId,
  rows,
  extraColumns = [],
}: {
  caption: string;
  testId: string;
  rows: ProjectFundingRow[];
  extraColumns?: Column[];
}) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale() as Promise<Locale>]);
  return (
    <DataTable
      caption={caption}
      captionHidden
      testId={testId}
      columns={[
        { header: t("project") },
        { header: t("planned"), numeric: true },
        { header: t("realised"), numeric: true },
        { header: t("absorption"), numeric: true },
        ...extraColumns,
      ]}
      rows={rows.map((row) => {
        const share = absorptionRate(row.plannedPublicTotal, row.realisedPublicTotal);
        return {
          key: row.code,
          header: {
            href: getPathname({ href: `/projects/${row.code}`, locale }),
            lead: row.code,
            text: row.name,
            lang: "fi",
          },
          cells: [
            formatEuro(row.plannedPublicTotal, locale),
            formatEuro(row.realisedPublicTotal, locale),
            share === null ? "–" : formatPercent(share, locale),
            ...(row.extra ?? []),
          ],
        };
      })}
    />
  );
}
