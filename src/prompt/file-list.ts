// The prompt's first section: every staged file with its status and line counts, as many as
// fit, closed by a line that counts the rest and says where they are.
import type { DiffFile } from '../change/diff.js';
import { oneLine } from '../words/one-line.js';
import type { Budget } from './budget.js';
import type { Entry } from './entry.js';
import { cutMeta, fmt, plural } from './text.js';

export function summaryHeader(entries: Entry[]): string {
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

export function statusText(f: DiffFile): string {
  if (f.status === 'added') return f.oldPath !== undefined ? `new file, copy of ${oneLine(f.oldPath)}` : 'new file';
  return f.status;
}

function counts(f: DiffFile): string {
  return `+${fmt(f.added)} -${fmt(f.removed)}`;
}

/** As many summary lines as fit `cap`, closed by a line saying how many more there are. */
export function summaryLines(entries: Entry[], cap: number, b: Budget): { lines: string[]; listed: number } {
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
