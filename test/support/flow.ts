/**
 * Small steps of the \g flow as a user takes them in a test Neovim: open a file, change
 * it, wait for the review buffer and its message, install a git hook; and the node host
 * process behind a Neovim, for tests that kill it.
 */
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentLines, waitFor, type Nvim } from './nvim.js';

export async function edit(nv: Nvim, path: string): Promise<void> {
  await nv.nvim.call('execute', [`edit ${String(await nv.nvim.call('fnameescape', [path]))}`]);
}

/** Opens `file` and appends a line to it, unsaved (\g writes it first). */
export async function change(nv: Nvim, file: string, text = 'A new line.'): Promise<void> {
  await edit(nv, file);
  await nv.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', [text]);
}

export async function inReview(nv: Nvim): Promise<void> {
  await waitFor(async () => String(await nv.nvim.lua('return vim.api.nvim_buf_get_name(0)')).startsWith('git-commit-push://'));
}

export async function messageIs(nv: Nvim, first: string): Promise<void> {
  await waitFor(async () => (await currentLines(nv.nvim))[0] === first);
}

/**
 * An editor script in `<dir>/editors/`: it keeps a copy of what it was shown in
 * `<name>.seen` (editorSaw reads it), then runs `body` on "$1".
 */
export function editorScript(dir: string, name: string, body: string): string {
  mkdirSync(join(dir, 'editors'), { recursive: true });
  const path = join(dir, 'editors', name);
  writeFileSync(path, `#!/bin/sh\ncp "$1" "${path}.seen"\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** What the editor script `name` was shown. */
export function editorSaw(dir: string, name: string): string {
  return readFileSync(join(dir, 'editors', `${name}.seen`), 'utf8');
}

/** An executable hook script in `hooksDir` (a repository's .git/hooks). */
export function hook(hooksDir: string, name: string, body: string): void {
  mkdirSync(hooksDir, { recursive: true });
  const path = join(hooksDir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** False once the process has exited (a zombie waiting for its parent counts as gone). */
export function alive(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The processes whose parent is `parent`: for a test Neovim, its node host. */
export function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * The review's status as one line: from its `# Status:` row to the end, the rows the plugin
 * wrapped it into at the window's width joined again.
 */
export async function statusOf(nv: Nvim, comment = '#'): Promise<string> {
  const lines = await currentLines(nv.nvim);
  const at = lines.map((l) => l.startsWith(`${comment} Status: `)).lastIndexOf(true);
  if (at < 0) return lines.at(-1) ?? '';
  return lines
    .slice(at)
    .map((l, i) => (i === 0 ? l : l.slice(comment.length).trim()))
    .join(' ');
}
