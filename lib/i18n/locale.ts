import { isLocale, routing, type Locale } from "./routing";

/** The page's locale from its [locale] segment; the default for anything else. */
export function resolveLocale(raw: string): Locale {
  return isLocale(raw) ? raw : routing.defaultLocale;
}

/** A path in the given locale: Finnish unprefixed, Swedish under /sv, English under /en. */
export function localePath(locale: Locale, path: string): string {
  return locale === routing.defaultLocale ? path : `/${locale}${path === "/" ? "" : path}`;
}
