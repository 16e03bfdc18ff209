/**
 * Finds the repository of a file and computes the change to commit, without
 * touching the user's index: the diff is taken from a private copy of it, so
 * aborting leaves the index byte for byte as it was.
 */
import { copyFile, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GitError, PluginError } from './errors.js';
import { branchFromHead, operationInProgress, parseConfigList, type GitConfig } from './repo.js';
import type { Git } from './runner.js';
import type { Scope } from './scope.js';

export interface Repository {
  git: Git;
  root: string;
  gitDir: string;
  indexPath: string;
  branch: string | null;
  config: GitConfig;
  /** Newest first; empty on a branch without commits. */
  recentSubjects: string[];
}

export const SAVED_MESSAGE_FILE = 'GIT_COMMIT_PUSH_EDITMSG';

/** The nearest existing folder: a deleted file's own folder may be gone too. */
export function existingDir(dir: string): string {
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The repository that `dir` is in. */
export async function openRepository(dir: string, gitAt: (cwd: string) => Git): Promise<Repository> {
  const git = gitAt(dir);
  let top: string;
  try {
    top = (await git.run(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-path', 'index'])).stdout;
  } catch (err) {
    const words = err instanceof GitError ? err.gitMessage : String(err);
    if (/not a git repository/i.test(words)) throw new PluginError(`${dir} is not in a git repository`, 'error', { cause: err });
    if (/must be run in a work tree/i.test(words)) throw new PluginError(`${dir} is inside a git directory, not a work tree`, 'error', { cause: err });
    throw err;
  }
  const [root = '', gitDir = '', index = ''] = top.split('\n');
  const rootGit = gitAt(root);
  const [head, configText, subjects] = await Promise.all([
    readFile(join(gitDir, 'HEAD'), 'utf8'),
    rootGit.run(['config', '--list', '-z']).then((r) => r.stdout),
    rootGit
      .run(['log', '-n', '5', '--no-show-signature', '--format=%s'])
      .then((r) => r.stdout.split('\n').filter((l) => l !== ''))
      // A branch without commits has no log: that is not an error here.
      .catch(() => [] as string[]),
  ]);
  return {
    git: rootGit,
    root,
    gitDir,
    indexPath: isAbsolute(index) ? index : resolve(git.cwd, index),
    branch: branchFromHead(head),
    config: parseConfigList(configText),
    recentSubjects: subjects,
  };
}

/** Refuses, with git's reason, what git itself would refuse or regret: commits in the middle of a merge or rebase. */
export async function checkCommittable(repo: Repository): Promise<void> {
  const entries = new Set(await readdir(repo.gitDir));
  const op = operationInProgress(entries);
  if (op) throw new PluginError(`${op} in ${repo.root}: finish it with git first (committing now would be part of it)`);
  const unmerged = (await repo.git.run(['ls-files', '--unmerged', '-z'])).stdout;
  if (unmerged !== '') {
    throw new PluginError(
      `${repo.root} has unresolved conflicts: fix them and mark them resolved with git add (git: "Committing is not possible because you have unmerged files.")`,
    );
  }
}

export interface Change {
  diff: string;
  /** Repository-relative path of the file, for the `file` scope. */
  file?: string;
}

const DIFF_ARGS = ['diff', '--cached', '--no-color', '--no-ext-diff', '-M', '--no-textconv'];

/** The change `scope` would commit, as `git diff --cached` shows it. */
export async function gatherChange(repo: Repository, scope: Scope, filePath?: string): Promise<Change> {
  if (scope === 'staged') return { diff: (await repo.git.run(DIFF_ARGS)).stdout };
  const file = scope === 'file' ? repoPath(repo, filePath) : undefined;
  const pathspec = file === undefined ? [] : ['--', file];
  return withPrivateIndex(repo, async (indexFile) => {
    await addAll(repo, pathspec, indexFile, filePath);
    const diff = (await repo.git.run([...DIFF_ARGS, ...pathspec], { indexFile })).stdout;
    return file === undefined ? { diff } : { diff, file };
  });
}

export function repoPath(repo: Repository, filePath: string | undefined): string {
  if (!filePath) throw new PluginError('no file given');
  const rel = relative(repo.root, canonicalPath(filePath)).split(sep).join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) throw new PluginError(`${filePath} is not inside ${repo.root}`);
  return rel;
}

/**
 * git reports the root with symlinks resolved; Neovim names a buffer by the path it
 * was opened with (a linked folder, macOS's /tmp). Resolve the part that exists.
 */
function canonicalPath(path: string): string {
  const dir = existingDir(dirname(path));
  const real = realpathSync(dir);
  return join(real, relative(dir, path));
}

/** `git add -A`, with ignored files reported as such rather than as a git failure. */
export async function addAll(repo: Repository, pathspec: string[], indexFile?: string, filePath?: string): Promise<string> {
  try {
    const r = await repo.git.run(['add', '-A', ...pathspec], indexFile ? { indexFile } : {});
    return r.stdout + r.stderr;
  } catch (err) {
    if (err instanceof GitError && /ignored by one of your \.gitignore files/.test(err.gitMessage)) {
      throw new PluginError(`${filePath ?? pathspec.join(' ')} is ignored by .gitignore: git will not commit it (git add -f would force it)`, 'error', { cause: err });
    }
    throw err;
  }
}

let privateIndexCounter = 0;

/** Runs `fn` with a copy of the user's index, removed afterwards whatever happens. */
async function withPrivateIndex<T>(repo: Repository, fn: (indexFile: string) => Promise<T>): Promise<T> {
  const indexFile = join(repo.gitDir, `git-commit-push-index.${process.pid}.${++privateIndexCounter}`);
  try {
    // The copy keeps git's stat cache, so `git add` only rehashes what changed.
    await copyFile(repo.indexPath, indexFile).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err; // a repository where nothing was ever added has no index
    });
    return await fn(indexFile);
  } finally {
    await rm(indexFile, { force: true });
    await rm(indexFile + '.lock', { force: true });
  }
}
