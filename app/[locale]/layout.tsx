import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { Announcer } from "@/components/layout/announcer";
import { RouteFocus } from "@/components/layout/route-focus";
import { isLocale } from "@/lib/i18n/routing";
import "../globals.css";

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "fi", namespace: "meta" });
  return {
    title: { default: t("siteName"), template: `%s – ${t("siteName")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("shell"), getMessages()]);
  // Client components only need these namespaces; the rest stays on the server.
  const clientMessages = {
    shell: messages.shell,
    error: messages.error,
    chart: messages.chart,
    placeFacet: messages.placeFacet,
  };

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <SkipLink href="#main">{t("skipToContent")}</SkipLink>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
          <Announcer />
          <RouteFocus />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
