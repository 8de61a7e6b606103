/**
 * @civitas/templates — Standard e-service library and message templates.
 * Filled by its own issue; the package exists so the workspace layout, scripts and CI are in place.
 */
export {};
