import { ApiError, errorResponse } from "@/lib/api/errors";
import { searchFeedResponse } from "@/lib/feed/search-feed";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/** `/en/projects/feed.xml?<the search's parameters>`: the search's Atom feed in another language. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  try {
    const { locale } = await params;
    if (!isLocale(locale)) throw new ApiError("not_found", `No language '${locale}'`);
    return await searchFeedResponse(request, locale);
  } catch (error) {
    return errorResponse(error);
  }
}
