/**
 * The commit step, as the original script ran it (add, commit, each output kept), but
 * with the message in a file that belongs to this one commit, one commit at a time per
 * repository, no `git add` where `git commit --only` does without it, and the user's
 * index restored when a commit it was added to is refused.
 */
import { constants } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addAll, copyIndex, pathspecs } from '../change/gather.js';
import { type Repository } from '../change/repository.js';
import type { GitResult, RunOptions } from '../change/runner.js';
import type { Scope } from '../change/scope.js';
import { GitError } from '../words/errors.js';
import { forLog, hideUrlCredentials } from '../words/credentials.js';
import { acquireCommitLock, type LockHolder } from './commit-lock.js';
import { stateDir } from './state-dir.js';

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
  /**
   * Stops the `git commit` itself. Only for a commit that waits on a signer (gpg, ssh): git
   * writes nothing before the signature is made, so a stop there leaves nothing half-made.
   */
  commitSignal?: AbortSignal | undefined;
  onWait?: ((holder: LockHolder) => void) | undefined;
  /** Called when the lock is held, after a wait or at once. */
  onLocked?: (() => void) | undefined;
  /** Run with the lock held, before anything is written: throws to refuse the commit (recheck.ts). */
  verify?: (() => Promise<void>) | undefined;
  /** `staged`: paths whose staged change stays staged and out of this commit (secret files without a review). */
  exclude?: readonly string[] | undefined;
  /** No terminal for git and what it runs (hooks, the signer): the editor's is not theirs to prompt on. */
  detach?: boolean | undefined;
  /**
   * `all`: every path of the change is one git tracks (modified or deleted; nothing new or
   * renamed), so `git commit --all` stages and commits it in one git process. It stages into
   * index.lock, so a refused commit leaves the index as it was, as the add-and-restore does.
   */
  trackedOnly?: boolean | undefined;
}

/** Longer lists of paths go to git in a file: a command line has a limit. */
const MAX_ARG_PATHS = 256;

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
  let msgFile: string | undefined;
  let listFile: string | undefined;
  let traceFile: string | undefined;
  try {
    opts.onLocked?.();
    await opts.verify?.();
    // git reads the file only after the pre-commit hook: it must be this commit's alone, never
    // a file that a review (this one, or another editor's) keeps writing to.
    const n = ++messageFileCounter;
    msgFile = join(stateDir(repo), `message-${process.pid}-${n}.txt`);
    // A URL's credentials never go into a file, nor through it into a commit that is pushed.
    await writeFile(msgFile, hideUrlCredentials(message) + '\n', { flag: 'wx' });
    const args = ['commit', '--cleanup=whitespace', `--file=${msgFile}`];
    const files = file === undefined ? undefined : typeof file === 'string' ? [file] : file;
    // A long list of paths (`all` without its secret files) goes in a file of its own.
    let paths: string[] | undefined;
    if (files !== undefined) {
      if (files.length <= MAX_ARG_PATHS) paths = pathspecs(files);
      else {
        listFile = join(stateDir(repo), `paths-${process.pid}-${n}.txt`);
        await writeFile(listFile, files.map((f) => `:(literal)${f}`).join('\0') + '\0', { flag: 'wx' });
        paths = [`--pathspec-from-file=${listFile}`, '--pathspec-file-nul'];
      }
    }
    // --only: other staged changes stay staged and out of this commit, as `git commit -- file` does.
    if (paths !== undefined) args.push('--only', ...paths);
    // No terminal for the user's hooks and signer; a commit that waits on a signer can be stopped.
    // git's trace of its children names a hook that refused without a word, and its exit code.
    traceFile = join(stateDir(repo), `trace-${process.pid}-${n}.json`);
    const run: RunOptions = { detach: opts.detach ?? true, env: { GIT_TRACE2_EVENT: traceFile }, ...(opts.commitSignal ? { signal: opts.commitSignal } : {}) };
    // `staged` commits the index as it is. A file git already tracks needs no `git add`:
    // `commit --only` takes it from the work tree, and leaves the index as it was when it
    // refuses. Anything else is added first, and the index restored if the commit is refused.
    let done: GitResult | undefined;
    if (scope === 'staged') done = opts.exclude?.length ? await commitStagedWithout(repo, opts.exclude, args, run) : await repo.git.run(args, run);
    else if (scope === 'file') done = await commitTracked(repo, args, run);
    else if (opts.trackedOnly && paths === undefined) done = await repo.git.run([...args, '--all'], run);
    done ??= await withIndexRestoredOnFailure(repo, paths, args, run, transcript, files?.join(', '));
    transcript.commit = done.stdout + done.stderr;
    const summary = parseSummary(done.stdout, repo.branch);
    return summary ?? { hash: parseHash(done.stdout) ?? (await shortHead(repo)) };
  } catch (err) {
    const said = err instanceof GitError && traceFile !== undefined ? await withSilentHookNamed(err, traceFile) : err;
    if (said instanceof GitError) transcript.commit = said.gitMessage;
    throw said;
  } finally {
    if (traceFile !== undefined) await rm(traceFile, { force: true });
    if (msgFile !== undefined) await rm(msgFile, { force: true });
    if (listFile !== undefined) await rm(listFile, { force: true });
    await release();
  }
}

/**
 * A refusal git gave no words for: a hook that exited non-zero in silence. Its name (the
 * file a user edits: husky's own hook, not the one husky generates) and its exit code, from
 * git's trace2 events of this commit.
 */
async function withSilentHookNamed(err: GitError, traceFile: string): Promise<GitError> {
  if (err.gitMessage.trim() !== '') return err;
  const trace = await readFile(traceFile, 'utf8').catch(() => '');
  const hooks = new Map<string, string>();
  let failed: { hook: string; code: number } | undefined;
  for (const line of trace.split('\n')) {
    let e: { event?: unknown; sid?: unknown; child_id?: unknown; child_class?: unknown; hook_name?: unknown; argv?: unknown; code?: unknown };
    try {
      e = JSON.parse(line) as typeof e;
    } catch {
      continue;
    }
    const id = `${String(e.sid)}/${String(e.child_id)}`;
    if (e.event === 'child_start' && e.child_class === 'hook') {
      const argv = Array.isArray(e.argv) ? e.argv : [];
      hooks.set(id, hookFileOf(typeof argv[0] === 'string' ? argv[0] : String(e.hook_name)));
    } else if (e.event === 'child_exit' && hooks.has(id) && typeof e.code === 'number' && e.code !== 0) {
      failed ??= { hook: hooks.get(id) ?? 'a hook', code: e.code };
    }
  }
  if (!failed) return err;
  const words = `the hook ${failed.hook} stopped the commit without a word (exit code ${failed.code})`;
  return new GitError(`git commit failed: ${words}`, words, { cause: err });
}

/** The hook file a user edits: husky runs `.husky/<name>` from the `.husky/_/<name>` it generates. */
function hookFileOf(path: string): string {
  const husky = /(^|.*\/)\.husky\/_\/([^/]+)$/.exec(path);
  return husky ? `${husky[1] ?? ''}.husky/${husky[2] ?? ''}` : path;
}

/**
 * The staged change less some paths, without touching the user's index: the commit is made
 * from a copy of it in which those paths are as HEAD has them. They stay staged in the
 * user's index, and what was committed now matches HEAD there.
 */
async function commitStagedWithout(repo: Repository, exclude: readonly string[], args: string[], run: RunOptions): Promise<GitResult> {
  const indexFile = join(repo.gitDir, `git-commit-push-index.${process.pid}.staged`);
  try {
    await copyIndex(repo.indexPath, indexFile);
    const hasHead = await repo.git.run(['rev-parse', '-q', '--verify', 'HEAD']).then(() => true, () => false);
    // As HEAD has them: reset; on a branch without commits, nothing has them yet.
    const back = hasHead ? ['reset', '-q', 'HEAD', ...pathspecs(exclude)] : ['rm', '-q', '--cached', '--ignore-unmatch', ...pathspecs(exclude)];
    await repo.git.run(back, { indexFile });
    return await repo.git.run(args, { ...run, indexFile });
  } finally {
    await rm(indexFile, { force: true });
    await rm(`${indexFile}.lock`, { force: true });
  }
}

/** The commit HEAD is now, as git made it: a commit-msg hook may have rewritten the message. */
export async function readHeadCommit(repo: Repository): Promise<{ hash: string; fullHash: string; subject: string }> {
  const out = (await repo.git.run(['log', '-1', '--no-show-signature', '--format=%h%x00%H%x00%s'])).stdout.trim();
  const [hash = '', fullHash = '', subject = ''] = out.split('\0');
  return { hash, fullHash, subject };
}

/** `git commit --only -- file`, or undefined when git does not know the file yet (a new file). */
async function commitTracked(repo: Repository, args: string[], run: RunOptions): Promise<GitResult | undefined> {
  try {
    return await repo.git.run(args, run);
  } catch (err) {
    if (err instanceof GitError && /did not match any file\(s\) known to git/.test(err.gitMessage)) return undefined;
    throw err;
  }
}

/** `git add` then `git commit`; when the commit is refused, the user's index is put back byte for byte. */
async function withIndexRestoredOnFailure(
  repo: Repository,
  paths: readonly string[] | undefined,
  args: string[],
  run: RunOptions,
  transcript: Transcript,
  named: string | undefined,
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
    transcript.add = await addAll(repo, paths === undefined ? [] : [...paths], undefined, named);
    const out = await repo.git.run(args, run);
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
  // Nothing to put back when git never wrote it (a stale index.lock, a failing clean filter).
  if (await sameBytes(indexPath, backup)) {
    await rm(backup, { force: true });
    return;
  }
  const lock = `${indexPath}.lock`;
  try {
    await copyIndex(backup, lock, constants.COPYFILE_EXCL);
    await rename(lock, indexPath);
    await rm(backup, { force: true });
  } catch (err) {
    console.error(`git-commit-push: could not restore the index; it is kept in ${backup}: ${forLog(err)}`);
  }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a).catch(() => undefined), readFile(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.equals(y);
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
