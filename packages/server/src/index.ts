/**
 * @civitas/server — HTTP server: APIs, database, drafts, submissions, connectors, receipts, publishing.
 * Filled by its own issue; the package exists so the workspace layout, scripts and CI are in place.
 */
export {};
