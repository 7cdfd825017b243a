import { respondConditionally } from "@/lib/api/conditional";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { routeSegment } from "@/lib/http/route-segment";
import { getProject } from "@/lib/queries/project-records";

export const dynamic = "force-dynamic";

/** One project's canonical record, with what its own web pages tell and list (`webPages`). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    const code = routeSegment((await params).code);
    return await respondConditionally(request, async () => {
      const project = code && (await getProject(code));
      if (!project)
        throw new ApiError("not_found", `No project with the code '${code ?? "(not a project code)"}'`);
      return Response.json({ ...project.record, webPages: project.webPages });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
