import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("about");

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("about");
  return (
    <article className="max-w-3xl space-y-6">
      <h1>{t("title")}</h1>
      <section className="space-y-2">
        <h2>{t("sourceHeading")}</h2>
        <p>{t("source")}</p>
      </section>
      <section className="space-y-2">
        <h2>{t("recordHeading")}</h2>
        <p>{t("record")}</p>
      </section>
      <section className="space-y-2">
        <h2>{t("definitionsHeading")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("granted")}</li>
          <li>{t("realised")}</li>
          <li>{t("plannedPublic")}</li>
          <li>{t("absorption")}</li>
          <li>{t("perParticipant")}</li>
          <li>{t("benchmark")}</li>
          <li>{t("tables")}</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2>{t("missingHeading")}</h2>
        <p>{t("missing")}</p>
      </section>
      <section className="space-y-2">
        <h2>{t("licenceHeading")}</h2>
        <p>{t("licence")}</p>
      </section>
    </article>
  );
}
