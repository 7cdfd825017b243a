/**
 * One error type for the JSON API, mapped to an HTTP status and one body shape: the message for
 * people, a machine-readable `code` for programs, and the details (one line per problem).
 */
import { z } from "zod";

/** Every error code the API answers with, and its HTTP status. */
export const API_ERROR_STATUS = {
  invalid_parameters: 400,
  not_found: 404,
  internal_error: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

export const apiErrorBodySchema = z
  .object({
    error: z.string().describe("What went wrong, in English"),
    code: z.enum(API_ERROR_CODES).describe("Machine-readable error code"),
    details: z.array(z.string()).describe("One line per problem, naming the parameter or value"),
  })
  .strict();
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: Exclude<ApiErrorCode, "internal_error">,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.status = API_ERROR_STATUS[code];
  }
}

export function errorBody(code: ApiErrorCode, error: string, details: string[] = []): ApiErrorBody {
  return { error, code, details };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return Response.json(errorBody(error.code, error.message, error.details), { status: error.status });
  }
  console.error(error);
  return Response.json(errorBody("internal_error", "Internal error"), { status: 500 });
}
