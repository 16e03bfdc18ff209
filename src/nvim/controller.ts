/**
 * What `:GitCommitPush` and the review buffer's events do. One session per
 * repository: the change, its review buffer, its draft, the generation in flight,
 * and the commit and push. A session's phase (session.ts) says what runs now; every
 * handler ends in `report`, so that no failure is swallowed by the node host and none
 * reaches the commit message.
 */
import { dirname } from 'node:path';
import { promptContext } from '../change/context.js';
import { RepositoryCache } from '../change/repo-cache.js';
import { existingDir, type Repository } from '../change/repository.js';
import type { Git } from '../change/runner.js';
import type { Scope } from '../change/scope.js';
import { explainCommitFailure } from '../words/git-refusal.js';
import { describeHolder } from '../commit/commit-lock.js';
import type { Transcript } from '../commit/commit.js';
import { removeDraft, writeDraft } from '../commit/drafts.js';
import { CommitRefused, commitAndPush, PushFailed } from '../commit/flow.js';
import { commentCharFor, commentLines, fallbackMessage, messageFromLines } from '../commit/message.js';
import { prepareChange, reviewInfo, withoutSecrets } from '../commit/prepare.js';
import { ChangedSinceReview } from '../commit/recheck.js';
import { explainPushFailure } from '../commit/push-failure.js';
import { notPushedBecause, planPush } from '../commit/push-plan.js';
import { push } from '../commit/push.js';
import { clearUnpushed } from '../commit/unpushed.js';
import { cleanMessage } from '../model/clean.js';
import { generate, generationInput } from '../model/generate.js';
import { messageLimits } from '../model/message-rules.js';
import { hostProblem, resolveOptions, type Options } from '../settings/options.js';
import { forLog, hideUrlCredentials } from '../words/credentials.js';
import { PluginError, gitWords, type Level } from '../words/errors.js';
import { cut, drop, fromText, notice, type Notice } from '../words/notice.js';
import {
  busyNotice,
  changedNotice,
  committedNotice,
  destination,
  fallbackNotice,
  pushedNotice,
  pushFailedNotice,
  refusedNotice,
  secretsLeftOutNotice,
  stillPushingNotice,
  type DefaultUsed,
} from '../words/notices.js';
import { parseArgs } from './command.js';
import { writePayload, type Editor, type EditorContext, type Progress } from './editor.js';
import { phaseProgress, transcriptLines } from './output.js';
import { notAFile } from './place.js';
import { transition, type Committing, type Phase, type Session, type SessionEvent } from './session.js';

/** How often a streaming answer may update the review buffer. */
const UPDATE_EVERY_MS = 16;

export class Controller {
  private readonly sessions = new Map<string, Session>();
  /** Repositories whose change is being gathered: claimed before the first await, so a second \g sees it. */
  private readonly starting = new Set<string>();
  private readonly byBuf = new Map<number, Session>();
  /** `:GitCommitPush push` runs outside any session; a \g meanwhile waits its turn. */
  private readonly pushing = new Map<string, { since: number; abort: AbortController; to: string }>();
  private readonly warned = new Set<string>();
  /** A session whose message is the default one, and why: the commit's notice and events say so. */
  private readonly defaults = new WeakMap<Session, DefaultUsed & { message: string }>();
  private readonly repos: RepositoryCache;

  constructor(
    private readonly editor: Editor,
    gitAt: (cwd: string) => Git,
    private readonly env: Readonly<Record<string, string | undefined>> = process.env,
  ) {
    this.repos = new RepositoryCache(gitAt);
  }

  /** `ctx`: the editor's context when it came with the call; asked for otherwise. */
  command(args: string[], ctx?: EditorContext): Promise<void> {
    return this.report(() => this.run(args, ctx));
  }

  /** Events from the review buffer's autocmds and mappings (lua/git-commit-push/review.lua). */
  event(name: string, buf: number, payload: unknown): Promise<void> {
    return this.report(async () => {
      const s = this.byBuf.get(buf);
      if (name === 'write') {
        const { lines, edited } = writePayload(payload);
        if (!s) throw new PluginError('this review buffer lost its session (the node host restarted?): run :GitCommitPush again; your message is saved and will be offered');
        return this.write(s, lines, edited);
      }
      if (!s) return;
      if (name === 'close') return this.closed(s, buf);
      if (name === 'regenerate') return this.regenerate(s);
    });
  }

  private async report(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (err instanceof PluginError) return this.say(err.message, err.level);
      // Not expected: the stack goes to the host log ($NVIM_NODE_LOG_FILE), never to stdout.
      console.error(forLog(err));
      const msg = err instanceof Error ? err.message : String(err);
      await this.say(`unexpected failure: ${msg.split('\n')[0]} (details in $NVIM_NODE_LOG_FILE)`, 'error');
    }
  }

  /** A message for the user; a string's first line is the news, the rest details (src/words/notice.ts). */
  private async say(message: string | Notice, level: Level): Promise<void> {
    try {
      // notice() hides URL credentials in every line it makes.
      await this.editor.notify(typeof message === 'string' ? fromText(message) : message, level);
    } catch (err) {
      console.error(`git-commit-push: could not notify: ${forLog(err)}`);
    }
  }

  /** User events; their data shows no credentials of URLs, as nothing the plugin shows does. */
  private emit(name: 'GitCommitPushDone' | 'GitCommitPushFailed', data: Record<string, string | number | boolean>): Promise<void> {
    const shown: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(data)) shown[k] = typeof v === 'string' ? hideUrlCredentials(v) : v;
    return this.editor.event(name, shown);
  }

  /**
   * A session moves only here, as session.ts allows: the new phase, 'ended', or undefined
   * when the event cannot happen now. What users see of it follows.
   */
  private step(s: Session, event: SessionEvent): Phase | 'ended' | undefined {
    const to = transition(s.phase, event);
    if (to === undefined) return undefined;
    if (to === 'ended') this.end(s);
    else {
      s.phase = to;
      this.publishProgress();
    }
    return to;
  }

  private lastProgress = '';

  /**
   * What runs now, to the status window and g:git_commit_push_status: sent when the list
   * changes, not every second (the Lua side counts the seconds).
   */
  private publishProgress(): void {
    const items: Progress[] = [];
    const now = Date.now();
    for (const s of this.sessions.values()) {
      const p = s.phase;
      if (p.name === 'reviewing') continue;
      const item = phaseProgress(s, p);
      items.push({ ...item, elapsedMs: now - p.since });
    }
    for (const lone of this.pushing.values()) items.push({ text: `pushing to ${hideUrlCredentials(destination(lone.to).name)}`, short: 'pushing', elapsedMs: now - lone.since });
    const key = JSON.stringify(items.map((i) => [i.text, i.short]));
    if (key === this.lastProgress) return;
    this.lastProgress = key;
    void this.editor.progress(items).catch(logged);
  }

  private warnOnce(message: string): Promise<void> {
    if (this.warned.has(message)) return Promise.resolve();
    this.warned.add(message);
    return this.say(message, 'warn');
  }

  private async run(args: string[], given?: EditorContext): Promise<void> {
    const ctx = given ?? (await this.editor.context());
    const inv = parseArgs(args);
    if ('error' in inv) throw new PluginError(inv.error);
    if (inv.action === 'output') return this.editor.showOutput();
    const inReview = this.byBuf.get(ctx.buf);
    if (inv.action === 'cancel') {
      const root = inReview?.p.repo.root ?? (await this.repoOf(ctx)).root;
      const lone = this.pushing.get(root);
      if (!inReview && lone) {
        lone.abort.abort('cancel');
        return;
      }
      return this.cancel(inReview ?? this.sessions.get(root));
    }
    if (inv.action === 'push') return this.pushOnly(inReview?.p.repo ?? (await this.repoOf(ctx)), resolveOptions(ctx.options).options);
    if (inReview) {
      if (args.length === 0) return this.regenerate(inReview);
      throw new PluginError('this is a review buffer: :GitCommitPush alone regenerates the message, :w commits it, :q! aborts', 'info');
    }

    // setup() reported the options' problems when it was called (lua/git-commit-push/init.lua
    // checks them with the same schema); they are not said again at every first \g.
    const { options } = resolveOptions(ctx.options, { OLLAMA_HOST: ctx.ollamaHostEnv });
    // A host the ollama CLI would not take is refused before the diff is sent anywhere.
    const hostGiven = configuredHost(ctx.options, ctx.ollamaHostEnv);
    const wrongHost = hostGiven && hostProblem(hostGiven.value);
    if (hostGiven && wrongHost) throw new PluginError(`${hostGiven.from} ${hostGiven.value}: ${wrongHost}: nothing was sent`);

    if (inv.scope === 'file') {
      const refusal = notAFile(ctx);
      if (refusal) throw new PluginError(refusal);
      if (ctx.nameUnreadable) {
        throw new PluginError(`the name of this file is not valid UTF-8 (${ctx.name}): nothing was done; commit it with :GitCommitPush all, or with git`);
      }
    }
    const isFile = ctx.buftype === '' && ctx.name !== '' && ctx.dir === null;
    if (isFile && ctx.writeError) throw new PluginError(`could not write ${ctx.name}: ${ctx.writeError}`);
    const repo = await this.repoOf(ctx);
    const path = isFile ? ctx.name : (ctx.dir ?? ctx.cwd);

    const running = this.sessions.get(repo.root);
    if (running) return this.busy(running);
    if (this.starting.has(repo.root)) return this.say(busyNotice('preparing a commit', 'a moment', 'wait for it', ` in ${repo.root}`), 'info');
    const lone = this.pushing.get(repo.root);
    if (lone) return this.say(stillPushingNotice(lone.to, secondsSince(lone.since), ':GitCommitPush cancel stops it'), 'info');
    this.starting.add(repo.root);
    try {
      await this.start(repo, inv.scope, inv.review ?? options.review, options, path);
    } finally {
      this.starting.delete(repo.root);
    }
  }

  /**
   * The repository is the file's, not the working directory's; a directory listing's is
   * the listed folder's; `all` and `staged` elsewhere fall back to the working directory's.
   */
  private repoOf(ctx: { buftype: string; name: string; cwd: string; nameUnreadable: boolean; dir: string | null }): Promise<Repository> {
    if (ctx.dir !== null) return this.repos.open(existingDir(ctx.dir));
    const isFile = ctx.buftype === '' && ctx.name !== '' && !ctx.nameUnreadable;
    return this.repos.open(isFile ? existingDir(dirname(ctx.name)) : ctx.cwd);
  }

  private async busy(s: Session): Promise<void> {
    const p = s.phase;
    if (p.name === 'reviewing' || (p.name === 'generating' && s.buf !== undefined)) {
      if (s.buf !== undefined) await this.editor.focus(s.buf);
      return this.say(notice(['a commit', drop(` for ${s.p.repo.root}`, 1), ' is already in review: :w commits it, :q! aborts it']), 'info');
    }
    const secs = secondsSince;
    const root = s.p.repo.root;
    switch (p.name) {
      case 'generating':
        return this.say(busyNotice('generating a message', secs(p.since), ':GitCommitPush cancel stops it', ` in ${root}`), 'info');
      case 'waiting':
        return this.say(busyNotice(`waiting for ${p.holder} to finish`, secs(p.since), ':GitCommitPush cancel stops waiting', ` in ${root}`), 'info');
      case 'committing':
        if (p.stop) return this.say(busyNotice(`committing (${s.p.signer ?? 'the signer'} may wait for a passphrase)`, secs(p.since), ':GitCommitPush cancel stops it', ` in ${root}`), 'info');
        return this.say(busyNotice('committing', secs(p.since), 'a commit is never stopped halfway; :GitCommitPush cancel skips the push after it', ` in ${root}`), 'info');
      case 'pushing':
        return this.say(stillPushingNotice(s.p.plan.describe, secs(p.since), ':GitCommitPush cancel stops the push, the commit stays'), 'info');
    }
  }

  /** `:GitCommitPush cancel`: stops what can be stopped at once; a commit in progress never is. */
  private async cancel(s: Session | undefined): Promise<void> {
    if (!s) return this.say('nothing to cancel here', 'info');
    const p = s.phase;
    switch (p.name) {
      case 'reviewing':
        return this.say('nothing runs: the message is in review (:w commits it, :q! aborts)', 'info');
      case 'generating':
        p.abort.abort('cancel');
        if (s.buf === undefined) return; // review = false: the flow ends itself and says so
        return this.say('generation stopped: edit the message, :w commits it', 'info');
      case 'waiting':
        p.abort.abort('cancel');
        return; // the commit step reports it
      case 'committing':
        if (p.stop) {
          // Waiting on the signer: git has written nothing yet.
          p.stop.abort('cancel');
          return;
        }
        p.cancelPush = true;
        return this.say('the commit is being made and is never stopped halfway; it will not be pushed (:GitCommitPush push sends it later)', 'info');
      case 'pushing':
        p.abort.abort('cancel');
        return; // the push step reports it
    }
  }

  /** `:GitCommitPush push`: sends the branch where \g would, for commits whose push did not happen. */
  private async pushOnly(repo: Repository, options: Options): Promise<void> {
    const running = this.sessions.get(repo.root);
    if (running) return this.busy(running);
    if (this.pushing.has(repo.root) || this.starting.has(repo.root)) return this.say(`already busy in ${repo.root}`, 'info');
    const plan = planPush(repo.branch, repo.config);
    if (plan.kind === 'none') return this.say(`nothing pushed: ${notPushedBecause(plan)}`, 'info');
    const abort = new AbortController();
    this.pushing.set(repo.root, { since: Date.now(), abort, to: plan.describe });
    this.publishProgress();
    const transcript: Transcript = {};
    try {
      const pushed = await push(repo, plan, transcript, { stallMs: options.push_stall_ms, signal: abort.signal, env: this.env });
      await clearUnpushed(repo);
      await this.editor.setOutput(transcriptLines(transcript)).catch(logged);
      const to = pushed?.to ?? plan.describe;
      return await this.say(pushed?.upToDate ? `nothing to push: ${to} is up to date` : `pushed to ${to}`, 'info');
    } catch (err) {
      await this.editor.setOutput(transcriptLines(transcript)).catch(logged);
      if (abort.signal.aborted) return await this.say('push cancelled: nothing was pushed', 'info');
      console.error(`git-commit-push: push failed: ${forLog(err)}`);
      return await this.say(pushFailedNotice(explainPushFailure(gitWords(err)), plan.describe), 'error');
    } finally {
      this.pushing.delete(repo.root);
      this.publishProgress();
    }
  }

  private async start(repo: Repository, scope: Scope, review: boolean, base: Options, path: string): Promise<void> {
    const p = await prepareChange(repo, scope, path, base, {}, { contextNow: !review });
    for (const w of p.warnings) await this.warnOnce(w);
    const s: Session = {
      p,
      path,
      comment: commentCharFor(repo.config, p.draftText),
      context: undefined,
      sent: undefined,
      info: reviewInfo(p),
      phase: { name: 'reviewing' },
      author: 'user',
      refused: false,
      buf: undefined,
    };
    this.sessions.set(repo.root, s);
    try {
      await this.begin(s, review, p.draftText);
    } catch (err) {
      // With no review buffer open, nothing would ever end this session: the repository
      // would stay "busy" until Neovim restarts.
      if (s.buf === undefined) this.step(s, { type: 'done' });
      throw err;
    }
  }

  private async begin(s: Session, review: boolean, draft: string): Promise<void> {
    if (!review && !draft) {
      // Nobody reviews this commit, so nobody sees a secret file called secret: it stays out.
      const { p, left } = withoutSecrets(s.p, ':GitCommitPush review shows them; :w commits them');
      if (left.length > 0) {
        s.p = p;
        s.info = reviewInfo(p);
        await this.say(secretsLeftOutNotice(left, ':GitCommitPush review commits them after you have seen them'), 'warn');
      }
      const message = await this.generateQuietly(s);
      if (message === undefined) {
        this.step(s, { type: 'done' });
        return this.say('cancelled: nothing committed', 'info');
      }
      return this.commitAndPush(s, message);
    }
    // A draft is only ever committed after the user has seen it again: it was written for
    // an earlier run, and the commit it was meant for may not be this one.
    // A draft outlives its review when Neovim or the node host quit before :w, or when git
    // refused the commit: in every case it was written and not committed.
    if (!review) await this.say('a message you wrote earlier for this change was never committed: it opens for review instead of being committed unseen', 'info');
    const status = draft ? 'your message from an earlier review, not committed yet (gr: generate a new one)' : `asking ${s.p.options.model}...`;
    await this.openReview(s, draft ? draft.split('\n') : [''], status);
    if (!draft) await this.generateInto(s);
  }

  private async openReview(s: Session, message: string[], status: string): Promise<void> {
    const opened = await this.editor.openReview({
      name: `git-commit-push://${s.p.repo.root}`,
      lines: [...message, ...commentLines(s.info, status, s.comment)],
      messageLines: message.length,
      saved: s.p.draft,
      comment: s.comment,
    });
    s.buf = opened.buf;
    this.byBuf.set(opened.buf, s);
  }

  private async generationInput(s: Session, signal: AbortSignal) {
    s.context ??= s.p.context ?? promptContext(s.p);
    return {
      ...generationInput(s.p, await s.context, signal),
      onPrompt: (prompt: { system: string; user: string }, notes: string[]) => {
        s.sent = { system: prompt.system, user: prompt.user, notes };
      },
    };
  }

  /** For `review = false`: the whole answer, the default message with a warning, or undefined when cancelled. */
  private async generateQuietly(s: Session): Promise<string | undefined> {
    const abort = new AbortController();
    this.step(s, { type: 'ask', abort });
    const result = await generate(await this.generationInput(s, abort.signal));
    if (result.ok) return result.message;
    if (result.cancelled) return undefined;
    // Said by the commit's own notice: a warning here would be replaced by it within a moment.
    const fallback = fallbackMessage(s.p.diff.map((f) => f.path));
    this.defaults.set(s, { reason: result.reason, host: s.p.options.host, message: fallback });
    return fallback;
  }

  /** Streams the answer into the review buffer, as it grows, until done, cancelled or the user types. */
  private async generateInto(s: Session): Promise<void> {
    const buf = s.buf;
    if (buf === undefined) return;
    const abort = new AbortController();
    this.step(s, { type: 'ask', abort });
    this.defaults.delete(s);
    const phase = s.phase;
    s.author = 'model';
    let userTyped = false;
    let latest: string | undefined;
    let writing: Promise<void> | undefined;
    let lastWrite = 0;
    const drain = async () => {
      while (latest !== undefined && !abort.signal.aborted) {
        // At most one buffer update per frame: a flood of tokens must not flood Neovim's RPC queue.
        const wait = lastWrite + UPDATE_EVERY_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastWrite = Date.now();
        const text = latest;
        latest = undefined;
        const r = await this.editor.setMessage(buf, text.split('\n')).catch((err: unknown) => {
          console.error(forLog(err));
          return 'gone' as const;
        });
        if (r === 'edited') userTyped = true;
        if (r !== 'ok') abort.abort(r);
      }
      writing = undefined;
    };
    const input = await this.generationInput(s, abort.signal);
    const result = await generate({
      ...input,
      onPrompt: (p, notes) => {
        input.onPrompt(p, notes);
        if (p.omitted.length === 0) return;
        s.info = { ...s.info, omitted: p.omitted };
        void this.editor.setComments(buf, commentLines(s.info, `asking ${s.p.options.model}...`, s.comment)).catch(() => undefined);
      },
      onText: (preview) => {
        latest = preview;
        writing ??= drain();
      },
    });
    await writing;
    if (s.phase !== phase) return; // a newer generation, a write or a close took over
    this.step(s, { type: 'answered' });
    if (userTyped) {
      s.author = 'user';
      await this.editor.setStatus(buf, 'stopped: you edited the message');
      return;
    }
    if (result.ok) {
      const status = `written by ${s.p.options.model} in ${result.seconds.toFixed(1)} s`;
      const r = await this.editor.setMessage(buf, result.message.split('\n'), status);
      if (r === 'edited') {
        s.author = 'user';
        await this.editor.setStatus(buf, 'stopped: you edited the message');
        return;
      }
      // core.commentChar=auto: git picks a character that starts no line of the message.
      const comment = commentCharFor(s.p.repo.config, result.message);
      if (comment !== s.comment) {
        s.comment = comment;
        await this.editor.setComments(buf, commentLines(s.info, status, comment), comment);
      }
      return;
    }
    if (result.cancelled) {
      await this.editor.setStatus(buf, 'generation cancelled: edit the message, :w commits it');
      return;
    }
    await this.putFallback(s, buf, result.reason);
  }

  /** The default message in place of an unusable answer, said once as a warning. */
  private async putFallback(s: Session, buf: number, reason: string): Promise<void> {
    const fallback = fallbackMessage(s.p.diff.map((f) => f.path));
    const r = await this.editor.setMessage(buf, [fallback], `default message: ${reason}`, true);
    s.author = r === 'ok' ? 'fallback' : 'user';
    if (r === 'ok') this.defaults.set(s, { reason, host: s.p.options.host, message: fallback });
    await this.say(fallbackNotice(reason, fallback, s.p.options.host), 'warn');
  }

  private async regenerate(s: Session): Promise<void> {
    if (s.buf === undefined || (s.phase.name !== 'reviewing' && s.phase.name !== 'generating')) return;
    this.step(s, { type: 'stop' });
    await removeDraft(s.p.draft);
    const r = await this.editor.setMessage(s.buf, [''], `asking ${s.p.options.model}...`, true);
    if (r === 'gone') return;
    await this.generateInto(s);
  }

  private async write(s: Session, lines: string[], edited: boolean): Promise<void> {
    // Synchronously, before any await: a :wq's close event arrives right behind this one.
    if (!this.step(s, { type: 'write' })) return this.say('already committing this message', 'info');
    let message = messageFromLines(lines, s.comment);
    if (message === '') {
      this.step(s, { type: 'done' });
      await removeDraft(s.p.draft);
      if (s.buf !== undefined) await this.editor.close(s.buf);
      return this.say('Aborting commit due to empty commit message: nothing committed', 'warn');
    }
    if (!edited && s.author === 'model') {
      // Written while (or right after) the model streamed, untouched by the user: it has not
      // been through the final check that an answer gets, and may be an error text.
      const cleaned = cleanMessage(message, { ...messageLimits(s.p.options.preset), commentChar: s.p.commentChar });
      if (!cleaned.ok) {
        this.step(s, { type: 'back' });
        if (s.buf !== undefined) {
          await this.putFallback(s, s.buf, cleaned.reason);
          await this.editor.markUnsaved(s.buf);
        }
        return;
      }
      message = cleaned.message;
    }
    return this.commitAndPush(s, message);
  }

  private closed(s: Session, buf: number): Promise<void> {
    this.byBuf.delete(buf);
    s.buf = undefined;
    // :wq closes right after writing: from `committing` on, the commit goes on without its buffer.
    if (this.step(s, { type: 'close' }) !== 'ended') return Promise.resolve();
    if (s.refused) return this.say('commit aborted: your message is saved, and the next :GitCommitPush here offers it again', 'info');
    return removeDraft(s.p.draft).then(() => this.say('commit aborted: nothing committed', 'info'));
  }

  /** The effect of a session's end: the repository is free for the next \g. */
  private end(s: Session): void {
    if (this.sessions.get(s.p.repo.root) === s) this.sessions.delete(s.p.repo.root);
    if (s.buf !== undefined) this.byBuf.delete(s.buf);
    this.publishProgress();
  }

  private async commitAndPush(s: Session, message: string): Promise<void> {
    const transcript: Transcript = {};
    const showTranscript = () => this.editor.setOutput(transcriptLines(transcript, s)).catch(logged);
    const abort = new AbortController();
    // Written (:w) or generated without review: either way the commit begins now.
    if (s.phase.name !== 'committing') this.step(s, { type: 'write' });
    const committing = s.phase as Committing;
    // A commit that waits on its signer can be stopped: git has written nothing before it.
    const signer = s.p.signer ? new AbortController() : undefined;
    committing.stop = signer;
    const root = s.p.repo.root;
    let hash = '';
    // The default message, committed as it was given (an edited one is the user's own).
    const used = this.defaults.get(s);
    const fallback = used && messageFromLines(message.split('\n')) === used.message ? { reason: used.reason, host: used.host } : undefined;
    const defaultData: Record<string, string | boolean> = fallback ? { default_message: true, reason: fallback.reason } : { default_message: false };
    try {
      const outcome = await commitAndPush(s.p, message, transcript, {
        signal: abort.signal,
        signerSignal: signer?.signal,
        env: this.env,
        onWait: (holder) => {
          this.step(s, { type: 'wait', abort, holder: describeHolder(holder) });
          if (s.buf !== undefined) void this.editor.setStatus(s.buf, `waiting for ${describeHolder(holder)} to finish`, true).catch(logged);
        },
        onLocked: () => {
          const waited = this.step(s, { type: 'locked' }) !== undefined;
          if (s.buf === undefined || (!waited && !s.p.signer)) return;
          const status = s.p.signer
            ? `committing: ${s.p.signer} signs it and may ask for a passphrase in a window of its own (:GitCommitPush cancel stops it)`
            : 'committing... (the message is locked until git answers)';
          void this.editor.setStatus(s.buf, status, true).catch(logged);
        },
        onCommitted: async (made) => {
          // The commit is made: nothing on the editor's side may keep it from being pushed.
          hash = made.hash;
          if (s.buf !== undefined) {
            const buf = s.buf;
            this.byBuf.delete(buf);
            s.buf = undefined;
            await this.editor.close(buf).catch(logged);
          }
          await this.emit('GitCommitPushDone', { stage: 'commit', root, hash: made.hash, subject: made.subject, pushed: false, ...defaultData }).catch(logged);
          this.step(s, { type: 'committed', abort });
        },
        skipPush: () => committing.cancelPush,
      });
      await showTranscript();
      const { made } = outcome;
      // Idle before the notice: the status window is gone when the news arrives.
      this.step(s, { type: 'done' });
      if (outcome.pushed) {
        await this.emit('GitCommitPushDone', { stage: 'push', root, hash: made.hash, subject: made.subject, pushed: true, to: outcome.to, ...defaultData });
        return await this.say(pushedNotice(made, outcome.to, outcome.tookAlong, fallback), fallback ? 'warn' : 'info');
      }
      switch (outcome.why) {
        case 'no-plan':
          return await this.say(committedNotice(made, notPushedBecause(s.p.plan), fallback), fallback ? 'warn' : 'info');
        case 'skipped':
          return await this.say(committedNotice(made, 'not pushed: cancelled; :GitCommitPush push sends it', fallback), fallback ? 'warn' : 'info');
        case 'cancelled':
          return await this.say(notice(['push cancelled: ', `${made.hash} "`, cut(made.subject, 1, 10), '" is committed, not pushed; :GitCommitPush push sends it']), 'info');
      }
    } catch (err) {
      await showTranscript();
      if (err instanceof ChangedSinceReview) {
        this.step(s, { type: 'back' });
        s.refused = true;
        await this.keepMessage(s, message, `not committed: ${err.message}`);
        const after = err.remedy === 'relist' ? await this.relist(s) : 'finish that with git, then :w again';
        await this.emit('GitCommitPushFailed', { stage: 'commit', root, error: err.message });
        return await this.say(changedNotice(err.message, after), 'warn');
      }
      if (err instanceof CommitRefused) {
        this.step(s, { type: 'back' });
        s.refused = true;
        if (err.cancelled) {
          await this.keepMessage(s, message, 'cancelled: nothing committed; :w commits it');
          throw new PluginError('cancelled: nothing committed, your message is kept', 'info');
        }
        let words = explainCommitFailure(gitWords(err.cause));
        if (s.p.signer && /failed to sign|signing failed|failed to write commit object/i.test(words)) {
          // Neovim's terminal is not the signer's: a passphrase can come only from its agent or a graphical pinentry.
          const [first = '', ...rest] = words.split('\n');
          words = [`${first} (a passphrase can come only from the signer's agent or a graphical pinentry here)`, ...rest].join('\n');
        }
        await this.keepMessage(s, message, 'the commit was refused: fix the cause and :w again');
        await this.emit('GitCommitPushFailed', { stage: 'commit', root, error: words });
        return await this.say(refusedNotice(words), 'error');
      }
      const cause = err instanceof PushFailed ? err.cause : err;
      const made = err instanceof PushFailed ? err.made : { hash, subject: message.split('\n')[0] ?? '' };
      if (!(err instanceof PushFailed)) console.error(`git-commit-push: after the commit: ${forLog(err)}`);
      this.step(s, { type: 'done' });
      await this.emit('GitCommitPushFailed', { stage: 'push', root, hash: made.hash, error: gitWords(cause) }).catch(logged);
      return await this.say(pushFailedNotice(explainPushFailure(gitWords(cause)), s.p.plan.describe, made), 'error');
    } finally {
      if (s.phase.name !== 'reviewing') this.step(s, { type: 'done' });
    }
  }

  /** A refused commit: the message stays in the buffer, or in a reopened one, marked unsaved; and in the draft. */
  private async keepMessage(s: Session, message: string, status: string): Promise<void> {
    await writeDraft(s.p.draft, message).catch(logged);
    s.author = 'user';
    if (s.buf !== undefined && (await this.editor.markUnsaved(s.buf)) === 'ok') {
      await this.editor.setStatus(s.buf, status, true).catch(logged);
      return;
    }
    s.buf = undefined;
    await this.openReview(s, message.split('\n'), status);
    if (s.buf !== undefined) await this.editor.markUnsaved(s.buf);
  }

  /**
   * The change gathered again, as it is now, into the open review: its branch, where the
   * push goes and its files (the new ones marked), so that the next :w commits what the
   * user has seen. What to tell the user, or why it could not be gathered.
   */
  private async relist(s: Session): Promise<string> {
    try {
      const repo = await this.repos.open(s.p.repo.root);
      const fresh = await prepareChange(repo, s.p.scope, s.path, s.p.options);
      const before = s.p.diff.flatMap((f) => (f.oldPath !== undefined ? [f.path, f.oldPath] : [f.path]));
      s.p = { ...fresh, draft: s.p.draft, draftText: '' };
      s.info = reviewInfo(s.p, before);
      s.context = undefined;
      if (s.buf !== undefined) await this.editor.setComments(s.buf, commentLines(s.info, 'the change is listed again as it is now: :w commits it', s.comment));
      return 'the review shows the change as it is now: :w commits that, :q! aborts';
    } catch (err) {
      return err instanceof PluginError ? `${err.message}; your message is kept` : 'your message is kept';
    }
  }
}

function secondsSince(since: number): string {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}

/** For editor calls that must not stop what follows; the host log has the details. */
function logged(err: unknown): void {
  console.error(`git-commit-push: ${forLog(err)}`);
}

/** The host as the user gave it (setup()'s, else $OLLAMA_HOST), before it is read as a URL. */
function configuredHost(table: unknown, env: string | undefined): { from: string; value: string } | undefined {
  const host = typeof table === 'object' && table !== null ? (table as Record<string, unknown>).host : undefined;
  if (typeof host === 'string' && host !== '') return { from: 'setup() host', value: host };
  return env ? { from: '$OLLAMA_HOST', value: env } : undefined;
}
