import type { z } from "zod";

/**
 * A JSON column's value checked by its schema, never cast: data that does not fit is an error
 * naming the column, not a page that shows nonsense.
 */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return (value: unknown, what: string): z.infer<T> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new Error(`The database holds unexpected JSON in ${what}: ${parsed.error.message}`);
    return parsed.data;
  };
}
