import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from "pdf-lib";
import { flushWithNativeDeflate } from "./native-deflate.ts";
import { printableText } from "./printable-text.ts";
import { embedQrCode } from "./qr-code-xobject.ts";
import { embedReceiptFonts } from "./receipt-fonts.ts";
import type { ReceiptModel, ReceiptRow } from "./receipt-model.ts";
import {
  type Block,
  COLORS,
  CONTENT_WIDTH,
  FOOTER_TOP,
  MARGIN_X,
  ReceiptPageWriter,
  type TextStyle,
} from "./receipt-page-writer.ts";

/** pdf-lib's save options for receipts: no object streams (signable), no pauses between objects. */
export const SAVE_OPTIONS = { useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY } as const;

const style = (font: TextStyle["font"], size: number, leading: number, color = COLORS.ink): TextStyle => ({
  font,
  size,
  leading,
  color,
});
const STYLES = {
  organisation: style("bold", 11, 15),
  identifier: style("regular", 8.5, 15, COLORS.muted),
  caption: style("bold", 8.5, 13, COLORS.accent),
  title: style("bold", 16, 20),
  boxLabel: style("regular", 8.5, 14, COLORS.muted),
  boxValue: style("regular", 9.5, 14),
  caseNumber: style("bold", 9.5, 14),
  section: style("bold", 10.5, 15, COLORS.accent),
  group: style("bold", 10, 14),
  item: style("bold", 9, 13),
  label: style("regular", 8.5, 12.5, COLORS.muted),
  value: style("regular", 9.5, 12.5),
  note: style("regular", 8, 12.5, COLORS.muted),
  footer: style("regular", 7.5, 10, COLORS.muted),
  url: style("regular", 7.5, 10, COLORS.accent),
};
const LABEL_WIDTH = 190;
const VALUE_X = MARGIN_X + LABEL_WIDTH + 14;
const VALUE_WIDTH = MARGIN_X + CONTENT_WIDTH - VALUE_X;
const INDENT = 12;
const MAX_INDENT_DEPTH = 6;
const QR_SIZE = 62;

function drawHeader(writer: ReceiptPageWriter, model: ReceiptModel): void {
  const { texts } = model;
  const identifier = model.organisationIdentifier
    ? writer.block(`${texts.organisationIdentifier} ${model.organisationIdentifier}`, 160, STYLES.identifier)
    : undefined;
  const identifierWidth = identifier
    ? writer.fonts.regular.width(identifier.lines[0] ?? "", STYLES.identifier.size)
    : 0;
  const organisation = writer.block(
    model.organisationName,
    CONTENT_WIDTH - identifierWidth - 20,
    STYLES.organisation,
  );
  if (identifier)
    writer.drawLine(identifier.lines[0] ?? "", MARGIN_X + CONTENT_WIDTH - identifierWidth, STYLES.identifier);
  writer.paragraph(organisation, MARGIN_X);
  writer.y -= 6;
  writer.rule(MARGIN_X, CONTENT_WIDTH, 1.2, COLORS.accent);
  writer.y -= 14;
  writer.paragraph(
    writer.block(texts.receiptTitle.toLocaleUpperCase(texts.locale), CONTENT_WIDTH, STYLES.caption),
    MARGIN_X,
  );
  writer.y -= 2;
  writer.paragraph(writer.block(model.title, CONTENT_WIDTH, STYLES.title), MARGIN_X);
  writer.y -= 12;
}

/** The panel with the case number, submission time, form version and submission id. */
function drawSummary(writer: ReceiptPageWriter, model: ReceiptModel): void {
  const { texts } = model;
  const labelWidth = 118;
  const rows: Array<[string, string, TextStyle]> = [
    [texts.caseNumber, model.caseNumber, STYLES.caseNumber],
    [texts.submittedAt, model.submittedAtText, STYLES.boxValue],
    [texts.form, texts.formVersion(model.formId, model.formVersion), STYLES.boxValue],
    [texts.submissionId, model.submissionId, STYLES.boxValue],
  ];
  const padding = 9;
  const blocks = rows.map(([label, value, valueStyle]) => [
    writer.block(label, labelWidth - 8, STYLES.boxLabel),
    writer.block(value, CONTENT_WIDTH - labelWidth - 2 * padding, valueStyle),
  ]);
  const height =
    2 * padding +
    blocks.reduce(
      (sum, [label, value]) => sum + Math.max(label?.lines.length ?? 1, value?.lines.length ?? 1) * 14,
      0,
    );
  writer.ensure(height);
  writer.page.drawRectangle({
    x: MARGIN_X,
    y: writer.y - height,
    width: CONTENT_WIDTH,
    height,
    color: COLORS.panel,
    borderColor: COLORS.rule,
    borderWidth: 0.5,
  });
  writer.y -= padding;
  for (const [label, value] of blocks) {
    writer.columns(
      [
        { x: MARGIN_X + padding, blocks: [label as Block] },
        { x: MARGIN_X + padding + labelWidth, blocks: [value as Block] },
      ],
      0,
    );
  }
  writer.y -= padding + 18;
}

function drawSection(writer: ReceiptPageWriter, title: string): void {
  writer.ensure(STYLES.section.leading + 40);
  writer.paragraph(writer.block(title.toLocaleUpperCase(), CONTENT_WIDTH, STYLES.section), MARGIN_X);
  writer.y -= 2;
  writer.rule(MARGIN_X, CONTENT_WIDTH, 0.8, COLORS.accent);
  writer.y -= 4;
}

function drawRow(writer: ReceiptPageWriter, row: ReceiptRow): void {
  const indent = Math.min(row.depth, MAX_INDENT_DEPTH) * INDENT;
  const x = MARGIN_X + indent;
  if (row.kind === "heading") {
    const headingStyle = row.depth === 0 ? STYLES.group : STYLES.item;
    writer.y -= row.depth === 0 ? 8 : 4;
    writer.ensure(headingStyle.leading + 2 * STYLES.value.leading);
    writer.paragraph(writer.block(row.label, CONTENT_WIDTH - indent, headingStyle), x);
    return;
  }
  writer.columns(
    [
      { x, blocks: [writer.block(row.label, LABEL_WIDTH - indent, STYLES.label, true)] },
      { x: VALUE_X, blocks: [writer.block(row.value, VALUE_WIDTH, STYLES.value, true)] },
    ],
    3,
  );
  writer.rule(x, MARGIN_X + CONTENT_WIDTH - x, 0.4, COLORS.rule);
}

function drawAttachments(writer: ReceiptPageWriter, model: ReceiptModel): void {
  writer.y -= 14;
  drawSection(writer, model.texts.attachments);
  for (const file of model.attachments) {
    writer.columns(
      [
        { x: MARGIN_X, blocks: [writer.block(file.filename, LABEL_WIDTH, STYLES.value)] },
        {
          x: VALUE_X,
          blocks: [
            writer.block(
              `${model.texts.fileSize}: ${file.size}   SHA-256: ${file.sha256.slice(0, 16)}…`,
              VALUE_WIDTH,
              STYLES.note,
            ),
            writer.block(file.field, VALUE_WIDTH, STYLES.note),
          ],
        },
      ],
      3,
    );
    writer.rule(MARGIN_X, CONTENT_WIDTH, 0.4, COLORS.rule);
  }
}

/** Page numbers, the QR code and address for verification, and the signature note, on every page. */
function drawFooters(doc: PDFDocument, writer: ReceiptPageWriter, model: ReceiptModel): void {
  const { texts } = model;
  const qr = embedQrCode(doc, model.verificationUrl);
  const scale = QR_SIZE / qr.size;
  const textX = MARGIN_X + QR_SIZE + 12;
  const pageNumberWidth = 70;
  const textWidth = CONTENT_WIDTH - QR_SIZE - 12 - pageNumberWidth;
  const lines = [
    writer.block(texts.verifyAt, textWidth, STYLES.footer),
    writer.block(model.verificationUrl, textWidth, STYLES.url),
    writer.block(texts.signedBy(model.organisationName), textWidth, STYLES.footer),
  ].flatMap((block) => block.lines.slice(0, 2).map((line) => ({ line, style: block.style })));
  writer.pages.forEach((page, index) => {
    const top = FOOTER_TOP;
    page.drawLine({
      start: { x: MARGIN_X, y: top },
      end: { x: MARGIN_X + CONTENT_WIDTH, y: top },
      thickness: 0.5,
      color: COLORS.rule,
    });
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(scale, 0, 0, scale, MARGIN_X, top - 8 - QR_SIZE),
      drawObject(page.node.newXObject("QR", qr.ref)),
      popGraphicsState(),
    );
    let y = top - 8;
    for (const { line, style: lineStyle } of lines) {
      page.drawText(line, {
        x: textX,
        y: y - 8,
        size: lineStyle.size,
        font: writer.fonts.regular.pdf,
        color: lineStyle.color,
      });
      y -= lineStyle.leading;
    }
    const pageNumber = printableText(texts.page(index + 1, writer.pages.length), writer.fonts.regular.has);
    const width = writer.fonts.regular.width(pageNumber, STYLES.footer.size);
    page.drawText(pageNumber, {
      x: MARGIN_X + CONTENT_WIDTH - width,
      y: top - 16,
      size: STYLES.footer.size,
      font: writer.fonts.regular.pdf,
      color: STYLES.footer.color,
    });
  });
}

function setMetadata(doc: PDFDocument, model: ReceiptModel): void {
  const plain = (text: string) => printableText(text, () => true);
  const now = new Date();
  doc.setTitle(plain(`${model.texts.receiptTitle} ${model.caseNumber} – ${model.title}`), {
    showInWindowTitleBar: true,
  });
  doc.setAuthor(plain(model.organisationName));
  doc.setSubject(plain(model.title));
  doc.setCreator("Civitas");
  doc.setProducer("Civitas");
  doc.setLanguage(plain(model.locale));
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}

/**
 * Lays a receipt out on A4 pages in a new pdf-lib document (not yet saved): header, summary panel,
 * every answer, the attachments and a footer with the verification QR code on each page.
 */
export async function createReceiptDocument(model: ReceiptModel): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const fonts = await embedReceiptFonts(doc);
  const runningHeader = `${model.organisationName} · ${model.texts.receiptTitle} ${model.caseNumber}`;
  const writer = new ReceiptPageWriter(doc, fonts, runningHeader);
  drawHeader(writer, model);
  drawSummary(writer, model);
  drawSection(writer, model.texts.answers);
  if (model.answers.length === 0)
    writer.paragraph(writer.block(model.texts.noAnswers, CONTENT_WIDTH, STYLES.value), MARGIN_X);
  for (const row of model.answers) drawRow(writer, row);
  if (model.attachments.length > 0) drawAttachments(writer, model);
  drawFooters(doc, writer, model);
  setMetadata(doc, model);
  return doc;
}

/**
 * Renders a receipt as an unsigned PDF: A4, DejaVu Sans (subset) so any Czech or Latvian text prints,
 * answers printed literally (control characters dropped, characters the font lacks shown as U+FFFD).
 */
export async function renderReceiptPdf(model: ReceiptModel): Promise<Uint8Array> {
  const doc = await createReceiptDocument(model);
  await flushWithNativeDeflate(doc);
  return doc.save(SAVE_OPTIONS);
}
