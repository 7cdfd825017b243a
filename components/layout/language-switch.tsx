"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

/**
 * Links to the same page, with the same query (every repeated value kept), in each language.
 * Each language is named in itself ("På svenska") and the link's accessible name is exactly that
 * visible text (WCAG 2.5.3); the list's label says what the links are.
 */
export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t("languageSwitchLabel")}>
      <ul className="flex flex-wrap gap-2">
        {locales.map((language) => (
          <li key={language}>
            {language === locale ? (
              <span
                aria-current="true"
                lang={language}
                className="block rounded border border-transparent px-3 py-1 text-sm font-bold"
              >
                {t(`languages.${language}`)}
              </span>
            ) : (
              <Link
                href={href}
                locale={language}
                hrefLang={language}
                lang={language}
                className="block rounded border border-brand-700 px-3 py-1 text-sm font-medium no-underline"
              >
                {t(`languages.${language}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
