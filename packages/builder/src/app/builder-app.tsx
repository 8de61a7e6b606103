/** The service owners' app under /builder. */
export function BuilderApp() {
  return <main>Builder</main>;
}
