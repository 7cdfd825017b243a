import { errorResponse } from "@/lib/api/errors";
import { parseProjectListStrict } from "@/lib/api/strict-params";
import { pullStream } from "@/lib/http/stream";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectRecords } from "@/lib/queries/project-records";

export const dynamic = "force-dynamic";

async function* jsonPieces(codes: readonly string[]): AsyncGenerator<string> {
  yield "[";
  let separator = "\n";
  for await (const record of streamProjectRecords(codes)) {
    yield separator + JSON.stringify(record);
    separator = ",\n";
  }
  yield "\n]\n";
}

/** The canonical records of every project matching the filters, as one JSON array, streamed. */
export async function GET(request: Request) {
  try {
    const params = parseProjectListStrict(new URL(request.url).searchParams);
    const codes = await findProjectCodes(params);
    return new Response(pullStream(jsonPieces(codes)), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="esf-projects.json"',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
