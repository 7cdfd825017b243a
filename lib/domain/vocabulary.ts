/**
 * The closed vocabularies of the project descriptions, declared once with their canonical values:
 * what the Finnish documents print and the records store. Display names in Swedish and English
 * live in lib/i18n/vocabulary (one typed table per language); a value not listed here is shown
 * as published. The sustainability criteria, their dimensions and the gender questions are keyed
 * vocabularies of their own (lib/domain/criteria.ts) with labels in the message files.
 */

/** The two structural funds; records store the English abbreviation. */
export const FUNDS = ["ESF", "ERDF"] as const;

/** Finnish names of the funds (the documents' headers name them so). */
export const FUND_NAMES_FI: Record<(typeof FUNDS)[number], string> = {
  ESF: "Euroopan sosiaalirahasto (ESR)",
  ERDF: "Euroopan aluekehitysrahasto (EAKR)",
};

/** "Toiminnan tila": the operational statuses EURA 2014 prints. */
export const STATUSES = ["Toiminnassa", "Toiminta päättynyt"] as const;

/** "Organisaatiotyyppi": applicant organisation types of EURA 2014 (others are shown as published). */
export const ORGANISATION_TYPES = [
  "Kunta",
  "Kuntayhtymä",
  "Ammattikorkeakoulu",
  "Yliopisto",
  "Mikroyritys",
  "Pieni yritys",
  "Keskisuuri yritys",
  "Suuryritys",
  "Valtion virasto tai laitos",
  "Yhdistys",
  "Säätiö",
] as const;

/** The fifteen ELY centres by the name stem the documents use before "elinkeino-, liikenne- …". */
export const ELY_CENTRE_REGIONS = [
  "Uudenmaan",
  "Varsinais-Suomen",
  "Satakunnan",
  "Hämeen",
  "Pirkanmaan",
  "Kaakkois-Suomen",
  "Etelä-Savon",
  "Pohjois-Savon",
  "Pohjois-Karjalan",
  "Keski-Suomen",
  "Etelä-Pohjanmaan",
  "Pohjanmaan",
  "Pohjois-Pohjanmaan",
  "Kainuun",
  "Lapin",
] as const;

/** "Vastuuviranomainen": the ELY centres as the documents write them, and the regional councils seen. */
export const RESPONSIBLE_AUTHORITIES = [
  ...ELY_CENTRE_REGIONS.map((region) => `${region} elinkeino-, liikenne- ja ympäristökeskus` as const),
  "Uudenmaan liitto",
] as const;

/**
 * Priority axes of the programme "Kestävää kasvua ja työtä 2014–2020" (numbered across both funds:
 * 1–2 ERDF, 3–5 ESF, 9 REACT-EU ESF) with their names as the documents print them.
 */
export const PRIORITY_AXES = {
  "1": "Pk-yritysten kilpailukyky",
  "2": "Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen",
  "3": "Työllisyys ja työvoiman liikkuvuus",
  "4": "Koulutus, ammattitaito ja elinikäinen oppiminen",
  "5": "Sosiaalinen osallisuus ja köyhyyden torjunta",
  "9": "REACT-EU:n ESR-toimenpiteet",
} as const;

/** Specific objectives of the same programme known from the documents, by number. */
export const SPECIFIC_OBJECTIVES = {
  "3.1": "Uusien yritysten syntymisen edistäminen",
  "4.1": "Alueellisten innovaatiokeskittymien kehittäminen",
  "7.1": "Tuottavuuden ja työhyvinvoinnin parantaminen",
  "9.1": "Koulutukseen ja työelämään siirtymisen tehostaminen",
  "10.1": "Työelämän ulkopuolella olevien osallisuuden lisääminen",
  "10.3": "Työikäisten osaamistason parantaminen",
  "12.3": "Digitaalisten taitojen parantaminen",
} as const;

/** Every closed vocabulary by kind (the kinds are the search facets' names), canonical values only. */
export const VOCABULARIES = {
  fund: FUNDS,
  status: STATUSES,
  orgType: ORGANISATION_TYPES,
  authority: RESPONSIBLE_AUTHORITIES,
  axis: Object.keys(PRIORITY_AXES) as (keyof typeof PRIORITY_AXES)[],
  objective: Object.keys(SPECIFIC_OBJECTIVES) as (keyof typeof SPECIFIC_OBJECTIVES)[],
} as const;

export type VocabularyKind = keyof typeof VOCABULARIES;
export type VocabularyValue<K extends VocabularyKind> = (typeof VOCABULARIES)[K][number];
export const VOCABULARY_KINDS = Object.keys(VOCABULARIES) as VocabularyKind[];

/** Kinds whose values are numbers with a published name ("3. Työllisyys …"). */
export const NUMBERED_KINDS = { axis: PRIORITY_AXES, objective: SPECIFIC_OBJECTIVES } as const;
export type NumberedKind = keyof typeof NUMBERED_KINDS;

export const isNumberedKind = (kind: VocabularyKind): kind is NumberedKind => kind in NUMBERED_KINDS;

/** Whitespace and case do not make a different name. */
export const sameName = (a: string, b: string) =>
  a.replace(/\s+/g, " ").trim().toLocaleLowerCase("fi") ===
  b.replace(/\s+/g, " ").trim().toLocaleLowerCase("fi");
