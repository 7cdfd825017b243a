import { getTranslations } from "next-intl/server";
import { GENDER_QUESTIONS } from "@/lib/domain/criteria";
import type { ProjectRecord } from "@/lib/schemas/record";

export async function GenderSection({ answers }: { answers: ProjectRecord["genderEquality"] }) {
  const t = await getTranslations("project");
  return (
    <section aria-labelledby="gender-heading" className="space-y-3">
      <h2 id="gender-heading">{t("gender")}</h2>
      <dl className="space-y-3">
        {GENDER_QUESTIONS.map((question) => {
          const answer = answers[question];
          const value =
            answer?.answer === true ? t("yes") : answer?.answer === false ? t("no") : t("noAnswer");
          return (
            <div key={question}>
              <dt className="font-semibold">{t(`question.${question}`)}</dt>
              <dd>
                <strong>{value}</strong>
                {answer?.explanation && (
                  <p className="mt-1 whitespace-pre-line" lang="fi">
                    {answer.explanation}
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
