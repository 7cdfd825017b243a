/**
 * English names of the closed vocabularies: the programme "Sustainable growth and jobs 2014–2020 –
 * Structural Funds Programme of Finland", EURA 2014's own English page ("Ended", "REACT-EU ESF
 * measures", "Improving digital skills") and the ELY Centres as Statistics Finland names them.
 */
import type { VocabularyLabels } from "./labels";
import { elyCentreLabels } from "./labels";

const ELY_REGIONS_EN = {
  Uudenmaan: "Uusimaa",
  "Varsinais-Suomen": "Southwest Finland",
  Satakunnan: "Satakunta",
  Hämeen: "Häme",
  Pirkanmaan: "Pirkanmaa",
  "Kaakkois-Suomen": "Southeast Finland",
  "Etelä-Savon": "South Savo",
  "Pohjois-Savon": "North Savo",
  "Pohjois-Karjalan": "North Karelia",
  "Keski-Suomen": "Central Finland",
  "Etelä-Pohjanmaan": "South Ostrobothnia",
  Pohjanmaan: "Ostrobothnia",
  "Pohjois-Pohjanmaan": "North Ostrobothnia",
  Kainuun: "Kainuu",
  Lapin: "Lapland",
} as const;

export const VOCABULARY_EN: VocabularyLabels = {
  fund: {
    ESF: "European Social Fund (ESF)",
    ERDF: "European Regional Development Fund (ERDF)",
  },
  status: {
    Toiminnassa: "Ongoing",
    "Toiminta päättynyt": "Ended",
  },
  orgType: {
    Kunta: "Municipality",
    Kuntayhtymä: "Joint municipal authority",
    Ammattikorkeakoulu: "University of applied sciences",
    Yliopisto: "University",
    Mikroyritys: "Micro enterprise",
    "Pieni yritys": "Small enterprise",
    "Keskisuuri yritys": "Medium-sized enterprise",
    Suuryritys: "Large enterprise",
    "Valtion virasto tai laitos": "State agency or institution",
    Yhdistys: "Association",
    Säätiö: "Foundation",
  },
  authority: {
    ...elyCentreLabels((region) => `${ELY_REGIONS_EN[region]} ELY Centre`),
    "Uudenmaan liitto": "Helsinki-Uusimaa Regional Council",
  },
  axis: {
    "1": "Competitiveness of SMEs",
    "2": "Producing and using the latest information and know-how",
    "3": "Employment and labour mobility",
    "4": "Education, skills and lifelong learning",
    "5": "Social inclusion and combating poverty",
    "9": "REACT-EU ESF measures",
  },
  objective: {
    "3.1": "Promoting the creation of new enterprises",
    "4.1": "Developing regional innovation clusters",
    "7.1": "Improving productivity and well-being at work",
    "9.1": "Improving transitions to education and working life",
    "10.1": "Increasing the inclusion of people outside working life",
    "10.3": "Raising the skill level of the working-age population",
    "12.3": "Improving digital skills",
  },
};
