// The pieces that keep a commit exactly what the user wrote, against real git: the commit
// lock between editors, drafts per review, the record of an unfinished push, ssh and http
// settings for the push, and index copies that keep git's racy-entry protection.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitAt } from '../../src/change/git.js';
import { acquireCommitLock, commitLockPath } from '../../src/commit/commit-lock.js';
import { commitChange } from '../../src/commit/commit.js';
import { draftPath, draftWasCommitted, readDraft, writeDraft } from '../../src/commit/drafts.js';
import { gatherChange } from '../../src/change/gather.js';
import { push, pushConfig } from '../../src/commit/push.js';
import { owedCommit, recordUnpushed } from '../../src/commit/unpushed.js';
import { enterSandbox, makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';
import { waitFor } from '../support/wait.js';
import { openRepository, type Repository } from '../../src/change/repository.js';
import { planPush } from '../../src/commit/push-plan.js';

let sb: Sandbox;
let restoreEnv: () => void;
let counter = 0;

beforeAll(() => {
  sb = makeSandbox('gcp-integrity-');
  restoreEnv = enterSandbox(sb);
});

afterAll(() => {
  restoreEnv();
  sb.remove();
});

function repo(opts: { remote?: boolean } = {}): Repo {
  return makeRepo(sb, { ...opts, name: `r${++counter}` });
}

const open = (dir: string): Promise<Repository> => openRepository(dir, gitAt);

describe('the commit lock', () => {
  it('makes a second commit wait for the first, and tells it who holds the lock', async () => {
    const r = await open(repo().work);
    const release = await acquireCommitLock(r, { what: 'a.txt', waitMs: 5000 });
    let waitedFor = '';
    let taken = false;
    const second = acquireCommitLock(r, { what: 'b.txt', waitMs: 5000, onWait: (h) => (waitedFor = `${h.what} ${h.pid}`) }).then((rel) => {
      taken = true;
      return rel;
    });
    // The second has found the lock taken, and waits: it says for whom.
    await waitFor(() => waitedFor !== '', 5000);
    expect(waitedFor).toBe(`a.txt ${process.pid}`);
    expect(taken).toBe(false);
    expect(JSON.parse(readFileSync(commitLockPath(r), 'utf8')).what).toBe('a.txt');
    await release();
    await (await second)();
    expect(taken).toBe(true);
    expect(existsSync(commitLockPath(r))).toBe(false);
  });

  it('takes over a lock whose holder died', async () => {
    const r = await open(repo().work);
    const dead = execFileSync('sh', ['-c', 'echo $$']).toString().trim(); // a process that has exited
    mkdirSync(join(r.gitDir, 'git-commit-push'), { recursive: true });
    writeFileSync(commitLockPath(r), JSON.stringify({ pid: Number(dead), host: (await import('node:os')).hostname(), what: 'x', since: 0 }));
    const release = await acquireCommitLock(r, { what: 'mine', waitMs: 1000 });
    expect(JSON.parse(readFileSync(commitLockPath(r), 'utf8')).what).toBe('mine');
    await release();
  });

  it('refuses after the wait, saying who holds it, and stops waiting when cancelled', async () => {
    const r = await open(repo().work);
    const release = await acquireCommitLock(r, { what: 'journal.txt', waitMs: 1000 });
    await expect(acquireCommitLock(r, { what: 'other', waitMs: 300 })).rejects.toThrow(/the commit of journal\.txt \(process \d+, for \d+ s\) is still running/);
    // Without the cancel this would wait far longer than the test may run.
    const abort = new AbortController();
    // Cancelled once it waits, as :GitCommitPush cancel during the wait.
    const waiting = acquireCommitLock(r, { what: 'other', waitMs: 3_600_000, signal: abort.signal, onWait: () => abort.abort() });
    await expect(waiting).rejects.toThrow(/cancelled while waiting/);
    await release();
  });
});

describe('drafts', () => {
  it('are kept per scope and file, and an older single draft is adopted by the first review', async () => {
    const { work } = repo();
    const r = await open(work);
    await writeDraft(draftPath(r, { scope: 'file', file: 'a.txt' }), 'About a\n\n# a comment');
    expect((await readDraft(r, { scope: 'file', file: 'a.txt' }))?.message).toBe('About a');
    expect(await readDraft(r, { scope: 'file', file: 'b.txt' })).toBeUndefined();
    expect(await readDraft(r, { scope: 'all' })).toBeUndefined();
    writeFileSync(join(work, '.git', 'GIT_COMMIT_PUSH_EDITMSG'), 'Words from before\n');
    expect((await readDraft(r, { scope: 'all' }))?.message).toBe('Words from before');
    expect(existsSync(join(work, '.git', 'GIT_COMMIT_PUSH_EDITMSG'))).toBe(false);
    expect((await readDraft(r, { scope: 'all' }))?.message).toBe('Words from before');
  });

  it('knows a draft was committed when a commit made after it holds its words, even with later commits on top', async () => {
    const { work } = repo();
    const r = await open(work);
    const now = Date.now();
    writeFileSync(join(work, 'journal.txt'), 'Day two.\n');
    sb.git(work, 'commit', '-qam', 'Day two');
    sb.git(work, 'commit', '-q', '--allow-empty', '-m', 'Someone else, later');
    expect(await draftWasCommitted(r, { message: 'Day two', writtenMs: now - 1000 })).toBe(true);
    expect(await draftWasCommitted(r, { message: 'Something else', writtenMs: now - 1000 })).toBe(false);
    // The same words typed again after that commit are a new draft, not a committed one.
    expect(await draftWasCommitted(r, { message: 'Day two', writtenMs: now + 5000 })).toBe(false);
  });
});

describe('the push', () => {
  const base = { stallMs: 12_000 };

  it('adds BatchMode and the stall limits only when the user set no ssh command of their own', async () => {
    const { work } = repo();
    let r = await open(work);
    const mine = pushConfig(r, { ...base, env: {} });
    expect(mine).toContain('core.sshCommand=ssh -o BatchMode=yes -o ConnectTimeout=12 -o ServerAliveInterval=4 -o ServerAliveCountMax=3');
    expect(mine).toEqual(expect.arrayContaining(['http.lowSpeedLimit=1', 'http.lowSpeedTime=12']));
    for (const env of [{ GIT_SSH: '/usr/local/bin/my-ssh' }, { GIT_SSH_COMMAND: 'ssh -i key' }]) {
      expect(pushConfig(r, { ...base, env }).some((c) => c.startsWith('core.sshCommand='))).toBe(false);
    }
    sb.git(work, 'config', 'core.sshCommand', 'ssh -F myconfig');
    sb.git(work, 'config', 'http.lowSpeedLimit', '1000');
    r = await open(work);
    expect(pushConfig(r, { ...base, env: {} })).toEqual([]);
  });

  it("runs the user's GIT_SSH wrapper as set", async () => {
    const { work } = repo();
    const bin = join(sb.dir, `wrapper${counter}`);
    mkdirSync(bin);
    const calls = join(bin, 'calls.txt');
    writeFileSync(join(bin, 'my-ssh'), `#!/bin/sh\necho "$@" >> '${calls}'\necho "wrapper: no route" >&2\nexit 255\n`);
    chmodSync(join(bin, 'my-ssh'), 0o755);
    sb.git(work, 'remote', 'set-url', 'origin', 'ssh://git@example.invalid/journal.git');
    const r = await open(work);
    process.env.GIT_SSH = join(bin, 'my-ssh');
    try {
      await expect(push(r, planPush(r.branch, r.config), {}, { ...base, env: process.env })).rejects.toThrow(/wrapper: no route/);
    } finally {
      delete process.env.GIT_SSH;
    }
    expect(readFileSync(calls, 'utf8')).toContain('git@example.invalid');
    expect(readFileSync(calls, 'utf8')).not.toContain('BatchMode');
  });
});

describe('an unfinished push', () => {
  it('is owed while the remote lacks the commit, and forgotten once it has it', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'journal.txt'), 'Day two.\n');
    let r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Day two', {});
    const hash = sb.git(work, 'rev-parse', 'HEAD').trim();
    await recordUnpushed(r, { hash, branch: 'master' });
    r = await open(work);
    const plan = planPush(r.branch, r.config);
    expect(await owedCommit(r, plan)).toEqual({ hash, branch: 'master' });
    sb.git(work, 'push', '-q');
    expect(await owedCommit(r, plan)).toBeUndefined();
    expect(await owedCommit(r, plan)).toBeUndefined(); // the record is gone
  });
});

describe('index copies keep git\'s racy-entry protection', () => {
  it('a same-size edit in the same second as the last index write is seen by the all scope', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'journal.txt'), 'hello teh world\n');
    sb.git(work, 'add', '--', 'journal.txt');
    sb.git(work, 'commit', '-qm', 'Typo');
    // The fix, same size, stamped with the index's own second, as a formatter right after a commit would.
    writeFileSync(join(work, 'journal.txt'), 'hello the world\n');
    const indexTime = statSync(join(work, '.git', 'index')).mtime;
    const second = new Date(Math.floor(indexTime.getTime() / 1000) * 1000);
    utimesSync(join(work, 'journal.txt'), second, second);
    await new Promise((res) => setTimeout(res, 1100));
    const r = await open(work);
    const change = await gatherChange(r, 'all', work);
    expect(change.diff).toContain('+hello the world');
  });
});
