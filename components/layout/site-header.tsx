import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-slate-200 bg-brand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-bold text-brand-900 no-underline">
          {t("meta.siteName")}
        </Link>
        <LanguageSwitch />
      </div>
      <MainNav
        label={t("shell.mainNavigation")}
        items={[
          { href: "/", label: t("shell.nav.home") },
          { href: "/projects", label: t("shell.nav.projects") },
          { href: "/funding", label: t("shell.nav.funding") },
          { href: "/principles", label: t("shell.nav.principles") },
          { href: "/about", label: t("shell.nav.about") },
        ]}
      />
    </header>
  );
}
