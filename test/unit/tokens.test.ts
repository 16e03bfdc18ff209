import { Ollama } from 'ollama/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiffFile, type Hunk, parseDiff } from '../../src/change/diff.js';
import { systemPrompt } from '../../src/prompt/presets.js';
import { PROMPT_MARGIN_TOKENS, buildPrompt } from '../../src/prompt/prompt.js';
import { CAUTIOUS_RATES, SAFETY, TokenEstimator, estimateTokens, lineUnits, textUnits } from '../../src/prompt/tokens.js';
import { type FakeOllama, realisticPromptTokens, startFakeOllama } from '../support/fake-ollama.js';
import samples from './fixtures/token-counts.json' with { type: 'json' };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the counted pieces of a text', () => {
  it('cost a text what its lines cost apart, so adding up lines as they are chosen bounds the whole', () => {
    const r = rng(7);
    const alphabet = ['a', 'B', ' ', '  ', '7', 'é', '語', '🙂', '\n', '{', '', 'x'];
    const piece = (): string =>
      Array.from({ length: Math.floor(r() * 40) }, () => alphabet[Math.floor(r() * alphabet.length)]!).join('');
    for (let k = 0; k < 2000; k++) {
      const text = `${piece()}\n${piece()}`;
      const lines = text.split('\n');
      expect(textUnits(text)).toBe(lines.reduce((n, l) => n + lineUnits(l), 0));
      for (const rate of [0.8, 1, 1.22, 1.37]) {
        const perLine = lines.reduce((n, l) => n + Math.ceil(lineUnits(l) * rate), 0);
        expect(estimateTokens(text, rate)).toBeLessThanOrEqual(perLine);
      }
    }
    expect(estimateTokens('')).toBe(0);
  });

  it('start above what four real tokenizers count for code, prose, a journal and lock-file JSON', () => {
    for (const [name, s] of Object.entries(samples.samples)) {
      const estimate = estimateTokens(s.text);
      for (const [tokenizer, count] of Object.entries(s.counts)) {
        expect(estimate, `${name} with ${tokenizer}`).toBeGreaterThanOrEqual(count);
      }
    }
  });

  it('track real tokenizers far closer than characters per token do, across kinds of text', () => {
    // gemma3's tokens per piece over the samples stay within a factor of 1.25; its characters
    // per token range twice as wide.
    const perPiece = Object.values(samples.samples).map((s) => s.counts.gemma3 / textUnits(s.text));
    const perChar = Object.values(samples.samples).map((s) => s.text.length / s.counts.gemma3);
    expect(Math.max(...perPiece) / Math.min(...perPiece)).toBeLessThan(1.25);
    expect(Math.max(...perChar) / Math.min(...perChar)).toBeGreaterThan(1.5);
  });

  it('cost digits, non-ASCII text and camelCase more than plain words', () => {
    expect(lineUnits('2024-05-12 13:45:09')).toBeGreaterThanOrEqual(15);
    const cjk = '今日は港まで歩いて霧とカモメについて書いた。';
    expect(estimateTokens(cjk)).toBeGreaterThanOrEqual(cjk.length);
    expect(lineUnits('getOrderedSchemaKeys')).toBeGreaterThan(lineUnits('getorderedschemakeys'));
    expect(lineUnits('sha512-wuLK/VztRRpMt9zyHSazyCVdCXlpHkKm34WUyinD2lzK07FAHTq0KQ')).toBeGreaterThan(30);
  });
});

describe('TokenEstimator', () => {
  const mix = (code: number, prose: number) => ({ code, prose });

  it('starts cautious, for every model', () => {
    const t = new TokenEstimator();
    expect(t.rates('gemma3')).toEqual(CAUTIOUS_RATES);
    expect(t.rates('anything')).toEqual(CAUTIOUS_RATES);
  });

  it('moves toward what the server reports, per model and per kind, keeping a margin above it', () => {
    const t = new TokenEstimator();
    t.learn('qwen3', mix(0, 5000), 4400); // prose at 0.88 tokens per piece
    expect(t.rates('qwen3').prose).toBeCloseTo(0.88 * SAFETY, 5);
    expect(t.rates('gemma3')).toEqual(CAUTIOUS_RATES);
    // Code never seen is not taken to be cheaper than the cautious start.
    expect(t.rates('qwen3').code).toBe(CAUTIOUS_RATES.code);
    t.learn('qwen3', mix(6000, 100), 5700);
    expect(t.rates('qwen3').code).toBeGreaterThan(5700 / 6100);
    expect(t.rates('qwen3').code).toBeLessThan(CAUTIOUS_RATES.code);
  });

  it('learns upward at once when the server counts more than estimated', () => {
    const t = new TokenEstimator();
    t.learn('llama2', mix(4000, 0), 5600); // 1.4 tokens per piece: more than the start assumed
    expect(t.rates('llama2').code).toBeGreaterThanOrEqual(1.4 * SAFETY);
    // And the same prompt again is now estimated above what the server said.
    expect(4000 * t.rates('llama2').code).toBeGreaterThan(5600);
  });

  it('follows the most demanding of recent answers, so one easy text does not make the next one overflow', () => {
    const t = new TokenEstimator();
    t.learn('gemma3', mix(5000, 0), 5350); // 1.07
    t.learn('gemma3', mix(5000, 0), 4500); // 0.90
    expect(t.rates('gemma3').code).toBeCloseTo(1.07 * SAFETY, 5);
    // Old answers age out.
    for (let k = 0; k < 6; k++) t.learn('gemma3', mix(5000, 0), 4500);
    expect(t.rates('gemma3').code).toBeCloseTo(0.9 * SAFETY, 5);
  });

  it('ignores counts that cannot be right, and prompts too small to say anything', () => {
    const t = new TokenEstimator();
    for (const bad of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) t.learn('m', mix(0, 5000), bad);
    t.learn('m', mix(0, 5000), 20); // far below any tokenizer: a truncated or cached count
    t.learn('m', mix(0, 5000), 90_000); // far above any
    t.learn('m', mix(0, 300), 150);
    expect(t.rates('m')).toEqual(CAUTIOUS_RATES);
  });

  it('keeps what it learned across a snapshot, and drops what makes no sense in one', () => {
    const t = new TokenEstimator();
    t.learn('gemma3', mix(0, 5000), 5000);
    const copy = new TokenEstimator(JSON.parse(JSON.stringify(t.snapshot())));
    expect(copy.rates('gemma3')).toEqual(t.rates('gemma3'));
    const odd = new TokenEstimator({ x: { code: [Number.NaN, 99, 'a' as unknown as number], prose: [1] } });
    expect(odd.rates('x').code).toBe(CAUTIOUS_RATES.code);
    expect(odd.rates('x').prose).toBeCloseTo(SAFETY, 5);
  });
});

// ---------------------------------------------------------------- against a server that counts

function prose(i: number): string {
  return `Paragraph ${i} tells how the walk along the river went, who came along, and what the weather did all afternoon.`;
}

/** A long Markdown file rewritten: more than any window holds. */
function proseChange(n: number): DiffFile[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`-${prose(i)}`, `+${prose(i).replace('walk', 'long walk')}`);
  const h: Hunk = { header: `@@ -1,${n} +1,${n} @@`, lines, added: n, removed: n };
  return [{ path: 'notes/walks.md', status: 'modified', binary: false, added: n, removed: n, hunks: [h] }];
}

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the estimate, fed by a server that reports realistic counts', () => {
  it('lets a prose change use at least 80% of its budget after a few answers, and never more than all of it', async () => {
    fake = await startFakeOllama({ gemma3: { chunks: ['Describe the walks'], promptTokens: 'realistic' } });
    const client = new Ollama({ host: fake.url });
    const estimator = new TokenEstimator();
    const numCtx = 8192;
    const numPredict = 256;
    const budget = numCtx - numPredict;
    const files = proseChange(3000);
    const used: number[] = [];
    for (let round = 0; round < 4; round++) {
      const p = buildPrompt({ files, system: systemPrompt('journal'), recentSubjects: [], numCtx, numPredict, rates: estimator.rates('gemma3') });
      const answer = await client.chat({
        model: 'gemma3',
        messages: [
          { role: 'system', content: p.system },
          { role: 'user', content: p.user },
        ],
        stream: false,
        options: { num_ctx: numCtx, num_predict: numPredict },
      });
      const counted = answer.prompt_eval_count;
      expect(counted).toBe(realisticPromptTokens([p.system, p.user]));
      expect(counted, `round ${round}`).toBeLessThanOrEqual(budget - PROMPT_MARGIN_TOKENS / 2);
      used.push(counted / budget);
      estimator.learn('gemma3', p.mix, counted);
    }
    // The cautious first request leaves room; the learned ones use it.
    expect(used[0]).toBeLessThan(used[3]!);
    expect(used[3]).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps a code change within the window when the server counts more than the start assumed', async () => {
    // A tokenizer that needs 1.4 tokens per piece: the first request may not use the window well, the next fit it.
    const estimator = new TokenEstimator();
    const lines = Array.from({ length: 4000 }, (_, i) => `+  local value_${i} = compute(${i}, "${'x'.repeat(i % 30)}")`);
    const files = parseDiff(['diff --git a/a.lua b/a.lua', 'new file mode 100644', '--- /dev/null', '+++ b/a.lua', `@@ -0,0 +1,${lines.length} @@`, ...lines].join('\n'));
    for (let round = 0; round < 3; round++) {
      const p = buildPrompt({ files, system: systemPrompt('code'), recentSubjects: [], numCtx: 8192, numPredict: 256, rates: estimator.rates('m') });
      const counted = Math.ceil((p.mix.code + p.mix.prose) * 1.4);
      if (round > 0) expect(counted, `round ${round}`).toBeLessThanOrEqual(8192 - 256);
      estimator.learn('m', p.mix, counted);
    }
  });
});
