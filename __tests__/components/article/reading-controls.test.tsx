/** @jest-environment jsdom */
// The reading options offer only the translations the article has: an option for a missing one
// is not shown (not shown disabled), and without any translation there is no translation choice;
// a paragraph's number reveals a translation only when there is one.
import { act, screen, within } from "@testing-library/react";
import { ReadingControls } from "@/components/article/reading-controls";
import { ArticleText } from "@/components/article/article-text";
import { ReadingProvider } from "@/components/article/reading-context";
import type { TranslationLang } from "@/lib/languages/codes";
import { renderWithIntl } from "../term/render-with-intl";
import { freshLearnerDb } from "../learner/setup";

jest.mock("next/navigation", () => ({ usePathname: () => "/ru/articles/x", useRouter: () => ({}), useParams: () => ({}), useSearchParams: () => new URLSearchParams() }));

function controls(translations: readonly TranslationLang[], query = "", locale: "kk" | "ru" | "en" = "ru") {
  return renderWithIntl(
    <ReadingProvider>
      <ReadingControls query={query} translations={translations} />
    </ReadingProvider>,
    locale,
  );
}

const translationGroup = () => screen.queryByRole("group", { name: "Перевод" });
const optionNames = (group: HTMLElement) => within(group).getAllByRole("link").map((link) => link.textContent);

describe("the reading controls", () => {
  it("offer both translations for an article that has them", () => {
    controls(["ru", "en"]);
    expect(optionNames(translationGroup()!)).toEqual(["Только казахский", "С русским", "С английским"]);
  });

  it("offer only English for an article without Russian, with no trace of a Russian option", () => {
    controls(["en"]);
    expect(optionNames(translationGroup()!)).toEqual(["Только казахский", "С английским"]);
    expect(screen.queryByText("С русским")).toBeNull();
  });

  it("have no translation choice for an article with no translation, the script and marking still there", () => {
    controls([]);
    expect(translationGroup()).toBeNull();
    expect(screen.queryByText("Только казахский")).toBeNull();
    expect(screen.getByRole("group", { name: "Казахское письмо" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Выделять термины" })).toBeTruthy();
  });

  it("do not carry a missing translation asked for in the address (?with=ru) into their links", () => {
    controls(["en"], "with=ru&hl=court");
    const links = screen.getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(links.some((href) => href?.includes("with=ru"))).toBe(false);
    expect(links).toContain("/ru/articles/x?with=en");
  });

  it("are worded in every interface language", () => {
    for (const [locale, label] of [["kk", "Ағылшыншамен"], ["en", "With English"]] as const) {
      const { unmount } = controls(["en"], "", locale);
      expect(screen.getByText(label)).toBeTruthy();
      unmount();
    }
  });
});

describe("the paragraph numbers", () => {
  // The text asks the learner's data which terms are known (the browser's database).
  beforeEach(() => freshLearnerDb());
  const text = async (translations: readonly TranslationLang[]) =>
    act(async () => {
      renderWithIntl(
        <ReadingProvider>
          <ArticleText kk={[["Бірінші."], ["Екінші."]]} terms={[]} label="Мәтін" textHref="/ru/articles/x/text.json" source={{ slug: "x", title: "X" }} translations={translations} />
        </ReadingProvider>,
        "ru",
      );
    });

  it("reveal a paragraph's translation when the article has one", async () => {
    await text(["en"]);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["1", "2"]);
  });

  it("are plain numbers, not buttons, when the article has no translation", async () => {
    await text([]);
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(screen.getByText("1")).toBeTruthy();
  });
});
