import { respondConditionally } from "@/lib/api/conditional";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { getProject } from "@/lib/queries/project-records";

export const dynamic = "force-dynamic";

/** One project's canonical record. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    const { code } = await params;
    return await respondConditionally(request, async () => {
      const project = await getProject(code);
      if (!project) throw new ApiError("not_found", `No project with the code '${code}'`);
      return Response.json(project.record);
    });
  } catch (error) {
    return errorResponse(error);
  }
}
