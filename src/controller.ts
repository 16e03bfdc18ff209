/**
 * What `:GitCommitPush` and the review buffer's events do. One session per
 * repository: the change, its review buffer, the generation in flight, and
 * the commit and push. Every handler ends in `report`, so that no failure is
 * swallowed by the node host and none reaches the commit message.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Editor } from './adapters/nvim.js';
import { commitChange, push, savedMessagePath, type Transcript } from './core/commit.js';
import { parseDiff } from './core/diff.js';
import { PluginError, gitWords, type Level } from './core/errors.js';
import { checkCommittable, existingDir, gatherChange, recentSubjects, type Repository } from './core/gather.js';
import { RepositoryCache } from './core/repo-cache.js';
import { commentLines, fallbackMessage, messageFromLines, type ReviewInfo } from './core/message.js';
import { applyRepoOverrides, plainHttpWarning, resolveOptions, type Options } from './core/options.js';
import { systemPrompt } from './core/presets.js';
import { planPush, repoOverrides, type PushPlan } from './core/repo.js';
import { parseArgs, type Scope } from './core/scope.js';
import type { Git } from './core/runner.js';
import { generate } from './generate.js';

type State = 'generating' | 'reviewing' | 'committing';

interface Session {
  repo: Repository;
  scope: Scope;
  file: string | undefined;
  diff: ReturnType<typeof parseDiff>;
  options: Options;
  system: string;
  plan: PushPlan;
  /** The last commit subjects, for the prompt: read once, when the first prompt is built. */
  subjects: Promise<string[]> | undefined;
  info: ReviewInfo;
  state: State;
  /** A commit was refused: the saved message outlives the buffer, for the next run. */
  refused: boolean;
  buf: number | undefined;
  generation: AbortController | undefined;
}

export class Controller {
  private readonly sessions = new Map<string, Session>();
  /** Repositories whose change is being gathered: claimed before the first await, so a second \g sees it. */
  private readonly starting = new Set<string>();
  private readonly byBuf = new Map<number, Session>();
  private readonly warned = new Set<string>();
  private readonly repos: RepositoryCache;

  constructor(
    private readonly editor: Editor,
    gitAt: (cwd: string) => Git,
  ) {
    this.repos = new RepositoryCache(gitAt);
  }

  command(args: string[]): Promise<void> {
    return this.report(() => this.run(args));
  }

  /** Events from the review buffer's autocmds and mappings (lua/git-commit-push/review.lua). */
  event(name: string, buf: number, payload: unknown): Promise<void> {
    return this.report(async () => {
      const s = this.byBuf.get(buf);
      if (name === 'write') {
        const lines = Array.isArray(payload) ? payload.map(String) : [];
        if (!s) throw new PluginError('this review buffer lost its session (the node host restarted?): run :GitCommitPush again; your message is saved and will be offered');
        return this.write(s, lines);
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
      console.error(err);
      const msg = err instanceof Error ? err.message : String(err);
      await this.say(`unexpected failure: ${msg.split('\n')[0]} (details in $NVIM_NODE_LOG_FILE)`, 'error');
    }
  }

  private async say(message: string, level: Level): Promise<void> {
    try {
      await this.editor.notify(message, level);
    } catch (err) {
      console.error('git-commit-push: could not notify', err);
    }
  }

  private warnOnce(message: string): Promise<void> {
    if (this.warned.has(message)) return Promise.resolve();
    this.warned.add(message);
    return this.say(message, 'warn');
  }

  private async run(args: string[]): Promise<void> {
    const ctx = await this.editor.context();
    const inv = parseArgs(args);
    if ('error' in inv) throw new PluginError(inv.error);
    if (inv.action === 'output') return this.editor.showOutput();
    const inReview = this.byBuf.get(ctx.buf);
    if (inReview) {
      if (args.length === 0) return this.regenerate(inReview);
      throw new PluginError('this is a review buffer: :GitCommitPush alone regenerates the message, :w commits it, :q! aborts', 'info');
    }

    const { options, warnings } = resolveOptions(ctx.options, { OLLAMA_HOST: ctx.ollamaHostEnv });
    for (const w of warnings) await this.warnOnce(w);

    const isFile = ctx.buftype === '' && ctx.name !== '';
    if (inv.scope === 'file') {
      if (ctx.buftype !== '') throw new PluginError(`this is not a file buffer (buftype=${ctx.buftype}): open the file to commit`);
      if (ctx.name === '') throw new PluginError('this buffer has no file: write it to a file first (:w name)');
    }
    if (isFile && ctx.writeError) throw new PluginError(`could not write ${ctx.name}: ${ctx.writeError}`);
    // The repository is the file's, not the working directory's; `all` and `staged` fall back to the latter.
    const path = isFile ? ctx.name : ctx.cwd;
    const repo = await this.repos.open(isFile ? existingDir(dirname(path)) : path);

    const running = this.sessions.get(repo.root);
    if (running) return this.busy(running);
    if (this.starting.has(repo.root)) return this.say(`still preparing a commit in ${repo.root}`, 'info');
    this.starting.add(repo.root);
    try {
      await this.start(repo, inv.scope, inv.review ?? options.review, options, path);
    } finally {
      this.starting.delete(repo.root);
    }
  }

  private async busy(s: Session): Promise<void> {
    if (s.buf !== undefined && s.state !== 'committing') {
      await this.editor.focus(s.buf);
      return this.say(`a commit for ${s.repo.root} is already in review: :w commits it, :q! aborts it`, 'info');
    }
    const what = s.state === 'committing' ? 'committing and pushing' : 'generating a message (review = false)';
    return this.say(`still ${what} in ${s.repo.root}`, 'info');
  }

  private async start(repo: Repository, scope: Scope, review: boolean, base: Options, path: string): Promise<void> {
    // Both at once; git's refusal (a merge, a rebase, conflicts) is the answer that matters.
    const [check, gathered] = await Promise.allSettled([checkCommittable(repo, scope), gatherChange(repo, scope, path)]);
    if (check.status === 'rejected') throw check.reason;
    if (gathered.status === 'rejected') throw gathered.reason;
    const change = gathered.value;
    if (change.diff === '') {
      const what = scope === 'file' ? `${change.file ?? path} has no changes` : scope === 'staged' ? 'nothing is staged' : 'the working tree is clean';
      throw new PluginError(`nothing to commit: ${what}`, 'info');
    }
    const diff = parseDiff(change.diff);
    const { options, warnings } = applyRepoOverrides(base, repoOverrides(repo.config));
    for (const w of warnings) await this.warnOnce(w);
    const plan = planPush(repo.branch, repo.config);
    const plain = plainHttpWarning(options.host);
    if (plain) await this.warnOnce(plain);
    const files = diff.map((f) => f.path);
    const s: Session = {
      repo,
      scope,
      file: change.file,
      diff,
      options,
      system: systemPrompt(options.preset, options.prompt || undefined),
      plan,
      subjects: undefined,
      info: {
        repoRoot: repo.root,
        branch: repo.branch,
        pushTo: plan.describe,
        scope,
        files,
        model: options.model,
        host: options.host,
        omitted: [],
      },
      state: 'generating',
      refused: false,
      buf: undefined,
      generation: undefined,
    };
    this.sessions.set(repo.root, s);
    try {
      await this.begin(s, review);
    } catch (err) {
      // With no review buffer open, nothing would ever end this session: the repository
      // would stay "busy" until Neovim restarts.
      if (s.buf === undefined) this.end(s);
      throw err;
    }
  }

  private async begin(s: Session, review: boolean): Promise<void> {
    const saved = await readFile(savedMessagePath(s.repo), 'utf8').then(
      (t) => messageFromLines(t.split('\n')),
      () => '',
    );
    if (!review && !saved) {
      const message = await this.generateQuietly(s);
      s.state = 'committing';
      return this.commitAndPush(s, message);
    }
    // A saved message is only ever committed after the user has seen it again: it was
    // written for an earlier change, and the commit would overwrite the file that keeps it.
    if (!review) await this.say('a message you wrote for a commit that did not happen is waiting: it opens for review instead of being committed unseen', 'info');
    const status = saved ? 'your message from a commit that did not happen (gr: generate a new one)' : `asking ${s.options.model}...`;
    await this.openReview(s, saved ? saved.split('\n') : [''], status);
    if (!saved) await this.generateInto(s);
    else s.state = 'reviewing';
  }

  private async openReview(s: Session, message: string[], status: string): Promise<void> {
    const opened = await this.editor.openReview({
      name: `git-commit-push://${s.repo.root}`,
      lines: [...message, ...commentLines(s.info, status)],
      messageLines: message.length,
      saved: savedMessagePath(s.repo),
    });
    s.buf = opened.buf;
    this.byBuf.set(opened.buf, s);
  }

  private async generationInput(s: Session, signal: AbortSignal) {
    s.subjects ??= recentSubjects(s.repo);
    return {
      host: s.options.host,
      model: s.options.model,
      system: s.system,
      files: s.diff,
      recentSubjects: await s.subjects,
      numCtx: s.options.num_ctx,
      numPredict: s.options.num_predict,
      keepAlive: s.options.keep_alive,
      timeoutMs: s.options.timeout_ms,
      signal,
    };
  }

  /** For `review = false`: the whole answer, or the default message with a warning. */
  private async generateQuietly(s: Session): Promise<string> {
    const controller = new AbortController();
    s.generation = controller;
    const result = await generate(await this.generationInput(s, controller.signal));
    s.generation = undefined;
    if (result.ok) return result.message;
    const fallback = fallbackMessage(s.info.files);
    await this.say(`${result.reason}: using the default message "${fallback}"`, 'warn');
    return fallback;
  }

  /** Streams the answer into the review buffer, as it grows, until done, cancelled or the user types. */
  private async generateInto(s: Session): Promise<void> {
    const buf = s.buf;
    if (buf === undefined) return;
    const controller = new AbortController();
    s.generation = controller;
    s.state = 'generating';
    let userTyped = false;
    let latest: string | undefined;
    let writing: Promise<void> | undefined;
    const drain = async () => {
      while (latest !== undefined && !controller.signal.aborted) {
        const text = latest;
        latest = undefined;
        const r = await this.editor.setMessage(buf, text.split('\n')).catch((err: unknown) => {
          console.error(err);
          return 'gone' as const;
        });
        if (r === 'edited') userTyped = true;
        if (r !== 'ok') controller.abort(r);
      }
      writing = undefined;
    };
    const result = await generate({
      ...(await this.generationInput(s, controller.signal)),
      onPrompt: (p) => {
        if (p.omitted.length === 0) return;
        s.info = { ...s.info, omitted: p.omitted };
        void this.editor.setComments(buf, commentLines(s.info, `asking ${s.options.model}...`)).catch(() => undefined);
      },
      onText: (preview) => {
        latest = preview;
        writing ??= drain();
      },
    });
    await writing;
    if (s.generation !== controller) return; // a newer generation, a write or a close took over
    s.generation = undefined;
    s.state = 'reviewing';
    if (result.ok) {
      const r = await this.editor.setMessage(buf, result.message.split('\n'), `written by ${s.options.model} in ${result.seconds.toFixed(1)} s`);
      if (r === 'edited') await this.editor.setStatus(buf, 'stopped: you edited the message');
      return;
    }
    if (userTyped) {
      await this.editor.setStatus(buf, 'stopped: you edited the message');
      return;
    }
    if (result.cancelled) return;
    const fallback = fallbackMessage(s.info.files);
    const r = await this.editor.setMessage(buf, [fallback], `default message: ${result.reason}`);
    if (r === 'edited') await this.editor.setStatus(buf, `no generated message: ${result.reason}`);
    await this.say(`${result.reason}: using the default message "${fallback}"`, 'warn');
  }

  private async regenerate(s: Session): Promise<void> {
    if (s.buf === undefined || s.state === 'committing') return;
    s.generation?.abort('regenerate');
    s.generation = undefined;
    await rm(savedMessagePath(s.repo), { force: true });
    const r = await this.editor.setMessage(s.buf, [''], `asking ${s.options.model}...`, true);
    if (r === 'gone') return;
    await this.generateInto(s);
  }

  private async write(s: Session, lines: string[]): Promise<void> {
    if (s.state === 'committing') return this.say('already committing this message', 'info');
    // Synchronously, before any await: a :wq's close event arrives right behind this one.
    s.state = 'committing';
    s.generation?.abort('written');
    s.generation = undefined;
    const message = messageFromLines(lines);
    if (message === '') {
      this.end(s);
      await rm(savedMessagePath(s.repo), { force: true });
      if (s.buf !== undefined) await this.editor.close(s.buf);
      return this.say('Aborting commit due to empty commit message: nothing committed', 'warn');
    }
    return this.commitAndPush(s, message);
  }

  private closed(s: Session, buf: number): Promise<void> {
    this.byBuf.delete(buf);
    s.buf = undefined;
    // :wq closes right after writing: the commit goes on.
    if (s.state === 'committing') return Promise.resolve();
    s.generation?.abort('closed');
    this.end(s);
    if (s.refused) return this.say('commit aborted: your message is saved, and the next :GitCommitPush here offers it again', 'info');
    return rm(savedMessagePath(s.repo), { force: true }).then(() => this.say('commit aborted: nothing committed', 'info'));
  }

  private end(s: Session): void {
    if (this.sessions.get(s.repo.root) === s) this.sessions.delete(s.repo.root);
    if (s.buf !== undefined) this.byBuf.delete(s.buf);
  }

  private async commitAndPush(s: Session, message: string): Promise<void> {
    const transcript: Transcript = { add: '', commit: '', push: '' };
    const showTranscript = () =>
      this.editor.setOutput(
        ['Git Add Output:', ...transcript.add.split('\n'), 'Git Commit Output:', ...transcript.commit.split('\n'), 'Git Push Output:', ...transcript.push.split('\n')],
      );
    let hash: string;
    try {
      hash = (await commitChange(s.repo, s.scope, s.file, message, transcript)).hash;
    } catch (err) {
      s.state = 'reviewing';
      s.refused = true;
      await showTranscript();
      await this.keepMessage(s, message);
      await this.editor.event('GitCommitPushFailed', { stage: 'commit', root: s.repo.root, error: gitWords(err) });
      throw new PluginError(`commit refused, nothing committed: ${gitWords(err)}\nYour message is kept: fix the cause and :w again (or :q! to give up).`, 'error', { cause: err });
    }
    const subject = message.split('\n')[0] ?? '';
    try {
      // The commit is made: nothing on the editor's side may keep it from being pushed.
      if (s.buf !== undefined) {
        const buf = s.buf;
        this.byBuf.delete(buf);
        s.buf = undefined;
        await this.editor.close(buf).catch(logged);
      }
      await this.editor.event('GitCommitPushDone', { stage: 'commit', root: s.repo.root, hash, subject, pushed: false }).catch(logged);
      const pushed = await push(s.repo, s.plan, transcript);
      await showTranscript();
      if (!pushed) {
        return await this.say(`committed ${hash} "${subject}" (${notPushedBecause(s.plan)})`, 'info');
      }
      await this.editor.event('GitCommitPushDone', { stage: 'push', root: s.repo.root, hash, subject, pushed: true, to: pushed.to });
      await this.say(`committed ${hash} "${subject}" and pushed to ${pushed.to}`, 'info');
    } catch (err) {
      await showTranscript();
      await this.editor.event('GitCommitPushFailed', { stage: 'push', root: s.repo.root, hash, error: gitWords(err) });
      throw new PluginError(
        `committed ${hash}, but the push to ${s.plan.describe} failed: ${gitWords(err)}\nThe commit is safe; push it with git push once that is fixed.`,
        'error',
        { cause: err },
      );
    } finally {
      this.end(s);
    }
  }

  /** A refused commit: the message stays in the buffer, or in a reopened one, marked unsaved. */
  private async keepMessage(s: Session, message: string): Promise<void> {
    if (s.buf !== undefined && (await this.editor.markUnsaved(s.buf)) === 'ok') return;
    s.buf = undefined;
    await this.openReview(s, message.split('\n'), 'the commit was refused: fix the cause and :w again');
    if (s.buf !== undefined) await this.editor.markUnsaved(s.buf);
  }
}

/** For editor calls that must not stop what follows; the host log has the details. */
function logged(err: unknown): void {
  console.error('git-commit-push:', err);
}

function notPushedBecause(plan: PushPlan): string {
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
