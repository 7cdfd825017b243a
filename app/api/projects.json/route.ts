import { respondConditionally } from "@/lib/api/conditional";
import { errorResponse } from "@/lib/api/errors";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectRecords } from "@/lib/queries/project-records";

export const dynamic = "force-dynamic";

/** The canonical records of every project matching the filters, in the search's order (`sort=`), as one JSON array, streamed. */
export async function GET(request: Request) {
  try {
    const state = parseListStateStrict(new URL(request.url).searchParams, ["sort"]);
    return await respondConditionally(request, async () => {
      const codes = await findProjectCodes(await resolveSearch(state));
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode("["));
          let first = true;
          for await (const record of streamProjectRecords(codes)) {
            controller.enqueue(encoder.encode(`${first ? "\n" : ",\n"}${JSON.stringify(record)}`));
            first = false;
          }
          controller.enqueue(encoder.encode("\n]\n"));
          controller.close();
        },
      });
      return new Response(body, {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": 'attachment; filename="esf-projects.json"',
        },
      });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
