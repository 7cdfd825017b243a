"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page, with the same query (every repeated value kept), in the other language. */
export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = locale === "fi" ? "en" : "fi";
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t("languageSwitchLabel")}
      className="rounded border border-brand-700 px-3 py-1 text-sm font-medium no-underline"
    >
      {t("languageSwitch")}
    </Link>
  );
}
