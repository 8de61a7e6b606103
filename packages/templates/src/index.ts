/** @civitas/templates — Standard e-service library and message templates. */
export { RECEIPT_LOCALES, type ReceiptTexts, receiptTexts } from "./receipt/receipt-texts.ts";
