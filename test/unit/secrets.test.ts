// prompt/secrets/ on its own: which names are secret, which lines hold a secret (real-format
// fake keys, and the near-misses that must pass), how a parsed diff is redacted, and how
// credentials in URLs are hidden from what the plugin shows.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type DiffFile, type Hunk } from '../../src/change/diff.js';
import { exclusionFor } from '../../src/prompt/exclusions.js';
import { forLog, hideUrlCredentials } from '../../src/words/credentials.js';
import { isSecretFile, secretFiles } from '../../src/prompt/secrets/files.js';
import { lineHasSecret } from '../../src/prompt/secrets/lines.js';
import { isSecretPath } from '../../src/prompt/secrets/names.js';
import { redactSecrets } from '../../src/prompt/secrets/redact.js';

// ---------------------------------------------------------------- fake secrets in real formats

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const DIGITS = '123456789';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Random characters: new fake keys on every run, so nothing passes on a memorized value. */
function rand(chars: string, n: number): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += chars[(bytes[i] as number) % chars.length];
  return s;
}

function pemKey(kind: 'rsa' | 'pkcs8' | 'ec' | 'encrypted'): string {
  if (kind === 'ec') {
    return generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  if (kind === 'encrypted') {
    return privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' }).toString();
  }
  return privateKey.export({ type: kind === 'rsa' ? 'pkcs1' : 'pkcs8', format: 'pem' }).toString();
}

function opensshKey(): string {
  const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${rand(B64, 330)}`;
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${(body.match(/.{1,70}/g) ?? []).join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

function pgpKey(): string {
  const body = (rand(B64, 300).match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF${body}\n=${rand(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
}

/** Lines of a PEM text, without the trailing empty one. */
function pemLines(pem: string): string[] {
  return pem.split('\n').filter((l) => l !== '');
}

// ---------------------------------------------------------------- diffs by hand

function hunk(header: string, lines: string[]): Hunk {
  return {
    header,
    lines,
    added: lines.filter((l) => l.startsWith('+')).length,
    removed: lines.filter((l) => l.startsWith('-')).length,
  };
}

function file(path: string, hunks: Hunk[], over: Partial<DiffFile> = {}): DiffFile {
  return {
    path,
    status: 'modified',
    binary: false,
    added: hunks.reduce((n, h) => n + h.added, 0),
    removed: hunks.reduce((n, h) => n + h.removed, 0),
    hunks,
    ...over,
  };
}

/** A new file holding `lines`. */
function added(path: string, lines: string[]): DiffFile {
  return file(path, [hunk(`@@ -0,0 +1,${lines.length} @@`, lines.map((l) => `+${l}`))], { status: 'added' });
}

/** A deleted file that held `lines`. */
function deleted(path: string, lines: string[]): DiffFile {
  return file(path, [hunk(`@@ -1,${lines.length} +0,0 @@`, lines.map((l) => `-${l}`))], { status: 'deleted' });
}

function allLines(f: DiffFile): string[] {
  return f.hunks.flatMap((h) => [h.header, ...h.lines]);
}

// ---------------------------------------------------------------- names

describe('isSecretPath', () => {
  it.each([
    // issue 11's list
    '.aws/credentials', '.git-credentials', '.envrc', '.htpasswd', '.docker/config.json', '.kube/config',
    'etc/ssh/ssh_host_ed25519_key', 'etc/ssh/ssh_host_rsa_key', 'prod.tfvars', 'k8s/secret.yaml', '.netrc', '.npmrc', '.pypirc',
    'infra/terraform.tfstate', 'infra/terraform.tfstate.backup', 'certs/client.p12', 'client.pfx', 'release.jks', 'debug.keystore',
    'credentials.json', 'config/credentials-prod.json', 'gcp/service-account.json', 'my-service-account-key.json',
    'client_secret_1234.apps.googleusercontent.com.json',
    // the earlier list, kept
    '.env', 'config/.env.production', 'certs/server.pem', 'tls.key', '.ssh/id_ed25519', 'id_rsa.pub', 'secrets.yaml',
    // more that scanners and their users list
    'db-secret.yaml', 'app.secrets.json', 'secrets.prod.yaml', 'Secrets.YAML', '_netrc', '.pgpass', '.my.cnf', '.gitcookies',
    '.vault-token', '.terraformrc', 'terraform.tfvars.json', '.ssh/deploy_key', 'home/.gnupg/private-keys-v1.d/ABC.key',
    '.config/gcloud/application_default_credentials.json', '.azure/msal_token_cache.json', 'vpn/office.ovpn', 'AuthKey_ABC123.p8',
    'keys/putty.ppk', 'passwords.kdbx', 'krb5.keytab', 'wp-config.php', '.bash_history', '.config/gh/hosts.yml', 'prod.env',
    'sftp-config.json', '.m2/settings.xml', 'android/keystore.properties', 'etc/shadow',
    // copies of secrets keep the secret: an editor's backup, a dot lost on the way
    '.env.bak', 'env.backup', 'id_rsa~', 'npmrc.old', 'credentials.json.orig', '.git-credentials.save',
  ])('%s is secret', (path) => {
    expect(isSecretPath(path)).toBe(true);
  });

  it.each([
    'src/main.ts', 'README.md', 'src/env.ts', 'environment.ts', 'bin/env', 'env', 'src/prompt/secrets.ts', 'test/unit/secrets.test.ts',
    'src/credentials.ts', 'docs/credentials.md', 'docs/secrets.md', '.github/workflows/secrets-scan.yml', 'charts/secret-manager.yaml',
    'tokenizer.json', 'keyboard.c', 'monkey.js', 'src/keys.ts', '.ssh/known_hosts', '.ssh/config', '.ssh/deploy.pub',
    '.env.example', '.env.sample', '.env.template', 'secrets.example.yaml', 'terraform.tfvars.example', 'k8s/deployment.yaml',
    'docker-compose.yml', 'package.json', '.yarnrc.yml', 'main.tf', 'variables.tf', 'certs/ca.crt', 'Dockerfile', '.gitignore',
  ])('%s is not secret by its name', (path) => {
    expect(isSecretPath(path)).toBe(false);
  });
});

// ---------------------------------------------------------------- lines

describe('lineHasSecret: real formats are found', () => {
  const cases: Array<[string, () => string]> = [
    ['AWS access key id (AKIA)', () => `aws_access_key_id = AKIA${rand(UPPER32, 16)}`],
    ['AWS temporary key id (ASIA)', () => `"AccessKeyId": "ASIA${rand(UPPER32, 16)}"`],
    ['GitHub classic token', () => `GITHUB_TOKEN: ghp_${rand(ALNUM, 36)}`],
    ['GitHub OAuth token', () => `token = "gho_${rand(ALNUM, 36)}"`],
    ['GitHub app token', () => `ghs_${rand(ALNUM, 36)}`],
    ['GitHub fine-grained token', () => `github_pat_${rand(ALNUM, 22)}_${rand(ALNUM, 59)}`],
    ['GitLab personal token', () => `curl -H "PRIVATE-TOKEN: glpat-${rand(ALNUM, 20)}" https://gitlab.example.com/api/v4`],
    ['GitLab deploy token', () => `gldt-${rand(ALNUM, 20)}`],
    ['GitLab runner token', () => `token = "glrt-${rand(ALNUM, 20)}"`],
    ['Slack bot token', () => `SLACK_BOT_TOKEN=xoxb-${rand(DIGITS, 12)}-${rand(DIGITS, 13)}-${rand(ALNUM, 24)}`],
    ['Slack user token', () => `xoxp-${rand(DIGITS, 11)}-${rand(DIGITS, 11)}-${rand(DIGITS, 12)}-${rand(HEX, 32)}`],
    ['Slack webhook', () => `url: https://hooks.slack.com/services/T${rand(UPPER32, 8)}/B${rand(UPPER32, 10)}/${rand(ALNUM, 24)}`],
    ['Stripe live secret key', () => `Stripe.apiKey = "sk_live_${rand(ALNUM, 24)}";`],
    ['Stripe test secret key', () => `sk_test_${rand(ALNUM, 24)}`],
    ['Stripe restricted key', () => `rk_live_${rand(ALNUM, 24)}`],
    ['Google API key', () => `<meta name="maps-key" content="AIza${rand(B64URL, 35)}">`],
    ['Google OAuth client secret', () => `"client_secret":"GOCSPX-${rand(B64URL, 28)}"`],
    ['OpenAI project key', () => `OPENAI_API_KEY=sk-proj-${rand(B64URL, 48)}`],
    ['Anthropic key', () => `sk-ant-api03-${rand(B64URL, 93)}AA`],
    ['npm token', () => `//registry.npmjs.org/:_authToken=npm_${rand(ALNUM, 36)}`],
    ['PyPI token', () => `password = pypi-AgEIcHlwaS5vcmc${rand(B64URL, 70)}`],
    ['Hugging Face token', () => `HF_TOKEN=hf_${rand(LETTERS, 34)}`],
    ['SendGrid key', () => `SG.${rand(B64URL, 22)}.${rand(B64URL, 43)}`],
    ['Shopify token', () => `shpat_${rand(HEX, 32)}`],
    ['DigitalOcean token', () => `dop_v1_${rand(HEX, 64)}`],
    ['Databricks token', () => `dapi${rand(HEX, 32)}`],
    ['signed JWT', () => `Authorization: Bearer eyJ${rand(B64URL, 30)}.eyJ${rand(B64URL, 60)}.${rand(B64URL, 43)}`],
    ['Azure storage key', () => `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${rand(B64, 86)}==;`],
    ['age secret key', () => `AGE-SECRET-KEY-1${rand('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`],
    ['Telegram bot token', () => `bot${rand(DIGITS, 10)}:AA${rand(B64URL, 33)}`],
    ['a base64-encoded private key (kubeconfig client-key-data)', () => `    client-key-data: ${Buffer.from(pemKey('ec')).toString('base64')}`],
    ['a password in a URL', () => `DATABASE_URL=postgres://app:${rand(ALNUM, 16)}@db.internal:5432/prod`],
    ['a password given in code', () => `const password = "${rand(ALNUM, 12)}";`],
    ['an API key in JSON', () => `  "api_key": "${rand(LOWER_ALNUM, 32)}",`],
    ['a client secret in Python', () => `CLIENT_SECRET = '${rand(ALNUM, 40)}'`],
    ['a private key one-liner in JSON', () => `  "private_key": ${JSON.stringify(pemKey('pkcs8'))},`],
    // issue 21.2: HTTP authentication headers, command-line passwords, a command's environment, connection strings
    ['a bearer token in a curl header', () => `curl -H "Authorization: Bearer ${rand(B64URL, 40)}" https://api.example.com/v1/jobs`],
    ['a basic credential in a header', () => `Authorization: Basic ${Buffer.from(`deploy:${rand(ALNUM, 14)}`).toString('base64')}`],
    ['a proxy credential in a header', () => `proxy_set_header Proxy-Authorization "Basic ${Buffer.from(`p:${rand(ALNUM, 12)}`).toString('base64')}";`],
    ['a token header in code', () => `headers: { Authorization: 'token ${rand(HEX, 40)}' },`],
    ['an API-key header in a curl call', () => `curl -H "X-API-Key: ${rand(LOWER_ALNUM, 32)}" https://api.example.com`],
    ['curl -u user:password', () => `curl -u admin:${rand(ALNUM, 12)} https://jenkins.example.com/job/x/build`],
    ['curl --user', () => `curl --user "ci:${rand(ALNUM, 16)}" -X POST https://x.example.com`],
    ["mysql's attached -p", () => `mysql -uroot -p${rand(ALNUM, 12)} app_production < dump.sql`],
    ['mysqldump --password=', () => `mysqldump --password=${rand(ALNUM, 14)} --single-transaction app`],
    ['sshpass -p', () => `sshpass -p ${rand(ALNUM, 12)} ssh deploy@10.0.0.4`],
    ['redis-cli -a', () => `redis-cli -h cache.internal -a ${rand(ALNUM, 20)} FLUSHALL`],
    ['docker login -p', () => `docker login -u bot -p ${rand(ALNUM, 24)} registry.example.com`],
    ['smbclient -U user%password', () => `smbclient //fs/share -U backup%${rand(ALNUM, 12)}`],
    ['PGPASSWORD before psql', () => `PGPASSWORD=${rand(ALNUM, 14)} psql -h db.internal -U app app`],
    ['an exported MYSQL_PWD in a script', () => `  export MYSQL_PWD=${rand(ALNUM, 12)}`],
    ['a .NET connection string', () => `"Server=db.internal;Database=app;User Id=sa;Password=${rand(ALNUM, 14)};"`],
    ['a JDBC URL with a password parameter', () => `url: jdbc:mysql://db.internal:3306/app?user=app&password=${rand(ALNUM, 14)}`],
  ];
  it.each(cases)('%s', (_, make) => {
    expect(lineHasSecret(make())).toBe(true);
  });

  it.each([
    ['a password in an env file', `DB_PASSWORD=${rand(ALNUM, 14)}`],
    ['a password in YAML', `  password: ${rand(ALNUM, 12)}`],
    ['a token in an INI file', `token = ${rand(ALNUM, 30)}`],
  ])('%s (a configuration file: unquoted values count)', (_, line) => {
    expect(lineHasSecret(line, true)).toBe(true);
    // In code, an unquoted value is an expression, not a literal.
    expect(lineHasSecret(line, false)).toBe(false);
  });
});

describe('lineHasSecret: near-misses stay', () => {
  it.each([
    ['a git commit hash', `commit ${rand(HEX, 40)}`],
    ['a short hash in prose', `Fixes the regression from ${rand(HEX, 12)}.`],
    ['a UUID', `id: '${rand(HEX, 8)}-${rand(HEX, 4)}-4${rand(HEX, 3)}-a${rand(HEX, 3)}-${rand(HEX, 12)}'`],
    ['a sha256 checksum', `sha256: ${rand(HEX, 64)}`],
    ['an npm integrity hash', `"integrity": "sha512-${rand(B64, 86)}=="`],
    ['a base64 PNG', `background: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${rand(B64, 120)});`],
    ['a public SSH key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rand(B64, 43)} alice@laptop`],
    ['sk_test_ as a word in prose', 'Set sk_test_mode to true for the demo.'],
    ['AWS documented example key', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
    ['a placeholder AWS key', 'key = AKIAXXXXXXXXXXXXXXXX'],
    ['a placeholder GitHub token', `token: ghp_${'x'.repeat(36)}`],
    ['a placeholder GitLab token', 'glpat-XXXXXXXXXXX-XXXXXXXX'],
    ['a placeholder Slack token', 'xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx'],
    ['a user without password in a URL', 'url = https://alice@github.com/o/r.git'],
    ['an scp-style remote', 'git@github.com:o/r.git'],
    ['a password read from the environment', 'password: process.env.DB_PASSWORD,'],
    ['a password template', 'password: ${DB_PASSWORD}'],
    ['a template in a URL', 'postgres://user:${PASSWORD}@db/prod'],
    ['a password validator', 'password: z.string().min(8),'],
    ['a token read from a header', 'const token = req.headers.authorization;'],
    ['an API key from os.environ', "api_key = os.environ['API_KEY']"],
    ['a tokenizer name', "tokenizer: 'bert-base-uncased'"],
    ['fetch credentials mode', "credentials: 'same-origin',"],
    ['a token count', 'max_tokens: 4096'],
    ['a secret reference by name', 'secretName: db-credentials'],
    ['a token type', "token_type: 'bearer_token'"],
    ['a storage key name', "const STORAGE_TOKEN = 'auth_token';"],
    ['a length constant', 'const PASSWORD_MIN_LENGTH = 12;'],
    ['an HTML password field', '<input type="password" name="password" autocomplete="current-password">'],
    ['a placeholder value', 'api_key: "your-api-key-here"'],
    ['a CSRF template', 'csrf_token: "{{ csrf_token() }}"'],
    ['a token URL', 'TOKEN_URL=https://auth.example.com/oauth/token'],
    ['a word with sk- inside', "const runner = 'task-runner-with-a-long-name';"],
    // issue 21.2's near-misses: ports, flags, headers named in prose or filled from variables
    ['a port given with -p', 'docker run -p 8080:80 nginx'],
    ['ssh -p', 'ssh -p 2222 deploy@host'],
    ['mysql asking for the password', 'mysql -u root -p app_production'],
    ['ps -u', 'ps -u root -o pid,cmd'],
    ['Authorization in prose', 'The Authorization header is now kept on same-host redirects.'],
    ['a bearer header from a variable', 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com'],
    ['a bearer header from a template', 'headers.Authorization = `Bearer ${token}`;'],
    ['a bearer header placeholder', 'Authorization: Bearer <token>'],
    ['curl -u from variables', 'curl -u "$USER:$PASS" https://x.example.com'],
    ['sshpass from a variable', 'sshpass -p "$DEPLOY_PASSWORD" ssh deploy@host'],
    ['PGPASSWORD from a variable', 'PGPASSWORD="$DB_PASS" psql -h db -U app'],
    ['a connection string template', 'conn = f"Server={host};Database=app;Password={password};"'],
  ])('%s', (_, line) => {
    expect(lineHasSecret(line, true)).toBe(false);
  });
});

// ---------------------------------------------------------------- redaction

describe('redactSecrets: private key blocks', () => {
  // Issue 21.3: a file that holds a private key block as lines of its own is a key file,
  // whatever its name and whatever else it holds: nothing of it is sent, and (secretFiles)
  // it is never committed unreviewed.
  const keyFiles: Array<[string, () => DiffFile]> = [
    ['a comment line, then an OpenSSH key, under an ordinary name', () => added('deploy/backup-key', ['# backup of the deploy key, 2026-11', ...pemLines(opensshKey())])],
    ['a host line, a key and a note', () => added('ops/robot', ['Host: build.internal', ...pemLines(pemKey('ec')), 'rotate yearly'])],
    ...(['rsa', 'pkcs8', 'ec', 'encrypted'] as const).map((kind): [string, () => DiffFile] => [
      `a ${kind} PEM block among code`,
      () => added('src/config.js', ['const a = 1;', ...pemLines(pemKey(kind)), 'module.exports = { a };']),
    ]),
    ['a PGP private key block in a README', () => added('README.md', ['# Keys', ...pemLines(pgpKey()), 'end'])],
    ['a removed block (the old file held it)', () => {
      const key = pemLines(opensshKey());
      return file('docs/setup.md', [hunk(`@@ -3,${key.length + 1} +3,1 @@`, [' Use this key:', ...key.map((l) => `-${l}`)])]);
    }],
    ['a replaced key, its BEGIN line a context line', () => {
      const oldKey = pemLines(pemKey('rsa'));
      const newKey = pemLines(pemKey('rsa'));
      const lines = [' const key = `', ` ${oldKey[0]}`, ...oldKey.slice(1, -1).map((l) => `-${l}`), ...newKey.slice(1, -1).map((l) => `+${l}`), ` ${oldKey.at(-1)}`, ' `;'];
      return file('src/sign.js', [hunk('@@ -10,30 +10,30 @@', lines)]);
    }],
  ];
  it.each(keyFiles)('%s: a key file, nothing of it sent', (_, make) => {
    const f = make();
    expect(isSecretFile(f)).toBe(true);
    expect(secretFiles([f])).toEqual(new Set([f]));
    expect(exclusionFor(f)).toBe('secret');
    const r = redactSecrets([f]);
    expect(r.files[0]?.hunks).toEqual([]);
  });

  it('removes the body of a block whose BEGIN line is above the hunk', () => {
    const key = pemLines(pemKey('rsa'));
    const tail = key.slice(-4); // three body lines and END
    const f = file('src/keys.js', [hunk('@@ -20,5 +20,6 @@', [...tail.map((l) => ` ${l}`), ' `;', '+export default key;'])]);
    const r = redactSecrets([f]);
    expect(r.files[0]?.hunks[0]?.lines).toEqual([...tail.map(() => ' [secret removed]'), ' `;', '+export default key;']);
  });

  it('removes a key that sits on one line of JSON, and only that line', () => {
    const line = `  "private_key": ${JSON.stringify(pemKey('pkcs8'))},`;
    const r = redactSecrets([file('config/app.json', [hunk('@@ -1,2 +1,3 @@', [' {', `+${line}`, '   "name": "app"'])])]);
    expect(r.files[0]?.hunks[0]?.lines).toEqual([' {', '+[secret removed]', '   "name": "app"']);
  });

  it('removes a PuTTY key body', () => {
    const lines = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: robot', 'Public-Lines: 2', rand(B64, 64), rand(B64, 20),
      'Private-Lines: 1', rand(B64, 44), `Private-MAC: ${rand(HEX, 64)}`];
    const r = redactSecrets([added('docs/robot.txt', ['The key:', ...lines.slice(6)])]);
    expect(r.files[0]?.hunks[0]?.lines).toEqual(['+The key:', '+[secret removed]', '+[secret removed]', '+[secret removed]']);
  });
});

describe('redactSecrets: tokens in lines', () => {
  it('replaces each secret line, keeps the others, and says where, by new-file line', () => {
    const gh = `ghp_${rand(ALNUM, 36)}`;
    const aws = `AKIA${rand(UPPER32, 16)}`;
    const f = file('src/config.js', [
      hunk('@@ -10,4 +10,6 @@ module.exports = {', [
        "   region: 'eu-west-1',",
        `+  github: '${gh}',`,
        '-  retries: 3,',
        '+  retries: 5,',
        `+  aws: '${aws}',`,
        '   timeout: 30,',
      ]),
    ]);
    const r = redactSecrets([f]);
    expect(r.files[0]?.hunks[0]?.lines).toEqual(["   region: 'eu-west-1',", '+[secret removed]', '-  retries: 3,', '+  retries: 5,', '+[secret removed]', '   timeout: 30,']);
    expect(r.count).toBe(2);
    expect(r.notes).toEqual(['src/config.js: 2 secrets removed (lines 11, 13)']);
  });

  it('names removed lines as removed, and a context line by its new number', () => {
    const f = file('deploy.sh', [
      hunk('@@ -5,3 +5,3 @@', [` export STRIPE=sk_live_${rand(ALNUM, 24)}`, `-export SLACK=xoxb-${rand(DIGITS, 12)}-${rand(DIGITS, 12)}-${rand(ALNUM, 24)}`, '+export SLACK="$SLACK_FROM_VAULT"']),
    ]);
    const r = redactSecrets([f]);
    expect(r.files[0]?.hunks[0]?.lines).toEqual([' [secret removed]', '-[secret removed]', '+export SLACK="$SLACK_FROM_VAULT"']);
    expect(r.notes).toEqual(['deploy.sh: 2 secrets removed (line 5; removed line 6)']);
  });

  it("removes a secret from a hunk header's context", () => {
    const token = `ghp_${rand(ALNUM, 36)}`;
    const f = file('settings.py', [hunk(`@@ -30,3 +30,3 @@ GITHUB_TOKEN = '${token}'`, ['   DEBUG = False', '-TIMEOUT = 3', '+TIMEOUT = 5'])]);
    const r = redactSecrets([f]);
    expect(r.files[0]?.hunks[0]?.header).toBe('@@ -30,3 +30,3 @@ [secret removed]');
    expect(r.files[0]?.hunks[0]?.lines).toEqual(f.hunks[0]?.lines);
    expect(r.notes).toEqual(['settings.py: 1 secret removed (hunk header at line 30)']);
  });

  it('removes a key body line that git chose as a hunk header', () => {
    const f = file('src/key.js', [hunk(`@@ -30,3 +30,3 @@ ${rand(B64, 64)}`, ['   `;', '-const a = 1;', '+const a = 2;'])]);
    expect(redactSecrets([f]).files[0]?.hunks[0]?.header).toBe('@@ -30,3 +30,3 @@ [secret removed]');
  });

  it('returns the very same files when there is no secret, and never modifies its input', () => {
    const plain = file('src/a.ts', [hunk('@@ -1,2 +1,2 @@ function a() {', ['-  return 1;', '+  return 2;', `   // ${rand(HEX, 40)}`])]);
    const secret = file('src/b.ts', [hunk('@@ -1 +1 @@', [`-const k = 'AKIA${rand(UPPER32, 16)}';`, "+const k = process.env.KEY;"])]);
    const copy = structuredClone([plain, secret]);
    const r = redactSecrets([plain, secret]);
    expect(r.files[0]).toBe(plain);
    expect(r.files[1]).not.toBe(secret);
    expect([plain, secret]).toEqual(copy);
  });

  it('lists at most ten files, then says how many more', () => {
    const files = Array.from({ length: 14 }, (_, i) => added(`src/f${i}.ts`, [`export const t = 'ghp_${rand(ALNUM, 36)}';`]));
    const r = redactSecrets(files);
    expect(r.count).toBe(14);
    expect(r.notes).toHaveLength(10);
    expect(r.notes[0]).toBe('src/f0.ts: 1 secret removed (line 1)');
    expect(r.notes[9]).toBe('... and secrets removed in 5 more files');
  });
});

describe('redactSecrets and secretFiles: whole files', () => {
  it('sends nothing of a file named secret, and exclusionFor says so', () => {
    const env = added('.env', ['API_TOKEN=whatever-it-is']);
    const r = redactSecrets([env]);
    expect(r.files[0]?.hunks).toEqual([]);
    expect(r.files[0]?.path).toBe('.env');
    expect(exclusionFor(r.files[0] as DiffFile)).toBe('secret');
    expect(r.count).toBe(0);
  });

  it('finds the .env rewritten into env.backup by the lines they share, and its new lines go too', () => {
    const oldToken = `sk_live_${rand(ALNUM, 24)}`;
    const env = deleted('.env', [`STRIPE_KEY=${oldToken}`, 'DEBUG=1']);
    const backup = added('env.backup', [`STRIPE_KEY=${oldToken}`, `NEW_SECRET=${rand(ALNUM, 20)}`, 'LOG=verbose']);
    const readme = added('README.md', ['# App', 'DEBUG=1 turns on logging']);
    expect(secretFiles([env, backup, readme])).toEqual(new Set([env, backup]));
  });

  it('finds an added file of an innocent name that holds a deleted secret file’s lines', () => {
    const line = `password = ${rand(ALNUM, 16)}`;
    const creds = deleted('.aws/credentials', ['[default]', line]);
    const moved = added('notes/settings.ini', ['[main]', line, `other = ${rand(ALNUM, 16)}`]);
    const r = redactSecrets([creds, moved]);
    expect(r.files.map((f) => f.hunks)).toEqual([[], []]);
    expect(r.files.map((f) => exclusionFor(f))).toEqual(['secret', 'secret']);
  });

  it('removes only the shared line from a modified file that took one line of a secret file', () => {
    const line = `SESSION_SEED=${rand(ALNUM, 24)}`;
    const env = file('.env', [hunk('@@ -1,2 +1 @@', ['-' + line, ' PORT=8080'])]);
    const conf = file('config/app.conf', [hunk('@@ -1,2 +1,3 @@', [' [app]', `+${line}`, ' name = shop'])]);
    const r = redactSecrets([env, conf]);
    expect(r.files[1]?.hunks[0]?.lines).toEqual([' [app]', '+[secret removed]', ' name = shop']);
    expect(exclusionFor(r.files[1] as DiffFile)).toBeUndefined();
  });

  it('does not make a new file secret for a line it shares with a new secret file', () => {
    const state = added('infra/terraform.tfstate', ['{', '  "version": 4,', `  "password": "${rand(ALNUM, 16)}"`, '}']);
    const other = added('renovate.json', ['{', '  "version": 4,', '  "extends": ["config:base"]', '}']);
    expect(secretFiles([state, other])).toEqual(new Set([state]));
    expect(redactSecrets([state, other]).files[1]).toBe(other);
  });

  it('does not take a common line for a secret one', () => {
    const env = deleted('.env', ['# database settings', 'DEBUG=1', 'PORT=8080', 'NODE_ENV=dev', '}']);
    const other = added('src/app.js', ['# database settings', 'DEBUG=1', 'PORT=8080', 'NODE_ENV=dev', '}']);
    expect(secretFiles([env, other])).toEqual(new Set([env]));
  });

  it.each([
    ['a Kubernetes Secret under any name', 'deploy/db.yaml', ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'data:', '  password: aHVudGVyMg==']],
    ['a Kubernetes Secret in a List', 'k8s/all.yaml', ['apiVersion: v1', 'kind: List', 'items:', '- kind: Secret', '  data: {}']],
    ['a Kubernetes Secret in JSON', 'k8s/db.json', ['{', '  "apiVersion": "v1",', '  "kind": "Secret",', '  "data": {}', '}']],
    ['a service-account key under any name', 'keys/prod-4f2a.json', ['{', '  "type": "service_account",', '  "project_id": "p"', '}']],
    ['a private key file under any name', 'deploy/robot', pemLines(pemKey('rsa'))],
    ['an OpenSSH key file under any name', 'etc/keys/host', pemLines(opensshKey())],
    ['a .yarnrc.yml holding a token', '.yarnrc.yml', ['nodeLinker: node-modules', `npmAuthToken: "npm_${rand(ALNUM, 36)}"`]],
  ])('%s is secret as a whole', (_, path, lines) => {
    const f = added(path, lines);
    expect(isSecretFile(f)).toBe(true);
    expect(exclusionFor(f)).toBe('secret');
    expect(redactSecrets([f]).files[0]?.hunks).toEqual([]);
  });

  it('knows a Kubernetes Secret by the hunk header git gave a change far from `kind:`', () => {
    const f = file('deploy/db.yaml', [hunk('@@ -30,3 +30,3 @@ kind: Secret', ['   username: YXBw', `-  password: ${rand(B64, 16)}`, `+  password: ${rand(B64, 16)}`])]);
    expect(isSecretFile(f)).toBe(true);
  });

  it.each([
    ['a SealedSecret (encrypted, made to be committed)', 'k8s/sealed.yaml', ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'spec: {}']],
    ['an ExternalSecret (a reference)', 'k8s/ext.yaml', ['kind: ExternalSecret', 'spec:', '  secretStoreRef: {}']],
    ['a Deployment that uses a secret', 'k8s/app.yaml', ['kind: Deployment', 'spec:', '  secretName: db-credentials']],
    ['a .yarnrc.yml without a token', '.yarnrc.yml', ['nodeLinker: node-modules', 'yarnPath: .yarn/releases/yarn-4.1.0.cjs']],
  ])('%s is not secret as a whole', (_, path, lines) => {
    const f = added(path, lines);
    expect(isSecretFile(f)).toBe(false);
    expect(exclusionFor(f)).toBeUndefined();
  });

  it('a key inside a string of code is removed line by line, the rest is sent', () => {
    const key = pemLines(pemKey('ec'));
    const lines = ['// test fixture', `const KEY = \`${key[0]}`, ...key.slice(1, -1), `${key.at(-1)}\`;`, 'export default KEY;'];
    const r = redactSecrets([added('test/fixture.ts', lines)]);
    expect(isSecretFile(added('test/fixture.ts', lines))).toBe(false);
    expect(allLines(r.files[0] as DiffFile).slice(1)).toEqual(['+// test fixture', ...key.map(() => '+[secret removed]'), '+export default KEY;']);
  });

});

// ---------------------------------------------------------------- URLs

describe('hideUrlCredentials', () => {
  it.each([
    ['http://alice:TOKEN@host/repo.git', 'http://***@host/repo.git'],
    ['https://ghp_abcdef@github.com/o/r.git', 'https://***@github.com/o/r.git'],
    ['# Push: origin/main (http://alice:s3cr3t@git.example.com/x.git)', '# Push: origin/main (http://***@git.example.com/x.git)'],
    [
      "fatal: unable to access 'https://alice:s3cr3t@example.com/r.git/': The requested URL returned error: 403",
      "fatal: unable to access 'https://***@example.com/r.git/': The requested URL returned error: 403",
    ],
    ['Ollama at http://user:pw@10.0.0.5:11434 did not answer', 'Ollama at http://***@10.0.0.5:11434 did not answer'],
    ['http://u:p@[::1]:8080/a', 'http://***@[::1]:8080/a'],
    ['http://:token@host/x', 'http://***@host/x'],
    ['http://alice:p@ss@host/x', 'http://***@host/x'],
    ['ssh://alice:pw@host/x.git', 'ssh://***@host/x.git'],
    ['two: https://a:b@one.example/ and https://c:d@two.example/', 'two: https://***@one.example/ and https://***@two.example/'],
    ['git+https://x:y@host/p', 'git+https://***@host/p'],
  ])('%s', (text, shown) => {
    expect(hideUrlCredentials(text)).toBe(shown);
  });

  it.each([
    'git@github.com:o/r.git',
    'ssh://git@github.com/o/r.git',
    'https://github.com/o/r.git',
    'mail bob@example.com about http://host/x',
    'https://host/path/@scope/pkg',
    'https://host/x?email=a@b.c',
    'origin/main (git@host:x.git)',
    'no URL here',
  ])('leaves %s as it is', (text) => {
    expect(hideUrlCredentials(text)).toBe(text);
  });
});

describe('forLog (issue 21.4: the host log is a file)', () => {
  it('an error with a URL password in its message, its cause and a property: *** in all of them', () => {
    const url = 'https://alice:s3cr3t-Pa55@git.example.com/r.git';
    const err = Object.assign(new Error(`git push failed: To ${url}`, { cause: new Error(`fatal: unable to access '${url}/'`) }), { gitMessage: `remote: ${url}` });
    const logged = forLog(err);
    expect(logged).not.toContain('s3cr3t-Pa55');
    expect(logged.match(/https:\/\/\*\*\*@git\.example\.com/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
