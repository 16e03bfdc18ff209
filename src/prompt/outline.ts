// An outline of a long addition of prose: headings, dated lines and the first
// sentences of paragraphs, picked at even intervals over the whole of it. The
// head and tail of a journal's 46,505-line first commit showed 0.6% of it; the
// journal preset asks for its topics, which are spread over all of it.

import type { TextKind } from './tokens.js';

/** Below this many lines an addition is cut like any other. */
export const OUTLINE_MIN_LINES = 60;

const PROSE_EXTENSIONS = new Set([
  'md', 'markdown', 'mdx', 'mkd', 'txt', 'text', 'rst', 'adoc', 'asciidoc', 'org', 'tex', 'textile', 'wiki', 'pod', 'rdoc', 'norg',
]);
const PROSE_NAMES = /^(readme|changelog|changes|news|history|authors|contributors|copying|license|licence|notice|journal|diary|notes|todo)$/i;

/** Prose or code, from the file's name; a file with no telling name is judged by its added lines. */
export function textKind(path: string, sample: readonly string[]): TextKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (PROSE_EXTENSIONS.has(ext)) return 'prose';
  if (ext === '' && PROSE_NAMES.test(name)) return 'prose';
  if (ext !== '') return 'code';
  // No extension: mostly letters and spaces is prose.
  let letters = 0;
  let all = 0;
  for (const l of sample) {
    for (let i = 1; i < l.length && all < 20_000; i++) {
      const c = l.charCodeAt(i);
      all++;
      if (c === 32 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
    }
  }
  return all > 0 && letters / all >= 0.85 ? 'prose' : 'code';
}

// Sticky, and tried from offset 1 of a diff line: no copy of 46,505 lines to test them.
// A Markdown, AsciiDoc or Org heading, or a line underlined by the next one.
const HEADING = /(?:#{1,6}\s+\S|={1,6}\s+\S|\*{1,4}\s+\S)/y;
const UNDERLINE = /(?:=+|-+)\s*$/y;
// A line that starts with a date: 2012-01-01, 01.02.2012, 1/2/2012, Monday 3 March, 3 March 2012, March 3, 2012.
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATED = new RegExp(
  `(?:[#*=>\\s-]*)(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?\\d{1,2}\\.?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  'y',
);
/** What a date line can start with: a digit, heading or quote marks, or a month or day name. */
const DATE_WORDS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

function mayBeDated(line: string): boolean {
  const c = line.charCodeAt(1);
  if ((c >= 48 && c <= 57) || c === 0x23 || c === 0x2a || c === 0x3d || c === 0x3e || c === 0x2d || c === 32 || c === 9) return true;
  // J F M A S O N D T W: the first letters of month and day names.
  return (c === 74 || c === 70 || c === 77 || c === 65 || c === 83 || c === 79 || c === 78 || c === 68 || c === 84 || c === 87) && DATE_WORDS.has(line.slice(1, 4));
}

/** '=' or '-': what an underline is made of. */
function ruleStart(c: number): boolean {
  return c === 0x3d || c === 0x2d;
}

/** Nothing but white space after the diff prefix. */
function blank(line: string): boolean {
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return false;
  }
  return true;
}

function at1(re: RegExp, line: string): boolean {
  re.lastIndex = 1;
  return re.test(line);
}

/** Where an outline may draw from, by line index into the hunk, best kinds first. */
export interface Anchors {
  headings: number[];
  dated: number[];
  paragraphs: number[];
  /** Every added line that is not blank: what is left when there are no anchors to speak of (worked out when asked for). */
  readonly filler: number[];
}

/**
 * Finds the anchors among `lines` (diff body lines: only '+' lines count). Cheap
 * enough to run over 46,505 lines: a look at each line's first characters, and a
 * pattern only where those could start a heading or a date.
 */
export function findAnchors(lines: readonly string[]): Anchors {
  const headings: number[] = [];
  const dated: number[] = [];
  const paragraphs: number[] = [];
  let blankBefore = true;
  const n = lines.length;
  let filler: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const l = lines[i] as string;
    if (l.charCodeAt(0) !== 0x2b) {
      blankBefore = l.length <= 1;
      continue;
    }
    const c = l.charCodeAt(1);
    // Blank: nothing, or white space only.
    if (l.length === 1 || ((c === 32 || c === 9 || c === 13) && blank(l))) {
      blankBefore = true;
      continue;
    }
    const next = lines[i + 1];
    if ((c === 0x23 || c === 0x3d || c === 0x2a) && at1(HEADING, l)) headings.push(i);
    else if (next !== undefined && next.length > 3 && next.charCodeAt(0) === 0x2b && ruleStart(next.charCodeAt(1)) && at1(UNDERLINE, next)) {
      headings.push(i);
    } else if (mayBeDated(l) && at1(DATED, l)) dated.push(i);
    else if (blankBefore && !(ruleStart(c) && at1(UNDERLINE, l))) paragraphs.push(i);
    blankBefore = false;
  }
  return {
    headings,
    dated,
    paragraphs,
    get filler(): number[] {
      if (!filler) {
        filler = [];
        for (let i = 0; i < n; i++) {
          const l = lines[i] as string;
          if (l.charCodeAt(0) === 0x2b && !blank(l)) filler.push(i);
        }
      }
      return filler;
    },
  };
}

/**
 * Lines to show for an outline of about `budget` lines (gap markers included):
 * anchors of the best kind there are, evenly spread, each with the line after
 * it when the anchor is a heading or a date (what the entry is about).
 */
export function pickOutline(lines: readonly string[], anchors: Anchors, budget: number): number[] {
  if (budget <= 0 || lines.length === 0) return [];
  const withNext = (i: number): number[] => {
    const n = lines[i + 1];
    return n !== undefined && n.charCodeAt(0) === 0x2b && !blank(n) && !(ruleStart(n.charCodeAt(1)) && at1(UNDERLINE, n)) ? [i, i + 1] : [i];
  };
  // Each unit costs its lines and one marker for the gap before it.
  const primary = anchors.headings.length >= 2 ? anchors.headings : anchors.dated.length >= 2 ? anchors.dated : [];
  const units: number[][] = [];
  const taken = new Set<number>();
  let left = budget;
  const take = (from: number[], perUnit: number, expand: boolean): void => {
    const k = Math.min(from.length, Math.floor(left / perUnit));
    for (let j = 0; j < k; j++) {
      const idx = from[k === 1 ? 0 : Math.round((j * (from.length - 1)) / (k - 1))] as number;
      if (taken.has(idx)) continue;
      const unit = expand ? withNext(idx) : [idx];
      for (const u of unit) taken.add(u);
      units.push(unit);
      left -= unit.length + 1;
    }
  };
  take(primary, 3, true);
  // Then paragraphs, then any lines, at even intervals, with what room is left.
  // (Room for a line or two more is not worth a pass over every line.)
  if (left >= 4) take(anchors.paragraphs, 2, false);
  if (left >= 4) take(anchors.filler, 2, false);
  return [...taken].sort((a, b) => a - b);
}

/** The first sentence of a long paragraph line: what an outline needs of it. */
export function firstSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[.!?](?=\s|$)/g;
  end.lastIndex = 40;
  const m = end.exec(text);
  return m && m.index < max ? text.slice(0, m.index + 1) : text.slice(0, max);
}
