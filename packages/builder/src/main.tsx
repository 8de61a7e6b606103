import "@civitas/runtime/styles.css";
import "./styles/builder.css";
import { createRoot } from "react-dom/client";
import { BuilderApp } from "./app/builder-app.tsx";

// The entry of dist/builder.js, loaded by the page shell the server answers every /builder page with.
const root = document.getElementById("builder-root");
if (root) createRoot(root).render(<BuilderApp />);
