// Generated files beyond what their names say: the ones a repository marks in
// .gitattributes, and the ones whose first lines say they were generated. Their
// diffs take the room of the real change (a regenerated vimdoc file, a
// `generated.lua`), and a model describing them describes the generator's output.

import type { DiffFile } from './diff.js';

/** Only the first lines are looked at: that is where generators put their notice. */
const HEADER_LINES = 5;

// Each is a generator's own wording, not a word a person would write in passing.
const HEADERS: RegExp[] = [
  /@generated\b/,
  /\bDO NOT EDIT\b/,
  /\bCode generated\b.*\bDO NOT EDIT\./,
  /\b[Tt]his file (?:is|was|has been) (?:automatically|auto-?) ?generated\b/,
  /\b(?:[Aa]utomatically|[Aa]uto-)generated (?:file|code)\b.*\b(?:do not|don't) (?:edit|modify)\b/i,
];

/**
 * Whether the first lines of the file, as far as the diff shows them (a new
 * file, or a hunk that starts at its top), carry a generated-file notice.
 */
export function hasGeneratedHeader(file: DiffFile): boolean {
  const first = file.hunks[0];
  if (!first) return false;
  const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)/.exec(first.header);
  // A deleted file is read on its old side, any other on its new side.
  const oldSide = file.status === 'deleted';
  const start = m ? Number(oldSide ? m[1] : m[2]) : 0;
  if (start > HEADER_LINES) return false;
  const skip = oldSide ? 0x2b : 0x2d;
  let line = Math.max(start, 1);
  for (const l of first.lines) {
    if (line > HEADER_LINES) break;
    const c = l.charCodeAt(0);
    if (c === skip || c === 0x5c) continue; // the other side, or "\ No newline"
    const text = l.slice(1, 400);
    if (HEADERS.some((re) => re.test(text))) return true;
    line++;
  }
  return false;
}

/** Whether git's attributes mark `path` generated (the caller asks git: linguist-generated or -diff). */
export function markedGenerated(file: DiffFile, marked: ReadonlySet<string> | undefined): boolean {
  if (!marked || marked.size === 0) return false;
  return marked.has(file.path);
}
