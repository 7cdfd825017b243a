import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { getEnv } from "@/lib/env";
import { exportFileEntry, LATEST } from "@/lib/exports/manifest";

export const dynamic = "force-dynamic";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/jsonl; charset=utf-8" } as const;

/**
 * `/api/exports/<version>/<file>` (or `/api/exports/latest/<file>`): one open-data file, streamed from disk as written after the
 * import. Only files the version's manifest lists are served; nothing here reads the database.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ version: string; file: string }> },
) {
  try {
    const { version, file } = await params;
    const found = await exportFileEntry(getEnv().exportsDir, version, file);
    if (!found) throw new ApiError("not_found", `No open-data file '${version}/${file}'`);
    const etag = `"${found.entry.sha256}"`;
    const headers = {
      "Content-Type": CONTENT_TYPES[file.endsWith(".csv") ? "csv" : "jsonl"],
      "Content-Length": String(found.entry.bytes),
      "Content-Disposition": `attachment; filename="esf-registry-${version}-${file}"`,
      ETag: etag,
      // A version's files never change: a new version is a new address. "latest" moves.
      "Cache-Control": version === LATEST ? "public, no-cache" : "public, max-age=31536000, immutable",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    const stream = Readable.toWeb(createReadStream(found.path)) as ReadableStream<Uint8Array>;
    return new Response(stream, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}
