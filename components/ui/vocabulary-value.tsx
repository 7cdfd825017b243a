import type { ReactNode } from "react";
import type { VocabularyKind } from "@/lib/domain/vocabulary";
import type { Locale } from "@/lib/i18n/routing";
import { vocabularyLabel, type VocabularyText } from "@/lib/i18n/vocabulary";

/** A vocabulary label as text; the published Finnish value on another language's page marked so. */
export function VocabularyLabel({ label }: { label: VocabularyText }) {
  return label.lang ? <span lang={label.lang}>{label.text}</span> : <>{label.text}</>;
}

/**
 * A record's vocabulary value in the page's language, or null when the record has none. Axes and
 * objectives pass their number as `value` and the published name as `published`.
 */
export function vocabularyValue(
  kind: VocabularyKind,
  value: string | null | undefined,
  locale: Locale,
  published?: string | null,
): ReactNode {
  if (!value) return null;
  return <VocabularyLabel label={vocabularyLabel(kind, value, locale, published)} />;
}
