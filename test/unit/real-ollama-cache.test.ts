// The stand-in server's prompt cache (test/support/real-ollama.ts), without the model: which
// of a new prompt's tokens it takes from the request before, by Ollama 0.12.11's rule for
// gemma3 and by the plain common-prefix rule. The model's side: test/e2e/real-model.test.ts.
import { describe, expect, it } from 'vitest';
import { reusablePrefix, type HeldState } from '../support/real-ollama.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** A prompt of n tokens, then an answer of `answer` tokens of which all but the last were evaluated. */
function after(prompt: number[], answer: number, window: number, engineFirst = 0): HeldState {
  const held = [...prompt, ...range(100_000, 100_000 + Math.max(0, answer - 1))];
  const lastBatchStart = answer > 1 ? held.length - 1 : 512 * Math.floor((prompt.length - 1) / 512);
  return { held, window, engineFirst, ollamaFirst: Math.max(0, lastBatchStart - window) };
}

describe('reusablePrefix', () => {
  it('nothing held, or nothing in common: the whole prompt is evaluated', () => {
    expect(reusablePrefix(range(0, 10), { held: [], window: Infinity, engineFirst: 0, ollamaFirst: 0 }, 'prefix')).toBe(0);
    expect(reusablePrefix(range(0, 10), { held: range(1, 11), window: Infinity, engineFirst: 0, ollamaFirst: 0 }, 'ollama')).toBe(0);
  });

  it('the same prompt again: all of it but its last token, which gives the first answer token its logits', () => {
    const prompt = range(0, 300);
    expect(reusablePrefix(prompt, after(prompt, 20, Infinity), 'prefix')).toBe(299);
    expect(reusablePrefix(prompt, after(prompt, 20, Infinity), 'ollama')).toBe(299);
    // Nothing answered yet (the request before was cut off at the prompt's end): the same.
    expect(reusablePrefix(prompt, { held: prompt, window: Infinity, engineFirst: 0, ollamaFirst: 0 }, 'ollama')).toBe(299);
  });

  it('a prompt that shares its start: that start, up to the first token that differs', () => {
    const before = range(0, 300);
    const now = [...range(0, 120), ...range(5000, 5200)];
    expect(reusablePrefix(now, after(before, 20, Infinity), 'prefix')).toBe(120);
    // A prompt that is the one before cut short: all of it but its last token.
    expect(reusablePrefix(range(0, 50), after(before, 20, Infinity), 'prefix')).toBe(49);
  });

  it("gemma3 on Ollama 0.12.11: after an answer of 2 tokens or more its sliding window no longer covers the prompt's end, so nothing is reused", () => {
    const prompt = range(0, 7000);
    expect(reusablePrefix(prompt, after(prompt, 256, 512), 'ollama')).toBe(0);
    expect(reusablePrefix(prompt, after(prompt, 2, 512), 'ollama')).toBe(0);
    // An answer of one token (never evaluated): the last batch was the prompt's, and its window is still held.
    expect(reusablePrefix(prompt, after(prompt, 1, 512), 'ollama')).toBe(6999);
    // A short prompt and answer, all within the window: reused.
    expect(reusablePrefix(range(0, 200), after(range(0, 200), 40, 512), 'ollama')).toBe(199);
    // No sliding window (a plain causal cache, or a memory of num_ctx or more): reused.
    expect(reusablePrefix(prompt, after(prompt, 256, Infinity), 'ollama')).toBe(6999);
  });

  it("the plain rule reuses what llama.cpp still holds: the window before the resume point must be there", () => {
    const prompt = range(0, 7000);
    // llama.cpp holds the window plus a batch: 1280 positions back from the last one evaluated.
    const held = after(prompt, 256, 512, 7255 - 1280);
    expect(reusablePrefix(prompt, held, 'prefix')).toBe(6999);
    // An answer so long that the window before the prompt's end was overwritten: evaluated again.
    expect(reusablePrefix(prompt, after(prompt, 1000, 512, 7999 - 1280), 'prefix')).toBe(0);
    // A shared start far behind what is held: evaluated again, not resumed without its window.
    const other = [...range(0, 3000), ...range(50_000, 54_000)];
    expect(reusablePrefix(other, held, 'prefix')).toBe(0);
  });
});
