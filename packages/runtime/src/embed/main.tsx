/**
 * The embed script external portals include. It defines `<civitas-form>`, which renders an e-form
 * published on the server this script was loaded from, with the same autosave as the citizen pages:
 *
 * ```html
 * <script type="module" src="https://<server>/assets/embed.js"></script>
 * <civitas-form organisation="dubova" form="public-event-notification" lang="cs"></civitas-form>
 * ```
 */
import { defineCivitasFormElement } from "./civitas-form-element.tsx";

defineCivitasFormElement(new URL("..", import.meta.url));
