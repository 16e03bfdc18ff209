/**
 * `git-commit-push [PATH | --all | --staged]`: the \g flow on a terminal. The core gathers
 * the change, writes the message and commits and pushes it (src/commit/flow.ts, generate.ts);
 * this module only decides what the user sees: the message as it streams, their own editor
 * in place of the review buffer, and one line per outcome on stderr.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { explainCommitFailure } from '../words/git-refusal.js';
import { describeHolder } from '../commit/commit-lock.js';
import type { Transcript } from '../commit/commit.js';
import { draftCommentChar, draftWasCommitted, keptPath, otherKept, readKept, removeDraft, writeDraft } from '../commit/drafts.js';
import { gitWords } from '../words/errors.js';
import { CommitRefused, commitAndPush, PushFailed } from '../commit/flow.js';
import { commentCharFor, commentLines, messageFromLines, type ReviewInfo } from '../commit/message.js';
import { ChangedSinceReview } from '../commit/recheck.js';
import type { CliCommand } from './args.js';
import { ask, fallback } from './ask.js';
import { prepareTarget } from './change.js';
import { editorOf, runEditor } from './editor.js';
import { Interrupts, say, StreamPrinter, streamTarget } from './terminal.js';
import { notPushedBecause } from '../commit/push-plan.js';
import { explainPushFailure, type PushFailure } from '../commit/push-failure.js';
import { promptContext } from '../change/context.js';
import { reviewInfo, withoutSecrets, type Prepared } from '../commit/prepare.js';
import type { Repository } from '../change/repository.js';

type CommitCommand = Extract<CliCommand, { kind: 'commit' }>;

/** `opened`: the repository, when main.ts began opening it before this module loaded. */
export async function runCommit(cmd: CommitCommand, opened?: Promise<Repository>): Promise<number> {
  const interrupts = new Interrupts();
  try {
    return await commit(cmd, interrupts, opened);
  } finally {
    interrupts.dispose();
  }
}

async function commit(cmd: CommitCommand, interrupts: Interrupts, opened?: Promise<Repository>): Promise<number> {
  // Gathering works in a private copy of the index: stopping after it leaves nothing behind.
  interrupts.during(() => undefined);
  const prepared = await prepareTarget(cmd.target, cmd.flags, process.cwd(), opened);
  for (const w of new Set(prepared.warnings)) say(w, 'warn');
  await keptForChange(prepared.p);
  await adoptLeftEdit(prepared.p);
  if (interrupts.interrupted) return stopped();
  let p = prepared.p;
  if (cmd.yes) {
    // Nobody reviews this commit, so nobody sees a secret file called secret: it stays out.
    const kept = withoutSecrets(p, 'run without --yes to review and commit them');
    p = kept.p;
    if (kept.left.length > 0) say(`left out of the commit: ${kept.left.join(', ')} (secret files): run without --yes to review and commit them`, 'warn');
  }

  const info: ReviewInfo = { ...reviewInfo(p), ...(cmd.push ? {} : { pushTo: 'nowhere (--no-push: commit only)' }) };
  // Asked now, so that a missing editor is said before the model is waited for.
  const editor = cmd.yes ? undefined : editorOf(p.repo);
  editor?.catch(() => undefined);

  let message: string;
  let status: string;
  if (p.draftText && !cmd.yes && !cmd.regenerate) {
    // As in Neovim, a draft is committed only after the user has seen it again.
    message = p.draftText;
    status = 'your message from a commit that did not happen (git-commit-push --regenerate writes a new one)';
  } else {
    if (p.draftText && cmd.yes && !cmd.regenerate) say('a message you wrote for a commit that did not happen stays saved for the next run without --yes; this commit gets a new one');
    const abort = new AbortController();
    interrupts.during(() => abort.abort('interrupted'));
    say(`asking ${p.options.model} at ${p.options.host} (${describeScope(p)})...`);
    const asked = await ask(p, await (p.context ?? promptContext(p)), abort.signal, new StreamPrinter(streamTarget()));
    if (!asked.ok && asked.cancelled) return stopped();
    info.omitted = asked.omitted;
    message = asked.ok ? asked.message : fallback(p.diff, asked.reason);
    status = asked.ok ? `written by ${p.options.model} in ${asked.seconds.toFixed(1)} s` : `default message: ${asked.reason}`;
  }

  if (editor) {
    const edited = await review(p, info, message, status, await editor, interrupts);
    if (edited === undefined) return 1;
    message = edited;
  }
  return commitAndReport(p, message, cmd, interrupts);
}

function describeScope(p: Prepared): string {
  if (p.scope === 'file') return p.file ?? p.files?.join(', ') ?? 'one file';
  return p.scope === 'all' ? 'all changes' : 'the staged changes';
}

function stopped(): number {
  say('interrupted: nothing committed');
  return 1;
}

/**
 * The message kept for exactly this change (drafts.ts keptPath) in place of the per-file
 * draft the review buffer keeps: a terminal editor shows no diff, so words kept for one
 * change must not be offered for another. Those kept for another change are named, not lost.
 */
async function keptForChange(p: Prepared): Promise<void> {
  const key = { scope: p.scope, file: p.file ?? p.files?.join('\n') };
  p.draft = keptPath(p.repo, key, p.diff);
  const kept = await readKept(p.repo, p.draft);
  p.draftText = kept && !(await draftWasCommitted(p.repo, kept)) ? kept.message : '';
  if (kept && p.draftText === '') await removeDraft(p.draft);
  const others = await otherKept(p.repo, key, p.draft);
  if (others.length === 0) return;
  const of = p.scope === 'file' ? describeScope(p) : p.scope === 'all' ? 'the working tree' : 'the staged files';
  say(`${others.length === 1 ? 'a message' : 'messages'} kept for an earlier change of ${of} ${others.length === 1 ? 'is' : 'are'} not offered for this one: ${others.join(', ')}`);
}

/**
 * The file the editor opens: named COMMIT_EDITMSG, as git names its own, so that editors
 * take it for a commit message (Vim and Neovim set filetype gitcommit, with its spelling
 * and textwidth; Emacs and VS Code do the like). One folder per run, beside the kept
 * message, so that two runs at once never read each other's open message.
 */
export function editFileOf(draft: string, pid: number = process.pid): string {
  return join(dirname(draft), `${basename(draft, '.txt')}-${pid}`, 'COMMIT_EDITMSG');
}

/**
 * What a run that did not live to the end (the terminal closed while the editor was open)
 * left in its editor file becomes the kept message, offered like any other; a run still
 * alive keeps its own.
 */
async function adoptLeftEdit(p: Prepared): Promise<void> {
  const prefix = `${basename(p.draft, '.txt')}-`;
  const names = await readdir(dirname(p.draft)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid <= 0 || running(pid)) continue;
    const file = editFileOf(p.draft, pid);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const left = text === undefined ? '' : messageFromLines(text.split('\n'), draftCommentChar(text, p.repo));
    if (left !== '') {
      await writeDraft(p.draft, left);
      p.draftText = left;
    }
    await rm(dirname(file), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * The message in the user's editor, with the review buffer's comment lines under it. It is
 * this change's draft too: if the terminal goes away while the editor is open, the next
 * run for the same change offers what was typed.
 */
async function review(p: Prepared, info: ReviewInfo, message: string, status: string, editor: string, interrupts: Interrupts): Promise<string | undefined> {
  const c = commentCharFor(p.repo.config, message);
  const file = editFileOf(p.draft);
  const shown = [...message.split('\n'), ...editorComments(info, status, c)].join('\n');
  // Only this run's own file: the kept message keeps its words until a commit uses new ones.
  await writeDraft(file, shown);
  interrupts.during('ignore');
  const exit = await runEditor(editor, file, p.repo.root);
  interrupts.during(() => undefined);
  if (interrupts.stoppedBy) {
    // The terminal went away (or the run was killed) with the editor open: what was saved
    // there stays in the editor file, which the next run for this change offers.
    say(`stopped (${interrupts.stoppedBy}) with the editor open: nothing committed; what was saved is offered by the next run`, 'warn');
    return undefined;
  }
  const text = exit.ok ? await readFile(file, 'utf8').catch(() => '') : '';
  await rm(dirname(file), { recursive: true, force: true });
  const edited = messageFromLines(text.split('\n'), c);
  if (exit.ok && edited !== '') await writeDraft(p.draft, edited);
  if (!exit.ok || edited === '') {
    // A kept message goes only with its own commit (or --regenerate's): an abort leaves it.
    const stays = p.draftText !== '' ? '; the kept message stays for the next run' : '';
    say(`${exit.ok ? 'Aborting commit due to empty commit message: nothing committed' : `${exit.why}: nothing committed`}${stays}`, 'warn');
    return undefined;
  }
  return edited;
}

/** The review buffer's comment lines, told how a terminal editor commits and aborts. */
function editorComments(info: ReviewInfo, status: string, c: string): string[] {
  return commentLines(info, status, c).map((line) =>
    line.startsWith(`${c} Write (:w)`) ? `${c} Save and quit to commit. Quit with an error (:cq in Vim) to abort.` : line,
  );
}

async function commitAndReport(p: Prepared, message: string, cmd: CommitCommand, interrupts: Interrupts): Promise<number> {
  const transcript: Transcript = {};
  const abort = new AbortController();
  let phase: 'committing' | 'waiting' | 'pushing' = 'committing';
  let skipPush = !cmd.push;
  let interruptedCommit = false;
  interrupts.during(() => {
    if (phase !== 'committing') return abort.abort('interrupted');
    interruptedCommit = true;
    skipPush = true;
    // A terminal's Ctrl-C reaches git and its hooks too, which may stop; a signal sent to
    // this process alone does not, and git finishes. Either way git decides, never halfway.
    say('interrupted: the commit under way ends as git decides, and nothing is pushed');
  });
  try {
    const outcome = await commitAndPush(p, message, transcript, {
      signal: abort.signal,
      env: process.env,
      terminal: true,
      // --yes never commits a draft unseen, and never throws one away unasked (--regenerate).
      keepDraft: Boolean(p.draftText) && cmd.yes && !cmd.regenerate,
      onWait: (holder) => {
        phase = 'waiting';
        say(`waiting for ${describeHolder(holder)} to finish (Ctrl-C stops waiting)`);
      },
      onLocked: () => {
        phase = 'committing';
      },
      onCommitted: () => {
        phase = 'pushing';
      },
      skipPush: () => skipPush,
    });
    const { made } = outcome;
    const committed = `committed ${made.hash} "${made.subject}"`;
    if (outcome.pushed) {
      const along = outcome.tookAlong ? ` (with ${outcome.tookAlong}, not pushed before)` : '';
      say(`${committed} and pushed to ${outcome.to}${along}`);
      return 0;
    }
    switch (outcome.why) {
      case 'no-plan':
        say(`${committed} (${notPushedBecause(p.plan)})`);
        return 0;
      case 'skipped':
        if (!interruptedCommit) {
          say(`${committed} (--no-push: git push sends it)`);
          return 0;
        }
        say(`${committed}, not pushed (interrupted): git push sends it`);
        return 1;
      case 'cancelled':
        say(`push interrupted: ${made.hash} "${made.subject}" is committed, not pushed; git push sends it`);
        return 1;
    }
  } catch (err) {
    if (err instanceof ChangedSinceReview) {
      await writeDraft(p.draft, message).catch(() => undefined);
      say(`${err.message}; your message is kept: ${err.remedy === 'git' ? 'finish that with git, then' : 'look at the change again, then'} run git-commit-push again, which offers it`, 'warn');
      return 1;
    }
    if (err instanceof CommitRefused) {
      // The user's words outlive the refusal, as in the review buffer: offered again next time.
      await writeDraft(p.draft, message).catch(() => undefined);
      if (interruptedCommit) say('interrupted: git stopped too, nothing committed; your message is kept for the next run', 'warn');
      else if (err.cancelled) say('stopped waiting for the other commit: nothing committed, your message is kept for the next run', 'info');
      else say(`commit refused, nothing committed: ${explainCommitFailure(gitWords(err.cause))}\nYour message is kept: the next git-commit-push for this change offers it again.`, 'error');
      return 1;
    }
    if (err instanceof PushFailed) {
      const failure = explainPushFailure(gitWords(err.cause));
      say(`committed ${err.made.hash}, but the push to ${p.plan.describe} failed: ${failure.reason}: ${terminalAdvice(failure)}`, 'error');
      return 1;
    }
    throw err;
  }
}

/**
 * The plugin's advice after a failed push (push-failure.ts), for a terminal: `git push` where
 * Neovim says `:GitCommitPush push`, and git's own lines where Neovim points at its output window.
 */
function terminalAdvice(f: PushFailure): string {
  const next = f.next.replace(/:GitCommitPush push/g, 'git push').replace('push_stall_ms', 'git config git-commit-push.pushStallMs');
  if (!next.includes(':GitCommitPush output')) return next;
  return ['git push once that is fixed; git said:', ...f.gitLines.map((l) => `  ${l}`)].join('\n');
}
