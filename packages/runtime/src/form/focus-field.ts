const CONTROLS = ["input", "select", "textarea"];

/** An attribute value inside a CSS selector (RJSF's ids are plain, but names in schemas may not be). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;

const byId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[id=${quoted(id)}]`);

/**
 * Moves the focus to the control of an answer: the element with its id, or, for a question answered by
 * radio buttons or checkboxes (`<id>-0`, `<id>-1` ...) or a group, its first control; a group without
 * controls gets the focus on its fieldset. Returns whether something took the focus.
 */
export function focusField(root: ParentNode, fieldId: string): boolean {
  const exact = byId(root, fieldId);
  const firstControl = root.querySelector<HTMLElement>(
    CONTROLS.flatMap((tag) => [
      `${tag}[id^=${quoted(`${fieldId}-`)}]`,
      `${tag}[id^=${quoted(`${fieldId}_`)}]`,
    ]).join(", "),
  );
  const target = exact && CONTROLS.includes(exact.localName) ? exact : (firstControl ?? exact);
  if (!target) return false;
  target.focus();
  // Inside a shadow root (the embed) the document only knows the host as active.
  return (target.getRootNode() as Document | ShadowRoot).activeElement === target;
}

/** Sorts items by where their elements stand in the document; those without one go last, in their order. */
export function inDocumentOrder<T extends { fieldId: string }>(root: ParentNode, items: readonly T[]): T[] {
  const element = (item: T) =>
    byId(root, item.fieldId) ?? root.querySelector(`[id^=${quoted(`${item.fieldId}-`)}]`);
  return items
    .map((item, index) => ({ item, index, node: element(item) }))
    .sort((a, b) => {
      if (!a.node || !b.node) return a.node ? -1 : b.node ? 1 : a.index - b.index;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map(({ item }) => item);
}
