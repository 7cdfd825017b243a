import compileMessage from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { CRITERION_KEYS, GENDER_QUESTIONS, SUSTAINABILITY_CATEGORIES } from "@/lib/domain/criteria";
import { VOCABULARIES, VOCABULARY_KINDS } from "@/lib/domain/vocabulary";
import { formatDate, formatEuro, formatPercent } from "@/lib/format";
import en from "@/lib/i18n/messages/en.json";
import fi from "@/lib/i18n/messages/fi.json";
import sv from "@/lib/i18n/messages/sv.json";
import { locales } from "@/lib/i18n/routing";
import { groupLabel, VOCABULARY_LABELS, vocabularyLabel } from "@/lib/i18n/vocabulary";
import classification from "@/lib/domain/places/classification.json";
import { placeClassificationSchema } from "@/lib/domain/places/types";
import { placeLabel } from "@/lib/i18n/vocabulary/places";

type Messages = { [key: string]: string | Messages };
const MESSAGES: Record<(typeof locales)[number], Messages> = { fi, sv, en };

/** Every key path of a message tree ("shell.nav.home"), leaves and branches apart. */
function keyPaths(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

const lookup = (messages: Messages, path: string) =>
  path
    .split(".")
    .reduce<string | Messages | undefined>(
      (node, key) => (typeof node === "object" ? node[key] : undefined),
      messages,
    );

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the message files", () => {
  it.each(["sv", "en"] as const)(
    "%s has exactly the Finnish keys, nested, every message non-empty",
    (locale) => {
      expect(keyPaths(MESSAGES[locale]).sort()).toEqual(keyPaths(fi).sort());
      for (const path of keyPaths(MESSAGES[locale]))
        expect(lookup(MESSAGES[locale], path), path).not.toBe("");
    },
  );

  it("name every criterion, dimension and gender question in every language", () => {
    for (const locale of locales) {
      const messages = MESSAGES[locale];
      for (const key of CRITERION_KEYS) expect(lookup(messages, `criteria.${key}`), key).toBeTypeOf("string");
      for (const key of SUSTAINABILITY_CATEGORIES)
        expect(lookup(messages, `project.category.${key}`), key).toBeTypeOf("string");
      for (const key of GENDER_QUESTIONS) {
        expect(lookup(messages, `project.question.${key}`), key).toBeTypeOf("string");
        expect(lookup(messages, `principles.shortQuestion.${key}`), key).toBeTypeOf("string");
      }
    }
  });

  it("are valid ICU messages (the build compiles them: next.config.ts)", () => {
    const invalid = locales.flatMap((locale) =>
      keyPaths(MESSAGES[locale]).flatMap((path) => {
        try {
          compileMessage(lookup(MESSAGES[locale], path) as string);
          return [];
        } catch (error) {
          return [`${locale} ${path}: ${(error as Error).message}`];
        }
      }),
    );
    expect(invalid).toEqual([]);
  });

  it("Swedish is not Finnish or English left untranslated", () => {
    const same = keyPaths(sv).filter(
      (path) =>
        !path.startsWith("shell.languages.") &&
        lookup(sv, path) === lookup(fi, path) &&
        // Words, not just placeholders ("{from}–{to} %").
        /[a-zåäö]{4}/i.test(String(lookup(sv, path)).replace(/\{[^{}]*\}/g, "")),
    );
    expect(same).toEqual([]);
  });
});

describe("the closed vocabularies", () => {
  it("have a label for every canonical value in every language, and no label for anything else", () => {
    for (const locale of locales) {
      for (const kind of VOCABULARY_KINDS) {
        const labels = VOCABULARY_LABELS[locale][kind] as Record<string, string>;
        expect(Object.keys(labels).sort(), `${locale} ${kind}`).toEqual([...VOCABULARIES[kind]].sort());
        for (const value of VOCABULARIES[kind])
          expect(labels[value]?.trim(), `${locale} ${kind} ${value}`).toBeTruthy();
      }
    }
  });

  it("read in the page's language; unknown values stay as published, marked Finnish", () => {
    expect(vocabularyLabel("status", "Toiminta päättynyt", "en")).toEqual({ text: "Ended" });
    expect(vocabularyLabel("status", "Toiminta päättynyt", "sv")).toEqual({ text: "Avslutat" });
    expect(vocabularyLabel("status", "Toiminta päättynyt", "fi")).toEqual({ text: "Toiminta päättynyt" });
    expect(vocabularyLabel("fund", "ESF", "sv")).toEqual({ text: "Europeiska socialfonden (ESF)" });
    expect(vocabularyLabel("orgType", "Kunta", "sv")).toEqual({ text: "Kommun" });
    expect(
      vocabularyLabel("authority", "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus", "sv"),
    ).toEqual({ text: "NTM-centralen i Södra Savolax" });
    expect(vocabularyLabel("orgType", "Seurakunta", "en")).toEqual({ text: "Seurakunta", lang: "fi" });
    expect(vocabularyLabel("orgType", "Seurakunta", "fi")).toEqual({ text: "Seurakunta" });
  });

  it("translate an axis or objective by number only when the published name is the programme's", () => {
    expect(vocabularyLabel("axis", "3", "en", "Työllisyys ja työvoiman  liikkuvuus")).toEqual({
      text: "3. Employment and labour mobility",
    });
    expect(vocabularyLabel("objective", "12.3", "sv", "Digitaalisten taitojen parantaminen")).toEqual({
      text: "12.3. Förbättrade digitala färdigheter",
    });
    // Axis 3 of another programme period keeps its own name.
    expect(vocabularyLabel("axis", "3", "en", "Osaamisen kehittäminen")).toEqual({
      text: "3. Osaamisen kehittäminen",
      lang: "fi",
    });
    expect(groupLabel("axis", "4", "4. Koulutus, ammattitaito ja elinikäinen oppiminen", "sv")).toEqual({
      text: "4. Utbildning, yrkesskicklighet och livslångt lärande",
    });
  });
});

describe("place names", () => {
  it("name every region in Swedish and English from the official classification, Åland too", () => {
    const regions = Object.values(placeClassificationSchema.parse(classification).regions);
    expect(regions).toHaveLength(19);
    for (const { names } of regions)
      for (const locale of ["sv", "en"] as const)
        expect(placeLabel("region", names[0], locale).lang).toBeUndefined();
    expect(placeLabel("region", "Pohjois-Savo", "sv")).toEqual({ text: "Norra Savolax" });
    expect(placeLabel("region", "Pohjois-Savo", "en")).toEqual({ text: "North Savo" });
    expect(placeLabel("region", "Ahvenanmaa", "sv")).toEqual({ text: "Åland" });
    expect(groupLabel("region", "Pohjois-Savo", "Pohjois-Savo", "sv")).toEqual({ text: "Norra Savolax" });
  });

  it("name municipalities officially, in English by their majority language, and mark unknown names Finnish", () => {
    expect(placeLabel("municipality", "Kuopio", "sv")).toEqual({ text: "Kuopio" });
    expect(placeLabel("municipality", "Helsinki", "sv")).toEqual({ text: "Helsingfors" });
    expect(placeLabel("municipality", "Helsinki", "en")).toEqual({ text: "Helsinki" });
    expect(placeLabel("municipality", "Helsinki", "fi")).toEqual({ text: "Helsinki" });
    expect(placeLabel("municipality", "Maarianhamina", "en")).toEqual({ text: "Mariehamn" });
    expect(placeLabel("municipality", "Inkoo", "en")).toEqual({ text: "Ingå" });
    expect(placeLabel("municipality", "Atlantis", "sv")).toEqual({ text: "Atlantis", lang: "fi" });
  });

  it("name sub-regions, written in the genitive, in the nominative in Swedish and English", () => {
    expect(placeLabel("subRegion", "Kuopion", "fi")).toEqual({ text: "Kuopion" });
    expect(placeLabel("subRegion", "Oulun", "sv")).toEqual({ text: "Uleåborg" });
    expect(placeLabel("subRegion", "Kuopion", "en")).toEqual({ text: "Kuopio" });
    // The tables call Ylä-Savo by its region's Swedish name; corrected when they were built.
    expect(placeLabel("subRegion", "Ylä-Savon", "sv")).toEqual({ text: "Övre Savolax" });
    const { regions, subRegions } = placeClassificationSchema.parse(classification);
    for (const { names, spans } of Object.values(subRegions)) {
      const region = regions[spans.at(-1)![2]]!.names;
      if (names[0] === region[0]) continue;
      expect(names[1]).not.toBe(region[1]);
      expect(names[2]).not.toBe(region[2]);
    }
  });
});

describe("Swedish formats", () => {
  it("write numbers, euros and dates as in Finland", () => {
    expect(normalise(formatEuro(1226328, "sv"))).toBe("1 226 328 €");
    expect(normalise(formatPercent(0.661, "sv"))).toBe("66,1 %");
    expect(formatDate("2022-12-31", "sv")).toBe("31.12.2022");
  });
});
