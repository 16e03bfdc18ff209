/**
 * Nothing lost, nothing blocked: faults and awkward inputs, each against real
 * git and, where it is about the editor, real Neovim.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/commit/drafts.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { alive, change as changeFile, childPids, edit, hook as installHook, inReview, messageIs } from '../support/flow.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

const MESSAGE = 'Write about the first snow of the year';
let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let n: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  repo = makeRepo(sb);
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about', ' the first', ' snow of the year'] } });
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake.close();
  sb.remove();
});

async function start(setup: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): Promise<Nvim> {
  n = await startNvim(sb, { setup: { host: fake.url, ...setup }, cwd: repo.work, env });
  return n;
}

const change = (nv: Nvim, file = join(repo.work, 'journal.txt'), text = 'A new line.') => changeFile(nv, file, text);
const hook = (name: string, body: string, dir = join(repo.work, '.git/hooks')) => installHook(dir, name, body);

const head = (dir = repo.work) => sb.git(dir, 'rev-parse', 'HEAD').trim();
/** Where the review of `file` (file scope) keeps its draft. */
const savedMessage = (file = 'journal.txt') => draftPath({ gitDir: join(repo.work, '.git') }, { scope: 'file', file });

describe('the message survives', () => {
  it('a failing pre-commit hook: nothing committed, git\'s words shown, the buffer keeps the message, and the next run offers it', async () => {
    hook('pre-commit', 'echo "lint: trailing whitespace in journal.txt" >&2; exit 1');
    const nv = await start();
    await change(nv);
    const before = head();
    const index = readFileSync(join(repo.work, '.git/index'));
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.lua("vim.api.nvim_buf_set_lines(0, 0, 1, false, {'My careful words'})");
    await nv.nvim.command('write');
    const note = await nv.waitForNote(/commit refused/);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(note.msg).toBe(
      [
        'git-commit-push: commit refused: lint: trailing whitespace in journal.txt; your message is kept, :w again once fixed',
        'lint: trailing whitespace in journal.txt',
        'Your message is kept: fix the cause and :w again (or :q! to give up).',
      ].join('\n'),
    );
    expect(head()).toBe(before);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    // Still open, unsaved, with the user's words.
    expect((await currentLines(nv.nvim))[0]).toBe('My careful words');
    expect(await nv.nvim.lua('return vim.bo.modified')).toBe(true);
    expect(readFileSync(savedMessage(), 'utf8')).toBe('My careful words\n');

    // Closing it does not throw the words away: the next run offers them, without asking the model.
    await nv.nvim.command('bwipeout!');
    await nv.waitForNote(/your message is saved/);
    unlinkSync(join(repo.work, '.git/hooks/pre-commit'));
    const asked = fake.chatRequests().length;
    await edit(nv, join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, 'My careful words');
    expect(fake.chatRequests()).toHaveLength(asked);
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim()).toBe('My careful words');
    expect(existsSync(savedMessage())).toBe(false);
  });

  it('a refused commit after :wq reopens the review buffer with the message', async () => {
    hook('commit-msg', 'echo "commit-msg: needs a ticket number" >&2; exit 1');
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.command('wq');
    await nv.waitForNote(/commit refused.*needs a ticket number/s);
    await inReview(nv);
    expect((await currentLines(nv.nvim))[0]).toBe(MESSAGE);
    // On disk too: a Neovim that quits now loses nothing.
    expect(readFileSync(savedMessage(), 'utf8')).toBe(`${MESSAGE}\n`);
  });

  it('a refused push keeps the commit, says what to do, and a later \\g works normally', async () => {
    // Someone else pushed first: a non-fast-forward.
    const other = join(sb.dir, 'other');
    sb.git(sb.dir, 'clone', '-q', repo.bare, other);
    writeFileSync(join(other, 'elsewhere.txt'), 'x\n');
    sb.git(other, 'add', '--', 'elsewhere.txt');
    sb.git(other, 'commit', '-qm', 'Elsewhere');
    sb.git(other, 'push', '-q');
    const nv = await start({ review: false });
    await change(nv);
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/push to .* failed/);
    expect(note.level).toBe(LEVEL.ERROR);
    const hash = sb.git(repo.work, 'rev-parse', '--short', 'HEAD').trim();
    expect(note.msg.split('\n')).toEqual([
      `git-commit-push: committed ${hash}, but the push to origin/master (${repo.bare}) failed, the remote has new commits: git pull --rebase, then :GitCommitPush push`,
      `The commit is safe (${hash} "${MESSAGE}"); git said:`,
      '! [rejected] master -> master (fetch first)',
      `error: failed to push some refs to '${repo.bare}'`,
    ]);
    expect(note.msg).not.toMatch(/\t|hint:/);
    expect(sb.git(repo.work, 'log', '-1', '--format=%s').trim()).toBe(MESSAGE);

    await change(nv, join(repo.work, 'journal.txt'), 'Another line.');
    await nv.nvim.input('\\g');
    await waitFor(async () => (await nv.notes()).filter((x) => /push to .* failed/.test(x.msg)).length === 2);
    expect(sb.git(repo.work, 'rev-list', '--count', 'origin/master..HEAD').trim()).toBe('2');
  });

  it('Neovim quitting mid-edit keeps what the user typed, and the next Neovim offers it', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.input('ccTyped by hand<Esc>');
    await waitFor(() => existsSync(savedMessage()) && readFileSync(savedMessage(), 'utf8').includes('Typed by hand'));
    await nv.stop();
    expect(readFileSync(savedMessage(), 'utf8')).toContain('Typed by hand');

    const again = await start();
    await edit(again, join(repo.work, 'journal.txt'));
    await again.nvim.input('\\g');
    await inReview(again);
    await messageIs(again, 'Typed by hand');
  });

  it('Neovim quitting with the model\'s message untouched keeps nothing: the next run asks the model again', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.stop();
    expect(existsSync(savedMessage())).toBe(false);
  });

  it('review = false never commits a message saved from an earlier run unseen: it opens it for review', async () => {
    mkdirSync(dirname(savedMessage()), { recursive: true });
    writeFileSync(savedMessage(), 'Written for an earlier change\n');
    const nv = await start({ review: false });
    await change(nv);
    const before = head();
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/was never committed: it opens for review/);
    expect(note.level).toBe(LEVEL.INFO);
    await inReview(nv);
    await messageIs(nv, 'Written for an earlier change');
    expect(head()).toBe(before);
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it(':GitCommitPush output in the review buffer shows the output and keeps the message; other arguments change nothing', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.input('ccMy own words<Esc>');
    await messageIs(nv, 'My own words');
    await nv.nvim.command('GitCommitPush all');
    const note = await nv.waitForNote(/this is a review buffer/);
    expect(note.level).toBe(LEVEL.INFO);
    // No commit yet: the output window holds the plugin's messages, in full; q closes it.
    await nv.nvim.command('GitCommitPush output');
    const bufName = async () => String(await nv.nvim.lua('return vim.api.nvim_buf_get_name(0)'));
    await waitFor(async () => (await bufName()) === 'git-commit-push://output');
    const out = await currentLines(nv.nvim);
    expect(out[0]).toBe('Messages (newest last):');
    expect(out[1]).toMatch(/^\d\d:\d\d:\d\d git-commit-push: this is a review buffer: :GitCommitPush alone regenerates/);
    await nv.nvim.input('q');
    await waitFor(async () => (await bufName()) === `git-commit-push://${repo.work}`);
    expect((await currentLines(nv.nvim))[0]).toBe('My own words');
    expect(fake.chatRequests()).toHaveLength(1);
    expect(readFileSync(savedMessage(), 'utf8')).toContain('My own words');
  });

  it('the node host dying mid-edit loses nothing the user typed', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    const host = childPids(nv.proc.pid ?? 0);
    expect(host.length).toBeGreaterThan(0);
    for (const pid of host) process.kill(pid, 'SIGKILL');
    await waitFor(() => host.every((pid) => !alive(pid)));
    await nv.nvim.input('ccWritten after the crash<Esc>');
    await waitFor(() => existsSync(savedMessage()) && readFileSync(savedMessage(), 'utf8').includes('Written after the crash'));
  });
});


describe('nothing blocks', () => {
  it('Neovim answers while a pre-push hook holds the push, and a second \\g says what is still running', async () => {
    const gate = join(sb.dir, 'release');
    const started = join(sb.dir, 'started');
    hook('pre-push', `touch '${started}'; while [ ! -f '${gate}' ]; do sleep 0.05; done`);
    const nv = await start({ review: false });
    await change(nv);
    await nv.nvim.input('\\g');
    await waitFor(() => existsSync(started));
    // The push is held: Neovim still answers, edits, and runs commands.
    expect(await nv.nvim.eval('1+1')).toBe(2);
    await nv.nvim.command('enew');
    await nv.nvim.lua("vim.api.nvim_buf_set_lines(0, 0, -1, false, {'typing on'})");
    expect(await currentLines(nv.nvim)).toEqual(['typing on']);
    await edit(nv, join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/still pushing to origin\/master .*\(\d+ s\): :GitCommitPush cancel stops the push, the commit stays/);
    expect((await nv.notes()).some((x) => /pushed to/.test(x.msg))).toBe(false);
    writeFileSync(gate, '');
    await nv.waitForNote(/pushed to/);
  });

  it('a second \\g while the review is open focuses it instead of starting another commit', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.command('wincmd p');
    await nv.nvim.input('\\g');
    await nv.waitForNote(/already in review/);
    await inReview(nv);
    expect(fake.chatRequests()).toHaveLength(1);
  });
});

describe('awkward file names, committed through git argument arrays', () => {
  it.each([['with space.txt'], ['quote"d \'name.txt'], ['$(touch pwned).txt'], ['-leading-dash.txt'], ['journal-été-日記.txt']])(
    '%s',
    async (name) => {
      const nv = await start({ review: false });
      const file = join(repo.work, name);
      writeFileSync(file, 'content\n');
      await edit(nv, file);
      await nv.nvim.input('\\g');
      await nv.waitForNote(/pushed to/);
      expect(sb.git(repo.bare, 'show', '-z', '--name-only', '--format=', 'master').replace(/^\n+|\0/g, '')).toBe(name);
      expect(existsSync(join(repo.work, 'pwned'))).toBe(false);
    },
  );
});

describe('buffers and places that are not a committable file', () => {
  it.each([
    ['a buffer with no file', 'enew', /has no file/],
    ['a help buffer', 'help', /this is a help page, not your file: .*:GitCommitPush all \(or staged\)/],
    ['a terminal', 'terminal', /this is a terminal, not a file: .*:GitCommitPush all \(or staged\)/],
    ['the quickfix list', 'copen', /this is a quickfix list: .*:GitCommitPush all \(or staged\)/],
    ['a netrw folder listing', 'Explore', /this is a folder listing \(netrw\): open a file to commit it, or :GitCommitPush all \(or staged\)/],
  ])('%s gets a clear error', async (_name, cmd, msg) => {
    const nv = await start();
    await nv.nvim.command(cmd);
    await nv.nvim.command('GitCommitPush');
    const note = await nv.waitForNote(msg);
    expect(note.level).toBe(LEVEL.ERROR);
  });

  it('a review open for work-api does not take the review of work: each repository gets its own buffer and commit', async () => {
    const api = makeRepo(sb, { name: 'work-api' });
    const nv = await start();
    await change(nv, join(api.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.command('wincmd p');
    await change(nv);
    await nv.nvim.input('\\g');
    await waitFor(async () => String(await nv.nvim.lua('return vim.api.nvim_buf_get_name(0)')) === `git-commit-push://${repo.work}`);
    await messageIs(nv, MESSAGE);
    const apiHead = head(api.work);
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim()).toBe(MESSAGE);
    expect(head(api.work)).toBe(apiHead);
    const names = (await nv.nvim.lua('return vim.tbl_map(vim.api.nvim_buf_get_name, vim.api.nvim_list_bufs())')) as string[];
    expect(names).toContain(`git-commit-push://${api.work}`);
  });

  it('a broken FileType autocmd of the user\'s costs a warning, not the review', async () => {
    const nv = await start();
    await nv.nvim.command('autocmd FileType gitcommit call NoSuchFunction()');
    await change(nv);
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/gitcommit filetype failed to load/);
    expect(note.level).toBe(LEVEL.WARN);
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'master').trim()).toBe(MESSAGE);
  });

  it('a review buffer that cannot open (no room for its window) is reported, leaves nothing behind, and the next \\g works', async () => {
    const nv = await start();
    await change(nv);
    await nv.nvim.command('set winminheight=1 | for i in range(30) | silent! split | endfor');
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/E36/);
    expect(note.level).toBe(LEVEL.ERROR);
    const names = (await nv.nvim.lua('return vim.tbl_map(vim.api.nvim_buf_get_name, vim.api.nvim_list_bufs())')) as string[];
    expect(names.filter((x) => x.startsWith('git-commit-push://'))).toEqual([]);
    await nv.nvim.command('only');
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    expect((await nv.notes()).filter((x) => /already in review|still/.test(x.msg))).toEqual([]);
  });

  it('a file ignored by .gitignore is refused with the reason', async () => {
    writeFileSync(join(repo.work, '.gitignore'), '*.log\n');
    writeFileSync(join(repo.work, 'debug.log'), 'x\n');
    const nv = await start();
    await edit(nv, join(repo.work, 'debug.log'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/ignored by \.gitignore/);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it('a binary file and a very large file are committed', async () => {
    const nv = await start({ review: false });
    writeFileSync(join(repo.work, 'photo.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    await edit(nv, join(repo.work, 'photo.bin'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to/);
    const big = Array.from({ length: 60_000 }, (_, i) => `Line ${i} of a long journal.`).join('\n') + '\n';
    writeFileSync(join(repo.work, 'big.txt'), big);
    await edit(nv, join(repo.work, 'big.txt'));
    await nv.nvim.input('\\g');
    await waitFor(async () => (await nv.notes()).filter((x) => /pushed to/.test(x.msg)).length === 2);
    expect(sb.git(repo.bare, 'rev-parse', 'master:big.txt')).toBe(sb.git(repo.work, 'hash-object', '--', 'big.txt'));
    const sent = fake.chatRequests().map((r) => JSON.stringify(r.body)).filter((b) => b.includes('big.txt'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.length).toBeLessThan(8192 * 4 * 2);
  });

  it('a file deleted on disk commits its deletion', async () => {
    const nv = await start({ review: false });
    await edit(nv, join(repo.work, 'journal.txt'));
    unlinkSync(join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'show', '--name-status', '--format=', 'master').trim()).toBe('D\tjournal.txt');
  });
});

describe('where the repository is', () => {
  it('a branch made from origin/master under another name: commits, does not push onto master, and says why', async () => {
    sb.git(repo.work, 'checkout', '-q', '-b', 'fix', 'origin/master');
    const remoteBefore = sb.git(repo.bare, 'rev-parse', 'master').trim();
    const nv = await start({ review: false });
    await change(nv);
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/committed [0-9a-f]+/);
    expect(note.msg).toBe(
      `git-commit-push: committed ${sb.git(repo.work, 'rev-parse', '--short', 'fix').trim()} "${MESSAGE}" (its upstream has another name, and git push would refuse too, so not pushed: push it with git push <remote> HEAD:<branch>, or set push.default=upstream)`,
    );
    expect(sb.git(repo.work, 'log', '-1', '--format=%s', 'fix').trim()).toBe(MESSAGE);
    expect(sb.git(repo.bare, 'rev-parse', 'master').trim()).toBe(remoteBefore);
  });

  it('detached HEAD: commits, skips the push, and says so', async () => {
    sb.git(repo.work, 'checkout', '-q', '--detach');
    const nv = await start({ review: false });
    await change(nv);
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/committed [0-9a-f]+ .*detached HEAD, so not pushed/);
    expect(note.level).toBe(LEVEL.INFO);
    expect(sb.git(repo.work, 'log', '-1', '--format=%s').trim()).toBe(MESSAGE);
  });

  it('a merge with unresolved conflicts is refused before the model is asked', async () => {
    sb.git(repo.work, 'checkout', '-q', '-b', 'side');
    writeFileSync(join(repo.work, 'journal.txt'), 'Side.\n');
    sb.git(repo.work, 'commit', '-qam', 'Side');
    sb.git(repo.work, 'checkout', '-q', 'master');
    writeFileSync(join(repo.work, 'journal.txt'), 'Main.\n');
    sb.git(repo.work, 'commit', '-qam', 'Main');
    try {
      sb.git(repo.work, 'merge', '-q', 'side');
    } catch {
      // The conflict is the point.
    }
    const nv = await start();
    await edit(nv, join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/merge is in progress/);
    expect(note.level).toBe(LEVEL.ERROR);
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it('core.hooksPath hooks run as for git commit (a commit-msg hook adds a trailer)', async () => {
    const hooks = join(sb.dir, 'shared-hooks');
    hook('commit-msg', 'printf "\\nReviewed-by: hook\\n" >> "$1"', hooks);
    sb.git(repo.work, 'config', 'core.hooksPath', hooks);
    const nv = await start({ review: false });
    await change(nv);
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%B', 'master').trim()).toBe(`${MESSAGE}\n\nReviewed-by: hook`);
  });

  it('commit.gpgsign with a failing signer is refused with git\'s words, like git commit', async () => {
    const signer = join(sb.dir, 'fake-gpg');
    writeFileSync(signer, '#!/bin/sh\necho "gpg: signing failed: No secret key" >&2\nexit 2\n');
    chmodSync(signer, 0o755);
    sb.git(repo.work, 'config', 'commit.gpgsign', 'true');
    sb.git(repo.work, 'config', 'gpg.program', signer);
    const nv = await start({ review: false });
    await change(nv);
    const before = head();
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/commit refused/);
    // git's words first; Neovim's terminal is not the signer's, so where a passphrase can come from follows.
    expect(note.msg.split('\n')[0]).toMatch(/^git-commit-push: commit refused: gpg failed to sign the data \(a passphrase can/);
    expect(note.msg).toContain("gpg failed to sign the data (a passphrase can come only from the signer's agent or a graphical pinentry here)");
    expect(head()).toBe(before);
  });

  it('a linked worktree commits on its own branch and pushes it', async () => {
    const wt = join(sb.dir, 'wt');
    sb.git(repo.work, 'worktree', 'add', '-q', '-b', 'feature', wt);
    const nv = await start({ review: false });
    await change(nv, join(wt, 'journal.txt'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to origin\/feature/);
    expect(sb.git(repo.bare, 'log', '-1', '--format=%s', 'feature').trim()).toBe(MESSAGE);
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe('');
  });

  it('a file inside a submodule is committed in the submodule', async () => {
    const subRepo = makeRepo(sb, { name: 'lib' });
    sb.git(repo.work, '-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', subRepo.bare, 'lib');
    sb.git(repo.work, 'commit', '-qm', 'Add lib');
    const nv = await start({ review: false });
    await change(nv, join(repo.work, 'lib/journal.txt'));
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to origin\/master .*lib-remote\.git/);
    expect(sb.git(subRepo.bare, 'log', '-1', '--format=%s', 'master').trim()).toBe(MESSAGE);
  });
});

describe('privacy', () => {
  it('warns once that a non-loopback plain-http host gets the diff unencrypted', async () => {
    // .invalid never resolves: no traffic leaves the machine.
    const nv = await start({ host: 'http://ollama.example.invalid:11434', timeout_ms: 3000 });
    await change(nv);
    await nv.nvim.input('\\g');
    await inReview(nv);
    const warn = await nv.waitForNote(/crosses the network unencrypted/);
    expect(warn.level).toBe(LEVEL.WARN);
    await nv.waitForNote(/using the default message/);
    await nv.nvim.command('bwipeout!');
    await nv.waitForNote(/aborted/);
    await edit(nv, join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    await inReview(nv);
    await waitFor(async () => (await nv.notes()).filter((x) => /using the default message/.test(x.msg)).length === 2);
    expect((await nv.notes()).filter((x) => /unencrypted/.test(x.msg))).toHaveLength(1);
  });

  it('writes nothing of the diff or the message to the node host log, even at its debug level', async () => {
    const nv = await start({}, { NVIM_NODE_LOG_LEVEL: 'debug' });
    await change(nv, join(repo.work, 'journal.txt'), 'SECRET-DIARY-LINE');
    await nv.nvim.input('\\g');
    await inReview(nv);
    await messageIs(nv, MESSAGE);
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    const log = readFileSync(nv.logFile, 'utf8');
    expect(log).not.toBe('');
    expect(log).not.toContain('SECRET-DIARY-LINE');
    expect(log).not.toContain(MESSAGE);
  });
});
