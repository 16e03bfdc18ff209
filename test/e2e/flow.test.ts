/**
 * The whole \g flow in a real headless Neovim, through the real node host and
 * the committed bundle, against real git with a bare remote and a fake Ollama
 * that speaks the real wire protocol over loopback.
 */
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { currentLines, LEVEL, startNvim, waitFor, type Nvim } from '../support/nvim.js';
import { makeRepo, makeSandbox, type Repo, type Sandbox } from '../support/sandbox.js';

let sb: Sandbox;
let repo: Repo;
let fake: FakeOllama;
let n: Nvim | undefined;

beforeEach(async () => {
  sb = makeSandbox();
  fake = await startFakeOllama({ gemma3: { chunks: ['Write about', ' the first', ' snow of the year'] } });
});

afterEach(async () => {
  await n?.stop();
  n = undefined;
  await fake.close();
  sb.remove();
});

async function open(file: string, setup: Record<string, unknown> = {}): Promise<Nvim> {
  n = await startNvim(sb, { setup: { host: fake.url, ...setup }, cwd: sb.dir });
  await n.nvim.command(`edit ${file.replace(/ /g, '\\ ')}`);
  return n;
}

/** Appends a line through the buffer, unsaved: \g must write it first. */
async function typeLine(nv: Nvim, text: string): Promise<void> {
  await nv.nvim.lua('vim.api.nvim_buf_set_lines(0, -1, -1, false, {...})', [text]);
}

async function reviewBuffer(nv: Nvim): Promise<{ name: string; filetype: string; buftype: string }> {
  return waitFor(async () => {
    const info = (await nv.nvim.lua(
      'return { name = vim.api.nvim_buf_get_name(0), filetype = vim.bo.filetype, buftype = vim.bo.buftype }',
    )) as { name: string; filetype: string; buftype: string };
    return info.name.startsWith('git-commit-push://') ? info : undefined;
  });
}

function remoteLog(format = '%B'): string {
  return sb.git(repo.bare, 'log', '-1', `--format=${format}`, 'master').trim();
}

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('\\g with a model', () => {
  it('streams the message into a review buffer as it grows, and :w commits and pushes it to the bare remote', async () => {
    repo = makeRepo(sb);
    fake.setModel('gemma3', { chunks: ['Write about', ' the first', ' snow of the year'], chunkDelayMs: 400 });
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'It snowed today.');
    await nv.nvim.input('\\g');

    const info = await reviewBuffer(nv);
    expect(info).toMatchObject({ filetype: 'gitcommit', buftype: 'acwrite' });
    // The user sees the text grow: a partial message first, the whole one later.
    const partial = await waitFor(async () => {
      const first = (await currentLines(nv.nvim))[0] ?? '';
      return first !== '' && first !== 'Write about the first snow of the year' ? first : undefined;
    });
    expect('Write about the first snow of the year'.startsWith(partial)).toBe(true);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Write about the first snow of the year');

    const lines = await currentLines(nv.nvim);
    expect(lines).toContain(`# Repository: ${repo.work}`);
    expect(lines).toContain('# Branch: master');
    expect(lines.some((l) => l.startsWith('# Push: origin/master') && l.includes(repo.bare))).toBe(true);
    expect(lines).toContain('#   journal.txt');
    expect(lines).toContain(`# Model: gemma3 at ${fake.url}`);

    // The request: the diff in the user message, instructions in a system message, num_ctx set.
    const req = fake.chatRequests()[0]?.body as { messages: { role: string; content: string }[]; options: { num_ctx: number } };
    expect(req.messages[0]?.role).toBe('system');
    expect(req.messages[1]?.content).toContain('+It snowed today.');
    expect(req.options.num_ctx).toBe(8192);

    await nv.nvim.command('write');
    const note = await nv.waitForNote(/committed [0-9a-f]{7,} .*pushed to origin\/master/);
    expect(note.level).toBe(LEVEL.INFO);
    expect(remoteLog()).toBe('Write about the first snow of the year');
    expect(sb.git(repo.bare, 'show', 'master:journal.txt')).toBe('Day one.\nIt snowed today.\n');
    // The review buffer is gone, and the git output is kept for :GitCommitPush output.
    expect((await reviewBufferExists(nv))).toBe(false);
    await nv.nvim.command('GitCommitPush output');
    await waitFor(async () => (await currentLines(nv.nvim)).includes('Git Push Output:'));
  });

  it('commits exactly the edited message, comments stripped', async () => {
    repo = makeRepo(sb);
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'More.');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Write about the first snow of the year');
    await nv.nvim.lua("vim.api.nvim_buf_set_lines(0, 0, 1, false, {'My own subject', '', 'A body line.', '# not part of it'})");
    await nv.nvim.command('wq');
    await nv.waitForNote(/pushed to/);
    expect(remoteLog()).toBe('My own subject\n\nA body line.');
  });
});

async function reviewBufferExists(nv: Nvim): Promise<boolean> {
  const names = (await nv.nvim.lua(
    "local t = {} for _, b in ipairs(vim.api.nvim_list_bufs()) do if vim.api.nvim_buf_is_loaded(b) then table.insert(t, vim.api.nvim_buf_get_name(b)) end end return t",
  )) as string[];
  return names.some((x) => x.startsWith('git-commit-push://') && !x.endsWith('output'));
}

describe('fallback', () => {
  it('uses "Update journal.txt" and warns when Ollama is unreachable; never an error text', async () => {
    repo = makeRepo(sb);
    const port = await closedPort();
    const nv = await open(join(repo.work, 'journal.txt'), { host: `http://127.0.0.1:${port}` });
    await typeLine(nv, 'Offline entry.');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    const note = await nv.waitForNote(/using the default message/);
    expect(note.level).toBe(LEVEL.WARN);
    expect(note.msg).toContain(`Ollama unreachable at http://127.0.0.1:${port} (connection refused): ollama serve (using the default message "Update journal.txt")`);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Update journal.txt');
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    expect(remoteLog()).toBe('Update journal.txt');
  });

  it.each([
    ['a missing model (404)', { status: 404, error: "model 'gemma3' not found" }, /model "gemma3" not found .*ollama pull gemma3/],
    ['a mid-stream error', { chunks: ['Error', ': half'], midStreamError: { afterChunks: 1, error: 'an error was encountered while running the model' } }, /failed while generating: an error was encountered/],
    // The whole notice: /error/i would match the answer's own words whatever the plugin said.
    ['an answer that is an error text', { chunks: ['Error: could not connect to model'] }, 'git-commit-push: the model returned an error text (using the default message "Update journal.txt")'],
    ['an answer that is a Node network error', { chunks: ['connect ECONNREFUSED ', '::1:11434'] }, 'git-commit-push: the model returned an error text (using the default message "Update journal.txt")'],
    ['a server busy (503)', { status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' }, /answered 503: server busy/],
    ['an empty answer', { chunks: ['   '] }, /empty/],
  ])('falls back on %s', async (_name, script, reason) => {
    repo = makeRepo(sb);
    if ('status' in script && script.status === 404) fake.removeModel('gemma3');
    else fake.setModel('gemma3', script);
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    const note = await nv.waitForNote(/using the default message/);
    if (typeof reason === 'string') expect(note.msg).toBe(reason);
    else expect(note.msg).toMatch(reason);
    expect(note.level).toBe(LEVEL.WARN);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Update journal.txt');
    await nv.nvim.command('write');
    await nv.waitForNote(/pushed to/);
    expect(remoteLog()).toBe('Update journal.txt');
    expect(remoteLog()).not.toMatch(/error|traceback/i);
  });

  it('gives up at timeout_ms on a model that hangs', async () => {
    repo = makeRepo(sb);
    fake.setModel('gemma3', { hang: true });
    const nv = await open(join(repo.work, 'journal.txt'), { timeout_ms: 800 });
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/did not answer in 0.8 s/);
    expect(note.level).toBe(LEVEL.WARN);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Update journal.txt');
    await waitFor(() => fake.activeStreams === 0);
  });
});

describe('abort', () => {
  it('closing the review buffer while it streams cancels the request and leaves index and work tree as they were', async () => {
    repo = makeRepo(sb);
    // A staged change elsewhere and an untracked file: the index must not move.
    writeFileSync(join(repo.work, 'other.txt'), 'staged\n');
    sb.git(repo.work, 'add', '--', 'other.txt');
    writeFileSync(join(repo.work, 'new.txt'), 'untracked\n');
    fake.setModel('gemma3', { chunks: ['A', ' slow', ' answer', ' that', ' never', ' ends'], chunkDelayMs: 1000 });
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'Unfinished thought.');
    await nv.nvim.command('write');
    const index = readFileSync(join(repo.work, '.git/index'));
    const head = sb.git(repo.work, 'rev-parse', 'HEAD');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    await waitFor(async () => (await currentLines(nv.nvim))[0] !== '');
    await nv.nvim.command('bwipeout!');
    await nv.waitForNote(/aborted: nothing committed/);
    await waitFor(() => fake.abortedStreams === 1);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    expect(sb.git(repo.work, 'rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(join(repo.work, 'journal.txt'), 'utf8')).toBe('Day one.\nUnfinished thought.\n');
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe(' M journal.txt\nA  other.txt\n?? new.txt\n');
  });

  it.each([['all'], ['staged']])('aborting `%s` leaves the index byte-identical', async (scope) => {
    repo = makeRepo(sb);
    writeFileSync(join(repo.work, 'staged.txt'), 'staged\n');
    sb.git(repo.work, 'add', '--', 'staged.txt');
    writeFileSync(join(repo.work, 'new.txt'), 'untracked\n');
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.command('write');
    const index = readFileSync(join(repo.work, '.git/index'));
    await nv.nvim.command(`GitCommitPush ${scope}`);
    await reviewBuffer(nv);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Write about the first snow of the year');
    // The file list marks the new files; a modified one is only named.
    const listed = (await currentLines(nv.nvim)).filter((l) => l.startsWith('#   '));
    expect(listed).toEqual(scope === 'all' ? ['#   journal.txt', '#   new.txt (new)', '#   staged.txt (new)'] : ['#   staged.txt (new)']);
    await nv.nvim.command('quit!');
    await nv.waitForNote(/aborted/);
    expect(readFileSync(join(repo.work, '.git/index')).equals(index)).toBe(true);
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe(' M journal.txt\nA  staged.txt\n?? new.txt\n');
  });

  it.each([['q'], [':q!\r']])('closing with %j aborts', async (keys) => {
    repo = makeRepo(sb);
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Write about the first snow of the year');
    const head = sb.git(repo.work, 'rev-parse', 'HEAD');
    await nv.nvim.input(keys);
    await nv.waitForNote(/aborted/);
    expect(sb.git(repo.work, 'rev-parse', 'HEAD')).toBe(head);
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe(' M journal.txt\n');
  });

  it('an empty message aborts like git, and commits nothing', async () => {
    repo = makeRepo(sb);
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    await reviewBuffer(nv);
    await waitFor(async () => (await currentLines(nv.nvim))[0] === 'Write about the first snow of the year');
    await nv.nvim.lua("vim.api.nvim_buf_set_lines(0, 0, 1, false, {''})");
    const head = sb.git(repo.work, 'rev-parse', 'HEAD');
    await nv.nvim.command('write');
    await nv.waitForNote(/empty commit message/);
    expect(sb.git(repo.work, 'rev-parse', 'HEAD')).toBe(head);
  });
});

describe('push targets', () => {
  it('pushes with -u to origin when the branch has no upstream', async () => {
    repo = makeRepo(sb, { upstream: false });
    const nv = await open(join(repo.work, 'journal.txt'), { review: false });
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to origin\/master/);
    expect(remoteLog()).toBe('Write about the first snow of the year');
    expect(sb.git(repo.work, 'rev-parse', '--abbrev-ref', '@{u}').trim()).toBe('origin/master');
  });

  it('commits only, and says so, without a remote', async () => {
    repo = makeRepo(sb, { remote: false });
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.command('GitCommitPush noreview');
    const note = await nv.waitForNote(/committed [0-9a-f]+ .*no remote, so not pushed/);
    expect(note.level).toBe(LEVEL.INFO);
    expect(sb.git(repo.work, 'log', '-1', '--format=%s').trim()).toBe('Write about the first snow of the year');
  });
});

describe('scopes', () => {
  it('`all` commits modified, deleted and new files as git add -A would', async () => {
    repo = makeRepo(sb);
    writeFileSync(join(repo.work, 'gone.txt'), 'bye\n');
    sb.git(repo.work, 'add', '--', 'gone.txt');
    sb.git(repo.work, 'commit', '-qm', 'Add gone');
    sb.git(repo.work, 'push', '-q');
    unlinkSync(join(repo.work, 'gone.txt'));
    writeFileSync(join(repo.work, 'new file.txt'), 'hello\n');
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'x');
    await nv.nvim.command('GitCommitPush all noreview');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'show', '--name-status', '--format=', 'master').trim().split('\n').sort()).toEqual(
      ['D\tgone.txt', 'M\tjournal.txt', 'A\tnew file.txt'].sort(),
    );
  });

  it('`staged` commits exactly what is staged', async () => {
    repo = makeRepo(sb);
    writeFileSync(join(repo.work, 'a.txt'), 'staged\n');
    writeFileSync(join(repo.work, 'b.txt'), 'not staged\n');
    sb.git(repo.work, 'add', '--', 'a.txt');
    const nv = await open(join(repo.work, 'journal.txt'));
    await typeLine(nv, 'not staged either');
    await nv.nvim.command('GitCommitPush staged noreview');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'show', '--name-status', '--format=', 'master').trim()).toBe('A\ta.txt');
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe(' M journal.txt\n?? b.txt\n');
  });

  it('the file scope leaves other staged changes staged and out of the commit', async () => {
    repo = makeRepo(sb);
    writeFileSync(join(repo.work, 'other.txt'), 'staged\n');
    sb.git(repo.work, 'add', '--', 'other.txt');
    const nv = await open(join(repo.work, 'journal.txt'), { review: false });
    await typeLine(nv, 'x');
    await nv.nvim.input('\\g');
    await nv.waitForNote(/pushed to/);
    expect(sb.git(repo.bare, 'show', '--name-status', '--format=', 'master').trim()).toBe('M\tjournal.txt');
    expect(sb.git(repo.work, 'status', '--porcelain')).toBe('A  other.txt\n');
  });

  it('completes the command arguments', async () => {
    repo = makeRepo(sb);
    const nv = await open(join(repo.work, 'journal.txt'));
    expect(await nv.nvim.call('getcompletion', ['GitCommitPush s', 'cmdline'])).toEqual(['staged']);
  });
});

describe('clear answers', () => {
  it('says "nothing to commit" for an unchanged file and opens nothing', async () => {
    repo = makeRepo(sb);
    const nv = await open(join(repo.work, 'journal.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/nothing to commit/);
    expect(note.level).toBe(LEVEL.INFO);
    expect(await reviewBufferExists(nv)).toBe(false);
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it('refuses a file outside any repository', async () => {
    writeFileSync(join(sb.dir, 'loose.txt'), 'x\n');
    const nv = await open(join(sb.dir, 'loose.txt'));
    await nv.nvim.input('\\g');
    const note = await nv.waitForNote(/not in a git repository/);
    expect(note.level).toBe(LEVEL.ERROR);
  });
});

describe('installation', () => {
  it('\\g without a registered remote plugin says what to do instead of E492; a notifier gets the whole guidance', async () => {
    repo = makeRepo(sb);
    n = await startNvim(sb, { setup: { host: fake.url }, manifest: false });
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await n.nvim.input('\\g');
    const note = await n.waitForNote(/:GitCommitPush is not registered/);
    expect(note.level).toBe(LEVEL.ERROR);
    for (const words of [':UpdateRemotePlugins', 'restart Neovim', 'npm install -g neovim', 'g:node_host_prog', ':checkhealth git-commit-push']) expect(note.msg).toContain(words);
  });

  it('finds the node host in its own node_modules when g:node_host_prog is not set', async () => {
    repo = makeRepo(sb);
    n = await startNvim(sb, { setup: { host: fake.url, review: false }, hostProg: false });
    expect(await n.nvim.getVar('node_host_prog')).toMatch(/node_modules\/neovim\/bin\/cli\.js$/);
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await typeLine(n, 'x');
    await n.nvim.input('\\g');
    await n.waitForNote(/pushed to/);
  });

  it('keymap = false maps nothing; a string maps that key', async () => {
    repo = makeRepo(sb);
    n = await startNvim(sb, { setup: { host: fake.url, keymap: false } });
    expect(await n.nvim.call('maparg', ['<leader>g', 'n'])).toBe('');
    await n.stop();
    n = await startNvim(sb, { setup: { host: fake.url, keymap: '<leader>cc', review: false } });
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await typeLine(n, 'x');
    await n.nvim.input('\\cc');
    await n.waitForNote(/pushed to/);
  });

  it('fires User GitCommitPushDone after the commit and after the push, with the details', async () => {
    repo = makeRepo(sb);
    n = await startNvim(sb, {
      setup: { host: fake.url, review: false },
      initLines: ['let g:seen = []', 'autocmd User GitCommitPushDone call add(g:seen, copy(g:git_commit_push_last))'],
    });
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await typeLine(n, 'x');
    await n.nvim.input('\\g');
    await n.waitForNote(/pushed to/);
    const seen = (await n.nvim.getVar('seen')) as Record<string, unknown>[];
    const hash = sb.git(repo.work, 'rev-parse', '--short', 'HEAD').trim();
    expect(seen.map((e) => [e.stage, e.pushed, e.hash])).toEqual([
      ['commit', false, hash],
      ['push', true, hash],
    ]);
  });

  it('fires User GitCommitPushFailed when the push fails', async () => {
    repo = makeRepo(sb);
    sb.git(repo.work, 'remote', 'set-url', 'origin', join(sb.dir, 'no-such-remote.git'));
    n = await startNvim(sb, {
      setup: { host: fake.url, review: false },
      initLines: ['let g:failed = {}', 'autocmd User GitCommitPushFailed let g:failed = copy(g:git_commit_push_last)'],
    });
    await n.nvim.command(`edit ${join(repo.work, 'journal.txt')}`);
    await typeLine(n, 'x');
    await n.nvim.input('\\g');
    await n.waitForNote(/push to .* failed/);
    const failed = (await n.nvim.getVar('failed')) as Record<string, unknown>;
    expect(failed.stage).toBe('push');
    expect(String(failed.error)).toMatch(/does not appear to be a git repository|no-such-remote/);
  });
});
