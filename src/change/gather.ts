/**
 * Computes the change a scope would commit, without writing to the user's index: a tracked file's change is `git diff HEAD`, the
 * `staged` scope reads the index as it is, and anything else is diffed in a
 * private copy of the index, so aborting leaves the index byte for byte as it was.
 */
import { copyFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { GitError, PluginError } from '../words/errors.js';
import { explainCommitFailure } from '../words/git-refusal.js';
import { operationInProgress } from './repo.js';
import { repoPath, type Repository } from './repository.js';
import type { Scope } from './scope.js';

/**
 * Refuses, with git's reason, what git itself would refuse or regret: commits in the
 * middle of a merge or rebase, and `git add -A` over unresolved conflicts. The `file`
 * scope checks its own file for conflicts in gatherChange: git commits one file while
 * another is unresolved, and so does this plugin.
 */
export async function checkCommittable(repo: Repository, scope: Scope): Promise<void> {
  const entries = new Set(await readdir(repo.gitDir));
  const op = operationInProgress(entries);
  if (op) throw new PluginError(`${op} in ${repo.root}: finish it with git first (committing now would be part of it)`);
  if (scope === 'file') return;
  const unmerged = (await repo.git.run(['ls-files', '--unmerged', '-z'])).stdout;
  if (unmerged !== '') {
    throw new PluginError(
      `${repo.root} has unresolved conflicts: fix them and mark them resolved with git add (git: "Committing is not possible because you have unmerged files.")`,
    );
  }
}

export interface Change {
  diff: string;
  /** Repository-relative path of the file, for the `file` scope of one file. */
  file?: string;
  /** Repository-relative paths, for the `file` scope of several files (the terminal command's). */
  files?: string[];
}

const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '-M', '--no-textconv'];
const DIFF_ARGS = ['diff', '--cached', ...DIFF_OPTIONS];

/** The change `scope` would commit, as `git diff --cached` would show it once staged. */
export async function gatherChange(repo: Repository, scope: Scope, filePath?: string | readonly string[]): Promise<Change> {
  if (scope === 'staged') return { diff: (await repo.git.run(DIFF_ARGS)).stdout };
  if (scope === 'file' && typeof filePath !== 'string' && filePath !== undefined && filePath.length > 1) return gatherFiles(repo, filePath);
  const one = typeof filePath === 'string' ? filePath : filePath?.[0];
  if (scope === 'file') return gatherFile(repo, repoPath(repo, one), one);
  return { diff: await diffInPrivateIndex(repo, [], one) };
}

/**
 * Several files at once, new or tracked alike: diffed in the private index, which `git commit
 * --only` then commits from the work tree. Refused, like one file, while one is in conflict.
 */
async function gatherFiles(repo: Repository, filePaths: readonly string[]): Promise<Change> {
  const files = [...new Set(filePaths.map((p) => repoPath(repo, p)))];
  const diff = await diffInPrivateIndex(repo, pathspecs(files), files.join(', '));
  if (CONFLICT_MARKER.test(diff)) {
    for (const file of files) {
      if (await isUnmerged(repo, file)) {
        throw new PluginError(`${file} has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)`);
      }
    }
  }
  return files.length === 1 ? { diff, file: files[0] } : { diff, files };
}

/**
 * One file: when git tracks it and HEAD exists, `git diff HEAD -- file` is exactly what
 * `git commit --only -- file` commits, and costs one git process and no index copy.
 * Anything else (a new file, an untracked one, the first commit of a branch) is diffed
 * in the private index.
 */
async function gatherFile(repo: Repository, file: string, filePath: string | undefined): Promise<Change> {
  const headDiff = await repo.git.run(['diff', 'HEAD', ...DIFF_OPTIONS, ...filePathspec(file)]).then(
    (r) => r.stdout,
    () => '', // no HEAD yet: an unborn branch
  );
  // Empty: unchanged, or not tracked. "Deleted" while the file is on disk: untracked with git rm --cached.
  const tracked = headDiff !== '' && !(/^deleted file mode /m.test(headDiff) && filePath !== undefined && existsSync(filePath));
  if (!tracked) return { diff: await diffInPrivateIndex(repo, filePathspec(file), filePath), file };
  // Conflict markers are the sign of an unresolved conflict; only then is the index asked.
  // Without markers the user has resolved it, and committing the file marks it resolved, as
  // `git commit -- file` does.
  if (CONFLICT_MARKER.test(headDiff) && (await isUnmerged(repo, file))) {
    throw new PluginError(`${file} has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)`);
  }
  return { diff: headDiff, file };
}

/** An added line that is git's `<<<<<<< ` or `>>>>>>> ` conflict marker. */
const CONFLICT_MARKER = /^\+(?:<{7}|>{7})(?: |$)/m;

async function isUnmerged(repo: Repository, file: string): Promise<boolean> {
  // "<mode> <hash> <stage>\t<path>\0": stages 1 to 3 are the sides of a conflict.
  const entries = (await repo.git.run(['ls-files', '--stage', '-z', ...filePathspec(file)])).stdout;
  return entries.split('\0').some((rec) => /^\d+ [0-9a-f]+ [123]\t/.test(rec));
}

async function diffInPrivateIndex(repo: Repository, pathspec: string[], filePath: string | undefined): Promise<string> {
  return withPrivateIndex(repo, async (indexFile) => {
    await addAll(repo, pathspec, indexFile, filePath);
    return (await repo.git.run([...DIFF_ARGS, ...pathspec], { indexFile })).stdout;
  });
}

/**
 * The one file, by its name: without `:(literal)` git reads "notes [draft].md" as a
 * pattern that also matches "notes d.md".
 */
function filePathspec(file: string): string[] {
  return pathspecs([file]);
}

/** Several files, each by its name (see filePathspec). */
export function pathspecs(files: readonly string[]): string[] {
  return ['--', ...files.map((f) => `:(literal)${f}`)];
}

/** `git add -A`, with ignored files reported as such rather than as a git failure. */
export async function addAll(repo: Repository, pathspec: string[], indexFile?: string, filePath?: string): Promise<string> {
  try {
    // --verbose: the transcript names what was staged, and a command that prints spares a
    // fixed 50 ms that simple-git waits after any git command that prints nothing.
    const opts = indexFile ? { indexFile } : {};
    const { present, gone } = await splitGone(repo, pathspec, opts);
    // A path gone from the work tree is committed as git commit -- PATH commits it: its
    // deletion (a staged git rm or git mv needs nothing more). git add would call it unknown.
    let out = '';
    if (gone.length > 0) out += (await repo.git.run(['rm', '-r', '-q', '--cached', '--ignore-unmatch', '--', ...gone], opts)).stdout;
    if (present.length === 0 && gone.length > 0) return out;
    const r = await repo.git.run(['add', '-A', '--verbose', ...(gone.length > 0 ? ['--', ...present] : pathspec)], opts);
    return out + r.stdout + r.stderr;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    const named = filePath ?? pathspec.filter((a) => a !== '--').map((a) => a.replace(/^:\(literal\)/, '')).join(' ');
    if (/ignored by one of your \.gitignore files/.test(err.gitMessage)) {
      const source = await ignoreSource(repo, pathspec);
      throw new PluginError(`${named} is ignored by ${source}: git will not commit it (git add -f would force it)`, 'error', { cause: err });
    }
    // Nobody ran `git add`: say what git could not do with the user's file, in plain words.
    const plain = explainCommitFailure(err.gitMessage);
    const first = plain.split('\n')[0] ?? '';
    throw new GitError(first.startsWith('error: ') || first.startsWith('fatal: ') ? `git could not stage ${named}: ${first.replace(/^(?:error|fatal): /, '')}` : first, plain, { cause: err });
  }
}

/**
 * The pathspec's paths still in the work tree, and those gone from it that git knows (in the
 * index or HEAD). A path neither on disk nor known to git is refused by its own name.
 */
async function splitGone(repo: Repository, pathspec: readonly string[], opts: { indexFile?: string }): Promise<{ present: string[]; gone: string[] }> {
  const present: string[] = [];
  const gone: string[] = [];
  for (const arg of pathspec) {
    if (arg === '--') continue;
    const path = arg.replace(/^:\(literal\)/, '');
    (existsSync(join(repo.root, path)) ? present : gone).push(arg);
  }
  if (gone.length === 0) return { present, gone };
  const known = await repo.git.run(['ls-files', '-z', '--with-tree=HEAD', '--', ...gone], opts).then(
    (r) => r.stdout,
    // No HEAD yet: the index alone.
    async () => (await repo.git.run(['ls-files', '-z', '--', ...gone], opts)).stdout,
  );
  const names = known.split('\0').filter((n) => n !== '');
  for (const arg of gone) {
    const path = arg.replace(/^:\(literal\)/, '');
    if (!names.some((n) => n === path || n.startsWith(`${path}/`))) {
      throw new PluginError(`${path}: no such file, and git does not track it: nothing to commit there`, 'error');
    }
  }
  return { present, gone };
}

/**
 * Which rule ignores the path, as `git check-ignore -v` names it: git's own message says
 * ".gitignore files" whatever the source, and a rule in .git/info/exclude or in the
 * global excludes file is not found where that sends the user.
 */
async function ignoreSource(repo: Repository, pathspec: string[]): Promise<string> {
  // check-ignore takes paths, not pathspecs: the literal path without its magic.
  const paths = pathspec.filter((a) => a !== '--').map((a) => a.replace(/^:\(literal\)/, ''));
  const out = await repo.git.run(['check-ignore', '-v', '--no-index', '--', ...paths]).then(
    (r) => r.stdout,
    () => '',
  );
  const m = /^(.*?):(\d+):(.*)\t/m.exec(out);
  if (!m) return 'a .gitignore file';
  const [, source = '', line = '', pattern = ''] = m;
  const where = `line ${line}: ${pattern}`;
  if (/(^|\/)info\/exclude$/.test(source)) return `.git/info/exclude (${where})`;
  if (isAbsolute(source) && relative(repo.root, source).startsWith('..')) return `your global excludes file ${source} (core.excludesFile, ${where})`;
  return `${isAbsolute(source) ? relative(repo.root, source) : source} (${where})`;
}

let privateIndexCounter = 0;

/** Runs `fn` with a copy of the user's index, removed afterwards whatever happens. */
async function withPrivateIndex<T>(repo: Repository, fn: (indexFile: string) => Promise<T>): Promise<T> {
  const indexFile = join(repo.gitDir, `git-commit-push-index.${process.pid}.${++privateIndexCounter}`);
  try {
    // The copy keeps git's stat cache, so `git add` only rehashes what changed.
    await copyIndex(repo.indexPath, indexFile).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err; // a repository where nothing was ever added has no index
    });
    return await fn(indexFile);
  } finally {
    await rm(indexFile, { force: true });
    await rm(indexFile + '.lock', { force: true });
  }
}

/**
 * Copies an index with its modification time. git trusts an entry's cached stat data
 * unless the file is not older than the index itself (a "racily clean" entry, git's
 * Documentation/technical/racy-git.txt); a copy with a fresh time would hide an edit of
 * the same size made in the same second as the last index write, from `git add` and
 * `git diff` alike. The time is read before the copy: a newer index copied under an
 * older time only makes git look closer, and so does the microsecond taken off, which
 * keeps utimes' rounding from ever making the copy newer than the original.
 */
export async function copyIndex(from: string, to: string, mode?: number): Promise<void> {
  const { atimeMs, mtimeMs } = await stat(from);
  await copyFile(from, to, mode);
  await utimes(to, atimeMs / 1000, (mtimeMs - 0.001) / 1000);
}
