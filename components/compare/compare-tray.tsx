import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * The comparison being built, on every page that carries it: its codes, each removable, a link to
 * compare them and one to clear the selection. The page gives the addresses (lib/search/compare-state).
 */
export async function CompareTray({
  codes,
  removeHref,
  openHref,
  clearHref,
}: {
  codes: string[];
  removeHref: (code: string) => string;
  openHref: string;
  clearHref: string;
}) {
  if (codes.length === 0) return null;
  const t = await getTranslations("compare");
  return (
    <aside
      aria-labelledby="compare-tray-heading"
      className="no-print rounded border border-brand-700 bg-brand-50 p-3 text-sm"
      data-testid="compare-tray"
    >
      <h2 id="compare-tray-heading" className="text-base font-semibold">
        {t("selection", { count: codes.length })}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={t("trayCodes")}>
        {codes.map((code) => (
          <li key={code}>
            <span className="font-mono">{code}</span>{" "}
            <Link href={removeHref(code)} aria-label={t("removeCode", { code })}>
              {t("removeShort")}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {codes.length >= 2 ? (
          <Link href={openHref} className="font-semibold">
            {t("open")}
          </Link>
        ) : (
          <span>{t("trayMore")}</span>
        )}
        <Link href={clearHref}>{t("clear")}</Link>
      </p>
    </aside>
  );
}
