import { defineRouting } from "next-intl/routing";

export const locales = ["fi", "sv", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "fi",
  // Finnish at unprefixed paths, Swedish under /sv and English under /en. The URL alone decides the language, so a
  // shared link shows the same page to everyone.
  localePrefix: "as-needed",
  localeDetection: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
