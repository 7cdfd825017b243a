/**
 * Canonical (Finnish) names of the 2014–2020 programme's priority axes and specific objectives,
 * by number: what a page in another language is mapped to. Only names the registry has seen
 * published in Finnish are listed, so a mapping is never a guess; an axis missing here keeps
 * its number and the import keeps the name the registry already has for it.
 */
export const PRIORITY_AXES_2014: Readonly<Record<string, string>> = {
  "3": "Työllisyys ja työvoiman liikkuvuus",
  "9": "REACT-EU:n ESR-toimenpiteet",
};

export const SPECIFIC_OBJECTIVES_2014: Readonly<Record<string, string>> = {
  "7.1": "Tuottavuuden ja työhyvinvoinnin parantaminen",
  "12.3": "Digitaalisten taitojen parantaminen",
};
