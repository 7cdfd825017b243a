/** A rejected file as the import history stores it (import_run.rejected_files). */
import { z } from "zod";

export const storedProblemSchema = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  line: z.number().int().optional(),
  section: z.string().optional(),
  field: z.string().optional(),
  partialOk: z.boolean().optional(),
});

export const rejectedFilesSchema = z.array(
  z.object({ file: z.string(), problems: z.array(storedProblemSchema) }),
);
