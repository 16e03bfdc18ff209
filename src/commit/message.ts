/**
 * The review buffer's text: the message on top, git-style comments under it, with git's
 * comment character (core.commentChar, `#` unless set). Reading it back follows git's
 * `strip` cleanup with that character, which users already know.
 */
import { oneLine } from '../words/one-line.js';
import { hideUrlCredentials } from '../words/credentials.js';
import type { GitConfig } from '../change/repo.js';
import type { Scope } from '../change/scope.js';

export interface ReviewInfo {
  repoRoot: string;
  branch: string | null;
  pushTo: string;
  scope: Scope;
  files: string[];
  model: string;
  host: string;
  omitted: string[];
  /** How a listed file changed, when not just modified: "new", "deleted", "renamed from a.txt". */
  marks?: Readonly<Record<string, string>>;
}

const MAX_LISTED_FILES = 20;

/** The characters core.commentChar=auto picks from, in git's order. */
const AUTO_COMMENT = '#;@!$%^&|:';

/**
 * The comment character git would use for `message`: core.commentString or core.commentChar
 * as set, `#` by default; with `auto`, the first of git's candidates that starts no line of
 * the message, as git picks it when it prepares the message to edit.
 */
export function commentCharFor(config: GitConfig, message: string): string {
  const set = config.get('core.commentstring') ?? config.get('core.commentchar') ?? '#';
  if (set !== 'auto') return set === '' ? '#' : set;
  const starts = new Set(message.split('\n').map((l) => l.charAt(0)));
  return [...AUTO_COMMENT].find((c) => !starts.has(c)) ?? '#';
}

export function commentLines(info: ReviewInfo, status: string, c = '#'): string[] {
  const files = info.files.slice(0, MAX_LISTED_FILES);
  const more = info.files.length - files.length;
  const lines = [
    '',
    `${c} Write (:w) to commit and push. Close without writing (:q!) to abort.`,
    `${c} Lines starting with ${c} are ignored; an empty message aborts the commit.`,
    c,
    `${c} Repository: ${info.repoRoot}`,
    `${c} Branch: ${info.branch ?? '(detached HEAD)'}`,
    `${c} Push: ${info.pushTo}`,
    `${c} ${scopeLabel(info.scope)}:`,
    ...files.map((f) => `${c}   ${f}${info.marks?.[f] ? ` (${info.marks[f]})` : ''}`),
    ...(more > 0 ? [`${c}   ... and ${more} more`] : []),
    `${c} Model: ${info.model} at ${info.host}`,
  ];
  if (info.omitted.length > 0) {
    lines.push(`${c} Left out of the prompt (the model did not see these):`);
    for (const o of info.omitted.slice(0, MAX_LISTED_FILES)) lines.push(`${c}   ${o}`);
    if (info.omitted.length > MAX_LISTED_FILES) lines.push(`${c}   ... and ${info.omitted.length - MAX_LISTED_FILES} more`);
  }
  lines.push(`${c} Status: ${status}`);
  return lines.map((l) => oneLine(hideUrlCredentials(l)));
}

function scopeLabel(scope: Scope): string {
  switch (scope) {
    case 'file':
      return 'File';
    case 'all':
      return 'All changes';
    case 'staged':
      return 'Staged changes';
  }
}

/**
 * git's `--cleanup=strip` with comment character `c`: no comment lines, no trailing spaces,
 * no runs of blank lines, trimmed. `c` null: `--cleanup=whitespace` (text that holds no
 * comments, such as a draft or a commit's own message).
 */
export function messageFromLines(lines: readonly string[], c: string | null = '#'): string {
  const out: string[] = [];
  for (const raw of lines) {
    if (c !== null && raw.startsWith(c)) continue;
    const line = raw.replace(/\s+$/, '');
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** What the original script wrote when the model could not: plain, true, never an error text. */
export function fallbackMessage(files: readonly string[]): string {
  const names = files.map((f) => oneLine(baseName(f)));
  if (names.length === 0) return 'Update files';
  if (names.length === 1) return `Update ${names[0]}`;
  if (names.length <= 3) return `Update ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Update ${names.length} files`;
}

function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}
