/**
 * The repository a run means, opened before the rest of the command is loaded (main.ts):
 * git's first two processes (rev-parse, config) run while Node initialises the modules a
 * commit needs, instead of after them.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gitAt } from '../change/git.js';
import { existingDir, openRepository, type Repository } from '../change/repository.js';
import type { Target } from './args.js';

/** The repository of the first path (a path outside it is refused later, by the core), or of `cwd`. */
export function openTarget(target: Target, cwd: string = process.cwd()): Promise<Repository> {
  const first = target.paths?.[0];
  return openRepository(first !== undefined ? folderOf(resolve(cwd, first)) : cwd, gitAt);
}

/** The repository of a path is its own folder's (a folder given is its own). */
function folderOf(path: string): string {
  try {
    if (statSync(path).isDirectory()) return path;
  } catch {
    // A deleted file: its folder, or the nearest one still there.
  }
  return existingDir(dirname(path));
}
