import { createRoot, type Root } from "react-dom/client";
import { browserStorage } from "../autosave/local-draft-copy.ts";
import { EmbedApp } from "./embed-app.tsx";
import { adoptEmbedStyles } from "./embed-styles.ts";

/** The tag portals write: `<civitas-form organisation="dubova" form="…" lang="cs">`. */
export const ELEMENT_NAME = "civitas-form";

/**
 * Defines `<civitas-form>`, rendering e-forms published on `server`. Each element renders into a
 * shadow root of its own with the runtime's styles, so the portal's CSS and the form's do not meet;
 * `organisation`, `form` and `lang` are read whenever they change (the language re-renders the form
 * with the answers kept). Defining it twice (the script included twice) is harmless.
 *
 * @example
 * ```ts
 * defineCivitasFormElement(new URL("..", import.meta.url)); // the server the script came from
 * ```
 */
export function defineCivitasFormElement(
  server: URL,
  registry: CustomElementRegistry = customElements,
): void {
  if (registry.get(ELEMENT_NAME)) return;
  registry.define(
    ELEMENT_NAME,
    class CivitasFormElement extends HTMLElement {
      static observedAttributes = ["organisation", "form", "lang"];
      #wrapper: HTMLDivElement | undefined;
      #root: Root | undefined;

      connectedCallback() {
        if (!this.#wrapper) {
          const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
          adoptEmbedStyles(shadow);
          this.#wrapper = document.createElement("div");
          this.#wrapper.className = "civitas-embed";
          shadow.append(this.#wrapper);
          // `rem` inside is the reader's default font size (the wrapper's, after `all: initial`).
          this.#wrapper.style.setProperty(
            "--civitas-rem",
            getComputedStyle(this.#wrapper).fontSize || "16px",
          );
        }
        this.#root ??= createRoot(this.#wrapper);
        this.#render();
      }

      attributeChangedCallback() {
        if (this.#root) this.#render();
      }

      disconnectedCallback() {
        // Moving the element within the page disconnects and reconnects it at once: keep it then.
        queueMicrotask(() => {
          if (this.isConnected) return;
          this.#root?.unmount();
          this.#root = undefined;
        });
      }

      #render() {
        const organisation = this.getAttribute("organisation");
        const form = this.getAttribute("form");
        // `cs`, `cs-CZ` and `CS` all mean Czech; a form's texts are keyed by the language alone.
        const lang = (
          this.getAttribute("lang") ||
          this.parentElement?.closest<HTMLElement>("[lang]")?.lang ||
          navigator.language ||
          "en"
        )
          .toLowerCase()
          .split(/[-_]/)[0] as string;
        if (!organisation || !form) {
          console.error(`<${ELEMENT_NAME}> needs the attributes organisation and form`);
          this.#root?.render(null);
          return;
        }
        this.#root?.render(
          <EmbedApp
            server={server}
            organisation={organisation}
            form={form}
            lang={lang}
            storage={browserStorage()}
          />,
        );
      }
    },
  );
}
