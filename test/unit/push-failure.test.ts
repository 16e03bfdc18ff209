// Push failures in plain words: real pushes through the real git adapter fail in every way
// a user meets (a remote with new commits, hooks on either side, a missing repository, HTTP
// 401/403/404, nothing listening, an unknown host, ssh refusing a key, a stalled server),
// and each is explained with the next step; git's own words stay, without hints or tabs.
// A few of GitHub's texts, as GitHub writes them, for what a local server cannot produce.
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitAt } from '../../src/change/git.js';
import { gitWords } from '../../src/words/errors.js';
import { pushFailedNotice } from '../../src/words/notices.js';
import { explainPushFailure, type PushFailureKind } from '../../src/commit/push-failure.js';
import { push } from '../../src/commit/push.js';
import { hook } from '../support/flow.js';
import { enterSandbox, makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';
import { openRepository } from '../../src/change/repository.js';
import { planPush } from '../../src/commit/push-plan.js';

let sb: Sandbox;
let restoreEnv: () => void;
let counter = 0;
const servers: (Server | TcpServer)[] = [];
const sockets: Socket[] = [];

beforeAll(() => {
  sb = makeSandbox('gcp-pushfail-');
  restoreEnv = enterSandbox(sb);
});

afterAll(() => {
  for (const s of sockets) s.destroy();
  for (const s of servers) s.close();
  restoreEnv();
  sb.remove();
});

function fresh(): Repo {
  const r = makeRepo(sb, { name: `r${++counter}` });
  writeFileSync(join(r.work, 'journal.txt'), 'Day two.\n');
  sb.git(r.work, 'commit', '-qam', 'Day two');
  return r;
}

/** git's words of a failed push, as the controller gets them. */
async function pushError(work: string, stallMs = 30_000, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const repo = await openRepository(work, gitAt);
  const plan = planPush(repo.branch, repo.config);
  // git runs with the process's environment, as in the node host.
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await push(repo, plan, {}, { stallMs, env: process.env });
  } catch (err) {
    return gitWords(err);
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
  throw new Error('the push did not fail');
}

async function listen(server: Server | TcpServer): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

function httpAnswering(status: number, headers: Record<string, string> = {}): Promise<number> {
  return listen(
    createHttpServer((_req, res) => {
      res.writeHead(status, headers);
      res.end(`${status}\n`);
    }),
  );
}

async function closedPort(): Promise<number> {
  const s = createTcpServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

function expectPlain(text: string, kind: PushFailureKind) {
  const f = explainPushFailure(text);
  expect(f.kind, text).toBe(kind);
  expect(f.gitLines.join('\n')).not.toMatch(/\t|^hint:|correct access rights/m);
  const n = pushFailedNotice(f, 'origin/master (/srv/journal.git)', { hash: '7036a21', subject: 'Add the fall trip' });
  expect(n.lines.join('\n')).not.toMatch(/\t|hint:|refs\/heads|\[rejected\]/);
  // The shortest line still says that the push failed and what to do next.
  const last = n.lines[n.lines.length - 1] ?? '';
  expect(last).toMatch(/^push failed: /);
  expect(last).toContain(f.next);
  return f;
}

describe('a real push that fails', () => {
  it('because the remote has new commits: pull --rebase, then push again', async () => {
    const r = fresh();
    const other = join(sb.dir, `other${counter}`);
    sb.git(sb.dir, 'clone', '-q', r.bare, other);
    writeFileSync(join(other, 'b.txt'), 'b\n');
    sb.git(other, 'add', 'b.txt');
    sb.git(other, 'commit', '-qm', 'From elsewhere');
    sb.git(other, 'push', '-q');
    const text = await pushError(r.work);
    expect(text).toMatch(/\(fetch first\)/);
    const f = expectPlain(text, 'behind');
    expect(f.next).toBe('git pull --rebase, then :GitCommitPush push');
    expect(f.gitLines.some((l) => /^! \[rejected\] \S+ -> master \(fetch first\)$/.test(l))).toBe(true);

    // Fetched, but not merged: git says non-fast-forward; the advice is the same.
    sb.git(r.work, 'fetch', '-q');
    const again = await pushError(r.work);
    expect(again).toMatch(/non-fast-forward/);
    expectPlain(again, 'behind');
  });

  it("because the remote's pre-receive hook refused it: its reason in parentheses", async () => {
    const r = fresh();
    hook(join(r.bare, 'hooks'), 'pre-receive', 'echo "no pushes on Fridays" >&2; exit 1');
    const text = await pushError(r.work);
    const f = expectPlain(text, 'remote-refused');
    expect(f.reason).toBe('the remote refused it (pre-receive hook declined)');
    expect(f.gitLines).toContain('remote: no pushes on Fridays');
  });

  it('because the local pre-push hook stopped it', async () => {
    const r = fresh();
    hook(join(r.work, '.git/hooks'), 'pre-push', 'echo "lint: trailing space in journal.txt" >&2; exit 1');
    const f = expectPlain(await pushError(r.work), 'hook');
    expect(f.gitLines[0]).toBe('lint: trailing space in journal.txt');
  });

  it('because the remote is a path that is not there (a disk not mounted)', async () => {
    const r = fresh();
    sb.git(r.work, 'remote', 'set-url', 'origin', join(sb.dir, 'unplugged-disk.git'));
    expectPlain(await pushError(r.work), 'not-found');
  });

  it.each([
    [404, {}, 'not-found'],
    [403, {}, 'permission'],
    [401, { 'WWW-Authenticate': 'Basic realm="git"' }, 'password'],
  ] as const)('because an http remote answers %i', async (status, headers, kind) => {
    const r = fresh();
    const port = await httpAnswering(status, headers);
    sb.git(r.work, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/journal.git`);
    expectPlain(await pushError(r.work), kind);
  });

  it('because nothing listens at the address', async () => {
    const r = fresh();
    sb.git(r.work, 'remote', 'set-url', 'origin', `http://127.0.0.1:${await closedPort()}/journal.git`);
    const f = expectPlain(await pushError(r.work), 'network');
    expect(f.reason).toMatch(/^the remote is unreachable \((connection refused|couldn't connect to server)\)$/);
  });

  it('because the host name is unknown', async () => {
    const r = fresh();
    sb.git(r.work, 'remote', 'set-url', 'origin', 'https://backup.invalid/journal.git');
    const f = expectPlain(await pushError(r.work), 'network');
    expect(f.reason).toBe('the remote is unreachable (unknown host backup.invalid)');
  });

  it.each([
    ['git@backup.example: Permission denied (publickey).', 'permission', 'no permission to push (ssh key refused)'],
    ['Host key verification failed.', 'host-key', "ssh does not know the server's host key"],
    ['ssh: Could not resolve hostname backup.example: Name or service not known', 'network', 'the remote is unreachable (unknown host backup.example)'],
    ['Connection timed out during banner exchange', 'stalled', 'the remote stopped answering'],
  ] as const)('because ssh says "%s"', async (said, kind, reason) => {
    const r = fresh();
    const ssh = join(sb.dir, `ssh${counter}`);
    writeFileSync(ssh, `#!/bin/sh\necho '${said.replace(/'/g, `'\\''`)}' >&2\nexit 255\n`, { mode: 0o755 });
    sb.git(r.work, 'remote', 'set-url', 'origin', 'ssh://git@backup.example/journal.git');
    const f = expectPlain(await pushError(r.work, 30_000, { GIT_SSH_COMMAND: ssh }), kind);
    expect(f.reason).toBe(reason);
  });

  it('because the server stopped answering (push_stall_ms)', async () => {
    const r = fresh();
    const port = await listen(createTcpServer((s) => sockets.push(s)));
    sb.git(r.work, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/journal.git`);
    const f = expectPlain(await pushError(r.work, 1000), 'stalled');
    expect(f.gitLines.join('\n')).toMatch(/Operation too slow/);
  });
});

describe("GitHub's and GitLab's words", () => {
  it.each([
    [
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: Changes must be made through a pull request.\nTo github.com:octo/journal.git\n ! [remote rejected] main -> main (protected branch hook declined)\nerror: failed to push some refs to \'github.com:octo/journal.git\'',
      'remote-refused',
    ],
    ['ERROR: Repository not found.\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.', 'not-found'],
    ["remote: Permission to octo/journal.git denied to someone.\nfatal: unable to access 'https://github.com/octo/journal.git/': The requested URL returned error: 403", 'permission'],
    ['ERROR: Permission to octo/journal.git denied to deploy key\nfatal: Could not read from remote repository.', 'permission'],
    ["remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://gitlab.com/octo/journal.git/'", 'permission'],
  ] as const)('%#: %s', (text, kind) => {
    expectPlain(text, kind);
  });

  it('names who may not write where, from "Permission to X denied to Y"', () => {
    expect(explainPushFailure("remote: Permission to octo/journal.git denied to someone.\nfatal: unable to access 'x': The requested URL returned error: 403").reason).toBe(
      'no permission to push (HTTP 403)',
    );
    expect(explainPushFailure('ERROR: Permission to octo/journal.git denied to someone.\nfatal: Could not read from remote repository.').reason).toBe(
      'no permission to push (someone may not write to octo/journal.git)',
    );
  });

  it('falls back to git\'s own first line, without "fatal:", for what it does not know', () => {
    const f = explainPushFailure('my-ssh: no route to the backup disk\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.');
    expect(f.kind).toBe('other');
    expect(f.reason).toBe('my-ssh: no route to the backup disk');
    expect(f.gitLines).toEqual(['my-ssh: no route to the backup disk', 'fatal: Could not read from remote repository.']);
  });
});
