/** The 15 sustainable-development criteria of section 8.2, in the order the source lists them. */
export const SUSTAINABILITY_CATEGORIES = ["ecological", "economic", "social"] as const;
export type SustainabilityCategory = (typeof SUSTAINABILITY_CATEGORIES)[number];

export const CATEGORY_LABELS_FI: Record<SustainabilityCategory, string> = {
  ecological: "Ekologinen kestävyys",
  economic: "Taloudellinen kestävyys",
  social: "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus",
};

export const SUSTAINABILITY_CRITERIA = [
  { key: "naturalResources", category: "ecological", labelFi: "Luonnonvarojen käytön kestävyys" },
  {
    key: "climateRisks",
    category: "ecological",
    labelFi: "Ilmastonmuutoksen aiheuttamien riskien vähentäminen",
  },
  { key: "biodiversity", category: "ecological", labelFi: "Kasvillisuus, eliöt ja luonnon monimuotoisuus" },
  {
    key: "waterSoilAir",
    category: "ecological",
    labelFi: "Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)",
  },
  { key: "natura2000", category: "ecological", labelFi: "Natura 2000 -ohjelman kohteet" },
  { key: "materialsWaste", category: "economic", labelFi: "Materiaalit ja jätteet" },
  { key: "renewableEnergy", category: "economic", labelFi: "Uusiutuvien energialähteiden käyttö" },
  {
    key: "localEconomy",
    category: "economic",
    labelFi: "Paikallisen elinkeinorakenteen kestävä kehittäminen",
  },
  {
    key: "intangibleProducts",
    category: "economic",
    labelFi: "Aineettomien tuotteiden ja palvelujen kehittäminen",
  },
  { key: "mobilityLogistics", category: "economic", labelFi: "Liikkuminen ja logistiikka" },
  { key: "wellbeing", category: "social", labelFi: "Hyvinvoinnin edistäminen" },
  { key: "equality", category: "social", labelFi: "Tasa-arvon edistäminen" },
  {
    key: "socialCulturalEquity",
    category: "social",
    labelFi: "Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus",
  },
  { key: "culturalEnvironment", category: "social", labelFi: "Kulttuuriympäristö" },
  { key: "environmentalCompetence", category: "social", labelFi: "Ympäristöosaaminen" },
] as const satisfies readonly { key: string; category: SustainabilityCategory; labelFi: string }[];

export type CriterionKey = (typeof SUSTAINABILITY_CRITERIA)[number]["key"];
export const CRITERION_KEYS = SUSTAINABILITY_CRITERIA.map((criterion) => criterion.key) as [
  CriterionKey,
  ...CriterionKey[],
];

export const GENDER_QUESTIONS = ["analysisDone", "mainstreamed", "mainGoal"] as const;
export type GenderQuestion = (typeof GENDER_QUESTIONS)[number];

const CRITERION_POSITION = new Map<string, number>(CRITERION_KEYS.map((key, i) => [key, i]));
/** A criterion's place in the published order (0–14): how scores are stored and listed. */
export const criterionPosition = (key: CriterionKey) => CRITERION_POSITION.get(key) ?? 0;
