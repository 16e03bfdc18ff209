// Every secret case of issue 11, from a real git repository to the exact request body
// that reaches /api/chat: the real gather (git diff in the user's scope), the real
// parser, the real generate() through ollama-js, and a fake Ollama that records bodies.
// What is asserted is what would leave the machine: the secret is not in the body, the
// file is named in it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gitAt } from '../../src/change/git.js';
import { parseDiff } from '../../src/change/diff.js';
import { gatherChange } from '../../src/change/gather.js';
import type { Prompt } from '../../src/prompt/prompt.js';
import type { Scope } from '../../src/change/scope.js';
import { generate } from '../../src/model/generate.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { enterSandbox, makeRepo, makeSandbox, type Sandbox } from '../support/sandbox.js';
import { openRepository } from '../../src/change/repository.js';

// ---------------------------------------------------------------- fake secrets in real formats

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Random characters: every run makes new fake keys, so no test can pass on a memorized value. */
function rand(chars: string, n: number): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += chars[(bytes[i] as number) % chars.length];
  return s;
}

const fake = {
  aws: () => `AKIA${rand(UPPER32, 16)}`,
  awsSecret: () => rand(B64, 40),
  github: () => `ghp_${rand(ALNUM, 36)}`,
  githubFine: () => `github_pat_${rand(ALNUM, 22)}_${rand(ALNUM, 59)}`,
  gitlab: () => `glpat-${rand(ALNUM, 20)}`,
  slack: () => `xoxb-${rand('123456789', 12)}-${rand('123456789', 13)}-${rand(ALNUM, 24)}`,
  stripe: () => `sk_live_${rand(ALNUM, 24)}`,
  google: () => `AIza${rand(ALNUM, 35)}`,
  npm: () => `npm_${rand(ALNUM, 36)}`,
  pypi: () => `pypi-AgEIcHlwaS5vcmc${rand(ALNUM, 60)}`,
  password: () => `Pw-${rand(ALNUM, 18)}`,
};

/** A real private key in PEM: the format is what matters, it unlocks nothing. */
function pemKey(kind: 'rsa' | 'pkcs8' | 'ec'): string {
  if (kind === 'ec') {
    return generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ type: kind === 'rsa' ? 'pkcs1' : 'pkcs8', format: 'pem' }).toString();
}

/** An OpenSSH private key block as ssh-keygen writes it: "openssh-key-v1\0" and 70-column base64. */
function opensshKey(): string {
  const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${rand(B64, 330)}`;
  const lines = body.match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** The lines of a PEM block that must not be sent: all but blank ones. */
function keyLines(pem: string): string[] {
  return pem.split('\n').filter((l) => l.trim() !== '');
}

// ---------------------------------------------------------------- the path from a repository to the request

let fakeOllama: FakeOllama;
let sb: Sandbox | undefined;
let restore: (() => void) | undefined;

beforeAll(async () => {
  fakeOllama = await startFakeOllama({ gemma3: { chunks: ['Update ', 'configuration'] } });
});
afterAll(async () => {
  await fakeOllama.close();
});
afterEach(() => {
  restore?.();
  restore = undefined;
  sb?.remove();
  sb = undefined;
});

interface Case {
  /** Committed before the change. */
  before?: Record<string, string>;
  /** Written (or, with null, deleted) as the change. */
  change: Record<string, string | null>;
  /** Renamed as the change, [from, to], after the writes. */
  move?: [string, string];
  scope: Scope;
  /** The file the `file` scope is run on. */
  file?: string;
}

interface Sent {
  /** The whole request body as it went over the wire. */
  body: string;
  /** The user message. */
  user: string;
  /** What the review buffer lists under "Left out of the prompt". */
  omitted: string[];
}

async function send(c: Case): Promise<Sent> {
  sb = makeSandbox('gcp-secret-');
  restore = enterSandbox(sb);
  const { work } = makeRepo(sb, { remote: false });
  const write = (files: Record<string, string | null>): void => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(work, path);
      if (content === null) rmSync(full);
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  if (c.before) {
    write(c.before);
    sb.git(work, 'add', '-A');
    sb.git(work, 'commit', '-q', '-m', 'Before');
  }
  write(c.change);
  if (c.move) {
    mkdirSync(dirname(join(work, c.move[1])), { recursive: true });
    renameSync(join(work, c.move[0]), join(work, c.move[1]));
  }
  const repo = await openRepository(work, gitAt);
  const change = await gatherChange(repo, c.scope, c.file === undefined ? undefined : join(work, c.file));
  const files = parseDiff(change.diff);
  expect(files.length).toBeGreaterThan(0);
  const before = fakeOllama.chatRequests().length;
  let prompt: Prompt | undefined;
  const result = await generate({
    host: fakeOllama.url,
    model: 'gemma3',
    system: 'You write git commit messages.',
    files,
    recentSubjects: [],
    numCtx: 8192,
    numPredict: 256,
    keepAlive: '5m',
    timeoutMs: 10_000,
    signal: new AbortController().signal,
    onPrompt: (p) => (prompt = p),
  });
  expect(result.ok).toBe(true);
  const requests = fakeOllama.chatRequests();
  expect(requests).toHaveLength(before + 1);
  const body = requests.at(-1)?.body as { messages: Array<{ role: string; content: string }> };
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  return { body: JSON.stringify(body), user, omitted: prompt?.omitted ?? [] };
}

/** The body holds none of the secrets, neither as they are nor as JSON escapes them. */
function expectAbsent(sent: Sent, secrets: string[]): void {
  for (const s of secrets) {
    expect(sent.body, `sent: ${s}`).not.toContain(JSON.stringify(s).slice(1, -1));
    expect(sent.user, `sent: ${s}`).not.toContain(s);
  }
}

/** Named in the prompt as a secret whose contents were not sent. */
function expectNamedSecret(sent: Sent, path: string): void {
  expect(sent.user).toMatch(new RegExp(`^ (?:.* -> )?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| secret, contents not sent`, 'm'));
}

// ---------------------------------------------------------------- secrets by name

describe('a secret file: named in the prompt, its contents never sent', () => {
  const cases: Array<[string, () => { content: string; secrets: string[] }]> = [
    ['.aws/credentials', () => {
      const id = fake.aws();
      const key = fake.awsSecret();
      return { content: `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\nregion = eu-west-1\n`, secrets: [id, key, 'region = eu-west-1'] };
    }],
    ['.git-credentials', () => {
      const t = fake.github();
      return { content: `https://alice:${t}@github.com\n`, secrets: [t, 'alice'] };
    }],
    ['.envrc', () => {
      const p = fake.password();
      return { content: `export DATABASE_URL=postgres://app@db/prod\nexport DB_PASS=${p}\n`, secrets: [p, 'DATABASE_URL'] };
    }],
    ['.htpasswd', () => {
      const h = `$apr1$${rand(ALNUM, 8)}$${rand(ALNUM, 22)}`;
      return { content: `alice:${h}\n`, secrets: [h, 'alice'] };
    }],
    ['.docker/config.json', () => {
      const auth = Buffer.from(`alice:${fake.password()}`).toString('base64');
      return { content: `{\n  "auths": {\n    "registry.example.com": { "auth": "${auth}" }\n  }\n}\n`, secrets: [auth, 'registry.example.com'] };
    }],
    ['.kube/config', () => {
      const token = rand(ALNUM, 40);
      return {
        content: `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: ${token}\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s.example.com\n`,
        secrets: [token, 'k8s.example.com'],
      };
    }],
    ['etc/ssh/ssh_host_ed25519_key', () => {
      const key = opensshKey();
      return { content: key, secrets: keyLines(key) };
    }],
    ['prod.tfvars', () => {
      const p = fake.password();
      return { content: `db_password = "${p}"\ninstance_type = "t3.large"\n`, secrets: [p, 't3.large'] };
    }],
    ['k8s/secret.yaml', () => {
      const v = Buffer.from(fake.password()).toString('base64');
      return { content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${v}\n`, secrets: [v, 'name: db'] };
    }],
    ['.netrc', () => {
      const p = fake.password();
      return { content: `machine api.example.com\n  login alice\n  password ${p}\n`, secrets: [p, 'api.example.com'] };
    }],
    ['.npmrc', () => {
      const t = fake.npm();
      return { content: `//registry.npmjs.org/:_authToken=${t}\n`, secrets: [t] };
    }],
    ['.pypirc', () => {
      const t = fake.pypi();
      return { content: `[pypi]\nusername = __token__\npassword = ${t}\n`, secrets: [t, '__token__'] };
    }],
    ['.yarnrc.yml', () => {
      const t = fake.npm();
      return { content: `nodeLinker: node-modules\nnpmRegistryServer: "https://npm.example.com"\nnpmAuthToken: "${t}"\n`, secrets: [t, 'npm.example.com'] };
    }],
    ['infra/terraform.tfstate', () => {
      const p = fake.password();
      return { content: `{\n  "version": 4,\n  "resources": [{ "type": "aws_db_instance", "instances": [{ "attributes": { "password": "${p}" } }] }]\n}\n`, secrets: [p, 'aws_db_instance'] };
    }],
    ['certs/client.p12', () => {
      const body = rand(B64, 64);
      return { content: `${body}\n`, secrets: [body] };
    }],
    ['certs/client.pfx', () => {
      const body = rand(B64, 64);
      return { content: `${body}\n`, secrets: [body] };
    }],
    ['android/release.jks', () => {
      const body = rand(B64, 64);
      return { content: `${body}\n`, secrets: [body] };
    }],
    ['android/debug.keystore', () => {
      const body = rand(B64, 64);
      return { content: `${body}\n`, secrets: [body] };
    }],
    ['config/credentials-prod.json', () => {
      const t = rand(ALNUM, 32);
      return { content: `{ "client_id": "web", "client_secret": "${t}" }\n`, secrets: [t, 'client_id'] };
    }],
    ['gcp/my-project-4f2a9c.json', () => {
      const key = pemKey('pkcs8');
      const id = rand(HEX, 40);
      const json = JSON.stringify({ type: 'service_account', project_id: 'my-project', private_key_id: id, private_key: key, client_email: 'robot@my-project.iam.gserviceaccount.com' }, null, 2);
      return { content: `${json}\n`, secrets: [id, 'robot@my-project', ...keyLines(key).slice(1, -1)] };
    }],
    ['deploy/robot', () => {
      const key = pemKey('rsa');
      return { content: key, secrets: keyLines(key) };
    }],
    ['deploy/db.yaml', () => {
      const v = Buffer.from(fake.password()).toString('base64');
      return { content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\nstringData:\n  username: app\ndata:\n  password: ${v}\n`, secrets: [v, 'db-credentials'] };
    }],
  ];

  for (const scope of ['all', 'file'] as const) {
    it.each(cases)(`%s, added (scope ${scope})`, async (path, make) => {
      const { content, secrets } = make();
      const sent = await send({ change: { [path]: content }, scope, file: path });
      expectAbsent(sent, secrets);
      expectNamedSecret(sent, path);
      expect(sent.omitted).toContain(`${path} (secret: contents never sent)`);
    });
  }

  it.each(cases.slice(0, 6))('%s, modified (scope file)', async (path, make) => {
    const old = make();
    const now = make();
    const sent = await send({ before: { [path]: old.content }, change: { [path]: now.content }, scope: 'file', file: path });
    expectAbsent(sent, [...old.secrets, ...now.secrets]);
    expectNamedSecret(sent, path);
  });
});

// ---------------------------------------------------------------- a path that was secret

describe('a path that was secret stays secret', () => {
  it('.env rewritten into env.backup (no rename detected, scope all): old and new secrets stay out', async () => {
    const oldKey = fake.stripe();
    const oldPass = fake.password();
    const newKey = fake.stripe();
    const newPass = fake.password();
    const sent = await send({
      before: { '.env': `STRIPE_KEY=${oldKey}\nDB_PASSWORD=${oldPass}\nDEBUG=1\n` },
      change: {
        '.env': null,
        'env.backup': `# backup of the old settings\nSTRIPE_KEY=${oldKey}\nDB_PASSWORD=${oldPass}\nSTRIPE_KEY_2=${newKey}\nDB_PASSWORD_2=${newPass}\nDEBUG=0\nLOG=verbose\nTZ=UTC\n`,
      },
      scope: 'all',
    });
    expectAbsent(sent, [oldKey, oldPass, newKey, newPass, 'LOG=verbose']);
    expectNamedSecret(sent, '.env');
    expectNamedSecret(sent, 'env.backup');
  });

  it('.env rewritten into settings.txt, an innocent name (scope all): the shared lines give it away', async () => {
    const token = rand(ALNUM, 32);
    const extra = rand(ALNUM, 32);
    const sent = await send({
      before: { '.env': `SESSION_KEY=${token}\n` },
      change: { '.env': null, 'settings.txt': `SESSION_KEY=${token}\nCOOKIE_SEED=${extra}\nPORT=8080\nHOST=0.0.0.0\n` },
      scope: 'all',
    });
    expectAbsent(sent, [token, extra]);
    expectNamedSecret(sent, 'settings.txt');
  });

  it('.env renamed with git mv to notes.txt (scope all)', async () => {
    const p = fake.password();
    const sb2 = { before: { '.env': `API_TOKEN=${p}\nREGION=eu\n` }, change: {}, move: ['.env', 'notes.txt'] as [string, string], scope: 'all' as const };
    const sent = await send(sb2);
    expectAbsent(sent, [p, 'REGION=eu']);
    expectNamedSecret(sent, 'notes.txt');
  });

  it('.env renamed to notes.txt (scope file): the values are not sent', async () => {
    const p = fake.password();
    const t = fake.github();
    const sent = await send({
      before: { '.env': `API_TOKEN=${p}\nGITHUB_TOKEN=${t}\n` },
      change: {},
      move: ['.env', 'notes.txt'],
      scope: 'file',
      file: 'notes.txt',
    });
    expectAbsent(sent, [p, t]);
  });

  it('a deleted id_rsa is named and not sent', async () => {
    const key = pemKey('rsa');
    const sent = await send({ before: { '.ssh/id_rsa': key }, change: { '.ssh/id_rsa': null }, scope: 'all' });
    expectAbsent(sent, keyLines(key));
    expectNamedSecret(sent, '.ssh/id_rsa');
  });
});

// ---------------------------------------------------------------- secrets inside ordinary files

describe('secret lines inside an ordinary file: replaced, counted and located', () => {
  const configJs = (lines: string[]): string => `module.exports = {\n${lines.map((l) => `  ${l}`).join('\n')}\n};\n`;

  it('an AWS key in config.js', async () => {
    const id = fake.aws();
    const key = fake.awsSecret();
    const before = configJs(["region: 'eu-west-1',", 'retries: 3,']);
    const after = configJs(["region: 'eu-west-1',", 'retries: 5,', `accessKeyId: '${id}',`, `secretAccessKey: '${key}',`]);
    const sent = await send({ before: { 'src/config.js': before }, change: { 'src/config.js': after }, scope: 'file', file: 'src/config.js' });
    expectAbsent(sent, [id, key]);
    expect(sent.user).toContain('+  retries: 5,');
    expect(sent.user).toContain('+[secret removed]');
    expect(sent.omitted).toContain('src/config.js: 2 secrets removed (lines 4, 5)');
  });

  it.each(['rsa', 'pkcs8', 'ec'] as const)('a PEM %s private key block in config.js: every line of it', async (kind) => {
    const key = pemKey(kind);
    const body = `const fs = require('fs');\n\nconst signingKey = \`${key}\`;\n\nmodule.exports = { signingKey };\n`;
    const sent = await send({ change: { 'src/config.js': body }, scope: 'all' });
    expectAbsent(sent, keyLines(key));
    expect(sent.user).toContain("+const fs = require('fs');");
    expect(sent.user).toContain('+module.exports = { signingKey };');
    const n = keyLines(key).length;
    expect(sent.omitted).toContain(`src/config.js: 1 secret removed (lines 3-${2 + n})`);
  });

  it('an OpenSSH key block removed from a document: the document held a key, nothing of it is sent', async () => {
    const key = opensshKey();
    const sent = await send({
      before: { 'docs/setup.md': `# Setup\n\nUse this key:\n\n${key}\nThen run make.\n` },
      change: { 'docs/setup.md': '# Setup\n\nAsk for a key.\n\nThen run make.\n' },
      scope: 'file',
      file: 'docs/setup.md',
    });
    expectAbsent(sent, [...keyLines(key), 'Ask for a key.']);
    expectNamedSecret(sent, 'docs/setup.md');
  });

  it('issue 21.3: a comment line then an OpenSSH key, under an ordinary name: a key file, no line of it sent', async () => {
    const key = opensshKey();
    const comment = '# deploy key backup, rotate before 2027-03';
    const sent = await send({ change: { 'deploy/backup-key': `${comment}\n${key}`, 'src/app.ts': 'export const port = 8080;\n' }, scope: 'all' });
    expectAbsent(sent, [comment, ...keyLines(key)]);
    expectNamedSecret(sent, 'deploy/backup-key');
    expect(sent.user).toContain('+export const port = 8080;');
  });

  it('issue 21.2: auth headers, command-line passwords and connection strings in a script: replaced, the rest sent', async () => {
    const secrets = {
      bearer: rand(ALNUM, 40),
      basic: Buffer.from(`deploy:${rand(ALNUM, 14)}`).toString('base64'),
      curlUser: fake.password(),
      mysql: rand(ALNUM, 14),
      sshpass: rand(ALNUM, 12),
      pg: rand(ALNUM, 16),
      conn: rand(ALNUM, 14),
    };
    const script = [
      '#!/bin/sh',
      'set -eu',
      `curl -H "Authorization: Bearer ${secrets.bearer}" https://api.example.com/v1/deploy`,
      `curl -H 'Authorization: Basic ${secrets.basic}' https://ci.example.com/job`,
      `curl -u admin:${secrets.curlUser} https://jenkins.example.com/job/build`,
      `mysql -uroot -p${secrets.mysql} app < dump.sql`,
      `sshpass -p ${secrets.sshpass} ssh deploy@10.0.0.4 ./restart`,
      `PGPASSWORD=${secrets.pg} psql -h db.internal -U app app -c 'select 1'`,
      `dotnet run -- "Server=db;Database=app;User Id=sa;Password=${secrets.conn};"`,
      'docker run -p 8080:80 nginx',
      'echo "the Authorization header is sent"',
    ];
    const sent = await send({ change: { 'scripts/deploy.sh': `${script.join('\n')}\n` }, scope: 'all' });
    expectAbsent(sent, Object.values(secrets));
    expect(sent.user).toContain('+docker run -p 8080:80 nginx');
    expect(sent.user).toContain('+echo "the Authorization header is sent"');
    expect(sent.omitted).toContain('scripts/deploy.sh: 7 secrets removed (lines 3, 4, 5, 6, 7, 8, 9)');
  });


  it('GitHub, GitLab, Slack, Stripe and Google tokens in an ordinary source file', async () => {
    const tokens = [fake.github(), fake.githubFine(), fake.gitlab(), fake.slack(), fake.stripe(), fake.google()];
    const lines = tokens.map((t, i) => `export const T${i} = '${t}';`);
    const sent = await send({ change: { 'src/tokens.ts': `// integration settings\n${lines.join('\n')}\nexport const RETRIES = 3;\n` }, scope: 'all' });
    expectAbsent(sent, tokens);
    expect(sent.user).toContain('+export const RETRIES = 3;');
    expect(sent.omitted).toContain('src/tokens.ts: 6 secrets removed (lines 2, 3, 4, 5, 6, 7)');
  });

  it('a credential in a remote URL in a config file', async () => {
    const t = fake.password();
    const sent = await send({ change: { 'deploy.ini': `[remote]\nurl = https://deploy:${t}@git.example.com/app.git\nbranch = main\n` }, scope: 'all' });
    expectAbsent(sent, [t]);
    expect(sent.user).toContain('+branch = main');
  });

  it('leaves hashes, UUIDs and base64 images alone', async () => {
    const hash = rand(HEX, 40);
    const uuid = `${rand(HEX, 8)}-${rand(HEX, 4)}-4${rand(HEX, 3)}-a${rand(HEX, 3)}-${rand(HEX, 12)}`;
    const png = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk${rand(B64, 40)}`;
    const content = `export const commit = '${hash}';\nexport const id = '${uuid}';\nexport const icon = '${png}';\n`;
    const sent = await send({ change: { 'src/assets.ts': content }, scope: 'all' });
    expect(sent.user).toContain(hash);
    expect(sent.user).toContain(uuid);
    expect(sent.user).toContain(png);
    expect(sent.user).not.toContain('[secret removed]');
    expect(sent.omitted.join('\n')).not.toContain('secret');
  });
});
