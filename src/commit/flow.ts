/**
 * The steps of one commit that do not depend on where the user reviews the message:
 * gather the change, and commit and push a message. The Neovim controller and the
 * terminal command both run them; each only says what happens in its own way.
 */
import type { LockHolder } from './commit-lock.js';
import { commitChange, readHeadCommit, type Transcript } from './commit.js';
import { parseDiff, type DiffFile } from '../change/diff.js';
import { draftPath, draftWasCommitted, readDraft, removeDraft } from './drafts.js';
import { PluginError } from '../words/errors.js';
import { checkCommittable, gatherChange, generatedByAttributes, recentSubjects, repoPath, type Repository, type Subjects } from '../change/gather.js';
import type { ReviewInfo } from './message.js';
import { applyRepoOverrides, plainHttpWarning, type Options } from '../settings/options.js';
import { systemPrompt } from '../prompt/presets.js';
import { push } from './push.js';
import { planPush, repoOverrides, type GitConfig, type PushPlan, type RepoOverrides } from '../change/repo.js';
import type { Scope } from '../change/scope.js';
import { clearUnpushed, owedCommit, recordUnpushed, type Unpushed } from './unpushed.js';

/** A change ready for a message: what it is, where it goes, and what was kept from before. */
export interface Prepared {
  repo: Repository;
  scope: Scope;
  /** Repository-relative path, for the file scope of one file. */
  file: string | undefined;
  /** Repository-relative paths, for the file scope of several files (the terminal command's). */
  files?: string[] | undefined;
  diff: DiffFile[];
  /** The options with the repository's git config over them. */
  options: Options;
  /** The system message: the preset's or the user's instructions, and the rules. */
  system: string;
  plan: PushPlan;
  /** A commit of an earlier run whose push did not finish: this push takes it along. */
  owed: Unpushed | undefined;
  /** Where this change's draft is kept. */
  draft: string;
  /** The draft's words, when a run before this one left some for this change. */
  draftText: string;
  /** Said once to the user: a preset git config names wrongly, plain http to another machine. */
  warnings: string[];
  /** What the prompt needs from git, when it was asked for while the change was gathered. */
  context?: Promise<PromptContext> | undefined;
}

export interface PromptContext {
  subjects: Subjects;
  generated: Set<string>;
}

/** What a message is written with: the options in force, the system message, and what to tell the user once. */
export interface Settings {
  options: Options;
  system: string;
  warnings: string[];
}

/**
 * The options with git config's `git-commit-push.*` keys over `base`, and `over` (a
 * command's flags) over those; the system message they give. For a change in a
 * repository, and for a diff that comes from elsewhere (`git-commit-push message`).
 */
export function settingsFor(config: GitConfig, base: Options, over: RepoOverrides = {}): Settings {
  const fromConfig = applyRepoOverrides(base, repoOverrides(config));
  const { options, warnings } = applyRepoOverrides(fromConfig.options, over);
  warnings.unshift(...fromConfig.warnings);
  const plain = plainHttpWarning(options.host);
  if (plain) warnings.push(plain);
  return { options, system: systemPrompt(options.preset, options.prompt || undefined, options.language), warnings };
}

/**
 * Gathers the change `scope` would commit, or refuses with the reason: a merge in
 * progress, conflicts, nothing to commit. `path` is the file (file scope) or the folder
 * the user is in; `over` outranks the repository's git config (the terminal command's flags).
 */
export async function prepareChange(
  repo: Repository,
  scope: Scope,
  path: string | readonly string[],
  base: Options,
  over: RepoOverrides = {},
  opts: { contextNow?: boolean } = {},
): Promise<Prepared> {
  // A message wanted at once (no review buffer to open first): the file's recent subjects and
  // attributes are asked for alongside its diff, not after it.
  let context: Promise<PromptContext> | undefined;
  if (opts.contextNow && scope === 'file' && typeof path === 'string') {
    const file = repoPath(repo, path);
    context = promptContext({ repo, file, diff: [{ path: file }] });
  }
  // Both at once; git's refusal (a merge, a rebase, conflicts) is the answer that matters.
  const [check, gathered] = await Promise.allSettled([checkCommittable(repo, scope), gatherChange(repo, scope, path)]);
  if (check.status === 'rejected') throw check.reason;
  if (gathered.status === 'rejected') throw gathered.reason;
  const change = gathered.value;
  if (change.diff === '') {
    const named = change.file ?? change.files?.join(', ') ?? (typeof path === 'string' ? path : path.join(', '));
    const what = scope === 'file' ? `${named} has no changes` : scope === 'staged' ? 'nothing is staged' : 'the working tree is clean';
    throw new PluginError(`nothing to commit: ${what}`, 'info');
  }
  const { options, system, warnings } = settingsFor(repo.config, base, over);
  const plan = planPush(repo.branch, repo.config);
  // Several files share one draft, keyed by all their names.
  const key = { scope, file: change.file ?? change.files?.join('\n') };
  const [draftText, owed] = await Promise.all([offeredDraft(repo, key), owedCommit(repo, plan)]);
  return {
    repo,
    scope,
    file: change.file,
    files: change.files,
    diff: parseDiff(change.diff),
    options,
    system,
    plan,
    owed,
    draft: draftPath(repo, key),
    draftText,
    warnings,
    context,
  };
}

/** The draft kept for exactly this change, unless its commit was made after all. */
async function offeredDraft(repo: Repository, key: { scope: Scope; file: string | undefined }): Promise<string> {
  const draft = await readDraft(repo, key);
  if (!draft) return '';
  if (await draftWasCommitted(repo, draft)) {
    await removeDraft(draftPath(repo, key));
    return '';
  }
  return draft.message;
}

/** Where the push goes, as the user reads it; with the unpushed commit it takes along. */
export function pushTarget(p: Prepared): string {
  return p.owed ? `${p.plan.describe}, with ${p.owed.hash.slice(0, 7)} that was not pushed` : p.plan.describe;
}

/** What the comment lines under a message in review say about it (commentLines); `pushTo` when the push is not the plan's. */
export function reviewInfo(p: Prepared, pushTo: string = pushTarget(p)): ReviewInfo {
  return {
    repoRoot: p.repo.root,
    branch: p.repo.branch,
    pushTo,
    scope: p.scope,
    files: p.diff.map((f) => f.path),
    model: p.options.model,
    host: p.options.host,
    omitted: [],
  };
}

/** What the prompt needs from git beyond the diff: recent subjects and generated files. */
export async function promptContext(p: { repo: Repository; file: string | undefined; diff: readonly { path: string }[] }): Promise<PromptContext> {
  const [subjects, generated] = await Promise.all([
    recentSubjects(p.repo, p.file),
    generatedByAttributes(
      p.repo,
      p.diff.map((f) => f.path),
    ),
  ]);
  return { subjects, generated };
}

export interface CommitHooks {
  /** Stops a wait for another editor's commit, or the push; never a commit halfway. */
  signal: AbortSignal;
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
  try {
    ({ hash, subject } = await commitChange(p.repo, p.scope, p.files ?? p.file, message, transcript, {
      what: p.file ?? p.files?.join(', ') ?? (p.scope === 'all' ? 'all changes' : 'the staged changes'),
      signal: hooks.signal,
      onWait: hooks.onWait,
      onLocked: hooks.onLocked,
    }));
  } catch (err) {
    throw new CommitRefused(hooks.signal.aborted, { cause: err });
  }
  const pushNow = p.plan.kind !== 'none' && !hooks.skipPush?.();
  // The push is spawned first: it is what the user waits for. Its record (so that a quit
  // during it leaves word for the next run), the read-back of what git made (the subject
  // after its hooks) and the editor's side follow while it runs.
  const pushing = pushNow ? push(p.repo, p.plan, transcript, { stallMs: p.options.push_stall_ms, signal: hooks.signal, env: hooks.env }) : undefined;
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
  try {
    await pushing;
  } catch (err) {
    const made = await settled();
    if (hooks.signal.aborted) return { pushed: false, made, why: 'cancelled' };
    throw new PushFailed(made, { cause: err });
  }
  const made = await settled();
  await clearUnpushed(p.repo).catch(() => undefined);
  const tookAlong = p.owed && !sameCommit(p.owed.hash, made.fullHash || hash) ? p.owed.hash.slice(0, 7) : undefined;
  return { pushed: true, made, to: p.plan.describe, tookAlong };
}

/** Two names of a commit, either abbreviated: the same commit when one starts with the other. */
function sameCommit(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/** Why a commit was not pushed, in a few words and what to do. */
export function notPushedBecause(plan: PushPlan): string {
  if (plan.kind !== 'none') return 'not pushed';
  switch (plan.why) {
    case 'detached':
      return 'detached HEAD, so not pushed';
    case 'no-remote':
      return 'no remote, so not pushed';
    case 'no-upstream':
      return 'no upstream and several remotes, so not pushed: set one with git push -u <remote>';
    case 'upstream-name':
      return 'its upstream has another name, and git push would refuse too, so not pushed: push it with git push <remote> HEAD:<branch>, or set push.default=upstream';
  }
}
