/** One error type for the JSON API, mapped to an HTTP status and one body shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return Response.json({ error: error.message, details: error.details }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: "Internal error" }, { status: 500 });
}
