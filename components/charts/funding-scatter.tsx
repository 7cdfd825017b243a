import { getLocale, getTranslations } from "next-intl/server";
import { absorptionRate } from "@/lib/domain/funding";
import { formatEuro, formatPercent } from "@/lib/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { FundingPoint } from "@/lib/queries/get-funding-breakdowns";
import { FundingScatterDrawing } from "./funding-scatter-drawing";
import { drawnAxis, placeOf, valueAxis } from "./value-axis";

/**
 * The scatter of planned against realised public funding and its table: formatted and placed
 * here, drawn by FundingScatterDrawing from those few figures per project.
 */
export async function FundingScatter({ points }: { points: FundingPoint[] }) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale() as Promise<Locale>]);
  const axis = valueAxis(
    "euro",
    locale,
    false,
    Math.max(1, ...points.flatMap((point) => [point.plannedPublicTotal, point.realisedPublicTotal])),
  );
  const max = axis.domain[1];
  return (
    <FundingScatterDrawing
      axis={drawnAxis(axis)}
      points={points.map((point) => {
        const share = absorptionRate(point.plannedPublicTotal, point.realisedPublicTotal);
        return {
          code: point.code,
          name: point.name,
          href: getPathname({ href: `/projects/${point.code}`, locale }),
          planned: formatEuro(point.plannedPublicTotal, locale),
          realised: formatEuro(point.realisedPublicTotal, locale),
          rate: share === null ? "–" : formatPercent(share, locale),
          x: placeOf(point.plannedPublicTotal, max),
          y: placeOf(max - point.realisedPublicTotal, max),
        };
      })}
      words={{
        planned: t("planned"),
        realised: t("realised"),
        line: t("scatterLine"),
        project: t("project"),
        absorption: t("absorption"),
        table: t("scatterTable"),
        caption: t("scatter"),
      }}
    />
  );
}
