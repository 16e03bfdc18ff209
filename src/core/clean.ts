/**
 * Turns a local model's raw answer into a git commit message.
 *
 * Small models wrap the message in reasoning blocks, code fences, quotes,
 * preambles and markdown; some answer with an error text or a refusal.
 * `cleanMessage` undoes all that or says why the answer cannot be used;
 * `previewMessage` is the cheap variant shown while the answer streams in.
 */

export type Cleaned = { ok: true; message: string } | { ok: false; reason: string };

/** git's conventional body width; the subject is never wrapped or cut. */
const WIDTH = 72;

const REASON_EMPTY = 'the model returned an empty answer';
const REASON_ONLY_REASONING = 'the model returned only its reasoning, no message';
const REASON_ERROR = 'the model returned an error text';
const REASON_REFUSED = 'the model refused';

// `<think>`/`<thinking>` open and close tags, as one linear scan (no nested lazy regexes).
const THINK_TAG = /<(\/?)think(?:ing)?\s*>/gi;

// A fence line: ``` or ~~~ with an optional info string such as `text` or `git`.
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})\s*[\w+.#-]*\s*$/;
// A whole line wrapped in triple backticks: ```feat: add x```
const INLINE_FENCE = /^\s*`{3,}([^`\n]+?)`{3,}\s*$/;

// Indented lines are code or output samples: leave them exactly as written.
const CODE_LINE = /^(?: {4}|\t)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_TRAILER = /[ \t]+#+[ \t]*$/;
// Not inside words, so `2**10` stays arithmetic; never spanning another `**` keeps the scan linear.
const BOLD_STARS = /(?<![\w*])\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*(?![\w*])/g;
const BOLD_UNDERSCORES = /(?<!\w)__(?=[^\s_])((?:(?!__).)+?)(?<=[^\s_])__(?!\w)/g;
const BULLET = /^( {0,3})([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;

const PREAMBLES: readonly RegExp[] = [
  // "Here's a concise commit message for your changes:", "Sure! Here is the commit message"
  /^(?:(?:sure|okay|ok|certainly|of course|absolutely)[!.,]*\s+)?here(?:'s|’s|\s+is|\s+are)\b[^\n]*?\bcommit\s+messages?\b[^\n:]*(?::|(?=\n)|$)/i,
  // "Commit message:", "Suggested commit message (conventional):", "Commit message for foo.ts"
  /^(?:(?:suggested|proposed|generated|final|git)\s+)*commit\s+message(?:\s*\([^)\n]*\))?(?:\s+(?:for|of)\b[^\n:]*)?\s*(?::|(?=\n)|$)/i,
];
const PLACEHOLDER = /<\s*commit[ _-]?message\s*>/gi;
const TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…)$/;

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '«': '»',
};

const ERROR_START = /^\[?(?:error|exception)\b/i;
const TRACEBACK = /^Traceback \(most recent call last\)/;
const ERROR_CLASS = /^[A-Z][\w.]*(?:Error|Exception)\s*:/;
const PY_FRAME = /^\s*File "[^"\n]+", line \d+/;
const JS_FRAME = /^\s+at \S.*:\d+:\d+\)?$/;
const REFUSAL = /^(?:I['’]m sorry|I am sorry|sorry\b|I cannot\b|I can['’]?t\b|As an AI\b|I['’]m unable|I am unable)/i;

/** Final cleaning of the model's whole answer into a commit message, or a reason it is unusable. */
export function cleanMessage(raw: string): Cleaned {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: REASON_EMPTY };

  const reasoning = stripReasoning(normalizeNewlines(raw));
  if (reasoning.text.trim() === '') {
    return { ok: false, reason: reasoning.hadReasoning ? REASON_ONLY_REASONING : REASON_EMPTY };
  }
  // Judge the answer before fences and quotes can disguise an error as a message.
  const early = unusableReason(reasoning.text.trim());
  if (early) return { ok: false, reason: early };

  let text = unfence(reasoning.text);
  text = text
    .split('\n')
    .map((line) => (CODE_LINE.test(line) ? line : unmarkdown(line)))
    .join('\n');
  text = stripWrappers(text);

  const message = assemble(text);
  if (message === '') return { ok: false, reason: REASON_EMPTY };
  const late = unusableReason(message);
  if (late) return { ok: false, reason: late };
  return { ok: true, message };
}

/** Cheap cleaning of a partial, still-streaming answer, for display while it grows. Called on every buffer update, so it must be O(n) and fast; never throws. */
export function previewMessage(partial: string): string {
  try {
    if (typeof partial !== 'string' || partial === '') return '';
    let text = stripReasoning(normalizeNewlines(partial)).text.trimStart();
    // "<thi" is most likely a reasoning block being opened: show nothing yet.
    if (text.length <= 10 && '<thinking>'.startsWith(text.toLowerCase())) return '';

    text = dropFenceLines(text);
    const firstBreak = text.indexOf('\n');
    const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
    // The preamble patterns are anchored and line-bound; the length cap keeps them cheap.
    if (firstLine.length < 200) text = stripPreamble(text);

    const open = text.charAt(0);
    const close = QUOTE_PAIRS[open];
    if (close !== undefined) {
      text = text.slice(1);
      if (text.endsWith(close)) text = text.slice(0, -close.length);
    }
    return text.trim();
  } catch {
    // A garbled preview is better than a broken buffer update.
    return '';
  }
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Removes `<think>…</think>` blocks. A lone close tag means the opening tag was
 * swallowed by the chat template, so everything before it is reasoning too.
 * An unclosed block hides everything after it (still thinking, or cut off).
 */
function stripReasoning(text: string): { text: string; hadReasoning: boolean } {
  let kept = '';
  let from = 0;
  let openAt = -1;
  let hadReasoning = false;
  for (const tag of text.matchAll(THINK_TAG)) {
    const at = tag.index;
    hadReasoning = true;
    if (tag[1] !== '/') {
      if (openAt < 0) {
        kept += text.slice(from, at);
        openAt = at;
      }
    } else {
      if (openAt < 0) kept = '';
      openAt = -1;
      from = at + tag[0].length;
    }
  }
  if (openAt < 0) kept += text.slice(from);
  return { text: kept, hadReasoning };
}

/**
 * Takes the content of a single fenced block when it is the message
 * (preamble + fence, or the block is most of the answer); otherwise just
 * drops fence lines so the backticks do not end up in the commit.
 */
function unfence(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(INLINE_FENCE, '$1'));
  const fences: number[] = [];
  lines.forEach((line, i) => {
    if (FENCE_LINE.test(line)) fences.push(i);
  });
  const [start, end] = fences;
  if (fences.length === 2 && start !== undefined && end !== undefined) {
    const inside = lines.slice(start + 1, end).join('\n');
    const before = lines.slice(0, start).join('\n').trim();
    const after = lines.slice(end + 1).join('\n').trim();
    if (inside.trim() !== '' && (after === '' || inside.trim().length >= before.length + after.length)) {
      return inside;
    }
  }
  return lines.filter((line) => !FENCE_LINE.test(line)).join('\n');
}

/** Markdown that would read oddly in `git log`; a heading becomes plain text, not a `#` comment. */
function unmarkdown(line: string): string {
  let out = line;
  if (HEADING.test(out)) out = out.replace(HEADING, '').replace(HEADING_TRAILER, '');
  return out
    .replace(BOLD_STARS, '$1')
    // `__x__` is only bold when x is more than one identifier: `__init__` must survive.
    .replace(BOLD_UNDERSCORES, (whole, inner: string) => (/\W/.test(inner) ? inner : whole));
}

/** Preambles, placeholders and quotes can nest ("Commit message: \"feat: x\""), so peel until stable. */
function stripWrappers(text: string): string {
  let current = text.trim();
  for (let round = 0; round < 4; round++) {
    const next = unquote(stripPreamble(current).replace(PLACEHOLDER, '').trim()).trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

function stripPreamble(text: string): string {
  let out = text.trimStart();
  for (const preamble of PREAMBLES) out = out.replace(preamble, '').trimStart();
  return out;
}

/**
 * Removes one pair of quotes around the whole text. The opening line must not
 * contain the closing quote again, or `"a" and "b"` would lose its outer quotes.
 */
function unquote(text: string): string {
  const close = QUOTE_PAIRS[text.charAt(0)];
  if (close === undefined || text.length < 2 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1);
  const firstLine = inner.split('\n', 1)[0] ?? '';
  const stray =
    close === "'"
      ? /(?<![A-Za-z])'|'(?![A-Za-z])/.test(firstLine) // apostrophes inside words (don't) are fine
      : firstLine.includes(close);
  return stray ? text : inner;
}

/** Subject, one blank line, body wrapped at 72 columns; nothing git would strip as a comment. */
function assemble(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd().replace(/^#+\s*/, ''));

  let subject = '';
  let i = 0;
  while (i < lines.length && subject === '') {
    subject = unquote((lines[i] ?? '').trim()).replace(TRAILING_ELLIPSIS, '').trim();
    i++;
  }
  if (subject === '') return '';

  const body: string[] = [];
  for (const line of lines.slice(i)) {
    if (line === '' && (body.length === 0 || body[body.length - 1] === '')) continue;
    body.push(line);
  }
  while (body.length > 0 && body[body.length - 1] === '') body.pop();

  return body.length === 0 ? subject : `${subject}\n\n${wrapBody(body).join('\n')}`;
}

/**
 * Re-flows only paragraphs and list items that have a line over the limit, so
 * a message that is already well formatted comes out untouched.
 */
function wrapBody(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '' || CODE_LINE.test(line)) {
      out.push(line);
      i++;
      continue;
    }

    const bullet = BULLET.exec(line);
    const block = [line];
    i++;
    if (bullet) {
      const marker = `${bullet[1] ?? ''}${bullet[2] ?? ''} `;
      const hang = ' '.repeat(width(marker));
      // Continuation lines of an item are indented, but no deeper than its text.
      while (i < lines.length) {
        const next = lines[i] ?? '';
        const indent = next.length - next.trimStart().length;
        if (next.trim() === '' || indent === 0 || indent > hang.length || next.startsWith('\t') || BULLET.test(next)) break;
        block.push(next);
        i++;
      }
      if (block.some((l) => width(l) > WIDTH)) {
        const words = [line.slice(bullet[0].length), ...block.slice(1)].join(' ').split(/\s+/).filter(Boolean);
        out.push(...fill(words, marker, hang));
      } else {
        out.push(...block);
      }
      continue;
    }

    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (next === '' || CODE_LINE.test(next) || BULLET.test(next)) break;
      block.push(next);
      i++;
    }
    if (block.some((l) => width(l) > WIDTH)) {
      const indent = line.slice(0, line.length - line.trimStart().length);
      out.push(...fill(block.join(' ').split(/\s+/).filter(Boolean), indent, indent));
    } else {
      out.push(...block);
    }
  }
  return out;
}

/** Greedy word wrap; words are never split, so a long URL may overflow on its own line. */
function fill(words: string[], first: string, hang: string): string[] {
  const out: string[] = [];
  let prefix = first;
  let line: string[] = [];
  let used = width(first);
  for (const word of words) {
    const w = width(word);
    if (line.length > 0 && used + 1 + w > WIDTH) {
      const at = breakIndex(line, word, hang);
      if (at >= 0) {
        const carried = line.splice(at);
        out.push(prefix + line.join(' '));
        prefix = hang;
        line = carried;
        used = width(hang + carried.join(' '));
      }
    }
    used += (line.length > 0 ? 1 : 0) + w;
    line.push(word);
  }
  if (line.length > 0) out.push(prefix + line.join(' '));
  return out;
}

/**
 * Where to break before `next`: a line that would start with `#` (say `#123`)
 * would be dropped by git as a comment, so carry earlier words along, or do
 * not break at all (-1) when there is no safe place.
 */
function breakIndex(line: string[], next: string, hang: string): number {
  let at = line.length;
  let head = next;
  while (hang === '' && head.startsWith('#')) {
    if (at <= 1) return -1;
    at--;
    head = line[at] ?? '';
  }
  return at;
}

function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Error texts and refusals must never become a commit; a fallback message is the lesser evil. */
function unusableReason(text: string): string | null {
  if (REFUSAL.test(text)) return REASON_REFUSED;
  if (ERROR_START.test(text) || TRACEBACK.test(text) || ERROR_CLASS.test(text)) return REASON_ERROR;
  const head = text.split('\n', 12).filter((line) => line.trim() !== '').slice(0, 3);
  if (head.some((line) => PY_FRAME.test(line) || JS_FRAME.test(line))) return REASON_ERROR;
  return null;
}

function dropFenceLines(text: string): string {
  if (!text.includes('`') && !text.includes('~')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  // The last line may be a fence still arriving: "`", "``", "```te".
  return lines
    .filter((line, i) => !(FENCE_LINE.test(line) || (i === last && /^ {0,3}`{1,3}[\w+.#-]*$/.test(line))))
    .join('\n');
}
