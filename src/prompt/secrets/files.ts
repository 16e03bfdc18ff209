// Files whose contents must stay out of the prompt as a whole: secret by name, by a name they
// had, by what they are (a key file, a Kubernetes Secret, a service-account key), or by the
// lines they share with a secret file of the same change.
import type { DiffFile } from '../../change/diff.js';
import { headerContext, MINUS, PLUS, SPACE } from './hunk.js';
import { isSecretPath } from './names.js';

/** Files found secret by what they hold, or by what they share with a secret file (redact.ts marks them). */
const foundSecret = new WeakSet<DiffFile>();

/** A file redactSecrets() emptied: secret as a whole from now on, whatever its name. */
export function markSecret(file: DiffFile): void {
  foundSecret.add(file);
}

/** A Kubernetes Secret manifest, YAML or JSON: `kind: Secret` (not SealedSecret, ExternalSecret...). */
const K8S_SECRET = /^\s*(?:-\s+)?["']?kind["']?\s*:\s*["']?Secret["']?\s*,?\s*(?:#.*)?$/;
const SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"/;
const KEY_FILE_START = /^\s*(?:-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d+:)/i;
const YARN_AUTH = /\b(?:npmAuthToken|npmAuthIdent|_authToken|_auth|_password)\b/;

/**
 * Whether a file's contents must stay out of the prompt as a whole: by its name or
 * old name, by what it is (a key file, a Kubernetes Secret, a service-account key),
 * or because redactSecrets() found it holds a secret file's lines.
 */
export function isSecretFile(file: DiffFile): boolean {
  if (foundSecret.has(file)) return true;
  if (isSecretPath(file.path) || (file.oldPath !== undefined && isSecretPath(file.oldPath))) return true;
  return secretByContent(file);
}

function secretByContent(file: DiffFile): boolean {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
  const yarnrc = name === '.yarnrc' || name === '.yarnrc.yml' || name === '.yarnrc.yaml';
  for (const h of file.hunks) {
    if (K8S_SECRET.test(headerContext(h.header))) return true;
    for (const line of h.lines) {
      const p = line.charCodeAt(0);
      if (p !== SPACE && p !== PLUS && p !== MINUS) continue;
      const text = line.slice(1);
      // A file that holds a private key block as lines of its own (not inside a string of
      // code) is a key file, whatever its name and whatever comes before the block: the
      // lines around a key are its comment, its host, its passphrase hint.
      if ((text.includes('-----') || text.includes('PuTTY')) && KEY_FILE_START.test(text)) return true;
      if (text.includes('kind') && K8S_SECRET.test(text)) return true;
      if (text.includes('service_account') && SERVICE_ACCOUNT.test(text)) return true;
      if (yarnrc && YARN_AUTH.test(text)) return true;
    }
  }
  return false;
}

/**
 * The files whose contents must not be sent at all: secret by name, by old name, by
 * content, and added files that carry lines of a secret file in the same change (a
 * `.env` rewritten into `env.backup` that git did not see as a rename).
 */
export function secretFiles(files: DiffFile[]): Set<DiffFile> {
  return findSecretFiles(files).secret;
}

/**
 * The secret files, and the distinctive lines of all of them, to be removed wherever
 * else they appear. An added file is secret as a whole when it holds a line that left
 * a secret file (a removed line): that is a secret file rewritten under another name.
 * Lines that a secret file merely has (added, context) only count line by line, or an
 * added terraform.tfstate would make any new JSON file sharing `"version": 4,` secret.
 */
export function findSecretFiles(files: DiffFile[]): { secret: Set<DiffFile>; shared: Set<string> } {
  const secret = new Set(files.filter(isSecretFile));
  const shared = new Set<string>();
  const left = new Set<string>();
  for (const f of secret) {
    for (const h of f.hunks) {
      for (const line of h.lines) {
        const key = distinctive(line);
        if (key === undefined) continue;
        shared.add(key);
        if (line.charCodeAt(0) === MINUS) left.add(key);
      }
    }
  }
  if (left.size === 0) return { secret, shared };
  for (const f of files) {
    if (secret.has(f) || f.status !== 'added') continue;
    if (!f.hunks.some((h) => h.lines.some((l) => l.charCodeAt(0) === PLUS && isShared(l, left)))) continue;
    secret.add(f);
    for (const h of f.hunks) {
      for (const line of h.lines) {
        const key = distinctive(line);
        if (key !== undefined) shared.add(key);
      }
    }
  }
  return { secret, shared };
}

const COMMENT = /^(?:#|\/\/|;|--|\/\*|\*|<!--)/;

/**
 * A line of a secret file worth recognizing elsewhere: not a comment, and a setting
 * with a value of some length (`API_KEY=...`, `"password": "..."`, not `"version": 4,`
 * or `DEBUG=1`), or a long line without one (a key's base64 body).
 */
function distinctive(line: string): string | undefined {
  const p = line.charCodeAt(0);
  if (p !== SPACE && p !== PLUS && p !== MINUS) return undefined;
  const text = line.slice(1).trim();
  if (text.length < 8 || COMMENT.test(text)) return undefined;
  const m = /[=:]/.exec(text);
  if (m === null) return text.length >= 20 ? text : undefined;
  const value = text.slice(m.index + 1).replace(/^[\s"'`]+|[\s"'`,;]+$/g, '');
  return value.length >= 6 ? text : undefined;
}

export function isShared(line: string, shared: Set<string>): boolean {
  if (shared.size === 0) return false;
  const key = distinctive(line);
  return key !== undefined && shared.has(key);
}
