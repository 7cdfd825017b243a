/** A rejected file as the import history stores it (import_run.rejected_files). */
import { z } from "zod";
import { problemSchema } from "../ingest/problems";

/** The same located problem the parser reports (one definition: lib/ingest/problems.ts). */
export const storedProblemSchema = problemSchema;

export const rejectedFilesSchema = z.array(
  z.object({ file: z.string(), problems: z.array(storedProblemSchema) }),
);
