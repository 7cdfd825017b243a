import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { addedTo, compareHref, projectHref, removedFrom } from "@/lib/search/compare-state";
import { MAX_COMPARED, type ListState } from "@/lib/search/list-state";
import { CompareTray } from "./compare-tray";

/**
 * A project page's comparison controls: "add to comparison" adds this project to the picks the
 * page was opened with and stays here (the URL carries them), then the tray with the selection.
 */
export async function ProjectCompare({ code, state }: { code: string; state: ListState }) {
  const t = await getTranslations("compare");
  const compared = state.compare;
  const added = addedTo(compared, code);
  return (
    <>
      <p className="no-print" data-testid="project-compare">
        {compared.includes(code) ? (
          <span className="font-medium">✓ {t("added")}</span>
        ) : added ? (
          <Link href={projectHref(code, state, added)} className="font-semibold">
            {t("add")}
          </Link>
        ) : (
          t("full", { max: MAX_COMPARED })
        )}
      </p>
      <CompareTray
        codes={compared}
        removeHref={(other) => projectHref(code, state, removedFrom(compared, other))}
        openHref={compareHref(compared, state)}
        clearHref={projectHref(code, state, [])}
      />
    </>
  );
}
