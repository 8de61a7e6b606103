import runtimeCss from "../styles/civitas.css" with { type: "text" };

/**
 * The shell around the form inside the shadow root. `all: initial` on the wrapper stops what the
 * portal's page passes down by inheritance (fonts, colours, letter spacing, text transforms), while
 * the portal keeps laying out the element itself (width, margins).
 */
const SHELL = `
:host { display: block; }
:host([hidden]) { display: none; }
.civitas-embed {
  all: initial;
  display: block;
  background: #ffffff;
  color: #1b1f24;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  line-height: 1.5;
  padding: 1rem;
  text-align: start;
}
.civitas-embed-notice p,
.civitas-embed-confirmation p { margin: 0 0 1rem; }
.civitas-embed-notice a { color: #0b5cad; }
.civitas-embed-notice a:focus-visible { outline: 3px solid #1d3f91; outline-offset: 2px; }
.civitas-embed .civitas-autosave { margin-top: 1rem; max-width: 44rem; }
.civitas-embed-notice { max-width: 44rem; }
.civitas-embed-case { font-size: 1.5rem; font-weight: 700; margin: 0 0 1rem; }
.civitas-embed-case strong { letter-spacing: 0.02em; }
`;

/**
 * `rem` means the portal's root font size, which portals often change (`html { font-size: 62.5% }`);
 * inside the embed it means the reader's own default size instead, measured on the wrapper and set
 * as `--civitas-rem`. Media queries keep `rem`, which there already means the default size.
 */
export function withEmbedRem(css: string): string {
  return css.replace(/@media[^{]*\{|(-?\d*\.?\d+)rem\b/g, (match, amount: string | undefined) =>
    amount === undefined ? match : `calc(${amount} * var(--civitas-rem, 16px))`,
  );
}

/** The embed's styles: the runtime's theme and the shell, with `rem` made the embed's own. */
export const embedCss = (): string => withEmbedRem(`${runtimeCss}\n${SHELL}`);

let sheet: CSSStyleSheet | undefined;

/**
 * Puts the styles into a shadow root: one constructed style sheet shared by every embedded form on
 * the page (not subject to a portal's CSP on inline styles), or a `<style>` where those are missing.
 */
export function adoptEmbedStyles(root: ShadowRoot): void {
  if (
    "adoptedStyleSheets" in root &&
    typeof CSSStyleSheet === "function" &&
    "replaceSync" in CSSStyleSheet.prototype
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(embedCss());
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = embedCss();
  root.append(style);
}
