import { ELY_CENTRE_REGIONS, type VocabularyKind, type VocabularyValue } from "../../domain/vocabulary";

/** One language's display name for every canonical value of every closed vocabulary. */
export type VocabularyLabels = { [K in VocabularyKind]: Record<VocabularyValue<K>, string> };

type ElyRegion = (typeof ELY_CENTRE_REGIONS)[number];

/** The ELY centres' names in a language, keyed by the documents' Finnish names. */
export function elyCentreLabels(name: (region: ElyRegion) => string) {
  return Object.fromEntries(
    ELY_CENTRE_REGIONS.map((region) => [`${region} elinkeino-, liikenne- ja ympäristökeskus`, name(region)]),
  ) as Record<`${ElyRegion} elinkeino-, liikenne- ja ympäristökeskus`, string>;
}
