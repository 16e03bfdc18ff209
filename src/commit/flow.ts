/**
 * The second half of one commit, the same for every front end: commit the reviewed message
 * exactly, then push as `git push` would, and say what happened as an outcome that each
 * front end words its own way. prepare.ts is the first half.
 */
import { PluginError } from '../words/errors.js';
import type { LockHolder } from './commit-lock.js';
import { commitChange, readHeadCommit, type Transcript } from './commit.js';
import { removeDraft } from './drafts.js';
import type { Prepared } from './prepare.js';
import { push, type Pushed } from './push.js';
import { ChangedSinceReview, recheck } from './recheck.js';
import { clearUnpushed, recordUnpushed } from './unpushed.js';

export interface CommitHooks {
  /** Stops a wait for another editor's commit, or the push; never a commit halfway. */
  signal: AbortSignal;
  /** Stops a commit that waits on its signer (prepare.ts `signer`): git has written nothing yet. */
  signerSignal?: AbortSignal | undefined;
  /** The environment git runs with: the user's ssh settings there are used as set. */
  env: Readonly<Record<string, string | undefined>>;
  onWait?: ((holder: LockHolder) => void) | undefined;
  onLocked?: (() => void) | undefined;
  /** The commit is made (read back from git, after its hooks); the push is next. */
  onCommitted?: ((made: Made) => Promise<void> | void) | undefined;
  /** Asked after the commit: true skips the push (the user cancelled while git committed). */
  skipPush?: (() => boolean) | undefined;
  /** The change's draft holds words this commit did not use: they stay for the next run. */
  keepDraft?: boolean | undefined;
  /** The front end's terminal is the user's (the terminal command): git, its hooks and signer may prompt there. */
  terminal?: boolean | undefined;
}

export interface Made {
  hash: string;
  fullHash: string;
  subject: string;
}

export type Outcome =
  | { pushed: true; made: Made; to: string; tookAlong: string | undefined }
  | { pushed: false; made: Made; why: 'no-plan' | 'skipped' | 'cancelled' };

/** The commit was not made: git's words are in `cause`; the index is as it was. */
export class CommitRefused extends PluginError {
  override readonly name = 'CommitRefused';
  constructor(
    readonly cancelled: boolean,
    options: { cause: unknown },
  ) {
    super(cancelled ? 'cancelled while waiting for another commit: nothing committed' : 'commit refused', cancelled ? 'info' : 'error', options);
  }
}

/** The commit was made, the push failed: git's words are in `cause`. */
export class PushFailed extends PluginError {
  override readonly name = 'PushFailed';
  constructor(
    readonly made: Made,
    options: { cause: unknown },
  ) {
    super('push failed', 'error', options);
  }
}

/**
 * Commits `message` exactly, then pushes as `git push` would. The draft goes once its
 * commit is made; an unfinished push is recorded so that the next run can say so.
 */
export async function commitAndPush(p: Prepared, message: string, transcript: Transcript, hooks: CommitHooks): Promise<Outcome> {
  let hash: string;
  let subject: string | undefined;
  const files = p.files ?? p.file;
  const started = Date.now();
  try {
    ({ hash, subject } = await commitChange(p.repo, p.scope, committedPaths(p) ?? files, message, transcript, {
      what: p.file ?? p.files?.join(', ') ?? (p.scope === 'all' ? 'all changes' : 'the staged changes'),
      signal: hooks.signal,
      commitSignal: p.signer ? hooks.signerSignal : undefined,
      onWait: hooks.onWait,
      onLocked: hooks.onLocked,
      verify: () => recheck(p.repo, p.scope, p.reviewed),
      exclude: p.scope === 'staged' ? p.exclude : undefined,
      detach: !hooks.terminal,
      // What the review listed is checked again under the lock (verify): nothing new since.
      trackedOnly: p.scope === 'all' && p.diff.every((f) => f.status === 'modified' || f.status === 'deleted'),
    }));
  } catch (err) {
    if (err instanceof ChangedSinceReview) throw err;
    // A signer stopped while git ran its post-commit hook: the commit is made after all.
    const anyway = hooks.signerSignal?.aborted ? await madeSince(p, message, started) : undefined;
    if (!anyway) throw new CommitRefused(hooks.signal.aborted || Boolean(hooks.signerSignal?.aborted), { cause: err });
    ({ hash, subject } = anyway);
  }
  const pushNow = p.plan.kind !== 'none' && !hooks.skipPush?.();
  // The push is spawned first: it is what the user waits for. Its record (so that a quit
  // during it leaves word for the next run), the read-back of what git made (the subject
  // after its hooks) and the editor's side follow while it runs.
  const pushing = pushNow ? push(p.repo, p.plan, transcript, { stallMs: p.options.push_stall_ms, signal: hooks.signal, env: hooks.env, detach: !hooks.terminal }) : undefined;
  const record = p.plan.kind !== 'none' ? recordUnpushed(p.repo, { hash, branch: p.repo.branch }).catch(() => undefined) : undefined;
  // git's summary line names the subject as made; asking git again is for when it could not be read.
  const madeP: Promise<Made> =
    subject !== undefined
      ? Promise.resolve({ hash, fullHash: '', subject })
      : readHeadCommit(p.repo)
          .catch(() => ({ hash, fullHash: '', subject: message.split('\n')[0] ?? '' }))
          .then((m) => ({ ...m, hash: m.hash || hash }));
  const committed = Promise.all([hooks.keepDraft ? undefined : removeDraft(p.draft), madeP.then((m) => hooks.onCommitted?.(m)), record]);
  const settled = async (): Promise<Made> => {
    await committed;
    return madeP;
  };
  if (!pushing) return { pushed: false, made: await settled(), why: p.plan.kind === 'none' ? 'no-plan' : 'skipped' };
  let pushed: Pushed | undefined;
  try {
    pushed = await pushing;
  } catch (err) {
    const made = await settled();
    if (hooks.signal.aborted) return { pushed: false, made, why: 'cancelled' };
    throw new PushFailed(made, { cause: err });
  }
  const made = await settled();
  await clearUnpushed(p.repo).catch(() => undefined);
  const tookAlong = p.owed && !sameCommit(p.owed.hash, made.fullHash || hash) ? p.owed.hash.slice(0, 7) : undefined;
  return { pushed: true, made, to: pushed?.to ?? p.plan.describe, tookAlong };
}

/**
 * `all` commits what the review listed, less what is kept out (secret files without a
 * review): those paths, then, and no others.
 */
function committedPaths(p: Prepared): string[] | undefined {
  if (p.scope !== 'all' || p.exclude.length === 0) return undefined;
  const out = new Set(p.exclude);
  return (p.reviewed.paths ?? []).filter((path) => !out.has(path));
}

/** HEAD, when it is a commit of this message made since `since`. */
async function madeSince(p: Prepared, message: string, since: number): Promise<{ hash: string; subject: string } | undefined> {
  const out = await p.repo.git.run(['log', '-1', '--no-show-signature', '--format=%h%x00%ct%x00%s%x00%B']).then((r) => r.stdout, () => '');
  const [hash = '', time = '', subject = '', body = ''] = out.split('\0');
  if (hash === '' || Number(time) * 1000 < since - 1000 || body.trim() !== message.trim()) return undefined;
  return { hash, subject };
}

/** Two names of a commit, either abbreviated: the same commit when one starts with the other. */
function sameCommit(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

