import { deflateSync } from "node:zlib";
import type { PDFDocument, PDFRef } from "pdf-lib";
import QRCode from "qrcode";

/** A QR code drawn once into a document, to be placed on any of its pages. */
export interface QrCodeXObject {
  ref: PDFRef;
  /** Modules per side; the form is `size` × `size` units, one unit per module. */
  size: number;
}

/**
 * The dark modules of a QR code (error correction M) as PDF rectangles, each run of dark modules in
 * a row one rectangle, y upwards as in PDF.
 */
export function qrCodeRectangles(text: string): {
  size: number;
  rectangles: Array<[number, number, number]>;
} {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  const rectangles: Array<[number, number, number]> = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      const start = column;
      while (column < size && data[row * size + column]) column++;
      if (column > start) rectangles.push([start, size - 1 - row, column - start]);
      else column++;
    }
  }
  return { size, rectangles };
}

/** Adds a QR code of `text` to the document as a form XObject (black modules, no quiet zone). */
export function embedQrCode(doc: PDFDocument, text: string): QrCodeXObject {
  const { size, rectangles } = qrCodeRectangles(text);
  const content = `0 g\n${rectangles.map(([x, y, width]) => `${x} ${y} ${width} 1 re`).join("\n")}\nf\n`;
  const stream = doc.context.stream(deflateSync(Buffer.from(content, "latin1")), {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, size, size],
    Filter: "FlateDecode",
  });
  return { ref: doc.context.register(stream), size };
}
