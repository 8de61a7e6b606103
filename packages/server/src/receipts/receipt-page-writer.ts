import { PageSizes, type PDFDocument, type PDFPage, type RGB, rgb } from "pdf-lib";
import { printableText, wrapText } from "./printable-text.ts";
import type { ReceiptFonts } from "./receipt-fonts.ts";

export const PAGE_WIDTH = PageSizes.A4[0];
export const PAGE_HEIGHT = PageSizes.A4[1];
export const MARGIN_X = 56;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const TOP = PAGE_HEIGHT - 48;
/** Where the footer begins; text stays above it. */
export const FOOTER_TOP = 108;
const CONTENT_BOTTOM = FOOTER_TOP + 14;

export const COLORS = {
  ink: rgb(0.11, 0.12, 0.14),
  muted: rgb(0.4, 0.42, 0.46),
  accent: rgb(0.08, 0.26, 0.47),
  rule: rgb(0.8, 0.82, 0.85),
  panel: rgb(0.953, 0.96, 0.972),
} satisfies Record<string, RGB>;

/** How a run of text looks: `leading` is the height of one line. */
export interface TextStyle {
  font: keyof ReceiptFonts;
  size: number;
  leading: number;
  color: RGB;
}

/** A text broken into lines that fit a column, in one style. */
export interface Block {
  lines: string[];
  style: TextStyle;
}

/**
 * Lays text out on A4 pages from top to bottom, starting a new page (with `runningHeader`) when the
 * next line would run into the footer. Every text goes through `printableText` first.
 */
export class ReceiptPageWriter {
  readonly pages: PDFPage[] = [];
  /** The top of the next line, in points from the bottom of the page. */
  y = TOP;
  /** Where the content of the current page starts, below its running header. */
  private pageTop = TOP;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: ReceiptFonts,
    private readonly runningHeader: string,
  ) {
    this.newPage();
  }

  get page(): PDFPage {
    return this.pages.at(-1) as PDFPage;
  }

  newPage(): void {
    this.pages.push(this.doc.addPage(PageSizes.A4));
    this.y = TOP;
    this.pageTop = TOP;
    if (this.pages.length === 1) return;
    const style: TextStyle = { font: "regular", size: 7.5, leading: 10, color: COLORS.muted };
    const [line = ""] = this.block(this.runningHeader, CONTENT_WIDTH, style).lines;
    this.drawLine(line, MARGIN_X, style);
    this.y -= style.leading + 4;
    this.rule(MARGIN_X, CONTENT_WIDTH, 0.5, COLORS.rule);
    this.y -= 14;
    this.pageTop = this.y;
  }

  /** Starts a new page unless `height` points still fit above the footer (or the page is empty). */
  ensure(height: number): void {
    if (this.y - height < CONTENT_BOTTOM && this.y < this.pageTop) this.newPage();
  }

  /** Wraps a text to a column width (`multiline` keeps its line breaks). */
  block(text: string, width: number, style: TextStyle, multiline = false): Block {
    const font = this.fonts[style.font];
    const printable = printableText(text, font.has, multiline);
    return { lines: wrapText(printable, width, (line) => font.width(line, style.size)), style };
  }

  /** Draws one line at the current `y` (not moving it), its caps centred in the line's height. */
  drawLine(line: string, x: number, style: TextStyle, y = this.y): void {
    if (!line) return;
    const baseline = y - (style.leading + 0.72 * style.size) / 2;
    this.page.drawText(line, {
      x,
      y: baseline,
      size: style.size,
      font: this.fonts[style.font].pdf,
      color: style.color,
    });
  }

  /** Draws a block line by line, moving down and across pages as needed. */
  paragraph(block: Block, x: number): void {
    for (const line of block.lines) {
      this.ensure(block.style.leading);
      this.drawLine(line, x, block.style);
      this.y -= block.style.leading;
    }
  }

  /**
   * Draws blocks side by side (`columns[i]` at x position `xs[i]`), row of lines by row of lines,
   * so a long cell continues on the next page.
   */
  columns(columns: Array<{ x: number; blocks: Block[] }>, padding: number): void {
    const flat = columns.map(({ x, blocks }) => ({
      x,
      lines: blocks.flatMap((block) => block.lines.map((line) => ({ line, style: block.style }))),
    }));
    const rows = Math.max(...flat.map((column) => column.lines.length));
    const leading = Math.max(...flat.flatMap((column) => column.lines.map((line) => line.style.leading)));
    this.ensure(padding + Math.min(rows, 3) * leading);
    this.y -= padding;
    for (let row = 0; row < rows; row++) {
      this.ensure(leading);
      for (const column of flat) {
        const cell = column.lines[row];
        if (cell) this.drawLine(cell.line, column.x, cell.style);
      }
      this.y -= leading;
    }
    this.y -= padding;
  }

  /** A horizontal line at the current `y`. */
  rule(x: number, width: number, thickness: number, color: RGB): void {
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness, color });
  }
}
