import "../../src/styles/civitas.css";
import { CivitasForm } from "../../src/index.ts";
import { mountPage, recordData, startProbe } from "./bench-probe.tsx";

// Our runtime as the citizen pages use it: the definition and a language, compiled inside.
const input = startProbe();
mountPage(
  <CivitasForm
    spec={input.spec}
    locale={input.locale}
    initialPage={input.initialPage ?? null}
    onChange={recordData}
  />,
);
