import { respondConditionally } from "@/lib/api/conditional";
import { errorResponse } from "@/lib/api/errors";
import { pullStream } from "@/lib/http/stream";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectsWithWebPages } from "@/lib/queries/project-records";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";

export const dynamic = "force-dynamic";

// Records gathered into pieces of about this many characters: fewer, larger writes.
const PIECE_LENGTH = 64 * 1024;

async function* jsonPieces(codes: readonly string[]): AsyncGenerator<string> {
  let piece = "[";
  let separator = "\n";
  for await (const record of streamProjectsWithWebPages(codes)) {
    piece += separator + JSON.stringify(record);
    separator = ",\n";
    if (piece.length >= PIECE_LENGTH) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n]\n`;
}

/**
 * The canonical records of every project matching the filters, each with what its own web pages
 * tell and list (`webPages`), in the search's order (`sort=`),
 * as one JSON array, pulled by the client (a slow reader holds the export back).
 */
export async function GET(request: Request) {
  try {
    const state = parseListStateStrict(new URL(request.url).searchParams, ["sort"]);
    return await respondConditionally(request, async () => {
      const codes = await findProjectCodes(await resolveSearch(state));
      return new Response(pullStream(jsonPieces(codes)), {
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
