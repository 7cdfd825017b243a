"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page, with the same query, in the other language (its name in both). */
export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === "fi" ? "en" : "fi";
  const query = Object.fromEntries(searchParams.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      className="rounded border border-brand-700 px-3 py-1 text-sm font-medium no-underline"
    >
      {/* The name begins with the visible words, so speech users can say them (WCAG 2.5.3). */}
      <span lang={other}>{t("languageSwitch")}</span>
      <span className="sr-only"> ({t("languageSwitchLabel")})</span>
    </Link>
  );
}
