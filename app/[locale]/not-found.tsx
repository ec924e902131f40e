// Shown for an address with no page (an unknown article, say), in the interface language.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href={localePath(useLocale(), "/")}>{t("home")}</Link>
      </p>
    </>
  );
}
