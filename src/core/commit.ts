/**
 * The commit and push steps, as the original script ran them (add, commit, push,
 * each output kept), but with the message passed in a file rather than on a command
 * line, no `git add` where `git commit --only` does without it, and the user's index
 * restored when a commit it was added to is refused.
 */
import { constants } from 'node:fs';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * Commits what `scope` covers at this moment with `message`. On failure nothing is
 * committed, the index is as it was, and the message stays in the saved-message file
 * for the next run.
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
    // `staged` commits the index as it is. A file git already tracks needs no `git add`:
    // `commit --only` takes it from the work tree, and leaves the index as it was when it
    // refuses. Anything else is added first, and the index restored if the commit is refused.
    let done: GitResult | undefined;
    if (scope === 'staged') done = await repo.git.run(args);
    else if (scope === 'file') done = await commitTracked(repo, args);
    done ??= await withIndexRestoredOnFailure(repo, file, args, transcript);
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
  file: string | undefined,
  args: string[],
  transcript: Transcript,
): Promise<GitResult> {
  const backup = `${repo.indexPath}.git-commit-push-backup`;
  const hadIndex = await copyFile(repo.indexPath, backup).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false; // nothing was ever added in this repository
      throw err;
    },
  );
  try {
    transcript.add = await addAll(repo, file === undefined ? [] : filePathspec(file), undefined, file);
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
 * a half-written index, and one that holds the lock right now is not overwritten. When
 * that cannot be done, the backup stays where it is: it is the user's index.
 */
async function restoreIndex(indexPath: string, backup: string, hadIndex: boolean): Promise<void> {
  if (!hadIndex) {
    await rm(indexPath, { force: true });
    return;
  }
  const lock = `${indexPath}.lock`;
  try {
    await copyFile(backup, lock, constants.COPYFILE_EXCL);
    await rename(lock, indexPath);
    await rm(backup, { force: true });
  } catch (err) {
    console.error(`git-commit-push: could not restore the index; it is kept in ${backup}`, err);
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
    const out = await repo.git.run(args, { config: noPrompts(repo) });
    transcript.push = out.stdout + out.stderr;
  } catch (err) {
    if (err instanceof GitError) transcript.push = err.gitMessage;
    throw err;
  }
  return { to: plan.describe };
}

/**
 * ssh asks for a passphrase or a host key on the terminal, which is Neovim's: the push
 * would hang where no one can answer. BatchMode makes it fail with its reason instead
 * (keys from ssh-agent still work). A core.sshCommand of the user's, or GIT_SSH_COMMAND,
 * stays as it is.
 */
function noPrompts(repo: Repository): string[] {
  return repo.config.has('core.sshcommand') ? [] : ['core.sshCommand=ssh -o BatchMode=yes'];
}
