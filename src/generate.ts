/**
 * One generation: model facts, a prompt that fits, the streamed answer, and
 * the cleaned message; or the reason there is none. It never throws for an
 * Ollama failure: those are the fallback path, not errors.
 */
import { describeFailure, modelFacts, streamChat } from './adapters/ollama.js';
import { cleanMessage, previewMessage } from './core/clean.js';
import type { DiffFile } from './core/diff.js';
import { buildPrompt, type Prompt } from './core/prompt.js';
import { redactSecrets } from './core/secrets.js';

export interface GenerateInput {
  host: string;
  model: string;
  system: string;
  files: DiffFile[];
  recentSubjects: string[];
  numCtx: number;
  numPredict: number;
  keepAlive: string | number;
  timeoutMs: number;
  /** Aborted by the caller: the buffer closed, the user typed, or a new generation began. */
  signal: AbortSignal;
  onPrompt?: (prompt: Prompt) => void;
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

export async function generate(input: GenerateInput): Promise<Generated> {
  const started = Date.now();
  const run = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    run.abort(new Error('timeout'));
  }, input.timeoutMs);
  const cancel = () => run.abort(input.signal.reason);
  if (input.signal.aborted) cancel();
  input.signal.addEventListener('abort', cancel, { once: true });
  try {
    const facts = await modelFacts(input.host, input.model, run.signal);
    const numCtx = contextWindow(input.numCtx, facts.contextLength);
    // Secrets leave before anything is measured or sent; where they were is said first.
    const redacted = redactSecrets(input.files);
    const built = buildPrompt({
      files: redacted.files,
      system: input.system,
      recentSubjects: input.recentSubjects,
      numCtx,
      numPredict: input.numPredict,
    });
    const prompt: Prompt = { ...built, omitted: [...redacted.notes, ...built.omitted] };
    input.onPrompt?.(prompt);
    let raw = '';
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
    })) {
      raw += piece;
      input.onText?.(previewMessage(raw));
    }
    const cleaned = cleanMessage(raw);
    if (!cleaned.ok) return { ok: false, reason: cleaned.reason, cancelled: false };
    return { ok: true, message: cleaned.message, seconds: (Date.now() - started) / 1000 };
  } catch (err) {
    if (input.signal.aborted) return { ok: false, reason: 'cancelled', cancelled: true };
    if (timedOut) {
      return {
        ok: false,
        reason: `Ollama at ${input.host} did not answer within ${input.timeoutMs / 1000} s (timeout_ms)`,
        cancelled: false,
      };
    }
    return { ok: false, reason: describeFailure(err, input.host, input.model), cancelled: false };
  } finally {
    clearTimeout(timer);
    input.signal.removeEventListener('abort', cancel);
  }
}
