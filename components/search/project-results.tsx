import { getTranslations } from "next-intl/server";
import { barShare } from "@/lib/domain/funding";
import { formatDate, formatEuro } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { placeLabel } from "@/lib/i18n/vocabulary/places";
import type { ProjectListItem } from "@/lib/queries/find-projects";
import { matchParts } from "@/lib/queries/match-highlights";
import { ResultList } from "./result-list";

/** Where a result's links lead, from the page's search and comparison state. */
export interface ResultLinks {
  href: string;
  /** Where "Add to comparison" leads; null when it cannot be added. */
  addHref: string | null;
  /** Where "Remove" leads once it is in the comparison. */
  removeHref: string | null;
  inComparison: boolean;
}

/** A page of search results: formatted here, drawn by ResultList from that data. */
export async function ProjectResults({
  items,
  locale,
  links,
  comparedCount,
}: {
  items: ProjectListItem[];
  locale: Locale;
  links: (code: string) => ResultLinks;
  /** How many projects the comparison holds, for the announcement of a change. */
  comparedCount: number;
}) {
  const [t, tc] = await Promise.all([getTranslations("projects"), getTranslations("compare")]);
  const euro = (label: string, value: number | null) =>
    `${label}: ${value === null ? t("notReported") : formatEuro(value, locale)}`;
  return (
    <ResultList
      words={{
        applicant: t("applicant"),
        period: t("period"),
        regions: t("regions"),
        incomplete: t("incomplete"),
        add: tc("add"),
        added: tc("added"),
        remove: tc("removeShort"),
      }}
      cards={items.map((item) => {
        const { href, addHref, removeHref, inComparison } = links(item.code);
        const name = item.name;
        return {
          code: item.code,
          name,
          nameParts: item.nameHighlight ? matchParts(item.nameHighlight) : null,
          href,
          applicant: item.applicantName ?? "–",
          period: [item.plannedStart, item.plannedEnd]
            .map((date) => (date ? formatDate(date, locale) : "?"))
            .join("–"),
          regions: item.regions.map((region) => placeLabel("region", region, locale)),
          incomplete: item.incomplete,
          funding: {
            share: barShare(item.plannedPublicTotal, item.realisedPublicTotal),
            planned: euro(t("planned"), item.plannedPublicTotal),
            realised: euro(t("realised"), item.realisedPublicTotal),
          },
          compare: {
            inComparison,
            addHref,
            removeHref,
            removeLabel: tc("remove", { name }),
            announcement: inComparison
              ? tc("addedAnnouncement", { name, count: comparedCount })
              : tc("removedAnnouncement", { name, count: comparedCount }),
          },
          snippet: item.snippet ? matchParts(item.snippet) : null,
        };
      })}
    />
  );
}
