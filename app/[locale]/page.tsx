import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatEuro } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { getRegistryOverview } from "@/lib/queries/get-registry-overview";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "fi";
  setRequestLocale(locale);
  const [t, overview] = await Promise.all([getTranslations("home"), getRegistryOverview()]);

  const links = [
    { href: "/projects", label: t("browseProjects") },
    { href: "/funding", label: t("compareFunding") },
    { href: "/principles", label: t("principles") },
    { href: "/about", label: t("aboutData") },
  ];
  return (
    <div className="space-y-6">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl text-lg">{t("lead")}</p>
      <p className="text-lg" data-testid="project-count">
        {t("projectCount", { count: overview.projectCount })}
        {overview.plannedPublicTotal !== null && (
          <> {t("plannedTotal", { amount: formatEuro(overview.plannedPublicTotal, locale) })}</>
        )}
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="block rounded-lg border border-slate-300 p-4 text-lg font-semibold no-underline hover:border-brand-700 hover:bg-brand-50"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
