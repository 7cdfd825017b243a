/**
 * Swedish names of the closed vocabularies, as Finnish authorities write them: the programme
 * "Hållbar tillväxt och jobb 2014–2020 – Finlands strukturfondsprogram", the NTM-centralerna
 * (names from Statistics Finland's classification) and the EURA 2014 statuses and types.
 */
import type { VocabularyLabels } from "./labels";
import { elyCentreLabels } from "./labels";

const ELY_REGIONS_SV = {
  Uudenmaan: "Nyland",
  "Varsinais-Suomen": "Egentliga Finland",
  Satakunnan: "Satakunta",
  Hämeen: "Tavastland",
  Pirkanmaan: "Birkaland",
  "Kaakkois-Suomen": "Sydöstra Finland",
  "Etelä-Savon": "Södra Savolax",
  "Pohjois-Savon": "Norra Savolax",
  "Pohjois-Karjalan": "Norra Karelen",
  "Keski-Suomen": "Mellersta Finland",
  "Etelä-Pohjanmaan": "Södra Österbotten",
  Pohjanmaan: "Österbotten",
  "Pohjois-Pohjanmaan": "Norra Österbotten",
  Kainuun: "Kajanaland",
  Lapin: "Lappland",
} as const;

export const VOCABULARY_SV: VocabularyLabels = {
  fund: {
    ESF: "Europeiska socialfonden (ESF)",
    ERDF: "Europeiska regionala utvecklingsfonden (Eruf)",
  },
  status: {
    Toiminnassa: "Pågående",
    "Toiminta päättynyt": "Avslutat",
  },
  orgType: {
    Kunta: "Kommun",
    Kuntayhtymä: "Samkommun",
    Ammattikorkeakoulu: "Yrkeshögskola",
    Yliopisto: "Universitet",
    Mikroyritys: "Mikroföretag",
    "Pieni yritys": "Litet företag",
    "Keskisuuri yritys": "Medelstort företag",
    Suuryritys: "Stort företag",
    "Valtion virasto tai laitos": "Statligt ämbetsverk eller statlig inrättning",
    Yhdistys: "Förening",
    Säätiö: "Stiftelse",
  },
  authority: {
    ...elyCentreLabels((region) => `NTM-centralen i ${ELY_REGIONS_SV[region]}`),
    "Uudenmaan liitto": "Nylands förbund",
  },
  axis: {
    "1": "Små och medelstora företags konkurrenskraft",
    "2": "Produktion och användning av den senaste kunskapen och kompetensen",
    "3": "Sysselsättning och arbetskraftens rörlighet",
    "4": "Utbildning, yrkesskicklighet och livslångt lärande",
    "5": "Social delaktighet och bekämpning av fattigdom",
    "9": "REACT-EU:s ESF-åtgärder",
  },
  objective: {
    "3.1": "Främjande av nya företag",
    "4.1": "Utveckling av regionala innovationskluster",
    "7.1": "Förbättrad produktivitet och bättre välbefinnande i arbetet",
    "9.1": "Effektivare övergång till utbildning och arbetsliv",
    "10.1": "Ökad delaktighet för personer utanför arbetslivet",
    "10.3": "Höjd kompetensnivå hos befolkningen i arbetsför ålder",
    "12.3": "Förbättrade digitala färdigheter",
  },
};
