/** The runtime's theme as text, for the embed's shadow root: imported `with { type: "text" }`. */
declare module "*/civitas.css" {
  const css: string;
  export default css;
}
