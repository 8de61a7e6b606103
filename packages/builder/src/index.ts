/**
 * @civitas/builder — the service owners' web app under /builder: catalog editor, visual form builder,
 * review and publishing, and the operations pages of an organisation's admins.
 */
export { BuilderApp } from "./app/builder-app.tsx";
