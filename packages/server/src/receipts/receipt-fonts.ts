import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

type FontkitFont = ReturnType<typeof fontkit.create>;

/** A font embedded in one document, with what is needed to lay text out in it. */
export interface ReceiptFont {
  pdf: PDFFont;
  /** Whether the font has a glyph for the code point. */
  has(codePoint: number): boolean;
  /** Width of a single-line text at `size` points, as `drawText` will set it. */
  width(text: string, size: number): number;
}

export interface ReceiptFonts {
  regular: ReceiptFont;
  bold: ReceiptFont;
}

interface LoadedFont {
  bytes: Uint8Array;
  font: FontkitFont;
  advances: Map<number, number>;
}

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);

let loaded: { regular: LoadedFont; bold: LoadedFont } | undefined;

/**
 * Parses a font whose `layout` maps each character to its glyph without OpenType shaping. pdf-lib
 * uses only the glyphs and their advance widths (no kerning or mark positions) and receipt text is
 * NFC-normalised, so the printed result is the same, many times faster; and as every glyph stands
 * for one character (no ligatures), text copied from the PDF is exactly the answer.
 */
function loadFont(file: string): LoadedFont {
  const bytes = readFileSync(join(FONT_DIR, file));
  const parsed = fontkit.create(bytes);
  const font: FontkitFont = Object.create(parsed, {
    layout: {
      value: (text: string) => ({
        glyphs: Array.from(text, (char) => parsed.glyphForCodePoint(char.codePointAt(0) as number)),
        positions: [],
      }),
    },
  });
  return { bytes, font, advances: new Map() };
}

/** Read and parse DejaVu Sans once per process; every document reuses the parsed fonts. */
function loadedFonts(): { regular: LoadedFont; bold: LoadedFont } {
  loaded ??= { regular: loadFont("DejaVuSans.ttf"), bold: loadFont("DejaVuSans-Bold.ttf") };
  return loaded;
}

// pdf-lib asks its fontkit to parse the bytes it embeds; this one answers with the parsed font.
const cachedFontkit: Parameters<PDFDocument["registerFontkit"]>[0] = {
  create(bytes: Uint8Array) {
    const fonts = loadedFonts();
    const known = [fonts.regular, fonts.bold].find((font) => font.bytes === bytes);
    return (known?.font ?? fontkit.create(bytes)) as ReturnType<
      Parameters<PDFDocument["registerFontkit"]>[0]["create"]
    >;
  },
};

async function embed(doc: PDFDocument, loadedFont: LoadedFont): Promise<ReceiptFont> {
  const { font, advances } = loadedFont;
  const scale = 1 / font.unitsPerEm;
  const advance = (codePoint: number): number => {
    let width = advances.get(codePoint);
    if (width === undefined) {
      width = font.glyphForCodePoint(codePoint).advanceWidth * scale;
      advances.set(codePoint, width);
    }
    return width;
  };
  return {
    pdf: await doc.embedFont(loadedFont.bytes, { subset: true }),
    has: (codePoint) => font.hasGlyphForCodePoint(codePoint),
    width(text, size) {
      let total = 0;
      for (const char of text) total += advance(char.codePointAt(0) as number);
      return total * size;
    },
  };
}

/** Embeds DejaVu Sans regular and bold, subset to the glyphs the document uses. */
export async function embedReceiptFonts(doc: PDFDocument): Promise<ReceiptFonts> {
  const fonts = loadedFonts();
  doc.registerFontkit(cachedFontkit);
  return { regular: await embed(doc, fonts.regular), bold: await embed(doc, fonts.bold) };
}
