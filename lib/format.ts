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

// Making an Intl formatter costs ~50 µs, using one ~1 µs: a page formats thousands of figures, so
// each (locale, options) formatter is made once per process.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memoised<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

/** `new Intl.NumberFormat(intlLocale(locale), options)`, made once per locale and options. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  memoised(
    `n ${locale} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(intlLocale(locale), options),
  );

const collators = new Map<string, Intl.Collator>();
/**
 * Compares labels as the locale sorts them, numbers inside by value ("2" before "10"); one
 * collator per locale, as localeCompare(…, locale) would make one per comparison.
 */
export function compareLabels(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true })));
  return collator.compare;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memoised(
    `d ${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), options),
  );

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Whole euros unless the amount has cents. */
export function formatEuro(value: number, locale: Locale): string {
  const hasCents = Math.round(value * 100) % 100 !== 0;
  return numberFormat(locale, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  }).format(value);
}

/** A ratio (0.661) as a percentage with one decimal ("66,1 %" / "66.1%"). */
export function formatPercent(ratio: number, locale: Locale): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** An ISO date (YYYY-MM-DD) as the locale writes it: 31.12.2022 (fi, sv-FI) / 31 Dec 2022. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return dateTimeFormat(locale, {
    day: "numeric",
    month: locale === "en" ? "short" : "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A moment as the locale writes it, in Finnish time: 23.11.2026 klo 21.05 / 23 Nov 2026, 21:05. */
export function formatDateTime(moment: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    dateStyle: locale === "fi" ? "short" : "medium",
    timeStyle: "short",
    timeZone: "Europe/Helsinki",
  }).format(moment);
}

/** A file size: 950 B, 12.3 kB, 4.1 MB (decimal units). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  const exponent = Math.min(units.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return numberFormat(locale, {
    style: "unit",
    unit: units[exponent],
    unitDisplay: "short",
    maximumFractionDigits: exponent === 0 ? 0 : 1,
  }).format(bytes / 1000 ** exponent);
}
