/**
 * The first half of one commit, the same for every front end: gather the change, settle
 * the options and where the push goes, and find what an earlier run left for it (a draft,
 * a commit whose push did not finish).
 */
import { generatedByAttributes, promptContext, recentSubjects, type PromptContext, type Subjects } from '../change/context.js';
import { parseDiff, type DiffFile } from '../change/diff.js';
import type { GitConfig } from '../change/repo.js';
import { secretFiles } from '../prompt/secrets/files.js';
import { checkCommittable, gatherChange } from '../change/gather.js';
import { repoPath, type Repository } from '../change/repository.js';
import type { Scope } from '../change/scope.js';
import type { Options } from '../settings/options.js';
import { settingsFor, type RepoOverrides } from '../settings/repo-settings.js';
import { PluginError } from '../words/errors.js';
import { draftPath, draftWasCommitted, readDraft, removeDraft } from './drafts.js';
import type { ReviewInfo } from './message.js';
import { planPush, type PushPlan } from './push-plan.js';
import { readHead, reviewedPaths, type Reviewed } from './recheck.js';
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
  /** The repository as the review shows it: checked again at :w (recheck.ts). */
  reviewed: Reviewed;
  /** Paths this commit leaves out (secret files, when nobody reviews the commit). */
  exclude: string[];
  /** The program that signs the commit (commit.gpgsign), which may ask for a passphrase. */
  signer: string | undefined;
  /** core.commentChar as set (`auto`, or the character), `#` by default. */
  commentChar: string;
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
  // A message wanted at once (no review buffer to open first): the recent subjects (the
  // file's own, or the branch's) and the file's attributes are asked for alongside the diff,
  // not after it. For several files the attributes wait for the diff, the subjects do not.
  let context: Promise<PromptContext> | undefined;
  let subjects: Promise<Subjects> | undefined;
  if (opts.contextNow && scope === 'file' && typeof path === 'string') {
    const file = repoPath(repo, path);
    context = promptContext({ repo, file, diff: [{ path: file }] });
  } else if (opts.contextNow && scope !== 'file') {
    subjects = recentSubjects(repo);
  }
  // Both at once; git's refusal (a merge, a rebase, conflicts) is the answer that matters.
  const [check, gathered, head] = await Promise.allSettled([checkCommittable(repo, scope), gatherChange(repo, scope, path), readHead(repo)]);
  if (check.status === 'rejected') throw check.reason;
  if (gathered.status === 'rejected') throw gathered.reason;
  if (head.status === 'rejected') throw head.reason;
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
  const diff = parseDiff(change.diff);
  if (subjects) {
    const generated = generatedByAttributes(
      repo,
      diff.map((f) => f.path),
    );
    context = Promise.all([subjects, generated]).then(([s, g]) => ({ subjects: s, generated: g }));
  }
  return {
    repo,
    scope,
    file: change.file,
    files: change.files,
    diff,
    options,
    system,
    plan,
    owed,
    draft: draftPath(repo, key),
    draftText,
    warnings,
    context,
    reviewed: { head: head.value, paths: reviewedPaths(scope, diff) },
    exclude: [],
    signer: signerOf(repo.config),
    commentChar: repo.config.get('core.commentstring') ?? repo.config.get('core.commentchar') ?? '#',
  };
}

/** commit.gpgsign's signer, as git would run it: gpg, or ssh-keygen, x509's gpgsm, or the user's program. */
function signerOf(config: GitConfig): string | undefined {
  if (!/^(?:true|yes|on|1)$/i.test(config.get('commit.gpgsign') ?? '')) return undefined;
  const format = config.get('gpg.format') ?? 'openpgp';
  return config.get(`gpg.${format}.program`) ?? (format === 'openpgp' ? config.get('gpg.program') : undefined) ?? (format === 'ssh' ? 'ssh-keygen' : format === 'x509' ? 'gpgsm' : 'gpg');
}

/**
 * Without a review nobody has seen a secret file called secret: it stays out of the commit.
 * The change less those files, and their names; a file-scope change of secret files only is
 * refused with how to commit it on purpose.
 */
export function withoutSecrets(p: Prepared, howToCommitThem: string): { p: Prepared; left: string[] } {
  const secret = secretFiles(p.diff);
  if (secret.size === 0) return { p, left: [] };
  const left = [...secret].flatMap((f) => (f.oldPath !== undefined && f.status === 'renamed' ? [f.path, f.oldPath] : [f.path]));
  const diff = p.diff.filter((f) => !secret.has(f));
  if (diff.length === 0) {
    throw new PluginError(`nothing committed: ${left.join(', ')} ${left.length === 1 ? 'is a secret file' : 'are secret files'}, committed only after a review (${howToCommitThem})`, 'warn');
  }
  if (p.scope === 'file') {
    // Several files named for one commit: the named ones less the secret ones.
    const keep = (p.files ?? []).filter((f) => !left.includes(f));
    return { p: { ...p, diff, files: keep, file: keep.length === 1 ? keep[0] : undefined, exclude: left }, left };
  }
  return { p: { ...p, diff, exclude: left }, left };
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

/**
 * What the comment lines under a message in review say about it (commentLines): secret files
 * first and called so, since they are committed; new, deleted and renamed files marked; with
 * `listedBefore` (the paths an earlier listing showed), the ones that appeared since.
 */
export function reviewInfo(p: Prepared, listedBefore?: readonly string[]): ReviewInfo {
  const secret = secretFiles(p.diff);
  const before = listedBefore ? new Set(listedBefore) : undefined;
  const sorted = [...p.diff].sort((a, b) => Number(secret.has(b)) - Number(secret.has(a)));
  const marks: Record<string, string> = {};
  for (const f of sorted) {
    const notes = [
      secret.has(f) ? 'SECRET: committed with the rest, its contents never sent to the model' : '',
      f.status === 'modified' ? '' : changeMark(f),
      before && !before.has(f.path) ? 'appeared since the review opened' : '',
    ].filter(Boolean);
    if (notes.length > 0) marks[f.path] = notes.join('; ');
  }
  return {
    repoRoot: p.repo.root,
    branch: p.repo.branch,
    pushTo: pushTarget(p),
    scope: p.scope,
    files: sorted.map((f) => f.path),
    marks,
    model: p.options.model,
    host: p.options.host,
    omitted: [],
  };
}
