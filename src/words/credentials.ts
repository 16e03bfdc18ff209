import { inspect } from 'node:util';
// Credentials inside URLs (an Ollama host behind a proxy with basic auth, a remote with a
// token): hidden wherever the plugin shows or writes text.
/** `scheme://authority`: the authority runs to the first `/`, `?` or `#`. */
const URL_AUTHORITY = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`<>\\]*)/gi;
/** ssh authenticates with keys: `ssh://git@host` names a user, not a credential. */
const SSH_SCHEME = /^(?:ssh|git\+ssh|ssh\+git):\/\/$/i;

/**
 * `scheme://user:password@host` and `scheme://token@host` become `scheme://***@host`,
 * wherever they are in a longer text. scp-style `git@host:repo` has no credential and
 * stays, and so does `ssh://git@host`.
 */
export function hideUrlCredentials(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(URL_AUTHORITY, (all, scheme: string, authority: string) => {
    // The host follows the last '@': a password may hold an unencoded one.
    const at = authority.lastIndexOf('@');
    if (at <= 0) return all;
    if (SSH_SCHEME.test(scheme) && !authority.slice(0, at).includes(':')) return all;
    return `${scheme}***${authority.slice(at)}`;
  });
}

/**
 * What goes to the node host's log ($NVIM_NODE_LOG_FILE) for an error: its stack, cause and
 * git's words as util.inspect prints them, with URL credentials hidden, since git's words
 * name the remote's URL and the log is a file that outlives the session. One string: the
 * host's logger keeps only console.error's first argument.
 */
export function forLog(value: unknown): string {
  return hideUrlCredentials(typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity }));
}
