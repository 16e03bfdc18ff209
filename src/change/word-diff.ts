// Where two versions of a long line differ, so that cutting it keeps the change.
// A paragraph of prose is one line in Markdown: a typo fixed at character 900
// vanished when lines were cut at 160, and the '-' and '+' lines looked the same.

/** Characters [from, to) of a string. */
export interface Range {
  from: number;
  to: number;
}

/** Above this many word pairs the diff falls back to "everything between the common start and end". */
const MAX_CELLS = 200_000;

/**
 * The parts of `a` and `b` that differ, word by word (a word diff of the pair):
 * several separate fixes in one paragraph give several ranges.
 */
export function changedRanges(a: string, b: string): { a: Range[]; b: Range[] } {
  if (a === b) return { a: [], b: [] };
  const ta = words(a);
  const tb = words(b);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let suf = 0;
  while (suf < ta.length - pre && suf < tb.length - pre && ta[ta.length - 1 - suf] === tb[tb.length - 1 - suf]) suf++;
  const offA = offsets(ta);
  const offB = offsets(tb);
  const n = ta.length - pre - suf;
  const m = tb.length - pre - suf;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return {
      a: n === 0 ? [] : [{ from: offA[pre] as number, to: offA[pre + n] as number }],
      b: m === 0 ? [] : [{ from: offB[pre] as number, to: offB[pre + m] as number }],
    };
  }
  // Longest common subsequence of the middle words, then the unmatched runs.
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] =
        ta[pre + i] === tb[pre + j] ? (dp[(i + 1) * w + j + 1] as number) + 1 : Math.max(dp[(i + 1) * w + j] as number, dp[i * w + j + 1] as number);
    }
  }
  const ra: Range[] = [];
  const rb: Range[] = [];
  const push = (rs: Range[], off: number[], from: number, to: number): void => {
    if (from >= to) return;
    const r = { from: off[from] as number, to: off[to] as number };
    const last = rs[rs.length - 1];
    if (last && last.to === r.from) last.to = r.to;
    else rs.push(r);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ta[pre + i] === tb[pre + j]) {
      i++;
      j++;
      continue;
    }
    const si = i;
    const sj = j;
    while ((i < n || j < m) && !(i < n && j < m && ta[pre + i] === tb[pre + j])) {
      if (j >= m || (i < n && (dp[(i + 1) * w + j] as number) >= (dp[i * w + j + 1] as number))) i++;
      else j++;
    }
    push(ra, offA, pre + si, pre + i);
    push(rb, offB, pre + sj, pre + j);
  }
  return { a: ra, b: rb };
}

function words(s: string): string[] {
  return s.match(/[A-Za-z0-9_]+|\s+|[^A-Za-z0-9_\s]/g) ?? [];
}

/** Start offsets of each word, and the end as a last entry. */
function offsets(ws: string[]): number[] {
  const out = [0];
  let at = 0;
  for (const x of ws) {
    at += x.length;
    out.push(at);
  }
  return out;
}

/** Characters shown on each side of a change. */
const PAD = 40;

export interface Shortened {
  text: string;
  /** Characters left out. */
  cut: number;
}

/**
 * `text` in at most about `max` characters: windows around `ranges` (or its
 * start when there are none), every part left out replaced by a marker that says
 * how long it was.
 */
export function shortenAround(text: string, ranges: Range[], max: number): Shortened {
  if (text.length <= max) return { text, cut: 0 };
  const wins: Range[] = [];
  for (const r of ranges.length > 0 ? ranges : [{ from: 0, to: 0 }]) {
    const from = Math.max(0, r.from - PAD);
    const to = Math.min(text.length, Math.max(r.to + PAD, r.from === 0 && r.to === 0 ? max : 0));
    const last = wins[wins.length - 1];
    // Windows closer than a marker's length are joined: the marker would cost more than the text.
    if (last && from <= last.to + 24) last.to = Math.max(last.to, to);
    else wins.push({ from, to });
  }
  // Within the allowance: whole windows in order, the first one cut down if it alone is too long.
  const kept: Range[] = [];
  let room = max;
  for (const win of wins) {
    if (room <= 0) break;
    const len = win.to - win.from;
    if (len <= room) {
      kept.push(win);
      room -= len;
    } else if (kept.length === 0) {
      kept.push({ from: win.from, to: win.from + room });
      room = 0;
    } else break;
  }
  let out = '';
  let at = 0;
  let cut = 0;
  for (const k of kept) {
    const from = safe(text, k.from);
    const to = safe(text, k.to);
    if (from > at) {
      out += `${out === '' ? '' : ' '}${marker(from - at)} `;
      cut += from - at;
    }
    out += text.slice(from, to);
    at = to;
  }
  if (at < text.length) {
    out += ` ${marker(text.length - at)}`;
    cut += text.length - at;
  }
  return { text: out, cut };
}

function marker(n: number): string {
  return `[... ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} characters]`;
}

/** An offset that does not split a surrogate pair. */
function safe(s: string, at: number): number {
  const c = s.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
