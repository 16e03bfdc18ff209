/**
 * The first half of one commit, the same for every front end: gather the change, settle
 * the options and where the push goes, and find what an earlier run left for it (a draft,
 * a commit whose push did not finish).
 */
import { promptContext, type PromptContext } from '../change/context.js';
import { parseDiff, type DiffFile } from '../change/diff.js';
import { checkCommittable, gatherChange } from '../change/gather.js';
import { repoPath, type Repository } from '../change/repository.js';
import type { Scope } from '../change/scope.js';
import type { Options } from '../settings/options.js';
import { settingsFor, type RepoOverrides } from '../settings/repo-settings.js';
import { PluginError } from '../words/errors.js';
import { draftPath, draftWasCommitted, readDraft, removeDraft } from './drafts.js';
import type { ReviewInfo } from './message.js';
import { planPush, type PushPlan } from './push-plan.js';
import { owedCommit, type Unpushed } from './unpushed.js';

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

/** How the review's file list marks a file that is not just modified. */
function changeMark(f: DiffFile): string {
  if (f.status === 'renamed' && f.oldPath) return `renamed from ${f.oldPath}`;
  return f.status === 'added' ? 'new' : f.status;
}

/** What the comment lines under a message in review say about it (commentLines); `pushTo` when the push is not the plan's. */
export function reviewInfo(p: Prepared, pushTo: string = pushTarget(p)): ReviewInfo {
  return {
    repoRoot: p.repo.root,
    branch: p.repo.branch,
    pushTo,
    scope: p.scope,
    files: p.diff.map((f) => f.path),
    marks: Object.fromEntries(p.diff.flatMap((f) => (f.status === 'modified' ? [] : [[f.path, changeMark(f)]]))),
    model: p.options.model,
    host: p.options.host,
    omitted: [],
  };
}
