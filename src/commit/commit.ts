/**
 * The commit step, as the original script ran it (add, commit, each output kept), but
 * with the message in a file that belongs to this one commit, one commit at a time per
 * repository, no `git add` where `git commit --only` does without it, and the user's
 * index restored when a commit it was added to is refused.
 */
import { constants } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireCommitLock, type LockHolder } from './commit-lock.js';
import { GitError } from '../words/errors.js';
import { addAll, copyIndex, pathspecs } from '../change/gather.js';
import type { GitResult } from '../change/runner.js';
import type { Scope } from '../change/scope.js';
import { stateDir } from './state-dir.js';
import { type Repository } from '../change/repository.js';

export interface Transcript {
  /** undefined: the step did not run. */
  add?: string | undefined;
  commit?: string | undefined;
  push?: string | undefined;
}

export interface Committed {
  /** The abbreviated hash, as git printed it. */
  hash: string;
  /** The subject as git made it (after its hooks), from its summary line, when that could be read. */
  subject?: string;
}

export interface CommitOptions {
  /** For another editor's "waiting for ..." message. */
  what?: string | undefined;
  /** How long to wait while another editor commits in this repository. */
  lockWaitMs?: number | undefined;
  /** Stops the wait for another commit; a running `git commit` is never stopped halfway. */
  signal?: AbortSignal | undefined;
  onWait?: ((holder: LockHolder) => void) | undefined;
  /** Called when the lock is held, after a wait or at once. */
  onLocked?: (() => void) | undefined;
}

const DEFAULT_LOCK_WAIT_MS = 60_000;

let messageFileCounter = 0;

/**
 * Commits what `scope` covers at this moment with `message`, exactly. On failure nothing
 * is committed and the index is as it was.
 */
export async function commitChange(
  repo: Repository,
  scope: Scope,
  file: string | readonly string[] | undefined,
  message: string,
  transcript: Transcript,
  opts: CommitOptions = {},
): Promise<Committed> {
  const release = await acquireCommitLock(repo, {
    what: opts.what ?? (typeof file === 'string' ? file : file?.join(', ')) ?? `the ${scope} scope`,
    waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    signal: opts.signal,
    onWait: opts.onWait,
  });
  opts.onLocked?.();
  // git reads the file only after the pre-commit hook: it must be this commit's alone, never
  // a file that a review (this one, or another editor's) keeps writing to.
  const msgFile = join(stateDir(repo), `message-${process.pid}-${++messageFileCounter}.txt`);
  try {
    await writeFile(msgFile, message + '\n', { flag: 'wx' });
    const args = ['commit', '--cleanup=whitespace', `--file=${msgFile}`];
    const files = file === undefined ? undefined : typeof file === 'string' ? [file] : file;
    // --only: other staged changes stay staged and out of this commit, as `git commit -- file` does.
    if (files !== undefined) args.push('--only', ...pathspecs(files));
    // `staged` commits the index as it is. A file git already tracks needs no `git add`:
    // `commit --only` takes it from the work tree, and leaves the index as it was when it
    // refuses. Anything else is added first, and the index restored if the commit is refused.
    let done: GitResult | undefined;
    if (scope === 'staged') done = await repo.git.run(args);
    else if (scope === 'file') done = await commitTracked(repo, args);
    done ??= await withIndexRestoredOnFailure(repo, files, args, transcript);
    transcript.commit = done.stdout + done.stderr;
    const summary = parseSummary(done.stdout, repo.branch);
    return summary ?? { hash: parseHash(done.stdout) ?? (await shortHead(repo)) };
  } catch (err) {
    if (err instanceof GitError) transcript.commit = err.gitMessage;
    throw err;
  } finally {
    await rm(msgFile, { force: true });
    await release();
  }
}

/** The commit HEAD is now, as git made it: a commit-msg hook may have rewritten the message. */
export async function readHeadCommit(repo: Repository): Promise<{ hash: string; fullHash: string; subject: string }> {
  const out = (await repo.git.run(['log', '-1', '--no-show-signature', '--format=%h%x00%H%x00%s'])).stdout.trim();
  const [hash = '', fullHash = '', subject = ''] = out.split('\0');
  return { hash, fullHash, subject };
}

/** `git commit --only -- file`, or undefined when git does not know the file yet (a new file). */
async function commitTracked(repo: Repository, args: string[]): Promise<GitResult | undefined> {
  try {
    return await repo.git.run(args);
  } catch (err) {
    if (err instanceof GitError && /did not match any file\(s\) known to git/.test(err.gitMessage)) return undefined;
    throw err;
  }
}

/** `git add` then `git commit`; when the commit is refused, the user's index is put back byte for byte. */
async function withIndexRestoredOnFailure(
  repo: Repository,
  files: readonly string[] | undefined,
  args: string[],
  transcript: Transcript,
): Promise<GitResult> {
  const backup = `${repo.indexPath}.git-commit-push-backup`;
  const hadIndex = await copyIndex(repo.indexPath, backup).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false; // nothing was ever added in this repository
      throw err;
    },
  );
  try {
    transcript.add = await addAll(repo, files === undefined ? [] : pathspecs(files), undefined, files?.join(', '));
    const out = await repo.git.run(args);
    await rm(backup, { force: true });
    return out;
  } catch (err) {
    await restoreIndex(repo.indexPath, backup, hadIndex);
    throw err;
  }
}

/**
 * Puts the index back as git writes it: through index.lock, so that no git process reads
 * a half-written index, and one that holds the lock right now is not overwritten; with
 * its own modification time, which git's racy-entry check compares file times against.
 * When that cannot be done, the backup stays where it is: it is the user's index.
 */
async function restoreIndex(indexPath: string, backup: string, hadIndex: boolean): Promise<void> {
  if (!hadIndex) {
    await rm(indexPath, { force: true });
    return;
  }
  const lock = `${indexPath}.lock`;
  try {
    await copyIndex(backup, lock, constants.COPYFILE_EXCL);
    await rename(lock, indexPath);
    await rm(backup, { force: true });
  } catch (err) {
    console.error(`git-commit-push: could not restore the index; it is kept in ${backup}`, err);
  }
}

/**
 * git's summary line, "[main 1a2b3c4] subject" ("[main (root-commit) 1a2b3c4]" for a first
 * commit, "[detached HEAD 1a2b3c4]"), read with the branch known: a branch name may hold "]".
 * Its subject is the commit's own, %s, after any hook rewrote the message.
 */
function parseSummary(stdout: string, branch: string | null): Required<Committed> | undefined {
  const head = `[${branch ?? 'detached HEAD'} `;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(head)) continue;
    const m = /^(?:\(root-commit\) )?([0-9a-f]{7,64})\] (.*)$/.exec(line.slice(head.length));
    if (m?.[1] !== undefined && m[2] !== undefined) return { hash: m[1], subject: m[2] };
  }
  return undefined;
}

/** "[main (root-commit) 1a2b3c4] subject" */
function parseHash(stdout: string): string | undefined {
  return /^\[[^\]]*?([0-9a-f]{7,40})\]/m.exec(stdout)?.[1];
}

async function shortHead(repo: Repository): Promise<string> {
  return (await repo.git.run(['rev-parse', '--short', 'HEAD'])).stdout.trim();
}
