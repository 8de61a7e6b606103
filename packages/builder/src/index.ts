/**
 * @civitas/builder — The service owners' web app: catalog editor, form builder, review and publishing.
 * Filled by its own issue; the package exists so the workspace layout, scripts and CI are in place.
 */
export {};
