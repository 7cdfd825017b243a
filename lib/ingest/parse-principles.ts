/** Section 8: the three gender-equality answers (8.1) and the 15 sustainability criteria (8.2). */
import { GENDER_QUESTIONS, SUSTAINABILITY_CRITERIA, type GenderQuestion } from "../domain/criteria";
import type { ProjectRecord, SustainabilityScore } from "../schemas/record";
import type { Eura2014Language } from "./eura2014-languages";
import { escapeRegExp } from "./fields";
import type { LocatedSection } from "./layout";
import type { ProblemList } from "./problems";
import { joinText, normaliseHeading, type SourceLine } from "./source-text";
import { parseYesNo } from "./values";

export function parseGenderEquality(
  section: LocatedSection | undefined,
  problems: ProblemList,
  documentEndsHere: boolean,
  table: Eura2014Language,
): { answers: ProjectRecord["genderEquality"]; incomplete: boolean } {
  const QUESTION_LABELS = table.genderQuestions;
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
        problems.warning(`no answer (${table.yes}/${table.no})`, {
          line: line.number,
          section: "8.1",
          field: QUESTION_LABELS[question],
        });
      } else {
        const parsed = parseYesNo(raw, table.yes, table.no);
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

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** The criterion labels and headings of section 8.2 in one language, compiled once. */
function compileCriteria(table: Eura2014Language) {
  const criteria = SUSTAINABILITY_CRITERIA.map((criterion) => {
    const label = table.criteria[criterion.key] ?? criterion.labelFi;
    return { criterion, label, pattern: new RegExp(`^${escapeRegExp(label)}(?:\\s+(.*))?$`) };
  });
  const categories = new Set(Object.values(table.categories).map(normaliseHeading));
  const longest = Math.max(...[...categories].map((heading) => heading.length)) + 5;
  return {
    criteria,
    isHeading: (text: string) =>
      // Justifications are long; skip normalising them.
      text.length <= longest && (table.scoreColumns.test(text) || categories.has(normaliseHeading(text))),
  };
}
const COMPILED = new WeakMap<Eura2014Language, ReturnType<typeof compileCriteria>>();
const compiled = (table: Eura2014Language) => {
  let entry = COMPILED.get(table);
  if (!entry) COMPILED.set(table, (entry = compileCriteria(table)));
  return entry;
};

/**
 * A criterion line is one of the 15 known labels followed by its two scores. Labels hold digits
 * and parentheses ("Natura 2000"), so the known labels are matched, not "text then two numbers".
 * A line that starts with a label but goes on with words is a justification.
 */
function matchCriterion(line: SourceLine, criteria: ReturnType<typeof compileCriteria>["criteria"]) {
  for (const { criterion, label, pattern } of criteria) {
    if (!line.text.startsWith(label)) continue;
    const match = pattern.exec(line.text);
    if (!match) continue;
    const tokens = (match[1] ?? "").split(/\s+/).filter(Boolean);
    if (tokens.every((token) => NUMBER.test(token))) return { criterion, label, tokens };
  }
  return undefined;
}

export function parseSustainability(
  section: LocatedSection | undefined,
  problems: ProblemList,
  documentEndsHere: boolean,
  table: Eura2014Language,
): { scores: SustainabilityScore[]; incomplete: boolean } {
  if (!section) return { scores: [], incomplete: true };
  const { criteria, isHeading } = compiled(table);
  const labelOf = new Map(criteria.map((entry) => [entry.criterion.key, entry.label]));
  const found = new Map<string, SustainabilityScore>();
  // Criteria present but with bad scores: already reported, so not reported again as missing.
  const invalidScores = new Set<string>();
  let current: { score: SustainabilityScore; justification: SourceLine[] } | undefined;
  const close = () => {
    if (current) current.score.justification = joinText(current.justification);
    current = undefined;
  };

  for (const line of section.lines) {
    if (isHeading(line.text)) {
      close();
      continue;
    }
    const match = matchCriterion(line, criteria);
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
    const { criterion, label, tokens } = match;
    const where = { line: line.number, section: "8.2", field: label };
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
    // "-0" is no score either, although it reads as the number 0.
    const invalid = tokens.find((token) => {
      const score = Number(token);
      return token.startsWith("-") || !Number.isInteger(score) || score < 0 || score > 10;
    });
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
    problems.error(`the criterion '${labelOf.get(criterion.key)}' is missing`, {
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
