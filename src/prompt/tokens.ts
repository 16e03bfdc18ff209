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
 * Where a model has answered nothing yet: above all four tokenizers measured on
 * the corpus (at most 1.21 tokens per piece, llama2 on lock-file JSON), so the
 * first request of a session fits too.
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
 * Learned rates are this much above what the server reported. Texts of one kind
 * still differ: gemma3 needs 0.90 to 1.07 tokens per piece over the corpus's code
 * files and 0.86 to 1.03 over its prose, a factor of 1.2 from the easiest to the
 * hardest; this and PROMPT_MARGIN_TOKENS cover it.
 */
export const SAFETY = 1.15;
/** Below this many pieces of a kind, one odd file (or the chat template's own tokens) would decide the rate. */
const MIN_UNITS = 1000;
/** A kind that makes up this share of a prompt is taken to account for all of its surprise. */
const DOMINANT_SHARE = 0.8;
/** How many of a kind's latest observations are kept: the most demanding of them is used. */
const WINDOW = 6;
/** No tokenizer in use comes near these; a report beyond them is a truncated or odd count. */
const MIN_RATE = 0.5;
const MAX_RATE = 3;
/** The fewest tokens per piece any measured tokenizer needs (llama3 on prose). */
const MIN_GUESS = 0.75;

interface KindState {
  /** Tokens per piece implied by recent answers, oldest first. */
  seen: number[];
}

interface ModelState {
  code: KindState;
  prose: KindState;
}

export interface EstimatorSnapshot {
  [model: string]: { code: number[]; prose: number[] };
}

/**
 * Learns, per model and per kind of text, how many tokens a counted piece costs,
 * from the `prompt_eval_count` Ollama reports in its final chunk. It starts at
 * CAUTIOUS_RATES, follows the most demanding of the last few answers (so one
 * easy text does not make the next hard one overflow), and adds SAFETY on top.
 * The node host keeps one per process; nothing here touches Neovim or Ollama.
 */
export class TokenEstimator {
  private readonly models = new Map<string, ModelState>();

  constructor(snapshot?: EstimatorSnapshot) {
    if (!snapshot) return;
    for (const [model, s] of Object.entries(snapshot)) {
      const clean = (xs: unknown): number[] =>
        Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number' && x >= MIN_RATE && x <= MAX_RATE).slice(-WINDOW) : [];
      this.models.set(model, { code: { seen: clean(s.code) }, prose: { seen: clean(s.prose) } });
    }
  }

  /** The rates to build the next prompt for `model` with. */
  rates(model: string): TokenRates {
    const m = this.models.get(model);
    if (!m) return CAUTIOUS_RATES;
    return { code: effective(m.code, m.prose), prose: effective(m.prose, m.code) };
  }

  /**
   * Feeds back one answer: `sent` is what the prompt was made of (Prompt.mix), `reported`
   * Ollama's prompt_eval_count for it. Counts that cannot be right are ignored: none at
   * all (old servers, cached prompts on servers before 0.2), or one that implies a
   * tokenizer far outside any known.
   */
  learn(model: string, sent: TextMix, reported: number | undefined): void {
    if (reported === undefined || !Number.isFinite(reported) || reported <= 0) return;
    const total = sent.code + sent.prose;
    const m = this.models.get(model) ?? { code: { seen: [] }, prose: { seen: [] } };
    const before = this.rates(model);
    const ratio = reported / (sent.code * before.code + sent.prose * before.prose);
    const implied = (kind: TextKind): number | undefined => {
      const mine = sent[kind];
      if (mine < MIN_UNITS) return undefined;
      const otherKind: TextKind = kind === 'code' ? 'prose' : 'code';
      const otherSeen = m[otherKind].seen;
      if (mine / total >= DOMINANT_SHARE || otherSeen.length > 0) {
        // This kind accounts for what the other does not; the other is taken at its
        // cheapest, so that an error here makes the learned rate higher, not lower.
        const otherRate = otherSeen.length > 0 ? Math.min(...otherSeen) : MIN_GUESS;
        return Math.max(0, reported - sent[otherKind] * otherRate) / mine;
      }
      // A mix of two kinds not learned yet: both take the same share of the surprise.
      return (before[kind] / (m[kind].seen.length > 0 ? SAFETY : 1)) * ratio;
    };
    const code = implied('code');
    const prose = implied('prose');
    record(m.code, code);
    record(m.prose, prose);
    if (m.code.seen.length > 0 || m.prose.seen.length > 0) this.models.set(model, m);
  }

  /** For keeping what was learned across restarts, should the caller want to. */
  snapshot(): EstimatorSnapshot {
    const out: EstimatorSnapshot = {};
    for (const [model, m] of this.models) out[model] = { code: [...m.code.seen], prose: [...m.prose.seen] };
    return out;
  }
}

function record(k: KindState, rate: number | undefined): void {
  if (rate === undefined || !Number.isFinite(rate) || rate < MIN_RATE || rate > MAX_RATE) return;
  k.seen.push(rate);
  if (k.seen.length > WINDOW) k.seen.shift();
}

/**
 * A kind never seen borrows what the other kind taught about this model's
 * tokenizer, but never goes below the cautious start for it.
 */
function effective(k: KindState, other: KindState): number {
  if (k.seen.length > 0) return Math.max(...k.seen) * SAFETY;
  if (other.seen.length > 0) return Math.max(CAUTIOUS_RATES.code, Math.max(...other.seen) * SAFETY);
  return CAUTIOUS_RATES.code;
}
