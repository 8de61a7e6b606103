import { deflateSync } from "node:zlib";
import { type PDFDocument, PDFFlateStream, PDFRawStream, typedArrayFor } from "pdf-lib";

/**
 * Embeds the document's fonts and compresses all its streams with Node's zlib rather than pdf-lib's
 * JavaScript deflate, which takes most of the time of a save. Call after the last drawing, before
 * `save`; the saved file is the same but for the compressed bytes.
 */
export async function flushWithNativeDeflate(doc: PDFDocument): Promise<void> {
  const { context } = doc;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typedArrayFor(contents)), { ...dict, Filter: "FlateDecode" });
  await doc.flush();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    // Page contents: pdf-lib deflates them while saving unless they are plain streams by then.
    if (object instanceof PDFFlateStream)
      context.assign(ref, PDFRawStream.of(object.dict, deflateSync(object.getUnencodedContents())));
  }
}
