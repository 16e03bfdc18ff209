// Private key blocks, as PEM (`-----BEGIN ... PRIVATE KEY-----`) and PuTTY files write them: a
// block may run over several hunks, and its body lines look like any base64.
export const BLOCK_BEGIN = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-Lines:\s*\d+/i;
export const BLOCK_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-MAC:/i;
/**
 * A line of a key's body as it may sit in a file or a string: base64, PEM headers
 * (Proc-Type, DEK-Info), blank lines, quotes and `\n` around them.
 */
export const KEY_BODY = /^[\s"'`]*(?:[A-Za-z0-9+/]+={0,2}|(?:Proc-Type|DEK-Info|Comment):.*)?(?:\\n)?[\s"'`,;+)]*$/;
/** A hunk header's function context that is a line of key material. */
export const KEY_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;
