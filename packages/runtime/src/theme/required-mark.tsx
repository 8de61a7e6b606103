/** "(required)" after a label, in words rather than a star; the space stays outside so names read right. */
export function RequiredMark({ text }: { text: string }) {
  return (
    <>
      {" "}
      <span className="civitas-required">{text}</span>
    </>
  );
}
