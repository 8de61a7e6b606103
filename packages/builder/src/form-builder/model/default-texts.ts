import type { FieldKind } from "./field-kinds.ts";

type Words = Record<
  FieldKind | "option" | "page" | "info" | "yes" | "no" | "street" | "city" | "postalCode",
  string
>;

/** Starting texts for what the palette adds, in the platform's languages. */
const WORDS: Record<string, Words> = {
  en: {
    text: "Text",
    "long-text": "Long text",
    number: "Number",
    date: "Date",
    email: "E-mail",
    phone: "Phone",
    "single-choice": "Single choice",
    "multiple-choice": "Multiple choice",
    "yes-no": "Yes or no",
    file: "File",
    address: "Address",
    group: "Group",
    "repeatable-group": "Repeatable group",
    checkbox: "Checkbox",
    other: "Field",
    option: "Option",
    page: "Page",
    info: "Information for the applicant.",
    yes: "Yes",
    no: "No",
    street: "Street and number",
    city: "Town or village",
    postalCode: "Postal code",
  },
  cs: {
    text: "Text",
    "long-text": "Delší text",
    number: "Číslo",
    date: "Datum",
    email: "E-mail",
    phone: "Telefon",
    "single-choice": "Výběr jedné možnosti",
    "multiple-choice": "Výběr více možností",
    "yes-no": "Ano, nebo ne",
    file: "Soubor",
    address: "Adresa",
    group: "Skupina",
    "repeatable-group": "Opakovaná skupina",
    checkbox: "Zaškrtávací pole",
    other: "Pole",
    option: "Možnost",
    page: "Stránka",
    info: "Informace pro žadatele.",
    yes: "Ano",
    no: "Ne",
    street: "Ulice a číslo popisné",
    city: "Obec",
    postalCode: "PSČ",
  },
  lv: {
    text: "Teksts",
    "long-text": "Garš teksts",
    number: "Skaitlis",
    date: "Datums",
    email: "E-pasts",
    phone: "Tālrunis",
    "single-choice": "Viena izvēle",
    "multiple-choice": "Vairākas izvēles",
    "yes-no": "Jā vai nē",
    file: "Fails",
    address: "Adrese",
    group: "Grupa",
    "repeatable-group": "Atkārtojama grupa",
    checkbox: "Izvēles rūtiņa",
    other: "Lauks",
    option: "Iespēja",
    page: "Lapa",
    info: "Informācija iesniedzējam.",
    yes: "Jā",
    no: "Nē",
    street: "Iela un numurs",
    city: "Pilsēta vai pagasts",
    postalCode: "Pasta indekss",
  },
};

/** The starting text for `word` in `language` (English where the platform has no words for it). */
export function defaultWord(word: keyof Words, language: string): string {
  return (WORDS[language] ?? (WORDS.en as Words))[word];
}

/** The text in every language the platform knows of `languages` (the first always). */
export function wordInLanguages(word: keyof Words, languages: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  languages.forEach((language, i) => {
    if (i === 0 || WORDS[language]) texts[language] = defaultWord(word, language);
  });
  return texts;
}
