/**
 * @civitas/runtime — React renderer of e-forms and catalog content, autosave client, embeddable widget.
 * Filled by its own issue; the package exists so the workspace layout, scripts and CI are in place.
 */
export {};
