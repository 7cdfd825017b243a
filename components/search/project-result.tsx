import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectListItem } from "@/lib/queries/find-projects";
import { placeNames } from "@/components/ui/vocabulary-value";
import { CompareControl } from "./compare-control";
import { FundingBar } from "./funding-bar";
import { HighlightedSnippet } from "./highlighted-snippet";

export async function ProjectResult({
  item,
  locale,
  href,
  compareHref,
  removeHref = null,
  inComparison,
  comparedCount = 0,
}: {
  item: ProjectListItem;
  locale: Locale;
  /** The project's page, carrying the search and the selection (lib/search/compare-state). */
  href: string;
  /** Where "Add to comparison" leads; null when it cannot be added. */
  compareHref: string | null;
  /** Where "Remove" leads once it is in the comparison. */
  removeHref?: string | null;
  inComparison: boolean;
  /** How many projects the comparison holds, for the announcement of a change. */
  comparedCount?: number;
}) {
  const [t, tc] = await Promise.all([getTranslations("projects"), getTranslations("compare")]);
  const period = [item.plannedStart, item.plannedEnd]
    .map((date) => (date ? formatDate(date, locale) : "?"))
    .join("–");
  return (
    <article className="rounded-lg border border-slate-300 p-4" aria-labelledby={`result-${item.code}`}>
      <h3 id={`result-${item.code}`} className="text-lg font-semibold">
        <Link href={href} lang="fi">
          {item.name}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        <span className="font-mono">{item.code}</span> · {t("applicant")}:{" "}
        <span lang="fi">{item.applicantName ?? "–"}</span> · {t("period")}: {period}
        {item.regions.length > 0 && (
          <>
            {" "}
            · {t("regions")}: {placeNames("region", item.regions, locale)}
          </>
        )}
        {item.incomplete && (
          <>
            {" "}
            · <strong>{t("incomplete")}</strong>
          </>
        )}
      </p>
      <div className="mt-2">
        <FundingBar
          planned={item.plannedPublicTotal}
          realised={item.realisedPublicTotal}
          locale={locale}
          labels={{ planned: t("planned"), realised: t("realised"), notReported: t("notReported") }}
        />
      </div>
      <p className="mt-2 text-sm">
        <CompareControl
          id={`compare-${item.code}`}
          name={item.name}
          inComparison={inComparison}
          addHref={compareHref}
          removeHref={removeHref}
          labels={{
            add: tc("add"),
            added: tc("added"),
            remove: tc("removeShort"),
            removeLabel: tc("remove", { name: item.name }),
            announcement: inComparison
              ? tc("addedAnnouncement", { name: item.name, count: comparedCount })
              : tc("removedAnnouncement", { name: item.name, count: comparedCount }),
          }}
        />
      </p>
      {item.snippet && (
        <div className="mt-2">
          <HighlightedSnippet snippet={item.snippet} />
        </div>
      )}
    </article>
  );
}
