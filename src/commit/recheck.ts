/**
 * What the review showed is what gets committed. Between `\g` and `:w` the repository can
 * change under the review: a `git switch` in a shell, a merge started, a file that appears
 * or gets staged. At `:w`, with the commit lock held and before anything is written, the
 * repository is looked at again (a file read and a folder listing; for `all` and `staged`
 * one `git status` too), and the commit is refused with the reason when it is not what the
 * review showed.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiffFile } from '../change/diff.js';
import { branchFromHead, operationInProgress } from '../change/repo.js';
import type { Repository } from '../change/repository.js';
import type { Scope } from '../change/scope.js';
import { PluginError } from '../words/errors.js';

/** The repository as the review showed it. */
export interface Reviewed {
  /** .git/HEAD as it read: "ref: refs/heads/main", or a commit (detached). */
  head: string;
  /** `all` and `staged`: every path the review listed (a rename's two names), sorted. */
  paths: string[] | undefined;
}

/** The commit was refused because the repository is not what the review showed; nothing was written. */
export class ChangedSinceReview extends PluginError {
  override readonly name = 'ChangedSinceReview';
  constructor(
    message: string,
    /** `relist`: showing the review again with what is there now lets the user decide; `git`: finish git's operation first. */
    readonly remedy: 'relist' | 'git',
  ) {
    super(message, 'warn');
  }
}

export async function readHead(repo: Pick<Repository, 'gitDir' | 'git'>): Promise<string> {
  const head = (await readFile(join(repo.gitDir, 'HEAD'), 'utf8')).trim();
  // A reftable repository (git 2.45+) keeps HEAD in its tables; the file only says ".invalid".
  if (!head.endsWith('/.invalid')) return head;
  const ref = await repo.git.run(['symbolic-ref', '-q', 'HEAD']).then((r) => r.stdout.trim(), () => '');
  if (ref !== '') return `ref: ${ref}`;
  return (await repo.git.run(['rev-parse', 'HEAD'])).stdout.trim();
}

export function reviewedPaths(scope: Scope, diff: readonly DiffFile[]): string[] | undefined {
  if (scope === 'file') return undefined;
  const set = new Set<string>();
  for (const f of diff) {
    set.add(f.path);
    if (f.oldPath !== undefined) set.add(f.oldPath);
  }
  return [...set].sort();
}

/**
 * Refuses when the branch (or the detached commit), the repository's state or, for `all`
 * and `staged`, the set of files or their conflicts differ from what the review showed.
 * The file scope's own file was checked for conflict markers when it was gathered, and git
 * commits one file while others are unresolved: it costs no git process here.
 */
export async function recheck(repo: Repository, scope: Scope, reviewed: Reviewed): Promise<void> {
  const none: Status = { changed: [], staged: [], unmerged: [] };
  const [head, entries, status] = await Promise.all([
    readHead(repo),
    readdir(repo.gitDir).then((e) => new Set(e)),
    scope === 'file'
      ? none
      : repo.git
          .run(['status', '--porcelain=v1', '-z', '--no-renames', '--ignore-submodules=dirty', scope === 'staged' ? '--untracked-files=no' : '--untracked-files=all'])
          .then((r) => parseStatus(r.stdout)),
  ]);
  const op = operationInProgress(entries);
  if (op) throw new ChangedSinceReview(`${op} since the review: nothing committed; finish it with git (or abort it), then :w again`, 'git');
  if (status.unmerged.length > 0) {
    throw new ChangedSinceReview(`unresolved conflicts since the review (${listed(status.unmerged)}): nothing committed; resolve them with git, then :w again`, 'git');
  }
  if (head !== reviewed.head) throw new ChangedSinceReview(`the branch is ${headWords(head)} now, not ${headWords(reviewed.head)} as reviewed: nothing committed`, 'relist');
  if (reviewed.paths === undefined) return;
  const now = scope === 'staged' ? status.staged : status.changed;
  const before = new Set(reviewed.paths);
  const after = new Set(now);
  const added = now.filter((p) => !before.has(p));
  const gone = reviewed.paths.filter((p) => !after.has(p));
  if (added.length === 0 && gone.length === 0) return;
  const parts = [
    added.length > 0 ? `${listed(added)} ${added.length === 1 ? 'is' : 'are'} ${scope === 'staged' ? 'staged' : 'changed'} since the review` : '',
    gone.length > 0 ? `${listed(gone)} no longer ${scope === 'staged' ? 'staged' : 'changed'}` : '',
  ].filter(Boolean);
  throw new ChangedSinceReview(`${parts.join('; ')}: nothing committed`, 'relist');
}

function headWords(head: string): string {
  return branchFromHead(head) ?? `a detached HEAD (${head.slice(0, 7)})`;
}

function listed(paths: readonly string[]): string {
  return paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 2).join(', ')} and ${paths.length - 2} more`;
}

interface Status {
  /** Paths with any change, staged or not, untracked included. */
  changed: string[];
  /** Paths whose index entry differs from HEAD. */
  staged: string[];
  unmerged: string[];
}

const UNMERGED = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

/** `git status --porcelain=v1 -z --no-renames`: "XY path\0" records. */
export function parseStatus(z: string): Status {
  const out: Status = { changed: [], staged: [], unmerged: [] };
  for (const rec of z.split('\0')) {
    if (rec.length < 4) continue;
    const xy = rec.slice(0, 2);
    const path = rec.slice(3);
    if (xy === '!!') continue;
    if (UNMERGED.has(xy)) out.unmerged.push(path);
    out.changed.push(path);
    if (xy[0] !== ' ' && xy[0] !== '?') out.staged.push(path);
  }
  return out;
}
