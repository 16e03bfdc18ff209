/**
 * The review buffer's text: the message on top, git-style `#` comments under it.
 * Reading it back follows git's `strip` cleanup, which users already know.
 */
import { oneLine } from '../words/one-line.js';
import { hideUrlCredentials } from '../words/credentials.js';
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

export function commentLines(info: ReviewInfo, status: string): string[] {
  const files = info.files.slice(0, MAX_LISTED_FILES);
  const more = info.files.length - files.length;
  const lines = [
    '',
    '# Write (:w) to commit and push. Close without writing (:q!) to abort.',
    '# Lines starting with # are ignored; an empty message aborts the commit.',
    '#',
    `# Repository: ${info.repoRoot}`,
    `# Branch: ${info.branch ?? '(detached HEAD)'}`,
    `# Push: ${info.pushTo}`,
    `# ${scopeLabel(info.scope)}:`,
    ...files.map((f) => `#   ${f}${info.marks?.[f] ? ` (${info.marks[f]})` : ''}`),
    ...(more > 0 ? [`#   ... and ${more} more`] : []),
    `# Model: ${info.model} at ${info.host}`,
  ];
  if (info.omitted.length > 0) {
    lines.push('# Left out of the prompt (the model did not see these):');
    for (const o of info.omitted.slice(0, MAX_LISTED_FILES)) lines.push(`#   ${o}`);
    if (info.omitted.length > MAX_LISTED_FILES) lines.push(`#   ... and ${info.omitted.length - MAX_LISTED_FILES} more`);
  }
  lines.push(`# Status: ${status}`);
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

/** git's `--cleanup=strip`: no comment lines, no trailing spaces, no runs of blank lines, trimmed. */
export function messageFromLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    if (raw.startsWith('#')) continue;
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
