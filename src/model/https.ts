// node:https, and with it TLS, for an Ollama behind TLS only: http.ts imports this module
// lazily, so that a plain-http host (the usual local one) never loads TLS. A module of our
// own, not import('node:https'): esbuild keeps this lazy inside the bundle, and a real
// dynamic import would fail where the terminal command runs from V8's code cache.
export { request } from 'node:https';
