/** Order statistics for the benchmark's samples; times are in milliseconds. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
}

/** Linear interpolation between closest ranks (the "R-7" rule most tools use). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    p10: quantile(s, 0.1),
    p90: quantile(s, 0.9),
  };
}

/** 3 significant digits, at most 2 decimals: 0.42, 7.31, 48.2, 312. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function ms(x: number): string {
  return `${num(x)} ms`;
}

/** "12.3 ms (min–max 10.1–15.0, p10–p90 10.5–14.2, n=12)" */
export function spread(s: Summary, unit = 'ms'): string {
  return `${num(s.median)} ${unit} (min–max ${num(s.min)}–${num(s.max)}, p10–p90 ${num(s.p10)}–${num(s.p90)}, n=${s.n})`;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}
