/**
 * Takes secrets out of a parsed diff before anything of it is sent to the model: files that
 * hold secrets lose their contents (files.ts, names.ts), and secret lines inside ordinary
 * files (lines.ts, keys.ts) become `[secret removed]`, with where they were said for the
 * review buffer. Pure: it works on parsed diffs and runs nothing.
 */
import type { DiffFile, Hunk } from '../../change/diff.js';
import { oneLine } from '../../words/one-line.js';
import { findSecretFiles, isShared, markSecret } from './files.js';
import { headerContext, HUNK_START, hunkStarts, MINUS, PLUS, SPACE } from './hunk.js';
import { BLOCK_BEGIN, BLOCK_END, KEY_BODY, KEY_LINE } from './keys.js';
import { isConfigLike, lineHasSecret } from './lines.js';

/** What a secret line becomes in the prompt, after its diff prefix. */
const SECRET_REMOVED = '[secret removed]';

export interface Redaction {
  /** The files to build the prompt from: new objects where anything was removed. */
  files: DiffFile[];
  /** For the review buffer, e.g. `src/config.js: 2 secrets removed (lines 14, 30)`. */
  notes: string[];
  /** Secrets removed from lines of files that are otherwise sent. */
  count: number;
}

const MAX_NOTES = 10;
const MAX_PLACES = 8;

/**
 * Takes secrets out of a parsed diff before anything of it is sent. Files that are
 * secret as a whole lose their hunks (the prompt names them, see exclusionFor); in
 * the others, each secret line becomes its diff prefix and `[secret removed]`,
 * whether added, removed or context. The input is not modified.
 */
export function redactSecrets(files: DiffFile[]): Redaction {
  const { secret, shared } = findSecretFiles(files);
  const out: DiffFile[] = [];
  const notes: string[] = [];
  let count = 0;
  for (const f of files) {
    if (secret.has(f)) {
      const hidden: DiffFile = { ...f, hunks: [] };
      markSecret(hidden);
      out.push(hidden);
      continue;
    }
    const r = redactFile(f, shared);
    out.push(r.file);
    if (r.places.length === 0) continue;
    count += r.places.length;
    notes.push(`${oneLine(f.path)}: ${r.places.length === 1 ? '1 secret' : `${r.places.length} secrets`} removed (${placesText(r.places)})`);
  }
  if (notes.length > MAX_NOTES) {
    const rest = notes.length - (MAX_NOTES - 1);
    notes.splice(MAX_NOTES - 1, notes.length, `... and secrets removed in ${rest} more files`);
  }
  return { files: out, notes, count };
}

/** Where one secret was: new-file lines, or old-file lines for one that only removed lines held. */
interface Place {
  side: 'new' | 'old' | 'header';
  from: number;
  to: number;
}

/** One secret: a line, or a whole private key block (which may go on over several hunks). */
interface Finding {
  newLines: number[];
  oldLines: number[];
}

function redactFile(file: DiffFile, shared: Set<string>): { file: DiffFile; places: Place[] } {
  const configLike = isConfigLike(file.path) || (file.oldPath !== undefined && isConfigLike(file.oldPath));
  const findings: Finding[] = [];
  const headers: Place[] = [];
  const newFinding = (): Finding => {
    const f: Finding = { newLines: [], oldLines: [] };
    findings.push(f);
    return f;
  };
  // The private key block open on each side (old, new): it may go on into the next hunk.
  const open: [Finding | undefined, Finding | undefined] = [undefined, undefined];
  let changed = false;
  const hunks = file.hunks.map((h): Hunk => {
    const { oldStart, newStart } = hunkStarts(h);
    const carried: [boolean, boolean] = [open[0] !== undefined, open[1] !== undefined];
    const marks = new Array<Finding | undefined>(h.lines.length);
    let o = oldStart;
    let n = newStart;
    for (let i = 0; i < h.lines.length; i++) {
      const line = h.lines[i] as string;
      const p = line.charCodeAt(0);
      const sides = p === SPACE ? [0, 1] : p === MINUS ? [0] : p === PLUS ? [1] : [];
      if (sides.length === 0) continue;
      const oldNo = p === PLUS ? 0 : o++;
      const newNo = p === MINUS ? 0 : n++;
      const text = line.slice(1);
      let mark: Finding | undefined;
      for (const s of sides) {
        const f = open[s];
        if (f === undefined) continue;
        // A block carried from an earlier hunk may have ended in the lines between.
        if (carried[s] && !KEY_BODY.test(text) && !BLOCK_END.test(text)) {
          open[s] = undefined;
          continue;
        }
        mark = f;
      }
      const marker = text.includes('-----') || text.includes('Private-');
      const begin = marker ? BLOCK_BEGIN.exec(text) : null;
      const end = marker ? BLOCK_END.exec(text) : null;
      if (begin) {
        mark ??= newFinding();
        for (const s of sides) {
          open[s] = mark;
          carried[s] = false;
        }
      } else if (end && mark === undefined) {
        // The END of a block whose BEGIN is before the hunk: the body lines before it are the key.
        mark = newFinding();
        for (const s of sides) {
          for (let j = i - 1; j >= 0; j--) {
            const prev = h.lines[j] as string;
            const q = prev.charCodeAt(0);
            if (!(q === SPACE || q === (s === 0 ? MINUS : PLUS))) continue;
            if (marks[j] !== undefined || !KEY_BODY.test(prev.slice(1))) break;
            marks[j] = mark;
          }
        }
      }
      if (mark !== undefined) {
        if (end && (!begin || end.index > begin.index)) for (const s of sides) open[s] = undefined;
      } else if (lineHasSecret(text, configLike) || isShared(line, shared)) {
        mark = newFinding();
      }
      if (mark === undefined) continue;
      marks[i] = mark;
      if (newNo !== 0) mark.newLines.push(newNo);
      else mark.oldLines.push(oldNo);
    }
    // Lines marked afterwards (a block's body before its END) still need their numbers.
    numberLate(h, marks, oldStart, newStart);
    const context = headerContext(h.header);
    const headerSecret = context !== '' && (lineHasSecret(context, configLike) || KEY_LINE.test(context) || BLOCK_BEGIN.test(context));
    if (headerSecret) headers.push({ side: 'header', from: newStart, to: newStart });
    if (!headerSecret && !marks.some((m) => m !== undefined)) return h;
    changed = true;
    const start = HUNK_START.exec(h.header)?.[0] ?? h.header;
    return {
      ...h,
      header: headerSecret ? `${start} ${SECRET_REMOVED}` : h.header,
      lines: h.lines.map((l, i) => (marks[i] === undefined ? l : `${l[0] ?? ''}${SECRET_REMOVED}`)),
    };
  });
  if (!changed) return { file, places: [] };
  const places = [...headers];
  for (const f of findings) {
    const side = f.newLines.length > 0 ? 'new' : 'old';
    const nums = side === 'new' ? f.newLines : f.oldLines;
    if (nums.length > 0) places.push({ side, from: Math.min(...nums), to: Math.max(...nums) });
  }
  return { file: { ...file, hunks }, places };
}

/** Records the line numbers of lines marked after the walk passed them. */
function numberLate(h: Hunk, marks: (Finding | undefined)[], oldStart: number, newStart: number): void {
  let o = oldStart;
  let n = newStart;
  for (let i = 0; i < h.lines.length; i++) {
    const p = (h.lines[i] as string).charCodeAt(0);
    if (p !== SPACE && p !== PLUS && p !== MINUS) continue;
    const oldNo = p === PLUS ? 0 : o++;
    const newNo = p === MINUS ? 0 : n++;
    const f = marks[i];
    if (f === undefined) continue;
    if (newNo !== 0) {
      if (!f.newLines.includes(newNo)) f.newLines.push(newNo);
    } else if (!f.oldLines.includes(oldNo)) f.oldLines.push(oldNo);
  }
}

/** e.g. `lines 14, 20-47; removed line 9`. */
function placesText(places: Place[]): string {
  const sorted = [...places].sort((a, b) => a.from - b.from);
  const list = (ps: Place[], one: string, many: string): string | undefined => {
    if (ps.length === 0) return undefined;
    const shown = ps.slice(0, MAX_PLACES).map((p) => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`));
    if (ps.length > MAX_PLACES) shown.push('...');
    const single = ps.length === 1 && ps[0]?.from === ps[0]?.to;
    return `${single ? one : many} ${shown.join(', ')}`;
  };
  return [
    list(sorted.filter((p) => p.side === 'new'), 'line', 'lines'),
    list(sorted.filter((p) => p.side === 'old'), 'removed line', 'removed lines'),
    list(sorted.filter((p) => p.side === 'header'), 'hunk header at line', 'hunk headers at lines'),
  ]
    .filter((t) => t !== undefined)
    .join('; ');
}
