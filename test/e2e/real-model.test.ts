/**
 * A real model in the loop: Gemma 3 270M run by llama.cpp (node-llama-cpp) behind an
 * Ollama-compatible server (test/support/real-ollama.ts), with real Neovim, the real node
 * host, the committed bundles, real git and a bare remote. `node scripts/real-model.mjs`
 * installs the model and the engine once; without them these tests fail and say so.
 * vitest.config.mts runs this file last: the model takes both cores while it answers.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { inReview } from '../support/flow.js';
import { currentLines, LEVEL, ROOT, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { startRealOllama, REAL_MODEL_NAME, type RealOllama } from '../support/real-ollama.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const BIN = join(ROOT, 'bin/git-commit-push.js');
// A 270M model on 2 shared cores: a small diff answers in seconds, a loaded machine takes longer.
const REAL_TIMEOUT = 240_000;
// Few threads: another test file may be running on the other core.
const THREADS = Number(process.env.REAL_MODEL_THREADS ?? 2) || 2;
// The same seed each run, so the model writes the same words for the same prompt.
const SEED = 42;

let real: RealOllama;
let sb: Sandbox;
let repo: Repo;
let n: Nvim | undefined;

beforeAll(async () => {
  real = await startRealOllama({ threads: THREADS, seed: SEED });
}, REAL_TIMEOUT);

afterAll(async () => {
  await real?.close();
});

beforeEach(() => {
  sb = makeSandbox('gcp-real-');
  repo = makeRepo(sb);
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  sb.remove();
});

function remote(format = '%B'): string {
  return sb.git(repo.bare, 'log', '-1', `--format=${format}`, 'master').trim();
}

describe('the real model', () => {
  it('\\g: the message streams in from Gemma 3 270M, and :w commits and pushes it to the bare remote', async () => {
    const before = real.chats.length;
    n = await startNvim(sb, {
      setup: { host: real.url, model: REAL_MODEL_NAME, preset: 'journal', num_ctx: 2048, num_predict: 64, timeout_ms: REAL_TIMEOUT },
      cwd: repo.work,
    });
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await n.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', ['It snowed all night; we walked to the lake and saw the ice.']);
    await n.nvim.input('\\g');
    await inReview(n);
    const nv = n;
    // Written by the model, not the fallback: the review's status says so once the answer is in.
    // Meanwhile the first line grows as the tokens arrive: every text it showed is kept.
    const shown = new Set<string>();
    const status = await waitFor(
      async () => {
        const lines = await currentLines(nv.nvim);
        if (lines[0]) shown.add(lines[0]);
        return lines.find((l) => /^# Status: written by /.test(l));
      },
      REAL_TIMEOUT,
      20,
    );
    expect(status).toContain(`written by ${REAL_MODEL_NAME}`);
    const subject = (await currentLines(nv.nvim))[0] ?? '';
    expect(real.chats.at(-1)!.evalCount).toBeGreaterThan(1);
    expect([...shown].some((text) => text.length < subject.length && subject.startsWith(text)), `the first line only ever showed ${JSON.stringify([...shown])}`).toBe(true);
    expect(subject).not.toBe('');
    expect(subject).not.toBe('Update journal.txt');

    // What the server saw and wrote: the diff in the prompt, through gemma3's template.
    expect(real.chats.length).toBe(before + 1);
    const chat = real.chats.at(-1)!;
    expect(chat.prompt).toContain('+It snowed all night');
    expect(chat.prompt.startsWith('<start_of_turn>user\n')).toBe(true);
    expect(chat.prompt.endsWith('<end_of_turn>\n<start_of_turn>model\n')).toBe(true);
    expect(chat.content.length).toBeGreaterThan(0);

    await nv.nvim.command('write');
    const note = await nv.waitForNote(/committed [0-9a-f]{7,} .*pushed to origin\/master/, 60_000);
    expect(note.level).toBe(LEVEL.INFO);
    expect(remote('%s')).toBe(subject);
    expect(sb.git(repo.bare, 'show', 'master:journal.txt')).toBe('Day one.\nIt snowed all night; we walked to the lake and saw the ice.\n');
    const warnings = (await nv.notes()).filter((x) => x.level >= LEVEL.WARN);
    expect(warnings).toEqual([]);
  }, REAL_TIMEOUT);

  it('git-commit-push --yes: the real model writes the message, the commit reaches the bare remote', async () => {
    const before = real.chats.length;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(repo.work, 'journal.txt'), 'Day one.\nThe first frost; the garden is white.\n');
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '--yes', '--model', REAL_MODEL_NAME, '--preset', 'journal', '--host', real.url, 'journal.txt'], {
        cwd: repo.work,
        env: sb.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code, r.stderr).toBe(0);
    expect(real.chats.length).toBe(before + 1);
    expect(real.chats.at(-1)!.prompt).toContain('+The first frost');
    const subject = remote('%s');
    expect(subject).not.toBe('');
    expect(subject).not.toBe('Update journal.txt');
    expect(r.stderr).not.toMatch(/default message/);
    expect(r.stderr).toContain(`committed `);
    expect(r.stderr).toContain('pushed to origin/master');
    expect(remote('%H')).toBe(sb.git(repo.work, 'log', '-1', '--format=%H').trim());
  }, REAL_TIMEOUT);
});

// ------------------------------------------------------------------ the same requests, fake and real

interface Answer {
  status: number;
  type: string;
  lines: unknown[];
}

async function ask(url: string, method: string, path: string, body?: string): Promise<Answer> {
  const res = await fetch(url + path, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }) });
  const text = await res.text();
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l): unknown => {
      try {
        return JSON.parse(l);
      } catch {
        return l;
      }
    });
  return { status: res.status, type: res.headers.get('content-type') ?? '', lines };
}

/** A value's shape: the JSON type of every field, recursively (arrays by their first item). */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  }
  return value === null ? 'null' : typeof value;
}

describe('the real server answers as the fake does', () => {
  let fake: FakeOllama;
  beforeAll(async () => {
    fake = await startFakeOllama({ [REAL_MODEL_NAME]: { chunks: ['Walk ', 'to the lake'] } });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('field by field: version, tags, show, a streamed chat (chunks and the done line), a whole chat, and the errors for an unknown model and bad requests', async () => {
    const chat = (extra: Record<string, unknown>): string =>
      JSON.stringify({
        model: REAL_MODEL_NAME,
        messages: [
          { role: 'system', content: 'Write one commit subject.' },
          { role: 'user', content: '+It snowed.' },
        ],
        keep_alive: '30m',
        options: { num_ctx: 512, num_predict: 8, temperature: 0 },
        ...extra,
      });
    const requests: Array<[string, string, string?]> = [
      ['GET', '/api/version'],
      ['GET', '/api/tags'],
      ['POST', '/api/show', JSON.stringify({ model: REAL_MODEL_NAME })],
      ['POST', '/api/chat', chat({ stream: true })],
      ['POST', '/api/chat', chat({ stream: false })],
      ['POST', '/api/chat', chat({ model: 'nosuch' })],
      ['POST', '/api/show', JSON.stringify({ model: 'nosuch' })],
      ['POST', '/api/chat', JSON.stringify({ messages: [] })],
      ['POST', '/api/chat', '{not json'],
      ['POST', '/api/chat', ''],
      ['GET', '/api/nothing'],
    ];
    for (const [method, path, body] of requests) {
      const [f, r] = [await ask(fake.url, method, path, body), await ask(real.url, method, path, body)];
      const what = `${method} ${path} ${body ?? ''}`;
      expect(r.status, what).toBe(f.status);
      expect(r.type, what).toBe(f.type);
      if (path === '/api/chat' && body?.includes('"stream":true')) {
        // Chunks, then one done line: the same fields of the same types in each.
        expect(r.lines.length, what).toBeGreaterThan(1);
        expect(r.lines.slice(0, -1).map(shape), what).toEqual(r.lines.slice(0, -1).map(() => shape(f.lines[0])));
        expect(shape(r.lines.at(-1)), what).toEqual(shape(f.lines.at(-1)));
        const done = r.lines.at(-1) as Record<string, unknown>;
        expect(done.done_reason, what).toBe('length'); // num_predict 8: the model had more to say
        expect(done.eval_count, what).toBe(8);
      } else if (f.lines.every((l) => typeof l !== 'object')) {
        expect(r.lines, what).toEqual(f.lines); // plain text: gin's 404
      } else {
        expect(r.lines.map(shape), what).toEqual(f.lines.map(shape));
        const err = (f.lines[0] as { error?: unknown }).error;
        if (err !== undefined) expect(r.lines, what).toEqual(f.lines);
      }
    }
    // The real context window and template, where the plugin reads them.
    const show = (await ask(real.url, 'POST', '/api/show', JSON.stringify({ model: REAL_MODEL_NAME }))).lines[0] as {
      model_info: Record<string, unknown>;
      template: string;
    };
    expect(show.model_info['gemma3.context_length']).toBe(32768);
    expect(show.template).toContain('<start_of_turn>user');
  }, REAL_TIMEOUT);
});

// ------------------------------------------------------------------ the prompt cache

describe("the prompt cache, as Ollama's runner keeps it", () => {
  async function chat(user: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${real.url}/api/chat`, {
      method: 'POST',
      body: JSON.stringify({
        model: REAL_MODEL_NAME,
        messages: [
          { role: 'system', content: 'Write one commit subject for the staged changes.' },
          { role: 'user', content: user },
        ],
        stream: false,
        keep_alive: '30m',
        // A window no other test asks for: the context is made anew, with nothing cached.
        options: { num_ctx: 1536, num_predict: 8 },
      }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  }
  const diff = (word: string): string => Array.from({ length: 50 }, (_, i) => `+${word} ${i}: the quick brown fox jumps over the lazy dog`).join('\n');

  it("the same request again: evaluated in full by gemma3's rule on Ollama 0.12.11, all but its last token reused by the plain rule; prompt_eval_count counts the whole prompt either way", async () => {
    try {
      const first = await chat(diff('line'));
      const cold = real.chats.at(-1)!;
      expect(cold.cachedTokens).toBe(0);
      expect(cold.promptTokens).toBeGreaterThan(600); // beyond the 512-token sliding window
      expect(first.prompt_eval_count).toBe(cold.promptTokens);

      // Ollama's gemma3 cache kept only the window behind the answer's last token: nothing to resume from.
      expect(real.promptCache).toBe('ollama');
      const again = await chat(diff('line'));
      expect(real.chats.at(-1)!.cachedTokens).toBe(0);
      expect(again.prompt_eval_count).toBe(first.prompt_eval_count);

      real.promptCache = 'prefix';
      const reused = await chat(diff('line'));
      const warm = real.chats.at(-1)!;
      expect(warm.cachedTokens).toBe(warm.promptTokens - 1);
      expect(reused.prompt_eval_count).toBe(first.prompt_eval_count);
      expect(reused.prompt_eval_duration as number).toBeLessThan(first.prompt_eval_duration as number);

      // Another change after the same instructions: only the shared start is reused.
      await chat(diff('text'));
      const other = real.chats.at(-1)!;
      expect(other.cachedTokens).toBeGreaterThan(10);
      expect(other.cachedTokens).toBeLessThan(other.promptTokens / 2);
    } finally {
      real.promptCache = 'ollama';
    }
  }, REAL_TIMEOUT);
});
