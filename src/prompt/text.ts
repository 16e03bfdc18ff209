// Small text helpers the prompt's sections share: numbers as people read them, and cuts that
// keep a line of file lists and markers from eating the budget.

/** Lines of file lists, headers and markers are never allowed to grow without bound. */
const MAX_META_CHARS = 200;

/** File list lines, headers and markers: a path of thousands of characters must not eat the budget. */
export function cutMeta(line: string): string {
  if (line.length <= MAX_META_CHARS) return line;
  const kept = cutAt(line, MAX_META_CHARS - 40);
  return `${kept} [... ${fmt(line.length - kept.length)} more characters]`;
}

/** Cuts at `n` UTF-16 units without splitting a surrogate pair. */
export function cutAt(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

export function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, word: string): string {
  return `${fmt(n)} ${n === 1 ? word : `${word}s`}`;
}
