// Abbreviations that end in a full stop without ending a sentence, in Kazakh, Russian and
// English legal and news text. Compared lowercased, with their final full stop.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Kazakh
  "т.б.", "т.с.с.", "т.с.", "ж.", "жж.", "б.з.д.", "ғ.", "ғғ.", "мыс.", "млн.", "млрд.", "проф.", "акад.", "бап.",
  // Russian
  "т.е.", "т.д.", "т.п.", "т.к.", "г.", "гг.", "ст.", "п.", "пп.", "ч.", "им.", "см.", "стр.", "ул.", "др.", "тыс.",
  // English
  "mr.", "mrs.", "ms.", "dr.", "prof.", "no.", "art.", "para.", "e.g.", "i.e.", "vs.", "st.", "jr.", "p.", "pp.", "cf.",
]);
