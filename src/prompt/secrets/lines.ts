// Secret lines inside ordinary files: token formats as the well-known scanners document
// them (with entropy floors, so placeholders pass), encoded keys, passwords in URLs, and
// literal values given to names that announce a password, token or key. Only
// high-confidence forms: hashes and UUIDs are the everyday content of diffs and must pass.
import { BLOCK_BEGIN } from './keys.js';

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

/**
 * HTTP authentication headers with their credential: `Authorization: Bearer ...`,
 * `Proxy-Authorization: Basic ...`, in a curl `-H`, a config file or code. A header named
 * in prose has no scheme and value after it.
 */
const AUTH_HEADER = /\b(?:proxy-)?authorization["'`]?(?:[ \t]*[:=][ \t]*["'`]?|[ \t]+["'`])(?:bearer|basic|token|digest|negotiate|apikey|api-key|key|sso-key|ntlm)[ \t]+([^\s"'`,;]+)/gi;
/** Headers that carry a key or token themselves: `-H "X-API-Key: ..."`, `PRIVATE-TOKEN: ...`, `X-Vault-Token: ...`. */
const KEY_HEADER = /(?:-H|--header)[ \t=]*["']?[\w-]*(?:token|key|secret|auth)[\w-]*[ \t]*:[ \t]*([^\s"'`]+)/gi;
/**
 * Passwords on a command line, as the common clients take them: `curl -u user:password`,
 * `--password=...`, mysql's `-pPASSWORD` (attached: `-p 8080` is a port elsewhere),
 * `sshpass -p`, `redis-cli -a`, `docker login -p`, smbclient's `-U user%password`.
 */
const CLI_PASSWORDS: ReadonlyArray<[hint: string, re: RegExp]> = [
  ['-u', /(?:^|[\s"'])(?:-u|--user|--proxy-user)[ \t=]?["']?[^\s:"'@/]+:([^\s"']+)/g],
  ['-U', /(?:^|[\s"'])-U[ \t=]?["']?[^\s:"'@/]+:([^\s"']+)/g],
  ['--pass', /(?:^|\s)--(?:password|passwd|pass)(?:=|[ \t]+)["']?([^\s"']+)/gi],
  ['-password', /(?:^|\s)--(?:db-password)(?:=|[ \t]+)["']?([^\s"']+)/gi],
  ['mysql', /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlsh)\b.*?\s-p["']?([^\s"'-][^\s"']*)/g],
  ['mariadb', /\bmariadb(?:-dump|-admin)?\b.*?\s-p["']?([^\s"'-][^\s"']*)/g],
  ['sshpass', /\bsshpass\b.*?\s-p[ \t]*["']?([^\s"']+)/g],
  ['redis-cli', /\bredis-cli\b.*?\s-a[ \t]+["']?([^\s"']+)/g],
  ['login', /\b(?:docker|podman|buildah|helm|oras)\s+(?:\S+\s+)*?login\b.*?\s-p[ \t]+["']?([^\s"']+)/g],
  ['%', /\b(?:smbclient|rpcclient|smbmap)\b.*?\s-U[ \t]*["']?[^\s%"']+%([^\s"']+)/g],
];/**
 * A password given to a command through its environment, whatever the file: `PGPASSWORD=... psql`,
 * `export MYSQL_PWD=...`, `SSHPASS=... sshpass -e`.
 */
const ENV_NAME = String.raw`([A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY))=(["']?)([^\s"'\`;&|]+)\2`;
// Before a command (`NAME=value cmd`), or exported; `NAME=value` alone is code unless the file is configuration.
const ENV_PASSWORD = [
  new RegExp(String.raw`(?:^|[\s;&|(])${ENV_NAME}(?=[ \t]+[\w./-])`, 'g'),
  new RegExp(String.raw`\b(?:export|env|setenv)[ \t]+${ENV_NAME}`, 'g'),
];
const AUTH_HINT = /authoriz/i;
const ENV_HINT = /(?:PASSWORD|PASSWD|_PASS|PWD|SSHPASS|TOKEN|SECRET|API_KEY|APIKEY|SECRET_KEY|ACCESS_KEY)=/;
/** Connection strings: `Server=...;User Id=sa;Password=...;`, JDBC's and ODBC's `?user=x&password=...`. */
const CONN_PASSWORD = /(?:^|[;?&"'\s])(?:password|pwd|pass)[ \t]*=[ \t]*([^;&"'\s]+)/gi;
const CONN_STRING = /(?:server|data source|host|user id|uid|user|database|initial catalog|jdbc:|odbc:|driver)[ \t]*[=:]/i;

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
export function isConfigLike(path: string): boolean {
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
  if (hasCredentialArgument(text)) return true;
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

/** A value that is a credential rather than a placeholder, a variable or a reference. */
function credential(value: string, min = 6): boolean {
  const v = value.replace(/[,;)\]}]+$/, '');
  return v.length >= min && !placeholder(v) && !REFERENCE.test(v) && !/^\$|%[A-Z_]+%|\$\{|\$\(/.test(v);
}

function someCredential(re: RegExp, text: string, group = 1, min = 6): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (credential(m[group] ?? '', min)) return true;
  }
  return false;
}

/** Credentials in a header, on a command line, in a command's environment or a connection string. */
function hasCredentialArgument(text: string): boolean {
  // Cheap tests first: most lines of a diff have no header, no option and no such name.
  if (AUTH_HINT.test(text) && someCredential(AUTH_HEADER, text, 1, 8)) return true;
  const option = text.includes(' -') || text.startsWith('-');
  if (option && (text.includes('-H') || text.includes('--header')) && someCredential(KEY_HEADER, text, 1, 8)) return true;
  if (option) {
    for (const [hint, re] of CLI_PASSWORDS) if (text.includes(hint) && someCredential(re, text)) return true;
  }
  if (text.includes('=')) {
    if (ENV_HINT.test(text) && ENV_PASSWORD.some((re) => someCredential(re, text, 3))) return true;
    if ((text.includes(';') || text.includes('&')) && /pass|pwd/i.test(text) && CONN_STRING.test(text) && someCredential(CONN_PASSWORD, text)) return true;
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
