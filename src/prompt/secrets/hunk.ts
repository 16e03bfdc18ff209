// What the secret finders need of a hunk: its lines' prefixes, where it starts on each side,
// and the text git put after its header.
import type { Hunk } from '../../change/diff.js';

export const SPACE = 0x20;
export const PLUS = 0x2b;
export const MINUS = 0x2d;

export const HUNK_START = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function hunkStarts(h: Hunk): { oldStart: number; newStart: number } {
  const m = HUNK_START.exec(h.header);
  return { oldStart: Number(m?.[1] ?? 0), newStart: Number(m?.[2] ?? 0) };
}

/** The text git put after the second `@@` (the enclosing function, or any line before the hunk). */
export function headerContext(header: string): string {
  const m = HUNK_START.exec(header);
  return m ? header.slice(m[0].length).trim() : '';
}
