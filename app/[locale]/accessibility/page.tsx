import { getTranslations, setRequestLocale } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { titleFromMessages } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("accessibility");

// When the assessment below was made; change it with the statement.
const STATEMENT_DATE = "2026-11-23";
const GAPS = ["charts", "hyphenation", "sourceTexts", "downloads", "testing"] as const;
// The accessibility monitoring unit (Lupa- ja valvontavirasto since 2026, before it the Regional
// State Administrative Agency for Southern Finland) publishes how to notify it on this site.
const ENFORCEMENT = { web: "https://www.saavutettavuusvaatimukset.fi" };

/** Saavutettavuusseloste: the accessibility statement Finnish law (306/2019) requires. */
export default async function AccessibilityPage({ params }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  const { FEEDBACK_EMAIL } = getEnv();
  return (
    <article className="max-w-3xl space-y-6">
      <h1>{t("title")}</h1>
      <p>{t("scope")}</p>
      <section aria-labelledby="status-heading" className="space-y-2">
        <h2 id="status-heading">{t("statusHeading")}</h2>
        <p data-testid="conformance">{t("status")}</p>
      </section>
      <section aria-labelledby="gaps-heading" className="space-y-2">
        <h2 id="gaps-heading">{t("gapsHeading")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {GAPS.map((gap) => (
            <li key={gap}>{t(`gaps.${gap}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="method-heading" className="space-y-2">
        <h2 id="method-heading">{t("methodHeading")}</h2>
        <p>{t("method")}</p>
        <p>{t("date", { date: formatDate(STATEMENT_DATE, locale) })}</p>
      </section>
      <section aria-labelledby="feedback-heading" className="space-y-2">
        <h2 id="feedback-heading">{t("feedbackHeading")}</h2>
        <p>{t("feedback")}</p>
        <p>
          {t("feedbackEmail")} <a href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</a>
        </p>
      </section>
      <section aria-labelledby="enforcement-heading" className="space-y-2">
        <h2 id="enforcement-heading">{t("enforcementHeading")}</h2>
        <p>{t("enforcement")}</p>
        <p>
          {t("enforcementBody")}
          <br />
          {t("enforcementWeb")} <a href={ENFORCEMENT.web}>www.saavutettavuusvaatimukset.fi</a>
        </p>
      </section>
    </article>
  );
}
