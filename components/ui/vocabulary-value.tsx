import { Fragment, type ReactNode } from "react";
import type { VocabularyKind } from "@/lib/domain/vocabulary";
import type { Locale } from "@/lib/i18n/routing";
import { vocabularyLabel, type VocabularyText } from "@/lib/i18n/vocabulary";
import { placeLabel, type PlaceLevel } from "@/lib/i18n/vocabulary/places";

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

/** Place names in the page's language, comma-separated; null when there are none. */
export function placeNames(level: PlaceLevel, names: string[], locale: Locale): ReactNode {
  if (names.length === 0) return null;
  return names.map((name, index) => (
    <Fragment key={name}>
      {index > 0 && ", "}
      <VocabularyLabel label={placeLabel(level, name, locale)} />
    </Fragment>
  ));
}
