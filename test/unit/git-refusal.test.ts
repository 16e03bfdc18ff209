// Why git refused to stage or commit, in the words of someone who pressed \g: never the
// plugin's own pathspec, never "git add", and the plain reason first. Real git, real refusals.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitAt } from '../../src/change/git.js';
import { gatherChange } from '../../src/change/gather.js';
import { openRepository } from '../../src/change/repository.js';
import { explainCommitFailure } from '../../src/words/git-refusal.js';
import { commitChange } from '../../src/commit/commit.js';
import { GitError, gitWords } from '../../src/words/errors.js';
import { enterSandbox, makeRepo, makeSandbox, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let leave: () => void;
beforeAll(() => {
  sb = makeSandbox();
  leave = enterSandbox(sb);
});
afterAll(() => {
  leave();
  sb.remove();
});

let serial = 0;
/** A journal with a change, and the words git refused `scope`'s commit of it with. */
async function refusal(setup: (work: string) => void, scope: 'file' | 'all' = 'file'): Promise<string> {
  const { work } = makeRepo(sb, { name: `r${++serial}`, remote: false });
  setup(work);
  writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
  const repo = await openRepository(work, gitAt);
  const err = await commitChange(repo, scope, scope === 'file' ? 'journal.txt' : undefined, 'Day two', {}).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GitError);
  return explainCommitFailure(gitWords(err));
}

describe('a refused commit, in plain words', () => {
  it('a clean filter that fails names the filter and the file', async () => {
    const words = await refusal((work) => {
      writeFileSync(join(work, '.gitattributes'), '*.txt filter=broken\n');
      sb.git(work, 'config', 'filter.broken.clean', 'false');
      sb.git(work, 'config', 'filter.broken.required', 'true');
    }, 'all');
    expect(words.split('\n')[0]).toBe('the clean filter "broken" failed on journal.txt (see .gitattributes and your git config), so git could not stage it');
  });

  it('git-lfs missing says so', async () => {
    const words = await refusal((work) => {
      writeFileSync(join(work, '.gitattributes'), '*.txt filter=lfs\n');
      // As `git lfs install` writes it, on a machine without git-lfs.
      sb.git(work, 'config', 'filter.lfs.clean', 'git-lfs clean -- %f');
      sb.git(work, 'config', 'filter.lfs.required', 'true');
    }, 'all');
    expect(words.split('\n')[0]).toBe('git-lfs is not installed, and a file here is stored with it: install git-lfs, then :w again');
    expect(explainCommitFailure('git-lfs filter-process: git-lfs: command not found\nfatal: the remote end hung up unexpectedly').split('\n')[0]).toBe(
      'git-lfs is not installed, and a file here is stored with it: install git-lfs, then :w again',
    );
  });

  it('a stale index.lock names the file to remove', async () => {
    const words = await refusal((work) => writeFileSync(join(work, '.git', 'index.lock'), ''), 'all');
    expect(words.split('\n')[0]).toMatch(/^another git is working in this repository, or one that crashed left \/.*\/\.git\/index\.lock: if none runs, remove that file, then :w again$/);
  });

  it('a skip-worktree file: \\g names the file and what to do, never the pathspec or "git add"', async () => {
    const { work } = makeRepo(sb, { name: `r${++serial}`, remote: false });
    sb.git(work, 'update-index', '--skip-worktree', 'journal.txt');
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
    const repo = await openRepository(work, gitAt);
    const err = (await gatherChange(repo, 'file', join(work, 'journal.txt')).then(() => undefined, (e: unknown) => e)) as Error;
    expect(err.message).toBe('journal.txt: marked skip-worktree or outside the sparse checkout, so git does not stage it (git update-index --no-skip-worktree, or git sparse-checkout add)');
  });
});
