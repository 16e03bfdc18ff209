/**
 * One commit at a time per repository, across Neovims (each has its own node host)
 * and the terminal command. git's own index.lock only covers a single git process;
 * `git add` then `git commit` are two, and another editor's commit in between would
 * take the files this one just added.
 */
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PluginError } from '../words/errors.js';
import { stateDir } from './state-dir.js';
import { type Repository } from '../change/repository.js';

export interface LockHolder {
  pid: number;
  host: string;
  what: string;
  /** Date.now() when it was taken. */
  since: number;
  kind?: 'commit' | 'push';
}

export interface LockOptions {
  /** What this commit is, for the other side's message ("journal.txt in /home/u/notes"). */
  what: string;
  /** How long to wait for another commit before giving up. */
  waitMs: number;
  /** Stops the wait (`:GitCommitPush cancel`). */
  signal?: AbortSignal | undefined;
  /** Called once, when the lock is held by someone else and the wait begins. */
  onWait?: ((holder: LockHolder) => void) | undefined;
  /** `push`: the lock one push at a time takes (two pushes of one branch at once race for the remote's ref). */
  kind?: 'commit' | 'push' | undefined;
}

const POLL_MS = 50;

export function commitLockPath(repo: Pick<Repository, 'gitDir'>): string {
  return join(stateDir(repo), 'commit.lock');
}

/** Takes the repository's commit (or push) lock, waiting for another holder; returns the release. */
export async function acquireCommitLock(repo: Repository, opts: LockOptions): Promise<() => Promise<void>> {
  const push = opts.kind === 'push';
  const path = push ? join(stateDir(repo), 'push.lock') : commitLockPath(repo);
  await mkdir(stateDir(repo), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: hostname(), what: opts.what, since: Date.now(), ...(push ? { kind: 'push' as const } : {}) };
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (;;) {
    if (opts.signal?.aborted) {
      throw new PluginError(push ? 'cancelled while waiting for another push: not pushed' : 'cancelled while waiting for another commit: nothing committed', 'info');
    }
    const created = await open(path, 'wx').then(
      async (fh) => {
        try {
          await fh.writeFile(JSON.stringify(me));
        } finally {
          await fh.close();
        }
        return true;
      },
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') return false;
        throw err;
      },
    );
    if (created) return () => rm(path, { force: true });
    const holder = await readHolder(path);
    if (holder ? isStale(holder) : await abandonedEmpty(path)) {
      await rm(path, { force: true });
      continue;
    }
    if (holder && !told) {
      told = true;
      opts.onWait?.(holder);
    }
    if (Date.now() > deadline) {
      const who = holder ? describeHolder(holder) : 'another commit';
      throw new PluginError(
        push ? `${who} is still pushing in ${repo.root}: not pushed; :GitCommitPush push sends it` : `${who} is still running in ${repo.root}: nothing committed, your message is kept; :w again when it is done`,
      );
    }
    await sleep(POLL_MS, opts.signal);
  }
}

export function describeHolder(h: LockHolder): string {
  const secs = Math.max(0, Math.round((Date.now() - h.since) / 1000));
  return `the ${h.kind ?? 'commit'} of ${h.what} (process ${h.pid}, for ${secs} s)`;
}

/** undefined while the holder is still writing it (it was just created), or when unreadable. */
async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    if (typeof h.pid !== 'number' || typeof h.host !== 'string') return undefined;
    return { pid: h.pid, host: h.host, what: String(h.what ?? 'a commit'), since: Number(h.since ?? Date.now()), ...(h.kind === 'push' ? { kind: 'push' as const } : {}) };
  } catch {
    return undefined;
  }
}

/** A lock file nobody finished writing: its creator died between creating and filling it. */
async function abandonedEmpty(path: string): Promise<boolean> {
  const st = await stat(path).catch(() => undefined);
  return st !== undefined && Date.now() - st.mtimeMs > 2000;
}

/** The holder died without releasing it (Neovim killed mid-commit): the lock is free. */
function isStale(h: LockHolder): boolean {
  if (h.host !== hostname()) return false; // a repository on a shared disk: only its own machine can tell
  if (h.pid === process.pid) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
