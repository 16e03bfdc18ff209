// Builds the user message from a parsed diff so that the whole request fits the
// context window on purpose. Ollama cuts an over-long prompt from the FRONT
// without telling anyone, so the instructions would vanish: everything here is
// counted, and whatever does not fit is left out visibly, never silently.
//
// What gives way when the diff does not fit, in this order: the unchanged lines
// around the changes (down to 1, then none), then long lines (cut around the
// part that differs between the '-' and '+' line), then changed lines (every file
// keeps some before any keeps all; a long addition of prose becomes an outline),
// then whole files' diffs. The file list, the lock-file summaries and the
// instructions go first.

import { oneLine } from '../words/one-line.js';
import { type DiffFile, type Exclusion, type Hunk, exclusionFor } from '../change/diff.js';
import { hasGeneratedHeader, markedGenerated } from '../change/generated.js';
import { describeLock, directDependencies, lockCounts, lockFormat, readLock } from '../change/lockfiles.js';
import { type Anchors, OUTLINE_MIN_LINES, findAnchors, firstSentence, pickOutline, textKind } from './outline.js';
import { CAUTIOUS_RATES, type TextKind, type TextMix, type TokenRates, lineUnits, textUnits } from './tokens.js';
import { type Range, changedRanges, shortenAround } from '../change/word-diff.js';

export { estimateTokens } from './tokens.js';

export interface PromptRequest {
  files: DiffFile[];
  system: string;
  /** Recent commit subjects, newest first, merges left out by the caller. */
  recentSubjects: string[];
  /** Set when recentSubjects are this file's own last subjects (file scope), not the branch's. */
  subjectsFile?: string;
  numCtx: number;
  numPredict: number;
  /** Tokens per counted piece, from TokenEstimator.rates(model); CAUTIOUS_RATES when absent. */
  rates?: TokenRates;
  /** Paths git's attributes mark generated (linguist-generated, -diff): named with counts only. */
  generatedPaths?: ReadonlySet<string>;
}

export interface Prompt {
  system: string;
  user: string;
  /** One short line per thing left out or shortened, for the review buffer. */
  omitted: string[];
  estimatedTokens: number;
  /** What the prompt is made of, for TokenEstimator.learn() once the server has counted it. */
  mix: TextMix;
}

/** Room for the chat template's own tokens and for estimates that run short. */
export const PROMPT_MARGIN_TOKENS = 256;

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
/** Lines of file lists, headers and markers are never allowed to grow without bound. */
const MAX_META_CHARS = 200;
/** How much of a paragraph an outline shows: its first sentence, up to this. */
const OUTLINE_CHARS = 200;

const CLOSING = 'Write the commit message for the staged changes above.';
const SUBJECTS_REUSE =
  'A style reference only: do not copy them or reuse their wording, except in the forms git itself writes when the change is one: Revert "<subject>" for a revert, fixup! <subject> or squash! <subject>.';
const DIFF_TITLES = [
  'Diff of the staged changes, shortened where marked [...]:',
  'Diff of the staged changes, with 1 unchanged line around each change (more were cut), shortened where marked [...]:',
  'Diff of the staged changes, changed lines only (the unchanged lines around them were cut), shortened where marked [...]:',
];

/** How much of the diff is kept: each step down gives up what matters least first. */
interface Level {
  /** Unchanged lines kept around each change; Infinity: as git gave them. */
  context: number;
  /** Lines longer than this (characters) are cut around what changed. */
  width: number;
}

const LEVELS: Level[] = [
  { context: Number.POSITIVE_INFINITY, width: Number.POSITIVE_INFINITY },
  { context: 1, width: Number.POSITIVE_INFINITY },
  { context: 0, width: Number.POSITIVE_INFINITY },
  { context: 0, width: 600 },
  { context: 0, width: 240 },
];

interface Entry {
  file: DiffFile;
  index: number;
  exclusion: Exclusion | undefined;
  kind: TextKind;
  /** Body lines over all hunks (or summary lines of a lock file). */
  size: number;
  /** A lock file's package changes, shown in place of its diff. */
  digest?: { title: string; lines: string[] };
  views?: HunkView[];
}

/** Why a file's contents stay out of the prompt, with what git's attributes and the file's first lines say. */
export function promptExclusion(file: DiffFile, generatedPaths?: ReadonlySet<string>): Exclusion | undefined {
  const ex = exclusionFor(file);
  if (ex !== undefined) return ex;
  if (markedGenerated(file, generatedPaths) || hasGeneratedHeader(file)) return 'generated file';
  return undefined;
}

/** Lines under a token allowance: a line that would overflow it is refused. */
class Budget {
  used = 0;
  readonly mix: TextMix = { code: 0, prose: 0 };
  constructor(
    readonly limit: number,
    readonly rates: TokenRates,
    readonly out?: string[],
  ) {}

  add(line: string, kind: TextKind = 'prose', units: number = lineUnits(line)): boolean {
    const t = Math.ceil(units * this.rates[kind]);
    if (this.used + t > this.limit) return false;
    this.used += t;
    this.mix[kind] += units;
    this.out?.push(line);
    return true;
  }

  /** Only for the one line that must be there even when nothing fits. */
  force(line: string): void {
    const units = lineUnits(line);
    this.used += Math.ceil(units * this.rates.prose);
    this.mix.prose += units;
    this.out?.push(line);
  }

  cost(line: string, kind: TextKind = 'prose'): number {
    return Math.ceil(lineUnits(line) * this.rates[kind]);
  }

  /** A throwaway allowance with the same rates, for measuring. */
  trial(limit: number): Budget {
    return new Budget(limit, this.rates);
  }
}

function validRates(r: TokenRates | undefined): TokenRates {
  const ok = (x: number): boolean => Number.isFinite(x) && x > 0;
  return r && ok(r.code) && ok(r.prose) ? r : CAUTIOUS_RATES;
}

export function buildPrompt(req: PromptRequest): Prompt {
  const rates = validRates(req.rates);
  const systemUnits = textUnits(req.system);
  const systemTokens = Math.ceil(systemUnits * rates.prose);
  const limit = req.numCtx - req.numPredict - PROMPT_MARGIN_TOKENS;
  const direct = directDependencies(req.files);
  const entries: Entry[] = req.files.map((file, index) => {
    const exclusion = promptExclusion(file, req.generatedPaths);
    const e: Entry = {
      file,
      index,
      exclusion,
      kind: textKind(file.path, sampleAdded(file)),
      size: file.hunks.reduce((n, h) => n + h.lines.length, 0),
    };
    if (exclusion === 'lock file' && file.hunks.length > 0) {
      const format = lockFormat(file.path);
      const s = format ? readLock(file, direct) : undefined;
      if (format && s) {
        const c = lockCounts(s);
        const what = format === 'nix' ? 'inputs' : 'packages';
        e.digest = {
          title: `File: ${oneLine(file.path)} (lock file: ${what} that moved, read from its diff: ${c.changed} changed, ${c.added} added, ${c.removed} removed)`,
          lines: describeLock(s, format).map((l) => cutMeta(oneLine(l))),
        };
        e.kind = 'code';
        e.size = e.digest.lines.length;
      }
    }
    return e;
  });
  const out = new Budget(limit - systemTokens, rates, []);
  const omitted = compose(entries, req, out, systemTokens, limit);
  const user = (out.out ?? []).join('\n');
  return {
    system: req.system,
    user,
    omitted: capOmitted(omitted),
    estimatedTokens: systemTokens + out.used,
    mix: { code: out.mix.code, prose: out.mix.prose + systemUnits },
  };
}

function sampleAdded(f: DiffFile): string[] {
  const out: string[] = [];
  for (const h of f.hunks) {
    for (const l of h.lines) {
      if (l.charCodeAt(0) === 0x2b) out.push(l);
      if (out.length >= 40) return out;
    }
  }
  return out;
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

function compose(entries: Entry[], req: PromptRequest, out: Budget, systemTokens: number, limit: number): Omission[] {
  const budget = out.limit;
  const omitted: Omission[] = exclusionNotes(entries);
  const header = summaryHeader(entries);
  const closingCost = out.cost('') + out.cost(CLOSING);
  const diffable = entries.filter((e) => e.digest !== undefined || (e.exclusion === undefined && e.file.hunks.length > 0));
  // Kept back so the file list cannot crowd out the statement that the diff was left out.
  const diffFloor = diffable.length > 0 ? out.cost('') + out.cost(filesOmittedMarker(diffable.length)) : 0;

  if (out.cost(header) + closingCost + diffFloor > budget) {
    // The instructions leave (next to) no room: say what changed in one line and stop.
    out.force(header);
    out.add('[... file list and diff omitted: no room left after the instructions]');
    omitted.push({
      rank: 1,
      text: `the file list and the whole diff: the instructions take about ${fmt(systemTokens)} of the ${fmt(Math.max(0, limit))} tokens available`,
    });
    return omitted;
  }

  out.add(header);
  const avail = budget - out.used - closingCost - diffFloor;
  const cleanSubjects = req.recentSubjects.map(cleanSubject).filter((s) => s.length > 0).slice(0, MAX_SUBJECTS);
  const subjectsTitle = subjectsTitleFor(req.subjectsFile);

  // What the other sections would take in full, so a short diff leaves the list its room.
  const diffNeed = diffable.length > 0 ? fullDiffCost(diffable, out.trial(avail)) : 0;
  const subjectsNeed =
    cleanSubjects.length > 0 ? out.cost('') + out.cost(subjectsTitle) + cleanSubjects.reduce((n, s) => n + out.cost(subjectLine(s)), 0) : 0;

  const summaryCap = Math.min(avail, Math.max(Math.floor(avail * SUMMARY_SHARE), avail - diffNeed - subjectsNeed));
  const summary = summaryLines(entries, summaryCap, out);
  for (const l of summary.lines) out.add(l);
  if (summary.listed < entries.length) {
    omitted.push({ rank: 1, text: `file list: ${fmt(entries.length - summary.listed)} more files not listed` });
  }

  if (cleanSubjects.length > 0) {
    const rem = budget - out.used - closingCost - diffFloor;
    const cap = Math.max(Math.floor(rem * SUBJECTS_SHARE), rem - diffNeed);
    const shown = subjectsSection(cleanSubjects, subjectsTitle, cap, out);
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
  return omitted;
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
  return cutMeta(` ${name} | ${desc}`);
}

function statusText(f: DiffFile): string {
  if (f.status === 'added') return f.oldPath !== undefined ? `new file, copy of ${oneLine(f.oldPath)}` : 'new file';
  return f.status;
}

function counts(f: DiffFile): string {
  return `+${fmt(f.added)} -${fmt(f.removed)}`;
}

/** As many summary lines as fit `cap`, closed by a line saying how many more there are. */
function summaryLines(entries: Entry[], cap: number, b: Budget): { lines: string[]; listed: number } {
  const lines: string[] = [];
  const costs: number[] = [];
  let cost = 0;
  for (const e of entries) {
    const l = summaryLine(e);
    const c = b.cost(l);
    if (cost + c > cap) break;
    lines.push(l);
    costs.push(c);
    cost += c;
  }
  if (lines.length === entries.length) return { lines, listed: lines.length };
  for (;;) {
    const marker = moreFilesMarker(entries, lines.length);
    const c = b.cost(marker);
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

function subjectsTitleFor(file: string | undefined): string {
  const whose = file !== undefined ? `of ${cutMeta(oneLine(file))}` : 'on this branch';
  return `Recent commit subjects ${whose}, newest first. ${SUBJECTS_REUSE}`;
}

function cleanSubject(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return one.length > MAX_SUBJECT_CHARS ? `${cutAt(one, MAX_SUBJECT_CHARS)} [...]` : one;
}

function subjectLine(s: string): string {
  return `- ${s}`;
}

/** Adds the section if at least one subject fits; returns how many were shown. */
function subjectsSection(subjects: string[], title: string, cap: number, out: Budget): number {
  let cost = out.cost('') + out.cost(title);
  let n = 0;
  for (const s of subjects) {
    const c = out.cost(subjectLine(s));
    if (cost + c > cap) break;
    cost += c;
    n++;
  }
  if (n === 0) return 0;
  out.add('');
  out.add(title);
  for (let i = 0; i < n; i++) out.add(subjectLine(subjects[i] as string));
  return n;
}

// ---------------------------------------------------------------- hunks

const CTX = 0;
const ADD = 1;
const DEL = 2;
const META = 3;

/** Which lines of a hunk show at one context level: line indexes, and gaps as -(first line + 1). */
interface Rows {
  count: number;
  /** The row at `k`: a line index, or a gap as -(first line + 1). */
  at(k: number): number;
  header: string;
  /** Unchanged lines left out by the context level (before, after and between the rows). */
  droppedContext: number;
}

/** One hunk, with what every level and quota needs of it worked out once. */
class HunkView {
  readonly n: number;
  readonly types: Uint8Array;
  /** The longest line's length: no level cuts lines shorter than this. */
  readonly longest: number;
  /** Counts of added, removed and unchanged lines before each index. */
  private readonly sums: { add: Int32Array; del: Int32Array; ctx: Int32Array };
  private readonly oldStart: number;
  private readonly newStart: number;
  private readonly suffix: string;
  private readonly byContext = new Map<number, Rows>();
  private pairs: Int32Array | undefined;
  private readonly ranges = new Map<number, Range[]>();
  private anchors: Anchors | undefined;
  private readonly units: Int32Array;
  private readonly outlined = new Map<number, { text: string; units: number }>();

  constructor(readonly hunk: Hunk) {
    const lines = hunk.lines;
    this.n = lines.length;
    this.types = new Uint8Array(this.n);
    this.units = new Int32Array(this.n);
    const add = new Int32Array(this.n + 1);
    const del = new Int32Array(this.n + 1);
    const ctx = new Int32Array(this.n + 1);
    let longest = 0;
    for (let i = 0; i < this.n; i++) {
      const l = lines[i] as string;
      if (l.length > longest) longest = l.length;
      const c = l.charCodeAt(0);
      const t = c === 0x2b ? ADD : c === 0x2d ? DEL : c === 0x5c ? META : CTX;
      this.types[i] = t;
      add[i + 1] = (add[i] as number) + (t === ADD ? 1 : 0);
      del[i + 1] = (del[i] as number) + (t === DEL ? 1 : 0);
      ctx[i + 1] = (ctx[i] as number) + (t === CTX ? 1 : 0);
    }
    this.sums = { add, del, ctx };
    this.longest = longest;
    const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@(.*)$/.exec(hunk.header);
    this.oldStart = m ? Number(m[1]) : 0;
    this.newStart = m ? Number(m[2]) : 0;
    this.suffix = m ? (m[3] as string) : '';
  }

  count(from: number, to: number): { added: number; removed: number; unchanged: number } {
    const s = this.sums;
    return {
      added: (s.add[to] as number) - (s.add[from] as number),
      removed: (s.del[to] as number) - (s.del[from] as number),
      unchanged: (s.ctx[to] as number) - (s.ctx[from] as number),
    };
  }

  /** A long addition that an outline describes better than its head and tail. */
  outlineable(kind: TextKind): boolean {
    return kind === 'prose' && this.n >= OUTLINE_MIN_LINES && this.hunk.added >= 0.9 * this.n;
  }

  outlinePicks(budget: number): number[] {
    this.anchors ??= findAnchors(this.hunk.lines);
    return pickOutline(this.hunk.lines, this.anchors, budget);
  }

  /** A line as an outline shows it: a long paragraph by its first sentence. */
  outlineLine(i: number): { text: string; units: number } {
    let t = this.outlined.get(i);
    if (!t) {
      const raw = this.hunk.lines[i] as string;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const body = firstSentence(line.slice(1), OUTLINE_CHARS);
      const cut = line.length - 1 - body.length;
      const text = cut > 0 ? `${line[0]}${body} [... ${fmt(cut)} characters]` : line;
      t = { text, units: lineUnits(text) };
      this.outlined.set(i, t);
    }
    return t;
  }

  rowsAt(context: number): Rows {
    const key = Number.isFinite(context) ? context : -1;
    let r = this.byContext.get(key);
    if (!r) {
      r = this.buildRows(context);
      this.byContext.set(key, r);
    }
    return r;
  }

  private buildRows(context: number): Rows {
    const n = this.n;
    // Every line, as git gave them: no array needed.
    const all = (): Rows => ({ count: n, at: (k) => k, header: this.hunk.header, droppedContext: 0 });
    const changed = this.hunk.added + this.hunk.removed;
    const contextLines = this.count(0, n).unchanged;
    if (!Number.isFinite(context) || changed === 0 || contextLines === 0) return all();
    // Distance of every line to the nearest changed line.
    const keep = new Uint8Array(n);
    let last = -Infinity;
    const dist = new Float64Array(n).fill(Infinity);
    for (let i = 0; i < n; i++) {
      const t = this.types[i] as number;
      if (t === ADD || t === DEL) last = i;
      dist[i] = i - last;
    }
    last = Infinity;
    for (let i = n - 1; i >= 0; i--) {
      const t = this.types[i] as number;
      if (t === ADD || t === DEL) last = i;
      dist[i] = Math.min(dist[i] as number, last - i);
    }
    for (let i = 0; i < n; i++) {
      const t = this.types[i] as number;
      if (t === ADD || t === DEL || (t === CTX && (dist[i] as number) <= context)) keep[i] = 1;
      else if (t === META) keep[i] = i > 0 && keep[i - 1] ? 1 : 0;
    }
    let first = 0;
    while (first < n && !keep[first]) first++;
    let lastKept = n - 1;
    while (lastKept > first && !keep[lastKept]) lastKept--;
    const rows: number[] = [];
    let dropped = first + (n - 1 - lastKept);
    for (let i = first; i <= lastKept; ) {
      if (keep[i]) {
        rows.push(i++);
        continue;
      }
      let j = i;
      while (j <= lastKept && !keep[j]) j++;
      // A gap marker costs about what two short lines do: shorter runs stay.
      let units = 0;
      for (let k = i; k < j && units <= GAP_UNITS; k++) units += lineUnits(this.hunk.lines[k] as string);
      if (units <= GAP_UNITS) for (let k = i; k < j; k++) rows.push(k);
      else {
        rows.push(-(i + 1));
        dropped += j - i;
      }
      i = j;
    }
    const header = first === 0 && lastKept === n - 1 ? this.hunk.header : this.headerFor(first, lastKept);
    const kept = Int32Array.from(rows);
    return { count: kept.length, at: (k) => kept[k] as number, header, droppedContext: dropped };
  }

  /** `@@ -a,b +c,d @@` for lines first..last, as git would number them. */
  private headerFor(first: number, last: number): string {
    const before = this.count(0, first);
    const span = this.count(first, last + 1);
    const oldFrom = this.oldStart + before.unchanged + before.removed;
    const newFrom = this.newStart + before.unchanged + before.added;
    const oldCount = span.unchanged + span.removed;
    const newCount = span.unchanged + span.added;
    // As git numbers an empty side: by the line before the change.
    return `@@ -${oldCount === 0 ? oldFrom - 1 : oldFrom},${oldCount} +${newCount === 0 ? newFrom - 1 : newFrom},${newCount} @@${this.suffix}`;
  }

  /** The line at `i`, cut to about `width` characters around what differs from its pair, and its counted pieces. */
  text(i: number, width: number): { text: string; cut: boolean; units: number } {
    const raw = this.hunk.lines[i] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length <= width + 1) {
      // Measured once: the same line is tried at every level and quota.
      let u = this.units[i] as number;
      if (u === 0) this.units[i] = u = lineUnits(line);
      return { text: line, cut: false, units: u };
    }
    const s = shortenAround(line.slice(1), this.rangesOf(i), width);
    const text = line[0] + s.text;
    return { text, cut: s.cut > 0, units: lineUnits(text) };
  }

  private rangesOf(i: number): Range[] {
    let r = this.ranges.get(i);
    if (r) return r;
    const j = this.pairOf(i);
    r = [];
    if (j >= 0) {
      const a = this.body(this.types[i] === DEL ? i : j);
      const b = this.body(this.types[i] === DEL ? j : i);
      const d = changedRanges(a, b);
      r = this.types[i] === DEL ? d.a : d.b;
      this.ranges.set(j, this.types[i] === DEL ? d.b : d.a);
    }
    this.ranges.set(i, r);
    return r;
  }

  private body(i: number): string {
    const raw = this.hunk.lines[i] as string;
    return (raw.endsWith('\r') ? raw.slice(0, -1) : raw).slice(1);
  }

  /** The '+' line that replaced a '-' line (and the other way), paired in order within a block. */
  private pairOf(i: number): number {
    if (!this.pairs) {
      const p = new Int32Array(this.n).fill(-1);
      let k = 0;
      while (k < this.n) {
        if (this.types[k] !== DEL) {
          k++;
          continue;
        }
        const d0 = k;
        while (k < this.n && (this.types[k] === DEL || this.types[k] === META)) k++;
        const a0 = k;
        while (k < this.n && (this.types[k] === ADD || this.types[k] === META)) k++;
        const dels: number[] = [];
        const adds: number[] = [];
        for (let x = d0; x < a0; x++) if (this.types[x] === DEL) dels.push(x);
        for (let x = a0; x < k; x++) if (this.types[x] === ADD) adds.push(x);
        for (let x = 0; x < Math.min(dels.length, adds.length); x++) {
          p[dels[x] as number] = adds[x] as number;
          p[adds[x] as number] = dels[x] as number;
        }
      }
      this.pairs = p;
    }
    return this.pairs[i] as number;
  }
}

/** About what `[... 12 unchanged lines]` costs. */
const GAP_UNITS = 9;

function viewsOf(e: Entry): HunkView[] {
  e.views ??= e.file.hunks.map((h) => new HunkView(h));
  return e.views;
}

// ---------------------------------------------------------------- diff

interface FileStats {
  added: number;
  removed: number;
  unchanged: number;
  hiddenHunks: number;
  longLines: number;
  droppedContext: number;
  outline: boolean;
  /** Lines of a lock file's package summary left out. */
  summaryLines: number;
}

function newStats(): FileStats {
  return { added: 0, removed: 0, unchanged: 0, hiddenHunks: 0, longLines: 0, droppedContext: 0, outline: false, summaryLines: 0 };
}

function fullDiffCost(diffable: Entry[], b: Budget): number {
  const level = LEVELS[0] as Level;
  if (!b.add('') || !b.add(DIFF_TITLES[0] as string)) return b.limit;
  for (const e of diffable) {
    if (!renderFile(e, level, Number.POSITIVE_INFINITY, b)) return b.limit;
  }
  return b.used;
}

function titleFor(level: Level): string {
  return DIFF_TITLES[level.context === 0 ? 2 : level.context === 1 ? 1 : 0] as string;
}

/**
 * The richest level at which every file fits whole; failing that, every file
 * first gets a little (MIN_FILE_LINES), then all get the same larger per-file
 * quota, found by binary search: small files end up whole, big ones shortened.
 * If not even the little fits for all, the smallest changes go first and the
 * rest are counted in one marker line.
 */
function diffSection(diffable: Entry[], allowance: number, out: Budget): Omission[] {
  const trailerFloor = out.cost(filesOmittedMarker(diffable.length));
  const titleCost = out.cost('') + Math.max(...DIFF_TITLES.map((t) => out.cost(t)));
  if (allowance < titleCost + trailerFloor) {
    out.add('');
    out.add(filesOmittedMarker(diffable.length));
    return diffable.map((e) => wholeFileNote(e));
  }
  const inner = allowance - titleCost;
  const fitsAll = (level: Level, quota: number): boolean => {
    const b = out.trial(inner);
    return diffable.every((e) => renderFile(e, level, quota, b));
  };
  /** What the whole diff costs at `quota`, up to `cap`: past it, only that it is more. */
  const costAt = (level: Level, quota: number, cap: number): number => {
    const b = out.trial(cap);
    return diffable.every((e) => renderFile(e, level, quota, b)) ? b.used : Number.POSITIVE_INFINITY;
  };

  // A level that cuts nothing more than the one before it renders the same: not worth a try.
  let hasContext = false;
  let longest = 0;
  for (const e of diffable) {
    if (e.digest) continue;
    for (const v of viewsOf(e)) {
      if (v.hunk.added + v.hunk.removed < v.n) hasContext = true;
      if (v.longest > longest) longest = v.longest;
    }
  }
  const differs = (l: Level, i: number): boolean => {
    const prev = LEVELS[i - 1];
    if (!prev) return true;
    return (hasContext && l.context < prev.context) || (l.width < prev.width && longest > l.width + 1);
  };
  const tried = LEVELS.filter(differs);
  let level = tried.find((l) => fitsAll(l, Number.POSITIVE_INFINITY));
  let quota = Number.POSITIVE_INFINITY;
  let starved = false;
  if (!level) {
    level = tried[tried.length - 1] as Level;
    if (fitsAll(level, MIN_FILE_LINES)) {
      const biggest = diffable.reduce((n, e) => Math.max(n, e.size), MIN_FILE_LINES);
      let lo = MIN_FILE_LINES;
      // fitsAll(lo) holds; fitsAll(hi) is taken not to. Every line costs 2 tokens or more,
      // so no quota above half the allowance can fit more than the whole diff did.
      let hi = Math.min(biggest, Math.floor(inner / 2)) + 1;
      if (hi <= lo) hi = lo + 1;
      // The cost grows about in step with the quota: guess where it meets the allowance
      // from the costs on both sides (regula falsi, Illinois variant: a side kept twice
      // counts half as far off, so the guesses close in from both ends).
      let loCost = costAt(level, lo, inner);
      let hiCost = costAt(level, hi, 8 * inner);
      let side = 0;
      while (hi - lo > 1) {
        let mid = Math.floor((lo + hi) / 2);
        if (hi - lo > 8 && Number.isFinite(hiCost) && hiCost > loCost) {
          mid = Math.round(lo + ((hi - lo) * (inner - loCost)) / (hiCost - loCost));
          mid = Math.min(hi - 1, Math.max(lo + 1, mid));
        }
        const c = costAt(level, mid, 8 * inner);
        if (c <= inner) {
          lo = mid;
          loCost = c;
          if (side < 0 && Number.isFinite(hiCost)) hiCost = inner + (hiCost - inner) / 2;
          side = -1;
        } else {
          hi = mid;
          hiCost = c;
          if (side > 0) loCost = inner - (inner - loCost) / 2;
          side = 1;
        }
      }
      quota = lo;
    } else {
      quota = MIN_FILE_LINES;
      starved = true;
    }
  }

  out.add('');
  out.add(titleFor(level));
  const notes: Omission[] = [];
  let droppedContext = 0;
  const chosen = new Set<Entry>();
  if (starved) {
    const room = out.trial(inner - trailerFloor);
    for (const e of [...diffable].sort(priority)) {
      const trial = out.trial(room.limit - room.used);
      if (renderFile(e, level, quota, trial)) {
        room.used += trial.used;
        chosen.add(e);
      }
    }
  }
  for (const e of diffable) {
    if (starved && !chosen.has(e)) {
      notes.push(wholeFileNote(e));
      continue;
    }
    const stats = newStats();
    renderFile(e, level, quota, out, stats);
    droppedContext += stats.droppedContext;
    const note = shortenedNote(e, stats);
    if (note) notes.push(note);
  }
  if (starved) out.add(filesOmittedMarker(diffable.length - chosen.size));
  if (droppedContext > 0) {
    notes.unshift({
      rank: 1,
      text: `${fmt(droppedContext)} unchanged ${droppedContext === 1 ? 'line' : 'lines'} around the changes (context cut to ${level.context} ${level.context === 1 ? 'line' : 'lines'})`,
    });
  }
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
  return cutMeta(`File: ${oneLine(f.path)} (${what})`);
}

/**
 * Renders one file's diff at `level` with at most `quota` body lines, or reports
 * that it does not fit `out` (which may then hold part of it: callers measuring
 * with a throwaway Budget don't care, and the final pass only renders what was measured).
 */
function renderFile(e: Entry, level: Level, quota: number, out: Budget, stats?: FileStats): boolean {
  const f = e.file;
  if (e.digest) {
    if (!out.add(cutMeta(e.digest.title), 'code')) return false;
    const lines = e.digest.lines;
    const show = lines.length <= quota ? lines.length : Math.max(1, quota - 1);
    for (let i = 0; i < show; i++) if (!out.add(lines[i] as string, 'code')) return false;
    if (show < lines.length) {
      const rest = lines.length - show;
      if (stats) stats.summaryLines += rest;
      if (!out.add(`[... ${plural(rest, 'more line')} of this summary]`, 'code')) return false;
    }
    return true;
  }
  if (!out.add(fileHeader(f), e.kind)) return false;
  const q = f.status === 'deleted' ? Math.min(quota, DELETED_FILE_LINES) : quota;
  const views = viewsOf(e);
  const rows = views.map((v) => v.rowsAt(level.context));
  const { count, perHunk } = planHunks(
    rows.map((r) => r.count),
    q,
  );
  for (let i = 0; i < count; i++) {
    if (!renderHunk(views[i] as HunkView, rows[i] as Rows, e.kind, level, perHunk, out, stats)) return false;
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
    if (!out.add(cutMeta(marker), e.kind)) return false;
  }
  return true;
}

function renderHunk(v: HunkView, r: Rows, kind: TextKind, level: Level, perHunk: number, out: Budget, stats?: FileStats): boolean {
  const count = r.count;
  const emit = (row: number, next: number): boolean => {
    if (row < 0) return out.add(gapMarker(v, -row - 1, next), kind);
    const t = v.text(row, level.width);
    if (t.cut && stats) stats.longLines++;
    return out.add(t.text, kind, t.units);
  };
  const rowStart = (k: number): number => {
    if (k >= count) return v.n;
    const x = r.at(k);
    return x < 0 ? -x - 1 : x;
  };
  if (stats) stats.droppedContext += r.droppedContext;

  if (count <= perHunk) {
    if (!out.add(r.header, kind)) return false;
    for (let k = 0; k < count; k++) if (!emit(r.at(k), rowStart(k + 1))) return false;
    return true;
  }

  if (v.outlineable(kind)) {
    // The whole addition, at even intervals: its headings, dates and first sentences.
    // Every line costs at least 2 tokens: more picks than that could never be shown.
    const picks = v.outlinePicks(Math.min(perHunk, Math.floor((out.limit - out.used) / 2)));
    if (stats) {
      stats.outline = true;
      stats.droppedContext -= r.droppedContext; // the outline's markers count every line
    }
    if (!out.add(v.hunk.header, kind)) return false;
    if (!out.add(`[outline of the ${fmt(v.n)} lines below: headings, dated lines and first sentences of paragraphs at even intervals]`, kind)) return false;
    let at = 0;
    for (const p of picks) {
      if (p > at && !out.add(middleMarker(v, at, p, stats), kind)) return false;
      const t = v.outlineLine(p);
      if (!out.add(t.text, kind, t.units)) return false;
      at = p + 1;
    }
    if (at < v.n && !out.add(middleMarker(v, at, v.n, stats), kind)) return false;
    return true;
  }

  // Head and tail: how the change starts and where it ends up.
  let head = Math.ceil(perHunk / 2);
  let tail = perHunk - head;
  while (head > 0 && r.at(head - 1) < 0) head--;
  while (tail > 0 && r.at(count - tail) < 0) tail--;
  if (!out.add(r.header, kind)) return false;
  for (let k = 0; k < head; k++) if (!emit(r.at(k), rowStart(k + 1))) return false;
  const from = rowStart(head);
  const to = rowStart(count - tail);
  if (stats) {
    // The context level's own gaps in the middle are counted by the middle marker instead.
    for (let k = head; k < count - tail; k++) {
      const x = r.at(k);
      if (x < 0) stats.droppedContext -= v.count(-x - 1, rowStart(k + 1)).unchanged;
    }
  }
  if (!out.add(middleMarker(v, from, to, stats), kind)) return false;
  for (let k = count - tail; k < count; k++) if (!emit(r.at(k), rowStart(k + 1))) return false;
  return true;
}

/**
 * How many hunks to show (the first ones, at least MIN_HUNK_LINES each) and the
 * most lines each may keep: the quota is shared water-filling style, so short
 * hunks show whole and long ones share what is left equally.
 */
function planHunks(sizes: number[], quota: number): { count: number; perHunk: number } {
  const size = sizes.reduce((a, b) => a + b, 0);
  if (size <= quota) return { count: sizes.length, perHunk: Number.POSITIVE_INFINITY };
  const count = Math.min(sizes.length, Math.max(1, Math.floor(quota / MIN_HUNK_LINES)));
  const shown = sizes.slice(0, count).sort((a, b) => a - b);
  let left = quota;
  for (let i = 0; i < shown.length; i++) {
    const share = Math.floor(left / (shown.length - i));
    const s = shown[i] as number;
    if (s > share) return { count, perHunk: Math.max(1, share) };
    left -= s;
  }
  return { count, perHunk: Number.POSITIVE_INFINITY };
}

/** e.g. `[... 12 unchanged lines]`: unchanged lines between two changes, left out by the context level. */
function gapMarker(v: HunkView, from: number, to: number): string {
  const n = v.count(from, to).unchanged;
  return `[... ${fmt(n)} unchanged ${n === 1 ? 'line' : 'lines'}]`;
}

/** e.g. `[... 45,900 added lines]`, counted so the model knows the scale. */
function middleMarker(v: HunkView, from: number, to: number, stats: FileStats | undefined): string {
  const { added, removed, unchanged } = v.count(from, to);
  const all = added + removed + unchanged;
  if (stats) {
    stats.added += added;
    stats.removed += removed;
    stats.unchanged += unchanged;
  }
  if (added === all) return `[... ${fmt(all)} added ${all === 1 ? 'line' : 'lines'}]`;
  if (removed === all) return `[... ${fmt(all)} removed ${all === 1 ? 'line' : 'lines'}]`;
  if (unchanged === all) return `[... ${fmt(all)} unchanged ${all === 1 ? 'line' : 'lines'}]`;
  const parts = [
    added > 0 ? `${fmt(added)} added` : '',
    removed > 0 ? `${fmt(removed)} removed` : '',
    unchanged > 0 ? `${fmt(unchanged)} unchanged` : '',
  ].filter(Boolean);
  return `[... ${fmt(all)} lines: ${parts.join(', ')}]`;
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
  if (e.digest) return { rank: 3, text: `${oneLine(e.file.path)}: its package summary` };
  const lines = linesPhrase(e.file.added, e.file.removed);
  return { rank: 3, text: `${oneLine(e.file.path)}: whole diff${lines ? ` (${lines})` : ''}` };
}

/** e.g. `journal.txt: 45,900 added lines (shown as an outline)` or `src/a.ts: 80 added and 40 removed lines (3 of 5 hunks)`. */
function shortenedNote(e: Entry, s: FileStats): Omission | undefined {
  const parts: string[] = [];
  const lines = linesPhrase(s.added, s.removed);
  if (lines) {
    const how = [s.hiddenHunks > 0 ? `${s.hiddenHunks} of ${e.file.hunks.length} hunks` : '', s.outline ? 'shown as an outline' : ''].filter(Boolean);
    parts.push(how.length > 0 ? `${lines} (${how.join(', ')})` : lines);
  }
  if (s.longLines > 0) parts.push(`${plural(s.longLines, 'long line')} shortened`);
  if (s.summaryLines > 0) parts.push(`${plural(s.summaryLines, 'line')} of its package summary`);
  if (parts.length === 0) return undefined;
  return { rank: 3, text: `${oneLine(e.file.path)}: ${parts.join('; ')}` };
}

function linesPhrase(added: number, removed: number): string {
  if (added > 0 && removed > 0) return `${fmt(added)} added and ${fmt(removed)} removed lines`;
  if (added > 0) return `${fmt(added)} added ${added === 1 ? 'line' : 'lines'}`;
  if (removed > 0) return `${fmt(removed)} removed ${removed === 1 ? 'line' : 'lines'}`;
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

/** File list lines, headers and markers: a path of thousands of characters must not eat the budget. */
function cutMeta(line: string): string {
  if (line.length <= MAX_META_CHARS) return line;
  const kept = cutAt(line, MAX_META_CHARS - 40);
  return `${kept} [... ${fmt(line.length - kept.length)} more characters]`;
}

/** Cuts at `n` UTF-16 units without splitting a surrogate pair. */
function cutAt(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, word: string): string {
  return `${fmt(n)} ${n === 1 ? word : `${word}s`}`;
}
