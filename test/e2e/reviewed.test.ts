/**
 * What you reviewed is what gets committed, and git decides where it goes (issue 20).
 * Real Neovim, real git, bare remotes; the repository is changed from "a shell" (git run by
 * the test) while the review is open, as a user in another terminal would.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/commit/drafts.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { change, edit, inReview, messageIs } from '../support/flow.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let nv: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about ', 'the day'] } });
});

afterEach(async () => {
  await nv?.stop();
  nv = undefined;
  await fake.close();
  sb.remove();
});

/** A wide screen: the review's comment lines stay one line each (their wrapping at 80 columns is terminal.test.ts's). */
async function start(initLines: string[] = []): Promise<Nvim> {
  nv = await startNvim(sb, { setup: { host: fake.url }, cwd: repo.work, initLines: ['set columns=240', ...initLines] });
  return nv;
}

const git = (...args: string[]) => sb.git(repo.work, ...args).trim();
const bareLog = (ref = 'master') => sb.git(repo.bare, 'log', '--format=%s', ref).trim().split('\n');
const file = (name: string) => join(repo.work, name);
/** What .git holds, less the plugin's own folder (a refusal keeps the message there on purpose). */
const gitDirEntries = () => readdirSync(join(repo.work, '.git')).filter((e) => e !== 'git-commit-push').sort();
const filesOf = (rev: string) => git('show', '--name-only', '--format=', rev).split('\n');

/** The review buffer's lines that start with the comment character. */
async function comments(n: Nvim, c = '#'): Promise<string[]> {
  return (await currentLines(n.nvim)).filter((l) => l.startsWith(c));
}

async function modifiable(n: Nvim): Promise<boolean> {
  return Boolean(await n.nvim.lua('return vim.bo.modifiable and vim.bo.modified'));
}

/** A :w that git refuses for the reason given: the message stays, editable, and unsaved; nothing is written to the repository. */
async function refusedWrite(n: Nvim, reason: RegExp, head: string): Promise<string> {
  await n.nvim.command('write');
  const note = await n.waitForNote(reason, 20_000);
  expect(note.level).toBe(LEVEL.WARN);
  await waitFor(() => modifiable(n));
  expect((await currentLines(n.nvim))[0]).toBe('Write about the day');
  expect(git('rev-parse', 'HEAD')).toBe(head);
  return note.msg;
}

describe('at :w the repository is looked at again', () => {
  it('1. a branch switched in a shell: nothing is committed on it or pushed into main; the review shows the new branch, and :w then commits there', async () => {
    git('switch', '-q', '-c', 'feature');
    writeFileSync(file('notes.txt'), 'WIP\n');
    git('add', '--', 'notes.txt');
    git('commit', '-qm', 'Feature WIP');
    git('switch', '-q', 'master');
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.command('write');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    expect(await comments(n)).toContain('# Branch: master');
    const masterHead = git('rev-parse', 'HEAD');
    git('switch', '-q', 'feature'); // the change comes along
    const featureHead = git('rev-parse', 'HEAD');
    const msg = await refusedWrite(n, /the branch is feature now, not master/, featureHead);
    expect(msg).toMatch(/:w commits that/);
    expect(bareLog()).toEqual(['Start the journal']);
    expect(git('rev-parse', 'master')).toBe(masterHead);
    await waitFor(async () => (await comments(n)).includes('# Branch: feature'));
    // Seen: the second :w commits on feature, and git pushes it where it would (a new upstream).
    await n.nvim.command('write');
    await n.waitForNote(/pushed to origin\/feature/, 20_000);
    expect(git('log', '-1', '--format=%s', 'feature')).toBe('Write about the day');
    expect(bareLog()).toEqual(['Start the journal']);
    expect(bareLog('feature')[0]).toBe('Write about the day');
  });

  it('2. a merge started with a conflict in a shell: nothing is committed, no conflict markers pushed, and the user is told to finish it', async () => {
    writeFileSync(file('README.md'), 'base\n');
    git('add', '--', 'README.md');
    git('commit', '-qm', 'Add README');
    git('push', '-q');
    git('switch', '-q', '-c', 'other');
    writeFileSync(file('README.md'), 'theirs\n');
    git('commit', '-qam', 'Theirs');
    git('switch', '-q', 'master');
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.command('write');
    await n.nvim.command('GitCommitPush all');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    writeFileSync(file('README.md'), 'ours\n');
    git('commit', '-qm', 'Ours', '--', 'README.md');
    const head = git('rev-parse', 'HEAD');
    expect(() => git('merge', 'other')).toThrow();
    expect(existsSync(join(repo.work, '.git/MERGE_HEAD'))).toBe(true);
    const msg = await refusedWrite(n, /a merge is in progress since the review/, head);
    expect(msg).toMatch(/finish that with git/);
    expect(sb.git(repo.bare, 'show', 'master:README.md')).toBe('base\n');
    expect(readFileSync(file('README.md'), 'utf8')).toContain('<<<<<<<');
  });

  it('3. files that appear after the review opened are never committed silently: listed, the secret first, and committed only by a second :w', async () => {
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.command('write');
    await n.nvim.command('GitCommitPush all');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    expect((await comments(n)).filter((l) => l.startsWith('#   '))).toEqual(['#   journal.txt']);
    writeFileSync(file('.env'), 'AWS_SECRET_ACCESS_KEY=Xq8vR2mT7pL4nW9sK3jH6fD1gB5cZ0aE8yU2iO4r\n');
    writeFileSync(file('core'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    const head = git('rev-parse', 'HEAD');
    const msg = await refusedWrite(n, /\.env, core are changed since the review/, head);
    expect(msg).toMatch(/shows the change as it is now/);
    expect(bareLog()).toEqual(['Start the journal']);
    await waitFor(async () => (await comments(n)).some((l) => l.includes('.env')));
    const listed = (await comments(n)).filter((l) => l.startsWith('#   '));
    expect(listed[0]).toBe('#   .env (SECRET: committed with the rest, its contents never sent to the model; new; appeared since the review opened)');
    expect(listed).toContain('#   core (new; appeared since the review opened)');
  });

  it('3b. staged: a file staged after the review opened is not committed', async () => {
    writeFileSync(file('a.txt'), 'a\n');
    writeFileSync(file('b.txt'), 'b\n');
    git('add', '--', 'a.txt');
    const n = await start();
    await edit(n, file('a.txt'));
    await n.nvim.command('GitCommitPush staged');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    git('add', '--', 'b.txt');
    const head = git('rev-parse', 'HEAD');
    await refusedWrite(n, /b\.txt is staged since the review/, head);
    expect(bareLog()).toEqual(['Start the journal']);
  });

  it('nothing of the repository is touched by a refusal: the index and .git hold what they held', async () => {
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.command('write');
    await n.nvim.command('GitCommitPush all');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    writeFileSync(file('new.txt'), 'new\n');
    const index = readFileSync(join(repo.work, '.git/index'));
    const before = gitDirEntries();
    await refusedWrite(n, /new\.txt is changed since the review/, git('rev-parse', 'HEAD'));
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    expect(gitDirEntries()).toEqual(before);
    // The message is on disk for the next run, as after any refusal.
    expect(readFileSync(draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'all' }), 'utf8').trim()).toBe('Write about the day');
  });
});

describe('the push is git\'s', () => {
  async function commitJournal(n: Nvim): Promise<void> {
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
  }

  it('4. push.default=nothing: committed, not pushed, as git push would not, and the review says so first', async () => {
    git('config', 'push.default', 'nothing');
    const n = await start();
    await commitJournal(n);
    expect(await comments(n)).toContain('# Push: nowhere (push.default is nothing: git push pushes nothing; commit only)');
    await n.nvim.command('write');
    const note = await n.waitForNote(/committed \w+ /, 20_000);
    expect(note.msg).toMatch(/push\.default is nothing, so not pushed/);
    expect(bareLog()).toEqual(['Start the journal']);
    expect(git('log', '-1', '--format=%s')).toBe('Write about the day');
  });

  it('5. remote.origin.push = HEAD:refs/for/master (a review ref): the commit goes there, never to refs/heads/master', async () => {
    git('config', 'remote.origin.push', 'HEAD:refs/for/master');
    const n = await start();
    await commitJournal(n);
    expect(await comments(n)).toContain(`# Push: origin:refs/for/master (${repo.bare})`);
    await n.nvim.command('write');
    const note = await n.waitForNote(/pushed/, 20_000);
    expect(note.msg).toContain('pushed to origin:refs/for/master');
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'refs/for/master').trim()).toBe('Write about the day');
    expect(bareLog()).toEqual(['Start the journal']);
  });

  it('6. a pushurl: the commit goes to it, and the review and the notice name it, not the fetch URL', async () => {
    const mirror = join(sb.dir, 'mirror.git');
    sb.git(sb.dir, 'clone', '-q', '--bare', repo.bare, mirror);
    git('config', 'remote.origin.pushurl', mirror);
    const n = await start(['let g:done = {}', 'autocmd User GitCommitPushDone let g:done = copy(g:git_commit_push_last)']);
    await commitJournal(n);
    expect(await comments(n)).toContain(`# Push: origin/master (${mirror})`);
    await n.nvim.command('write');
    const note = await n.waitForNote(/pushed/, 20_000);
    expect(note.msg).not.toContain(repo.bare);
    expect(sb.git(mirror, 'log', '-1', '--format=%s', 'master').trim()).toBe('Write about the day');
    expect(bareLog()).toEqual(['Start the journal']);
    const done = (await n.nvim.getVar('done')) as Record<string, unknown>;
    expect(done.to).toBe(`origin/master (${mirror})`);
  });
});

describe('a commit that waits on its signer', () => {
  it('7. says so in the review, and :GitCommitPush cancel ends it: nothing committed, the message kept and editable', async () => {
    const signer = join(sb.dir, 'slow-signer');
    const started = join(sb.dir, 'signer-started');
    writeFileSync(signer, `#!/bin/sh\ntouch '${started}'\nexec sleep 600\n`);
    chmodSync(signer, 0o755);
    git('config', 'commit.gpgsign', 'true');
    git('config', 'gpg.program', signer);
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    const head = git('rev-parse', 'HEAD');
    await n.nvim.command('write');
    await waitFor(() => existsSync(started), 20_000);
    await waitFor(async () => (await comments(n)).some((l) => l.startsWith(`# Status: committing: ${signer} signs it`)));
    await n.nvim.command('GitCommitPush cancel');
    await n.waitForNote(/cancelled: nothing committed, your message is kept/, 20_000);
    await waitFor(() => modifiable(n));
    expect((await currentLines(n.nvim))[0]).toBe('Write about the day');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(bareLog()).toEqual(['Start the journal']);
  });

  it('7b. a signer that cannot ask for its passphrase fails with a reason that says what to do, and the message is kept', async () => {
    const signer = join(sb.dir, 'tty-signer');
    const tried = join(sb.dir, 'tty-result');
    // As pinentry-curses does: ask on the terminal. It has none to draw on.
    writeFileSync(signer, `#!/bin/sh\nif (: > /dev/tty) 2>/dev/null; then echo got-a-terminal > '${tried}'; else echo no-terminal > '${tried}'; fi\nexit 2\n`);
    chmodSync(signer, 0o755);
    git('config', 'commit.gpgsign', 'true');
    git('config', 'gpg.program', signer);
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    await n.nvim.command('write');
    const note = await n.waitForNote(/commit refused/, 20_000);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(note.msg).toContain("a passphrase can come only from the signer's agent or a graphical pinentry here");
    expect(readFileSync(tried, 'utf8').trim()).toBe('no-terminal');
    await waitFor(() => modifiable(n));
    expect((await comments(n)).at(-1)).toBe('# Status: the commit was refused: fix the cause and :w again');
  });
});

describe('comment lines follow git', () => {
  it('8. core.commentChar=";": the review\'s lines start with ";", a typed "#123" line is kept, a ";" line is not', async () => {
    git('config', 'core.commentChar', ';');
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    expect(await comments(n, ';')).toContain('; Branch: master');
    expect(await comments(n, '#')).toEqual([]);
    await n.nvim.input('o<CR>#123 reported this<CR>; a note to myself<Esc>');
    await n.nvim.command('write');
    await n.waitForNote(/pushed/, 20_000);
    expect(git('log', '-1', '--format=%B')).toBe('Write about the day\n\n#123 reported this');
  });

  it('8b. core.commentChar=auto: a message with a "#" line keeps it, and the review\'s lines take another character', async () => {
    git('config', 'core.commentChar', 'auto');
    await fake.close();
    fake = await startFakeOllama({ gemma3: { chunks: ['Fix the login form\n\n', '#42 was the cause'] } });
    const n = await start();
    await change(n, file('journal.txt'), 'Day two.');
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Fix the login form');
    await waitFor(async () => (await comments(n, ';')).length > 0);
    await n.nvim.command('write');
    await n.waitForNote(/pushed/, 20_000);
    expect(git('log', '-1', '--format=%B')).toBe('Fix the login form\n\n#42 was the cause');
  });
});

describe('the small ones', () => {
  it('9. a stale index.lock: the refusal says so in git\'s words, names the file as the user does, and leaves nothing behind in .git', async () => {
    writeFileSync(file('new.txt'), 'new\n');
    const n = await start();
    await edit(n, file('new.txt'));
    await n.nvim.input('\\g');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    writeFileSync(join(repo.work, '.git/index.lock'), '');
    const before = gitDirEntries();
    await n.nvim.command('write');
    const note = await n.waitForNote(/commit refused/, 20_000);
    expect(note.msg).toMatch(/index\.lock/);
    expect(note.msg).not.toContain(':(literal)');
    expect(gitDirEntries()).toEqual(before);
    await waitFor(async () => (await comments(n)).at(-1) === '# Status: the commit was refused: fix the cause and :w again');
    expect(filesOf('HEAD')).toEqual(['journal.txt']);
  });
});

describe('secret files are never committed unseen (issue 21, 1)', () => {
  const AWS = 'AWS_SECRET_ACCESS_KEY=Xq8vR2mT7pL4nW9sK3jH6fD1gB5cZ0aE8yU2iO4r\n';
  const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';

  it(':GitCommitPush all noreview commits the rest, leaves .env and id_rsa out, and says how to commit them', async () => {
    writeFileSync(file('notes.txt'), 'A new file.\n');
    writeFileSync(file('.env'), AWS);
    writeFileSync(file('id_rsa'), KEY);
    const n = await start();
    await edit(n, file('notes.txt'));
    await n.nvim.command('GitCommitPush all noreview');
    const warned = await n.waitForNote(/left out of the commit/, 20_000);
    expect(warned.level).toBe(LEVEL.WARN);
    expect(warned.msg).toMatch(/\.env, id_rsa \(secret files\)/);
    await n.waitForNote(/pushed/, 20_000);
    expect(filesOf('HEAD')).toEqual(['notes.txt']);
    expect(git('status', '--porcelain', '--untracked-files=all').split('\n').sort()).toEqual(['?? .env', '?? id_rsa']);
    expect(sb.git(repo.bare, 'ls-tree', '-r', '--name-only', 'master').trim().split('\n').sort()).toEqual(['journal.txt', 'notes.txt']);
    const sent = JSON.stringify(fake.chatRequests().map((q) => q.body));
    expect(sent).not.toContain('.env');
  });

  it('staged noreview: a staged secret stays staged and out of the commit; the rest is committed as staged', async () => {
    writeFileSync(file('notes.txt'), 'A new file.\n');
    writeFileSync(file('.env'), AWS);
    git('add', '--', 'notes.txt', '.env');
    const n = await start();
    await edit(n, file('notes.txt'));
    await n.nvim.command('GitCommitPush staged noreview');
    await n.waitForNote(/left out of the commit: \.env/, 20_000);
    await n.waitForNote(/pushed/, 20_000);
    expect(filesOf('HEAD')).toEqual(['notes.txt']);
    expect(git('status', '--porcelain')).toBe('A  .env');
  });

  it('file scope noreview on a secret file commits nothing and says a review commits it', async () => {
    writeFileSync(file('.env'), AWS);
    const n = await start();
    await edit(n, file('.env'));
    await n.nvim.command('GitCommitPush noreview');
    const note = await n.waitForNote(/nothing committed: \.env is a secret file/, 20_000);
    expect(note.msg).toMatch(/review/);
    expect(git('log', '-1', '--format=%s')).toBe('Start the journal');
    expect(fake.chatRequests()).toEqual([]);
  });

  it('with a review, the secret file is listed first and called secret, and :w commits it', async () => {
    writeFileSync(file('notes.txt'), 'A new file.\n');
    writeFileSync(file('.env'), AWS);
    const n = await start();
    await edit(n, file('notes.txt'));
    await n.nvim.command('GitCommitPush all');
    await inReview(n);
    await messageIs(n, 'Write about the day');
    const listed = (await comments(n)).filter((l) => l.startsWith('#   '));
    expect(listed[0]).toBe('#   .env (SECRET: committed with the rest, its contents never sent to the model; new)');
    await n.nvim.command('write');
    await n.waitForNote(/pushed/, 20_000);
    expect(filesOf('HEAD').sort()).toEqual(['.env', 'notes.txt']);
  });
});
