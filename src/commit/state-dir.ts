/**
 * The plugin's own files live in one folder of the repository's git directory
 * (per worktree): drafts, one message file per commit, the commit lock and the
 * record of a commit whose push did not finish. git ignores the folder, and it
 * goes away with the repository.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Repository } from '../change/repository.js';

export function stateDir(repo: Pick<Repository, 'gitDir'>): string {
  return join(repo.gitDir, 'git-commit-push');
}

let tempCounter = 0;

/**
 * Replaces `path` whole or not at all: a reader (another Neovim, the next run after a
 * crash) never sees half a file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = path.slice(0, path.lastIndexOf('/'));
  await mkdir(dir, { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${++tempCounter}`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
