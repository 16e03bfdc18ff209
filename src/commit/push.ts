/**
 * The push step: where `git push` would send the branch (src/change/repo.ts plans it), with
 * no prompt anyone would have to answer, and network stalls that end by themselves.
 */
import { GitError } from '../words/errors.js';
import type { Transcript } from './commit.js';
import { type Repository } from '../change/repository.js';
import { type PushPlan } from './push-plan.js';

export interface Pushed {
  to: string;
}

export interface PushOptions {
  /** A push that makes no progress for this long fails (network stalls only, not hooks). */
  stallMs: number;
  /** Kills the push (`:GitCommitPush cancel`). */
  signal?: AbortSignal | undefined;
  /** The environment git runs with: the user's ssh settings there are used as set. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Pushes HEAD as `plan` says. Throws GitError with git's words when the push fails. */
export async function push(repo: Repository, plan: PushPlan, transcript: Transcript, opts: PushOptions): Promise<Pushed | undefined> {
  if (plan.kind === 'none') return undefined;
  const args =
    plan.kind === 'upstream'
      ? ['push', '--', plan.remote, `HEAD:${plan.ref}`]
      : ['push', '--set-upstream', '--', plan.remote, plan.branch];
  try {
    const out = await repo.git.run(args, { config: pushConfig(repo, opts), signal: opts.signal });
    transcript.push = out.stdout + out.stderr;
  } catch (err) {
    if (err instanceof GitError) transcript.push = err.gitMessage;
    throw err;
  }
  return { to: plan.describe };
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
