import { errorResponse } from "@/lib/api/errors";
import { searchFeedResponse } from "@/lib/feed/search-feed";

export const dynamic = "force-dynamic";

/** `/projects/feed.xml?<the search's parameters>`: the search's Atom feed, linking to Finnish pages. */
export async function GET(request: Request) {
  try {
    return await searchFeedResponse(request, "fi");
  } catch (error) {
    return errorResponse(error);
  }
}
