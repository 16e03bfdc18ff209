// The repository cache against real repositories: it must answer what git would answer
// now, after any change to the files git's answer depends on, and ask git only then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitAt } from '../../src/change/git.js';
import { RepositoryCache } from '../../src/change/repo-cache.js';
import type { Git } from '../../src/change/runner.js';
import { enterSandbox, makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';
import { planPush } from '../../src/commit/push-plan.js';
import { repoOverrides } from '../../src/settings/repo-settings.js';

let sb: Sandbox;
let restoreEnv: () => void;
let counter = 0;

beforeAll(() => {
  sb = makeSandbox('gcp-cache-');
  restoreEnv = enterSandbox(sb);
});

afterAll(() => {
  restoreEnv();
  sb.remove();
});

function repo(): Repo {
  return makeRepo(sb, { name: `c${++counter}` });
}

/** A cache over the real git adapter that counts the git commands it runs. */
function counted(racyMs = -Infinity): { cache: RepositoryCache; runs: string[] } {
  const runs: string[] = [];
  const counting = (cwd: string): Git => {
    const git = gitAt(cwd);
    return { cwd, run: (args, opts) => (runs.push(args[0] ?? ''), git.run(args, opts)) };
  };
  // Files in these tests are minutes old at most: the racy-file guard is tested on its own.
  return { cache: new RepositoryCache(counting, process.env, racyMs), runs };
}

describe('RepositoryCache', () => {
  it('asks git once per folder while nothing changes, and gives the same answer', async () => {
    const { work } = repo();
    const { cache, runs } = counted();
    const first = await cache.open(work);
    expect(runs).toEqual(['rev-parse', 'config']);
    const second = await cache.open(work);
    expect(runs).toEqual(['rev-parse', 'config']);
    expect(second).toEqual(first);
    expect(second.root).toBe(work);
    expect(second.branch).toBe('master');
  });

  it("sees a change to the repository's config: a new remote URL", async () => {
    const { work } = repo();
    const { cache, runs } = counted();
    expect(planPush('master', (await cache.open(work)).config).describe).toContain(`c${counter}-remote.git`);
    sb.git(work, 'remote', 'set-url', 'origin', join(sb.dir, 'moved.git'));
    const after = await cache.open(work);
    expect(planPush('master', after.config).describe).toBe(`origin/master (${join(sb.dir, 'moved.git')})`);
    expect(runs).toEqual(['rev-parse', 'config', 'rev-parse', 'config']);
  });

  it("sees the user's global config change, and an XDG config file that appears", async () => {
    const { work } = repo();
    const { cache } = counted();
    expect(repoOverrides((await cache.open(work)).config)).toEqual({});
    sb.git(work, 'config', '--global', 'git-commit-push.model', 'qwen3');
    expect(repoOverrides((await cache.open(work)).config)).toEqual({ model: 'qwen3' });
    sb.git(work, 'config', '--global', '--unset', 'git-commit-push.model');
    mkdirSync(join(sb.dir, 'xdg/config/git'), { recursive: true });
    writeFileSync(join(sb.dir, 'xdg/config/git/config'), '[git-commit-push]\n\tpreset = journal\n');
    try {
      expect(repoOverrides((await cache.open(work)).config)).toEqual({ preset: 'journal' });
    } finally {
      writeFileSync(join(sb.dir, 'xdg/config/git/config'), '');
    }
  });

  it('sees an included file that appears later, and an edit to it', async () => {
    const { work } = repo();
    sb.git(work, 'config', 'include.path', '../extra.gitconfig');
    // Relative to the file that names it: .git/config, so the work tree's own folder.
    const extra = join(work, 'extra.gitconfig');
    const { cache } = counted();
    expect(repoOverrides((await cache.open(work)).config)).toEqual({});
    writeFileSync(extra, '[git-commit-push]\n\tmodel = llama3\n');
    expect(repoOverrides((await cache.open(work)).config)).toEqual({ model: 'llama3' });
    writeFileSync(extra, '[git-commit-push]\n\tmodel = mistral\n');
    expect(repoOverrides((await cache.open(work)).config)).toEqual({ model: 'mistral' });
  });

  it('from a subfolder, sees a change to the repository\'s config (git answers its paths relative to the folder)', async () => {
    const { work } = repo();
    const sub = join(work, 'notes', '2024');
    mkdirSync(sub, { recursive: true });
    const { cache } = counted();
    expect(repoOverrides((await cache.open(sub)).config)).toEqual({});
    sb.git(work, 'config', 'git-commit-push.model', 'phi4');
    expect(repoOverrides((await cache.open(sub)).config)).toEqual({ model: 'phi4' });
  });

  it('sees a checkout of another branch', async () => {
    const { work } = repo();
    const { cache } = counted();
    expect((await cache.open(work)).branch).toBe('master');
    sb.git(work, 'checkout', '-q', '-b', 'drafts');
    expect((await cache.open(work)).branch).toBe('drafts');
  });

  it('a repository created in a folder in between takes over', async () => {
    const { work } = repo();
    const inner = join(work, 'notes', 'private');
    mkdirSync(inner, { recursive: true });
    const { cache } = counted();
    expect((await cache.open(inner)).root).toBe(work);
    sb.git(join(work, 'notes'), 'init', '-q');
    expect((await cache.open(inner)).root).toBe(join(work, 'notes'));
  });

  it('a symlinked folder pointed at another repository gives that repository', async () => {
    const a = repo();
    const b = repo();
    const link = join(sb.dir, `link${counter}`);
    symlinkSync(a.work, link);
    const { cache } = counted();
    expect((await cache.open(link)).root).toBe(a.work);
    rmSync(link);
    symlinkSync(b.work, link);
    expect((await cache.open(link)).root).toBe(b.work);
  });

  it("a linked worktree sees a change to the main repository's config", async () => {
    const { work } = repo();
    const wt = join(sb.dir, `wt${counter}`);
    sb.git(work, 'worktree', 'add', '-q', '-b', 'side', wt);
    const { cache } = counted();
    expect(repoOverrides((await cache.open(wt)).config)).toEqual({});
    sb.git(work, 'config', 'git-commit-push.preset', 'conventional');
    expect(repoOverrides((await cache.open(wt)).config)).toEqual({ preset: 'conventional' });
  });

  it('does not trust a config file written just before the question: git is asked again', async () => {
    const { work } = repo();
    sb.git(work, 'config', 'git-commit-push.model', 'fresh');
    // Written "now" however slow this machine is: its time is ahead of the question.
    const ahead = Date.now() / 1000 + 60;
    utimesSync(join(work, '.git', 'config'), ahead, ahead);
    const { cache, runs } = counted(2000);
    await cache.open(work);
    await cache.open(work);
    expect(runs).toEqual(['rev-parse', 'config', 'rev-parse', 'config']);
  });
});
