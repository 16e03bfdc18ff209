/**
 * What must never reach the model, and what must never be shown: files that hold
 * secrets (by their name, a name they had, or content that gives them away), secret
 * lines inside ordinary files, and the credentials inside URLs. Pure: it works on
 * parsed diffs and on text, and runs nothing.
 *
 * The token formats follow the well-known scanners (gitleaks, GitHub secret scanning,
 * detect-secrets); the file names also follow the lists of credential files those
 * tools' users keep. Only high-confidence formats are used for lines inside ordinary
 * files: a false positive costs the model one line, but hashes and UUIDs are the
 * everyday content of diffs and must pass.
 */
import type { DiffFile, Hunk } from '../change/diff.js';
import { oneLine } from '../words/one-line.js';

/** What a secret line becomes in the prompt, after its diff prefix. */
const SECRET_REMOVED = '[secret removed]';

// ---------------------------------------------------------------- names

/** Exact file names (lower case). */
const SECRET_NAMES = new Set([
  '.env', '.envrc', '.netrc', '_netrc', '.npmrc', '.pypirc', '.pgpass', '.git-credentials', '.gitcookies',
  '.htpasswd', 'htpasswd', '.my.cnf', '.dockercfg', '.s3cfg', '.boto', '.passwd-s3fs', 'passwd-s3fs',
  '.vault-token', '.terraformrc', 'terraform.rc', '.tugboat', '.esmtprc', '.fetchmailrc',
  '.bash_history', '.zsh_history', '.sh_history', '.psql_history', '.mysql_history', '.rediscli_history',
  'credentials', 'kubeconfig', 'secrets', '.secrets', 'sftp-config.json', 'recentservers.xml', 'sitemanager.xml',
  'filezilla.xml', 'wp-config.php', 'keystore.properties', 'key.properties', 'accesskeys.csv',
  'application_default_credentials.json', 'access_tokens.db', 'settings-security.xml',
]);

/** Endings of key stores, key files and files made to hold credentials. */
const SECRET_EXTENSIONS = [
  '.pem', '.key', '.p12', '.pfx', '.pkcs12', '.p8', '.jks', '.keystore', '.bks', '.jceks', '.keytab', '.ppk',
  '.kdbx', '.kdb', '.agilekeychain', '.keychain', '.tfstate', '.tfvars', '.tfvars.json', '.ovpn', '.kubeconfig',
  '.env', '.secret', '.secrets',
];

const SECRET_PREFIXES = ['.env.', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'ssh_host_', 'secring.'];

/** Data files named for what they hold; source files (secrets.ts, credentials.py) are code, not secrets. */
const DATA_EXT = '(?:json|ya?ml|xml|toml|ini|txt|csv|conf|cfg|properties|env|db)';
const SECRET_NAME_PATTERNS = [
  // `secret.yaml`, `db-secret.yaml`, `secrets.prod.json`; not `secrets-scan.yml` or `secret-manager.yaml`
  new RegExp(`(?:^|[._-])secrets?(?:\\.[\\w-]+)?\\.${DATA_EXT}$`),
  new RegExp(`(?:^|[._-])credentials?(?:[._-][^.]*)?\\.${DATA_EXT}$`),
  /service[-_]?account.*\.json$/,
  /^client[-_]?secrets?.*\.json$/,
];

/** Paths ending so (lower case, '/'-separated). */
const SECRET_PATHS = [
  '.docker/config.json', '.kube/config', '.config/gh/hosts.yml', '.m2/settings.xml', 'etc/shadow', 'etc/gshadow',
  '.terraform.d/credentials.tfrc.json', '.gradle/gradle.properties', '.composer/auth.json', '.config/composer/auth.json',
];

/** Folders whose every file is a credential of some kind. */
const SECRET_DIRS = ['.gnupg/', '.aws/', '.azure/', '.config/gcloud/', '.password-store/'];
/** In ~/.ssh, all but what is public or mere configuration. */
const SSH_PUBLIC = new Set(['known_hosts', 'known_hosts.old', 'config', 'authorized_keys', 'authorized_keys2']);

/** Copies made by editors and people: `.env.bak`, `env.backup`, `id_rsa~`. */
const BACKUP_SUFFIX = /(?:\.(?:bak|backup|old|orig|save|sav|copy|tmp|swp|swo)|~)$/;
/** `.env.example`, `secrets.sample.yaml`: meant to be committed, with placeholders. */
const EXAMPLE_PART = /^(?:example|examples|sample|template|tmpl|dist|defaults?)$/;

/** Whether a file of this name holds secrets, by the name alone. */
export function isSecretPath(path: string): boolean {
  const lower = path.toLowerCase();
  const slash = lower.lastIndexOf('/');
  const dir = `/${lower.slice(0, slash + 1)}`;
  let name = lower.slice(slash + 1);
  let copy = false;
  for (let m = BACKUP_SUFFIX.exec(name); m !== null && m.index > 0; m = BACKUP_SUFFIX.exec(name)) {
    name = name.slice(0, m.index);
    copy = true;
  }
  const full = dir + name;
  if (SECRET_PATHS.some((p) => full.endsWith(`/${p}`))) return true;
  if (SECRET_DIRS.some((d) => dir.includes(`/${d}`))) return true;
  if (dir.includes('/.ssh/') && !SSH_PUBLIC.has(name) && !name.endsWith('.pub')) return true;
  if (secretName(name)) return true;
  // `env.backup` is a copy of `.env` that lost its dot.
  return copy && !name.startsWith('.') && secretName(`.${name}`);
}

function secretName(name: string): boolean {
  if (SECRET_PREFIXES.some((p) => name.startsWith(p)) && !isExample(name)) return true;
  if (SECRET_NAMES.has(name)) return true;
  if (isExample(name)) return false;
  return SECRET_EXTENSIONS.some((e) => name.endsWith(e)) || SECRET_NAME_PATTERNS.some((re) => re.test(name));
}

function isExample(name: string): boolean {
  return name.split('.').slice(1).some((part) => EXAMPLE_PART.test(part));
}

// ---------------------------------------------------------------- whole files by content

/** Files this module has found secret by what they hold, or by what they share with a secret file. */
const foundSecret = new WeakSet<DiffFile>();

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
    const { oldStart, newStart } = hunkStarts(h);
    let oldFirst = oldStart === 1;
    let newFirst = newStart === 1;
    if (K8S_SECRET.test(headerContext(h.header))) return true;
    for (const line of h.lines) {
      const p = line.charCodeAt(0);
      if (p !== SPACE && p !== PLUS && p !== MINUS) continue;
      const text = line.slice(1);
      // A file that starts with a private key is a key file, whatever its name.
      if ((oldFirst && p !== PLUS) || (newFirst && p !== MINUS)) {
        if (KEY_FILE_START.test(text)) return true;
      }
      if (p !== PLUS) oldFirst = false;
      if (p !== MINUS) newFirst = false;
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
function findSecretFiles(files: DiffFile[]): { secret: Set<DiffFile>; shared: Set<string> } {
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

function isShared(line: string, shared: Set<string>): boolean {
  if (shared.size === 0) return false;
  const key = distinctive(line);
  return key !== undefined && shared.has(key);
}

// ---------------------------------------------------------------- lines by content

interface TokenRule {
  re: RegExp;
  /** Shannon entropy (bits per character) the match needs: placeholders like AKIAXXXXXXXXXXXXXXXX have little. */
  entropy: number;
}

/** One regular expression per format, all global, formats as gitleaks documents them. */
const TOKEN_RULES: TokenRule[] = [
  // AWS access key ids (AKIA long-term, ASIA temporary, ...)
  { re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, entropy: 3 },
  // GitHub: classic and fine-grained personal access tokens, OAuth, app, refresh tokens
  { re: /\b(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}\b/g, entropy: 3 },
  { re: /\bgithub_pat_\w{82}\b/g, entropy: 3 },
  // GitLab: personal, deploy, runner, CI job, feed, mail, agent, OAuth, trigger, SCIM, flags tokens
  { re: /\bgl(?:pat|dt|rt|cbt|ft|imt|agent|oas|ptt|soat|ffct)-[\w-]{20,}/g, entropy: 3 },
  { re: /\bGR1348941[\w-]{20}/g, entropy: 3 },
  // Slack: bot, user, workspace, legacy and configuration tokens, app tokens, webhooks
  { re: /\bxox[abeoprs]-\d+-[0-9A-Za-z-]{8,}/g, entropy: 2.5 },
  { re: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/gi, entropy: 2.5 },
  { re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_+/-]{20,}/g, entropy: 3 },
  // Stripe secret and restricted keys (publishable pk_ keys are public by design)
  { re: /\b(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{10,99}\b/g, entropy: 3 },
  // Google: API keys, OAuth client secrets, OAuth access tokens
  { re: /\bAIza[\w-]{35}(?![\w-])/g, entropy: 3.5 },
  { re: /\bGOCSPX-[\w-]{28}/g, entropy: 3 },
  { re: /\bya29\.[\w-]{30,}/g, entropy: 3.5 },
  // OpenAI, Anthropic
  { re: /\bsk-(?:proj|svcacct|admin)-[\w-]{20,}/g, entropy: 3 },
  { re: /\bsk-[\w-]*T3BlbkFJ[\w-]+/g, entropy: 3 },
  { re: /\bsk-ant-[a-z]+\d{2}-[\w-]{80,}/g, entropy: 3 },
  // npm, PyPI, Hugging Face, RubyGems, Docker Hub, Databricks
  { re: /\bnpm_[A-Za-z0-9]{36}\b/g, entropy: 3 },
  { re: /\bpypi-AgEIcHlwaS5vcmc[\w-]{50,}/g, entropy: 3 },
  { re: /\bhf_[A-Za-z]{34}\b/g, entropy: 3.5 },
  { re: /\brubygems_[a-f0-9]{48}\b/g, entropy: 3 },
  { re: /\bdckr_pat_[\w-]{27,}/g, entropy: 3 },
  { re: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g, entropy: 3 },
  // SendGrid, Twilio, Shopify, DigitalOcean, Doppler, Linear, Postman, Atlassian, New Relic, Square, PlanetScale, Pulumi
  { re: /\bSG\.[\w-]{22}\.[\w-]{43}(?![\w-])/g, entropy: 3 },
  { re: /\bSK[0-9a-f]{32}\b/g, entropy: 3 },
  { re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g, entropy: 3 },
  { re: /\bdo[opr]_v1_[a-f0-9]{64}\b/g, entropy: 3 },
  { re: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g, entropy: 3 },
  { re: /\blin_api_[A-Za-z0-9]{40}\b/g, entropy: 3 },
  { re: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g, entropy: 3 },
  { re: /\bATATT3[\w=-]{150,}/g, entropy: 3 },
  { re: /\bNRAK-[A-Z0-9]{27}\b/g, entropy: 3 },
  { re: /\bsq0(?:atp|csp)-[\w-]{22,43}/g, entropy: 3 },
  { re: /\bpscale_(?:tkn|pw|oauth)_[\w.-]{32,64}/g, entropy: 3 },
  { re: /\bpul-[a-f0-9]{40}\b/g, entropy: 3 },
  // HashiCorp Vault and Terraform Cloud, Grafana, age, Azure
  { re: /\bhv[sb]\.[\w-]{90,}/g, entropy: 3 },
  { re: /\b[a-z0-9]{14}\.atlasv1\.[\w=-]{60,70}/g, entropy: 3 },
  { re: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}/g, entropy: 3 },
  { re: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g, entropy: 3 },
  { re: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g, entropy: 3 },
  { re: /\bAccountKey=[A-Za-z0-9+/]{86}==/g, entropy: 3 },
  { re: /(?:^|[\s"'=:])[\w~.]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g, entropy: 3 },
  // Discord webhooks, Telegram bot tokens, Facebook access tokens
  { re: /discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{60,}/g, entropy: 3 },
  { re: /(?<!\d)\d{8,10}:AA[\w-]{33}(?![\w-])/g, entropy: 3 },
  { re: /\bEAA[A-Za-z0-9]{100,}/g, entropy: 3 },
  // Signed JSON Web Tokens
  { re: /\bey[A-Za-z0-9_-]{15,}\.ey[A-Za-z0-9_-]{15,}\.[A-Za-z0-9_-]{10,}/g, entropy: 3 },
  // Base64 of a Docker config (`{"auths":`), as in Kubernetes dockerconfigjson
  { re: /\beyJhdXRocyI6[A-Za-z0-9+/]{20,}/g, entropy: 3 },
];

/** The providers' documented example values (AKIAIOSFODNN7EXAMPLE), published so that they match. */
const DOCUMENTED_EXAMPLE = /EXAMPLE/;

/** Cheap test that a line could hold anything TOKEN_RULES find: most lines of a diff hold none of these. */
const TOKEN_HINT = new RegExp(
  [
    'A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'gh[pousr]_', 'github_pat_', 'gl[a-z]{1,6}-', 'GR1348941', 'xox', 'xapp',
    '[sr]k_', 'AIza', 'GOCSPX', 'ya29', 'sk-', 'npm_', 'pypi-', 'hf_', 'rubygems_', 'dckr_', 'dapi', 'SG\\.', 'SK[0-9a-f]',
    'shp', '_v1_', 'dp\\.', 'lin_api', 'PMAK', 'ATATT', 'NRAK', 'sq0', 'pscale', 'pul-', 'hv[sb]\\.', 'atlasv1',
    'gl[cs]a?_', 'AGE-SECRET', 'AccountKey', 'Q~', 'webhooks', 'hooks\\.slack', ':AA', 'EAA', 'eyJ',
  ].join('|'),
);
/**
 * Every format above is a run of at least 16 characters of [A-Za-z0-9_.+/=~:-]: most
 * lines have none, and counting them is much cheaper than any regular expression.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const token =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2d && c <= 0x3a) || c === 0x2b || c === 0x5f || c === 0x3d || c === 0x7e;
    run = token ? run + 1 : 0;
    if (run >= 16) return true;
  }
  return false;
}

/** Base64 of "-----BEGIN": a key encoded once more, as in kubeconfig's client-key-data. */
const BASE64_PEM = /LS0tLS1CRUdJT[A-Za-z0-9+/]{20,}/g;

/** `scheme://user:password@`: a password that is not a placeholder. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#"'`<>]*:([^\s@/?#"'`<>]+)@/gi;

/** A word that may make a name announce a secret; secretNameKind() decides. */
const NAME_HINT_G = /pass|pwd|secret|token|key/gi;
/**
 * What follows such a name in `name = value`, `name: value`, `"name": "value"`,
 * `name := value`, `name => value`: the quote, the value, the closing quote, the rest.
 */
const ASSIGNED = /["'`\]]?[ \t]*(?::=|=>|\?=|=|:)[ \t]*(["'`]?)([^\s"'`]*)(["'`]?)(.*)/y;
const SECRET_WORD = /(?:passw(?:or)?d|passphrase|^pwd|secret|token|apikey|secretkey|accesskey|privatekey|authkey)$/;
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'auth', 'master', 'signing', 'encryption', 'account', 'client', 'license']);
const AFTER_SECRET_WORD = new Set([
  'value', 'raw', 'str', 'string', 'plain', 'plaintext', 'b64', 'base64', 'hex', 'data', 'hash', 'prod', 'production',
  'live', 'dev', 'development', 'staging', 'test',
]);
const PLACEHOLDER = [
  /^(?:x+|\*+|\.+|#+|-+|_+|0+|•+)$/i,
  /[<>{}]|^\$\w|\$[{(]|%\(|^%[sdv]$|process\.env|os\.environ|getenv|ENV\[|^null$|^nil$/i,
  /^(?:changeme|change_me|change-me|password|passwd|secret|token|example|dummy|placeholder|redacted|none|undefined|true|false|empty|todo|tbd|test|testing|foobar|foo|bar)$/i,
  /your[_-]?|[_-]here$|^add[_-]|^insert[_-]|^enter[_-]|^my[_-]|^some[_-]|^fake|^dummy|^sample|^example|xxxx/i,
  /^(?:[a-z]+[_-])*(?:token|key|secret|password|passwd|pwd|credentials?)$/i,
];
/** An unquoted value that names something else (an attribute, a call, a path, a number) rather than being the secret. */
const REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?|[A-Za-z_$][\w$]*\(.*|[~.]?\/.*|\d+(?:\.\d+)*)$/;

/** Files where `name: value` or `NAME=value` is a setting, not code. */
function isConfigLike(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.startsWith('.') || !name.includes('.') || name.startsWith('env.') || name === 'dockerfile') return true;
  return /\.(?:env|ini|cfg|conf|config|properties|toml|ya?ml|tfvars|hcl|sh|bash|zsh|fish|envrc|example|sample|template|txt|md)$/.test(name);
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Whether one line (without its diff prefix) holds a secret. */
export function lineHasSecret(text: string, configLike = false): boolean {
  if (text.includes('PRIVATE KEY') && BLOCK_BEGIN.test(text)) return true;
  if (hasLongRun(text) && TOKEN_HINT.test(text) && hasToken(text)) return true;
  if (text.includes('LS0tLS1CRUdJT') && hasEncodedKey(text)) return true;
  if (text.includes('://') && text.includes('@') && hasUrlPassword(text)) return true;
  return assignsSecret(text, configLike);
}

function hasToken(text: string): boolean {
  for (const rule of TOKEN_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const token = m[0];
      if (entropy(token) >= rule.entropy && !DOCUMENTED_EXAMPLE.test(token)) return true;
    }
  }
  return false;
}

function hasEncodedKey(text: string): boolean {
  BASE64_PEM.lastIndex = 0;
  for (let m = BASE64_PEM.exec(text); m !== null; m = BASE64_PEM.exec(text)) {
    const head = Buffer.from(m[0].slice(0, 88), 'base64').toString('latin1');
    if (/PRIVATE KEY/.test(head)) return true;
  }
  return false;
}

function hasUrlPassword(text: string): boolean {
  URL_PASSWORD.lastIndex = 0;
  for (let m = URL_PASSWORD.exec(text); m !== null; m = URL_PASSWORD.exec(text)) {
    if (!placeholder(m[1] as string)) return true;
  }
  return false;
}

/** A literal value given to a name that says it is a password, token, secret or key. */
function assignsSecret(text: string, configLike: boolean): boolean {
  NAME_HINT_G.lastIndex = 0;
  for (let m = NAME_HINT_G.exec(text); m !== null; m = NAME_HINT_G.exec(text)) {
    // The whole name around the word: `DB_PASSWORD`, `config.apiKey`, `x-api-key`.
    let from = m.index;
    let to = m.index + m[0].length;
    while (from > 0 && isNameChar(text.charCodeAt(from - 1))) from--;
    while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
    NAME_HINT_G.lastIndex = to;
    const kind = secretNameKind(text.slice(from, to));
    if (kind === undefined) continue;
    ASSIGNED.lastIndex = to;
    const a = ASSIGNED.exec(text);
    if (a === null) continue;
    const [, open = '', raw = '', close = '', rest = ''] = a;
    const quoted = open !== '' && open === close;
    const value = quoted ? raw : raw.replace(/[,;]+$/, '');
    if (!quoted) {
      // Unquoted: a setting only in configuration files, and only when it is the whole value.
      if (!configLike || open !== '' || !/^\s*(?:[#;].*)?[,;]?\s*$/.test(rest)) continue;
      if (REFERENCE.test(value)) continue;
    }
    if (value.length < (kind === 'password' ? 6 : 8) || placeholder(value)) continue;
    if (kind !== 'password' && entropy(value) < 3) continue;
    return true;
  }
  return false;
}

/** [A-Za-z0-9_$.-] */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24 || c === 0x2e || c === 0x2d;
}

type NameKind = 'password' | 'token' | undefined;
/** Code repeats its names: each is looked at once per run of a few thousand. */
const nameKinds = new Map<string, NameKind>();

/** `DB_PASSWORD`, `apiKey`, `client_secret`, `githubToken`: what kind of secret a name announces. */
function secretNameKind(name: string): NameKind {
  let kind = nameKinds.get(name);
  if (kind !== undefined || nameKinds.has(name)) return kind;
  if (nameKinds.size >= 4096) nameKinds.clear();
  kind = nameKindOf(name);
  nameKinds.set(name, kind);
  return kind;
}

function nameKindOf(name: string): NameKind {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s._$-]+/)
    .filter((w) => w !== '');
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    const keyed = w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1] as string);
    if (!keyed && !SECRET_WORD.test(w)) continue;
    const after = words.slice(i + 1);
    if (!after.every((a) => AFTER_SECRET_WORD.has(a) || /^\d+$/.test(a))) return undefined;
    return /pass|pwd/.test(w) ? 'password' : 'token';
  }
  return undefined;
}

function placeholder(value: string): boolean {
  return PLACEHOLDER.some((re) => re.test(value));
}

// ---------------------------------------------------------------- private key blocks

const BLOCK_BEGIN = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-Lines:\s*\d+/i;
const BLOCK_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|^\s*Private-MAC:/i;
/**
 * A line of a key's body as it may sit in a file or a string: base64, PEM headers
 * (Proc-Type, DEK-Info), blank lines, quotes and `\n` around them.
 */
const KEY_BODY = /^[\s"'`]*(?:[A-Za-z0-9+/]+={0,2}|(?:Proc-Type|DEK-Info|Comment):.*)?(?:\\n)?[\s"'`,;+)]*$/;
/** A hunk header's function context that is a line of key material. */
const KEY_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;

const SPACE = 0x20;
const PLUS = 0x2b;
const MINUS = 0x2d;

const HUNK_START = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

function hunkStarts(h: Hunk): { oldStart: number; newStart: number } {
  const m = HUNK_START.exec(h.header);
  return { oldStart: Number(m?.[1] ?? 0), newStart: Number(m?.[2] ?? 0) };
}

/** The text git put after the second `@@` (the enclosing function, or any line before the hunk). */
function headerContext(header: string): string {
  const m = HUNK_START.exec(header);
  return m ? header.slice(m[0].length).trim() : '';
}

// ---------------------------------------------------------------- redaction

export interface Redaction {
  /** The files to build the prompt from: new objects where anything was removed. */
  files: DiffFile[];
  /** For the review buffer, e.g. `src/config.js: 2 secrets removed (lines 14, 30)`. */
  notes: string[];
  /** Secrets removed from lines of files that are otherwise sent. */
  count: number;
}

const MAX_NOTES = 10;
const MAX_PLACES = 8;

/**
 * Takes secrets out of a parsed diff before anything of it is sent. Files that are
 * secret as a whole lose their hunks (the prompt names them, see exclusionFor); in
 * the others, each secret line becomes its diff prefix and `[secret removed]`,
 * whether added, removed or context. The input is not modified.
 */
export function redactSecrets(files: DiffFile[]): Redaction {
  const { secret, shared } = findSecretFiles(files);
  const out: DiffFile[] = [];
  const notes: string[] = [];
  let count = 0;
  for (const f of files) {
    if (secret.has(f)) {
      const hidden: DiffFile = { ...f, hunks: [] };
      foundSecret.add(hidden);
      out.push(hidden);
      continue;
    }
    const r = redactFile(f, shared);
    out.push(r.file);
    if (r.places.length === 0) continue;
    count += r.places.length;
    notes.push(`${oneLine(f.path)}: ${r.places.length === 1 ? '1 secret' : `${r.places.length} secrets`} removed (${placesText(r.places)})`);
  }
  if (notes.length > MAX_NOTES) {
    const rest = notes.length - (MAX_NOTES - 1);
    notes.splice(MAX_NOTES - 1, notes.length, `... and secrets removed in ${rest} more files`);
  }
  return { files: out, notes, count };
}

/** Where one secret was: new-file lines, or old-file lines for one that only removed lines held. */
interface Place {
  side: 'new' | 'old' | 'header';
  from: number;
  to: number;
}

/** One secret: a line, or a whole private key block (which may go on over several hunks). */
interface Finding {
  newLines: number[];
  oldLines: number[];
}

function redactFile(file: DiffFile, shared: Set<string>): { file: DiffFile; places: Place[] } {
  const configLike = isConfigLike(file.path) || (file.oldPath !== undefined && isConfigLike(file.oldPath));
  const findings: Finding[] = [];
  const headers: Place[] = [];
  const newFinding = (): Finding => {
    const f: Finding = { newLines: [], oldLines: [] };
    findings.push(f);
    return f;
  };
  // The private key block open on each side (old, new): it may go on into the next hunk.
  const open: [Finding | undefined, Finding | undefined] = [undefined, undefined];
  let changed = false;
  const hunks = file.hunks.map((h): Hunk => {
    const { oldStart, newStart } = hunkStarts(h);
    const carried: [boolean, boolean] = [open[0] !== undefined, open[1] !== undefined];
    const marks = new Array<Finding | undefined>(h.lines.length);
    let o = oldStart;
    let n = newStart;
    for (let i = 0; i < h.lines.length; i++) {
      const line = h.lines[i] as string;
      const p = line.charCodeAt(0);
      const sides = p === SPACE ? [0, 1] : p === MINUS ? [0] : p === PLUS ? [1] : [];
      if (sides.length === 0) continue;
      const oldNo = p === PLUS ? 0 : o++;
      const newNo = p === MINUS ? 0 : n++;
      const text = line.slice(1);
      let mark: Finding | undefined;
      for (const s of sides) {
        const f = open[s];
        if (f === undefined) continue;
        // A block carried from an earlier hunk may have ended in the lines between.
        if (carried[s] && !KEY_BODY.test(text) && !BLOCK_END.test(text)) {
          open[s] = undefined;
          continue;
        }
        mark = f;
      }
      const marker = text.includes('-----') || text.includes('Private-');
      const begin = marker ? BLOCK_BEGIN.exec(text) : null;
      const end = marker ? BLOCK_END.exec(text) : null;
      if (begin) {
        mark ??= newFinding();
        for (const s of sides) {
          open[s] = mark;
          carried[s] = false;
        }
      } else if (end && mark === undefined) {
        // The END of a block whose BEGIN is before the hunk: the body lines before it are the key.
        mark = newFinding();
        for (const s of sides) {
          for (let j = i - 1; j >= 0; j--) {
            const prev = h.lines[j] as string;
            const q = prev.charCodeAt(0);
            if (!(q === SPACE || q === (s === 0 ? MINUS : PLUS))) continue;
            if (marks[j] !== undefined || !KEY_BODY.test(prev.slice(1))) break;
            marks[j] = mark;
          }
        }
      }
      if (mark !== undefined) {
        if (end && (!begin || end.index > begin.index)) for (const s of sides) open[s] = undefined;
      } else if (lineHasSecret(text, configLike) || isShared(line, shared)) {
        mark = newFinding();
      }
      if (mark === undefined) continue;
      marks[i] = mark;
      if (newNo !== 0) mark.newLines.push(newNo);
      else mark.oldLines.push(oldNo);
    }
    // Lines marked afterwards (a block's body before its END) still need their numbers.
    numberLate(h, marks, oldStart, newStart);
    const context = headerContext(h.header);
    const headerSecret = context !== '' && (lineHasSecret(context, configLike) || KEY_LINE.test(context) || BLOCK_BEGIN.test(context));
    if (headerSecret) headers.push({ side: 'header', from: newStart, to: newStart });
    if (!headerSecret && !marks.some((m) => m !== undefined)) return h;
    changed = true;
    const start = HUNK_START.exec(h.header)?.[0] ?? h.header;
    return {
      ...h,
      header: headerSecret ? `${start} ${SECRET_REMOVED}` : h.header,
      lines: h.lines.map((l, i) => (marks[i] === undefined ? l : `${l[0] ?? ''}${SECRET_REMOVED}`)),
    };
  });
  if (!changed) return { file, places: [] };
  const places = [...headers];
  for (const f of findings) {
    const side = f.newLines.length > 0 ? 'new' : 'old';
    const nums = side === 'new' ? f.newLines : f.oldLines;
    if (nums.length > 0) places.push({ side, from: Math.min(...nums), to: Math.max(...nums) });
  }
  return { file: { ...file, hunks }, places };
}

/** Records the line numbers of lines marked after the walk passed them. */
function numberLate(h: Hunk, marks: (Finding | undefined)[], oldStart: number, newStart: number): void {
  let o = oldStart;
  let n = newStart;
  for (let i = 0; i < h.lines.length; i++) {
    const p = (h.lines[i] as string).charCodeAt(0);
    if (p !== SPACE && p !== PLUS && p !== MINUS) continue;
    const oldNo = p === PLUS ? 0 : o++;
    const newNo = p === MINUS ? 0 : n++;
    const f = marks[i];
    if (f === undefined) continue;
    if (newNo !== 0) {
      if (!f.newLines.includes(newNo)) f.newLines.push(newNo);
    } else if (!f.oldLines.includes(oldNo)) f.oldLines.push(oldNo);
  }
}

/** e.g. `lines 14, 20-47; removed line 9`. */
function placesText(places: Place[]): string {
  const sorted = [...places].sort((a, b) => a.from - b.from);
  const list = (ps: Place[], one: string, many: string): string | undefined => {
    if (ps.length === 0) return undefined;
    const shown = ps.slice(0, MAX_PLACES).map((p) => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`));
    if (ps.length > MAX_PLACES) shown.push('...');
    const single = ps.length === 1 && ps[0]?.from === ps[0]?.to;
    return `${single ? one : many} ${shown.join(', ')}`;
  };
  return [
    list(sorted.filter((p) => p.side === 'new'), 'line', 'lines'),
    list(sorted.filter((p) => p.side === 'old'), 'removed line', 'removed lines'),
    list(sorted.filter((p) => p.side === 'header'), 'hunk header at line', 'hunk headers at lines'),
  ]
    .filter((t) => t !== undefined)
    .join('; ');
}

// ---------------------------------------------------------------- URLs

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
