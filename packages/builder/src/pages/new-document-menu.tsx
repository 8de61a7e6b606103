import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { NEW_KINDS } from "../documents/registry-api.ts";
import { kindLabel } from "../documents/state-label.ts";

/** "New" opens a short menu of the kinds a person can create. */
export function NewDocumentMenu({ organisation }: { organisation: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (event instanceof MouseEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);

  return (
    <div className="builder-menu" ref={root}>
      <button
        type="button"
        className="builder-button primary"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        New document
      </button>
      {open ? (
        <ul id={menuId} className="builder-menu-list">
          {NEW_KINDS.map((kind) => (
            <li key={kind}>
              <Link to={`/${organisation}/new/${kind}`}>New {kindLabel(kind).toLowerCase()}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
