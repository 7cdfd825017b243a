import { getTranslations, setRequestLocale } from "next-intl/server";
import { SCROLLING_CAPTION, ScrollRegion } from "@/components/ui/scroll-region";
import { EndpointSection } from "@/components/developers/endpoint-section";
import { developerDocs, errorDocs } from "@/lib/api/developer-docs";
import { resolveLocale } from "@/lib/i18n/locale";
import { titleFromMessages } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("developers");

export default async function DevelopersPage({ params }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("developers");
  const endpoints = developerDocs();
  return (
    <article className="max-w-5xl space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <p>
        <a href="/api/openapi.json">{t("openapiLink")}</a>
      </p>
      <nav aria-label={t("contents")}>
        <ul className="list-disc pl-6">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <a href={`#${endpoint.id}`}>
                <code>{endpoint.path}</code>
              </a>
            </li>
          ))}
          <li>
            <a href="#errors">{t("errorsHeading")}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="conditional-heading" className="max-w-3xl space-y-2">
        <h2 id="conditional-heading">{t("conditionalHeading")}</h2>
        <p>{t("conditional")}</p>
      </section>
      {endpoints.map((endpoint) => (
        <EndpointSection key={endpoint.id} endpoint={endpoint} />
      ))}
      <section id="errors" aria-labelledby="errors-heading" className="max-w-3xl space-y-2">
        <h2 id="errors-heading">{t("errorsHeading")}</h2>
        <p>{t("errors")}</p>
        <pre className="bg-slate-100 p-3 text-sm break-all whitespace-pre-wrap">
          {`{ "error": "Bad query parameters", "code": "invalid_parameters",\n  "details": ["unknown parameter 'regio'"] }`}
        </pre>
        {/* Wider than a phone: it scrolls in its own box, in the Tab order, not the page. */}
        <ScrollRegion label={t("errorCodes")}>
          <table>
            <caption className={`${SCROLLING_CAPTION} font-semibold`}>{t("errorCodes")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.code")}</th>
                <th scope="col">{t("column.status")}</th>
                <th scope="col">{t("column.description")}</th>
                <th scope="col">{t("column.example")}</th>
              </tr>
            </thead>
            <tbody>
              {errorDocs().map(({ code, status, exampleHref }) => (
                <tr key={code}>
                  <th scope="row">
                    <code>{code}</code>
                  </th>
                  <td>{status}</td>
                  <td>{t(`error.${code}`)}</td>
                  <td>
                    {exampleHref && (
                      <a href={exampleHref}>
                        <code>{exampleHref}</code>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </article>
  );
}
