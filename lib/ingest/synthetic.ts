/**
 * Realistic synthetic project records for benchmarks and round-trip tests: varied codes, names,
 * axes and objectives, authorities, regions and municipalities, amounts, realised shares, scores
 * and justifications, co-implementers with commas in their names, some without final reports,
 * some ERDF. Never mixed into the shipped seeds.
 */
import { withCheckDigit } from "../domain/business-id";
import { SUSTAINABILITY_CRITERIA } from "../domain/criteria";
import type { ProjectRecord, YesNoAnswer } from "../schemas/record";

/** The randomness a generator needs; seeded PRNG for the CLI, fast-check for property tests. */
export interface Random {
  /** A whole number from min to max, inclusive. */
  int(min: number, max: number): number;
}

/** mulberry32: small, fast and deterministic for a seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    int(min, max) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      return min + Math.floor(unit * (max - min + 1));
    },
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
const chance = (random: Random, percent: number) => random.int(1, 100) <= percent;

interface Axis {
  number: string;
  name: string;
  objectives: readonly (readonly [string, string])[];
}

const AXES: readonly Axis[] = [
  {
    number: "3",
    name: "Työllisyys ja työvoiman liikkuvuus",
    objectives: [["7.1", "Tuottavuuden ja työhyvinvoinnin parantaminen"]],
  },
  {
    number: "4",
    name: "Koulutus, ammattitaito ja elinikäinen oppiminen",
    objectives: [
      ["9.1", "Koulutukseen ja työelämään siirtymisen tehostaminen"],
      ["10.3", "Työikäisten osaamistason parantaminen"],
    ],
  },
  {
    number: "5",
    name: "Sosiaalinen osallisuus ja köyhyyden torjunta",
    objectives: [["10.1", "Työelämän ulkopuolella olevien osallisuuden lisääminen"]],
  },
  {
    number: "9",
    name: "REACT-EU:n ESR-toimenpiteet",
    objectives: [["12.3", "Digitaalisten taitojen parantaminen"]],
  },
];
const ERDF_AXES: readonly Axis[] = [
  {
    number: "1",
    name: "Pk-yritysten kilpailukyky",
    objectives: [["3.1", "Uusien yritysten syntymisen edistäminen"]],
  },
  {
    number: "2",
    name: "Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen",
    objectives: [["4.1", "Alueellisten innovaatiokeskittymien kehittäminen"]],
  },
];
const AUTHORITIES = [
  "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus",
  "Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus",
  "Hämeen elinkeino-, liikenne- ja ympäristökeskus",
  "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus",
  "Uudenmaan liitto",
];
const PLACES = [
  {
    region: "Pohjois-Savo",
    subRegions: ["Kuopion", "Ylä-Savon"],
    municipalities: ["Kuopio", "Iisalmi", "Siilinjärvi", "Kiuruvesi"],
  },
  {
    region: "Kainuu",
    subRegions: ["Kajaanin", "Kehys-Kainuun"],
    municipalities: ["Kajaani", "Sotkamo", "Paltamo", "Suomussalmi"],
  },
  {
    region: "Pohjois-Pohjanmaa",
    subRegions: ["Oulun", "Raahen", "Ylivieskan"],
    municipalities: ["Oulu", "Raahe", "Ylivieska", "Kempele"],
  },
  {
    region: "Uusimaa",
    subRegions: ["Helsingin", "Porvoon"],
    municipalities: ["Helsinki", "Espoo", "Vantaa", "Porvoo"],
  },
  {
    region: "Keski-Suomi",
    subRegions: ["Jyväskylän", "Äänekosken"],
    municipalities: ["Jyväskylä", "Äänekoski", "Laukaa"],
  },
];
const ORGANISATIONS = [
  ["Kuopion kaupunki", "Kunta"],
  ["Savonia-ammattikorkeakoulu Oy", "Ammattikorkeakoulu"],
  ["Kajaanin Ammattikorkeakoulu Oy", "Ammattikorkeakoulu"],
  ["Ylä-Savon SOTE kuntayhtymä", "Kuntayhtymä"],
  ["Joki ICT Oy", "Keskisuuri yritys"],
  ["Jyväskylän yliopisto", "Yliopisto"],
  ["Oulun seudun koulutuskuntayhtymä", "Kuntayhtymä"],
  ["Digiosaajat ry", "Yhdistys"],
] as const;
const CO_IMPLEMENTERS = [
  "Itä-Suomen yliopisto (UEF), Kuopion kampus",
  "Savonia-ammattikorkeakoulu Oy",
  "Kehittämisyhtiö Oy, Kajaanin toimipiste",
  "Koulutuskeskus Salpaus, kuntayhtymä (KSAO)",
  "Turun ammattikorkeakoulu Oy",
];
const NAME_PARTS = [
  ["Digitaalinen", "Älykäs", "Ihmiskeskeinen", "Kestävä", "Yhdessä eteenpäin -", "Osaava", "Uudistuva"],
  ["kunta", "työelämä", "palvelumuotoilu", "tiedolla johtaminen", "oppiminen", "hyvinvointi", "osaaminen"],
  ["2020", "(DIGI)", "– kehittämishanke", "Kainuussa", "Pohjois-Savossa", "-hanke", ""],
];
const WORDS = (
  "hanke kehittää kuntien digitaalisia palveluita ja henkilöstön osaamista työpajoissa valmennuksissa " +
  "kokeiluissa tavoitteena on parantaa tuottavuutta työhyvinvointia asiakaslähtöisyyttä yhteistyötä " +
  "alueen yritysten oppilaitosten ja järjestöjen kanssa tuloksena syntyy uusia toimintamalleja"
).split(" ");
const STATUSES = ["Toiminta päättynyt", "Toiminta päättynyt", "Toiminta päättynyt", "Toiminnassa"];

function sentence(random: Random): string {
  const words = Array.from({ length: random.int(5, 16) }, () => pick(random, WORDS));
  const first = words[0] ?? "hanke";
  words[0] = first.charAt(0).toLocaleUpperCase("fi") + first.slice(1);
  return `${words.join(" ")}.`;
}

function paragraphs(random: Random, max: number): string {
  return Array.from({ length: random.int(1, max) }, () =>
    Array.from({ length: random.int(1, 4) }, () => sentence(random)).join(" "),
  ).join("\n\n");
}

function businessId(random: Random): string {
  for (;;) {
    const id = withCheckDigit(String(random.int(0, 9_999_999)).padStart(7, "0"));
    if (id) return id;
  }
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function answer(random: Random, yesPercent: number): YesNoAnswer {
  return {
    answer: chance(random, yesPercent),
    explanation: chance(random, 90) ? paragraphs(random, 1) : null,
  };
}

function subset<T>(random: Random, items: readonly T[], min = 1): T[] {
  const chosen = items.filter(() => chance(random, 50));
  return chosen.length >= min ? chosen : items.slice(0, min);
}

// Five-digit codes (10000–99998) in a scattered order: 7919 is prime to 89,999, so the first 89,999
// indexes each get their own number.
const FIVE_DIGIT_CODES = 89_999;

/**
 * The project code of the index-th synthetic document: distinct for every index, whatever the
 * fund letter. The first 89,999 are the five-digit codes the generator has always made; beyond
 * them come six-digit codes (000000–999999), which no five-digit code can equal.
 */
export function syntheticCode(letter: "A" | "S", index: number): string {
  if (index < FIVE_DIGIT_CODES) return `${letter}${10000 + ((index * 7919) % FIVE_DIGIT_CODES)}`;
  const rest = index - FIVE_DIGIT_CODES;
  if (rest >= 1_000_000) throw new RangeError(`no synthetic project code for document ${index}`);
  return `${letter}${String(rest).padStart(6, "0")}`;
}

export function syntheticRecord(random: Random, index: number): ProjectRecord {
  const erdf = chance(random, 15);
  const axis = pick(random, erdf ? ERDF_AXES : AXES);
  const [objectiveNumber, objectiveName] = pick(random, axis.objectives);
  const place = pick(random, PLACES);
  const [applicantName, applicantType] = pick(random, ORGANISATIONS);
  const startYear = random.int(2015, 2022);
  const startMonth = random.int(1, 12);
  const durationMonths = random.int(6, 40);
  const endMonthIndex = startMonth - 1 + durationMonths;
  const endYear = startYear + Math.floor(endMonthIndex / 12);
  const endMonth = (endMonthIndex % 12) + 1;
  const planned = random.int(40, 2_000) * 1000 + random.int(0, 999);
  const euShare = erdf ? 0.7 : 0.8;
  const realisedShare = random.int(35, 105) / 100;
  const ended = chance(random, 85);
  const realisedKnown = ended && chance(random, 90);
  const status = ended ? "Toiminta päättynyt" : pick(random, STATUSES);

  return {
    code: syntheticCode(erdf ? "A" : "S", index),
    fund: erdf ? "ERDF" : "ESF",
    programmePeriod: "2014-2020",
    sourceLanguage: "fi",
    name: NAME_PARTS.map((part) => pick(random, part))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
    priorityAxis: { number: axis.number, name: axis.name },
    specificObjective: { number: objectiveNumber, name: objectiveName },
    plannedStart: isoDate(startYear, startMonth, 1),
    plannedEnd: isoDate(endYear, endMonth, 28),
    status,
    responsibleAuthority: pick(random, AUTHORITIES),
    applicant: {
      name: applicantName,
      organisationType: applicantType,
      businessId: businessId(random),
      streetAddress: `${pick(random, ["Tulliportinkatu", "Ratakatu", "Kauppakatu", "PL"])} ${random.int(1, 60)}`,
      postalCode: String(random.int(100, 99999)).padStart(5, "0"),
      postOffice: pick(random, place.municipalities),
      phone: chance(random, 90)
        ? `0${random.int(40, 50)} ${random.int(100, 999)} ${random.int(1000, 9999)}`
        : null,
      website: chance(random, 80) ? `http://www.${applicantName.split(" ")[0]?.toLowerCase()}.fi` : null,
    },
    contact: {
      name: pick(random, [
        "Arto Holopainen",
        "Ari Kainulainen",
        "JALKANEN JUHA",
        "Kurki Heikki",
        "Liisa Virtanen",
      ]),
      title: pick(random, [
        "Projektipäällikkö",
        "projektipäällikkö",
        "Innovaatiopäällikkö",
        "Kehittämispäällikkö",
      ]),
      email: `etunimi.sukunimi(at)example${random.int(1, 9)}.fi`,
      phone: `040 ${random.int(100, 999)} ${random.int(1000, 9999)}`,
    },
    applicantArrangement: chance(random, 30) ? "Hakijoita on useampi kuin yksi (yhteishanke)" : null,
    coImplementers: chance(random, 40)
      ? subset(random, CO_IMPLEMENTERS).map((name) => ({ name, businessId: businessId(random) }))
      : [],
    summary: paragraphs(random, 4),
    targetGroups: {
      direct: paragraphs(random, 2),
      indirect: chance(random, 90) ? paragraphs(random, 2) : null,
    },
    funding: {
      grantedEuState: Math.round(planned * euShare),
      realisedEuState: realisedKnown ? Math.round(planned * realisedShare * euShare) : null,
      plannedPublicTotal: planned,
      realisedPublicTotal: realisedKnown ? Math.round(planned * realisedShare) : null,
    },
    geography: {
      regions: [place.region],
      subRegions: subset(random, place.subRegions),
      municipalities: subset(random, place.municipalities),
      implementationAddress: chance(random, 10)
        ? {
            streetAddress: `Opistotie ${random.int(1, 20)}`,
            postalCode: "70100",
            postOffice: place.municipalities[0] ?? null,
          }
        : null,
    },
    indicators: {
      companiesPlanned: random.int(0, 30),
      companiesRealised: realisedKnown ? random.int(0, 40) : null,
      personsPlanned: chance(random, 92) ? random.int(10, 800) : null,
      personsRealised: realisedKnown && chance(random, 50) ? random.int(5, 900) : null,
    },
    genderEquality: {
      analysisDone: answer(random, 80),
      mainstreamed: answer(random, 85),
      mainGoal: answer(random, 10),
    },
    sustainability: SUSTAINABILITY_CRITERIA.map((criterion) => ({
      category: criterion.category,
      criterion: criterion.key,
      direct: random.int(0, 10),
      indirect: random.int(0, 10),
      justification: chance(random, 85) ? sentence(random) : null,
    })),
    finalReportSummary: ended && chance(random, 75) ? paragraphs(random, 3) : null,
  };
}
