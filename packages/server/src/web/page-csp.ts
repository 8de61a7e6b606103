/**
 * The content security policy of the app pages this server answers (the citizen pages, the builder):
 * no inline script or style, only the bundles served from this origin, and never inside a frame. The
 * runtime's validator (ajv) compiles each form's JSON Schema into a function at run time, hence
 * `'unsafe-eval'` (and only that) until validators are precompiled per published form version; the
 * builder's preview runs the same runtime.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
