/**
 * The one way to show a closed-vocabulary value: `vocabularyLabel(kind, value, locale)`. A value
 * the vocabulary knows reads in the page's language; anything else (a new type, a name that
 * differs from the programme's) is the published Finnish value, marked `lang: "fi"` on pages in
 * another language so screen readers pronounce it as Finnish.
 */
import {
  FUND_NAMES_FI,
  isNumberedKind,
  NUMBERED_KINDS,
  ORGANISATION_TYPES,
  RESPONSIBLE_AUTHORITIES,
  sameName,
  STATUSES,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from "../../domain/vocabulary";
import type { Locale } from "../routing";
import { VOCABULARY_EN } from "./en";
import { placeLabel } from "./places";
import type { VocabularyLabels } from "./labels";
import { VOCABULARY_SV } from "./sv";

const asIs = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value): [T, string] => [value, value])) as Record<T, string>;

const VOCABULARY_FI: VocabularyLabels = {
  fund: FUND_NAMES_FI,
  status: asIs(STATUSES),
  orgType: asIs(ORGANISATION_TYPES),
  authority: asIs(RESPONSIBLE_AUTHORITIES),
  axis: NUMBERED_KINDS.axis,
  objective: NUMBERED_KINDS.objective,
};

export const VOCABULARY_LABELS: Record<Locale, VocabularyLabels> = {
  fi: VOCABULARY_FI,
  sv: VOCABULARY_SV,
  en: VOCABULARY_EN,
};

export interface VocabularyText {
  text: string;
  /** The language of `text` when it differs from the page's (the published Finnish value). */
  lang?: "fi";
}

const own = (table: Record<string, string>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * A vocabulary value in the page's language. For axes and objectives `value` is the number and
 * `published` the name the document gives it: translated only when that name is the programme's
 * (an axis 3 of another programme keeps its own name), and shown as "3. Name".
 */
export function vocabularyLabel(
  kind: VocabularyKind,
  value: string,
  locale: Locale,
  published?: string | null,
): VocabularyText {
  const labels = VOCABULARY_LABELS[locale][kind] as Record<string, string>;
  const finnish = locale === "fi" ? {} : { lang: "fi" as const };
  if (isNumberedKind(kind)) {
    const canonical = own(NUMBERED_KINDS[kind], value);
    const label = own(labels, value);
    if (canonical && label && (!published || sameName(published, canonical)))
      return { text: `${value}. ${label}` };
    return published ? { text: `${value}. ${published}`, ...finnish } : { text: value };
  }
  const label = own(labels, value);
  return label ? { text: label } : { text: published ?? value, ...finnish };
}

const NUMBERED = /^(\d+(?:\.\d+)*)\.\s+([\s\S]*)$/;

/**
 * A group of a facet or breakdown (`kind` is its name, `label` what the database gave, "3. Name"
 * for axes and objectives) in the page's language: vocabulary values and official place names
 * translated, other groups (years) as they are.
 */
export function groupLabel(kind: string, key: string, label: string, locale: Locale): VocabularyText {
  if (kind === "region" || kind === "subRegion" || kind === "municipality")
    return placeLabel(kind, label, locale);
  if (!(VOCABULARY_KINDS as string[]).includes(kind)) return { text: label };
  const vocabularyKind = kind as VocabularyKind;
  if (!isNumberedKind(vocabularyKind)) return vocabularyLabel(vocabularyKind, key, locale, label);
  const match = NUMBERED.exec(label);
  return match
    ? vocabularyLabel(vocabularyKind, match[1]!, locale, match[2])
    : vocabularyLabel(vocabularyKind, key, locale);
}
