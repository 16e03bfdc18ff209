// The shape git and its users expect of a message: a subject, a blank line, a body wrapped at
// 72 columns, no line git would strip as a comment; and the limits on its length, cut at a
// word, never in the middle of one, never with an ellipsis.
import type { PresetName } from '../prompt/presets.js';

export interface MessageLimits {
  /**
   * git's comment character in this repository (core.commentChar; `auto` lets git pick one
   * the message does not use). Only with `#` must a line not start with `#`. Default `#`.
   */
  commentChar?: string;
  /** Longest subject, in characters; cut at a word. Unset: only `maxMessageChars` bounds it. */
  maxSubjectChars?: number;
  /** Longest whole message, in characters; cut at a paragraph or line. Default `DEFAULT_MAX_MESSAGE_CHARS`. */
  maxMessageChars?: number;
}

/** Always applies: a commit message is a few paragraphs, never a flood. */
export const DEFAULT_MAX_MESSAGE_CHARS = 4096;

/** git's conventional body width; the subject is only cut when a limit asks for it. */
const WIDTH = 72;

// Indented lines are code or output samples: leave them exactly as written.
export const CODE_LINE = /^(?: {4}|\t)/;
const BULLET = /^( {0,3})([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
const TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…)$/;
// What a cut line must not end with: it would read as if something were missing.
const DANGLING = /[\s,;:\-–—/\\([{&+|.…]+$/;
const DANGLING_QUOTE = /\s["'`“‘«]$/;

export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '«': '»',
};


/**
 * How long the subject and the whole message may be: git's 72 columns for code; a journal's
 * topics get more room. An answer that floods is cut to these at a word, never sent on.
 */
export function messageLimits(preset: PresetName): { maxSubjectChars: number } {
  return { maxSubjectChars: preset === 'journal' ? 200 : 72 };
}

export function resolveLimits(limits: MessageLimits | undefined): { maxSubject: number | undefined; maxMessage: number } {
  const positive = (n: number | undefined): number | undefined =>
    typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined;
  const maxMessage = positive(limits?.maxMessageChars) ?? DEFAULT_MAX_MESSAGE_CHARS;
  const subject = positive(limits?.maxSubjectChars);
  return { maxSubject: subject === undefined ? undefined : Math.min(subject, maxMessage), maxMessage };
}

/** The first `size` characters, never ending inside a surrogate pair. */
export function window(text: string, size: number): string {
  if (text.length <= size) return text;
  const end = isHighSurrogate(text.charCodeAt(size - 1)) ? size - 1 : size;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}


/**
 * Removes one pair of quotes around the whole text. The opening line must not
 * contain the closing quote again, or `"a" and "b"` would lose its outer quotes.
 */
export function unquote(text: string): string {
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
export function assemble(text: string, commentChar = '#'): string {
  const hash = commentChar === '#';
  const lines = text.split('\n').map((line) => (hash ? line.trimEnd().replace(/^#+\s*/, '') : line.trimEnd()));

  let subject = '';
  let i = 0;
  while (i < lines.length && subject === '') {
    subject = dropUnclosedQuote(unquote((lines[i] ?? '').trim()))
      .replace(hash ? /^#+\s*/ : /^(?!)/, '') // a `#` that was behind the quote would make git drop the line
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

/**
 * The subject cut at a word to `maxSubject` characters, then the whole message to
 * `maxMessage`: at a paragraph, else a line, else a word. Linear in the text.
 */
export function applyLimits(message: string, maxSubject: number | undefined, maxMessage: number): string {
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

