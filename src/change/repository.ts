/**
 * Where a file's repository is, as git finds it from a folder: its root, its git
 * directories, its index, its branch and config; and a path as the repository names it.
 */
import { readFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GitError, PluginError } from '../words/errors.js';
import { branchFromHead, parseConfigWithOrigins, type ConfigWithOrigins, type GitConfig } from './repo.js';
import type { Git } from './runner.js';

export interface Repository {
  git: Git;
  root: string;
  gitDir: string;
  /** The main repository's git dir (a linked worktree's gitDir is its own). */
  commonDir: string;
  indexPath: string;
  branch: string | null;
  config: GitConfig;
}

/** The nearest existing folder: a deleted file's own folder may be gone too. */
export function existingDir(dir: string): string {
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where a repository is, as `git rev-parse` finds it from a folder. */
export interface Location {
  git: Git;
  root: string;
  gitDir: string;
  /** The main repository's git dir; a linked worktree shares its config. */
  commonDir: string;
  indexPath: string;
}

/** The repository that `dir` is in. */
export async function locateRepository(dir: string, gitAt: (cwd: string) => Git): Promise<Location> {
  const git = gitAt(dir);
  let top: string;
  try {
    top = (await git.run(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir', '--git-path', 'index'])).stdout;
  } catch (err) {
    const words = err instanceof GitError ? err.gitMessage : String(err);
    if (/not a git repository/i.test(words)) throw new PluginError(`${dir} is not in a git repository`, 'error', { cause: err });
    if (/must be run in a work tree/i.test(words)) throw new PluginError(`${dir} is inside a git directory, not a work tree`, 'error', { cause: err });
    throw err;
  }
  const [root = '', gitDir = '', common = '', index = ''] = top.split('\n');
  return { git: gitAt(root), root, gitDir, commonDir: resolve(dir, common), indexPath: resolve(dir, index) };
}

/** The config as git lists it, with the file each value came from. */
function listConfig(git: Git): Promise<string> {
  return git.run(['config', '--list', '--show-origin', '-z']).then((r) => r.stdout);
}

/**
 * The branch and config of a located repository, and the files the config came from.
 * `configText`: the listing, when it was asked for already (openRepository).
 */
export async function describeRepository(loc: Location, configText?: Promise<string>): Promise<{ repo: Repository; config: ConfigWithOrigins }> {
  const [head, listed] = await Promise.all([readFile(join(loc.gitDir, 'HEAD'), 'utf8'), configText ?? listConfig(loc.git)]);
  const config = parseConfigWithOrigins(listed);
  const { git, root, gitDir, commonDir, indexPath } = loc;
  let branch = branchFromHead(head);
  // A reftable repository (git 2.45+) keeps HEAD in its tables; the file only says "refs/heads/.invalid".
  if (branch === '.invalid') branch = await git.run(['symbolic-ref', '-q', '--short', 'HEAD']).then((r) => r.stdout.trim() || null, () => null);
  return { repo: { git, root, gitDir, commonDir, indexPath, branch, config: config.config }, config };
}

/**
 * The repository that `dir` is in, with its branch and config. git finds the repository's
 * config from `dir` as rev-parse finds the repository, so both run at once: a git process
 * waited for in turn costs its fork and start again (issue 22.9). Outside a repository the
 * listing is the global config alone, and rev-parse's refusal is the answer.
 */
export async function openRepository(dir: string, gitAt: (cwd: string) => Git): Promise<Repository> {
  const configText = listConfig(gitAt(dir));
  configText.catch(() => undefined);
  return (await describeRepository(await locateRepository(dir, gitAt), configText)).repo;
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
