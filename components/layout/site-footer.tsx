import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  const feedback = `mailto:${getEnv().FEEDBACK_EMAIL}?subject=${encodeURIComponent(t("feedbackSubject"))}`;
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerSource")}</p>
        <p>{t("footerLicence")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/about">{t("footerAbout")}</Link>
          </li>
          <li>
            <Link href="/data">{t("footerData")}</Link>
          </li>
          <li>
            <Link href="/quality">{t("footerQuality")}</Link>
          </li>
          <li>
            <Link href="/developers">{t("footerDevelopers")}</Link>
          </li>
          <li>
            <Link href="/accessibility">{t("footerAccessibility")}</Link>
          </li>
          <li>
            <a href={feedback}>{t("footerFeedback")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
