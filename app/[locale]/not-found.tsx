import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-4">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <ul className="flex gap-6">
        <li>
          <Link href="/projects">{t("searchLink")}</Link>
        </li>
        <li>
          <Link href="/">{t("homeLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
