/** Section 8: the three gender-equality answers (8.1) and the 15 sustainability criteria (8.2). */
import {
  CATEGORY_LABELS_FI,
  GENDER_QUESTIONS,
  SUSTAINABILITY_CRITERIA,
  type GenderQuestion,
} from "../domain/criteria";
import type { ProjectRecord, SustainabilityScore } from "../schemas/record";
import { escapeRegExp } from "./fields";
import type { LocatedSection } from "./layout";
import type { ProblemList } from "./problems";
import { joinText, normaliseHeading, type SourceLine } from "./source-text";
import { parseYesNo } from "./values";

const QUESTION_LABELS: Record<GenderQuestion, string> = {
  analysisDone: "Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta",
  mainstreamed: "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)",
  mainGoal: "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen",
};

export function parseGenderEquality(
  section: LocatedSection | undefined,
  problems: ProblemList,
  documentEndsHere: boolean,
): { answers: ProjectRecord["genderEquality"]; incomplete: boolean } {
  const answers: ProjectRecord["genderEquality"] = { analysisDone: null, mainstreamed: null, mainGoal: null };
  if (!section) return { answers, incomplete: true };

  let current: { question: GenderQuestion; answer: boolean | null; explanation: SourceLine[] } | undefined;
  const close = () => {
    if (current)
      answers[current.question] = { answer: current.answer, explanation: joinText(current.explanation) };
  };
  for (const line of section.lines) {
    const question = GENDER_QUESTIONS.find((key) => line.text.startsWith(`${QUESTION_LABELS[key]}:`));
    if (question) {
      close();
      const raw = line.text.slice(QUESTION_LABELS[question].length + 1).trim();
      let answer: boolean | null = null;
      if (raw === "") {
        problems.warning("no answer (Kyllä/Ei)", {
          line: line.number,
          section: "8.1",
          field: QUESTION_LABELS[question],
        });
      } else {
        const parsed = parseYesNo(raw);
        if (parsed.ok) answer = parsed.value;
        else
          problems.error(parsed.reason, {
            line: line.number,
            section: "8.1",
            field: QUESTION_LABELS[question],
          });
      }
      current = { question, answer, explanation: [] };
    } else if (current) {
      current.explanation.push(line);
    } else if (line.text !== "") {
      problems.warning(`unexpected extra line '${line.text.slice(0, 60)}'`, {
        line: line.number,
        section: "8.1",
      });
    }
  }
  close();

  const missing = GENDER_QUESTIONS.filter((key) => answers[key] === null);
  for (const key of missing) {
    const message = `the question '${QUESTION_LABELS[key]}' is missing`;
    if (documentEndsHere) problems.error(message, { section: "8.1", partialOk: true });
    else problems.warning(message, { section: "8.1" });
  }
  return { answers, incomplete: missing.length > 0 };
}

const CRITERION_PATTERNS = SUSTAINABILITY_CRITERIA.map((criterion) => ({
  criterion,
  pattern: new RegExp(`^${escapeRegExp(criterion.labelFi)}(?:\\s+(.*))?$`),
}));
const CATEGORY_HEADINGS = new Set(Object.values(CATEGORY_LABELS_FI).map(normaliseHeading));
const COLUMN_HEADING = /^Välitön\s*Välillinen$/i;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const LONGEST_HEADING = Math.max(...[...CATEGORY_HEADINGS].map((heading) => heading.length)) + 5;

function isColumnOrCategoryHeading(text: string): boolean {
  if (text.length > LONGEST_HEADING) return false; // justifications are long; skip normalising them
  return COLUMN_HEADING.test(text) || CATEGORY_HEADINGS.has(normaliseHeading(text));
}

/**
 * A criterion line is one of the 15 known labels followed by its two scores. Labels hold digits
 * and parentheses ("Natura 2000"), so the known labels are matched, not "text then two numbers".
 * A line that starts with a label but goes on with words is a justification.
 */
function matchCriterion(line: SourceLine) {
  for (const { criterion, pattern } of CRITERION_PATTERNS) {
    if (!line.text.startsWith(criterion.labelFi)) continue;
    const match = pattern.exec(line.text);
    if (!match) continue;
    const tokens = (match[1] ?? "").split(/\s+/).filter(Boolean);
    if (tokens.every((token) => NUMBER.test(token))) return { criterion, tokens };
  }
  return undefined;
}

export function parseSustainability(
  section: LocatedSection | undefined,
  problems: ProblemList,
  documentEndsHere: boolean,
): { scores: SustainabilityScore[]; incomplete: boolean } {
  if (!section) return { scores: [], incomplete: true };
  const found = new Map<string, SustainabilityScore>();
  // Criteria present but with bad scores: already reported, so not reported again as missing.
  const invalidScores = new Set<string>();
  let current: { score: SustainabilityScore; justification: SourceLine[] } | undefined;
  const close = () => {
    if (current) current.score.justification = joinText(current.justification);
    current = undefined;
  };

  for (const line of section.lines) {
    if (isColumnOrCategoryHeading(line.text)) {
      close();
      continue;
    }
    const match = matchCriterion(line);
    if (!match) {
      if (current) current.justification.push(line);
      else if (line.text !== "") {
        problems.warning(`unexpected extra line '${line.text.slice(0, 60)}'`, {
          line: line.number,
          section: "8.2",
        });
      }
      continue;
    }
    close();
    const { criterion, tokens } = match;
    const where = { line: line.number, section: "8.2", field: criterion.labelFi };
    if (found.has(criterion.key) || invalidScores.has(criterion.key)) {
      problems.error("the criterion appears twice", where);
      continue;
    }
    if (tokens.length !== 2) {
      invalidScores.add(criterion.key);
      problems.error(`expected two scores (direct and indirect, 0–10), found ${tokens.length}`, where);
      continue;
    }
    const [direct, indirect] = tokens.map(Number) as [number, number];
    const invalid = [direct, indirect].find((score) => !Number.isInteger(score) || score < 0 || score > 10);
    if (invalid !== undefined) {
      invalidScores.add(criterion.key);
      problems.error(`score ${invalid} is not a whole number from 0 to 10`, where);
      continue;
    }
    const score: SustainabilityScore = {
      category: criterion.category,
      criterion: criterion.key,
      direct,
      indirect,
      justification: null,
    };
    found.set(criterion.key, score);
    current = { score, justification: [] };
  }
  close();

  const missing = SUSTAINABILITY_CRITERIA.filter(
    (criterion) => !found.has(criterion.key) && !invalidScores.has(criterion.key),
  );
  for (const criterion of missing) {
    problems.error(`the criterion '${criterion.labelFi}' is missing`, {
      section: "8.2",
      // Only a document that ends inside 8.2 was cut short; elsewhere a lost criterion is an error.
      partialOk: documentEndsHere,
    });
  }
  const scores = SUSTAINABILITY_CRITERIA.flatMap((criterion) => {
    const score = found.get(criterion.key);
    return score ? [score] : [];
  });
  return { scores, incomplete: missing.length > 0 };
}
