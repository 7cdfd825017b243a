import { z } from "zod";

/** A located, specific problem found in a source document (also stored with the record as JSON). */
export const problemSchema = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  line: z.number().int().optional(),
  /** Section number as the source numbers it ("5", "8.2"). */
  section: z.string().optional(),
  /** The Finnish label as the source spells it. */
  field: z.string().optional(),
  /** An error that --allow-partial accepts: the document was cut short. */
  partialOk: z.boolean().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

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
