// What an editing page says to a visit without the key: how to open editing mode.
import { getTranslations } from "next-intl/server";

export async function EditingLocked() {
  const t = await getTranslations("Editing");
  return (
    <>
      <h1>{t("lockedTitle")}</h1>
      <p>{t("lockedText")}</p>
    </>
  );
}
