/**
 * What the look at the repository at :w costs (src/commit/recheck.ts, issue 20): the file
 * scope reads .git/HEAD and lists .git; `all` and `staged` run one `git status` too. Timed
 * in this process through the plugin's own git runner, next to that one `git status` alone
 * and a `git --version` spawn, on a journal repository and on one of 2,000 files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitAt } from '../src/change/git.js';
import { openRepository } from '../src/change/repository.js';
import { readHead, recheck, type Reviewed } from '../src/commit/recheck.js';
import { makeRepo, type Sandbox } from '../test/support/sandbox.js';
import { summarize, type Summary } from './stats.js';

export interface RecheckCosts {
  files: number;
  file: Summary;
  all: Summary;
  status: Summary;
  gitVersion: Summary;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

async function timed(n: number, fn: () => Promise<unknown>): Promise<Summary> {
  const xs: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < n; i++) {
    const t = now();
    await fn();
    xs.push(now() - t);
  }
  return summarize(xs);
}

/** Runs with the sandbox's environment as the process's own (enterSandbox), as the node host runs git. */
export async function recheckCosts(sb: Sandbox, files: number): Promise<RecheckCosts> {
  const { work } = makeRepo(sb, { name: `recheck-${files}` });
  for (let i = 0; i < files; i++) writeFileSync(join(work, `note-${i}.txt`), `Note ${i}.\n`);
  sb.git(work, 'add', '-A');
  sb.git(work, 'commit', '-qm', 'Notes');
  writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
  const repo = await openRepository(work, gitAt);
  const reviewed: Reviewed = { head: await readHead(repo), paths: ['journal.txt'] };
  const n = 15;
  return {
    files,
    file: await timed(n, () => recheck(repo, 'file', { ...reviewed, paths: undefined })),
    all: await timed(n, () => recheck(repo, 'all', reviewed)),
    status: await timed(n, () => repo.git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all'])),
    gitVersion: await timed(n, () => repo.git.run(['--version'])),
  };
}
