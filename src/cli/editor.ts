/**
 * The user's editor, chosen and run as `git commit` runs it: `git var GIT_EDITOR` (GIT_EDITOR,
 * core.editor, VISUAL, EDITOR, then git's default), given to the shell with the file as its
 * argument, on the user's terminal.
 */
import { spawn } from 'node:child_process';
import { GitError, PluginError } from '../words/errors.js';
import { type Repository } from '../change/repository.js';

export async function editorOf(repo: Repository): Promise<string> {
  try {
    return (await repo.git.run(['var', 'GIT_EDITOR'])).stdout.trim();
  } catch (err) {
    const words = err instanceof GitError ? err.gitMessage : String(err);
    throw new PluginError(`no editor to open (git: ${words.trim()}): set core.editor, or commit with --yes`, 'error', { cause: err });
  }
}

export type EditorExit = { ok: true } | { ok: false; why: string };

/** Runs `editor` on `file` and waits for it; `:` is git's "no editor", which keeps the text as it is. */
export function runEditor(editor: string, file: string, cwd: string): Promise<EditorExit> {
  if (editor === ':') return Promise.resolve({ ok: true });
  return new Promise((resolve) => {
    // As git does: the editor string is shell words (it may carry flags), the file is "$1".
    const child = spawn('sh', ['-c', `${editor} "$@"`, editor, file], { cwd, stdio: 'inherit' });
    child.on('error', (err) => resolve({ ok: false, why: `the editor (${editor}) could not start: ${err.message}` }));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, why: signal ? `the editor (${editor}) was killed by ${signal}` : `the editor (${editor}) exited with ${code}` });
    });
  });
}
