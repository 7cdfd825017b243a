/** The principles page's own URL state, on top of the shared project filters (tolerant). */
import { z } from "zod";
import { CRITERION_KEYS, GENDER_QUESTIONS } from "../domain/criteria";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value);

export const principlesViewSchema = z.object({
  view: z.preprocess(first, z.enum(["direct", "indirect"]).default("direct")).catch("direct"),
  hpage: z.preprocess(first, z.coerce.number().int().min(1).default(1)).catch(1),
  criterion: z.preprocess(first, z.enum(CRITERION_KEYS).optional()).catch(undefined),
  score: z.preprocess(first, z.coerce.number().int().min(0).max(10).optional()).catch(undefined),
  question: z.preprocess(first, z.enum(GENDER_QUESTIONS).optional()).catch(undefined),
  answer: z.preprocess(first, z.enum(["yes", "no"]).optional()).catch(undefined),
  /** Words to look for in the drill-down's justifications or explanations (and project names). */
  dq: z.preprocess(first, z.string().trim().min(1).max(200).optional()).catch(undefined),
});
export type PrinciplesView = z.infer<typeof principlesViewSchema>;
