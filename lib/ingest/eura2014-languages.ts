/**
 * The EURA 2014 project description in each language it was published in: one table per
 * language, so a language is added by adding a table (a Swedish page, "Beskrivning av projekt …",
 * needs only its own SV table here). The parser reads labels and headings through these tables
 * and never branches on the language itself.
 *
 * Finnish labels are exactly as the service spells them, typos included. English labels of
 * sections 1–3 are from a real page (shared/samples/eura2014-english); the later English
 * headings and labels are the service's Finnish ones translated in its style and unverified:
 * when a real page differs, its fields are reported as unknown labels, never silently dropped.
 */
import type { GenderQuestion, SustainabilityCategory, CriterionKey } from "../domain/criteria";
import type { SourceLanguage } from "../schemas/record";
import type { SectionId } from "./layout";

/**
 * Every field label of the page, by the group it is read in (the applicant's address labels are
 * also the implementation address's in section 6).
 */
export const LABEL_GROUPS = {
  project: ["code", "name", "axis", "objective", "period", "status", "authority"],
  applicant: [
    "applicantName",
    "organisationType",
    "businessId",
    "streetAddress",
    "phone",
    "postalCode",
    "postOffice",
    "website",
    "contactName",
    "contactTitle",
    "contactEmail",
    "contactPhone",
    "arrangement",
  ],
  funding: ["grantedEuState", "realisedEuState", "plannedPublicTotal", "realisedPublicTotal"],
  geography: ["regions", "subRegions", "municipalities"],
  address: ["streetAddress", "postalCode", "postOffice"],
  indicator: ["planned", "realised"],
} as const;

export const LABEL_KEYS = [...new Set(Object.values(LABEL_GROUPS).flat())];
export type LabelKey = (typeof LABEL_GROUPS)[keyof typeof LABEL_GROUPS][number];

export interface Eura2014Language {
  language: SourceLanguage;
  /** The page's title line; group 1 is the fund's abbreviation in this language. */
  header: RegExp;
  funds: Record<string, "ESF" | "ERDF">;
  /** Lines that may stand above the title (the EU emblem's captions), lowercased. */
  preamble: readonly string[];
  sections: Record<SectionId, string>;
  /** Each field's label; a list when the service has published more than one spelling. */
  labels: Record<LabelKey, string | readonly string[]>;
  coImplementers: RegExp;
  /** The sub-heading of section 6 above the implementation address, lowercased. */
  implementationAddress: string;
  /** The words around the dates of the planned period ("Alkaa … ja päättyy …"). */
  periodStart: string;
  periodEnd: string;
  yes: string;
  no: string;
  genderQuestions: Record<GenderQuestion, string>;
  /** Criterion labels; Finnish ones come from lib/domain/criteria.ts. */
  criteria: Partial<Record<CriterionKey, string>>;
  categories: Record<SustainabilityCategory, string>;
  scoreColumns: RegExp;
  /** The score columns' header line as published (it opens 8.2 in a copy without headings). */
  scoreColumnLines: readonly string[];
  /**
   * Closed vocabularies: a published value → its canonical (Finnish) value, listed only where the
   * mapping is certain. Null: the language is canonical, values are kept as they are.
   */
  statuses: Record<string, string> | null;
  organisationTypes: Record<string, string> | null;
}

export const labelsOf = (table: Eura2014Language, key: LabelKey): readonly string[] => {
  const label = table.labels[key];
  return typeof label === "string" ? [label] : label;
};

export const FI: Eura2014Language = {
  language: "fi",
  header: /(?:sosiaalirahaston|aluekehitysrahaston)\s*\((ESR|EAKR)\)\s*rahoittaman\s+hankkeen\s+kuvaus/i,
  funds: { ESR: "ESF", EAKR: "ERDF" },
  preamble: ["euroopan unioni vipuvoimaa eu:lta", "euroopan unioni", "vipuvoimaa eu:lta"],
  sections: {
    "1": "Hanke",
    "2": "Hakijan perustiedot",
    "3": "Suunnitelman mukainen tiivistelmä toteutuksesta",
    "4": "Hankkeen kohderyhmät",
    "4.1": "Varsinaiset kohderyhmät",
    "4.2": "Välilliset kohderyhmät",
    "5": "Projektin julkinen rahoitus, euroa",
    "6": "Maantieteellinen kohdealue",
    "7": "Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista",
    "7.1": "Osallistuvien yritysten lukumäärä",
    "7.2": "Osallistuvien henkilöiden lukumäärä",
    "8": "Horisontaaliset periaatteet",
    "8.1": "Sukupuolten tasa-arvo",
    "8.2": "Kestävä kehitys",
    "9": "Loppuraportin tiivistelmä",
  },
  labels: {
    code: "Hankekoodi",
    name: "Hankkeen nimi",
    axis: "Toimintalinja",
    objective: "Erityistavoite",
    period: "Suunnitelman mukainen toteutusaika",
    status: "Toiminnan tila",
    authority: "Vastuuviranomainen",
    applicantName: "Hakijan virallinen nimi",
    organisationType: "Organisaatiotyyppi",
    businessId: "Y-tunnus",
    streetAddress: "Jakeluosoite",
    phone: "Puhelinnumero",
    postalCode: "Postinumero",
    postOffice: "Postitoimipaikka",
    website: "WWW-osoite",
    contactName: "Hankkeen yhteyshenkilön nimi",
    contactTitle: "Yhteyshenkilön asema hakijaorganisaatiossa",
    contactEmail: "Yhteyshenkilön sähköpostisoite",
    contactPhone: "Yhteyshenkilön puhelinnumero",
    arrangement: "Hakijoiden lukumäärä tai tuen siirto -menettely",
    grantedEuState: "Myönnetty EU- ja valtion rahoitus",
    realisedEuState: "Toteutunut EU- ja valtion rahoitus",
    plannedPublicTotal: "Suunniteltu julkinen rahoitus yhteensä",
    realisedPublicTotal: "Toteutunut julkinen rahoitus yhteensä",
    regions: "Maakunnat",
    subRegions: "Seutukunnat",
    municipalities: "Kunnat",
    planned: "Suunniteltu",
    realised: "Toteutunut seurantatietojen mukaan",
  },
  coImplementers: /^Osatoteuttajat\s*:?$/,
  implementationAddress: "toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa",
  periodStart: "Alkaa",
  periodEnd: "päättyy",
  yes: "Kyllä",
  no: "Ei",
  genderQuestions: {
    analysisDone: "Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta",
    mainstreamed: "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)",
    mainGoal: "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen",
  },
  criteria: {},
  categories: {
    ecological: "Ekologinen kestävyys",
    economic: "Taloudellinen kestävyys",
    social: "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus",
  },
  scoreColumns: /^Välitön\s*Välillinen$/i,
  scoreColumnLines: ["VälitönVälillinen", "Välitön Välillinen"],
  statuses: null,
  organisationTypes: null,
};

export const EN: Eura2014Language = {
  language: "en",
  header: /funded\s+by\s+the\s+European\s+(?:Social\s+Fund|Regional\s+Development\s+Fund)\s*\((ESF|ERDF)\)/i,
  funds: { ESF: "ESF", ERDF: "ERDF" },
  preamble: ["european union", "leverage from the eu", "european union leverage from the eu"],
  sections: {
    "1": "Project",
    "2": "Basic applicant information",
    "3": "Plan-specified summary of the project completion",
    "4": "Target groups of the project",
    "4.1": "Actual target groups",
    "4.2": "Indirect target groups",
    "5": "Public funding of the project, euro",
    "6": "Geographical target area",
    "7": "Estimates of project-specific monitoring data reported at the application stage",
    "7.1": "Number of participating companies",
    "7.2": "Number of participating persons",
    "8": "Horizontal principles",
    "8.1": "Gender equality",
    "8.2": "Sustainable development",
    "9": "Summary of the final report",
  },
  labels: {
    code: "Project code",
    name: "Project name",
    axis: "Policy",
    objective: "Specific objective",
    period: "Planned completion time",
    status: "Operational status",
    authority: "Responsible authority",
    applicantName: "Official name of the applicant",
    organisationType: "Organisation type",
    businessId: "Business ID",
    streetAddress: "Street",
    phone: "Telephone number",
    postalCode: "Postal code",
    postOffice: "City/town",
    website: ["Website", "WWW address"],
    contactName: ["Project contact person's name", "Project contact person’s name"],
    contactTitle: [
      "Contact person's position in the organisation",
      "Contact person’s position in the organisation",
    ],
    contactEmail: ["Contact person's email address", "Contact person’s email address"],
    contactPhone: ["Contact person's phone number", "Contact person’s phone number"],
    arrangement: "Number of applicants or subsidy transfer",
    grantedEuState: "Granted EU and state funding",
    realisedEuState: "Realised EU and state funding",
    plannedPublicTotal: "Planned public funding in total",
    realisedPublicTotal: "Realised public funding in total",
    regions: "Regions",
    subRegions: "Sub-regions",
    municipalities: "Municipalities",
    planned: "Planned",
    realised: "Realised according to monitoring data",
  },
  coImplementers: /^(Co-implementers|Partial implementers)\s*:?$/i,
  implementationAddress: "address of the place of implementation, if the project is implemented in one place",
  periodStart: "Start",
  periodEnd: "end",
  yes: "Yes",
  no: "No",
  genderQuestions: {
    analysisDone:
      "An analysis of the operating environment from a gender perspective has been made in the project",
    mainstreamed:
      "The gender perspective has been taken into account in the project's activities (mainstreaming)",
    mainGoal: "The main objective of the project is the promotion of gender equality",
  },
  criteria: {},
  categories: {
    ecological: "Ecological sustainability",
    economic: "Economic sustainability",
    social: "Social and cultural sustainability and equality",
  },
  scoreColumns: /^Direct\s*Indirect$/i,
  scoreColumnLines: ["DirectIndirect", "Direct Indirect"],
  // Certain: the service's own status vocabulary, one word per status.
  statuses: { Ended: "Toiminta päättynyt" },
  // No type's English wording is confirmed yet: each is kept as published, with a warning.
  organisationTypes: {},
};

/** Every language a EURA 2014 page is read in; Finnish first (the common case). */
export const EURA2014_LANGUAGES: readonly Eura2014Language[] = [FI, EN];
