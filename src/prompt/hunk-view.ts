// One hunk of the diff as the prompt can show it: at each context level, cut to a width
// around what differs, or as an outline of a long addition of prose. Everything a level or a
// quota needs is worked out once, since the budget search tries many of them.
import type { Hunk } from '../change/diff.js';
import { type Range, changedRanges, shortenAround } from '../change/word-diff.js';
import { type Anchors, OUTLINE_MIN_LINES, findAnchors, firstSentence, pickOutline } from './outline.js';
import { type TextKind, lineUnits } from './tokens.js';
import { fmt } from './text.js';

/** How much of a paragraph an outline shows: its first sentence, up to this. */
const OUTLINE_CHARS = 200;

const CTX = 0;
const ADD = 1;
const DEL = 2;
const META = 3;

/** Which lines of a hunk show at one context level: line indexes, and gaps as -(first line + 1). */
export interface Rows {
  count: number;
  /** The row at `k`: a line index, or a gap as -(first line + 1). */
  at(k: number): number;
  header: string;
  /** Unchanged lines left out by the context level (before, after and between the rows). */
  droppedContext: number;
}

/** One hunk, with what every level and quota needs of it worked out once. */
export class HunkView {
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
