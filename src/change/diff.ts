// Parses the unified output of `git diff --cached` or `git diff HEAD` (--no-color --no-ext-diff -M).
// Pure: no fs, no processes. The caller runs git and hands the text over.

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed';

export interface Hunk {
  /** The whole `@@ -a,b +c,d @@ context` line. */
  header: string;
  /** Body lines with their ' ', '+', '-' or '\' prefix. */
  lines: string[];
  added: number;
  removed: number;
}

export interface DiffFile {
  path: string;
  /** Set for renames (and copies, which count as 'added'). */
  oldPath?: string;
  status: FileStatus;
  binary: boolean;
  added: number;
  removed: number;
  hunks: Hunk[];
  /** Set when the file mode changed (e.g. chmod +x), which may be the whole change. */
  oldMode?: string;
  newMode?: string;
}

const SPACE = 0x20;
const PLUS = 0x2b;
const MINUS = 0x2d;
const BACKSLASH = 0x5c;

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

interface FileBuilder {
  file: DiffFile;
  /** Names from the `diff --git` line, used unless rename/copy lines say better. */
  headerPath: string | undefined;
  /** From `---`/`+++`, only a fallback when the `diff --git` line could not be split. */
  minusPath: string | undefined;
  plusPath: string | undefined;
  inBinaryPatch: boolean;
}

export function parseDiff(diff: string): DiffFile[] {
  const files: DiffFile[] = [];
  if (diff.length === 0) return files;
  const lines = diff.split('\n');

  let current: FileBuilder | undefined;
  let hunk: Hunk | undefined;
  // Body lines still expected by the hunk header. Counting them (rather than
  // looking at prefixes) is what keeps a removed "-- comment" line, shown as
  // "--- comment", from being taken for a file header.
  let oldLeft = 0;
  let newLeft = 0;

  const finish = (): void => {
    if (!current) return;
    const b = current;
    const f = b.file;
    if (f.path === '') {
      const fallback = f.status === 'deleted' ? (b.minusPath ?? b.plusPath) : (b.plusPath ?? b.minusPath);
      f.path = b.headerPath ?? fallback ?? '';
    }
    if (f.path !== '') files.push(f);
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;

    if (hunk) {
      const c = line.charCodeAt(0);
      if (oldLeft > 0 || newLeft > 0) {
        if (c === SPACE || (line.length === 0 && oldLeft > 0 && newLeft > 0)) {
          // An empty line is a context line whose trailing space was stripped (e.g. by an editor or mail).
          hunk.lines.push(line);
          oldLeft--;
          newLeft--;
          continue;
        }
        if (c === MINUS && oldLeft > 0) {
          hunk.lines.push(line);
          hunk.removed++;
          oldLeft--;
          continue;
        }
        if (c === PLUS && newLeft > 0) {
          hunk.lines.push(line);
          hunk.added++;
          newLeft--;
          continue;
        }
        if (c === BACKSLASH) {
          hunk.lines.push(line);
          continue;
        }
      } else if (c === BACKSLASH) {
        // "\ No newline at end of file" follows the hunk's last line.
        hunk.lines.push(line);
        continue;
      }
      // Counts exhausted, or malformed input: the hunk is over; look at the line afresh.
      hunk = undefined;
    }

    if (line.startsWith('diff --git ')) {
      finish();
      current = startFile(line.slice('diff --git '.length));
      continue;
    }
    if (!current) continue;
    if (current.inBinaryPatch) continue;

    const f = current.file;
    if (line.startsWith('@@')) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLeft = m[2] === undefined ? 1 : Number(m[2]);
      hunk = { header: line, lines: [], added: 0, removed: 0 };
      f.hunks.push(hunk);
      continue;
    }
    headerLine(current, line);
  }
  finish();

  for (const f of files) {
    for (const h of f.hunks) {
      f.added += h.added;
      f.removed += h.removed;
    }
  }
  return files;
}

function startFile(names: string): FileBuilder {
  const pair = splitHeaderNames(names);
  return {
    file: { path: '', status: 'modified', binary: false, added: 0, removed: 0, hunks: [] },
    headerPath: pair ? stripPrefixPair(pair[0], pair[1]) : undefined,
    minusPath: undefined,
    plusPath: undefined,
    inBinaryPatch: false,
  };
}

function headerLine(b: FileBuilder, line: string): void {
  const f = b.file;
  if (line.startsWith('new file mode ')) {
    f.status = 'added';
    f.newMode = line.slice('new file mode '.length);
  } else if (line.startsWith('deleted file mode ')) {
    f.status = 'deleted';
    f.oldMode = line.slice('deleted file mode '.length);
  } else if (line.startsWith('old mode ')) {
    f.oldMode = line.slice('old mode '.length);
  } else if (line.startsWith('new mode ')) {
    f.newMode = line.slice('new mode '.length);
  } else if (line.startsWith('rename from ')) {
    f.status = 'renamed';
    f.oldPath = unquoteIfQuoted(line.slice('rename from '.length));
  } else if (line.startsWith('rename to ')) {
    f.status = 'renamed';
    f.path = unquoteIfQuoted(line.slice('rename to '.length));
  } else if (line.startsWith('copy from ')) {
    f.status = 'added';
    f.oldPath = unquoteIfQuoted(line.slice('copy from '.length));
  } else if (line.startsWith('copy to ')) {
    f.status = 'added';
    f.path = unquoteIfQuoted(line.slice('copy to '.length));
  } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
    f.binary = true;
  } else if (line === 'GIT binary patch') {
    // Only with --binary; the base85 payload that follows is of no use to anyone.
    f.binary = true;
    b.inBinaryPatch = true;
  } else if (line.startsWith('--- ')) {
    b.minusPath = patchLinePath(line.slice(4));
  } else if (line.startsWith('+++ ')) {
    b.plusPath = patchLinePath(line.slice(4));
  }
}

/** `a/x` from `--- a/x`, with the tab git appends to names containing spaces. */
function patchLinePath(raw: string): string | undefined {
  let s = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  s = unquoteIfQuoted(s);
  if (s === '/dev/null') return undefined;
  return /^[^/]\//.test(s) ? s.slice(2) : s;
}

/**
 * Splits the names of `diff --git <old> <new>`. Either may be C-quoted; unquoted
 * names may contain spaces, which git itself resolves by assuming both names are
 * the same (true unless renamed or copied, and those have their own lines).
 */
function splitHeaderNames(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first || rest.charCodeAt(first.end) !== SPACE) return undefined;
    const second = rest.slice(first.end + 1);
    return [first.value, unquoteIfQuoted(second)];
  }
  if (rest.endsWith('"')) {
    for (let at = rest.indexOf(' "'); at >= 0; at = rest.indexOf(' "', at + 1)) {
      const q = readQuoted(rest, at + 1);
      if (q && q.end === rest.length) return [rest.slice(0, at), q.value];
    }
  }
  if ((rest.length - 1) % 2 === 0) {
    const half = (rest.length - 1) / 2;
    if (rest.charCodeAt(half) === SPACE) return [rest.slice(0, half), rest.slice(half + 1)];
  }
  return undefined;
}

/**
 * Removes the `a/`/`b/` prefixes, or the mnemonic ones (`c/`, `i/`, `w/`...)
 * from diff.mnemonicPrefix. Names that are identical had no prefix (diff.noprefix).
 */
function stripPrefixPair(a: string, b: string): string {
  if (a === b) return b;
  const prefixed = /^[^/]\//;
  if (prefixed.test(a) && prefixed.test(b)) return b.slice(2);
  return b;
}

function unquoteIfQuoted(s: string): string {
  if (!s.startsWith('"')) return s;
  const q = readQuoted(s, 0);
  return q ? q.value : s;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92,
};

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a C-quoted name starting at `start` (the opening quote). Octal escapes
 * are raw UTF-8 bytes (core.quotePath), so they are gathered and decoded together.
 */
function readQuoted(s: string, start: number): { value: string; end: number } | undefined {
  if (s.charCodeAt(start) !== 0x22) return undefined;
  const parts: string[] = [];
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) {
      parts.push(utf8.decode(new Uint8Array(bytes)));
      bytes = [];
    }
  };
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"') {
      flush();
      return { value: parts.join(''), end: i + 1 };
    }
    if (ch !== '\\') {
      flush();
      parts.push(ch);
      i++;
      continue;
    }
    const next = s[i + 1];
    if (next === undefined) return undefined;
    const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += 4;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple === undefined) return undefined;
    bytes.push(simple);
    i += 2;
  }
  return undefined;
}
