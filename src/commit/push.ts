/**
 * The push step: `git push` as the user's configuration makes it (src/commit/push-plan.ts
 * says when git must be told where), with no prompt anyone would have to answer, network
 * stalls that end by themselves, and git's own account of where the commits went.
 */
import type { Repository } from '../change/repository.js';
import { GitError } from '../words/errors.js';
import { acquireCommitLock } from './commit-lock.js';
import type { Transcript } from './commit.js';
import { refName, type PushPlan } from './push-plan.js';

export interface Pushed {
  /** Where git pushed, as the user reads it: "origin/main (url)", "origin:refs/for/main (url)". */
  to: string;
  /** git had nothing to send: the remote already has every commit. */
  upToDate: boolean;
}

export interface PushOptions {
  /** A push that makes no progress for this long fails (network stalls only, not hooks). */
  stallMs: number;
  /** Kills the push (`:GitCommitPush cancel`). */
  signal?: AbortSignal | undefined;
  /** The environment git runs with: the user's ssh settings there are used as set. */
  env: Readonly<Record<string, string | undefined>>;
  /** No terminal for git, ssh and the credential helper (see RunOptions.detach). */
  detach?: boolean | undefined;
}

/** Pushes HEAD as `plan` says. Throws GitError with git's words when the push fails. */
export async function push(repo: Repository, plan: PushPlan, transcript: Transcript, opts: PushOptions): Promise<Pushed | undefined> {
  if (plan.kind === 'none') return undefined;
  const args = plan.kind === 'git' ? ['push'] : ['push', '--set-upstream', '--', plan.remote, plan.branch];
  // One push at a time per repository: two pushes of one branch at once (two editors, each
  // right after its own commit) race for the remote's ref, and the second fails.
  const release = await acquireCommitLock(repo, { kind: 'push', what: repo.branch ?? 'HEAD', waitMs: PUSH_LOCK_WAIT_MS, signal: opts.signal });
  let out: string;
  try {
    const r = await repo.git.run(args, { config: pushConfig(repo, opts), signal: opts.signal, detach: opts.detach ?? true });
    out = r.stdout + r.stderr;
    transcript.push = out;
  } catch (err) {
    if (err instanceof GitError) transcript.push = err.gitMessage;
    throw err;
  } finally {
    await release();
  }
  return pushedTo(out, plan);
}

/** Another push of this repository is waited for this long: it ends by itself (push_stall_ms) or by its hooks. */
const PUSH_LOCK_WAIT_MS = 10 * 60_000;

/**
 * git's own report (LC_MESSAGES=C): "To <url>", then a line per ref, "   1a2b3c4..5d6e7f8  main -> main",
 * " * [new reference]   HEAD -> refs/for/main", " = [up to date] ..." (with -v), or only
 * "Everything up-to-date". The destination named is the one git used; the remote's name is
 * the plan's, since the report names only the URL.
 */
export function pushedTo(report: string, plan: Exclude<PushPlan, { kind: 'none' }>): Pushed {
  let url = '';
  let dst: string | undefined;
  for (const line of report.split('\n')) {
    if (line.startsWith('To ')) url = line.slice(3).trim() === '.' ? 'this repository' : line.slice(3).trim();
    const m = url !== '' && dst === undefined ? /^ [ +*=!-] .*? -> (\S+)/.exec(line) : null;
    if (m?.[1] !== undefined && !line.startsWith(' = ')) dst = m[1];
  }
  if (dst === undefined) return { to: plan.describe, upToDate: true };
  const ref = dst.startsWith('refs/') ? dst : `refs/heads/${dst}`;
  return { to: `${refName(plan.remote, ref)}${url ? ` (${url})` : ''}`, upToDate: false };
}

/**
 * `-c` settings for the push.
 * - ssh asks for a passphrase or a host key on the terminal, which is Neovim's: the push
 *   would hang where no one can answer. BatchMode makes it fail with its reason instead
 *   (keys from ssh-agent still work). ConnectTimeout also bounds the wait for the server's
 *   banner; ServerAlive* ends a connection whose server is gone. All only when the user
 *   set no ssh command of their own (GIT_SSH_COMMAND, core.sshCommand, GIT_SSH), which
 *   git would otherwise rank below this one.
 * - http(s): curl gives up after lowSpeedTime seconds under 1 byte/s. A pre-push hook runs
 *   between requests, when no transfer is timed, so hooks may take as long as they take.
 */
export function pushConfig(repo: Repository, opts: Pick<PushOptions, 'stallMs' | 'env'>): string[] {
  const secs = Math.max(1, Math.ceil(opts.stallMs / 1000));
  const out: string[] = [];
  const userSsh = Boolean(opts.env.GIT_SSH_COMMAND || opts.env.GIT_SSH) || repo.config.has('core.sshcommand');
  if (!userSsh) {
    const alive = Math.max(1, Math.ceil(secs / 3));
    out.push(`core.sshCommand=ssh -o BatchMode=yes -o ConnectTimeout=${secs} -o ServerAliveInterval=${alive} -o ServerAliveCountMax=3`);
  }
  if (!repo.config.has('http.lowspeedlimit') && !opts.env.GIT_HTTP_LOW_SPEED_LIMIT) {
    out.push('http.lowSpeedLimit=1', `http.lowSpeedTime=${secs}`);
  }
  return out;
}
