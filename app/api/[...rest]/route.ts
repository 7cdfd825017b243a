import { ApiError, errorResponse } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

/** An unknown API address: the API's JSON 404, not an HTML page under the API's policy. */
export function GET(request: Request) {
  return errorResponse(
    new ApiError("not_found", "No such API address", [
      `'${new URL(request.url).pathname}' is not one of /api/projects.csv, /api/projects.json, /api/projects/<code>, /api/tables/<table>.csv`,
    ]),
  );
}
