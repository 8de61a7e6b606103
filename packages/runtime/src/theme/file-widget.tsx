import { errorId, helpId, type WidgetProps } from "@rjsf/utils";
import { useRef, useState } from "react";
import { parseDataPath, toDefinitionPath } from "../paths/field-paths.ts";
import { civitasContextOf } from "./civitas-form-context.ts";

const MIB = 1024 * 1024;

type Upload =
  | { state: "idle"; said?: string }
  | { state: "uploading"; percent: number }
  | { state: "failed"; message: string };

/** `application/pdf,image/png` → `PDF, PNG`: media types as people know them. */
const describeTypes = (accept: string) =>
  accept
    .split(",")
    .filter(Boolean)
    .map((type) => (type.split("/")[1] ?? type).toUpperCase())
    .join(", ");

/**
 * A file field. The chosen file is checked against the field's limits (`ui:options.accept` and
 * `maxSizeMb`, compiled from the form's `attachments`), sent with the injected `uploadFile` while a
 * progress bar shows how far it got, and the id the server returns becomes the field's value. The
 * attached file is named with a button to remove it; every outcome is announced politely.
 */
export function FileWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, options, registry, rawErrors, disabled, readonly } = props;
  const { htmlName, uiSchema } = props;
  const { messages, files } = civitasContextOf(registry);
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const accept = typeof options.accept === "string" ? options.accept : "";
  const maxSizeMb = typeof options.maxSizeMb === "number" ? options.maxSizeMb : 10;
  const types = describeTypes(accept);
  const current = typeof value === "string" && value !== "" ? files.known.get(value) : undefined;
  const filename = current?.filename ?? (value ? messages.file.attached : undefined);

  const send = async (file: File) => {
    const allowed = accept.split(",").filter(Boolean);
    if (file.size > maxSizeMb * MIB)
      return setUpload({ state: "failed", message: messages.file.tooLarge(maxSizeMb) });
    if (file.type && allowed.length > 0 && !allowed.includes(file.type))
      return setUpload({ state: "failed", message: messages.file.wrongType(types) });
    if (!files.upload) return setUpload({ state: "failed", message: messages.file.failed("—") });
    setUpload({ state: "uploading", percent: 0 });
    try {
      const fieldPath = toDefinitionPath(parseDataPath(htmlName ?? ""));
      const stored = await files.upload(file, {
        fieldPath,
        onProgress: (fraction) => setUpload({ state: "uploading", percent: Math.round(fraction * 100) }),
      });
      files.known.set(stored.id, stored);
      const replaced = typeof value === "string" && value !== "" ? value : undefined;
      onChange(stored.id);
      if (replaced && replaced !== stored.id) void files.remove?.(replaced);
      setUpload({ state: "idle", said: messages.file.uploaded(stored.filename) });
    } catch (error) {
      setUpload({
        state: "failed",
        message: messages.file.failed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  const remove = () => {
    if (typeof value === "string" && value !== "") void files.remove?.(value);
    onChange(undefined);
    setUpload({ state: "idle" });
    input.current?.focus();
  };

  const limitsId = `${id}__limits`;
  const describedBy = [
    uiSchema?.["ui:help"] ? helpId(id) : "",
    limitsId,
    rawErrors?.length ? errorId(id) : "",
    upload.state === "failed" ? `${id}__upload-error` : "",
  ].filter(Boolean);
  return (
    <div className="civitas-file">
      {filename ? (
        <p className="civitas-file-current">
          <span className="civitas-file-name">{filename}</span>
          <button
            type="button"
            className="civitas-button civitas-button-secondary"
            aria-label={messages.file.removeLabel(filename)}
            disabled={disabled || readonly || upload.state === "uploading"}
            onClick={remove}
          >
            {messages.file.remove}
          </button>
        </p>
      ) : null}
      <input
        ref={input}
        type="file"
        id={id}
        className="civitas-file-input"
        accept={accept || undefined}
        disabled={disabled || readonly || upload.state === "uploading"}
        aria-invalid={rawErrors?.length || upload.state === "failed" ? true : undefined}
        aria-describedby={describedBy.join(" ")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
        }}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <p id={limitsId} className="civitas-help">
        {messages.file.limits(types, maxSizeMb)}
      </p>
      <div role="status" className="civitas-file-status">
        {upload.state === "uploading" ? (
          <>
            <progress max={100} value={upload.percent} aria-label={messages.file.uploading(upload.percent)} />
            <span>{messages.file.uploading(upload.percent)}</span>
          </>
        ) : upload.state === "idle" ? (
          upload.said
        ) : null}
      </div>
      {upload.state === "failed" ? (
        <p id={`${id}__upload-error`} className="civitas-error-message">
          {upload.message}
        </p>
      ) : null}
    </div>
  );
}
