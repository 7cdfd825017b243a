import { getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/ui/definition-list";
import { vocabularyValue } from "@/components/ui/vocabulary-value";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectRecord } from "@/lib/schemas/record";
import { ExternalLink } from "@/components/ui/external-link";

/** Applicant, co-implementers (linking to their organisation pages) and contact as published. */
export async function PartiesSection({
  record,
  locale,
  applicantLinked,
}: {
  record: ProjectRecord;
  locale: Locale;
  applicantLinked: boolean;
}) {
  const t = await getTranslations("project");
  const a = record.applicant;
  const address = [a.streetAddress, [a.postalCode, a.postOffice].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <section aria-labelledby="parties-heading" className="space-y-4">
      <h2 id="parties-heading">{t("applicant")}</h2>
      <DefinitionList
        missing={t("missing")}
        items={[
          {
            label: t("applicant"),
            value:
              a.name && a.businessId && applicantLinked ? (
                <Link href={`/organisations/${a.businessId}`} lang="fi">
                  {a.name}
                </Link>
              ) : (
                a.name && <span lang="fi">{a.name}</span>
              ),
          },
          { label: t("organisationType"), value: vocabularyValue("orgType", a.organisationType, locale) },
          { label: t("businessId"), value: a.businessId },
          { label: t("address"), value: address },
          { label: t("phone"), value: a.phone },
          { label: t("website"), value: a.website && <ExternalLink address={a.website} /> },
          {
            label: t("arrangement"),
            value: record.applicantArrangement && <span lang="fi">{record.applicantArrangement}</span>,
          },
        ]}
      />
      <h3 className="text-lg font-semibold">{t("coImplementers")}</h3>
      {record.coImplementers.length === 0 ? (
        <p>{t("noCoImplementers")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {record.coImplementers.map((co, i) => (
            <li key={`${co.name}-${i}`} lang="fi">
              {co.businessId ? <Link href={`/organisations/${co.businessId}`}>{co.name}</Link> : co.name}
              {co.businessId && <span className="text-slate-700"> ({co.businessId})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-lg font-semibold">{t("contact")}</h3>
      <p className="text-sm text-slate-700">{t("contactNote")}</p>
      <DefinitionList
        missing={t("missing")}
        items={[
          { label: t("contact"), value: record.contact.name },
          { label: t("title"), value: record.contact.title && <span lang="fi">{record.contact.title}</span> },
          { label: t("email"), value: record.contact.email },
          { label: t("phone"), value: record.contact.phone },
        ]}
      />
    </section>
  );
}
