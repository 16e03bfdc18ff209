/**
 * The commit and push steps, as the original script ran them (add, commit,
 * push, each output kept), but with the user's index restored when a commit
 * is refused, and the message passed in a file rather than on a command line.
 * A tracked file skips the add: `git commit --only -- file` stages it itself.
 */
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitError } from './errors.js';
import { addAll, filePathspec, SAVED_MESSAGE_FILE, type Repository } from './gather.js';
import type { PushPlan } from './repo.js';
import type { GitResult } from './runner.js';
import type { Scope } from './scope.js';

export interface Transcript {
  add: string;
  commit: string;
  push: string;
}

export interface Committed {
  hash: string;
  subject: string;
}

export function savedMessagePath(repo: Repository): string {
  return join(repo.gitDir, SAVED_MESSAGE_FILE);
}

/**
 * Stages what `scope` covers at this moment and commits it with `message`.
 * On failure nothing is committed, the index is as it was, and the message
 * stays in the saved-message file for the next run.
 */
export async function commitChange(
  repo: Repository,
  scope: Scope,
  file: string | undefined,
  message: string,
  transcript: Transcript,
): Promise<Committed> {
  const msgFile = savedMessagePath(repo);
  await writeFile(msgFile, message + '\n');
  const args = ['commit', '--cleanup=whitespace', `--file=${msgFile}`];
  // --only: other staged changes stay staged and out of this commit, as `git commit -- file` does.
  if (file !== undefined) args.push('--only', ...filePathspec(file));
  try {
    // A file git already tracks needs no `git add`: `commit --only` takes it from the work tree,
    // and leaves the index as it was when it refuses.
    const out = scope === 'file' ? await commitTracked(repo, args) : undefined;
    const done = out ?? (await withIndexRestoredOnFailure(repo, scope, file, args, transcript));
    transcript.commit = done.stdout + done.stderr;
    await rm(msgFile, { force: true });
    return { hash: parseHash(done.stdout) ?? (await shortHead(repo)), subject: message.split('\n')[0] ?? '' };
  } catch (err) {
    if (err instanceof GitError) transcript.commit = err.gitMessage;
    throw err;
  }
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
  scope: Scope,
  file: string | undefined,
  args: string[],
  transcript: Transcript,
): Promise<GitResult> {
  if (scope === 'staged') return repo.git.run(args);
  const backup = `${repo.indexPath}.git-commit-push-backup`;
  await copyFile(repo.indexPath, backup).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
  let restore = true;
  try {
    transcript.add = await addAll(repo, file === undefined ? [] : filePathspec(file), undefined, file);
    const out = await repo.git.run(args);
    restore = false;
    return out;
  } finally {
    if (restore) await copyFile(backup, repo.indexPath).catch(() => rm(repo.indexPath, { force: true }));
    await rm(backup, { force: true });
  }
}

/** "[main (root-commit) 1a2b3c4] subject" */
function parseHash(stdout: string): string | undefined {
  return /^\[[^\]]*?([0-9a-f]{7,40})\]/m.exec(stdout)?.[1];
}

async function shortHead(repo: Repository): Promise<string> {
  return (await repo.git.run(['rev-parse', '--short', 'HEAD'])).stdout.trim();
}

export interface Pushed {
  to: string;
}

/** Pushes HEAD as `plan` says. Throws GitError with git's words when the push fails. */
export async function push(repo: Repository, plan: PushPlan, transcript: Transcript): Promise<Pushed | undefined> {
  if (plan.kind === 'none') return undefined;
  const args =
    plan.kind === 'upstream'
      ? ['push', '--porcelain', '--', plan.remote, `HEAD:${plan.ref}`]
      : ['push', '--porcelain', '--set-upstream', '--', plan.remote, plan.branch];
  try {
    const out = await repo.git.run(args);
    transcript.push = out.stdout + out.stderr;
  } catch (err) {
    if (err instanceof GitError) transcript.push = err.gitMessage;
    throw err;
  }
  return { to: plan.describe };
}
