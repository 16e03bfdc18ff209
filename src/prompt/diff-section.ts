// The prompt's diff: the richest level of detail at which every file fits, else a per-file
// quota found by search, else the smallest changes first and the rest counted. Lock files
// show their package summary instead of their lines.
import { type DiffFile, type Hunk } from '../change/diff.js';
import { oneLine } from '../words/one-line.js';
import type { Budget } from './budget.js';
import type { Entry, Omission } from './entry.js';
import { statusText } from './file-list.js';
import { HunkView, type Rows } from './hunk-view.js';
import { type FileStats, newStats, shortenedNote, wholeFileNote } from './omissions.js';
import type { TextKind } from './tokens.js';
import { cutMeta, fmt, plural } from './text.js';

/** Below this, a shortened hunk says too little to be worth its header. */
const MIN_HUNK_LINES = 6;
/** What each file's diff gets at the least, before any file gets more. */
const MIN_FILE_LINES = 4;
/** A deleted file's contents rarely explain a commit: the summary names it anyway. */
const DELETED_FILE_LINES = 20;

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

function viewsOf(e: Entry): HunkView[] {
  e.views ??= e.file.hunks.map((h) => new HunkView(h));
  return e.views;
}

export function fullDiffCost(diffable: Entry[], b: Budget): number {
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
export function diffSection(diffable: Entry[], allowance: number, out: Budget): Omission[] {
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

export function filesOmittedMarker(n: number): string {
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
