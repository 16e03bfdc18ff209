// Builds the user message from a parsed diff so that the whole request fits the
// context window on purpose. Ollama cuts an over-long prompt from the FRONT
// without telling anyone, so the instructions would vanish: everything here is
// counted, and whatever does not fit is left out visibly, never silently.

import { oneLine } from './one-line.js';
import { type DiffFile, type Exclusion, type Hunk, exclusionFor } from './diff.js';

export interface PromptRequest {
  files: DiffFile[];
  system: string;
  /** The branch's last commit subjects, newest first. */
  recentSubjects: string[];
  numCtx: number;
  numPredict: number;
}

export interface Prompt {
  system: string;
  user: string;
  /** One short line per thing left out or shortened, for the review buffer. */
  omitted: string[];
  estimatedTokens: number;
}

/** Room for the chat template's own tokens and for estimates that run short. */
export const PROMPT_MARGIN_TOKENS = 256;

/**
 * A deliberate over-estimate, cheap enough to run on every line:
 * - ASCII letters, punctuation and spaces: 3 characters per token (English
 *   averages about 4, code about 3.5);
 * - digits: one token each, as Llama 2 and Gemma tokenizers split numbers per digit;
 * - anything else: one token per UTF-16 unit, which is at least UTF-8 bytes / 3
 *   and about what CJK text costs;
 * - one token per line, for the newline and the diff prefix around it.
 */
export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  let ascii = 0;
  let heavy = 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c >= 48 && c <= 57) heavy++;
    else if (c < 128) ascii++;
    else heavy++;
  }
  return Math.ceil(ascii / 3) + heavy + lines;
}

/**
 * The cost of one line of the final text. Summed over lines it is never less
 * than estimateTokens() of the lines joined by '\n', so adding up lines as they
 * are chosen bounds the whole message without re-joining it.
 */
function lineTokens(line: string): number {
  return Math.max(1, estimateTokens(line));
}

const MAX_LINE_CHARS = 200;
const KEPT_LINE_CHARS = 160;
/** Below this, a shortened hunk says too little to be worth its header. */
const MIN_HUNK_LINES = 6;
/** What each file's diff gets at the least, before any file gets more. */
const MIN_FILE_LINES = 4;
/** A deleted file's contents rarely explain a commit: the summary names it anyway. */
const DELETED_FILE_LINES = 20;
const MAX_SUBJECTS = 10;
const MAX_SUBJECT_CHARS = 120;
const SUMMARY_SHARE = 0.6;
const SUBJECTS_SHARE = 0.15;
const MAX_OMITTED = 20;

const CLOSING = 'Write the commit message for the staged changes above.';
const SUBJECTS_TITLE =
  'Recent commit subjects on this branch, newest first. A style reference only: do not copy them or reuse their wording.';
const DIFF_TITLE = 'Diff of the staged changes, shortened where marked [...]:';

interface Entry {
  file: DiffFile;
  index: number;
  exclusion: Exclusion | undefined;
  /** Body lines over all hunks. */
  size: number;
}

/** Lines under a token allowance: a line that would overflow it is refused. */
class Budget {
  used = 0;
  constructor(
    readonly limit: number,
    readonly out?: string[],
  ) {}

  add(line: string): boolean {
    const t = lineTokens(line);
    if (this.used + t > this.limit) return false;
    this.used += t;
    this.out?.push(line);
    return true;
  }

  /** Only for the one line that must be there even when nothing fits. */
  force(line: string): void {
    this.used += lineTokens(line);
    this.out?.push(line);
  }
}

export function buildPrompt(req: PromptRequest): Prompt {
  const systemTokens = estimateTokens(req.system);
  const limit = req.numCtx - req.numPredict - PROMPT_MARGIN_TOKENS;
  const entries: Entry[] = req.files.map((file, index) => ({
    file,
    index,
    exclusion: exclusionFor(file),
    size: file.hunks.reduce((n, h) => n + h.lines.length, 0),
  }));
  const { lines, omitted } = compose(entries, req.recentSubjects, limit - systemTokens, systemTokens, limit);
  const user = lines.join('\n');
  return {
    system: req.system,
    user,
    omitted: capOmitted(omitted),
    estimatedTokens: systemTokens + estimateTokens(user),
  };
}

interface Composed {
  lines: string[];
  omitted: Omission[];
}

interface Omission {
  /**
   * Order in the review buffer, which shows only MAX_OMITTED lines: secrets
   * first (what a user most needs to see), then what concerns the whole
   * prompt, then excluded files, then per-file shortening.
   */
  rank: 0 | 1 | 2 | 3;
  text: string;
}

function compose(entries: Entry[], subjects: string[], budget: number, systemTokens: number, limit: number): Composed {
  const out = new Budget(budget, []);
  const omitted: Omission[] = exclusionNotes(entries);
  const header = summaryHeader(entries);
  const closingCost = 1 + lineTokens(CLOSING);
  const diffable = entries.filter((e) => e.exclusion === undefined && e.file.hunks.length > 0);
  // Kept back so the file list cannot crowd out the statement that the diff was left out.
  const diffFloor = diffable.length > 0 ? 1 + lineTokens(filesOmittedMarker(diffable.length)) : 0;

  if (lineTokens(header) + closingCost + diffFloor > budget) {
    // The instructions leave (next to) no room: say what changed in one line and stop.
    out.force(header);
    out.add('[... file list and diff omitted: no room left after the instructions]');
    omitted.push({
      rank: 1,
      text: `the file list and the whole diff: the instructions take about ${fmt(systemTokens)} of the ${fmt(Math.max(0, limit))} tokens available`,
    });
    return { lines: out.out ?? [], omitted };
  }

  out.add(header);
  const avail = budget - out.used - closingCost - diffFloor;
  const cleanSubjects = subjects.map(cleanSubject).filter((s) => s.length > 0).slice(0, MAX_SUBJECTS);

  // What the other sections would take in full, so a short diff leaves the list its room.
  const diffNeed = diffable.length > 0 ? fullDiffCost(diffable, avail) : 0;
  const subjectsNeed = cleanSubjects.length > 0 ? 1 + lineTokens(SUBJECTS_TITLE) + sumTokens(cleanSubjects.map(subjectLine)) : 0;

  const summaryCap = Math.min(avail, Math.max(Math.floor(avail * SUMMARY_SHARE), avail - diffNeed - subjectsNeed));
  const summary = summaryLines(entries, summaryCap);
  for (const l of summary.lines) out.add(l);
  if (summary.listed < entries.length) {
    omitted.push({ rank: 1, text: `file list: ${fmt(entries.length - summary.listed)} more files not listed` });
  }

  if (cleanSubjects.length > 0) {
    const rem = budget - out.used - closingCost - diffFloor;
    const cap = Math.max(Math.floor(rem * SUBJECTS_SHARE), rem - diffNeed);
    const shown = subjectsSection(cleanSubjects, cap, out);
    if (shown < cleanSubjects.length) {
      omitted.push({ rank: 1, text: `recent commit subjects: ${fmt(cleanSubjects.length - shown)} left out for length` });
    }
  }

  if (diffable.length > 0) {
    const allowance = budget - out.used - closingCost;
    omitted.push(...diffSection(diffable, allowance, out));
  }

  out.add('');
  out.add(CLOSING);
  return { lines: out.out ?? [], omitted };
}

// ---------------------------------------------------------------- summary

function summaryHeader(entries: Entry[]): string {
  let added = 0;
  let removed = 0;
  for (const e of entries) {
    if (e.exclusion === 'secret') continue; // see summaryLine
    added += e.file.added;
    removed += e.file.removed;
  }
  return `Staged files (${plural(entries.length, 'file')}, +${fmt(added)} -${fmt(removed)} lines in total):`;
}

function summaryLine(e: Entry): string {
  const f = e.file;
  const name = f.status === 'renamed' && f.oldPath !== undefined ? `${oneLine(f.oldPath)} -> ${oneLine(f.path)}` : oneLine(f.path);
  const status = statusText(f);
  let desc: string;
  if (e.exclusion === 'secret') {
    // Not even line counts: nothing about a secret's contents goes out.
    desc = `secret, contents not sent${f.status === 'modified' ? '' : ` (${status})`}`;
  } else if (e.exclusion !== undefined) {
    const details = [f.status === 'modified' ? '' : status, f.added || f.removed ? counts(f) : ''].filter(Boolean);
    desc = `${e.exclusion}, contents not sent${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  } else {
    desc = f.hunks.length === 0 && f.status === 'added' ? `${status}, empty` : `${status}, ${counts(f)}`;
  }
  if (f.oldMode !== undefined && f.newMode !== undefined && f.oldMode !== f.newMode) {
    desc += `, mode ${f.oldMode} -> ${f.newMode}`;
  }
  return shortenLine(` ${name} | ${desc}`).text;
}

function statusText(f: DiffFile): string {
  if (f.status === 'added') return f.oldPath !== undefined ? `new file, copy of ${oneLine(f.oldPath)}` : 'new file';
  return f.status;
}

function counts(f: DiffFile): string {
  return `+${fmt(f.added)} -${fmt(f.removed)}`;
}

/** As many summary lines as fit `cap`, closed by a line saying how many more there are. */
function summaryLines(entries: Entry[], cap: number): { lines: string[]; listed: number } {
  const lines: string[] = [];
  const costs: number[] = [];
  let cost = 0;
  for (const e of entries) {
    const l = summaryLine(e);
    const c = lineTokens(l);
    if (cost + c > cap) break;
    lines.push(l);
    costs.push(c);
    cost += c;
  }
  if (lines.length === entries.length) return { lines, listed: lines.length };
  for (;;) {
    const marker = moreFilesMarker(entries, lines.length);
    const c = lineTokens(marker);
    if (cost + c <= cap) {
      const listed = lines.length;
      lines.push(marker);
      return { lines, listed };
    }
    if (lines.length === 0) return { lines, listed: 0 };
    lines.pop();
    cost -= costs.pop() ?? 0;
  }
}

/** e.g. `[... 49,800 more files (+1,234 -0 lines), mostly under vendor/ (49,000), docs/ (800)]` */
function moreFilesMarker(entries: Entry[], from: number): string {
  let added = 0;
  let removed = 0;
  const dirs = new Map<string, number>();
  for (let i = from; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const f = e.file;
    if (e.exclusion !== 'secret') {
      added += f.added;
      removed += f.removed;
    }
    const slash = f.path.indexOf('/');
    const dir = slash < 0 ? '' : f.path.slice(0, slash + 1);
    dirs.set(dir, (dirs.get(dir) ?? 0) + 1);
  }
  const top = [...dirs.entries()]
    .filter(([dir]) => dir !== '')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([dir, n]) => `${oneLine(dir.length > 40 ? `${dir.slice(0, 37)}...` : dir)} (${fmt(n)})`);
  const where = top.length > 0 ? `, mostly under ${top.join(', ')}` : '';
  return `[... ${fmt(entries.length - from)} more files (+${fmt(added)} -${fmt(removed)} lines)${where}]`;
}

// ---------------------------------------------------------------- subjects

function cleanSubject(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return one.length > MAX_SUBJECT_CHARS ? `${cutAt(one, MAX_SUBJECT_CHARS)} [...]` : one;
}

function subjectLine(s: string): string {
  return `- ${s}`;
}

/** Adds the section if at least one subject fits; returns how many were shown. */
function subjectsSection(subjects: string[], cap: number, out: Budget): number {
  let cost = 1 + lineTokens(SUBJECTS_TITLE);
  let n = 0;
  for (const s of subjects) {
    const c = lineTokens(subjectLine(s));
    if (cost + c > cap) break;
    cost += c;
    n++;
  }
  if (n === 0) return 0;
  out.add('');
  out.add(SUBJECTS_TITLE);
  for (let i = 0; i < n; i++) out.add(subjectLine(subjects[i] as string));
  return n;
}

// ---------------------------------------------------------------- diff

interface FileStats {
  added: number;
  removed: number;
  unchanged: number;
  hiddenHunks: number;
  longLines: number;
}

function fullDiffCost(diffable: Entry[], cap: number): number {
  const b = new Budget(cap);
  if (!b.add('') || !b.add(DIFF_TITLE)) return cap;
  for (const e of diffable) {
    if (!renderFile(e, Number.POSITIVE_INFINITY, b)) return cap;
  }
  return b.used;
}

/**
 * Every file first gets a little (MIN_FILE_LINES), then all get the same larger
 * per-file quota, found by binary search: small files end up whole, big ones
 * shortened. If not even the little fits for all, the smallest changes go first
 * and the rest are counted in one marker line.
 */
function diffSection(diffable: Entry[], allowance: number, out: Budget): Omission[] {
  const trailerFloor = lineTokens(filesOmittedMarker(diffable.length));
  const titleCost = 1 + lineTokens(DIFF_TITLE);
  if (allowance < titleCost + trailerFloor) {
    out.add('');
    out.add(filesOmittedMarker(diffable.length));
    return diffable.map((e) => wholeFileNote(e));
  }
  const inner = allowance - titleCost;
  const fitsAll = (quota: number): boolean => {
    const b = new Budget(inner);
    return diffable.every((e) => renderFile(e, quota, b));
  };

  out.add('');
  out.add(DIFF_TITLE);
  const notes: Omission[] = [];

  if (fitsAll(MIN_FILE_LINES)) {
    const biggest = diffable.reduce((n, e) => Math.max(n, e.size), MIN_FILE_LINES);
    let lo = MIN_FILE_LINES;
    if (fitsAll(biggest)) lo = biggest;
    else {
      let hi = biggest; // fitsAll(lo) holds, fitsAll(hi) does not
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fitsAll(mid)) lo = mid;
        else hi = mid;
      }
    }
    for (const e of diffable) {
      const stats = newStats();
      renderFile(e, lo, out, stats);
      const note = shortenedNote(e, stats);
      if (note) notes.push(note);
    }
    return notes;
  }

  const room = new Budget(inner - trailerFloor);
  const chosen = new Set<Entry>();
  const byPriority = [...diffable].sort(priority);
  for (const e of byPriority) {
    const trial = new Budget(room.limit - room.used);
    if (renderFile(e, MIN_FILE_LINES, trial)) {
      room.used += trial.used;
      chosen.add(e);
    }
  }
  for (const e of diffable) {
    if (!chosen.has(e)) {
      notes.push(wholeFileNote(e));
      continue;
    }
    const stats = newStats();
    renderFile(e, MIN_FILE_LINES, out, stats);
    const note = shortenedNote(e, stats);
    if (note) notes.push(note);
  }
  out.add(filesOmittedMarker(diffable.length - chosen.size));
  return notes;
}

/** Smaller changes first (they are the most telling per token); deleted files last. */
function priority(a: Entry, b: Entry): number {
  const da = a.file.status === 'deleted' ? 1 : 0;
  const db = b.file.status === 'deleted' ? 1 : 0;
  return da - db || a.size - b.size || a.index - b.index;
}

function filesOmittedMarker(n: number): string {
  return `[... diffs of ${plural(n, 'more file')} omitted]`;
}

function fileHeader(f: DiffFile): string {
  const what = f.status === 'renamed' && f.oldPath !== undefined ? `renamed from ${oneLine(f.oldPath)}` : statusText(f);
  return shortenLine(`File: ${oneLine(f.path)} (${what})`).text;
}

/**
 * Renders one file's diff with at most `quota` body lines, or reports that it
 * does not fit `out` (which may then hold part of it: callers measuring with a
 * throwaway Budget don't care, and the final pass only renders what was measured).
 */
function renderFile(e: Entry, quota: number, out: Budget, stats?: FileStats): boolean {
  const f = e.file;
  if (!out.add(fileHeader(f))) return false;
  const q = f.status === 'deleted' ? Math.min(quota, DELETED_FILE_LINES) : quota;
  const { count, perHunk } = planHunks(f.hunks, e.size, q);
  for (let i = 0; i < count; i++) {
    const h = f.hunks[i] as Hunk;
    if (!addLine(out, h.header, stats)) return false;
    const keep = Math.min(h.lines.length, perHunk);
    if (keep === h.lines.length) {
      for (const l of h.lines) if (!addLine(out, l, stats)) return false;
      continue;
    }
    // Head and tail: how the change starts and where it ends up.
    const head = Math.ceil(keep / 2);
    const tailFrom = h.lines.length - (keep - head);
    for (let j = 0; j < head; j++) if (!addLine(out, h.lines[j] as string, stats)) return false;
    if (!out.add(middleMarker(h.lines, head, tailFrom, stats))) return false;
    for (let j = tailFrom; j < h.lines.length; j++) if (!addLine(out, h.lines[j] as string, stats)) return false;
  }
  if (count < f.hunks.length) {
    let added = 0;
    let removed = 0;
    let all = 0;
    for (let i = count; i < f.hunks.length; i++) {
      const h = f.hunks[i] as Hunk;
      added += h.added;
      removed += h.removed;
      all += h.lines.length;
    }
    const hidden = f.hunks.length - count;
    if (stats) {
      stats.added += added;
      stats.removed += removed;
      stats.unchanged += all - added - removed;
      stats.hiddenHunks += hidden;
    }
    const marker = `[... ${plural(hidden, 'more hunk')} of ${oneLine(f.path)} omitted (+${fmt(added)} -${fmt(removed)})]`;
    if (!out.add(shortenLine(marker).text)) return false;
  }
  return true;
}

/**
 * How many hunks to show (the first ones, at least MIN_HUNK_LINES each) and the
 * most lines each may keep: the quota is shared water-filling style, so short
 * hunks show whole and long ones share what is left equally.
 */
function planHunks(hunks: Hunk[], size: number, quota: number): { count: number; perHunk: number } {
  if (size <= quota) return { count: hunks.length, perHunk: Number.POSITIVE_INFINITY };
  const count = Math.min(hunks.length, Math.max(1, Math.floor(quota / MIN_HUNK_LINES)));
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) sizes.push((hunks[i] as Hunk).lines.length);
  sizes.sort((a, b) => a - b);
  let left = quota;
  for (let i = 0; i < sizes.length; i++) {
    const share = Math.floor(left / (sizes.length - i));
    const s = sizes[i] as number;
    if (s > share) return { count, perHunk: Math.max(1, share) };
    left -= s;
  }
  return { count, perHunk: Number.POSITIVE_INFINITY };
}

function addLine(out: Budget, raw: string, stats: FileStats | undefined): boolean {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const s = shortenLine(line);
  if (!out.add(s.text)) return false;
  if (s.cut && stats) stats.longLines++;
  return true;
}

/** e.g. `[... 45,900 more added lines omitted]`, counted so the model knows the scale. */
function middleMarker(lines: string[], from: number, to: number, stats: FileStats | undefined): string {
  let added = 0;
  let removed = 0;
  for (let i = from; i < to; i++) {
    const c = (lines[i] as string).charCodeAt(0);
    if (c === 0x2b) added++;
    else if (c === 0x2d) removed++;
  }
  const all = to - from;
  const unchanged = all - added - removed;
  if (stats) {
    stats.added += added;
    stats.removed += removed;
    stats.unchanged += unchanged;
  }
  if (added === all) return `[... ${fmt(all)} more added ${all === 1 ? 'line' : 'lines'} omitted]`;
  if (removed === all) return `[... ${fmt(all)} more removed ${all === 1 ? 'line' : 'lines'} omitted]`;
  if (unchanged === all) return `[... ${fmt(all)} more unchanged ${all === 1 ? 'line' : 'lines'} omitted]`;
  const parts = [
    added > 0 ? `${fmt(added)} added` : '',
    removed > 0 ? `${fmt(removed)} removed` : '',
    unchanged > 0 ? `${fmt(unchanged)} unchanged` : '',
  ].filter(Boolean);
  return `[... ${fmt(all)} more lines omitted: ${parts.join(', ')}]`;
}

function newStats(): FileStats {
  return { added: 0, removed: 0, unchanged: 0, hiddenHunks: 0, longLines: 0 };
}

// ---------------------------------------------------------------- omissions

function exclusionNotes(entries: Entry[]): Omission[] {
  const notes: Omission[] = [];
  for (const e of entries) {
    if (e.exclusion === 'secret') notes.push({ rank: 0, text: `${oneLine(e.file.path)} (secret: contents never sent)` });
    else if (e.exclusion !== undefined) notes.push({ rank: 2, text: `${oneLine(e.file.path)} (${e.exclusion})` });
  }
  return notes;
}

function wholeFileNote(e: Entry): Omission {
  const lines = linesPhrase(e.file.added, e.file.removed, 0);
  return { rank: 3, text: `${oneLine(e.file.path)}: whole diff${lines ? ` (${lines})` : ''}` };
}

/** e.g. `journal.txt: 45,900 added lines` or `src/a.ts: 80 added and 40 removed lines (3 of 5 hunks)`. */
function shortenedNote(e: Entry, s: FileStats): Omission | undefined {
  const parts: string[] = [];
  const lines = linesPhrase(s.added, s.removed, s.unchanged);
  if (lines) parts.push(s.hiddenHunks > 0 ? `${lines} (${s.hiddenHunks} of ${e.file.hunks.length} hunks)` : lines);
  if (s.longLines > 0) parts.push(`${plural(s.longLines, 'long line')} shortened`);
  if (parts.length === 0) return undefined;
  return { rank: 3, text: `${oneLine(e.file.path)}: ${parts.join('; ')}` };
}

function linesPhrase(added: number, removed: number, unchanged: number): string {
  if (added > 0 && removed > 0) return `${fmt(added)} added and ${fmt(removed)} removed lines`;
  if (added > 0) return `${fmt(added)} added ${added === 1 ? 'line' : 'lines'}`;
  if (removed > 0) return `${fmt(removed)} removed ${removed === 1 ? 'line' : 'lines'}`;
  if (unchanged > 0) return `${fmt(unchanged)} unchanged ${unchanged === 1 ? 'line' : 'lines'}`;
  return '';
}

/** The review buffer shows these as comment lines: thousands of them would bury the message. */
function capOmitted(notes: Omission[]): string[] {
  const sorted = notes.map((n, i) => ({ n, i })).sort((a, b) => a.n.rank - b.n.rank || a.i - b.i);
  const texts = sorted.map((x) => x.n.text);
  if (texts.length <= MAX_OMITTED) return texts;
  return [...texts.slice(0, MAX_OMITTED - 1), `... and ${fmt(texts.length - MAX_OMITTED + 1)} more`];
}

// ---------------------------------------------------------------- text helpers

/** Very long lines (minified code, data) would eat the budget for little meaning. */
function shortenLine(line: string): { text: string; cut: boolean } {
  if (line.length <= MAX_LINE_CHARS) return { text: line, cut: false };
  const kept = cutAt(line, KEPT_LINE_CHARS);
  return { text: `${kept} [... ${fmt(line.length - kept.length)} more characters]`, cut: true };
}

/** Cuts at `n` UTF-16 units without splitting a surrogate pair. */
function cutAt(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}


function sumTokens(lines: string[]): number {
  return lines.reduce((n, l) => n + lineTokens(l), 0);
}

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, word: string): string {
  return `${fmt(n)} ${n === 1 ? word : `${word}s`}`;
}
