/**
 * Talks to Ollama through ollama-js, and turns each way it can fail into one
 * sentence a user can act on. ollama-js has no timeout and does not cancel a
 * stream on `break`: both go through one AbortSignal handed to its `fetch`.
 */
import { Ollama } from 'ollama/browser';
import { type SmallRequest, type SmallResponse, readResponse, smallFetch } from './http.js';

export interface ModelFacts {
  /** The model's trained context window, when the server says. */
  contextLength?: number;
  /** Whether `think` may be sent: a model without the capability answers 400 to it. */
  thinking: boolean;
  /** `general.architecture` (e.g. `gemma3`): which tokenizer profile the estimate starts from. */
  architecture?: string;
}

export interface ChatParams {
  host: string;
  model: string;
  system: string;
  user: string;
  numCtx: number;
  numPredict: number;
  keepAlive: string | number;
  /** The model can think: ask it not to, since only the message is wanted. */
  disableThinking: boolean;
  signal: AbortSignal;
  /** The final chunk's count of prompt tokens, which the token estimate learns from. */
  onDone?: (done: { promptEvalCount?: number; doneReason?: string }) => void;
}

/**
 * The host answered with a redirect. Following it would send the diff to an address the
 * user never configured (and past the plain-http warning), so it is refused.
 */
class RedirectRefused extends Error {
  override readonly name = 'RedirectRefused';
  constructor(
    readonly status: number,
    readonly location: string,
  ) {
    super(`redirect ${status} to ${location || '(no address)'} not followed`);
  }
}

/**
 * The server answered, but not as Ollama answers: an HTML page from a proxy, say. Said as
 * one plain reason; the page itself is never shown or written anywhere.
 */
export class NotOllamaAnswer extends Error {
  override readonly name = 'NotOllamaAnswer';
  constructor(
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`the server answered ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

/**
 * Only answers ollama-js reads without a word: it console.logs "Getting text from response"
 * for an error that is not JSON and console.warns "invalid json" for a body that is not
 * NDJSON, and stdout is the node host's RPC channel and the `message` command's output.
 * So an answer not in Ollama's JSON never reaches it.
 */
async function quiet(res: SmallResponse): Promise<SmallResponse> {
  const type = res.headers.get('content-type') ?? '';
  const json = /json/i.test(type);
  if (res.ok) {
    if (json || type === '') return res;
    await res.body.cancel().catch(() => undefined);
    throw new NotOllamaAnswer(res.status, res.statusText);
  }
  const text = await res.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string') {
      return readResponse(text, res);
    }
  } catch {
    // Not JSON: the reason is the status line.
  }
  throw new NotOllamaAnswer(res.status, res.statusText);
}

/**
 * Both the caller's signal (timeout, cancel) and ollama-js's own abort() stop the request;
 * a redirect is never followed (node:http follows none).
 */
export function clientFor(host: string, signal: AbortSignal): Ollama {
  const boundFetch = async (input: string, init: SmallRequest = {}): Promise<SmallResponse> => {
    const own = init.signal;
    let combined = signal;
    if (own) {
      const both = new AbortController();
      const relay = (s: AbortSignal) => () => both.abort(s.reason);
      if (signal.aborted || own.aborted) both.abort(signal.aborted ? signal.reason : own.reason);
      signal.addEventListener('abort', relay(signal), { once: true });
      own.addEventListener('abort', relay(own), { once: true });
      combined = both.signal;
    }
    const { url, authorization } = withoutCredentials(input);
    const headers: Record<string, string> = { ...init.headers };
    const named = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
    if (authorization && !named) headers['authorization'] = authorization;
    const res = await smallFetch(url, { ...init, headers, signal: combined });
    if (res.status >= 300 && res.status < 400) {
      await res.body.cancel().catch(() => undefined);
      throw new RedirectRefused(res.status, res.headers.get('location') ?? '');
    }
    return quiet(res);
  };
  // ollama-js reads only what SmallResponse has (ok, status, statusText, headers.get,
  // json, text, body.getReader); its type asks for the whole of fetch.
  return new Ollama({ host, fetch: boundFetch as unknown as typeof fetch });
}

/**
 * A URL cannot carry credentials to the server; a host behind a proxy with basic auth
 * (http://user:pass@box) gets them as an Authorization header instead.
 */
function withoutCredentials(input: string): { url: string; authorization?: string } {
  const url = new URL(input);
  if (!url.username && !url.password) return { url: input };
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return { url: url.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}

const factsCache = new Map<string, ModelFacts>();

/** /api/show, once per host and model: the context length and the thinking capability. */
export async function modelFacts(host: string, model: string, signal: AbortSignal): Promise<ModelFacts> {
  const key = `${host}\n${model}`;
  const cached = factsCache.get(key);
  if (cached) return cached;
  const show = await clientFor(host, signal).show({ model });
  const info = (show.model_info ?? {}) as unknown as Record<string, unknown>;
  const arch = info['general.architecture'];
  const len = typeof arch === 'string' ? info[`${arch}.context_length`] : undefined;
  const capabilities: unknown = (show as unknown as { capabilities?: unknown }).capabilities;
  const facts: ModelFacts = {
    thinking: Array.isArray(capabilities) && capabilities.includes('thinking'),
  };
  if (typeof len === 'number' && len > 0) facts.contextLength = len;
  if (typeof arch === 'string' && arch !== '') facts.architecture = arch;
  factsCache.set(key, facts);
  return facts;
}

/** Yields the answer's text as it arrives. Throws on any failure; see `describeFailure`. */
export async function* streamChat(p: ChatParams): AsyncGenerator<string, void, undefined> {
  const client = clientFor(p.host, p.signal);
  const stream = await client.chat({
    model: p.model,
    messages: [
      { role: 'system', content: p.system },
      { role: 'user', content: p.user },
    ],
    stream: true,
    keep_alive: p.keepAlive,
    options: { num_ctx: p.numCtx, num_predict: p.numPredict },
    ...(p.disableThinking ? { think: false } : {}),
  });
  try {
    for await (const part of stream) {
      // A reasoning model's thinking arrives apart from the answer; it is never the message.
      const text = part.message?.content ?? '';
      if (text) yield text;
      if (part.done) {
        p.onDone?.({
          ...(typeof part.prompt_eval_count === 'number' ? { promptEvalCount: part.prompt_eval_count } : {}),
          // "length": the answer was cut at num_predict, its last line unfinished.
          ...(typeof part.done_reason === 'string' ? { doneReason: part.done_reason } : {}),
        });
      }
    }
  } finally {
    // Leaving the loop early (cancel, regenerate) must stop the server generating too.
    stream.abort();
  }
}

interface Failure {
  name?: unknown;
  message?: unknown;
  status_code?: unknown;
  error?: unknown;
  cause?: unknown;
}

/** One sentence, without stack or "Error:", that says why there is no generated message. */
export function describeFailure(err: unknown, host: string, model: string): string {
  const e = (err ?? {}) as Failure;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  const cause = (e.cause ?? {}) as { code?: unknown };
  const code = typeof cause.code === 'string' ? cause.code : '';
  if (err instanceof RedirectRefused) {
    return `Ollama at ${host} redirected the request to ${err.location || 'another address'}: not followed, the diff goes only to the configured host`;
  }
  if (err instanceof NotOllamaAnswer) return `${err.message} (at ${host}), not as Ollama answers`;
  if (name === 'ResponseError') {
    const status = typeof e.status_code === 'number' ? e.status_code : 0;
    const detail = typeof e.error === 'string' ? e.error : message;
    if (status === 404) return `model "${model}" not found at ${host} (run: ollama pull ${model})`;
    return `Ollama at ${host} answered ${status}: ${firstLine(detail)}`;
  }
  if (code === 'ECONNREFUSED') return `Ollama unreachable at ${host} (connection refused)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Ollama unreachable at ${host} (host not found)`;
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return `Ollama unreachable at ${host} (${code})`;
  if (name === 'TypeError' && message === 'fetch failed') return `Ollama unreachable at ${host}`;
  if (name === 'TypeError' && message === 'terminated') return `the connection to Ollama at ${host} broke while generating`;
  if (message.startsWith('Did not receive done')) return `Ollama at ${host} ended the answer early`;
  return `Ollama at ${host} failed while generating: ${firstLine(message)}`;
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').trim().slice(0, 200);
}
