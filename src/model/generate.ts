/**
 * One generation: model facts, a prompt that fits, the streamed answer, and
 * the cleaned message; or the reason there is none. It never throws for an
 * Ollama failure: those are the fallback path, not errors.
 */
import type { PromptContext } from '../change/context.js';
import type { DiffFile } from '../change/diff.js';
import { buildPrompt, type Prompt } from '../prompt/prompt.js';
import { redactSecrets } from '../prompt/secrets/redact.js';
import { createHash } from 'node:crypto';
import { type LearnedModel, TokenEstimator } from '../prompt/tokens.js';
import type { Options } from '../settings/options.js';
import { cleanMessage, dropCutTail, previewMessage, warmCleaner, type MessageLimits } from './clean.js';
import { messageLimits } from './message-rules.js';
import { withoutControls } from '../words/control.js';
import { readRates, ratesFilePath, saveRates } from './rates-file.js';

/**
 * The client (ollama-js, node:http and TLS), loaded at the first request rather than at
 * start: in the terminal command that is warmUp's, while git gathers, not before the first
 * git process (about 4 ms of module loading).
 */
function client(): Promise<typeof import('./ollama.js')> {
  return import('./ollama.js');
}

export interface GenerateInput {
  host: string;
  model: string;
  system: string;
  files: DiffFile[];
  recentSubjects: string[];
  /** Set when recentSubjects are this file's own (file scope), not the branch's. */
  subjectsFile?: string | undefined;
  /** Paths git's attributes mark generated: named with counts, contents not sent. */
  generatedPaths?: ReadonlySet<string> | undefined;
  numCtx: number;
  numPredict: number;
  keepAlive: string | number;
  timeoutMs: number;
  /** How long the subject and the whole message may be. */
  limits?: MessageLimits | undefined;
  /** Aborted by the caller: the buffer closed, the user typed, or a new generation began. */
  signal: AbortSignal;
  /** Called with the prompt about to be sent, and lines for `:GitCommitPush output` about how it was made (a rates file ignored). */
  onPrompt?: (prompt: Prompt, notes: string[]) => void;
  /** Where learned token rates are kept; ratesFilePath() unless set (tests, the bench). */
  ratesFile?: string | undefined;
  /** The answer so far, lightly cleaned for display. */
  onText?: (preview: string) => void;
}

export type Generated =
  | { ok: true; message: string; seconds: number }
  | { ok: false; reason: string; cancelled: boolean };

/** A changed num_ctx reloads the model; a stable bucket avoids that between commits. */
export function contextWindow(wanted: number, trained: number | undefined): number {
  const capped = trained !== undefined ? Math.min(wanted, trained) : wanted;
  return Math.max(1024, Math.floor(capped / 1024) * 1024);
}

/**
 * The most of an answer that is read. A server that keeps to num_predict stops far below
 * it (a token is about 4 characters); one that ignores it would otherwise fill memory and
 * the review buffer. Past it the request is aborted and what came is the answer.
 */
function answerLimit(numPredict: number): number {
  return Math.max(4096, numPredict * 16);
}

/** What a message is asked for: a change's diff, with the options and system message in force for it. */
export interface Job {
  options: Options;
  system: string;
  diff: DiffFile[];
  /** The repository's core.commentChar (`#` unless set): which lines of an answer git would drop. */
  commentChar?: string | undefined;
}

/** The generation of a job's message (a prepared change's, or a diff's with its settings), with what the prompt needs from git. */
export function generationInput(p: Job, context: PromptContext, signal: AbortSignal): GenerateInput {
  return {
    host: p.options.host,
    model: p.options.model,
    system: p.system,
    files: p.diff,
    recentSubjects: context.subjects.subjects,
    subjectsFile: context.subjects.file,
    generatedPaths: context.generated,
    numCtx: p.options.num_ctx,
    numPredict: p.options.num_predict,
    keepAlive: p.options.keep_alive,
    timeoutMs: p.options.timeout_ms,
    limits: { ...messageLimits(p.options.preset), ...(p.commentChar !== undefined ? { commentChar: p.commentChar } : {}) },
    signal,
  };
}

/** Model facts asked for ahead of time (warmUp), by host and model, until generate() takes them. */
const warming = new Map<string, Promise<unknown>>();

/**
 * Asks the server ahead of time what generate() first asks it (the model's facts, kept per
 * process), so that a front end can overlap that round trip, and the HTTP client's first
 * load, with its git work; the answer cleaner's first run too. Failures are left for
 * generate() to meet and explain.
 */
export function warmUp(host: string, model: string, timeoutMs: number): void {
  // Each step in a turn of the event loop of its own (the client's loading, the request,
  // the cleaner's two runs): the caller's git processes are served between them, so that
  // this work fills their waits instead of holding the next one back.
  const key = `${host}\n${model}`;
  if (!warming.has(key)) {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error('timeout')), timeoutMs);
    timer.unref();
    const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
    const facts = async (): Promise<unknown> => {
      await turn();
      const c = await client();
      await turn();
      return c.modelFacts(host, model, stop.signal);
    };
    warming.set(
      key,
      facts()
        .catch(() => undefined)
        .finally(() => clearTimeout(timer)),
    );
  }
  setImmediate(() => setImmediate(warmCleaner));
}

/**
 * What the token estimate learned, per model, in this process: used when the rates file
 * has nothing for the model (it could not be written, or not read).
 */
const remembered = new Map<string, LearnedModel>();
/** Rates files already said to be unreadable, so that it is said once per process. */
const reported = new Set<string>();

/** The estimator for one request: the rates file's data for the model, else this process's. */
async function loadEstimator(path: string, model: string, notes: string[]): Promise<TokenEstimator> {
  const loaded = await readRates(path);
  if (loaded.problem !== undefined && !reported.has(path)) {
    reported.add(path);
    notes.push(loaded.problem);
  }
  const fromFile = loaded.snapshot[model];
  const mine = remembered.get(model);
  return new TokenEstimator(fromFile ? { [model]: fromFile } : mine ? { [model]: mine } : {});
}

/**
 * The last prompt built per host and model, by what it was built from: regenerating an
 * unchanged change sends the same bytes, so Ollama can reuse its cached prompt instead
 * of evaluating it again, even though the rates have learned from it since.
 */
const lastPrompt = new Map<string, { key: string; prompt: Prompt }>();

function promptKey(req: Parameters<typeof buildPrompt>[0]): string {
  const { rates: _rates, ...rest } = req;
  const generated = rest.generatedPaths ? [...rest.generatedPaths].sort() : [];
  return createHash('sha256')
    .update(JSON.stringify({ ...rest, generatedPaths: generated }))
    .digest('hex');
}

export async function generate(input: GenerateInput): Promise<Generated> {
  const started = Date.now();
  const run = new AbortController();
  let timedOut = false;
  let flooded = false;
  const timer = setTimeout(() => {
    timedOut = true;
    run.abort(new Error('timeout'));
  }, input.timeoutMs);
  const cancel = () => run.abort(input.signal.reason);
  if (input.signal.aborted) cancel();
  input.signal.addEventListener('abort', cancel, { once: true });
  let raw = '';
  try {
    const key = `${input.host}\n${input.model}`;
    const early = warming.get(key);
    if (early) {
      warming.delete(key);
      // Its answer is kept by modelFacts; a cancel or the timeout does not wait for it.
      await Promise.race([early, new Promise((r) => run.signal.addEventListener('abort', r, { once: true }))]);
    }
    const { modelFacts, streamChat } = await client();
    const facts = await modelFacts(input.host, input.model, run.signal);
    const numCtx = contextWindow(input.numCtx, facts.contextLength);
    // Secrets leave before anything is measured or sent; where they were is said first.
    const redacted = redactSecrets(input.files);
    const notes: string[] = [];
    const ratesFile = input.ratesFile ?? ratesFilePath();
    const estimator = await loadEstimator(ratesFile, input.model, notes);
    const request = {
      files: redacted.files,
      system: input.system,
      recentSubjects: input.recentSubjects,
      ...(input.subjectsFile !== undefined ? { subjectsFile: input.subjectsFile } : {}),
      ...(input.generatedPaths !== undefined ? { generatedPaths: input.generatedPaths } : {}),
      numCtx,
      numPredict: input.numPredict,
    };
    const memoKey = `${input.host}\n${input.model}`;
    const requestKey = promptKey(request);
    const memo = lastPrompt.get(memoKey);
    const resent = memo?.key === requestKey;
    const built = resent ? memo.prompt : buildPrompt({ ...request, rates: estimator.rates(input.model, facts.architecture) });
    lastPrompt.set(memoKey, { key: requestKey, prompt: built });
    const prompt: Prompt = { ...built, omitted: [...redacted.notes, ...built.omitted] };
    input.onPrompt?.(prompt, notes);
    let promptEvalCount: number | undefined;
    let cutShort = false;
    const limit = answerLimit(input.numPredict);
    for await (const piece of streamChat({
      host: input.host,
      model: input.model,
      system: prompt.system,
      user: prompt.user,
      numCtx,
      numPredict: input.numPredict,
      keepAlive: input.keepAlive,
      disableThinking: facts.thinking,
      signal: run.signal,
      onDone: (d) => {
        promptEvalCount = d.promptEvalCount;
        cutShort = d.doneReason === 'length';
      },
    })) {
      raw += piece;
      if (raw.length > limit) {
        flooded = true;
        run.abort(new Error('flood'));
        break;
      }
      input.onText?.(previewMessage(raw, input.limits));
    }
    const room = numCtx - input.numPredict;
    const cut = promptEvalCount !== undefined && promptEvalCount >= room;
    // A prompt sent again (regenerate) teaches nothing its first sending did not: recorded
    // twice, it would push an older, more demanding answer out of the ones the rate follows.
    if (!flooded && (!resent || cut)) {
      estimator.learn(input.model, built.mix, promptEvalCount, { room, ...(facts.architecture !== undefined ? { architecture: facts.architecture } : {}) });
      // A prompt the server cut is never sent again as it was.
      if (cut) lastPrompt.delete(memoKey);
      await keepLearned(ratesFile, input.model, estimator);
    }
    return finish(cutShort ? dropCutTail(raw) : raw, input.limits, started);
  } catch (err) {
    if (input.signal.aborted) return { ok: false, reason: 'cancelled', cancelled: true };
    if (flooded) return finish(raw, input.limits, started);
    if (timedOut) {
      return {
        ok: false,
        reason: `Ollama at ${input.host} did not answer within ${input.timeoutMs / 1000} s (timeout_ms)`,
        cancelled: false,
      };
    }
    // The server's own words are in it: shown and written, so without its control bytes.
    const { describeFailure } = await client();
    return { ok: false, reason: withoutControls(describeFailure(err, input.host, input.model)), cancelled: false };
  } finally {
    clearTimeout(timer);
    input.signal.removeEventListener('abort', cancel);
  }
}

async function keepLearned(path: string, model: string, estimator: TokenEstimator): Promise<void> {
  const learned = estimator.learned(model);
  if (!learned) return;
  remembered.set(model, learned);
  // Not kept on disk (a read-only home): this process still has it, and the next request says nothing more.
  await saveRates(path, model, learned).catch((err: unknown) => console.error(err));
}

function finish(raw: string, limits: MessageLimits | undefined, started: number): Generated {
  const cleaned = cleanMessage(raw, limits);
  if (!cleaned.ok) return { ok: false, reason: cleaned.reason, cancelled: false };
  return { ok: true, message: cleaned.message, seconds: (Date.now() - started) / 1000 };
}
