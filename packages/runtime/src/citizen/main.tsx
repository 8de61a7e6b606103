import "../styles/civitas.css";
import "./citizen-layout.css";
import "./citizen-header-footer.css";
import "./citizen-catalog.css";
import "./citizen-case.css";
import { createRoot } from "react-dom/client";
import { ROOT_ID } from "./app/shell-organisations.ts";
import { CitizenApp } from "./citizen-app.tsx";

// The entry of dist/citizen.js, loaded by the page shell the server answers every citizen page with.
const root = document.getElementById(ROOT_ID);
if (root) createRoot(root).render(<CitizenApp />);
