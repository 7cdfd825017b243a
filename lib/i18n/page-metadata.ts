import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "./locale";

/** generateMetadata for a page whose title is `<namespace>.title` in the page's language. */
export function titleFromMessages(namespace: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace });
    return { title: t("title") };
  };
}
