/**
 * renderProjectDocument: a canonical record → a EURA 2014 project description, in the source
 * text format. The inverse of the parser: synthetic documents for benchmarks and round-trip tests.
 */
import { CATEGORY_LABELS_FI, SUSTAINABILITY_CRITERIA } from "../domain/criteria";
import type { ProjectRecord, YesNoAnswer } from "../schemas/record";

const euros = (value: number | null) => {
  if (value === null) return "";
  const [whole, cents] = value.toFixed(2).split(".");
  const grouped = (whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return cents === "00" ? grouped : `${grouped},${cents}`;
};
const finnishDate = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}.${month}.${year}`;
};
const orEmpty = (value: string | null) => value ?? "";
const numbered = (value: { number: string; name: string | null } | null) =>
  value ? `${value.number}. ${value.name ?? ""}`.trim() : "";

function period(record: ProjectRecord): string {
  const parts = [];
  if (record.plannedStart) parts.push(`Alkaa ${finnishDate(record.plannedStart)}`);
  if (record.plannedEnd) parts.push(`päättyy ${finnishDate(record.plannedEnd)}`);
  return parts.join(" ja ");
}

const GENDER_LABELS = {
  analysisDone: "Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta",
  mainstreamed: "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)",
  mainGoal: "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen",
} as const;

function genderLines(key: keyof typeof GENDER_LABELS, answer: YesNoAnswer | null): string[] {
  if (!answer) return [];
  const value = answer.answer === null ? "" : answer.answer ? "Kyllä" : "Ei";
  return [`${GENDER_LABELS[key]}: ${value}`, ...(answer.explanation ? [answer.explanation] : [])];
}

export function renderProjectDocument(record: ProjectRecord): string {
  const field = (label: string, value: string) => [`${label}: ${value}`.trimEnd(), ""];
  const text = (value: string | null) => [value ?? "-", ""];
  const address = record.geography.implementationAddress;
  const indicator = (planned: number | null, realised: number | null) => [
    ...field("Suunniteltu", planned === null ? "" : String(planned)),
    ...(realised === null ? [] : field("Toteutunut seurantatietojen mukaan", String(realised))),
  ];

  const sustainability: string[] = ["VälitönVälillinen"];
  let category: string | undefined;
  for (const criterion of SUSTAINABILITY_CRITERIA) {
    const score = record.sustainability.find((candidate) => candidate.criterion === criterion.key);
    if (!score) continue;
    if (criterion.category !== category) {
      category = criterion.category;
      sustainability.push(CATEGORY_LABELS_FI[criterion.category]);
    }
    sustainability.push(`${criterion.labelFi} ${score.direct} ${score.indirect}`);
    if (score.justification) sustainability.push(score.justification);
  }

  const lines = [
    "Euroopan unioni Vipuvoimaa EU:lta",
    "",
    record.fund === "ERDF"
      ? "Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus"
      : "Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus",
    "",
    "1 Hanke",
    "",
    ...field("Hankekoodi", record.code),
    ...field("Hankkeen nimi", record.name),
    ...field("Toimintalinja", numbered(record.priorityAxis)),
    ...field("Erityistavoite", numbered(record.specificObjective)),
    ...field("Suunnitelman mukainen toteutusaika", period(record)),
    ...field("Toiminnan tila", orEmpty(record.status)),
    ...field("Vastuuviranomainen", orEmpty(record.responsibleAuthority)),
    "2 Hakijan perustiedot",
    "",
    ...field("Hakijan virallinen nimi", orEmpty(record.applicant.name)),
    ...field("Organisaatiotyyppi", orEmpty(record.applicant.organisationType)),
    ...field("Y-tunnus", orEmpty(record.applicant.businessId)),
    ...field("Jakeluosoite", orEmpty(record.applicant.streetAddress)),
    ...field("Puhelinnumero", orEmpty(record.applicant.phone)),
    ...field("Postinumero", orEmpty(record.applicant.postalCode)),
    ...field("Postitoimipaikka", orEmpty(record.applicant.postOffice)),
    ...field("WWW-osoite", orEmpty(record.applicant.website)),
    ...field("Hankkeen yhteyshenkilön nimi", orEmpty(record.contact.name)),
    ...field("Yhteyshenkilön asema hakijaorganisaatiossa", orEmpty(record.contact.title)),
    ...field("Yhteyshenkilön sähköpostisoite", orEmpty(record.contact.email)),
    ...field("Yhteyshenkilön puhelinnumero", orEmpty(record.contact.phone)),
    ...field("Hakijoiden lukumäärä tai tuen siirto -menettely", orEmpty(record.applicantArrangement)),
    ...(record.coImplementers.length
      ? [
          "Osatoteuttajat",
          "",
          ...record.coImplementers.flatMap((co) => [
            co.businessId ? `${co.name}, ${co.businessId}` : co.name,
            "",
          ]),
        ]
      : []),
    "3 Suunnitelman mukainen tiivistelmä toteutuksesta",
    "",
    ...text(record.summary),
    "4 Hankkeen kohderyhmät",
    "",
    "4.1 Varsinaiset kohderyhmät",
    "",
    ...text(record.targetGroups.direct),
    "4.2 Välilliset kohderyhmät",
    "",
    ...text(record.targetGroups.indirect),
    "5 Projektin julkinen rahoitus, euroa",
    "",
    ...field("Myönnetty EU- ja valtion rahoitus", euros(record.funding.grantedEuState)),
    ...field("Toteutunut EU- ja valtion rahoitus", euros(record.funding.realisedEuState)),
    ...field("Suunniteltu julkinen rahoitus yhteensä", euros(record.funding.plannedPublicTotal)),
    ...field("Toteutunut julkinen rahoitus yhteensä", euros(record.funding.realisedPublicTotal)),
    "6 Maantieteellinen kohdealue",
    "",
    ...field("Maakunnat", record.geography.regions.join(", ")),
    ...field("Seutukunnat", record.geography.subRegions.join(", ")),
    ...field("Kunnat", record.geography.municipalities.join(", ")),
    "Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa",
    "",
    ...field("Jakeluosoite", orEmpty(address?.streetAddress ?? null)),
    ...field("Postinumero", orEmpty(address?.postalCode ?? null)),
    ...field("Postitoimipaikka", orEmpty(address?.postOffice ?? null)),
    "7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista",
    "",
    "7.1 Osallistuvien yritysten lukumäärä",
    "",
    ...indicator(record.indicators.companiesPlanned, record.indicators.companiesRealised),
    "7.2 Osallistuvien henkilöiden lukumäärä",
    "",
    ...indicator(record.indicators.personsPlanned, record.indicators.personsRealised),
    "8 Horisontaaliset periaatteet",
    "",
    "8.1 Sukupuolten tasa-arvo",
    "",
    ...genderLines("analysisDone", record.genderEquality.analysisDone),
    ...genderLines("mainstreamed", record.genderEquality.mainstreamed),
    ...genderLines("mainGoal", record.genderEquality.mainGoal),
    "",
    "8.2 Kestävä kehitys",
    "",
    ...sustainability,
    "",
    "9 Loppuraportin tiivistelmä",
    "",
    record.finalReportSummary ?? "-",
  ];
  return lines.join("\n");
}
