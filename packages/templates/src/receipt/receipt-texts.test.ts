import { describe, expect, it } from "vitest";
import { RECEIPT_LOCALES, receiptTexts } from "./receipt-texts.ts";

describe("receipt texts", () => {
  it("speaks Czech and Latvian with their diacritics", () => {
    expect(receiptTexts("cs").receiptTitle).toBe("Potvrzení o podání");
    expect(receiptTexts("cs").signedBy("Město Dubová")).toBe(
      "Tento dokument je elektronicky podepsán organizací Město Dubová.",
    );
    expect(receiptTexts("lv").receiptTitle).toBe("Iesnieguma apliecinājums");
    expect(receiptTexts("lv").yes).toBe("Jā");
    expect(receiptTexts("lv").page(2, 3)).toBe("Lappuse 2 / 3");
  });

  it("accepts a language tag and falls back to English", () => {
    expect(receiptTexts("cs-CZ").locale).toBe("cs");
    expect(receiptTexts("de").locale).toBe("en");
    expect(receiptTexts("__proto__").locale).toBe("en");
    expect(receiptTexts("").receiptTitle).toBe("Receipt of submission");
  });

  it("gives every text in every language", () => {
    const keys = Object.keys(receiptTexts("en")).sort();
    for (const locale of RECEIPT_LOCALES) {
      const texts = receiptTexts(locale);
      expect(Object.keys(texts).sort()).toEqual(keys);
      expect(texts.groupItem("X", 1, 2)).toMatch(/^X – 1 \S+ 2$/);
      expect(texts.formVersion("form", 3)).toMatch(/^form, \S+ 3$/);
    }
  });
});
