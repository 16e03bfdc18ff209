/**
 * A commit this plugin made whose push did not finish: Neovim quit or the node host
 * died during it, it was cancelled, or it failed. Recorded before the push starts and
 * removed when it succeeds, so that the next run can say so (`git push` takes the
 * commit along with the next one) and `:GitCommitPush push` knows what is owed.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stateDir, writeFileAtomic } from './state-dir.js';
import { type Repository } from '../change/repository.js';
import { type PushPlan } from './push-plan.js';

export interface Unpushed {
  /** The commit's hash, as git printed it (abbreviated). */
  hash: string;
  branch: string | null;
}

function recordPath(repo: Pick<Repository, 'gitDir'>): string {
  return join(stateDir(repo), 'unpushed.json');
}

export function recordUnpushed(repo: Repository, u: Unpushed): Promise<void> {
  return writeFileAtomic(recordPath(repo), JSON.stringify(u));
}

export function clearUnpushed(repo: Repository): Promise<void> {
  return rm(recordPath(repo), { force: true });
}

async function readUnpushed(repo: Repository): Promise<Unpushed | undefined> {
  try {
    const u = JSON.parse(await readFile(recordPath(repo), 'utf8')) as Partial<Unpushed>;
    if (typeof u.hash !== 'string') return undefined;
    return { hash: u.hash, branch: typeof u.branch === 'string' ? u.branch : null };
  } catch {
    return undefined;
  }
}

/**
 * The recorded commit, when the next push of `branch` would carry it and the remote
 * does not have it yet; a record made stale by a `git push` from a terminal, a reset
 * or another branch is dropped.
 */
export async function owedCommit(repo: Repository, plan: PushPlan): Promise<Unpushed | undefined> {
  const u = await readUnpushed(repo);
  if (!u) return undefined;
  if (u.branch !== repo.branch || plan.kind === 'none') return u.branch === repo.branch ? u : undefined;
  const dst = plan.kind === 'git' ? plan.ref : `refs/heads/${plan.branch}`;
  // A push to another kind of ref (a review ref) leaves no remote-tracking branch to look at.
  if (dst === undefined || !dst.startsWith('refs/heads/')) return u;
  const tracking = `refs/remotes/${plan.remote}/${dst.slice('refs/heads/'.length)}`;
  // `merge-base` prints the base (`--is-ancestor` prints nothing, and simple-git waits 50 ms
  // after a silent command): the commit is contained in `of` when it is the base.
  const isAncestor = (of: string) =>
    repo.git.run(['merge-base', u.hash, of]).then(
      (r) => r.stdout.trim().startsWith(u.hash),
      () => false,
    );
  const [onHead, onRemote] = await Promise.all([isAncestor('HEAD'), isAncestor(tracking)]);
  if (onHead && !onRemote) return u;
  await clearUnpushed(repo);
  return undefined;
}
