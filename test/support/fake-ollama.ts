// A stand-in for the Ollama server that speaks its real HTTP wire protocol over loopback,
// so the real ollama-js client can be exercised without a model. Only node: built-ins are
// used because the demo and benchmark bundle this file with esbuild and run it on plain Node.
// Behaviour mirrors ollama/ollama server/routes.go (gin) around v0.12; see
// /work/shared/notes/ollama-protocol.md.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ModelScript {
  /** message.content pieces, streamed one NDJSON line each; default ['Update ', 'notes'] */
  chunks?: string[];
  /** delay between chunks (default 0) */
  chunkDelayMs?: number;
  /** delay before the status line/headers are sent (model loading) */
  headerDelayMs?: number;
  /** accept the request and never answer (until the client goes away or close()) */
  hang?: boolean;
  /** answer /api/chat with this status and body {"error": error} */
  status?: number;
  /** the error text for `status` */
  error?: string;
  /** 200, some chunks, then a {"error": ...} line, then end */
  midStreamError?: { afterChunks: number; error: string };
  /** destroy the socket after N chunks (client sees `TypeError: terminated`) */
  dropAfterChunks?: number;
  /** end the stream without the final done line */
  noDone?: boolean;
  /** message.thinking pieces sent before content (content "" meanwhile); skipped when the request says think:false */
  thinking?: string[];
  /** reported by /api/show as model_info["<arch>.context_length"], default 131072 */
  contextLength?: number;
  /** default 'gemma3' */
  architecture?: string;
  /** /api/show capabilities, default ['completion'] */
  capabilities?: string[];
  /**
   * How prompt_eval_count is counted: 'quarter' (default) is all characters / 4;
   * 'realistic' is realisticPromptTokens(), close to what gemma3 reports.
   */
  promptTokens?: 'quarter' | 'realistic';
  /** the done line's done_reason, default 'stop'; 'length' is an answer cut at num_predict */
  doneReason?: 'stop' | 'length';
  /** Multiplies that count before the cap at num_ctx: a tokenizer dearer than any estimate, so that a prompt overflows. */
  promptTokensFactor?: number;
}

/**
 * What a small real model (Gemma 3 270M through llama.cpp: test/e2e/real-model.test.ts,
 * bench/real-model.ts) writes that a canned answer never did, as fake-server modes:
 * `startFakeOllama({ gemma3: SMALL_MODEL_ANSWERS['end-of-turn'] })`. The cleaner's rows
 * for the same texts are in test/unit/real-output.test.ts.
 */
export const SMALL_MODEL_ANSWERS = {
  // The turn's end marker and a new turn streamed on, as a server that ignores the stop token sends them.
  'end-of-turn': { chunks: ['Walk to the lake', ' on a snowy night', '<end_of_turn>\n', '<start_of_turn>user\n', 'Thanks!'] },
  'subject-label': { chunks: ['Subject line: ', 'Walk to the lake', ' on a snowy night'] },
  'bullet-subject': { chunks: ['- Walk to the lake', ' on a snowy night\n', '- Ice on the water'] },
  'bare-dot': { chunks: ['.', '\n', '.', '\n', '.'] },
  'placeholder': { chunks: ['<type>(<scope>): <subject>', '\n\n', '<body>'] },
  'repeated-lines': { chunks: ['Walk to the lake on a snowy night\n', 'Walk to the lake on a snowy night\n', 'Walk to the lake on a snowy night'] },
  'diff-line': { chunks: ['+It snowed all night', '; we walked to the lake.'] },
  'echoed-instructions': { chunks: ['This repository is a journal: ', 'its files are prose, not code.'] },
  // Cut at num_predict: the server says done_reason "length" and the last word is half there.
  'cut-at-length': { chunks: ['Walk to the lake on a snowy night\n', '\n', 'We saw the ice and the fro'], doneReason: 'length' },
} satisfies Record<string, ModelScript>;

export interface ReceivedRequest {
  method: string;
  path: string;
  body: unknown;
  at: number;
  headers?: IncomingMessage['headers'];
}

export interface FakeOllama {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  chatRequests(): ReceivedRequest[];
  setModel(name: string, script: ModelScript): void;
  removeModel(name: string): void;
  abortedStreams: number;
  activeStreams: number;
  waitForChat(count?: number, timeoutMs?: number): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

const DEFAULT_CHUNKS = ['Update ', 'notes'];
const DEFAULT_CONTEXT_LENGTH = 131072;
const DEFAULT_ARCHITECTURE = 'gemma3';
const DEFAULT_VERSION = '0.12.11';
// gin's c.JSON content type; the streaming and mid-stream-error paths differ (see below).
const JSON_TYPE = 'application/json; charset=utf-8';
const MODIFIED_AT = '2025-08-14T10:00:00.000000000Z';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ollama treats 'gemma3' and 'gemma3:latest' as the same model. */
function withTag(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  return lastSegment.includes(':') ? name : `${name}:latest`;
}

/** Go's encoding/json words syntax errors differently from V8; tests match on these texts. */
export function goJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return 'unexpected EOF';
  const token = /Unexpected token '?(.)/.exec(message)?.[1];
  const position = /position (\d+)/.exec(message)?.[1];
  const char = token ?? (position === undefined ? undefined : text[Number(position)]) ?? text.trim()[0] ?? '?';
  return `invalid character '${char}' looking for beginning of value`;
}

/** Resolves true after `ms`, or false as soon as the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Waits for the bytes to reach the socket, so a later destroy() cannot swallow them. */
function writeLine(res: ServerResponse, value: unknown): Promise<void> {
  return new Promise((resolve) => {
    res.write(`${JSON.stringify(value)}\n`, () => resolve());
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, contentType = JSON_TYPE): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': contentType });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Chat-template tokens around each message (gemma3: <start_of_turn>user and <end_of_turn>), and the reply's opening. */
const TEMPLATE_TOKENS_PER_MESSAGE = 4;
const TEMPLATE_TOKENS_REPLY = 3;

/**
 * A prompt_eval_count of the kind a real tokenizer gives, by a rule per kind of line,
 * near what gemma3's tokenizer gives on the corpus of real commits:
 * - a line of prose (at least 80% letters and spaces): 4.2 characters per token;
 * - any other line (code, data, markers): 2.8 characters per token;
 * - each line: 1 more for its newline;
 * - each message: TEMPLATE_TOKENS_PER_MESSAGE, and TEMPLATE_TOKENS_REPLY once.
 */
export function realisticPromptTokens(contents: readonly string[]): number {
  let tokens = TEMPLATE_TOKENS_REPLY;
  for (const content of contents) {
    tokens += TEMPLATE_TOKENS_PER_MESSAGE;
    for (const line of content.split('\n')) {
      let letters = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 32 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      }
      const prose = line.length > 0 && letters / line.length >= 0.8;
      tokens += Math.ceil(line.length / (prose ? 4.2 : 2.8)) + 1;
    }
  }
  return tokens;
}

/** The prompt's token count as Ollama reports it in prompt_eval_count, which the runner caps at num_ctx by truncating. */
function promptTokens(body: Record<string, unknown>, how: ModelScript['promptTokens'], factor = 1): number {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const contents: string[] = [];
  for (const message of messages) {
    if (isRecord(message) && typeof message.content === 'string') contents.push(message.content);
  }
  const chars = contents.reduce((n, c) => n + c.length, 0);
  const tokens = Math.ceil(factor * (how === 'realistic' ? realisticPromptTokens(contents) : Math.max(1, Math.ceil(chars / 4))));
  const numCtx = isRecord(body.options) ? body.options.num_ctx : undefined;
  return typeof numCtx === 'number' && numCtx > 0 ? Math.min(tokens, numCtx) : tokens;
}

interface InFlight {
  res: ServerResponse;
  stop: AbortController;
  /** set when the fake itself ended or dropped the response, so it is not counted as a client abort */
  serverEnded: boolean;
}

interface Waiter {
  index: number;
  resolve: (request: ReceivedRequest) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export async function startFakeOllama(
  models: Record<string, ModelScript> = {},
  opts: { version?: string; port?: number; host?: string } = {},
): Promise<FakeOllama> {
  const scripts = new Map<string, ModelScript>(Object.entries(models));
  const requests: ReceivedRequest[] = [];
  const waiters: Waiter[] = [];
  // Every accepted /api/chat response in progress, so close() can end the ones that never finish.
  const inFlight = new Set<InFlight>();
  let abortedStreams = 0;
  let closing = false;

  const findModel = (name: string): ModelScript | undefined => {
    const exact = scripts.get(name);
    if (exact) return exact;
    for (const [known, script] of scripts) {
      if (withTag(known) === withTag(name)) return script;
    }
    return undefined;
  };

  const chatRequests = (): ReceivedRequest[] =>
    requests.filter((r) => r.method === 'POST' && r.path === '/api/chat');

  const settleWaiters = (): void => {
    const chats = chatRequests();
    for (const waiter of [...waiters]) {
      const request = chats[waiter.index - 1];
      if (!request) continue;
      clearTimeout(waiter.timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
  };

  async function chat(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const model = body.model;
    if (typeof model !== 'string' || model === '') {
      sendJson(res, 400, { error: 'model is required' });
      return;
    }
    const script = findModel(model);
    if (!script) {
      sendJson(res, 404, { error: `model '${model}' not found` });
      return;
    }
    const capabilities = script.capabilities ?? ['completion'];
    if (body.think !== undefined && !capabilities.includes('thinking')) {
      // Go's %q quoting, as in routes.go.
      sendJson(res, 400, { error: `${JSON.stringify(model)} does not support thinking` });
      return;
    }

    const stop = new AbortController();
    const entry: InFlight = { res, stop, serverEnded: false };
    inFlight.add(entry);
    res.on('close', () => {
      inFlight.delete(entry);
      stop.abort();
      // A close before end() means the client went away; server-side drops and close() do not count.
      if (!res.writableFinished && !entry.serverEnded && !closing) abortedStreams += 1;
    });
    const serverDrop = (): void => {
      entry.serverEnded = true;
      res.socket?.destroy();
    };

    const started = process.hrtime.bigint();
    if (!(await pause(script.headerDelayMs ?? 0, stop.signal))) return;
    const loadNs = Number(process.hrtime.bigint() - started);
    if (script.hang) return; // left open until the client aborts or close() destroys it

    if (script.status !== undefined || script.error !== undefined) {
      sendJson(res, script.status ?? 500, { error: script.error ?? 'internal server error' });
      return;
    }

    const streaming = body.stream !== false;
    const wantsThinking = body.think !== false;
    const thinking = wantsThinking ? (script.thinking ?? []) : [];
    const chunks = script.chunks ?? DEFAULT_CHUNKS;
    const delay = script.chunkDelayMs ?? 0;
    const lines: Array<{ content: string; thinking?: string }> = [
      ...thinking.map((piece) => ({ content: '', thinking: piece })),
      ...chunks.map((piece) => ({ content: piece })),
    ];
    const midError = script.midStreamError;
    const createdAt = (): string => new Date().toISOString();

    let sent = 0; // content/thinking lines generated so far
    let written = false;
    for (const line of lines) {
      if (midError && sent - thinking.length >= midError.afterChunks) break;
      if (script.dropAfterChunks !== undefined && sent >= script.dropAfterChunks) break;
      if (sent > 0 && !(await pause(delay, stop.signal))) return;
      if (stop.signal.aborted) return;
      if (streaming) {
        if (!written) res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
        await writeLine(res, {
          model,
          created_at: createdAt(),
          message: { role: 'assistant', ...line },
          done: false,
        });
        written = true;
      }
      sent += 1;
    }
    if (stop.signal.aborted) return;

    if (script.dropAfterChunks !== undefined && sent >= script.dropAfterChunks) {
      serverDrop();
      return;
    }
    if (midError) {
      if (streaming && written) {
        await writeLine(res, { error: midError.error });
        entry.serverEnded = true;
        res.end();
      } else {
        // Nothing written yet: gin still can set a status, so the error becomes a 500,
        // with the bare content type streamResponse sets.
        sendJson(res, 500, { error: midError.error }, streaming ? 'application/json' : JSON_TYPE);
      }
      return;
    }

    const content = chunks.join('');
    const evalNs = Number(process.hrtime.bigint() - started) - loadNs;
    const final = {
      model,
      created_at: createdAt(),
      message: streaming
        ? { role: 'assistant', content: '' }
        : { role: 'assistant', content, ...(thinking.length ? { thinking: thinking.join('') } : {}) },
      done_reason: script.doneReason ?? 'stop',
      done: !script.noDone,
      total_duration: loadNs + evalNs + 1_000_000,
      load_duration: loadNs,
      prompt_eval_count: promptTokens(body, script.promptTokens, script.promptTokensFactor),
      prompt_eval_duration: 1_000_000,
      eval_count: lines.length,
      eval_duration: Math.max(evalNs, 1),
    };
    if (!streaming) {
      sendJson(res, 200, final);
      return;
    }
    if (!written) res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    if (!script.noDone) await writeLine(res, final);
    res.end();
  }

  function show(res: ServerResponse, body: Record<string, unknown>): void {
    const model = typeof body.model === 'string' && body.model ? body.model : body.name;
    if (typeof model !== 'string' || model === '') {
      sendJson(res, 400, { error: 'model is required' });
      return;
    }
    const script = findModel(model);
    if (!script) {
      sendJson(res, 404, { error: `model '${model}' not found` });
      return;
    }
    const arch = script.architecture ?? DEFAULT_ARCHITECTURE;
    sendJson(res, 200, {
      license: '',
      modelfile: `# Modelfile generated by "ollama show"\nFROM ${withTag(model)}\nTEMPLATE {{ .Prompt }}\n`,
      parameters: 'stop                           "<end_of_turn>"\ntemperature                    1',
      template: '{{ .Prompt }}',
      details: details(arch),
      model_info: {
        'general.architecture': arch,
        'general.parameter_count': 999_885_952,
        'general.quantization_version': 2,
        [`${arch}.context_length`]: script.contextLength ?? DEFAULT_CONTEXT_LENGTH,
        [`${arch}.embedding_length`]: 1152,
        [`${arch}.block_count`]: 26,
      },
      capabilities: script.capabilities ?? ['completion'],
      modified_at: MODIFIED_AT,
    });
  }

  function details(arch: string): Record<string, unknown> {
    return {
      parent_model: '',
      format: 'gguf',
      family: arch,
      families: [arch],
      parameter_size: '999.89M',
      quantization_level: 'Q4_K_M',
    };
  }

  function tags(): unknown {
    return {
      models: [...scripts].map(([name, script]) => {
        const arch = script.architecture ?? DEFAULT_ARCHITECTURE;
        return {
          name: withTag(name),
          model: withTag(name),
          modified_at: MODIFIED_AT,
          size: 815_319_791,
          digest: createHash('sha256').update(withTag(name)).digest('hex'),
          details: details(arch),
        };
      }),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const text = await readBody(req);
    let body: unknown = text === '' ? undefined : text;
    let jsonError: string | undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch (error) {
        jsonError = goJsonError(text, error);
      }
    }
    requests.push({ method, path, body, at: Date.now(), headers: req.headers });
    settleWaiters();

    const route = `${method} ${path}`;
    if (route === 'POST /api/chat' || route === 'POST /api/show') {
      if (text.trim() === '') return sendJson(res, 400, { error: 'missing request body' });
      if (jsonError !== undefined) return sendJson(res, 400, { error: jsonError });
      // Go decodes a non-object into the request struct with an unmarshal error.
      if (!isRecord(body)) return sendJson(res, 400, { error: 'json: cannot unmarshal into Go value of type api.Request' });
      return route === 'POST /api/chat' ? chat(res, body) : show(res, body);
    }
    switch (route) {
      case 'GET /api/tags':
        return sendJson(res, 200, tags());
      case 'GET /api/version':
        return sendJson(res, 200, { version: opts.version ?? DEFAULT_VERSION });
      case 'GET /api/ps':
        return sendJson(res, 200, { models: [] });
      case 'GET /':
      case 'HEAD /':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Ollama is running');
        return;
      default:
        // gin's NoRoute answer, also used for a known path with the wrong method.
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('404 page not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      } else {
        res.destroy();
      }
    });
  });

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | undefined;
  const fake: FakeOllama = {
    url,
    requests,
    chatRequests,
    setModel: (name, script) => void scripts.set(name, script),
    removeModel: (name) => {
      for (const known of [...scripts.keys()]) {
        if (known === name || withTag(known) === withTag(name)) scripts.delete(known);
      }
    },
    get abortedStreams() {
      return abortedStreams;
    },
    get activeStreams() {
      return inFlight.size;
    },
    waitForChat(count, timeoutMs = 5000) {
      const index = count ?? chatRequests().length + 1;
      const existing = chatRequests()[index - 1];
      if (existing) return Promise.resolve(existing);
      if (closing) return Promise.reject(new Error('fake ollama is closed'));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`fake ollama: /api/chat request #${index} did not arrive within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = { index, resolve, reject, timer };
        waiters.push(waiter);
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const waiter of waiters.splice(0)) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error('fake ollama is closed'));
        }
        for (const { res, stop } of inFlight) {
          stop.abort();
          res.destroy();
        }
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closed;
    },
  };
  return fake;
}
