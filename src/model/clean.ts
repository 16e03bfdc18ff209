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
import { applyLimits, assemble, CODE_LINE, type MessageLimits, QUOTE_PAIRS, resolveLimits, unquote, window } from './message-rules.js';
import { unusableReason } from './verdict.js';
import { withoutControls } from '../words/control.js';

export type { MessageLimits } from './message-rules.js';

const REASON_EMPTY = 'the model returned an empty answer';
const REASON_ONLY_REASONING = 'the model returned only its reasoning, no message';
const REASON_ONLY_PREAMBLE = 'the model returned an introduction but no message';

// How much of an answer is ever looked at past reasoning removal: markup only
// shrinks text, so twice the message limit is plenty, and every later step
// (and any regular expression in it) then works on a bounded string.
const windowFor = (maxMessage: number): number => maxMessage * 2 + 1024;

// `<think>`/`<thinking>` open and close tags, as one linear scan (no nested lazy regexes).
const THINK_TAG = /<(\/?)think(?:ing)?\s*>/gi;

// A fence line: ``` or ~~~ with an optional info string such as `text` or `git`.
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})\s*[\w+.#-]*\s*$/;
// A whole line wrapped in triple backticks: ```feat: add x```
const INLINE_FENCE = /^\s*`{3,}([^`\n]+?)`{3,}\s*$/;

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_TRAILER = /[ \t]+#+[ \t]*$/;
// Not inside words, so `2**10` stays arithmetic; never spanning another `**` keeps the scan linear.
const BOLD_STARS = /(?<![\w*])\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*(?![\w*])/g;
const BOLD_UNDERSCORES = /(?<!\w)__(?=[^\s_])((?:(?!__).)+?)(?<=[^\s_])__(?!\w)/g;

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

/** Final cleaning of the model's whole answer into a commit message, or a reason it is unusable. */
let warmed = false;

/**
 * Runs the cleaner once on an ordinary message. V8 sets its regular-expression engine up
 * at the first use (case folding, character classes) and compiles each expression at its
 * first test: about 10 ms for the verdict's, paid between the model's last word and the
 * commit unless done ahead, while the caller waits on git (generate.ts warmUp).
 */
export function warmCleaner(): void {
  if (warmed) return;
  warmed = true;
  // Two turns of the event loop, not one: the git processes the caller waits on are served
  // (an exit read, the next one started) between them.
  previewMessage('Add ');
  setImmediate(() => cleanMessage('Add a journal entry'));
}

export function cleanMessage(raw: string, limits?: MessageLimits): Cleaned {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: REASON_EMPTY };
  const { maxSubject, maxMessage } = resolveLimits(limits);

  // Control bytes first: an escape sequence must not split a word the rules look for.
  const reasoning = stripReasoning(endOfTurn(withoutControls(normalizeNewlines(raw))));
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

  const tidied = smallModelTidy(unwrapped.text);
  if (!tidied.ok) return tidied;
  const message = assemble(tidied.message, limits?.commentChar);
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
    let text = stripReasoning(endOfTurn(withoutControls(normalizeNewlines(partial)))).text.trimStart();
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


function dropFenceLines(text: string): string {
  if (!text.includes('`') && !text.includes('~')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  // The last line may be a fence still arriving: "`", "``", "```te".
  return lines
    .filter((line, i) => !(FENCE_LINE.test(line) || (i === last && /^ {0,3}`{1,3}[\w+.#-]*$/.test(line))))
    .join('\n');
}

// ------------------------------------------------------------------ what a small real model writes
// Seen from Gemma 3 270M through llama.cpp (test/e2e/real-model.test.ts, bench/real-model.ts):
// rows in test/unit/real-output.test.ts.

// The chat template's own markers: a server that does not stop at the end of the turn lets
// the model go on with a new turn, which is never part of the message.
const TURN_END = /<end_of_turn>|<eos>|<\|im_end\|>|<\|eot_id\|>|<\|end\|>/;
const TURN_MARKERS = /<start_of_turn>(?:model|user)?[ \t]*\n?|<bos>|<\|im_start\|>(?:assistant)?\n?/g;

/** Cuts the answer at the end of its turn and drops stray turn markers. */
function endOfTurn(text: string): string {
  if (!text.includes('<')) return text;
  const end = text.search(TURN_END);
  return (end < 0 ? text : text.slice(0, end)).replace(TURN_MARKERS, '');
}

const REASON_NO_WORDS = 'the model returned no words, only punctuation';
const REASON_DIFF = 'the model returned a line of the diff, not a message';
const REASON_INSTRUCTIONS = 'the model repeated its instructions';

// "<subject>", "<type>(<scope>): <description>": the format from the instructions, unfilled.
const FORMAT_PLACEHOLDER = /<\s*(?:subject|body|type|scope|description|summary|footer|title|message|your[ _-]message)\s*>/gi;
// "Subject line: Walk to the lake", "Title:", "Summary -": a label in front of the subject.
const SUBJECT_LABEL = /^(?:(?:commit|short|git)\s+)?(?:subject(?:\s+line)?|title|summary|header|headline)(?:\s*:|\s+[-–]\s)\s*/i;
// "Body:" alone on a line, or in front of the body's first line.
const BODY_LABEL = /^(?:body|description|details)\s*:\s*/i;
// "- Add x", "* Add x", "1. Add x" as the subject.
const BULLET = /^(?:[-*•+]|\d{1,2}[.)])\s+/;
// The subject is a line of the diff: "+It snowed.", "-old line", "@@ -1 +1 @@", "diff --git".
const DIFF_LINE = /^(?:[+-](?![\s+-])|@@ |diff --git |index [0-9a-f]{7,}\.\.|\+\+\+ |--- )/;
// The model speaking the instructions back: "This repository is a journal: ...", "Write one subject line ...".
const INSTRUCTION_ECHO = /^(?:this repository (?:is a journal|holds source code)\b|you are an?\b|your (?:task|answer) is\b|write (?:one subject line|(?:a|the) commit message (?:for|that|of|in) (?:the|this|these|your)\b)|focus on the content of\b|the subject line (?:says|should|must)\b)/i;
const NO_WORDS = /^[\p{P}\s]*$/u;

/**
 * What a small model adds around a message that the general rules above do not take away:
 * the format's placeholders, a "Subject:" label, a bullet, punctuation-only and repeated
 * lines; and what makes it no message at all: the diff or the instructions said back.
 */
export function smallModelTidy(text: string): Cleaned {
  // Nothing left is the caller's case: it knows whether a preamble was all there was.
  if (text.trim() === '') return { ok: true, message: '' };
  const lines = text.split('\n').map((line) => line.replace(FORMAT_PLACEHOLDER, '').trimEnd());
  const kept: string[] = [];
  let subjectLine: string | undefined;
  for (const line of lines) {
    const trimmed = line.trim();
    // A line the placeholders leave as "(): " or a bare "." says nothing.
    if (trimmed !== '' && NO_WORDS.test(trimmed)) continue;
    // A small model loops: the subject again, or a sentence again right after itself, is noise
    // (a wrapped paragraph's identical lines end mid-sentence and stay).
    if (trimmed !== '' && trimmed === subjectLine) continue;
    if (/[.!?]$/.test(trimmed) && trimmed === kept.at(-1)?.trim()) continue;
    if (trimmed !== '') subjectLine ??= trimmed;
    kept.push(line);
  }
  while (kept.length > 0 && (kept[0] ?? '').trim() === '') kept.shift();
  if (kept.length === 0) return { ok: false, reason: text.trim() === '' ? REASON_EMPTY : REASON_NO_WORDS };
  let subject = (kept[0] ?? '').trim();
  for (let round = 0; round < 2; round++) subject = subject.replace(SUBJECT_LABEL, '').replace(BULLET, '').trim();
  if (DIFF_LINE.test(subject)) return { ok: false, reason: REASON_DIFF };
  if (INSTRUCTION_ECHO.test(subject)) return { ok: false, reason: REASON_INSTRUCTIONS };
  if (subject === '' || NO_WORDS.test(subject)) {
    kept.shift();
    return kept.some((l) => l.trim() !== '') ? smallModelTidy(kept.join('\n')) : { ok: false, reason: REASON_NO_WORDS };
  }
  const body = kept.slice(1).map((line) => line.replace(BODY_LABEL, ''));
  return { ok: true, message: [subject, ...body].join('\n') };
}

/**
 * An answer the server stopped at num_predict (done_reason "length") ends mid-line, maybe
 * mid-word: the unfinished line goes, or, in a one-line answer, the unfinished word.
 */
export function dropCutTail(raw: string): string {
  const text = raw.replace(/\s+$/, '');
  if (text !== raw) return text; // it stopped at a break: nothing is unfinished
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak >= 0 && text.slice(0, lastBreak).trim() !== '') return text.slice(0, lastBreak);
  const lastSpace = text.lastIndexOf(' ');
  return lastSpace > 0 ? text.slice(0, lastSpace) : text;
}
