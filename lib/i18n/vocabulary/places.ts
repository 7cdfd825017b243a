/**
 * Place names in Swedish and English from Statistics Finland's classification of municipalities,
 * sub-regions and regions, 2014–2026 (lib/domain/places: the tables the import resolves places
 * with, so a label and a filter always mean the same place). Finnish pages show the name as the
 * documents write it, sub-regions in the genitive ("Kuopion"); in Swedish and English a place is
 * named officially in the nominative ("Kuopio"), and a name the classification does not know is
 * shown as published and marked Finnish.
 */
import { officialPlaceName, type PlaceLevel } from "../../domain/places/classification";
import type { Locale } from "../routing";
import type { VocabularyText } from "./index";

export type { PlaceLevel };

/** A place by its official name in the language; anything else as published. */
export function placeLabel(level: PlaceLevel, name: string, locale: Locale): VocabularyText {
  if (locale === "fi") return { text: name };
  const official = officialPlaceName(level, name, locale);
  return official ? { text: official } : { text: name, lang: "fi" };
}
