/**
 * What the plugin says, shaped for where it is read. Neovim's own `vim.notify` prints on
 * the last screen line, which has `v:echospace` cells (68 on an 80-column terminal with
 * the default 'showcmd'): one cell more and Neovim stops for a hit-enter prompt. So a
 * notice is the same news in several lengths, longest first, and the Lua side shows the
 * first that fits; notifier plugins (nvim-notify, noice) get the longest with the details
 * under it. Which words give way, and in which order, is decided here, where the meaning
 * of each part is known: a subject is cut before the advice, a path keeps its end.
 */
import { hideUrlCredentials } from './credentials.js';

const TITLE = 'git-commit-push';
export const PREFIX = `${TITLE}: `;

export interface Notice {
  /** The same news, longest first; every line is one line (no newline). */
  lines: string[];
  /** What the lines leave out: shown under them by notifier plugins, kept in the plugin's log. */
  details: string[];
}

/** A part of a notice's line that may give way when the line is too long for the screen. */
export interface Flexible {
  text: string;
  /** When it gives way: lower first. */
  order: number;
  /**
   * `drop`: all or nothing; `cut`: keeps its start; `tail`: keeps its end (paths);
   * `words`: keeps its start, cut between words (a subject); `forms`: the shorter wordings given.
   */
  how: 'drop' | 'cut' | 'tail' | 'words' | 'forms';
  /** The fewest characters `cut`, `tail` and `words` keep, the ellipsis included. */
  min: number;
  /** For `forms`: the shorter wordings, longest first. */
  forms?: readonly string[];
}

export type Part = string | Flexible;

/** A part that goes as a whole: an aside, a destination the rest does without. */
export function drop(text: string, order: number): Flexible {
  return { text, order, how: 'drop', min: 0 };
}

/** A part cut at its end: a subject, a reason. */
export function cut(text: string, order: number, min = 12): Flexible {
  return { text, order, how: 'cut', min };
}

/** A part cut at its start: a path, whose end says the most. */
export function tail(text: string, order: number, min = 16): Flexible {
  return { text, order, how: 'tail', min };
}

/**
 * A part cut between words, one word at a time: a subject keeps as much as the screen has
 * room for, and no word is cut in half while a whole one can go instead.
 */
export function words(text: string, order: number, min = 16): Flexible {
  return { text, order, how: 'words', min };
}

/** A part with shorter wordings of its own: `(using the default message "Update a.txt")`, `(default message)`. */
export function forms(text: string, shorter: readonly string[], order: number): Flexible {
  return { text, order, how: 'forms', min: 0, forms: shorter };
}

/** The same news from several notices: the lines of the first, then those of the next (Lua shows the first that fits). */
export function either(first: Notice, ...rest: Notice[]): Notice {
  return { lines: unique([first, ...rest].flatMap((n) => n.lines)), details: first.details };
}

const ELLIPSIS = '…';
/** The lengths a cut part tries, longest first, before its minimum. */
const STEPS = [48, 32, 24, 16];
/** The title goes before any cut, after the asides that `order` puts before it. */
const DEFAULT_PREFIX_ORDER = 5;
const MIN_SAVED = 4;

/**
 * A notice from its parts: the first line has them all, each next line has one more part
 * given way, in `order`. The title prefix is a part too (`prefixOrder`): on a narrow
 * screen the advice matters more than the plugin's name. Credentials in URLs are hidden.
 */
export function notice(parts: Part[], details: string[] = [], opts: { prefixOrder?: number } = {}): Notice {
  const all: Part[] = [drop(PREFIX, opts.prefixOrder ?? DEFAULT_PREFIX_ORDER), ...parts.map(hidePart)];
  const current = all.map((p) => (typeof p === 'string' ? p : p.text));
  const lines = [current.join('')];
  const flexible = all
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: Flexible; i: number } => typeof x.p !== 'string')
    .sort((a, b) => a.p.order - b.p.order);
  for (const { p, i } of flexible) {
    for (const shorter of shorterForms(p)) {
      current[i] = shorter;
      lines.push(current.join(''));
    }
  }
  return { lines: unique(lines.map(oneLineText)), details: details.map((d) => oneLineText(hideUrlCredentials(d))) };
}

/**
 * A notice from a plain message: its first line is the news, the rest are details. Paths
 * in the first line keep their end when the line is too long; the line's end is cut last.
 */
export function fromText(message: string): Notice {
  const [first = '', ...rest] = message.split('\n');
  return notice(withPaths(first), rest.filter((l) => l.trim() !== ''));
}

/** Absolute paths in a line become `tail` parts, so that a long repository path gives way first. */
function withPaths(line: string): Part[] {
  const parts: Part[] = [];
  const re = /(^|[\s"'(])(\/[^\s"'()]+)/g;
  let at = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index + (m[1] ?? '').length;
    // "…/journal.txt: no changes": the colon and the like belong to the sentence.
    const path = (m[2] ?? '').replace(/[:,.;]+$/, '');
    if (path.length <= 20) continue;
    parts.push(line.slice(at, start), tail(path, 1));
    at = start + path.length;
  }
  parts.push(line.slice(at));
  return parts.filter((p) => p !== '');
}

function shorterForms(p: Flexible): string[] {
  if (p.how === 'drop') return p.text === '' ? [] : [''];
  if (p.how === 'forms') return [...(p.forms ?? [])];
  const chars = Array.from(p.text);
  if (p.how === 'words') return wordCuts(chars, p.min);
  // A cut that saves a character or two is not worth the ellipsis.
  const lengths = [...STEPS, p.min].filter((n, i, a) => n <= chars.length - MIN_SAVED && n >= p.min && a.indexOf(n) === i);
  return lengths.map((n) => (p.how === 'cut' ? chars.slice(0, n - 1).join('').trimEnd() + ELLIPSIS : ELLIPSIS + chars.slice(chars.length - (n - 1)).join('')));
}

/** Cuts after each word, longest first, down to `min` characters; one long word is cut at `min`. */
function wordCuts(chars: string[], min: number): string[] {
  const out: string[] = [];
  for (let i = chars.length - 1; i > 0; i--) {
    if (chars[i] !== ' ' || chars[i - 1] === ' ') continue;
    // "the lake," then "…": the mark before a cut says nothing.
    const kept = chars.slice(0, i).join('').replace(/[\s,;:.(–-]+$/u, '') + ELLIPSIS;
    const n = Array.from(kept).length;
    if (n > chars.length - MIN_SAVED || n < min) continue;
    out.push(kept);
  }
  const last = out.length > 0 ? Array.from(out[out.length - 1] ?? '').length : chars.length;
  if (last > min && chars.length - MIN_SAVED >= min) out.push(chars.slice(0, min - 1).join('').trimEnd() + ELLIPSIS);
  return unique(out);
}

function hidePart(p: Part): Part {
  if (typeof p === 'string') return hideUrlCredentials(p);
  return { ...p, text: hideUrlCredentials(p.text), ...(p.forms ? { forms: p.forms.map(hideUrlCredentials) } : {}) };
}

/** Tabs and line breaks would break the one line a message area has. */
function oneLineText(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

function unique(lines: string[]): string[] {
  return lines.filter((l, i) => lines.indexOf(l) === i);
}
