/** A located, specific problem found in a source document. */
export interface Problem {
  severity: "error" | "warning";
  message: string;
  line?: number;
  /** Section number as the source numbers it ("5", "8.2"). */
  section?: string;
  /** The Finnish label as the source spells it. */
  field?: string;
  /** An error that --allow-partial accepts: the document was cut short. */
  partialOk?: boolean;
}

export class ProblemList {
  readonly items: Problem[] = [];

  error(message: string, where: Omit<Problem, "severity" | "message"> = {}): void {
    this.items.push({ severity: "error", message, ...where });
  }

  warning(message: string, where: Omit<Problem, "severity" | "message"> = {}): void {
    this.items.push({ severity: "warning", message, ...where });
  }

  /** Errors that reject the document under the given mode. */
  blocking(allowPartial: boolean): Problem[] {
    return this.items.filter(
      (problem) => problem.severity === "error" && !(allowPartial && problem.partialOk),
    );
  }
}

/** "file, line 57, section 5, 'Myönnetty EU- ja valtion rahoitus': 'abc' is not an amount in euros" */
export function describeProblem(problem: Problem, file?: string): string {
  const where = [
    file,
    problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.section !== undefined ? `section ${problem.section}` : undefined,
    problem.field !== undefined ? `'${problem.field}'` : undefined,
  ].filter(Boolean);
  return `${where.length ? `${where.join(", ")}: ` : ""}${problem.message}`;
}
