// What the token estimate learned, kept on disk: read back by the next process, ignored
// (and said once) when it cannot be used, and the effect a user sees: a second Neovim's
// first request fills more of the window than the first Neovim's did, a regenerate sends
// the same prompt, and a prompt the server cut is followed by a smaller one.
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiffFile } from '../../src/change/diff.js';
import { generate, type GenerateInput } from '../../src/model/generate.js';
import { RATES_FILE_NAME, ratesFilePath, readRates, saveRates } from '../../src/model/rates-file.js';
import type { Prompt } from '../../src/prompt/prompt.js';
import { ESTIMATOR_VERSION, GEMMA3_TOKENIZER, OVERFLOW_STEP, TokenEstimator, UNKNOWN_TOKENIZER } from '../../src/prompt/tokens.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

let dir: string;
let file: string;
let fake: FakeOllama | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcp-rates-'));
  file = join(dir, 'state', 'git-commit-push', RATES_FILE_NAME);
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const learned = { code: [1.01, 0.98], prose: [0.97] };

describe('the rates file', () => {
  it('lives in the plugin state folder under $XDG_STATE_HOME, else ~/.local/state', () => {
    expect(ratesFilePath({ XDG_STATE_HOME: '/x/state' })).toBe('/x/state/git-commit-push/token-rates.json');
    expect(ratesFilePath({ HOME: '/h' })).toMatch(/\/\.local\/state\/git-commit-push\/token-rates\.json$/);
    // A relative XDG_STATE_HOME is invalid by the XDG spec: not a folder under whatever the cwd is.
    expect(ratesFilePath({ XDG_STATE_HOME: 'relative/state' })).toMatch(/^\/.*\/\.local\/state\/git-commit-push\/token-rates\.json$/);
  });

  it('missing: nothing learned, nothing to say', async () => {
    expect(await readRates(file)).toEqual({ snapshot: {} });
  });

  it('keeps each model apart, and a save keeps the other models on disk', async () => {
    await saveRates(file, 'gemma3', learned);
    await saveRates(file, 'qwen3', { code: [0.9], prose: [] });
    const { snapshot, problem } = await readRates(file);
    expect(problem).toBeUndefined();
    expect(snapshot.gemma3).toEqual(learned);
    expect(snapshot.qwen3).toEqual({ code: [0.9], prose: [] });
    // Another model learned nothing for this one: gemma3's start, not qwen3's rates.
    const t = new TokenEstimator({ qwen3: snapshot.qwen3! });
    expect(t.rates('gemma3', 'gemma3')).toEqual({ code: GEMMA3_TOKENIZER.start, prose: GEMMA3_TOKENIZER.start });
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(ESTIMATOR_VERSION);
  });

  it('of another version: ignored without a word, and replaced by the next save', async () => {
    mkdirSync(join(dir, 'state', 'git-commit-push'), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: ESTIMATOR_VERSION + 1, models: { gemma3: { code: [0.6], prose: [0.6] } } }));
    expect(await readRates(file)).toEqual({ snapshot: {} });
    writeFileSync(file, JSON.stringify({ version: ESTIMATOR_VERSION - 1, models: 'whatever it was then' }));
    expect(await readRates(file)).toEqual({ snapshot: {} });
    await saveRates(file, 'gemma3', learned);
    expect((await readRates(file)).snapshot).toEqual({ gemma3: learned });
  });

  it('corrupt or unreadable: ignored, with one line that says where and why', async () => {
    mkdirSync(join(dir, 'state', 'git-commit-push'), { recursive: true });
    for (const text of ['{"version": 2, "models": {"gemma3": ', 'null', '[1,2]', '{"models": {}}', `{"version": ${ESTIMATOR_VERSION}, "models": []}`]) {
      writeFileSync(file, text);
      expect(await readRates(file)).toEqual({
        snapshot: {},
        problem: `learned token rates in ${file} are not readable (not a rates file): ignored, starting from the cautious estimate`,
      });
    }
    rmSync(file);
    mkdirSync(file); // a folder where the file should be
    expect(await readRates(file)).toEqual({
      snapshot: {},
      problem: `learned token rates not read from ${file} (EISDIR): starting from the cautious estimate`,
    });
  });
});

describe('writing the rates file', () => {
  it('replaces the file whole: a reader that has the old one open reads it to its end, unchanged', async () => {
    await saveRates(file, 'gemma3', learned);
    const before = readFileSync(file, 'utf8');
    const fd = openSync(file, 'r');
    try {
      await saveRates(file, 'qwen3', { code: [0.9], prose: [] });
      const buf = Buffer.alloc(64 * 1024);
      expect(buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8')).toBe(before);
    } finally {
      closeSync(fd);
    }
    expect((await readRates(file)).snapshot).toEqual({ gemma3: learned, qwen3: { code: [0.9], prose: [] } });
    expect(readdirSync(dirname(file))).toEqual([RATES_FILE_NAME]);
  });

  it('a save that cannot be put in place fails, and leaves no temporary file behind', async () => {
    mkdirSync(file, { recursive: true }); // a folder where the file should be: the rename fails
    await expect(saveRates(file, 'gemma3', learned)).rejects.toThrow(/EISDIR/);
    expect(readdirSync(dirname(file))).toEqual([RATES_FILE_NAME]);
  });

  it('saves at once in one process: each succeeds, and none leaves a temporary file behind', async () => {
    const models = Array.from({ length: 8 }, (_, i) => `model${i}`);
    await Promise.all(models.map((m) => saveRates(file, m, learned)));
    expect((await readRates(file)).problem).toBeUndefined();
    expect(readdirSync(dirname(file))).toEqual([RATES_FILE_NAME]);
  });
});

describe('reading odd entries', () => {
  it('keeps only what can be a rate: finite numbers, under models whose entry is an object', async () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: ESTIMATOR_VERSION, models: { gemma3: { code: [1.01, '1.1', null, true, {}], prose: 'x' }, qwen3: 5, llama3: null, phi3: 'fast' } }));
    expect(await readRates(file)).toEqual({ snapshot: { gemma3: { code: [1.01], prose: [] } } });
  });
});

describe('the estimate', () => {
  const mix = (code: number, prose: number) => ({ code, prose });

  it('starts from what is known of the tokenizer: gemma3 measured, anything else cautious', () => {
    const t = new TokenEstimator();
    expect(t.rates('gemma3', 'gemma3').code).toBe(GEMMA3_TOKENIZER.start);
    expect(t.rates('phi4-mini', 'phi3').code).toBe(UNKNOWN_TOKENIZER.start);
    expect(t.rates('gemma3').code).toBe(UNKNOWN_TOKENIZER.start);
  });

  it('never learns gemma3 below its floor, however easy the texts were', () => {
    const t = new TokenEstimator();
    t.learn('gemma3', mix(0, 5000), 3500, { architecture: 'gemma3' }); // 0.70
    expect(t.rates('gemma3', 'gemma3').prose).toBe(GEMMA3_TOKENIZER.floor);
  });

  it('takes a count at the room as a cut prompt: the next is built at least a quarter smaller', () => {
    const t = new TokenEstimator();
    t.learn('gemma3', mix(6000, 1000), 7000, { architecture: 'gemma3', room: 7936 });
    const before = t.rates('gemma3', 'gemma3');
    t.learn('gemma3', mix(6000, 1000), 7936, { architecture: 'gemma3', room: 7936 });
    const after = t.rates('gemma3', 'gemma3');
    expect(after.code).toBeGreaterThanOrEqual(before.code * OVERFLOW_STEP - 1e-9);
    expect(after.prose).toBeGreaterThanOrEqual(before.prose * OVERFLOW_STEP - 1e-9);
  });
});

describe('generate() with the rates file', () => {
  // A change far larger than the window: 4,000 new lines of prose.
  const BIG: DiffFile[] = [
    {
      path: 'notes.md',
      status: 'added',
      binary: false,
      added: 4000,
      removed: 0,
      hunks: [
        {
          header: '@@ -0,0 +1,4000 @@',
          lines: Array.from({ length: 4000 }, (_, i) => `+Entry ${i}: the ferry left late again, and the harbour smelled of rain and diesel.`),
          added: 4000,
          removed: 0,
        },
      ],
    },
  ];

  // A model of its own per test: what one test learned stays in this process's memory.
  let model = '';
  let n = 0;
  beforeEach(() => {
    model = `gemma3:t${++n}`;
  });

  function input(host: string, over: Partial<GenerateInput> = {}): GenerateInput {
    return {
      host,
      model,
      system: 'You write git commit messages.',
      files: BIG,
      recentSubjects: [],
      numCtx: 8192,
      numPredict: 256,
      keepAlive: '30m',
      timeoutMs: 20_000,
      signal: new AbortController().signal,
      ratesFile: file,
      ...over,
    };
  }

  async function run(host: string, over: Partial<GenerateInput> = {}): Promise<{ prompt: Prompt; notes: string[] }> {
    let seen: { prompt: Prompt; notes: string[] } | undefined;
    const r = await generate(input(host, { ...over, onPrompt: (prompt, notes) => (seen = { prompt, notes }) }));
    expect(r.ok).toBe(true);
    return seen!;
  }

  it('writes what it learned, and the next process starts from it with a fuller prompt', async () => {
    fake = await startFakeOllama({ [model]: { chunks: ['Add notes'], promptTokens: 'realistic' } });
    const first = await run(fake.url);
    expect(existsSync(file)).toBe(true);
    const stored = (await readRates(file)).snapshot[model]!;
    expect(stored.prose.length).toBeGreaterThan(0);
    // Another host is another node host's memory: only the file carries what was learned.
    fake.close();
    fake = await startFakeOllama({ [model]: { chunks: ['Add notes'], promptTokens: 'realistic' } });
    const second = await run(fake.url);
    expect(second.prompt.user.length).toBeGreaterThan(first.prompt.user.length);
    const counts = fake.requests.filter((r) => r.path === '/api/chat');
    expect(counts.length).toBe(1);
  });

  it('sends the same prompt again when regenerating an unchanged change, and learns nothing twice from it', async () => {
    fake = await startFakeOllama({ [model]: { chunks: ['Add notes'], promptTokens: 'realistic' } });
    await run(fake.url);
    const seen = (await readRates(file)).snapshot[model]!.prose.length;
    const again = await run(fake.url);
    const chats = fake.requests.filter((r) => r.path === '/api/chat').map((r) => JSON.stringify(r.body));
    expect(chats).toHaveLength(2);
    expect(chats[1]).toBe(chats[0]);
    expect(again.prompt.user.length).toBeGreaterThan(0);
    // Its count is the first sending's again: not recorded twice, so regenerating five more
    // times does not push the earlier answers out of the six the rate follows.
    for (let i = 0; i < 5; i++) await run(fake.url);
    expect((await readRates(file)).snapshot[model]!.prose.length).toBe(seen);
  });

  it('builds the next prompt smaller when the server counted the last one at the window', async () => {
    fake = await startFakeOllama({ [model]: { chunks: ['Add notes'], promptTokens: 'realistic', promptTokensFactor: 3 } });
    const cut = await run(fake.url);
    const next = await run(fake.url);
    expect(next.prompt.user.length).toBeLessThan(cut.prompt.user.length * 0.85);
    const chats = fake.requests.filter((r) => r.path === '/api/chat');
    expect(chats).toHaveLength(2);
  });

  it('says once that a corrupt file was ignored, and writes a good one', async () => {
    mkdirSync(join(dir, 'state', 'git-commit-push'), { recursive: true });
    writeFileSync(file, 'not json at all');
    fake = await startFakeOllama({ [model]: { chunks: ['Add notes'], promptTokens: 'realistic' } });
    const first = await run(fake.url, { ratesFile: file });
    expect(first.notes).toEqual([`learned token rates in ${file} are not readable (not a rates file): ignored, starting from the cautious estimate`]);
    expect((await readRates(file)).problem).toBeUndefined();
    chmodSync(file, 0o644);
  });
});
