// Gather, commit and push through the real `gitAt` adapter, against real repositories
// and real bare remotes in temporary folders. No Neovim: the core stands on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gitAt } from '../../src/change/git.js';
import { commitChange, type Transcript } from '../../src/commit/commit.js';
import { push as pushWith, type PushOptions } from '../../src/commit/push.js';
import { GitError, PluginError } from '../../src/words/errors.js';
import { checkCommittable, gatherChange } from '../../src/change/gather.js';
import { enterSandbox, makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';
import { waitFor } from '../support/wait.js';
import { existingDir, openRepository, type Repository } from '../../src/change/repository.js';
import { generatedByAttributes, recentSubjects } from '../../src/change/context.js';
import { planPush } from '../../src/commit/push-plan.js';
import { repoOverrides } from '../../src/settings/repo-settings.js';

let sb: Sandbox;
let restoreEnv: () => void;
let counter = 0;

// gitAt runs git with the process environment, as Neovim's node host would: give it the
// sandbox's private HOME and identity so the machine's own git config never leaks in.
beforeAll(() => {
  sb = makeSandbox('gcp-steps-');
  restoreEnv = enterSandbox(sb);
});

afterAll(() => {
  restoreEnv();
  sb.remove();
});

function repo(opts: { remote?: boolean; upstream?: boolean } = {}): Repo {
  return makeRepo(sb, { ...opts, name: `r${++counter}` });
}

function open(dir: string): Promise<Repository> {
  return openRepository(dir, gitAt);
}

function transcript(): Transcript {
  return {};
}

/** The push as the controller runs it; the environment is read at the call, inside the sandbox. */
function push(r: Repository, plan: ReturnType<typeof planPush>, t: Transcript): ReturnType<typeof pushWith> {
  const opts: PushOptions = { stallMs: 30_000, env: process.env };
  return pushWith(r, plan, t, opts);
}

function indexBytes(work: string): Buffer {
  return readFileSync(join(work, '.git', 'index'));
}

/** Files a run leaves behind in .git: private indexes, backups, locks, message files. */
function leftovers(work: string): string[] {
  const own = join(work, '.git', 'git-commit-push');
  const inside = existsSync(own) ? readdirSync(own).map((n) => `git-commit-push/${n}`) : [];
  return [...readdirSync(join(work, '.git')).filter((n) => (n.includes('git-commit-push') && n !== 'git-commit-push') || n.endsWith('.lock')), ...inside];
}

function staged(work: string): string[] {
  return sb.git(work, 'diff', '--cached', '--name-only').split('\n').filter(Boolean);
}

function headFiles(work: string): string[] {
  return sb.git(work, 'show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean);
}

function subject(cwd: string, rev = 'HEAD'): string {
  return sb.git(cwd, 'log', '-1', '--format=%s', rev).trim();
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('openRepository', () => {
  it('asks git for the branch of a reftable repository, whose HEAD file only says refs/heads/.invalid', async () => {
    // git 2.39 cannot make one: the HEAD file is written as git 2.45+ writes it in a reftable repository.
    const { work } = repo({ remote: false });
    sb.git(work, 'checkout', '-q', '-b', 'drafts');
    writeFileSync(join(work, '.git', 'HEAD'), 'ref: refs/heads/.invalid\n');
    const asked: string[] = [];
    const r = await openRepository(work, (cwd) => {
      const git = gitAt(cwd);
      return {
        cwd,
        run: (args, opts) => {
          asked.push(args.join(' '));
          // What git 2.45 answers from the tables: the branch the checkout above made.
          if (args[0] === 'symbolic-ref') return Promise.resolve({ stdout: 'drafts\n', stderr: '' });
          return git.run(args, opts);
        },
      };
    });
    expect(asked).toContain('symbolic-ref -q --short HEAD');
    expect(r.branch).toBe('drafts');
  });

  it('finds the repository from a subfolder: root, git dir, index, branch; recent subjects newest first', async () => {
    const { work } = repo();
    for (const s of ['Second entry', 'Third entry']) {
      writeFileSync(join(work, 'journal.txt'), s + '\n');
      sb.git(work, 'commit', '-q', '-am', s);
    }
    const sub = join(work, 'notes', '2024');
    mkdirSync(sub, { recursive: true });

    const r = await open(sub);
    expect(r.root).toBe(work);
    expect(r.gitDir).toBe(join(work, '.git'));
    expect(r.indexPath).toBe(join(work, '.git', 'index'));
    expect(r.branch).toBe('master');
    expect((await recentSubjects(r)).subjects).toEqual(['Third entry', 'Second entry', 'Start the journal']);
    expect(r.git.cwd).toBe(work);
    expect(r.config.get('remote.origin.url')).toBe(join(sb.dir, `r${counter}-remote.git`));
  });

  it('gives at most the last 5 subjects', async () => {
    const { work } = repo({ remote: false });
    for (let i = 1; i <= 7; i++) sb.git(work, 'commit', '-q', '--allow-empty', '-m', `Entry ${i}`);
    expect((await recentSubjects(await open(work))).subjects).toEqual(['Entry 7', 'Entry 6', 'Entry 5', 'Entry 4', 'Entry 3']);
  });

  it('leaves merges out, and in the file scope gives the file\'s own subjects', async () => {
    const { work } = repo({ remote: false });
    sb.git(work, 'checkout', '-q', '-b', 'side');
    writeFileSync(join(work, 'notes.md'), 'Side notes.\n');
    sb.git(work, 'add', '--', 'notes.md');
    sb.git(work, 'commit', '-q', '-m', 'Start the notes');
    sb.git(work, 'checkout', '-q', 'master');
    sb.git(work, 'commit', '-q', '--allow-empty', '-m', 'Unrelated on master');
    sb.git(work, 'merge', '-q', '--no-ff', '-m', "Merge branch 'side'", 'side');
    const r = await open(work);
    expect((await recentSubjects(r)).subjects).toEqual(['Unrelated on master', 'Start the notes', 'Start the journal']);
    expect(await recentSubjects(r, 'notes.md')).toEqual({ subjects: ['Start the notes'], file: 'notes.md' });
    // A file without history of its own: the branch's subjects.
    expect(await recentSubjects(r, 'new.md')).toEqual({ subjects: ['Unrelated on master', 'Start the notes', 'Start the journal'] });
  });

  it('names the files .gitattributes marks generated (linguist-generated, -diff)', async () => {
    const { work } = repo({ remote: false });
    writeFileSync(join(work, '.gitattributes'), 'doc/*.txt linguist-generated\n*.snap -diff\nkeep.txt linguist-generated=false\n');
    const r = await open(work);
    const found = await generatedByAttributes(r, ['doc/help.txt', 'ui.snap', 'keep.txt', 'src/main.ts', 'name with spaces.snap']);
    expect([...found].sort()).toEqual(['doc/help.txt', 'name with spaces.snap', 'ui.snap']);
  });

  it('opens an unborn branch without throwing, with no subjects', async () => {
    const work = join(sb.dir, `unborn${++counter}`);
    mkdirSync(work);
    sb.git(work, 'init', '-q', '-b', 'journal');
    const r = await open(work);
    expect(r.branch).toBe('journal');
    expect((await recentSubjects(r)).subjects).toEqual([]);
    expect(r.root).toBe(work);
  });

  it('works in a linked worktree: its own branch, its own index, commits land there', async () => {
    const { work } = repo({ remote: false });
    const wt = join(sb.dir, `wt${++counter}`);
    sb.git(work, 'worktree', 'add', '-q', '-b', 'side', wt);
    writeFileSync(join(wt, 'journal.txt'), 'In the worktree.\n');
    const r = await open(wt);
    expect(r.root).toBe(wt);
    expect(r.branch).toBe('side');
    expect(r.indexPath).toBe(join(work, '.git', 'worktrees', `wt${counter}`, 'index'));
    const change = await gatherChange(r, 'file', join(wt, 'journal.txt'));
    expect(change.diff).toContain('+In the worktree.');
    await commitChange(r, 'file', change.file, 'Worktree edit', transcript());
    expect(subject(wt)).toBe('Worktree edit');
    expect(subject(work)).toBe('Start the journal');
    expect(sb.git(wt, 'status', '--porcelain')).toBe('');
  });

  it('reports a detached HEAD as no branch', async () => {
    const { work } = repo({ remote: false });
    sb.git(work, 'checkout', '-q', '--detach');
    const r = await open(work);
    expect(r.branch).toBeNull();
    expect(planPush(r.branch, r.config).kind).toBe('none');
  });

  it('refuses a folder outside any repository with a PluginError', async () => {
    const outside = join(sb.dir, `outside${++counter}`);
    mkdirSync(outside);
    const err = await rejection(open(outside));
    expect(err).toBeInstanceOf(PluginError);
    expect(err).not.toBeInstanceOf(GitError);
    expect((err as PluginError).message).toBe(`${outside} is not in a git repository`);
  });

  it("reads the repository's own git-commit-push overrides", async () => {
    const { work } = repo({ remote: false });
    sb.git(work, 'config', 'git-commit-push.Model', 'llama3.2');
    sb.git(work, 'config', 'git-commit-push.preset', 'journal');
    expect(repoOverrides((await open(work)).config)).toEqual({ model: 'llama3.2', preset: 'journal' });
  });

  it("ignores GIT_DIR and GIT_INDEX_FILE inherited from the editor's environment", async () => {
    const a = repo({ remote: false });
    const b = repo({ remote: false });
    process.env.GIT_DIR = join(b.work, '.git');
    process.env.GIT_INDEX_FILE = join(b.work, '.git', 'index');
    try {
      writeFileSync(join(a.work, 'journal.txt'), 'Changed in a.\n');
      const r = await open(a.work);
      expect(r.root).toBe(a.work);
      const change = await gatherChange(r, 'file', join(a.work, 'journal.txt'));
      expect(change.diff).toContain('+Changed in a.');
    } finally {
      delete process.env.GIT_DIR;
      delete process.env.GIT_INDEX_FILE;
    }
  });
});

/** Whether this machine's git has its German catalog: without it, the locale tests would prove nothing. */
function gitSpeaksGerman(): boolean {
  const r = spawnSync('git', ['rev-parse', '--git-dir'], {
    env: { PATH: process.env.PATH, LANGUAGE: 'de', LC_ALL: 'C.UTF-8', GIT_DIR: '/nonexistent/gcp' },
    encoding: 'utf8',
  });
  return r.status !== 0 && !/not a git repository/.test(r.stderr);
}

// Skipped only off CI: Debian's git carries its translations, so there the check must run.
it('has a git that speaks German for the locale tests, on CI at least', () => {
  expect(gitSpeaksGerman() || !process.env.CI).toBe(true);
});

describe.skipIf(!gitSpeaksGerman())('in a non-English locale', () => {
  // git translates its messages; the ones the plugin recognises must still be recognised.
  // LANGUAGE picks git's catalog even under the sandbox's LC_ALL=C.UTF-8, as LANG=de_DE.UTF-8 would.
  function german<T>(fn: () => Promise<T>): Promise<T> {
    process.env.LANGUAGE = 'de';
    return fn().finally(() => {
      delete process.env.LANGUAGE;
    });
  }

  it('a folder outside any repository is still "not in a git repository"', async () => {
    const outside = join(sb.dir, `outside${++counter}`);
    mkdirSync(outside);
    const err = await german(() => rejection(open(outside)));
    expect((err as Error).message).toBe(`${outside} is not in a git repository`);
  });

  it('an ignored file is still reported as ignored by .gitignore', async () => {
    const { work } = repo();
    writeFileSync(join(work, '.gitignore'), '*.log\n');
    writeFileSync(join(work, 'debug.log'), 'noise\n');
    const r = await open(work);
    const err = await german(() => rejection(gatherChange(r, 'file', join(work, 'debug.log'))));
    expect((err as Error).message).toMatch(/is ignored by \.gitignore/);
  });
});

describe('existingDir', () => {
  it("climbs to the nearest folder that still exists (a deleted file's folder may be gone)", () => {
    expect(existingDir(join(sb.dir, 'gone', 'also-gone'))).toBe(sb.dir);
    expect(existingDir(sb.dir)).toBe(sb.dir);
  });
});

describe('gatherChange', () => {
  it('file scope: a tracked, modified file; the index is untouched and other changes are not in the diff', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'other.txt'), 'unrelated\n');
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
    const before = indexBytes(work);
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'journal.txt'));
    expect(change.file).toBe('journal.txt');
    expect(change.diff).toContain('diff --git a/journal.txt b/journal.txt');
    expect(change.diff).toContain('+Day two.');
    expect(change.diff).not.toContain('other.txt');
    expect(indexBytes(work).equals(before)).toBe(true);
    expect(staged(work)).toEqual([]);
    expect(leftovers(work)).toEqual([]);
  });

  it('file scope: an untracked new file in a folder is shown as new, and stays untracked', async () => {
    const { work } = repo();
    mkdirSync(join(work, 'notes'));
    writeFileSync(join(work, 'notes', 'monday.md'), 'Rain.\n');
    const before = indexBytes(work);
    const r = await open(join(work, 'notes'));
    const change = await gatherChange(r, 'file', join(work, 'notes', 'monday.md'));
    expect(change.file).toBe('notes/monday.md');
    expect(change.diff).toContain('new file mode');
    expect(change.diff).toContain('+Rain.');
    expect(indexBytes(work).equals(before)).toBe(true);
    expect(sb.git(work, 'status', '--porcelain')).toContain('?? notes/');
  });

  it('file scope: a deleted file, opened from its vanished folder, is shown as deleted', async () => {
    const { work } = repo();
    mkdirSync(join(work, 'old'));
    writeFileSync(join(work, 'old', 'draft.md'), 'Draft.\n');
    sb.git(work, 'add', '--', 'old/draft.md');
    sb.git(work, 'commit', '-q', '-m', 'Add draft');
    rmSync(join(work, 'old'), { recursive: true });
    const before = indexBytes(work);
    const file = join(work, 'old', 'draft.md');
    const r = await open(existingDir(join(work, 'old')));
    const change = await gatherChange(r, 'file', file);
    expect(change.file).toBe('old/draft.md');
    expect(change.diff).toContain('deleted file mode');
    expect(change.diff).toContain('-Draft.');
    expect(indexBytes(work).equals(before)).toBe(true);
  });

  it('file scope: a file reached through a symlinked folder (the journal on another disk, linked from home)', async () => {
    const { work } = repo();
    const link = join(sb.dir, `link${++counter}`);
    symlinkSync(work, link);
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
    // Neovim names the buffer by the path the user opened, symlinks and all.
    const file = join(link, 'journal.txt');
    const r = await open(existingDir(join(link)));
    const change = await gatherChange(r, 'file', file);
    expect(change.file).toBe('journal.txt');
    expect(change.diff).toContain('+Day two.');
  });

  it('file scope: a file whose name starts with two dots is inside the repository', async () => {
    const { work } = repo();
    writeFileSync(join(work, '..draft.md'), 'Draft.\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, '..draft.md'));
    expect(change.file).toBe('..draft.md');
    expect(change.diff).toContain('+Draft.');
  });

  it('file scope: a file with part of its change staged shows the whole work-tree change, which is what gets committed', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nStaged line.\n');
    sb.git(work, 'add', '--', 'journal.txt');
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nStaged line.\nUnstaged line.\n');
    const before = indexBytes(work);
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'journal.txt'));
    expect(change.diff).toContain('+Staged line.');
    expect(change.diff).toContain('+Unstaged line.');
    expect(indexBytes(work).equals(before)).toBe(true);
    await commitChange(r, 'file', change.file, 'Two lines', transcript());
    expect(sb.git(work, 'show', 'HEAD:journal.txt')).toBe('Day one.\nStaged line.\nUnstaged line.\n');
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });

  it('file scope: a file added with git add -N (intent to add) is shown as new with its content', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'later.md'), 'Later.\n');
    sb.git(work, 'add', '-N', '--', 'later.md');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'later.md'));
    expect(change.diff).toContain('new file mode');
    expect(change.diff).toContain('+Later.');
  });

  it('file scope: a file untracked with git rm --cached but unchanged on disk has nothing to commit', async () => {
    const { work } = repo();
    sb.git(work, 'rm', '-q', '--cached', '--', 'journal.txt');
    const r = await open(work);
    expect((await gatherChange(r, 'file', join(work, 'journal.txt'))).diff).toBe('');
  });

  it('file scope: a name with pattern characters means that file only, not the files the pattern matches', async () => {
    const { work } = repo();
    for (const name of ['notes [draft].md', 'notes d.md']) writeFileSync(join(work, name), 'v1\n');
    sb.git(work, 'add', '--', 'notes [draft].md', 'notes d.md');
    sb.git(work, 'commit', '-q', '-m', 'notes');
    for (const name of ['notes [draft].md', 'notes d.md']) writeFileSync(join(work, name), 'v2\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'notes [draft].md'));
    expect(change.diff).toContain('notes [draft].md');
    expect(change.diff).not.toContain('notes d.md');
    await commitChange(r, 'file', change.file, 'Edit the draft', transcript());
    expect(headFiles(work)).toEqual(['notes [draft].md']);
    expect(sb.git(work, 'status', '--porcelain')).toBe(' M "notes d.md"\n');
  });

  it('file scope: an unchanged file gives an empty diff', async () => {
    const { work } = repo();
    const r = await open(work);
    expect((await gatherChange(r, 'file', join(work, 'journal.txt'))).diff).toBe('');
  });

  it('file scope: refuses a file outside the repository', async () => {
    const { work } = repo();
    const r = await open(work);
    const err = await rejection(gatherChange(r, 'file', join(sb.dir, 'elsewhere.txt')));
    expect(err).toBeInstanceOf(PluginError);
    expect((err as Error).message).toBe(`${join(sb.dir, 'elsewhere.txt')} is not inside ${work}`);
  });

  it('all: new, deleted and modified files together, without touching the index', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'keep.txt'), 'keep\n');
    writeFileSync(join(work, 'gone.txt'), 'gone\n');
    sb.git(work, 'add', '.');
    sb.git(work, 'commit', '-q', '-m', 'More files');
    writeFileSync(join(work, 'journal.txt'), 'Day one, edited.\n');
    rmSync(join(work, 'gone.txt'));
    writeFileSync(join(work, 'fresh.txt'), 'fresh\n');
    const before = indexBytes(work);
    const r = await open(work);
    const change = await gatherChange(r, 'all');
    expect(change.file).toBeUndefined();
    expect(change.diff).toContain('+Day one, edited.');
    expect(change.diff).toMatch(/diff --git a\/gone\.txt b\/gone\.txt\ndeleted file mode/);
    expect(change.diff).toMatch(/diff --git a\/fresh\.txt b\/fresh\.txt\nnew file mode/);
    expect(change.diff).not.toContain('keep.txt');
    expect(indexBytes(work).equals(before)).toBe(true);
    expect(leftovers(work)).toEqual([]);
  });

  it('staged: only what is staged, not other changes in the work tree', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'staged.txt'), 'in the index\n');
    sb.git(work, 'add', '--', 'staged.txt');
    writeFileSync(join(work, 'journal.txt'), 'Not staged.\n');
    writeFileSync(join(work, 'untracked.txt'), 'no\n');
    const r = await open(work);
    const change = await gatherChange(r, 'staged');
    expect(change.diff).toContain('+in the index');
    expect(change.diff).not.toContain('journal.txt');
    expect(change.diff).not.toContain('untracked.txt');
  });

  it('refuses an ignored file with a PluginError that names .gitignore', async () => {
    const { work } = repo();
    writeFileSync(join(work, '.gitignore'), '*.log\n');
    writeFileSync(join(work, 'debug.log'), 'noise\n');
    const before = indexBytes(work);
    const r = await open(work);
    const err = await rejection(gatherChange(r, 'file', join(work, 'debug.log')));
    expect(err).toBeInstanceOf(PluginError);
    expect(err).not.toBeInstanceOf(GitError);
    expect((err as Error).message).toBe(
      `${join(work, 'debug.log')} is ignored by .gitignore (line 1: *.log): git will not commit it (git add -f would force it)`,
    );
    expect(indexBytes(work).equals(before)).toBe(true);
    expect(leftovers(work)).toEqual([]);
  });

  it('names .git/info/exclude, or the global excludes file, when that is what ignores the file', async () => {
    const { work } = repo();
    writeFileSync(join(work, '.git/info/exclude'), '# local\n*.tmp\n');
    writeFileSync(join(work, 'draft.tmp'), 'x\n');
    const global = join(sb.dir, `global-ignore-${counter}`);
    writeFileSync(global, '*.bak\n');
    sb.git(work, 'config', 'core.excludesFile', global);
    writeFileSync(join(work, 'old.bak'), 'x\n');
    const r = await open(work);
    const local = await rejection(gatherChange(r, 'file', join(work, 'draft.tmp')));
    expect((local as Error).message).toBe(`${join(work, 'draft.tmp')} is ignored by .git/info/exclude (line 2: *.tmp): git will not commit it (git add -f would force it)`);
    const theirs = await rejection(gatherChange(r, 'file', join(work, 'old.bak')));
    expect((theirs as Error).message).toBe(
      `${join(work, 'old.bak')} is ignored by your global excludes file ${global} (core.excludesFile, line 1: *.bak): git will not commit it (git add -f would force it)`,
    );
  });

  it('names the .gitignore of a subfolder, for a file with spaces in its name', async () => {
    const { work } = repo();
    mkdirSync(join(work, 'notes dir'));
    writeFileSync(join(work, 'notes dir/.gitignore'), 'scratch*\n');
    writeFileSync(join(work, 'notes dir/scratch [1].txt'), 'x\n');
    const r = await open(work);
    const err = await rejection(gatherChange(r, 'file', join(work, 'notes dir/scratch [1].txt')));
    expect((err as Error).message).toContain('is ignored by notes dir/.gitignore (line 1: scratch*)');
  });

  it('works in a repository where nothing was ever added (no index file)', async () => {
    const work = join(sb.dir, `fresh${++counter}`);
    mkdirSync(work);
    sb.git(work, 'init', '-q');
    writeFileSync(join(work, 'first.txt'), 'hello\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'first.txt'));
    expect(change.diff).toContain('new file mode');
    expect(change.diff).toContain('+hello');
    expect(existsSync(join(work, '.git', 'index'))).toBe(false);
    expect(leftovers(work)).toEqual([]);
  });
});

describe('checkCommittable', () => {
  /** A repository with `journal.txt` changed differently on master and on `side`. */
  function diverged(): Repo {
    const r = repo({ remote: false });
    sb.git(r.work, 'checkout', '-q', '-b', 'side');
    writeFileSync(join(r.work, 'journal.txt'), 'Side version.\n');
    sb.git(r.work, 'commit', '-q', '-am', 'Side');
    sb.git(r.work, 'checkout', '-q', 'master');
    writeFileSync(join(r.work, 'journal.txt'), 'Master version.\n');
    sb.git(r.work, 'commit', '-q', '-am', 'Master');
    return r;
  }

  function failingGit(cwd: string, ...args: string[]): void {
    expect(() => sb.git(cwd, ...args)).toThrow();
  }

  it('accepts an ordinary repository', async () => {
    const { work } = repo();
    await expect(checkCommittable(await open(work), 'all')).resolves.toBeUndefined();
  });

  it('refuses during a merge with conflicts', async () => {
    const { work } = diverged();
    failingGit(work, 'merge', '-q', 'side');
    expect(existsSync(join(work, '.git', 'MERGE_HEAD'))).toBe(true);
    const err = await rejection(checkCommittable(await open(work), 'file'));
    expect(err).toBeInstanceOf(PluginError);
    expect((err as Error).message).toBe(`a merge is in progress in ${work}: finish it with git first (committing now would be part of it)`);
  });

  it('refuses during a rebase (rebase-merge)', async () => {
    const { work } = diverged();
    failingGit(work, 'rebase', '-q', 'side');
    expect(existsSync(join(work, '.git', 'rebase-merge'))).toBe(true);
    const err = await rejection(checkCommittable(await open(work), 'file'));
    expect((err as Error).message).toMatch(/^a rebase is in progress in /);
  });

  /** A conflicting `git stash pop` on journal.txt: unmerged entries, and no MERGE_HEAD to tell. */
  function stashConflict(): Repo {
    const r = diverged();
    const { work } = r;
    sb.git(work, 'checkout', '-q', 'side');
    writeFileSync(join(work, 'journal.txt'), 'Stashed version.\n');
    sb.git(work, 'stash', '-q');
    sb.git(work, 'checkout', '-q', 'master');
    failingGit(work, 'stash', 'pop', '-q');
    expect(readdirSync(join(work, '.git'))).not.toContain('MERGE_HEAD');
    return r;
  }

  it('refuses unresolved conflicts outside a merge (a conflicting stash pop) for the all and staged scopes', async () => {
    const { work } = stashConflict();
    for (const scope of ['all', 'staged'] as const) {
      const err = await rejection(checkCommittable(await open(work), scope));
      expect(err).toBeInstanceOf(PluginError);
      expect((err as Error).message).toMatch(/has unresolved conflicts: fix them and mark them resolved with git add/);
    }
  });

  it('file scope: refuses the conflicted file itself, and commits another file as git does', async () => {
    const { work } = stashConflict();
    const r = await open(work);
    await expect(checkCommittable(r, 'file')).resolves.toBeUndefined();
    const err = await rejection(gatherChange(r, 'file', join(work, 'journal.txt')));
    expect(err).toBeInstanceOf(PluginError);
    expect((err as Error).message).toBe('journal.txt has unresolved conflicts: fix them and mark it resolved with git add (committing now would commit the conflict markers)');

    writeFileSync(join(work, 'todo.txt'), 'Unrelated.\n');
    sb.git(work, 'add', '--', 'todo.txt');
    sb.git(work, 'commit', '-q', '--only', '-m', 'todo', '--', 'todo.txt');
    writeFileSync(join(work, 'todo.txt'), 'Unrelated, edited.\n');
    const change = await gatherChange(r, 'file', join(work, 'todo.txt'));
    expect(change.diff).toContain('+Unrelated, edited.');
    await commitChange(r, 'file', change.file, 'Edit the todo list', transcript());
    expect(headFiles(work)).toEqual(['todo.txt']);
    expect(sb.git(work, 'ls-files', '--unmerged')).toContain('journal.txt');
  });

  it('file scope: a conflict resolved in the editor but not yet added is committed, which marks it resolved (as git commit -- file does)', async () => {
    const { work } = stashConflict();
    writeFileSync(join(work, 'journal.txt'), 'Master version.\nStashed version.\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'journal.txt'));
    expect(change.diff).toContain('+Stashed version.');
    await commitChange(r, 'file', change.file, 'Keep both versions', transcript());
    expect(sb.git(work, 'ls-files', '--unmerged')).toBe('');
    expect(sb.git(work, 'show', 'HEAD:journal.txt')).toBe('Master version.\nStashed version.\n');
  });
});

describe('commitChange', () => {
  it('file scope commits only that file; another staged file stays staged and out of the commit', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'other.txt'), 'staged by the user\n');
    sb.git(work, 'add', '--', 'other.txt');
    writeFileSync(join(work, 'journal.txt'), 'Day one.\nDay two.\n');
    const r = await open(work);
    const { file } = await gatherChange(r, 'file', join(work, 'journal.txt'));
    const t = transcript();
    const committed = await commitChange(r, 'file', file, 'Write about day two\n\nIt rained.', t);

    expect(headFiles(work)).toEqual(['journal.txt']);
    expect(sb.git(work, 'log', '-1', '--format=%B').trimEnd()).toBe('Write about day two\n\nIt rained.');
    expect(staged(work)).toEqual(['other.txt']);
    expect(sb.git(work, 'status', '--porcelain', '--', 'journal.txt')).toBe('');
    expect(committed).toEqual({ hash: sb.git(work, 'rev-parse', '--short', 'HEAD').trim(), subject: 'Write about day two' });
    expect(t.commit).toContain('Write about day two');
    // A tracked file needs no git add: commit --only takes it from the work tree.
    expect(t.add).toBeUndefined();
    expect(leftovers(work)).toEqual([]);
  });

  it('file scope commits a new file and a deleted file', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'new.md'), 'New.\n');
    let r = await open(work);
    const t = transcript();
    await commitChange(r, 'file', 'new.md', 'Add new.md', t);
    expect(headFiles(work)).toEqual(['new.md']);
    expect(t.add).toBe("add 'new.md'\n");

    rmSync(join(work, 'journal.txt'));
    r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Remove the journal', transcript());
    expect(sb.git(work, 'show', '--name-status', '--format=', 'HEAD').trim()).toBe('D\tjournal.txt');
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });

  it('all scope commits new, deleted and modified files', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'gone.txt'), 'x\n');
    sb.git(work, 'add', '--', 'gone.txt');
    sb.git(work, 'commit', '-q', '-m', 'gone');
    rmSync(join(work, 'gone.txt'));
    writeFileSync(join(work, 'journal.txt'), 'Edited.\n');
    writeFileSync(join(work, 'fresh.txt'), 'fresh\n');
    const r = await open(work);
    await commitChange(r, 'all', undefined, 'Everything', transcript());
    expect(sb.git(work, 'show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      'A\tfresh.txt',
      'D\tgone.txt',
      'M\tjournal.txt',
    ]);
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });

  it('staged scope commits what is staged and leaves the rest of the work tree alone', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'staged.txt'), 'yes\n');
    sb.git(work, 'add', '--', 'staged.txt');
    writeFileSync(join(work, 'journal.txt'), 'Unstaged edit.\n');
    const r = await open(work);
    await commitChange(r, 'staged', undefined, 'Only the staged file', transcript());
    expect(headFiles(work)).toEqual(['staged.txt']);
    expect(sb.git(work, 'status', '--porcelain')).toBe(' M journal.txt\n');
  });

  it('reads the subject git made from its summary line, after a commit-msg hook, on a branch whose name holds "]"', async () => {
    const { work } = repo();
    sb.git(work, 'checkout', '-q', '-b', 'fix]odd');
    writeFileSync(join(work, '.git', 'hooks', 'commit-msg'), '#!/bin/sh\nprintf "Rewritten [by] the hook\\n" > "$1"\n');
    chmodSync(join(work, '.git', 'hooks', 'commit-msg'), 0o755);
    writeFileSync(join(work, 'journal.txt'), 'Odd branch.\n');
    const r = await open(work);
    const committed = await commitChange(r, 'file', 'journal.txt', 'As written', transcript());
    expect(committed).toEqual({ hash: sb.git(work, 'rev-parse', '--short', 'HEAD').trim(), subject: 'Rewritten [by] the hook' });
  });

  it('keeps the message as written apart from whitespace: a # line is not a comment to git here', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'journal.txt'), 'x\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Fix the list\n\n#12 was wrong  ', transcript());
    expect(sb.git(work, 'log', '-1', '--format=%B').trimEnd()).toBe('Fix the list\n\n#12 was wrong');
  });

  it('refused by a failing pre-commit hook: GitError with the hook\'s words, index byte-identical, nothing left behind', async () => {
    const { work } = repo();
    const hook = join(work, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "journal-lint: line 2 has trailing spaces" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    writeFileSync(join(work, 'staged.txt'), 'staged\n');
    sb.git(work, 'add', '--', 'staged.txt');
    writeFileSync(join(work, 'journal.txt'), 'Edited.\n');
    writeFileSync(join(work, 'new.txt'), 'untracked\n');
    const before = indexBytes(work);
    const head = sb.git(work, 'rev-parse', 'HEAD');

    for (const [scope, file] of [['file', 'journal.txt'], ['all', undefined]] as const) {
      const r = await open(work);
      const t = transcript();
      const err = await rejection(commitChange(r, scope, file, 'Edit the journal\n\nA body.', t));
      expect(err).toBeInstanceOf(GitError);
      expect((err as GitError).gitMessage).toContain('journal-lint: line 2 has trailing spaces');
      expect(t.commit).toContain('journal-lint: line 2 has trailing spaces');
      expect(indexBytes(work).equals(before)).toBe(true);
      expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
      expect(leftovers(work)).toEqual([]);
    }
    expect(sb.git(work, 'status', '--porcelain')).toBe(' M journal.txt\nA  staged.txt\n?? new.txt\n');
  });

  it('two commits at once in one repository, a slow pre-commit hook between: each gets its own message and its own file', async () => {
    const { work } = repo();
    const given = join(sb.dir, `given${counter}.txt`);
    const gate = join(sb.dir, `gate${counter}`);
    // The hook writes down the message file git was given (git's own --file=, read from the
    // hook's parent) and what it held, then holds the commit until the gate opens.
    const hook = join(work, '.git', 'hooks', 'pre-commit');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        `f=$(tr '\\0' '\\n' < /proc/$PPID/cmdline | sed -n 's/^--file=//p')`,
        `printf '%s\\t%s\\n' "$f" "$(cat "$f")" >> '${given}'`,
        `while [ ! -f '${gate}' ]; do sleep 0.02; done`,
        '',
      ].join('\n'),
    );
    chmodSync(hook, 0o755);
    writeFileSync(join(work, 'a.txt'), 'a\n');
    writeFileSync(join(work, 'b.txt'), 'b\n');
    sb.git(work, 'add', '--', 'a.txt', 'b.txt');
    sb.git(work, 'commit', '-qm', 'Add a and b', '--no-verify');
    writeFileSync(join(work, 'a.txt'), 'a, edited\n');
    writeFileSync(join(work, 'b.txt'), 'b, edited\n');
    // Two Repository objects, as two editors have.
    const [ra, rb] = await Promise.all([open(work), open(work)]);
    try {
      const first = commitChange(ra, 'file', 'a.txt', 'Describe a.txt', transcript());
      await waitFor(() => existsSync(given)); // the first is in its hook
      let waitedFor = '';
      const second = commitChange(rb, 'file', 'b.txt', 'Describe b.txt', transcript(), { onWait: (h) => (waitedFor = h.what) });
      await waitFor(() => waitedFor !== '');
      expect(waitedFor).toBe('a.txt');
      writeFileSync(gate, '');
      await Promise.all([first, second]);
    } finally {
      writeFileSync(gate, ''); // never leave a hook waiting
    }
    const records = readFileSync(given, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    expect(records.map(([, text]) => text)).toEqual(['Describe a.txt', 'Describe b.txt']);
    const own = new RegExp(`/\\.git/git-commit-push/message-${process.pid}-\\d+\\.txt$`);
    const [fa = '', fb = ''] = records.map(([file]) => file);
    expect(fa).toMatch(own);
    expect(fb).toMatch(own);
    expect(fa).not.toBe(fb);
    const log = sb.git(work, 'log', '-2', '--format=%s', '--name-only').split('\n').filter(Boolean);
    expect(log).toEqual(['Describe b.txt', 'b.txt', 'Describe a.txt', 'a.txt']);
    expect(leftovers(work)).toEqual([]);
  });

  it('nothing to commit is a GitError with git\'s words, and the index is kept', async () => {
    const { work } = repo();
    const before = indexBytes(work);
    const r = await open(work);
    const err = await rejection(commitChange(r, 'all', undefined, 'Nothing', transcript()));
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).gitMessage).toMatch(/nothing to commit/);
    expect(indexBytes(work).equals(before)).toBe(true);
  });

  it('makes the first commit on an unborn branch and reads its hash from "(root-commit)"', async () => {
    const work = join(sb.dir, `first${++counter}`);
    mkdirSync(work);
    sb.git(work, 'init', '-q');
    writeFileSync(join(work, 'journal.txt'), 'Day zero.\n');
    const r = await open(work);
    expect((await recentSubjects(r)).subjects).toEqual([]);
    const t = transcript();
    const committed = await commitChange(r, 'file', 'journal.txt', 'Start the journal', t);
    expect(t.commit).toContain('(root-commit)');
    expect(committed.hash).toBe(sb.git(work, 'rev-parse', '--short', 'HEAD').trim());
    expect(committed.hash).toMatch(/^[0-9a-f]{7,40}$/);
    expect(subject(work)).toBe('Start the journal');
  });

  it('commits a file named "-n": the path is never read as an option', async () => {
    const { work } = repo();
    writeFileSync(join(work, '-n'), 'a file with a hostile name\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, '-n'));
    expect(change.file).toBe('-n');
    expect(change.diff).toContain('+a file with a hostile name');
    await commitChange(r, 'file', change.file, 'Add -n', transcript());
    expect(headFiles(work)).toEqual(['-n']);
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });

  it('commits a file with spaces and non-ASCII letters in its name', async () => {
    const { work } = repo();
    writeFileSync(join(work, 'café notes.md'), 'Croissant.\n');
    const r = await open(work);
    const change = await gatherChange(r, 'file', join(work, 'café notes.md'));
    expect(change.diff).toContain('b/café notes.md');
    await commitChange(r, 'file', change.file, 'Add café notes', transcript());
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });
});

describe('push', () => {
  it('pushes to the upstream (a bare remote given by path)', async () => {
    const { work, bare } = repo();
    writeFileSync(join(work, 'journal.txt'), 'Day two.\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Day two', transcript());
    const plan = planPush(r.branch, r.config);
    expect(plan).toMatchObject({ kind: 'git', remote: 'origin', ref: 'refs/heads/master' });
    const t = transcript();
    const pushed = await push(r, plan, t);
    expect(pushed).toEqual({ to: `origin/master (${bare})`, upToDate: false });
    expect(sb.git(bare, 'rev-parse', 'master')).toBe(sb.git(work, 'rev-parse', 'HEAD'));
    expect(t.push).toContain('-> master');
  });

  it('pushes with --set-upstream when the branch has none, and the upstream is configured afterwards', async () => {
    const { work, bare } = repo({ upstream: false });
    const r = await open(work);
    const plan = planPush(r.branch, r.config);
    expect(plan).toEqual({ kind: 'set-upstream', remote: 'origin', branch: 'master', describe: `origin/master (${bare}), new upstream` });
    await push(r, plan, transcript());
    expect(sb.git(bare, 'rev-parse', 'master')).toBe(sb.git(work, 'rev-parse', 'HEAD'));
    expect(sb.git(work, 'config', 'branch.master.remote').trim()).toBe('origin');
    expect(sb.git(work, 'config', 'branch.master.merge').trim()).toBe('refs/heads/master');
    const again = await open(work);
    expect(planPush(again.branch, again.config).kind).toBe('git');
  });

  it('pushes a branch whose upstream has another name to that name, with push.default=upstream', async () => {
    const { work, bare } = repo();
    sb.git(work, 'checkout', '-q', '-b', 'local-notes');
    sb.git(work, 'config', 'branch.local-notes.remote', 'origin');
    sb.git(work, 'config', 'branch.local-notes.merge', 'refs/heads/shared-notes');
    sb.git(work, 'config', 'push.default', 'upstream');
    writeFileSync(join(work, 'journal.txt'), 'Shared.\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Shared notes', transcript());
    await push(r, planPush(r.branch, r.config), transcript());
    expect(subject(bare, 'shared-notes')).toBe('Shared notes');
    expect(() => sb.git(bare, 'rev-parse', '--verify', '-q', 'refs/heads/local-notes')).toThrow();
  });

  it('pushes to a local upstream branch (remote ".")', async () => {
    const { work } = repo({ remote: false });
    sb.git(work, 'checkout', '-q', '--track', '-b', 'topic', 'master');
    sb.git(work, 'config', 'push.default', 'upstream');
    writeFileSync(join(work, 'journal.txt'), 'On topic.\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'On topic', transcript());
    const plan = planPush(r.branch, r.config);
    expect(plan).toMatchObject({ kind: 'git', remote: '.', ref: 'refs/heads/master' });
    expect(await push(r, plan, transcript())).toEqual({ to: './master (this repository)', upToDate: false });
    expect(subject(work, 'master')).toBe('On topic');
  });

  it('does nothing for a plan of none', async () => {
    const { work } = repo({ remote: false });
    const r = await open(work);
    const plan = planPush(r.branch, r.config);
    expect(plan.kind).toBe('none');
    const t = transcript();
    expect(await push(r, plan, t)).toBeUndefined();
    expect(t.push).toBeUndefined();
  });

  it("a rejected push (non-fast-forward) is a GitError with git's words, and the commit is kept", async () => {
    const { work, bare } = repo();
    const other = join(sb.dir, `clone${++counter}`);
    sb.git(sb.dir, 'clone', '-q', bare, other);
    writeFileSync(join(other, 'elsewhere.txt'), 'from another machine\n');
    sb.git(other, 'add', '--', 'elsewhere.txt');
    sb.git(other, 'commit', '-q', '-m', 'From the laptop');
    sb.git(other, 'push', '-q');

    writeFileSync(join(work, 'journal.txt'), 'Local edit.\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Local edit', transcript());
    const t = transcript();
    const err = await rejection(push(r, planPush(r.branch, r.config), t));
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).gitMessage).toContain('rejected');
    expect(t.push).toContain('rejected');
    expect(subject(work)).toBe('Local edit');
    expect(subject(bare, 'master')).toBe('From the laptop');
  });

  it('pushes over ssh without prompts (BatchMode), unless the user set core.sshCommand', async () => {
    const { work } = repo();
    // A stand-in ssh on PATH that records how it was called and fails as an unreachable host does.
    const bin = join(sb.dir, `sshbin${counter}`);
    const calls = join(bin, 'calls.txt');
    mkdirSync(bin);
    writeFileSync(join(bin, 'ssh'), `#!/bin/sh\necho "$@" >> '${calls}'\necho "ssh: connect to host example.invalid: no route" >&2\nexit 255\n`);
    chmodSync(join(bin, 'ssh'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path ?? ''}`;
    try {
      sb.git(work, 'remote', 'set-url', 'origin', 'ssh://git@example.invalid/journal.git');
      writeFileSync(join(work, 'journal.txt'), 'Over ssh.\n');
      let r = await open(work);
      await commitChange(r, 'file', 'journal.txt', 'Over ssh', transcript());
      const err = await rejection(push(r, planPush(r.branch, r.config), transcript()));
      expect((err as GitError).gitMessage).toContain('no route');
      expect(readFileSync(calls, 'utf8').split('\n')[0]).toMatch(/^-o BatchMode=yes /);

      sb.git(work, 'config', 'core.sshCommand', 'ssh -i mykey');
      r = await open(work);
      await rejection(push(r, planPush(r.branch, r.config), transcript()));
      expect(readFileSync(calls, 'utf8').split('\n')[1]).toMatch(/^-i mykey /);
    } finally {
      process.env.PATH = path;
    }
  });

  it('a push to a remote that is gone is a GitError naming it', async () => {
    const { work, bare } = repo();
    rmSync(bare, { recursive: true });
    writeFileSync(join(work, 'journal.txt'), 'x\n');
    const r = await open(work);
    await commitChange(r, 'file', 'journal.txt', 'Offline edit', transcript());
    const err = await rejection(push(r, planPush(r.branch, r.config), transcript()));
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).gitMessage).toContain(bare);
    expect(subject(work)).toBe('Offline edit');
  });
});
