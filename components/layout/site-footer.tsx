import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerSource")}</p>
        <p>{t("footerLicence")}</p>
        <p className="flex flex-wrap gap-x-6">
          <Link href="/about">{t("footerAbout")}</Link>
          <Link href="/data">{t("footerData")}</Link>
          <Link href="/quality">{t("footerQuality")}</Link>
          <Link href="/developers">{t("footerDevelopers")}</Link>
        </p>
      </div>
    </footer>
  );
}
