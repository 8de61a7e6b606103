import { Ajv, type Options } from "ajv";
import addFormatsModule from "ajv-formats";
import { ATTACHMENT_FORMAT } from "../constants.ts";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

/** Attachment ids issued by the server's upload endpoint. */
const ATTACHMENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The ajv instance every part of the platform validates form data with: draft-07, all errors, the
 * standard formats (date, email, uri, ...) and the `attachment` format for file fields.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  ajv.addFormat(ATTACHMENT_FORMAT, ATTACHMENT_ID);
  return ajv;
}
