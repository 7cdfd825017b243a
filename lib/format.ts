/**
 * Numbers, euros, dates and percentages for a locale. Finnish and Finland-Swedish group
 * thousands with a (non-breaking) space and write "1 226 328 €"; English writes "€1,226,328".
 */
import type { Locale } from "./i18n/routing";

/** The Intl locale of each page language: Swedish as written in Finland (sv-FI). */
export const INTL_LOCALES: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The Intl locale for a page language; anything unknown reads as Finnish. */
export const intlLocale = (locale: string): string =>
  locale in INTL_LOCALES ? INTL_LOCALES[locale as Locale] : INTL_LOCALES.fi;

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Whole euros unless the amount has cents. */
export function formatEuro(value: number, locale: Locale): string {
  const hasCents = Math.round(value * 100) % 100 !== 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  }).format(value);
}

/** A ratio (0.661) as a percentage with one decimal ("66,1 %" / "66.1%"). */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** An ISO date (YYYY-MM-DD) as the locale writes it: 31.12.2022 (fi, sv-FI) / 31 Dec 2022. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: locale === "en" ? "short" : "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A moment as the locale writes it, in Finnish time: 23.11.2026 klo 21.05 / 23 Nov 2026, 21:05. */
export function formatDateTime(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: locale === "fi" ? "short" : "medium",
    timeStyle: "short",
    timeZone: "Europe/Helsinki",
  }).format(moment);
}

/** A file size: 950 B, 12.3 kB, 4.1 MB (decimal units). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  const exponent = Math.min(units.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit: units[exponent],
    unitDisplay: "short",
    maximumFractionDigits: exponent === 0 ? 0 : 1,
  }).format(bytes / 1000 ** exponent);
}
