// What the prompt left out or shortened, one line each, for the review buffer's "Left out of
// the prompt" list: secrets first, then what concerns the whole prompt, then files.
import { oneLine } from '../words/one-line.js';
import type { Entry, Omission } from './entry.js';
import { fmt, plural } from './text.js';

const MAX_OMITTED = 20;

/** What rendering a file left out, counted as it goes. */
export interface FileStats {
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

export function newStats(): FileStats {
  return { added: 0, removed: 0, unchanged: 0, hiddenHunks: 0, longLines: 0, droppedContext: 0, outline: false, summaryLines: 0 };
}

export function exclusionNotes(entries: Entry[]): Omission[] {
  const notes: Omission[] = [];
  for (const e of entries) {
    if (e.exclusion === 'secret') notes.push({ rank: 0, text: `${oneLine(e.file.path)} (secret: contents never sent)` });
    else if (e.exclusion !== undefined) notes.push({ rank: 2, text: `${oneLine(e.file.path)} (${e.exclusion})` });
  }
  return notes;
}

export function wholeFileNote(e: Entry): Omission {
  if (e.digest) return { rank: 3, text: `${oneLine(e.file.path)}: its package summary` };
  const lines = linesPhrase(e.file.added, e.file.removed);
  return { rank: 3, text: `${oneLine(e.file.path)}: whole diff${lines ? ` (${lines})` : ''}` };
}

/** e.g. `journal.txt: 45,900 added lines (shown as an outline)` or `src/a.ts: 80 added and 40 removed lines (3 of 5 hunks)`. */
export function shortenedNote(e: Entry, s: FileStats): Omission | undefined {
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
export function capOmitted(notes: Omission[]): string[] {
  const sorted = notes.map((n, i) => ({ n, i })).sort((a, b) => a.n.rank - b.n.rank || a.i - b.i);
  const texts = sorted.map((x) => x.n.text);
  if (texts.length <= MAX_OMITTED) return texts;
  return [...texts.slice(0, MAX_OMITTED - 1), `... and ${fmt(texts.length - MAX_OMITTED + 1)} more`];
}
