/**
 * Turns a local model's raw answer into a git commit message.
 *
 * Small models wrap the message in reasoning blocks, code fences, quotes,
 * preambles and markdown; some answer with an error text or a refusal, and a
 * broken server can stream without end. `cleanMessage` undoes all that, keeps
 * the message within its limits, or says why the answer cannot be used;
 * `previewMessage` is the cheap variant shown while the answer streams in.
 */

export type Cleaned = { ok: true; message: string } | { ok: false; reason: string };

export interface MessageLimits {
  /** Longest subject, in characters; cut at a word. Unset: only `maxMessageChars` bounds it. */
  maxSubjectChars?: number;
  /** Longest whole message, in characters; cut at a paragraph or line. Default `DEFAULT_MAX_MESSAGE_CHARS`. */
  maxMessageChars?: number;
}

/** Always applies: a commit message is a few paragraphs, never a flood. */
export const DEFAULT_MAX_MESSAGE_CHARS = 4096;

/** git's conventional body width; the subject is only cut when a limit asks for it. */
const WIDTH = 72;

const REASON_EMPTY = 'the model returned an empty answer';
const REASON_ONLY_REASONING = 'the model returned only its reasoning, no message';
const REASON_ONLY_PREAMBLE = 'the model returned an introduction but no message';
const REASON_ERROR = 'the model returned an error text';
const REASON_REFUSED = 'the model refused';

// How much of an answer is ever looked at past reasoning removal: markup only
// shrinks text, so twice the message limit is plenty, and every later step
// (and any regular expression in it) then works on a bounded string.
const windowFor = (maxMessage: number): number => maxMessage * 2 + 1024;
// How much of the head the unusable-output rules read.
const HEAD_CHARS = 4096;
const HEAD_LINES = 12;
const JSON_PARSE_LIMIT = 64 * 1024;

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

// "Sure!", "Okay, " and the like in front of a preamble or a refusal.
const OPENER = String.raw`(?:(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great|well|hmm+)\b[!.,]*\s+)?`;

const PREAMBLES: readonly RegExp[] = [
  // "Here's a concise commit message for your changes:", "Sure! Here is the commit message"
  new RegExp(
    String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are)\b[^\n]*?\bcommit\s+messages?\b[^\n:]*(?::|(?=\n)|$)`,
    'i',
  ),
  // "Commit message:", "Suggested commit message (conventional):", "Commit message for foo.ts"
  /^(?:(?:suggested|proposed|generated|final|git)\s+)*commit\s+message(?:\s*\([^)\n]*\))?(?:\s+(?:for|of)\b[^\n:]*)?\s*(?::|(?=\n)|$)/i,
];
// Whole lines that only introduce the message: "Based on the diff, the commit message would be:",
// "Sure! Here you go:", "Certainly!". They are dropped; when nothing follows, there is no message.
const META_LINES: readonly RegExp[] = [
  /^(?:sure|okay|ok|certainly|of course|absolutely|alright|all right|great)\b[!.,]*$/i,
  new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*:$`, 'i'),
  new RegExp(String.raw`^${OPENER}here(?:'s|’s|\s+is|\s+are|\s+you\s+go)\b[^\n]*\b(?:commit|message|diff|changes)\b[^\n]*$`, 'i'),
  /^[^\n]*\bcommit\s+message\b[^\n]*:$/i,
  /^(?:based on|looking at|after (?:reviewing|analy[sz]ing)|given|from) (?:the|your|this|these)\b[^\n]*:$/i,
  /^(?:let me|i['’]ll|i will|i['’]d|i would|i suggest|i propose|below is|the following is)\b[^\n]*\b(?:commit|message|diff|changes|summar\w*)\b[^\n]*[:.]$/i,
];
const PLACEHOLDER = /<\s*commit[ _-]?message\s*>/gi;
const TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…)$/;
// What a cut line must not end with: it would read as if something were missing.
const DANGLING = /[\s,;:\-–—/\\([{&+|.…]+$/;
const DANGLING_QUOTE = /\s["'`“‘«]$/;

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '«': '»',
};

/** Final cleaning of the model's whole answer into a commit message, or a reason it is unusable. */
export function cleanMessage(raw: string, limits?: MessageLimits): Cleaned {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: REASON_EMPTY };
  const { maxSubject, maxMessage } = resolveLimits(limits);

  const reasoning = stripReasoning(normalizeNewlines(raw));
  let text = reasoning.text.trim();
  if (text === '') {
    return { ok: false, reason: reasoning.hadReasoning ? REASON_ONLY_REASONING : REASON_EMPTY };
  }
  // Judge the answer before fences and quotes can disguise an error as a message.
  const early = unusableReason(text);
  if (early) return { ok: false, reason: early };

  text = window(text, windowFor(maxMessage));
  text = unfence(text);
  text = text
    .split('\n')
    .map((line) => (CODE_LINE.test(line) ? line : unmarkdown(line)))
    .join('\n');
  const unwrapped = stripWrappers(text);

  const message = assemble(unwrapped.text);
  if (message === '') return { ok: false, reason: unwrapped.hadPreamble ? REASON_ONLY_PREAMBLE : REASON_EMPTY };
  const late = unusableReason(message);
  if (late) return { ok: false, reason: late };
  return { ok: true, message: applyLimits(message, maxSubject, maxMessage) };
}

/**
 * Cheap cleaning of a partial, still-streaming answer, for display while it grows.
 * Called on every buffer update, so it must be O(n) and fast; never throws. It shows
 * no more than `cleanMessage` with the same limits would keep.
 */
export function previewMessage(partial: string, limits?: MessageLimits): string {
  try {
    if (typeof partial !== 'string' || partial === '') return '';
    const { maxSubject, maxMessage } = resolveLimits(limits);
    let text = stripReasoning(normalizeNewlines(partial)).text.trimStart();
    // "<thi" is most likely a reasoning block being opened: show nothing yet.
    if (text.length <= 10 && '<thinking>'.startsWith(text.toLowerCase())) return '';
    text = window(text, windowFor(maxMessage));

    text = dropFenceLines(text);
    const firstBreak = text.indexOf('\n');
    const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
    // The preamble patterns are anchored and line-bound; the length cap keeps them cheap.
    if (firstLine.length < 200) text = stripPreamble(text).text;

    const open = text.charAt(0);
    const close = QUOTE_PAIRS[open];
    if (close !== undefined) {
      text = text.slice(1);
      if (text.endsWith(close)) text = text.slice(0, -close.length);
    }
    return applyLimits(text.trim(), maxSubject, maxMessage);
  } catch {
    // A garbled preview is better than a broken buffer update.
    return '';
  }
}

function resolveLimits(limits: MessageLimits | undefined): { maxSubject: number | undefined; maxMessage: number } {
  const positive = (n: number | undefined): number | undefined =>
    typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined;
  const maxMessage = positive(limits?.maxMessageChars) ?? DEFAULT_MAX_MESSAGE_CHARS;
  const subject = positive(limits?.maxSubjectChars);
  return { maxSubject: subject === undefined ? undefined : Math.min(subject, maxMessage), maxMessage };
}

/** The first `size` characters, never ending inside a surrogate pair. */
function window(text: string, size: number): string {
  if (text.length <= size) return text;
  const end = isHighSurrogate(text.charCodeAt(size - 1)) ? size - 1 : size;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
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
  if (!text.includes('<')) return { text, hadReasoning: false };
  const kept: string[] = [];
  let from = 0;
  let openAt = -1;
  let hadReasoning = false;
  for (const tag of text.matchAll(THINK_TAG)) {
    const at = tag.index;
    hadReasoning = true;
    if (tag[1] !== '/') {
      if (openAt < 0) {
        kept.push(text.slice(from, at));
        openAt = at;
      }
    } else {
      if (openAt < 0) kept.length = 0;
      openAt = -1;
      from = at + tag[0].length;
    }
  }
  if (openAt < 0) kept.push(text.slice(from));
  return { text: kept.join(''), hadReasoning };
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
function stripWrappers(text: string): { text: string; hadPreamble: boolean } {
  let current = text.trim();
  let hadPreamble = false;
  for (let round = 0; round < 4; round++) {
    const stripped = stripPreamble(current);
    hadPreamble ||= stripped.found;
    const next = unquote(stripped.text.replace(PLACEHOLDER, '').trim()).trim();
    if (next === current) break;
    current = next;
  }
  return { text: current, hadPreamble };
}

function stripPreamble(text: string): { text: string; found: boolean } {
  let out = text.trimStart();
  let found = false;
  // At most a few introductory lines ("Sure!" then "Here is the message:").
  for (let round = 0; round < 3; round++) {
    const end = out.indexOf('\n');
    const line = (end < 0 ? out : out.slice(0, end)).trim();
    if (line.length > 200 || !META_LINES.some((meta) => meta.test(line))) break;
    out = end < 0 ? '' : out.slice(end + 1).trimStart();
    found = true;
  }
  for (const preamble of PREAMBLES) {
    const next = out.replace(preamble, '').trimStart();
    if (next !== out) found = true;
    out = next;
  }
  return { text: out, found };
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

/**
 * An opening quote that the subject never closes (its closing quote was cut off,
 * or never written) is noise; `"strict" or "loose"` keeps its quotes.
 */
function dropUnclosedQuote(subject: string): string {
  const close = QUOTE_PAIRS[subject.charAt(0)];
  if (close === undefined) return subject;
  const rest = subject.slice(1);
  // For a single quote, only one that ends a word closes: "don't" has none.
  const closed = close === "'" ? /'(?![A-Za-z])/.test(rest) : rest.includes(close);
  return closed ? subject : rest.trimStart();
}

/** Subject, one blank line, body wrapped at 72 columns; nothing git would strip as a comment. */
function assemble(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd().replace(/^#+\s*/, ''));

  let subject = '';
  let i = 0;
  while (i < lines.length && subject === '') {
    subject = dropUnclosedQuote(unquote((lines[i] ?? '').trim()))
      .replace(/^#+\s*/, '') // a `#` that was behind the quote would make git drop the line
      .replace(TRAILING_ELLIPSIS, '')
      .trim();
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

// ---------------------------------------------------------------------------
// Limits

/**
 * The subject cut at a word to `maxSubject` characters, then the whole message to
 * `maxMessage`: at a paragraph, else a line, else a word. Linear in the text.
 */
function applyLimits(message: string, maxSubject: number | undefined, maxMessage: number): string {
  const lineEnd = message.indexOf('\n');
  const subjectLine = lineEnd < 0 ? message : message.slice(0, lineEnd);
  const rest = lineEnd < 0 ? '' : message.slice(lineEnd);
  let subject = maxSubject === undefined ? subjectLine : cutAtWord(subjectLine, maxSubject, 'points');
  subject = cutAtWord(subject, maxMessage, 'units');
  const room = maxMessage - subject.length;
  if (rest.length <= room) return subject + rest;
  // `rest` starts with the subject's line break; too little room leaves only the subject.
  if (room < 3) return subject;

  let body = window(rest, room);
  // A cut is best between paragraphs, then between lines, as long as it keeps
  // most of what fits; otherwise inside the last line, at a word.
  const paragraph = body.lastIndexOf('\n\n');
  const line = body.lastIndexOf('\n');
  if (paragraph > room / 2) {
    body = body.slice(0, paragraph);
  } else if (line > room / 2) {
    body = body.slice(0, line);
  } else {
    const lineStart = line + 1;
    const nextBreak = rest.indexOf('\n', lineStart);
    const whole = nextBreak < 0 ? rest.slice(lineStart) : rest.slice(lineStart, nextBreak);
    body = body.slice(0, lineStart) + cutAtWord(whole, body.length - lineStart, 'units');
  }
  body = body.trimEnd();
  return body.trim() === '' ? subject : subject + body;
}

/**
 * `line` cut to at most `max` characters (code points for a subject, UTF-16 units
 * for the byte-ish message cap) at a word boundary, with no ellipsis and nothing
 * dangling at the end; a single word longer than `max` is cut inside it.
 */
function cutAtWord(line: string, max: number, measure: 'points' | 'units'): string {
  let kept: string;
  let next: string;
  if (measure === 'units') {
    if (line.length <= max) return line;
    kept = window(line, max);
    next = line.charAt(kept.length);
  } else {
    // Only the first `max` code points matter; at most two units each.
    const points = Array.from(line.slice(0, max * 2 + 2));
    if (points.length <= max && line.length <= max * 2 + 2) return line;
    kept = points.slice(0, max).join('');
    next = points[max] ?? '';
  }
  let cut = kept;
  if (next !== '' && !/\s/.test(next)) {
    const space = kept.search(/\s\S*$/);
    if (space > 0) cut = kept.slice(0, space);
  }
  let tidy = cut.replace(TRAILING_ELLIPSIS, '');
  for (let round = 0; round < 3; round++) {
    const stripped = tidy.replace(DANGLING, '').replace(DANGLING_QUOTE, '');
    if (stripped === tidy) break;
    tidy = stripped;
  }
  return tidy === '' ? cut.trim() : tidy;
}

// ---------------------------------------------------------------------------
// Unusable output: error texts, refusals, pages
//
// The first line decides, judged as a whole: a commit subject starts with a
// Conventional Commits type or an imperative verb ("Fix CUDA error: out of memory
// on small GPUs"), or is a short noun phrase ("Error handling: retry failed
// uploads"). An error text has a shape no subject has: a label such as
// `panic:` or `CUDA error:` followed by a description rather than a verb, an
// exception class, a stack frame, an operating-system error at the end of a
// `:` chain, an HTTP status, a log line, a JSON error object, an HTML page.
// Refusals and apologies open with the model speaking about itself.

/** Verbs a commit subject starts with; such a subject may name any error it fixes. */
const COMMIT_VERBS = [
  'add', 'adapt', 'adjust', 'align', 'allow', 'apply', 'avoid', 'bump', 'cache', 'catch', 'change',
  'check', 'clarify', 'clean', 'clear', 'collapse', 'combine', 'configure', 'convert', 'copy', 'correct',
  'create', 'debounce', 'decouple', 'default', 'defer', 'define', 'delete', 'deprecate', 'describe', 'detect',
  'disable', 'display', 'document', 'downgrade', 'drop', 'emit', 'enable', 'enforce', 'ensure', 'escape',
  'expand', 'explain', 'export', 'expose', 'extend', 'extract', 'filter', 'fix', 'flush', 'format', 'guard',
  'handle', 'harden', 'hide', 'ignore', 'implement', 'import', 'improve', 'include', 'increase', 'decrease',
  'initialize', 'inline', 'install', 'introduce', 'keep', 'limit', 'list', 'log', 'make', 'made', 'mark',
  'merge', 'migrate', 'move', 'normalize', 'optimize', 'pass', 'pin', 'port', 'preserve', 'prevent',
  'print', 'propagate', 'prune', 'raise', 'rearrange', 'recover', 'reduce', 'refactor', 'refresh', 'register',
  'reject', 'release', 'reload', 'remove', 'rename', 'reorder', 'replace', 'report', 'require', 'reset',
  'resolve', 'restore', 'restructure', 'retry', 'return', 'reuse', 'revert', 'rewrite', 'rework', 'sanitize',
  'separate', 'set', 'show', 'simplify', 'skip', 'sort', 'split', 'stop', 'store', 'streamline', 'strip',
  'support', 'surface', 'switch', 'sync', 'tidy', 'tighten', 'track', 'translate', 'trim', 'try', 'tweak', 'unify',
  'update', 'upgrade', 'use', 'validate', 'verify', 'warn', 'wrap',
];
const COMMIT_VERB = new RegExp(String.raw`^(?:${COMMIT_VERBS.join('|')})(?:s|es|d|ed|ing)?\b(?![-'’])(?! of\b)`, 'i');
// `type(scope)!:` of Conventional Commits, and git's own generated subjects.
const CONVENTIONAL = /^(?:feat|fix|docs|style|refactor|perf|test|tests|build|ci|chore|revert|deps|release)(?:\([^()\n]{0,60}\))?!?:\s/i;
const GIT_GENERATED = /^(?:fixup!|squash!|amend!|Merge (?:branch|pull request|remote-tracking branch|tag)\b|Revert ")/;
// A Go error chain that starts with an operation on a path or address: "open /etc/x: ...", "dial tcp 127.0.0.1:11434: ...".
const GO_OPERATION = /^[a-z]+ (?:(?:tcp|udp|unix|ip)[46]? \S+|["']?(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|[a-z]+:\/\/)[^\s"']*["']?):\s/;

// `panic:`, `CUDA error:`, `Fatal Python error:`, `error[E0425]:`, `Error code:`: up to three words then the label.
const LABEL = /^(?:[\w./-]+[ \t]+){0,3}?(?:error|exception|fatal|panic|failure|critical|err)(?:[ \t]+code)?(?:\[[^\]\n]{0,40}\])?[ \t]*:(?!\/\/)(.*)$/i;
// A label with nothing after it: "Error", "ERROR.", "Internal Server Error", "An unknown error occurred".
const BARE_LABEL = /^(?:(?:an?|internal|unknown|unexpected|server|fatal|network|runtime|system|general|generic|critical|service)[ \t]+){0,3}(?:error|exception|failure)(?:[ \t]+(?:has[ \t]+)?occurred)?[.!]*$/i;
// `TypeError: ...`, `httpx.ConnectError: ...`, `java.lang.NullPointerException`, `InvalidRequestError(message=...`.
const EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]*\.){0,6}[A-Z][\w$]*(?:Error|Exception|Fault)\b(?:[ \t]*:(.*)|[ \t]*\(|[ \t]*$)/;
const DUMP_HEADERS: readonly RegExp[] = [
  /^Traceback \(most recent call last\)/,
  /^goroutine \d+ \[[^\]\n]*\]:?$/,
  /^thread '[^'\n]*' panicked at\b/,
  /^Exception in thread "/,
  // .NET: "Unhandled exception. System.X: ...", Node: "Uncaught TypeError: ..."; not "unhandled exception when ...".
  /^(?:Unhandled|Uncaught)[ \t]+(?:exception|rejection|error|promise rejection|[\w.]*(?:Error|Exception))(?:[ \t]+at)?[ \t]*[.:]/i,
  /^(?:stack backtrace|backtrace|stack trace|stacktrace|call stack)[ \t]*:?$/i,
  /^\[?signal SIG[A-Z]+\b|^SIG[A-Z]{2,6}:/,
  /^[A-Z_]*ASSERT\w*\(/,
  /^make(?:\[\d+\])?: \*\*\*/,
  /^Assertion [`'"].*[`'"] failed\.?$/,
  /^terminate called after throwing\b/,
];
const STACK_FRAMES: readonly RegExp[] = [
  /^\s*File "[^"\n]+", line \d+/, // Python
  /^\s*at \S.*:\d+:\d+\)?$/, // JavaScript
  /^\s*at [\w$.<>]+\([\w$.]+\.(?:java|kt|scala|cs):\d+\)$/, // JVM, .NET
  /^\s*\S+\.go:\d+(?: \+0x[0-9a-f]+)?$/, // Go
  /^#\d+\s+0x[0-9a-f]+ in /, // gdb
];
// A log line: a timestamp with seconds, Go's slog, gin's access log, a bracketed level.
const LOG_LINE = /^(?:\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d|time=\S+ level=|\[GIN\]|\[?(?:ERROR|FATAL|CRITICAL|PANIC|ERR)\]?(?:[ \t:]|$)|[EF]\d{4} \d\d:\d\d:\d\d)/;
const HTML_START = /^<(?:!doctype[ \t]+html\b|html\b|head\b|body\b|title>|h1\b|center>|\?xml\b)/i;

const HTTP_REASONS = [
  'bad request', 'unauthorized', 'payment required', 'forbidden', 'not found', 'page not found',
  'method not allowed', 'not acceptable', 'proxy authentication required', 'request time-?out', 'conflict',
  'gone', 'payload too large', 'request entity too large', 'uri too long', 'unsupported media type',
  'unprocessable (?:entity|content)', 'too many requests', 'internal server error', 'not implemented',
  'bad gateway', 'service (?:temporarily )?unavailable', 'gateway time-?out', 'http version not supported',
  'insufficient storage', 'web server is (?:down|returning an unknown error)', 'connection timed out',
  'origin is unreachable', 'a timeout occurred', 'ssl handshake failed', 'invalid ssl certificate',
].join('|');
// "500 Internal Server Error", "HTTP/1.1 502 Bad Gateway", "404 page not found", "524: A timeout occurred".
const HTTP_STATUS_LINE = new RegExp(String.raw`^(?:HTTP/\d(?:\.\d)?[ \t]+)?[45]\d\d\b[ \t]*[-:.]?[ \t]*(?:${HTTP_REASONS})\b`, 'i');
const HTTP_REASON_ALONE = new RegExp(String.raw`^(?:${HTTP_REASONS})[.!]?$|^(?:HTTP(?:/\d(?:\.\d)?)?[ \t]+)?[45]\d\d[.!]?$`, 'i');
// "Server error '502 Bad Gateway' for url", "Request failed with status code 500", "HTTP Error 503".
const HTTP_STATUS_IN_LINE = new RegExp(
  String.raw`\b[45]\d\d[ \t]+(?:${HTTP_REASONS})\b|\b(?:status(?:[ \t]+code)?|error[ \t]+code|http[ \t]+error)[ \t]*:?[ \t]*[45]\d\d\b`,
  'i',
);

// What the shell prints when a process dies, as the whole line.
const SHELL_SIGNAL = /^(?:\S+: line \d+: +\d+ )?(?:Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|Floating point exception|Trace\/breakpoint trap|Hangup|Terminated|Quit)(?: \(core dumped\))?[.!]?$/i;
// Operating-system and runtime errors, as the last link of a `:` chain or the whole line.
const SYSTEM_ERRORS = [
  '(?:unexpected )?EOF', 'connection refused', 'connection reset(?: by peer)?', 'broken pipe',
  'no such file or directory', 'no such host', 'permission denied', 'access denied', 'operation not permitted',
  'file does not exist', 'file already exists', 'is a directory', 'not a directory', 'directory not empty',
  'i/o timeout', 'context deadline exceeded', 'context canceled', 'deadline exceeded', 'operation timed out',
  'connection timed out', 'network is unreachable', 'no route to host', 'host is unreachable',
  'address already in use', 'cannot assign requested address', 'cannot allocate memory', 'out of memory',
  'no space left on device', 'too many open files', 'resource temporarily unavailable',
  'device or resource busy', 'read-only file system', 'bad file descriptor', 'invalid argument',
  'use of closed network connection', 'server misbehaving', 'certificate signed by unknown authority',
  '(?:signal: )?(?:killed|aborted|terminated|hangup|segmentation fault(?: \\(core dumped\\))?)',
  'exit status -?(?:0x[0-9a-f]+|\\d+)', 'core dumped', 'segmentation violation\\b.*',
  'invalid memory address or nil pointer dereference', 'nil pointer dereference', 'index out of range\\b.*',
  'not found',
].join('|');
const SYSTEM_ERROR_TAIL = new RegExp(String.raw`(?:^|:[ \t]+)(?:${SYSTEM_ERRORS})[.!]?[ \t]*$`, 'i');
// A server telling its client what went wrong or what to do about it; no subject reads like this.
const SERVER_TALK = new RegExp(
  [
    String.raw`\bout of memory\b`,
    String.raw`\brequires more (?:system )?memory\b`,
    String.raw`\b(?:not enough|insufficient) (?:system )?(?:memory|vram)\b`,
    String.raw`\bexceeds? the (?:available |maximum )?context\b`,
    String.raw`\bcontext (?:size|length|window) (?:has been |was |is )?exceeded\b`,
    String.raw`\bmaximum context length\b`,
    String.raw`\btimed out waiting for\b`,
    String.raw`\bserver (?:is )?busy\b`,
    String.raw`\brate limit(?:ed| exceeded| reached)\b`,
    String.raw`\bquota exceeded\b`,
    String.raw`\bunexpectedly (?:stopped|exited|terminated|closed)\b`,
    String.raw`\b(?:process|runner) (?:has )?(?:terminated|crashed|exited)\b`,
    String.raw`\b(?:failed to load|error loading) (?:the )?model\b`,
    String.raw`\btry again\b`,
    String.raw`\bcheck (?:the )?(?:\w+ )?(?:server )?logs?\b`,
    String.raw`\btry pulling it\b`,
    String.raw`\b(?:an?|the) (?:\w+ ){0,2}error (?:has )?(?:occurred|was encountered|happened)\b`,
    String.raw`\bencountered an? (?:\w+ ){0,2}error\b`,
    String.raw`\bwas unable to complete (?:your|the) request\b`,
    String.raw`\bupstream (?:connect error|request timeout|prematurely closed)\b`,
  ].join('|'),
  'i',
);

// The model speaking about itself or the request instead of writing the message.
const REFUSALS: readonly RegExp[] = [
  /^(?:I['’]m|I am|we['’]re|we are) (?:so |very |really |truly )?(?:sorry|afraid)\b/i,
  // "Apologies to Tom after the argument" is a journal's subject; "My apologies, but" is not.
  /^(?:my )?apologies(?:[,!.;:]|\s+(?:but|for (?:the|any|this|that)|I)\b|$)|^I (?:sincerely )?apologi[sz]e\b/i,
  /^sorry(?:[,!.;](?=\s|$)|\s+(?:but|I|I['’]m|for|about|that|there|no|it|we|you)\b|$)/i,
  /^as an? (?:ai|artificial intelligence|(?:large )?language model|llm|assistant|text-based)\b/i,
  /^I (?:must|have to) (?:decline|refuse)\b/i,
  /^unfortunately\b,?\s+(?:I|I['’]m|I['’]ve|we|there|the|your|you|no|without|it|this|that|as)\b/i,
  /^(?:please|could you|can you|would you)\s+(?:provide|share|paste|send|give|supply|include|clarify|specify)\b/i,
  /^(?:it (?:seems|appears|looks)|there (?:is|are|seems to be|appears to be)) (?:like |that )?(?:no|nothing|you|the (?:diff|changes?|input|patch))\b/i,
  /^(?:the|your) (?:provided |given |supplied )?(?:diff|changes|input|patch)\b[^.\n]{0,60}\b(?:is|are|appears?|seems?) (?:to be )?(?:empty|missing|incomplete|truncated|not)\b/i,
  /^no (?:diff|changes?|code changes|git diff)(?: (?:was|were))? (?:provided|found|given|detected|shown|included)\b/i,
];
// "I cannot", "I don't", "I'm unable to", "I need" refuse only when they are about the task:
// "I can't sleep" and "I need more sleep" are a journal's.
const FIRST_PERSON = /^I(?:['’]m| am)? (?:cannot|can['’]?t|can not|could not|couldn['’]t|won['’]t|will not|do not|don['’]t|did not|didn['’]t|not able to|unable to|not going to|need)\b(.*)$/i;
const TASK_WORDS = /\b(?:generate|write|create|provide|produce|help|assist|comply|fulfil+|complete|continue|see|access|view|read|determine|analy[sz]e|review|process|summari[sz]e|suggest|do (?:that|this)|commit|message|diff|changes?|request|code|repositor(?:y|ies)|files?|information|context|details)\b/i;

/** Why `text` (an answer or a cleaned message) is unusable, or null when it may be a commit message. */
function unusableReason(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  if (isJsonError(text, head)) return REASON_ERROR;
  const lines = head
    .split('\n', HEAD_LINES * 2)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, HEAD_LINES);
  const first = lines[0];
  if (first === undefined) return null;
  if (HTML_START.test(first)) return REASON_ERROR;
  if (isRefusal(first)) return REASON_REFUSED;

  // A subject shaped as a commit subject is one, whatever error it names.
  if (CONVENTIONAL.test(first) || GIT_GENERATED.test(first)) return null;
  if (COMMIT_VERB.test(first)) return GO_OPERATION.test(first) ? REASON_ERROR : null;

  if (isErrorLine(first)) return REASON_ERROR;
  // Under a first line that is not a subject either, a dump (two or more frames or
  // headers in the next lines) is an error; one quoted frame in a body is not.
  const dump = lines
    .slice(1, 6)
    .filter((line) => STACK_FRAMES.some((frame) => frame.test(line)) || DUMP_HEADERS.some((h) => h.test(line)));
  return dump.length >= 2 ? REASON_ERROR : null;
}

function isRefusal(line: string): boolean {
  const opened = line.replace(/^(?:(?:sure|okay|ok|well|hmm+|oh|alright|certainly|of course)\b[!.,]*\s+)/i, '');
  for (const candidate of [line, opened]) {
    if (REFUSALS.some((refusal) => refusal.test(candidate))) return true;
    const self = FIRST_PERSON.exec(candidate);
    if (self && (TASK_WORDS.test(self[1] ?? '') || /^[\s.!]*$/.test(self[1] ?? ''))) return true;
  }
  return false;
}

function isErrorLine(line: string): boolean {
  const label = LABEL.exec(line);
  if (label && !namesComponent(label[1] ?? '')) return true;
  const exception = EXCEPTION_CLASS.exec(line);
  if (exception && !namesComponent(exception[1] ?? '')) return true;
  // A subject may quote the error it is about ("what to do when Ollama says \"...\""):
  // phrases found anywhere in the line only count outside double quotes and backticks.
  const spoken = line.replace(/"[^"\n]*"|“[^”\n]*”|`[^`\n]*`/g, '""');
  return (
    BARE_LABEL.test(line) ||
    DUMP_HEADERS.some((header) => header.test(line)) ||
    STACK_FRAMES.some((frame) => frame.test(line)) ||
    LOG_LINE.test(line) ||
    HTTP_STATUS_LINE.test(line) ||
    HTTP_REASON_ALONE.test(line) ||
    HTTP_STATUS_IN_LINE.test(spoken) ||
    SHELL_SIGNAL.test(line) ||
    SYSTEM_ERROR_TAIL.test(line) ||
    GO_OPERATION.test(line) ||
    SERVER_TALK.test(spoken)
  );
}

/**
 * After a label, a verb means the label names a part of the project ("Parse error:
 * report the line number"); an error describes a state ("panic: runtime error: ...").
 */
function namesComponent(rest: string): boolean {
  const text = rest.trim();
  return text !== '' && COMMIT_VERB.test(text) && !text.includes(': ');
}

/** A JSON error object as servers send it: Ollama's `{"error": ...}`, OpenAI's, vLLM's, FastAPI's `{"detail": ...}`. */
function isJsonError(text: string, head: string): boolean {
  let start = head.trimStart();
  // A server-sent event: `data: {"error": ...}`.
  const sse = /^(?:event:[^\n]*\n)?data:[ \t]*/.exec(start);
  if (sse) start = start.slice(sse[0].length);
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  const whole = sse ? start : text.trimStart();
  const firstLine = start.split('\n', 1)[0] ?? '';
  for (const candidate of whole.length <= JSON_PARSE_LIMIT ? [whole.trimEnd(), firstLine] : [firstLine]) {
    try {
      return jsonHasError(JSON.parse(candidate) as unknown, 0);
    } catch {
      // Not JSON as a whole (a stream of objects, or cut off): try the next candidate.
    }
  }
  return /^\[?\{\s*"(?:error|errors|err|detail|exception|fault)"\s*:/.test(start) || /^\{\s*"object"\s*:\s*"error"/.test(start);
}

function jsonHasError(value: unknown, depth: number): boolean {
  if (depth > 3 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.slice(0, 3).some((item) => jsonHasError(item, depth + 1));
  const entries = Object.entries(value as Record<string, unknown>);
  const field = (name: string): unknown => entries.find(([key]) => key.toLowerCase() === name)?.[1];
  for (const key of ['error', 'errors', 'err', 'exception', 'fault', 'detail', 'error_message', 'errormessage']) {
    const found = field(key);
    if (found !== undefined && found !== null && found !== false && found !== '') return true;
  }
  for (const key of ['object', 'type', 'status', 'level']) {
    const found = field(key);
    if (typeof found === 'string' && /^(?:error|fail(?:ed|ure)?)$/i.test(found)) return true;
  }
  const message = field('message') ?? field('msg');
  if (typeof message === 'string') {
    if (field('code') !== undefined || field('status') !== undefined || field('statuscode') !== undefined) return true;
    return unusableReason(message) !== null;
  }
  return false;
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
