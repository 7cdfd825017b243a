import { getTranslations } from "next-intl/server";
import type { EndpointDoc } from "@/lib/api/developer-docs";
import { SCROLLING_CAPTION, ScrollRegion } from "@/components/ui/scroll-region";

/** One endpoint: what it does, its parameters, its responses and example requests to click. */
export async function EndpointSection({ endpoint }: { endpoint: EndpointDoc }) {
  const t = await getTranslations("developers");
  // A parameter is described once (`param.<name>`), unless an endpoint gives it another meaning.
  const describe = (name: string) =>
    t.has(`paramFor.${endpoint.id}.${name}`)
      ? t(`paramFor.${endpoint.id}.${name}`)
      : t.has(`param.${name}`)
        ? t(`param.${name}`)
        : "";
  return (
    <section id={endpoint.id} aria-labelledby={`${endpoint.id}-heading`} className="space-y-3">
      <h2 id={`${endpoint.id}-heading`}>
        <code>GET {endpoint.path}</code>
      </h2>
      <p>{t(`endpoint.${endpoint.id}`)}</p>
      {endpoint.conditional && <p className="text-sm text-slate-700">{t("conditionalNote")}</p>}
      {endpoint.parameters.length > 0 && (
        <ScrollRegion label={`${t("parameters")}: GET ${endpoint.path}`}>
          <table>
            <caption className={`${SCROLLING_CAPTION} font-semibold`}>{t("parameters")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.description")}</th>
                <th scope="col">{t("column.values")}</th>
                <th scope="col">{t("column.example")}</th>
              </tr>
            </thead>
            <tbody>
              {endpoint.parameters.map((parameter) => (
                <tr key={parameter.name}>
                  <th scope="row">
                    <code>{parameter.name}</code>
                  </th>
                  <td>
                    {describe(parameter.name)}
                    {parameter.in === "path" && ` ${t("inPath")}`}
                    {parameter.repeated && ` ${t("repeated")}`}
                  </td>
                  <td>
                    <code>{parameter.values}</code>
                  </td>
                  <td>
                    {parameter.exampleHref && (
                      <a href={parameter.exampleHref}>
                        <code>{parameter.exampleHref}</code>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <h3>{t("responses")}</h3>
      <ul className="list-disc pl-6">
        {endpoint.responses.map((response) => (
          <li key={response.status}>
            <strong>{response.status}</strong> <code>{response.contentType}</code>:{" "}
            {t(`status.${response.status}`)}
            {response.codes.map((code) => (
              <span key={code}>
                {" "}
                (<code>{code}</code>)
              </span>
            ))}
          </li>
        ))}
      </ul>
      <h3>{t("examples")}</h3>
      <ul className="list-disc pl-6">
        {endpoint.examples.map((example) => (
          <li key={example.href}>
            <a href={example.href}>
              <code>GET {example.href}</code>
            </a>{" "}
            → {example.status}
          </li>
        ))}
      </ul>
    </section>
  );
}
